@testable import CorpusModel
@testable import QueryLanguage
@testable import Shell
import Testing
@testable import TextAnalysis

/// A filter that keeps nothing because no row holds the text a `FIELD = "text"` asks for says so in
/// a note (not an error: the statement succeeds), hinting at the values held.
@Suite struct FilterNoteTests {
    static let corpus = try! CorpusLoader().load(Fixtures.folder(text: [
        "metadata.tsv": "file\tsource\na.txt\tReuters\nb.txt\tReuters Staff\nc.txt\tHarbour Gazette\n",
        "a.txt": "Pier closes\n\nThe harbour master said the pier would close on Friday.\n",
        "b.txt": "Pier\n\n“The pier is unsafe,” Jo Hale said.\n",
        "c.txt": "Levy\n\nThe council raised the levy.\n",
    ]).path)

    /// The output and the reports of one statement, and whether it succeeded.
    static func run(_ statement: String) -> (output: String, report: String, ok: Bool) {
        var output = "", report = ""
        let session = Session(corpus: corpus, options: .fixed, write: { output += $0 }, report: { report += $0 })
        let ok = session.execute(statement, name: "-c")
        return (output, report, ok && session.errorCount == 0)
    }

    @Test func aValueNoRowHoldsGetsANoteWithTheNearestValues() {
        let r = Self.run(#"docs | filter source = "Reuter""#)
        #expect(r.ok)
        #expect(r.output.contains("(0 rows)"))
        #expect(r.report.hasPrefix(#"-c:1:24: note: no row has source = "Reuter""#))
        #expect(r.report.contains("^~~~~~~~"))
        #expect(r.report.contains(#"hint: did you mean 'Reuters'?; source ~ "Reuter" keeps 2 rows: Reuters 1, Reuters Staff 1"#), "\(r.report)")
        // One value holding it is not named again.
        #expect(Self.run(#"docs | filter source = "Harbour""#).report.contains(#"source ~ "Harbour" keeps 1 row"#  + "\n"))
    }

    @Test func aTableColumnAndAnInListAreCheckedToo() {
        let r = Self.run(#"docs | group by source | filter source in ("Harbor Gazette", "Reuter")"#)
        #expect(r.ok)
        #expect(r.report.contains(#"note: no row has source = "Harbor Gazette""#))
        #expect(r.report.contains("did you mean 'Harbour Gazette'?"))
        #expect(r.report.contains(#"note: no row has source = "Reuter""#))
    }

    @Test func aValueSomeRowHoldsGetsNoNoteWhenOtherConditionsEmptyTheResult() {
        let r = Self.run(#"docs | filter source = "Reuters" and "levy""#)
        #expect(r.ok)
        #expect(r.output.contains("(0 rows)"))
        #expect(r.report.isEmpty, "\(r.report)")
    }

    @Test func aKeptRowOrANameThatStandsForASpeakerGetsNoNote() {
        #expect(Self.run(#"docs | filter source = "reuters""#).report.isEmpty)
        // "Hale" is no speaker's whole name, but it stands for Jo Hale's quotations.
        let hale = Self.run(#"quotes | filter speaker = "Hale" | count"#)
        #expect(hale.report.isEmpty, "\(hale.report)")
        #expect(hale.output.contains("1"))
    }

    /// A surname two speakers share, named alone, is an entity of its own that no quotation is credited
    /// to: `quote by "Hale"` and `speaker = "Hale"` kept nothing and said nothing (on real news, "Clinton"
    /// for Hillary and Bill Clinton found 0 quotations silently).
    @Test func aNameOfSomeoneNeverQuotedGetsANote() throws {
        let corpus = try CorpusLoader().load(Fixtures.folder(text: [
            "a.txt": "Pier talks\n\n“The pier is unsafe,” Jo Hale said on Monday.\n\n“The levy must rise,” Ben Hale told reporters.\n\n"
                + "Hale later left the meeting, and Hale did not return.\n",
            "b.txt": "Harbour vote\n\nThe council met on Tuesday. Jo Hale said the vote was close.\n",
        ]).path)
        func run(_ statement: String) -> (output: String, report: String) {
            var output = "", report = ""
            let session = Session(corpus: corpus, options: .fixed, write: { output += $0 }, report: { report += $0 })
            #expect(session.execute(statement, name: "-c") && session.errorCount == 0, "\(statement)")
            return (output, report)
        }
        let by = run(#"quote by "Hale" | count"#)
        #expect(by.output.contains("0"), "\(by.output)")
        #expect(by.report.hasPrefix(#"-c:1:10: note: no row has speaker = "Hale""#), "\(by.report)")
        #expect(by.report.contains(#"speaker ~ "Hale" keeps 3 rows: Jo Hale 2, Ben Hale 1"#), "\(by.report)")
        let filter = run(#"quotes | filter speaker = "Hale""#)
        #expect(filter.report.contains(#"note: no row has speaker = "Hale""#) && filter.report.contains("did you mean 'Ben Hale' or 'Jo Hale'?"), "\(filter.report)")
        // A speaker quoted, but not by the rows the rest of the condition keeps, still gets none.
        #expect(run(#"quotes | filter speaker = "Ben Hale" and kind = "indirect""#).report.isEmpty)
        #expect(run(#"quote by "jo hale" | count"#).report.isEmpty)
    }

    @Test func everyTextHoldsTheEmptyText() {
        let r = Self.run(#"docs | filter source ~ "" | count"#)
        #expect(r.output.contains("3"), "\(r.output)")
        #expect(r.report.isEmpty)
    }

    /// `~` and the note's count of the rows it keeps search the folded keys byte for byte (a search
    /// grapheme by grapheme made the note take three times as long as the filter on 221,079 sentences).
    @Test func containsSearchesFoldedKeysByteForByte() {
        #expect(WordKey.contains(WordKey.string("Stéphane Hale"), WordKey.string("STEPH")))
        #expect(WordKey.contains("harbour", "") && WordKey.contains("", ""))
        #expect(!WordKey.contains("ab", "abc") && !WordKey.contains("harbour", "harbor"))
        #expect(WordKey.contains("the pier", "pier") && !WordKey.contains("the pie", "pier"))
        #expect(Self.run(#"docs | filter source ~ "GAZET" | count"#).output.contains("1"))
        // Every row holds "", so the hint does not offer source ~ "" for source = "".
        let empty = Self.run(#"docs | filter source = """#).report
        #expect(empty.contains(#"note: no row has source = """#) && !empty.contains("keeps"), "\(empty)")
    }

    @Test func aValueNothingResemblesSaysWhereTheValuesAre() {
        // Few values: the hint lists them.
        let r = Self.run(#"docs | filter source = "Ursula Brandt""#)
        #expect(r.ok)
        #expect(r.report.contains(#"note: no row has source = "Ursula Brandt""#))
        #expect(r.report.contains("hint: source is one of 'Harbour Gazette', 'Reuters', 'Reuters Staff'"), "\(r.report)")
        // Many: it says how to list them.
        #expect(FilterStage.fewShort(Set((1...8).map { "Outlet \($0)" })) && !FilterStage.fewShort(Set((1...9).map { "Outlet \($0)" })))
        // An empty value is said in words, not as ''.
        #expect(Self.run(#"docs | filter author = "Jo Hale""#).report.contains("hint: every row's author is empty"))
        let terms = Self.run(#"docs | terms | filter term = "zzzzqqq""#)
        #expect(terms.report.contains("hint: group by term lists the values"), "\(terms.report)")
    }

    /// Few values are listed only when they are short: five documents' texts are not a hint.
    @Test func longValuesAreNotListed() {
        let r = Self.run(#"docs | filter text = "zz""#)
        #expect(r.report.contains(#"note: no row has text = "zz""#), "\(r.report)")
        #expect(r.report.contains("hint: group by text lists the values"), "\(r.report)")
        #expect(!r.report.contains("harbour master"), "\(r.report)")
        #expect(!FilterStage.fewShort([String(repeating: "a", count: 41)]) && !FilterStage.fewShort(["Pier\nclosed"]))
        #expect(FilterStage.fewShort(["Reuters", ""]))
    }

    /// A single word typed for a value of several words is compared with each of its words.
    @Test func aMisspelledWordOfAValueFindsTheValue() {
        let r = Self.run(#"docs | filter source = "Gazete""#)
        #expect(r.report.contains("hint: did you mean 'Harbour Gazette'?"), "\(r.report)")
        #expect(["John Kirby", "Kirsten Obi"].nearest(to: "Kirbi") == ["John Kirby"])
        // Whole values first; short words are not compared word by word ('he' is not 'The Times').
        #expect(["Kirby", "John Kirby"].nearest(to: "Kirbi") == ["Kirby"])
        #expect(["The Times"].nearest(to: "he").isEmpty)
        // Nor with a value's short words: 'in' is two edits from 'Iran', 'Kim' from 'Kiev'.
        #expect(["Ministry of Defense in Israel"].nearest(to: "Iran").isEmpty)
        #expect(["Kim Jong Un"].nearest(to: "Kiev").isEmpty)
        // Nor a text's words: a document is no suggestion for a name (the text holds "Friday.").
        let text = Self.run(#"docs | filter text = "Fridy""#)
        #expect(text.report.contains(#"no row has text = "Fridy""#) && !text.report.contains("did you mean"), "\(text.report)")
        #expect(["In Washington, spokesman John Kirby said the talks had failed."].nearest(to: "Kirbi").isEmpty)
        #expect(["Ministry of Foreign Affairs of Iran"].nearest(to: "Afairs") == ["Ministry of Foreign Affairs of Iran"])
        // The empty value (documents without a source) is suggested for nothing.
        #expect(["", "Reuters"].nearest(to: "BM").isEmpty)
        #expect(["", "AP"].nearest(to: "AB") == ["AP"])
    }
}
