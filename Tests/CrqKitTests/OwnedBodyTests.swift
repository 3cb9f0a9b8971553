@testable import Annotation
@testable import CorpusModel
@testable import QueryLanguage
import Testing

/// A body a named person owns ("Roe's campaign", "Mrs. Roe's campaign", "the Roe campaign", "Her campaign") is one speaker across the
/// corpus, named by the person's name and the body's noun, whoever the document's surname stands for; two people's
/// bodies stay apart as the people do (stories written for these tests).
@Suite struct OwnedBodyTests {
    static let corpus: Corpus = {
        let files = [
            "a.txt": "Levy fight\n\nMarta Quell said the levy would pass.\n\n"
                + "Quell’s campaign said the mailers went out on Monday.\n",
            "b.txt": "Mailers\n\nMarta Quell toured the harbour.\n\n"
                + "Mrs. Quell's campaign said the count was wrong.\n",
            "c.txt": "Ferry vote\n\nOskar Quell spoke at the pier.\n\n"
                + "Quell's campaign said the ferries would run all winter.\n",
            "d.txt": "Harbour dues\n\nIvo Lindqvist said the dues would rise.\n",
            // Only surnames: Lindqvist is one person of the corpus, Quell two.
            "e.txt": "Dues\n\nThe harbour board met on Tuesday. Mr. Lindqvist's campaign said the board had agreed.\n",
            "f.txt": "Ferries\n\nThe harbour board met on Tuesday. Sen. Quell's campaign said the ferries were late.\n",
            "g.txt": "Count\n\nMarta Quell thanked the volunteers.\n\nThe Quell campaign said the count would take a week.\n",
        ]
        return Fixtures.stories(files)
    }()

    /// (name, count) of every row of a table with a count.
    func counts(_ statement: String, key: String) throws -> [String: Int] {
        let table = try Fixtures.table(statement, on: Self.corpus)
        let k = try #require(table.columnIndex(key)), n = try #require(table.columnIndex("count"))
        return Dictionary(uniqueKeysWithValues: table.rows.map { ($0[k].description, Int($0[n].description)!) })
    }

    @Test func theDocumentNamesTheBodyByItsOwnersName() {
        let found = quotes("Marta Quell said the levy would pass.\n\nMrs. Quell's campaign said the count was wrong.\n", .indirect)
        #expect(found.map(\.speaker) == ["Marta Quell", "Marta Quell campaign"])
        // The words as the text writes them.
        #expect(found.last?.asWritten == "Mrs. Quell's campaign")
    }

    @Test func anythingMoreThanTheBodysNounIsLeftAsWritten() {
        let found = quotes("Marta Quell said the levy would pass.\n\nQuell's press office said the count was wrong.\n", .indirect)
        #expect(found.map(\.speaker) == ["Marta Quell", "Quell's press office"])
    }

    /// A word for the race between the owner and the noun names the same body ("the Roe presidential campaign").
    @Test func aRaceWordBeforeTheNounNamesTheSameBody() {
        let found = quotes("""
            Marta Quell said the levy would pass.

            The Quell presidential campaign said the count was wrong. Quell's reelection campaign said it would appeal.
            """, .indirect)
        #expect(found.map(\.speaker) == ["Marta Quell", "Marta Quell campaign", "Marta Quell campaign"])
        #expect(found.dropFirst().first?.asWritten == "The Quell presidential campaign")
    }

    /// "The Roe campaign" opening the document is the campaign too: its "The" is the text's first word.
    @Test func theOwnersBodyOpeningTheDocumentIsTheBody() {
        let found = quotes("The Quell campaign said the count was wrong. Marta Quell did not comment.\n", .indirect)
        #expect(found.first?.speaker == "Marta Quell campaign")
        #expect(found.first?.asWritten == "The Quell campaign")
    }

    @Test func oneOwnersCampaignIsOneSpeakerAndTwoOwnersStayApart() throws {
        let bySpeaker = try counts("quotes | group by speaker", key: "speaker")
        #expect(bySpeaker["Marta Quell campaign"] == 3)
        #expect(bySpeaker["Oskar Quell campaign"] == 1)
        // A surname two people of the corpus have is neither's.
        #expect(bySpeaker["Quell campaign"] == 1)
        let kinds = try Fixtures.shown("speakers | filter name ~ /Quell campaign/ | show name, kind", on: Self.corpus)
        #expect(Set(kinds.rows.map { $0.map(\.description) })
                == [["Marta Quell campaign", "organisation"], ["Oskar Quell campaign", "organisation"], ["Quell campaign", "organisation"]])
    }

    @Test func aSurnameTheCorpusGivesOnePersonNamesThatPersonsBody() throws {
        #expect(try counts("quotes | group by speaker", key: "speaker")["Ivo Lindqvist campaign"] == 1)
    }

    @Test func theBodyListsTheWaysTheTextsWriteIt() throws {
        let table = try Fixtures.shown("speakers | filter name = \"Marta Quell campaign\" | show variants", on: Self.corpus)
        let variants = Set(try #require(table.rows.first?.first?.description).components(separatedBy: " | "))
        #expect(variants.isSuperset(of: ["Quell’s campaign", "Mrs. Quell's campaign", "Quell campaign", "Marta Quell campaign"]))
    }

    @Test func theOwnersNameBeforeTheNounNamesTheSameBodyAndThePersonKeepsTheirWords() {
        let found = quotes("Marta Quell said the levy would pass.\n\n“We will win,” Quell said.\n\n"
            + "The Quell campaign said the mailers went out on Monday. The Quell administration said the rules would stand.\n")
        #expect(found.map(\.speaker) == ["Marta Quell", "Marta Quell", "Marta Quell campaign", "Marta Quell administration"])
        #expect(found.map(\.asWritten) == ["Marta Quell", "Quell", "The Quell campaign", "The Quell administration"])
    }

    @Test func aPronounOpeningTheSentenceNamesTheBodyOfWhomItStandsFor() {
        let found = quotes("Marta Quell said the levy would pass.\n\nHer campaign said the mailers went out on Monday.\n", .indirect)
        #expect(found.map(\.speaker) == ["Marta Quell", "Marta Quell campaign"])
        #expect(found.last?.asWritten == "Her campaign")
    }

    @Test func aPronounWithNoFittingPersonNearKeepsItsWords() {
        // No man is named; and the woman is named paragraphs back.
        #expect(quotes("Mrs. Marta Quell said the levy would pass.\n\nHis campaign said the mailers went out.\n", .indirect).last?.speaker == "campaign")
        let far = quotes("Marta Quell said the levy would pass.\n\nThe board met.\n\nThe ferries ran.\n\nHer campaign said the mailers went out.\n", .indirect)
        #expect(far.last?.speaker == "campaign")
    }

    @Test func aNameThatIsABodyAndABodyAfterAPrepositionAreNoOwnedBody() {
        let found = quotes("Marta Quell said the levy would pass.\n\nThe Quell Foundation said the rules would stand. "
            + "Officials in the Quell administration said the rules would stand.\n", .indirect)
        #expect(found.map(\.speaker) == ["Marta Quell", "Quell Foundation", "officials"])
    }
}
