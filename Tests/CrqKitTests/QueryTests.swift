@testable import Annotation
@testable import CorpusModel
import Foundation
@testable import QueryLanguage
@testable import Rendering
@testable import Shell
import Testing
@testable import TextAnalysis

/// The statements of the language contract, with the rows they must return on the seeds.
@Suite struct ContractTests {
    func ids(_ s: String) throws -> [String] { try Fixtures.column(s, "id") }

    @Test func aWordIsCaseAndDiacriticInsensitive() throws {
        let rows = try ids("sentences | filter \"restraint\"")
        #expect(rows.count == 18)
        #expect(rows.prefix(3) == ["000:1:1", "000:3:1", "000:4:1"])
        #expect(rows.contains("004:20:1"))
        #expect(try ids("sentences | filter \"RESTRAINT\"") == rows)
        #expect(try ids("sentences | filter \"Stephane\"") == (try ids("sentences | filter \"Stéphane\"")))
    }

    @Test func aPhraseIsConsecutiveWords() throws {
        #expect(try ids("sentences | filter \"maximum restraint\"") == ["002:6:3", "002:7:2", "004:20:1", "004:23:1"])
        #expect(try ids("sentences | filter \"restraint maximum\"").isEmpty)
    }

    @Test func aRegexFindsDeEscalatingAndDeEscalation() throws {
        let rows = try ids("sentences | filter /de-?escalat\\w*/")
        #expect(rows.contains("000:8:2"))      // “de-escalating the situation” in 000
        #expect(rows.contains("000:14:1"))     // “de-escalation”
        #expect(rows.contains("001:10:1"))     // “deescalate”
        #expect(rows.contains("004:23:1"))
        #expect(rows.count == 14)
    }

    @Test func regexFlagCIsCaseSensitive() throws {
        let sensitive = try ids("sentences | filter /iran/c")
        let insensitive = try ids("sentences | filter /iran/")
        #expect(sensitive.count == 1)   // only 004’s photo caption writes “iran” in lower case
        #expect(insensitive.count > 40)
    }

    @Test func booleanConditions() throws {
        let rows = try ids("sentences | filter \"Iran\" and (\"China\" or \"Russia\") and not \"nuclear\"")
        #expect(rows.contains("000:8:1"))  // China has expressed a willingness to mediate between Pakistan and Iran.
        for id in rows {
            let text = try Fixtures.column("sentences | filter id = \"\(id)\"", "text").first!.lowercased()
            #expect(text.contains("iran") && (text.contains("china") || text.contains("russia")) && !text.contains("nuclear"))
        }
    }

    @Test func nearIsWithinNWordsInOneSentence() throws {
        #expect(try ids("sentences | filter \"restraint\" near 8 \"Guterres\"") == ["004:20:1"])
        #expect(try ids("sentences | filter \"restraint\" near 2 \"Guterres\"").isEmpty)
    }

    @Test func fieldContainsAndText() throws {
        #expect(try ids("sentences | filter source ~ \"Brussels\" and \"restraint\"") == ["004:15:1", "004:20:1", "004:23:1"])
    }

    @Test func datesCompareAsDates() throws {
        let table = try Fixtures.shown("docs | filter date >= 2024-01-18 | show id, title, source, date")
        #expect(table.columns.map(\.name) == ["id", "title", "source", "date"])
        #expect(table.rows.map { $0[0].description } == ["003"])
        #expect(try ids("docs | filter date = 2024-02") == ["003"])
        #expect(try ids("docs | filter date < 2024-02").isEmpty)
    }

    @Test func aLastShowReadsOnlyTheRowsPrintedYetShowsWhatABoundShowHolds() throws {
        let statement = "sentences | filter \"restraint\" or \"talks\" | show id, text, source"
        let result = try Fixtures.run(statement)
        let columns: [String]? = if case let .units(u) = result { u.columns } else { nil }
        #expect(columns == ["id", "text", "source"], "a last show of unit fields leaves the rows unread")
        let context = EvalContext(corpus: Fixtures.seeds)
        _ = try Evaluator.run("let shown = " + statement, in: context)
        let bound = try #require(try Evaluator.run("shown", in: context).table, "a bound show holds a table")
        let lazy = Materializer.table(result, context)
        #expect(bound.rows.count > 1)
        #expect(lazy.columns.map(\.name) == bound.columns.map(\.name))
        #expect(lazy.rows == bound.rows)
        #expect(lazy.highlights == bound.highlights)
        #expect(Materializer.table(result, context, from: 1, limit: 1).rows == [bound.rows[1]])
    }

    @Test func groupCountsAddUpToTheUnfilteredCount() throws {
        let t = try Fixtures.table("sentences | filter \"restraint\" | group by source")
        #expect(t.columns.map(\.name) == ["source", "count", "share", "bar"])
        #expect(t.rows.map { $0[1] } == [.int(8), .int(4), .int(3), .int(3)])
        #expect(t.rows.map { $0[0].description } == ["", "Infostani International", "Brussels Morning", "ICARO Media Group"])
        #expect(t.rows.reduce(0) { $0 + (Int($1[1].description) ?? 0) } == 18)
    }

    /// A speaker's name in `in (…)` is any variant of it, as with `=`.
    @Test func aSpeakerInAListMatchesAnyVariantAsEqualsDoes() throws {
        let guterres = try ids("quotes | filter speaker = \"Guterres\"")
        let kirby = try ids("quotes | filter speaker = \"Kirby\"")
        #expect(guterres.count >= 5 && kirby.count >= 5)
        #expect(try ids("quotes | filter speaker in (\"Guterres\")") == guterres)
        #expect(try Set(ids("quotes | filter speaker in (\"Guterres\", \"Kirby\")")) == Set(guterres + kirby))
        #expect(try Fixtures.column("quotes | filter speaker in (\"Guterres\", \"Kirby\") | group by speaker", "speaker").sorted()
                == ["António Guterres", "John Kirby"])
    }

    @Test func groupByTwoKeys() throws {
        let t = try Fixtures.table("sentences | filter \"restraint\" | group by doc, paragraph")
        #expect(t.columns.prefix(3).map(\.name) == ["doc", "paragraph", "count"])
        #expect(t.rows.first.map { [$0[0], $0[1], $0[2]] } == [.string("001"), .int(7), .int(2)])
        #expect(t.rows.reduce(0) { $0 + (Int($1[2].description) ?? 0) } == 18)
    }

    @Test func countSortLimitTop() throws {
        #expect(try Fixtures.column("sentences | filter \"restraint\" | count", "count") == ["18"])
        #expect(try ids("sentences | filter \"escalation\" | sort by date desc | limit 5").first?.hasPrefix("003") == true)
        let terms = try Fixtures.column("terms | top 20", "term")
        #expect(terms.count == 20)
        #expect(terms.prefix(2) == ["pakistan", "iran"])
        #expect(!terms.contains("the"))
        let kirby = try Fixtures.column("sentences | filter \"Kirby\" | terms | top 10", "term")
        #expect(kirby.contains("kirby") && kirby.contains("escalation"))
    }

    /// `top N per FIELD`: each value's N largest rows, together, the values in the order of their largest row.
    @Test func topPerFieldKeepsTheLargestRowsOfEachValue() throws {
        let all = try Fixtures.table("quotes | group by source, speaker")
        let top = try Fixtures.table("quotes | group by source, speaker | top 2 per source")
        let outlets = all.rows.map { $0[0] }.reduce(into: [Value]()) { if !$0.contains($1) { $0.append($1) } }
        #expect(outlets.count >= 4)
        #expect(top.rows.map { $0[0] } == outlets.flatMap { [$0, $0] }, "two rows per outlet, together, outlets by their largest row")
        for outlet in outlets {
            let largest = all.rows.filter { $0[0] == outlet }.prefix(2)
            #expect(Array(top.rows.filter { $0[0] == outlet }) == Array(largest))
        }
        #expect(try Fixtures.table("quotes | group by source, speaker | top 2").rows == Array(all.rows.prefix(2)))
        // Units with a weight: speakers by their quotations, per kind.
        let kinds = try Fixtures.column("speakers | top 1 per kind", "kind")
        #expect(kinds.count == Set(kinds).count && kinds.contains("person") && kinds.contains("organisation"))
        #expect(try Fixtures.column("speakers | top 1 per kind", "name").prefix(2) == ["Pakistan", "António Guterres"])
    }

    @Test func kwicLinesAreSortable() throws {
        let t = try Fixtures.table("kwic \"restraint\" width 40")
        #expect(t.rows.count == 18)
        #expect(t.columns.map(\.name) == ["id", "doc", "source", "left", "match", "right"])
        #expect(t.rows.allSatisfy { $0[4].description.lowercased() == "restraint" && $0[3].description.count <= 40 })
        let right = try Fixtures.column("kwic \"restraint\" | sort by right", "right")
        #expect(right == right.sorted { $0.lowercased() < $1.lowercased() })
    }

    @Test func letBindsAResult() throws {
        let context = EvalContext(corpus: Fixtures.seeds)
        _ = try Evaluator.run("let us = sentences | filter \"Biden\" or \"Kirby\" or \"Miller\"", in: context)
        let t = try #require(try Evaluator.run("us | group by doc", in: context).table)
        #expect(t.rows.map { $0[0].description } == ["000", "003", "004"])  // 3, 2, 2: ties by key
    }

    @Test func everyTextUnitHasTheSameDocumentFields() throws {
        let shared = ["doc", "file", "source", "date", "title", "author"]
        for unit in ["docs", "paragraphs", "sentences", "quotes", "figures"] {
            let spec = try #require(UnitRegistry.named(unit))
            #expect(shared.allSatisfy { spec.field($0)?.perDocument == true }, "\(unit)")
            let files = Set(try Fixtures.column("\(unit) | limit 500", "file"))
            #expect(files == ["000_ba6514e35100d3d6.txt", "001_43a4afb976c735ea.txt", "002_7e42adce8542a6fb.txt",
                              "003_af08a837e2d8f2b7.txt", "004_3661bfecbe1a125d.txt"], "\(unit)")
        }
    }

    /// A session on the seeds that writes its files into `dir` (the shell carries out what `save` asks for).
    private func session(in dir: URL, safeMode: Bool = false) -> (String) throws -> Relation {
        let session = Session(corpus: Fixtures.seeds, write: { _ in }, report: { _ in })
        session.context.workingDirectory = dir.path
        session.context.safeMode = safeMode
        return { text in try session.evaluate(Parser.parse(SourceText(text))) }
    }

    @Test func saveAsksTheShellToWriteAndEvaluationWritesNothing() throws {
        let dir = Fixtures.folder()
        let context = EvalContext(corpus: Fixtures.seeds, workingDirectory: dir.path)
        let result = try Evaluator.run("sentences | filter \"restraint\" | save \"out.csv\"", in: context)
        #expect(result.count == 1)
        let request = try #require(context.writeRequests.first)
        #expect(request.path == "out.csv" && request.mode == .csv && request.relation.count == 18)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test func saveWritesAtomicallyAndNeverAPartialFile() throws {
        let dir = Fixtures.folder()
        let run = session(in: dir)
        _ = try run("sentences | filter \"restraint\" | save \"out.csv\"")
        let csv = try String(contentsOf: dir.appendingPathComponent("out.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("id,doc,file,source,date,title,author,paragraph,sentence,text,words,start,end\n"))
        #expect(csv.split(separator: "\n").count == 19)
        // A folder that does not exist: an error, and nothing left behind.
        #expect(throws: QueryError.self) { try run("sentences | save \"missing/dir/out.json\"") }
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(left == ["out.csv"])
    }

    @Test func safeModeRefusesWritesOutsideTheFolder() throws {
        let dir = Fixtures.folder()
        let run = session(in: dir, safeMode: true)
        #expect(throws: QueryError.self) { try run("docs | save \"../escape.csv\"") }
        _ = try run("docs | save \"inside.csv\"")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("inside.csv").path))
    }
}

/// Errors: position, message and hint.
@Suite struct ErrorTests {
    func error(_ s: String) -> QueryError? {
        do { _ = try Fixtures.run(s); return nil } catch let e as QueryError { return e } catch { return nil }
    }

    /// The one "did you mean" of every unknown name: the nearest candidates, quoted, or the fallback.
    @Test func didYouMeanNamesTheNearestOrFallsBack() {
        #expect(["filter", "group", "sort"].didYouMean("fliter") == "did you mean 'filter'?")
        #expect(["end", "id", "text"].didYouMean("ed") == "did you mean 'end' or 'id'?")
        // At one distance, a name with the word's first letter comes first.
        #expect(["end", "id", "kind", "text"].didYouMean("knd") == "did you mean 'kind' or 'end' or 'id'?")
        #expect(["filter"].didYouMean("zzzzzz", otherwise: "verbs: filter") == "verbs: filter")
        #expect(["filter"].didYouMean("zzzzzz") == nil)
        // compare … on: every near aspect is named, as elsewhere (it named only the first).
        #expect(error("compare by source on quote")?.hint == "did you mean 'quotes'?")
    }

    @Test func unknownVerbSuggestsTheNearest() throws {
        let e = try #require(error("sentences | grup by source"))
        #expect(e.message == "unknown verb 'grup'")
        #expect(e.hint == "did you mean 'group'?")
        #expect(e.range == SourceRange(12, 16))
    }

    @Test func anotherToolsNameForAVerbPointsToCrqs() throws {
        let e = try #require(error("sentences | head 3"))
        #expect(e.message == "unknown verb 'head'")
        #expect(e.hint == "crq calls it 'limit': limit N")
        #expect(try #require(error("docs | where source = \"x\"")).hint?.hasPrefix("crq calls it 'filter'") == true)
        let first = try #require(error("head 3"))
        #expect(first.message == "unknown verb 'head'" && first.range == SourceRange(0, 4))
        #expect(first.hint == "crq calls it 'limit', after rows: sentences | limit N")
        #expect(try #require(error("head")).message == "unknown unit or name 'head'", "a name alone is still read as a bound name")
    }

    /// Words after a unit or name that are no verb (a question typed as prose, a search without its
    /// verb) were told to "join stages with '|'", which made 'what | did' an unknown verb.
    @Test func wordsAfterAUnitThatAreNoVerbSayHowAStatementGoesOn() throws {
        let prose = try #require(error("what did Kirby say"))
        #expect(prose.message == "unexpected 'did' after the end of the statement")
        #expect(prose.hint?.contains(#"quote by "NAME""#) == true, "\(prose.hint ?? "")")
        #expect(try #require(error(#"sentences "restraint""#)).hint?.contains(#"sentences | filter "WORDS""#) == true)
        #expect(try #require(error("sentences count")).hint == "join stages with '|'", "a verb: its '|' is missing")
        #expect(try #require(error(#"docs | count "x""#)).hint == "count takes: count", "after a verb, what it takes")
    }

    /// The name an export gives a document field (the loader's list: `outlet`, `publication`, `headline`)
    /// points to crq's; it pointed to quantities' `outlets` ("start from quantities | …").
    @Test func anExportsNameForAFieldPointsToCrqs() throws {
        let e = try #require(error("quotes | group by outlet"))
        #expect(e.message == "quotes have no field 'outlet'")
        #expect(e.hint == "crq calls it 'source'")
        #expect(try #require(error("compare by outlets on quotes")).hint == "crq calls it 'source'")
        #expect(try #require(error("docs | show id, headline")).hint == "crq calls it 'title'")
        #expect(try #require(error("quotes | group by speaker | filter outlet = \"x\"")).hint != "crq calls it 'source'",
                "a table without a source column")
    }

    @Test func compareByOnPipedQuotesOrFiguresComparesThem() throws {
        func columns(_ s: String) throws -> [String] { try Fixtures.table(s).columns.map(\.name) }
        #expect(try columns("figures | compare by source") == columns("compare by source on figures"))
        #expect(try columns(#"quotes | filter kind = "direct" | compare by source"#) == columns("compare by source on quotes"))
        #expect(try columns(#"quotes | filter kind = "direct" | compare by source on terms"#).contains("g2"))
        #expect(try columns("compare by source").contains("g2"), "sentences compare on terms")
        // Rows `quote` passes on are quotes too, as a source or after sentences.
        #expect(try columns("sentences | quote | compare by source") == columns("compare by source on quotes"))
        let nested = try Fixtures.table(#"compare (quotes | filter kind = "direct") with rest"#)
        #expect(nested.columns.map(\.name).contains("g2"), "a set's own pipeline does not choose the aspect")
    }

    @Test func compareByOnABoundNameComparesItsUnit() throws {
        let context = EvalContext(corpus: Fixtures.seeds)
        func columns(_ s: String) throws -> [String] { try #require(try Evaluator.run(s, in: context).table).columns.map(\.name) }
        _ = try Evaluator.run(#"let direct = quotes | filter kind = "direct""#, in: context)
        _ = try Evaluator.run(#"let said = sentences | filter "said""#, in: context)
        #expect(try columns("direct | compare by source") == columns("compare by source on quotes"))
        #expect(try columns("said | compare by source").contains("g2"), "sentences compare on terms")
        #expect(try columns("direct | compare by source on terms").contains("g2"), "'on' still chooses")
        do {
            _ = try Evaluator.run("direct | compare by source excluding shared", in: context)
            Issue.record("excluding shared on quotes should be refused")
        } catch {
            #expect(error.message.hasPrefix("excluding shared applies to terms"))
        }
    }

    @Test func quoteAfterQuotesKeepsThem() throws {
        guard case let .units(direct) = try Fixtures.run("quotes | filter kind = \"direct\""),
              case let .units(quoted) = try Fixtures.run("quotes | filter kind = \"direct\" | quote") else {
            Issue.record("quotes should give unit rows"); return
        }
        #expect(!direct.rows.isEmpty)
        #expect(quoted.unit.name == "quotes" && quoted.rows == direct.rows)
    }

    @Test func anAtSignPointsToModes() throws {
        let e = try #require(error("@csv docs | limit 2"))
        #expect(e.message == "unexpected character '@'")
        #expect(e.hint?.contains(".mode csv") == true)
        #expect(try #require(error("docs | filter \"a\" ^ \"b\"")).hint == nil, "a character nothing is known of has no hint")
    }

    /// Other languages' habits (`&&`, `||`, an unquoted file name) get crq's way of saying it.
    @Test func otherLanguagesHabitsAreAnsweredWithCrqsWords() throws {
        let and = try #require(error(#"quotes | filter kind = "direct" && speaker = "Guterres""#))
        #expect(and.message == "unexpected character '&'" && and.range == SourceRange(32, 33))
        #expect(and.hint == "conditions join with 'and' (and 'or', 'not')")
        let or = try #require(error(#"quotes | filter kind = "direct" || kind = "term""#))
        #expect(or.message == "expected a verb after '|', found '|'" && or.range == SourceRange(33, 34))
        #expect(or.hint?.hasPrefix("conditions join with 'or'") == true)
        #expect(try #require(error("docs | | count")).hint == nil, "two stages' bars apart are a missing verb, not an 'or'")
        let save = try #require(error("quotes | save out.csv"))
        #expect(save.message == "unexpected character '.'" && save.range == SourceRange(17, 18))
        #expect(save.hint == #"a file name goes in quotes: save "out.csv""#)
        #expect(try #require(error("quotes | save out.tar.gz | count")).hint == #"a file name goes in quotes: save "out.tar.gz""#,
                "the whole name, up to a space or the next bar")
        #expect(try #require(error("docs | show id.x")).hint == nil)
        let semicolon = try #require(error("docs | count;"))
        #expect(semicolon.message == "unexpected character ';'" && semicolon.hint?.hasPrefix("statements need no ';'") == true)
    }

    /// A field of few fixed values (a quotation's kind, a speaker's) named with another value is an
    /// error with the values, not an empty result.
    @Test func aValueAFieldNeverTakesIsAnErrorNotNoRows() throws {
        let e = try #require(error(#"quotes | filter kind = "directs""#))
        #expect(e.message == "kind is direct, indirect or term, not 'directs'" && e.range == SourceRange(23, 32))
        #expect(e.hint == "did you mean 'direct'?")
        let inList = try #require(error(#"quotes | filter kind in ("direct", "indirekt")"#))
        #expect(inList.message == "kind is direct, indirect or term, not 'indirekt'" && inList.range == SourceRange(35, 45))
        #expect(try #require(error(#"speakers | filter kind != "people""#)).message == "kind is person, organisation, place, group or document, not 'people'")
        #expect(try Fixtures.column(#"quotes | filter kind = "DIRECT" | count"#, "count") == ["24"])
        #expect(try Fixtures.column(#"quotes | filter kind ~ "dir" | count"#, "count") == Fixtures.column(#"quotes | filter kind != "term" | count"#, "count"),
                "~ is contains: any text")
    }

    @Test func unknownFieldNamesTheNearest() throws {
        let e = try #require(error("sentences | group by sorce"))
        #expect(e.message == "sentences have no field 'sorce'")
        #expect(e.hint?.contains("'source'") == true)
    }

    /// A field of another unit is named with the unit to start from, before a near field of the rows' own.
    @Test func aFieldOfAnotherUnitSaysWhichUnitHasIt() throws {
        #expect(try #require(error(#"sentences | filter speaker = "Kirby""#)).hint == "'speaker' is a field of quotes: start from quotes | …")
        #expect(try #require(error(#"sentences | filter speakr = "Kirby""#)).hint == "'speaker' is a field of quotes: start from quotes | …")
        #expect(try #require(error(#"docs | group by quantity"#)).hint?.hasPrefix("'quantity' is a field of figures") == true)
        #expect(try #require(error("sentences | filter zzzz = 1")).hint?.hasPrefix("fields: id, doc") == true)
    }

    @Test func badRegexShowsTheEnginesReason() throws {
        let e = try #require(error("sentences | filter /de(escalat/"))
        #expect(e.message.hasPrefix("bad regex: missing closing parenthesis"))
    }

    @Test func typeMismatchSaysWhatWasExpected() throws {
        let e = try #require(error("docs | filter date > \"x\""))
        #expect(e.message.contains("expected a date like 2024-01-18"))
        #expect(e.range == SourceRange(21, 24))
    }

    @Test func incompleteStatementsAskForMore() throws {
        for s in ["sentences |", "sentences | filter (\"a\" or", "sentences | filter"] {
            #expect(error(s)?.kind == .incomplete, "\(s)")
        }
        #expect(error("sentences | filter )")?.kind == .syntax)
        // A string or regex ends on its line: one left open is an error at once, never a wait for
        // lines that could not close it (the shell would ask for more until Ctrl-C).
        for s in ["sentences | filter \"open", "sentences | filter /open", "sentences | filter \"open\n\" | count"] {
            #expect(error(s)?.kind == .syntax, "\(s)")
            #expect(error(s)?.range.start == 19, "\(s)")
        }
    }

    /// A whole file's error has the head a statement's has, without line and column, and the same hint line.
    @Test func rendersAFilesErrorAsAStatementsIsRendered() throws {
        #expect(DiagnosticRenderer.render(path: "a.crq", "cannot read this script") == "a.crq: error: cannot read this script\n")
        #expect(DiagnosticRenderer.render(path: "/x", "no such file or folder", hint: "crq reads folders")
                == "/x: error: no such file or folder\n  hint: crq reads folders\n")
        #expect(DiagnosticRenderer.render(path: "a.crq", "m", color: true) == "a.crq: \(Style.error)error\(Style.reset): m\n")
        let statement = DiagnosticRenderer.render(QueryError(.syntax, "m", at: SourceRange(0, 1), hint: "h"), in: SourceText("x", name: "a.crq"), color: true)
        #expect(statement.hasPrefix("a.crq:1:1: \(Style.error)error\(Style.reset): m\n") && statement.hasSuffix("  hint: h\n"))
    }

    /// An unknown document is pointed to the nearest id as any unknown name is, in the hint; else to `.docs`.
    @Test func anUnknownDocumentNamesTheNearestOrTheList() throws {
        let near = try #require(error(#"compare doc "004_3661bfecbe1a125x" with doc "000""#))
        #expect(near.message == "no document '004_3661bfecbe1a125x'")
        #expect(near.hint == "did you mean '004_3661bfecbe1a125d'?")
        #expect(error(#"compare doc "zzz" with doc "000""#)?.hint == ".docs lists the documents")
        #expect(error(#"compare doc "00" with doc "001""#)?.hint == "type more of the id")
    }

    /// A sign before a number and SQL's `*` say what crq takes instead.
    @Test func aSignOrAStarIsExplained() {
        #expect(error("sentences | limit -1")?.hint == "numbers are written without a sign: limit 5, near 8")
        #expect(error("select * from docs")?.hint?.hasPrefix("a statement starts from a unit") == true)
        #expect(error("docs | show *")?.range == SourceRange(12, 13))
        #expect(error("docs | show id - title")?.hint == nil, "a '-' before no digit is not a sign")
    }

    @Test func rendersFileLineColumnAndCaret() throws {
        let source = SourceText("docs\n  | filter date > \"x\"", name: "a.crq", firstLine: 3)
        let e = try #require(error(source.text))
        let text = DiagnosticRenderer.render(e, in: source)
        #expect(text == """
            a.crq:4:19: error: 'date' is a date; expected a date like 2024-01-18 or 2024-01, not "x"
                | filter date > "x"
                                ^~~

            """)
    }

    /// `quote` after speakers gives every quotation of those speakers and no other.
    @Test func quoteAfterSpeakersGivesTheirQuotations() throws {
        let speakers = try Fixtures.shown("speakers | filter quotes >= 7 | show name, quotes")
        let quoted = try Fixtures.shown("speakers | filter quotes >= 7 | quote | group by speaker")
        #expect(speakers.rows.count >= 2)
        #expect(Set(quoted.rows.map { $0[0] }) == Set(speakers.rows.map { $0[0] }))
        func total(_ t: Table) -> Double { t.rows.compactMap { $0[1].doubleValue }.reduce(0, +) }
        #expect(total(quoted) == total(speakers) && total(speakers) >= 14)
    }

    /// Ctrl-C is the analyst's own doing: said plainly, with no position or caret as for a fault.
    @Test func aCancelledStatementIsSaidPlainly() throws {
        let source = SourceText("sentences | sort by text | count", name: "<shell>")
        let error = #expect(throws: QueryError.self) {
            try Evaluator.run(source.text, name: source.name, in: EvalContext(corpus: Fixtures.seeds, isCancelled: { true }))
        }
        let e = try #require(error)
        #expect(DiagnosticRenderer.render(e, in: source, color: true) == "cancelled (Ctrl-C)\n")
    }

    @Test func aLongHintIsFittedToTheTerminalUnderItsFirstLine() throws {
        let source = SourceText("clear", name: "<shell>")
        let e = try #require(error(source.text))
        let hint = try #require(e.hint)
        #expect(hint.count > 60)
        let lines = DiagnosticRenderer.render(e, in: source, width: 60).split(separator: "\n").dropFirst(3)
        #expect(lines.count >= 2 && lines.allSatisfy { $0.count <= 60 }, "\(lines)")
        #expect(lines.first!.hasPrefix("  hint: ") && lines.dropFirst().allSatisfy { $0.hasPrefix("        ") && $0.dropFirst(8).first != " " })
        #expect(lines.map { $0.dropFirst(8) }.joined(separator: " ") == hint)
        #expect(DiagnosticRenderer.render(e, in: source).hasSuffix("  hint: " + hint + "\n"), "whole without a width")
    }

    @Test func costlyRegexIsStoppedNotHung() throws {
        let line = String(repeating: "a", count: 5000) + "!"
        let c = try CorpusLoader().load(Fixtures.folder(text: ["a.txt": line]).path)
        #expect(throws: QueryError.self) { try Fixtures.run("sentences | filter /(a+)+$/", on: c) }
    }

    @Test func cancellationStopsAStatement() throws {
        let context = EvalContext(corpus: Fixtures.seeds, isCancelled: { true })
        #expect(throws: QueryError.self) { try Evaluator.run("sentences | filter \"restraint\"", in: context) }
    }
}

/// Properties that must hold for any words: and is intersection, not is complement,
/// and the index agrees with a scan of the text.
@Suite struct PropertyTests {
    static let sample: [String] = {
        var rng = SplitMix(seed: 42)
        let vocab = (0..<Fixtures.seeds.index.vocabulary.count).map { Fixtures.seeds.index.vocabulary.term($0) }
            .filter { $0.count > 3 && Fixtures.seeds.index.frequency(Fixtures.seeds.index.vocabulary.id(of: $0)!) >= 2 }
        return (0..<24).map { _ in vocab[Int(rng.next() % UInt64(vocab.count))] }
    }()

    func ids(_ s: String) throws -> Set<String> { Set(try Fixtures.column(s, "id")) }

    @Test(arguments: stride(from: 0, to: 24, by: 2).map { (sample[$0], sample[$0 + 1]) })
    func andIsIntersectionNotIsComplement(_ a: String, _ b: String) throws {
        let all = try ids("sentences")
        let sa = try ids("sentences | filter \"\(a)\""), sb = try ids("sentences | filter \"\(b)\"")
        #expect(try ids("sentences | filter \"\(a)\" and \"\(b)\"") == sa.intersection(sb))
        #expect(try ids("sentences | filter \"\(a)\" or \"\(b)\"") == sa.union(sb))
        #expect(try ids("sentences | filter not \"\(a)\"") == all.subtracting(sa))
    }

    @Test(arguments: sample)
    func indexAgreesWithAScanOfTheText(_ word: String) throws {
        // The index path (unit rows) against the table path, which re-tokenises each row's text.
        let viaIndex = try ids("sentences | filter \"\(word)\"")
        let viaScan = try ids("sentences | show id, text | filter \"\(word)\"")
        #expect(viaIndex == viaScan)
        #expect(!viaIndex.isEmpty)
    }
}
