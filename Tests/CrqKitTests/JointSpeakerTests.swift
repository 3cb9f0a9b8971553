@testable import Annotation
@testable import CorpusModel
@testable import QueryLanguage
import Testing

/// People named together as one speaker ("Piet Grund and Lena Voss said …"): the quotation keeps the
/// pair as its `speaker` and counts for each of them, each resolved across the corpus on their own
/// (stories written for these tests).
@Suite struct JointSpeakerTests {
    static let corpus: Corpus = {
        let files = [
            "a.txt": "Harbour closes\n\nPiet Grund and Lena Voss said the harbour would close on Friday.\n\n“We have no choice,” Lena Voss said.\n",
            "b.txt": "Ferries stop\n\nMs. Voss told reporters the ferries would stop as well.\n\n"
                + "Piet Grund and Ms. Voss said the ferries had lost money for years.\n",
            "c.txt": "Market stays open\n\nKarl Voss and Anna Brink said the fish market would stay open.\n\n"
                + "“Nothing changes for us,” Karl Voss said.\n",
        ]
        return Fixtures.stories(files)
    }()

    func ids(_ statement: String) throws -> [String] { try Fixtures.column(statement, "id", on: Self.corpus) }

    /// (name, count) of every row of a table with a count.
    func counts(_ statement: String, key: String) throws -> [String: Int] {
        let table = try Fixtures.table(statement, on: Self.corpus)
        let k = try #require(table.columnIndex(key)), n = try #require(table.columnIndex("count"))
        return Dictionary(uniqueKeysWithValues: table.rows.map { ($0[k].description, Int($0[n].description)!) })
    }

    @Test func theExtractionNamesEachPersonOfThePair() throws {
        let found = quotes("Piet Grund and Ms. Voss said the ferries had lost money for years.")
        try #require(found.count == 1)
        #expect(found[0].speaker == "Piet Grund and Voss" && found[0].asWritten == "Piet Grund and Ms. Voss")
        #expect(found[0].speakerMembers.map(\.name) == ["Piet Grund", "Voss"])
        #expect(quotes("“We have no choice,” Lena Voss said.")[0].speakerMembers.isEmpty)
    }

    /// "The chief of the harbor police and the mayor said": two descriptions joined by "and" speak as one, named by all
    /// their words and linked to no one, before the cue or after the words reported; not the second alone ("mayor"), nor
    /// a clause of its own before "and" ("Ivo Marsh criticised the plan and the mayor said": not a joint speaker).
    @Test func twoDescriptionsJoinedSpeakAsOne() {
        let chief = quotes("The pier is old. The chief of the harbor police and the mayor said the pier was unsafe.\n", .indirect)
        #expect(chief.map(\.speaker) == ["chief of the harbor police and the mayor"])
        #expect(chief.map(\.asWritten) == ["The chief of the harbor police and the mayor"] && chief.allSatisfy { $0.speakerMembers.isEmpty })
        let after = quotes("The pier is old. The pier is unsafe, the head of the Harbor Agency and a city engineer said.\n", .indirect)
        #expect(after.map(\.speaker) == ["head of the Harbor Agency and a city engineer"])
        let clause = quotes("The pier is old. Ivo Marsh criticised the plan and the mayor said the pier was unsafe.\n", .indirect)
        #expect(clause.count == 1 && clause.allSatisfy { !($0.speaker ?? "").contains(" and ") })
    }

    @Test func theSpeakerColumnKeepsThePair() throws {
        #expect(try Fixtures.column("quotes", "speaker", on: Self.corpus)
                == ["Piet Grund and Lena Voss", "Lena Voss", "Lena Voss", "Piet Grund and Voss", "Karl Voss and Anna Brink", "Karl Voss"])
        #expect(try Fixtures.column("quotes | filter doc = \"b\"", "as_written", on: Self.corpus) == ["Ms. Voss", "Piet Grund and Ms. Voss"])
    }

    @Test func aConditionOnTheSpeakerHoldsForEachPerson() throws {
        // "Ms. Voss" is Lena Voss, in her own quotation and in the pair; Karl Voss, of the same surname, is not.
        #expect(try ids("quotes | filter speaker = \"Lena Voss\"") == ["a:2:1", "a:3:1", "b:2:1", "b:3:1"])
        #expect(try ids("quotes | filter speaker = \"Karl Voss\"") == ["c:2:1", "c:3:1"])
        #expect(try ids("quotes | filter speaker in (\"Anna Brink\", \"Piet Grund\")") == ["a:2:1", "b:3:1", "c:2:1"])
        #expect(try ids("quotes | filter speaker ~ /^piet/") == ["a:2:1", "b:3:1"])
        #expect(try ids("quotes | filter speaker != \"Lena Voss\"") == ["c:2:1", "c:3:1"])
        #expect(try ids("quotes | filter not speaker = \"Lena Voss\"") == ["c:2:1", "c:3:1"])
        // The pair is still found by its own name.
        #expect(try ids("quotes | filter speaker = \"Karl Voss and Anna Brink\"") == ["c:2:1"])
        #expect(try ids("quote by \"Grund\"") == ["a:2:1", "b:3:1"])
        #expect(try ids("speakers | filter name = \"Anna Brink\" | quote") == ["c:2:1"])
    }

    @Test func speakersCountTheQuotationForEachPersonAndListNoPair() throws {
        let table = try Fixtures.shown("speakers | show name, kind, quotes", on: Self.corpus)
        #expect(table.rows.map { $0.map(\.description) } == [
            ["Lena Voss", "person", "4"], ["Karl Voss", "person", "2"], ["Piet Grund", "person", "2"], ["Anna Brink", "person", "1"],
        ])
        #expect(try Fixtures.column("entities", "name", on: Self.corpus).allSatisfy { !$0.contains(" and ") })
    }

    @Test func groupBySpeakerCountsTheQuotationUnderEachPerson() throws {
        #expect(try counts("quotes | group by speaker", key: "speaker") == ["Lena Voss": 4, "Karl Voss": 2, "Piet Grund": 2, "Anna Brink": 1])
        #expect(try counts("quotes | filter doc = \"a\" | group by speaker, doc", key: "speaker") == ["Lena Voss": 2, "Piet Grund": 1])
        // Other keys count each row once.
        #expect(try counts("quotes | group by as_written", key: "as_written").values.reduce(0, +) == 6)
    }

    @Test func compareOnSpeakersCountsEachPerson() throws {
        let table = try Fixtures.table("compare doc \"a\" with doc \"c\" on speakers", on: Self.corpus)
        let total = try #require(table.columnIndex("total"))
        #expect(Dictionary(uniqueKeysWithValues: table.rows.map { ($0[0].description, Int($0[total].description)!) })
                == ["Lena Voss": 2, "Piet Grund": 1, "Karl Voss": 2, "Anna Brink": 1])
    }

    /// `quotes | compare by speaker` groups the quotations by their own speaker (the sentences of quotes
    /// carry no speaker to group by); a joint speaker's stay under the pair.
    @Test func compareBySpeakerGroupsTheQuotationsThemselves() throws {
        let table = try Fixtures.table("quotes | compare by speaker on quotes", on: Self.corpus)
        let group = try #require(table.columnIndex("group")), a = try #require(table.columnIndex("a"))
        var ids: [String: Set<String>] = [:]
        for row in table.rows { ids[row[group].description, default: []].insert(row[a].description) }
        #expect(ids == ["Piet Grund and Lena Voss": ["a:2:1"], "Lena Voss": ["a:3:1", "b:2:1"], "Piet Grund and Voss": ["b:3:1"],
                        "Karl Voss and Anna Brink": ["c:2:1"], "Karl Voss": ["c:3:1"]])
    }

    /// Matching renderings across outlets credits the pair as written: crediting one of its people alone differs.
    @Test func compareOnQuotesCreditsThePair() throws {
        let corpus = try CorpusLoader().load(Fixtures.folder(text: [
            "a.txt": "Harbour\n\nPiet Grund and Lena Voss said the harbour would close on Friday because the pier is unsafe.\n",
            "b.txt": "Harbour news\n\nLena Voss said the harbour would close on Friday because the pier is unsafe.\n",
        ]).path)
        let table = try Fixtures.shown("compare doc \"a\" with doc \"b\" on quotes | show match, speaker_a, speaker_b, attribution", on: corpus)
        #expect(table.rows.map { $0.map(\.description) } == [["both", "Piet Grund and Lena Voss", "Lena Voss", "differs"]])
    }
}
