@testable import Annotation
import Testing
@testable import TextAnalysis

/// Quotation marks are paired paragraph by paragraph; a paragraph without marks is passed over unless a
/// quotation was left open before it.
struct QuoteMarkTests {
    @Test func paragraphsWithoutMarksHoldNoQuotationUnlessOneRunsOn() {
        let text = """
            No marks in this line at all.
            “We will stay,” she said.
            Still no marks here.
            “We will not leave.
            The talks go on.
            “It is over,” he said.
            """
        let model = DocumentModel(ScannedText(text))
        model.extract(sentenceStarts: model.bytes.withUnsafeBufferPointer { SentenceSplitter.innerSentenceStarts($0) })
        // The quotation left open at the end of the fourth line is read to that line's end; the fifth,
        // without a closing mark, does not continue it.
        #expect(model.quotes.map(\.paragraph) == [1, 3, 5])
        #expect(model.quotes.map { $0.close == nil } == [false, true, false])
        for (p, para) in model.paragraphs.enumerated() {
            let inside = (para.firstToken..<para.endToken).filter { model.quoteOf[$0] >= 0 }
            switch p {
            case 0, 2, 4: #expect(inside.isEmpty, "line \(p + 1)")
            case 3: #expect(inside == Array(para.firstToken..<para.endToken), "line 4")
            default: #expect(!inside.isEmpty, "line \(p + 1)")
            }
        }
    }
}
