@testable import Annotation
import Testing
@testable import TextAnalysis

/// Extraction reads the corpus's sentences and joins them only where a boundary falls inside quotation marks.
struct SentenceRefinementTests {
    private func sentences(_ text: String, starts: [Int]? = nil) -> [String] {
        let model = DocumentModel(ScannedText(text))
        model.extract(sentenceStarts: starts ?? model.bytes.withUnsafeBufferPointer { SentenceSplitter.innerSentenceStarts($0) })
        return model.sentences.map { model.text(model.tokens[$0.first].start, model.tokens[$0.end - 1].end) }
    }

    @Test func corpusBoundariesInsideQuotationMarksAreJoined() {
        let text = "Ms. Lee said: “We will stay. We will not leave.” The talks ended. J. Smith agreed.\nA second line."
        #expect(sentences(text) == ["Ms. Lee said: “We will stay. We will not leave.”", "The talks ended.", "J. Smith agreed.", "A second line."])
    }

    @Test func onlyTheGivenBoundariesSplit() {
        let text = "The talks ended. Nobody spoke."
        #expect(sentences(text, starts: []) == ["The talks ended. Nobody spoke."])
        #expect(sentences(text, starts: [17]) == ["The talks ended.", "Nobody spoke."])
        // A start inside a word splits nothing; two starts in one gap split once; the gap's either end splits.
        #expect(sentences(text, starts: [5]) == ["The talks ended. Nobody spoke."])
        #expect(sentences(text, starts: [5, 16, 17, 20]) == ["The talks ended.", "Nobody spoke."])
        #expect(sentences(text, starts: [16]) == ["The talks ended.", "Nobody spoke."])
        #expect(sentences(text, starts: [4, 10]) == ["The", "talks", "ended. Nobody spoke."])
    }

    /// The sentences cover the tokens in order, and each token's `sentenceOf` is the sentence holding it.
    @Test func everyTokenKnowsItsSentence() {
        let model = DocumentModel(ScannedText("“We stay. We go,” she said. Then silence.\n\nA new line. “One more.”"))
        model.extract(sentenceStarts: model.bytes.withUnsafeBufferPointer { SentenceSplitter.innerSentenceStarts($0) })
        #expect(model.sentences.count == 4 && model.sentenceOf.count == model.tokens.count)
        var next = 0
        for (i, sentence) in model.sentences.enumerated() {
            #expect(sentence.first == next && sentence.end > sentence.first)
            for t in sentence.first..<sentence.end { #expect(model.sentenceOf[t] == Int32(i)) }
            next = sentence.end
        }
        #expect(next == model.tokens.count)
    }
}
