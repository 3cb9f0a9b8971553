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

extension QuoteMarkTests {
    @Test func aNestedClosingMarkInsideASentenceLeavesTheOuterQuotationOpen() {
        let text = """
            Former councillor Dr. Ann Roe criticized the budget.

            Dr. Roe stated:

            "The council isn't about “serving the public” anymore. It is about the mayor's friends.

            "The latest example is the pier contract, which went to a donor."
            """
        let found = QuotationExtractor.analyze(text).quotations.filter { $0.kind == .direct }
        #expect(found.count == 1, "\(found.map { ($0.text, $0.speaker ?? "-") })")
        #expect(found.first.map { $0.text.hasPrefix("The council") && $0.text.hasSuffix("to a donor.") } == true)
        #expect(found.first?.speaker == "Ann Roe")
        // A closing mark that ends a sentence still serves both.
        let shared = QuotationExtractor.analyze("Jo Hale spoke last. “The guard told me, “Go home.” Hale said.").quotations
        #expect(shared.contains { $0.kind == .direct && $0.text.hasPrefix("The guard told me") && $0.speaker == "Jo Hale" })
    }
}
