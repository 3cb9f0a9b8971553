@testable import Annotation
@testable import CorpusModel
@testable import QueryLanguage
@testable import Rendering
@testable import Shell
import Testing
@testable import TextAnalysis

/// Inputs `scripts/fuzz` found that crashed or hung crq, each with the error or the quotations it must give instead.
@Suite struct FuzzRegressionTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let statement: String
        let error: String
        var testDescription: String { statement }
    }

    static let cases: [Case] = [
        // A number too large for an Int where an identifier was expected (Token.display trapped).
        Case(statement: "paragraphs | 77777777777777777777777777777777777777777777777777sentencesfilter \"Kirby\" | shw id!=",
             error: "<input>:1:14: error: expected a verb after '|', found 77777777777777775635136985350624691515311798616064"),
        // A year too large for an Int compared with a date (ValueTest trapped).
        Case(statement: "docs | filter date = 77777777777777777777777",
             error: "<input>:1:22: error: 'date' is a date; expected a date like 2024-01-18"),
    ]

    @Test(arguments: cases) func givesAnErrorInsteadOfCrashing(_ c: Case) {
        var output = "", errors = ""
        let session = Session(corpus: Fixtures.seeds, options: .fixed, write: { output += $0 }, report: { errors += $0 })
        #expect(!session.execute(c.statement))
        #expect(output.isEmpty)
        #expect(errors.hasPrefix(c.error + "\n"), "\(errors)")
    }

    struct Document: CustomTestStringConvertible, Sendable {
        let text: String
        let quotations: [String]
        var testDescription: String { text }
    }

    /// Documents `scripts/fuzz extraction` found that crashed the quotation extraction, each with the
    /// quotations it must give instead.
    static let documents: [Document] = [
        // A name ending the text as the subject after an opening adjunct (`documentSubject` read the token past it).
        Document(text: "After “the vote on the pier”, Jo Hale", quotations: ["the vote on the pier"]),
        // A participle cue opening the text, as an excerpt cut mid-sentence may (`participleSubject` read the token before it).
        Document(text: "adding that the pier would close.", quotations: []),
        // "that" as the text's last word after a cue and an adjunct (`thatAfterAdjunct` read the word after it).
        Document(text: "Harbour officials said on Monday, that", quotations: []),
        // A quote across a paragraph break whose close falls after a quote opening in the next paragraph
        // (`continuation` made a range from past the close back to that open).
        Document(text: "“The ferry\nwas late, Roe, ‘always’ late”said Hu",
                 quotations: ["The ferry", "was late, Roe, ‘always’ late", "always"]),
        // A cue that reads as a noun ("comment") as the text's last word after a quotation and a name (the check for a
        // name after it read the token past the text).
        Document(text: "“Done.” Ivo Marsh, Nto comment", quotations: ["Done."]),
        // A name opening the text before nouns in lower case and a cue (the "chief of the harbor police" rule read the
        // token before the name).
        Document(text: "F O h i acknowledged n i", quotations: ["n i"]),
    ]

    @Test(arguments: documents) func extractsInsteadOfCrashing(_ d: Document) {
        RobustnessTests.expectValidSpans(d.text)
        #expect(QuotationExtractor.analyze(d.text).quotations.map(\.text) == d.quotations)
    }
}
