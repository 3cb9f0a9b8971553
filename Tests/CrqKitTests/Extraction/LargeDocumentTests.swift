@testable import Annotation
import Testing
@testable import TextAnalysis

/// What keeps the extraction of one long document linear.
struct LargeDocumentTests {
    private static let sentences = [
        "Sen. Mara Quell of Vermont said the bill would pass.", "“We are ready,” the senator said.",
        "Gov. Tobin Hale, a Democrat, told reporters in Boston that the Harlow Institute had erred.",
        "The Department of Roads (DOR) said it would reply.", "Quell and Hale met in Paris on Monday.",
        "“Never,” said former President Ada Lund.", "The president of Acme Corp., Lin Ober, declined to comment.",
        "According to the ministry, the talks failed.", "Hale, 54, said the Ohio governor agreed.",
    ]

    /// A document holds one lexeme per token: 32 bytes.
    @Test func aLexemeTakesThirtyTwoBytes() {
        #expect(MemoryLayout<Lexeme>.stride == 32)
    }

    /// References read back over the mentions before them by bisection (`mentionCount`): the mentions a
    /// whole scan accepts must be exactly that many leading ones, wherever the reference stands.
    @Test func bisectedMentionCountsMatchAWholeScan() {
        var random = SplitMix(seed: 41)
        for _ in 0..<6 {
            let text = (0..<40).map { _ in
                (0..<Int.random(in: 1...4, using: &random)).map { _ in Self.sentences.randomElement(using: &random)! }.joined(separator: " ")
            }.joined(separator: "\n")
            let model = DocumentModel(ScannedText(text))
            model.extract(sentenceStarts: model.bytes.withUnsafeBufferPointer { SentenceSplitter.innerSentenceStarts($0) })
            #expect(model.mentions.count > 100)
            for position in stride(from: 0, through: model.bytes.count, by: 7) {
                let scanned = model.mentions.indices.filter { model.mentions[$0].start < position }
                #expect(scanned == Array(0..<model.mentionCount(startingBefore: position)))
            }
            for t in 0...model.tokens.count {
                let scanned = model.mentions.indices.filter { model.mentionTokens[$0].upperBound <= t }
                #expect(scanned == Array(0..<model.mentionCount(endingBy: t)))
            }
        }
    }
}
