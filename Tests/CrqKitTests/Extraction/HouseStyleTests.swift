@testable import Annotation
@testable import CorpusModel
@testable import QueryLanguage
@testable import Rendering
@testable import Shell
import Testing
@testable import TextAnalysis

/// Quotation marks of every house style, and quotations interrupted by their attribution
/// (sentences written for these tests).
struct HouseStyleTests {
    private func quotes(_ text: String, _ kind: QuoteKind? = nil) -> [Quotation] {
        QuotationExtractor.analyze(text).quotations.filter { kind == nil || $0.kind == kind }
    }

    private func slice(_ text: String, _ range: Range<Int>) -> String { Fixtures.slice(text, range) }

    @Test func interruptedQuotationIsOneQuotationInTwoParts() throws {
        let text = "“The bridge will reopen in May,” the mayor, Lena Ortiz, said, “and the tolls will stay as they are.” The council agreed."
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Lena Ortiz")
        #expect(found[0].parts.count == 2)
        #expect(found[0].parts.map { slice(text, $0) } == ["“The bridge will reopen in May,”", "“and the tolls will stay as they are.”"])
        #expect(found[0].text == "The bridge will reopen in May, and the tolls will stay as they are.")
        #expect(found[0].start == 0 && slice(text, found[0].start..<found[0].end).hasSuffix("as they are.”"))
    }

    @Test func attributionBetweenTwoSentencesJoinsThem() throws {
        let text = "\"We lost the vote,\" Tom Reyes said. \"But the fight is not over, and we will be back next year.\""
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        #expect(found[0].parts.count == 2 && found[0].speaker == "Tom Reyes")
    }

    @Test func aSecondSpeakerKeepsTheQuotationsApart() throws {
        let text = "“Prices will fall by the summer,” Ann Lee said. “They will not fall at all,” Bob Hart replied."
        let found = quotes(text, .direct)
        try #require(found.count == 2)
        #expect(found.map(\.speaker) == ["Ann Lee", "Bob Hart"])
        #expect(found.allSatisfy { $0.parts.isEmpty })
    }

    @Test func aNewCueBeforeTheSecondPieceStartsAnotherQuotation() throws {
        let text = "Mara Quinn stated, “The audit found no fraud in the count,” adding, “We will publish every page of it.”"
        #expect(quotes(text, .direct).count == 2)
    }

    @Test func doubledApostrophesAreDoubleMarks() throws {
        let text = "''We expect a close race in every county,'' said Carla Mendes, a pollster in the state. ''Nobody is safe.''"
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Carla Mendes")
        #expect(found[0].parts.map { slice(text, $0) } == ["''We expect a close race in every county,''", "''Nobody is safe.''"])
    }

    @Test func backquotesOpenAndApostrophesClose() throws {
        let text = "``Nobody saw the flood coming so fast,'' the coach, Dan Wills, said after the game."
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Dan Wills" && found[0].text == "Nobody saw the flood coming so fast,")
    }

    @Test func singleThenDoubleClosingMarkEndsTheQuotation() throws {
        let text = "\"He told me 'the plan is dead,' \" said Paul Grant, the treasurer. The board meets again on Friday."
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Paul Grant")
        #expect(slice(text, found[0].start..<found[0].end) == "\"He told me 'the plan is dead,' \"")
    }

    @Test func lowAndHighDoubleMarks() throws {
        let text = "„The border stays open for every traveller,“ said Hanna Weber, the interior minister."
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Hanna Weber" && found[0].text == "The border stays open for every traveller,")
    }

    @Test func openingMarkUsedToCloseAfterAWord() throws {
        let text = "The senator called the plan “reckless“ and left the room without another word."
        let found = quotes(text)
        try #require(found.count == 1)
        #expect(found[0].kind == .term && found[0].text == "reckless")
    }

    @Test func singleMarksAsPrimaryMarks() throws {
        let text = "'We will appeal the ruling as soon as the court opens,' said Rita Moss, the union's lawyer."
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Rita Moss")
    }
}
