@testable import CorpusModel
@testable import QueryLanguage
import Testing

/// `quotes`' `speaker_kind` and `sourcing`: who speaks, and whether the text names them or only describes
/// them, the measure studies of anonymous sourcing count by outlet (stories written for these tests).
@Suite struct SourcingFieldTests {
    static let corpus: Corpus = {
        let files = [
            "a.txt": "Bridge repairs\n\nMayor Ida Kettle said the bridge would reopen in May.\n\n"
                + "Senior officials said the repairs had cost twice the estimate.\n\n"
                + "The Harbour Authority said in a statement that ferries would run meanwhile.\n",
            "b.txt": "Bridge delays\n\nA spokesman said the work was behind schedule.\n\n"
                + "“It was never going to be ready in May,” one engineer told reporters.\n\n"
                + "Residents called it a “temporary” closure.\n",
            "c.txt": "Notes\n\n“Closed until further notice.”\n\nThe gate stayed shut all week.\n",
        ]
        return Fixtures.stories(files)
    }()

    func rows(_ statement: String) throws -> [[String]] {
        try Fixtures.shown(statement, on: Self.corpus).rows.map { $0.map(\.description) }
    }

    @Test func namedDescribedAndUnattributedQuotations() throws {
        #expect(try rows("quotes | show id, speaker, speaker_kind, sourcing") == [
            ["a:2:1", "Ida Kettle", "person", "named"],
            ["a:3:1", "senior officials", "group", "described"],
            ["a:4:1", "Harbour Authority", "organisation", "named"],
            ["b:2:1", "unnamed spokesman", "person", "described"],
            ["b:3:1", "unnamed engineer", "person", "described"],
            ["b:4:1", "residents", "group", "described"],
            ["c:2:1", "", "", "none"],
        ])
    }

    @Test func describedSourcesCountedByDocument() throws {
        #expect(try rows("quotes | filter sourcing = \"described\" | group by doc | show doc, count") == [["b", "3"], ["a", "1"]])
        #expect(try rows("quotes | filter speaker_kind = \"organisation\" | show id") == [["a:4:1"]])
        #expect(try rows("quotes | filter sourcing = \"none\" | show id") == [["c:2:1"]])
    }

    @Test func aValueTheFieldCannotHoldIsAnError() throws {
        #expect(throws: QueryError.self) { try Fixtures.table("quotes | filter sourcing = \"anonymous\"", on: Self.corpus) }
        #expect(throws: QueryError.self) { try Fixtures.table("quotes | filter speaker_kind = \"people\"", on: Self.corpus) }
    }
}
