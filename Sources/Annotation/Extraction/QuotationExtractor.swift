/// Extracts quotations (direct, indirect, term), their speakers and the entity mentions of a
/// news document with rules and lexicons.
enum QuotationExtractor {
    /// Analyses one document's text.
    static func analyze(_ text: String) -> DocumentAnalysis {
        let model = DocumentModel(text: text)
        model.extract()
        return DocumentAnalysis(quotations: model.quotations, mentions: model.mentions)
    }
}
