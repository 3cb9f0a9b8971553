@testable import Annotation
@testable import CorpusModel
@testable import QueryLanguage
@testable import Rendering
@testable import Shell
import Testing
@testable import TextAnalysis

/// Who speaks when the attribution is not a plain "X said": pronouns after a quoted speaker,
/// relative clauses, party labels, inverted roles, described sources (sentences written for these tests).
struct SpeakerCueTests {
    private func quotes(_ text: String, _ kind: QuoteKind) -> [Quotation] {
        QuotationExtractor.analyze(text).quotations.filter { $0.kind == kind }
    }

    @Test func aPronounContinuesTheSpeakerQuotedLast() throws {
        let text = """
            “The county cannot afford a second bridge,” Paul Okafor said. He had met Victor Lamb on Monday.

            “We will look at the tolls again,” he said.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 2)
        #expect(found[1].speaker == "Paul Okafor" && found[1].asWritten == "he")
        // A person named after that quotation, as the subject, is the nearer reference.
        let other = """
            “The county cannot afford a second bridge,” Paul Okafor said.

            Victor Lamb, the treasurer, disagreed. “We will look at the tolls again,” he said.
            """
        #expect(quotes(other, .direct).last?.speaker == "Victor Lamb")
    }

    @Test func aRelativeClauseInTheAppositionNamesSomeoneElse() throws {
        let found = quotes("Maria Soto, the head of the nurses' union, which backs Paul Okafor, said the strike would go on.", .indirect)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Maria Soto")
    }

    @Test func partyLabelsAndInvertedRoles() throws {
        let text = """
            “The vote is a disgrace,” Sen. Ines Marsh (D-Ore.) said on Friday.

            “Nobody read the bill,” said former state treasurer Paul Okafor.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 2)
        #expect(found[0].speaker == "Ines Marsh")
        #expect(found[1].speaker == "Paul Okafor")
    }

    @Test func describedSourcesAroundAQuotation() throws {
        let text = """
            “Costs rose by a third in two years,” the audit report said.

            “The money was spent on consultants,” according to the news outlet.

            The candidate added, “I will not raise taxes.”
            """
        let found = quotes(text, .direct)
        try #require(found.count == 3)
        #expect(found[0].asWritten?.contains("report") ?? false)
        #expect(found[1].speaker == "news outlet")
        #expect(found[2].asWritten == "The candidate")
    }

    @Test func aQuotationParagraphAfterReportedSpeech() throws {
        let text = """
            Paul Okafor said that the county would not pay for the bridge.

            “We simply do not have the money this year.”
            """
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Paul Okafor")
    }
}
