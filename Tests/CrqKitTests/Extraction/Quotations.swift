@testable import Annotation

/// The quotations crq finds in `text` (of `kind`, when one is given): what the extraction pattern tests read.
func quotes(_ text: String, _ kind: QuoteKind? = nil) -> [Quotation] {
    QuotationExtractor.analyze(text).quotations.filter { kind == nil || $0.kind == kind }
}
