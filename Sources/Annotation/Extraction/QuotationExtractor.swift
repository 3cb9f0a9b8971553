import TextAnalysis

/// Extracts quotations (direct, indirect, term), their speakers and the entity mentions of a
/// news document with rules and lexicons.
enum QuotationExtractor {
    /// Analyses one document's text, refining the sentences the corpus splits it into: `sentenceStarts`
    /// (`Corpus.innerSentenceStarts`), or those `SentenceSplitter` finds in `text` when not given.
    static func analyze(_ text: String, sentenceStarts: [Int]? = nil) -> DocumentAnalysis {
        analyze(ScannedText(text), sentenceStarts: sentenceStarts)
    }

    static func analyze(_ text: ScannedText, sentenceStarts: [Int]? = nil) -> DocumentAnalysis {
        let model = DocumentModel(text)
        model.extract(sentenceStarts: sentenceStarts ?? model.bytes.withUnsafeBufferPointer { SentenceSplitter.innerSentenceStarts($0) })
        return DocumentAnalysis(quotations: model.quotations, mentions: model.mentions)
    }
}
