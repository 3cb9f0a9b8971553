@testable import Annotation
@testable import CorpusModel
@testable import QueryLanguage
@testable import Rendering
@testable import Shell
import Testing
@testable import TextAnalysis

/// The table view: widths, cutting, and columns that cannot fit.
@Suite struct RenderTests {
    @Test func columnsThatCannotFitAreNamedNotWrapped() {
        let names = ["speaker"] + (1...30).map { "Outlet number \($0)" }
        let table = Table(names: names, rows: [[.string("António Guterres")] + (1...30).map { Value.int($0) }])
        let text = TableRenderer.render(table, mode: .table, options: RenderOptions(width: 60), totalRows: 1)
        let lines = text.split(separator: "\n")
        #expect(lines.allSatisfy { !$0.hasPrefix("…") ? $0.count <= 60 : true })
        #expect(lines[2].hasPrefix("António Guterres"))   // the first column keeps its width
        #expect(text.contains("… 28 more columns (Outlet number 3, Outlet number 4, Outlet number 5, Outlet number 6, …)"))
    }

    /// A comparison at 100 columns: its word diff, the column the rows are about, stays in view at its narrowest width,
    /// and the plain columns after the ones that fit are left out instead (the diff was left out, being last).
    @Test func theTextColumnStaysWhenColumnsAreLeftOut() {
        let names = ["group", "match", "a", "speaker_a", "b", "speaker_b", "similarity", "attribution"]
        let values: [Value] = [.string("Harbor Daily"), .string("both"), .string("000:5:1"), .string("Jo Hale of the Port Board"),
                               .string("004:19:2"), .string("Jo Hale of the Port Board"), .number(0.67), .string("same")]
        let diff = "[-the pier does not-] {+We+} want to reopen the pier before the summer"
        let table = Table(columns: names.map { Table.Column($0) } + [Table.Column("text", role: .text)], rows: [values + [.string(diff)]])
        let text = TableRenderer.render(table, mode: .table, options: RenderOptions(width: 100, wrap: false), totalRows: 1)
        let lines = text.split(separator: "\n")
        #expect(lines.allSatisfy { $0.hasPrefix("…") || $0.count <= 100 }, "\(text)")
        #expect(lines[0].hasSuffix("text") && lines[2].contains("[-the pier"), "\(text)")
        #expect(text.contains("more column") && !text.contains("more column (text") && text.contains("attribution)"), "\(text)")
    }

    @Test func longTextKeepsTheMatchInView() {
        let sentence = String(repeating: "filler words here ", count: 20) + "the restraint they urged" + String(repeating: " and more", count: 20)
        var table = Table(columns: [Table.Column("id"), Table.Column("text", role: .text)], rows: [[.string("000:1:1"), .string(sentence)]])
        table.highlights = [.words(["restraint"])]
        let text = TableRenderer.render(table, mode: .table, options: RenderOptions(width: 50, wrap: false), totalRows: 1)
        let row = text.split(separator: "\n")[2]
        #expect(row.count <= 50)
        #expect(row.contains("restraint"))
        #expect(row.contains("…"))
    }

    @Test func dataModesKeepEveryColumnAndRow() {
        let table = Table(columns: [Table.Column("term"), Table.Column("count"), Table.Column("bar", role: .bar)],
                          rows: [[.string("a, \"quoted\""), .int(2), .number(0.5)], [.string("b"), .null, .number(0.1)]])
        #expect(TableRenderer.render(table, mode: .csv, options: .fixed) == "term,count\n\"a, \"\"quoted\"\"\",2\nb,\n")
        #expect(TableRenderer.render(table, mode: .jsonl, options: .fixed) == "{\"term\":\"a, \\\"quoted\\\"\",\"count\":2}\n{\"term\":\"b\",\"count\":null}\n")
    }

    /// People read 167,813; other tools read 167813.
    @Test func wholeNumbersAreGroupedOnlyWherePeopleReadThem() {
        let table = Table(names: ["speaker", "quotes", "share"], rows: [[.string("Ministry"), .int(167813), .number(1234.5)], [.string("Envoy"), .int(-4200), .number(2)]])
        for mode in [OutputMode.table, .markdown, .line] {
            let text = TableRenderer.render(table, mode: mode, options: .fixed)
            #expect(text.contains("167,813") && text.contains("-4,200") && text.contains("1234.5"), "\(mode): \(text)")
        }
        for mode in [OutputMode.csv, .tsv, .json, .jsonl] {
            let text = TableRenderer.render(table, mode: mode, options: .fixed)
            #expect(text.contains("167813") && text.contains("-4200") && !text.contains("167,813"), "\(mode): \(text)")
        }
        let columns = TableRenderer.render(table, mode: .table, options: .fixed).split(separator: "\n")
        #expect(columns[2].hasSuffix("167,813  1234.5") && columns[3].hasSuffix(" -4,200       2"), "right-aligned whole: \(columns)")
    }
}

/// `.help` is built from the registries.
@Suite struct HelpTests {
    @Test func overviewListsEveryVerbWithItsWholeUsage() throws {
        let text = try Help.text(for: "")
        for verb in VerbRegistry.all { #expect(text.contains("  " + verb.usage), "\(verb.name)") }
        for unit in UnitRegistry.all { #expect(text.contains("  " + unit.name)) }
        #expect(throws: MetaError.self) { try Help.text(for: "grup") }
    }

    /// The operators `.help filter` lists are the registry the parser's message and completion read.
    @Test func filterHelpListsTheComparisonRegistry() throws {
        let text = try Help.text(for: "filter")
        #expect(text.contains("After a field name: " + CompareOp.afterField.joined(separator: " ") + "\n"))
        #expect(CompareOp.afterField.contains("~") && CompareOp.afterField.contains("in"))
    }

    @Test func helpFitsANarrowTerminalUnderItsSecondColumn() throws {
        let text = try Help.text(for: "")
        let fitted = HangingIndent.fit(text, width: 80)
        let lines = fitted.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= 80 }, "a line is wider than 80")
        #expect(text.split(separator: "\n").contains { $0.count > 80 }, "the help has long lines to fit")
        // the words are kept, in order
        #expect(fitted.split(whereSeparator: \.isWhitespace) == text.split(whereSeparator: \.isWhitespace))
        // a summary's further lines start under the summary column
        let load = try #require(lines.firstIndex { $0.hasPrefix("  .load PATH") })
        let column = try #require(lines[load].range(of: "open another")).lowerBound
        let offset = lines[load].distance(from: lines[load].startIndex, to: column)
        #expect(lines[load + 1].prefix(offset).allSatisfy { $0 == " " } && lines[load + 1].dropFirst(offset).first != " ")
        #expect(HangingIndent.fit(text, width: 0) == text)
    }

    /// Help prose is written as paragraphs and fitted to the terminal, so an 80-column terminal
    /// shows it in full lines, not broken where the source happened to wrap ("(everything not in"
    /// alone on a line); grammar lines are code and fit as written.
    @Test(arguments: Help.topics + [""])
    func helpProseReadsInFullLinesAtEightyColumns(topic: String) throws {
        let lines = HangingIndent.fit(try Help.text(for: topic), width: 80).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= 80 }, "a line is wider than 80")
        for (a, b) in zip(lines, lines.dropFirst()) {
            let indent = a.prefix { $0 == " " }.count
            guard indent == 0 || indent >= 10, b.prefix(while: { $0 == " " }).count == indent, let word = b.split(separator: " ").first,
                  word.first?.isLowercase == true, !a.isEmpty, !a.hasSuffix(":"), !a.contains(":=") else { continue }
            #expect(a.count + 1 + word.count > 80, "'\(word)' would fit on the line above: \(a)")
        }
        if topic == "language" { #expect(try Help.text(for: topic).split(separator: "\n").filter { $0.contains(":=") || $0.hasPrefix("   ") }.allSatisfy { $0.count <= 80 }) }
    }

    @Test func compareHelpWrapsEachAspectUnderItsColumn() throws {
        let text = HangingIndent.fit(try Help.text(for: "compare"), width: 80)
        #expect(text.contains("A SET is doc \"ID\", source \"NAME\" (case-insensitive, or a unique prefix), rest\n(everything not in the other set), a name bound with let"))
        #expect(text.contains("  terms     keyness of words and two-word phrases: count_a, count_b, total_a,\n            total_b, Dunning's g2, p, log_ratio"))
    }

    @Test func helpShowsLineModeWrapNoneAndTheHTMLRender() throws {
        let modes = try Help.text(for: "modes")
        #expect(modes.contains("  line      one 'field = value' line per field"))
        #expect(modes.contains("(none)"))
        #expect(try Help.text(for: "wrap").hasPrefix(".wrap on|off\n"))
        #expect(try Help.text(for: "").contains(".wrap on|off"))
        #expect(try Help.text(for: "notebooks").contains("crq render --html FILE.crq -o OUT.html"))
    }

    @Test func wrapCommandSwitchesWrappingAndSaysItsState() {
        var output = "", errors = ""
        let session = Session(corpus: Fixtures.seeds, options: .fixed, write: { output += $0 }, report: { errors += $0 })
        let statement = #"quotes | filter kind = "direct" and speaker = "Guterres""#
        session.execute(statement)
        let wrapped = output.split(separator: "\n").count
        output = ""
        #expect(session.runMeta(".wrap off"))
        session.execute(statement)
        #expect(output.split(separator: "\n").count == 6 && wrapped > 6)
        output = ""
        session.runMeta(".wrap")
        #expect(output == "off\n")
        #expect(!session.runMeta(".wrap sometimes"))
        #expect(errors.contains("expected on or off") && errors.contains("hint: .wrap on"))
    }

    @Test func corpusHelpListsFormatsAndEveryFieldName() throws {
        let text = try Help.text(for: "corpus")
        for format in [".csv", ".tsv", ".json", ".jsonl", ".gz", "metadata.tsv"] { #expect(text.contains(format), "\(format)") }
        #expect(text.contains("  source  source, source.name, publication, source_domain, hostname, media_name, outlet, publisher"))
        #expect(text.contains("--field text=body"))
        #expect(text.contains("--quiet"))
        // A file's name or folder fills what the sidecar leaves out, with a sidecar too.
        #expect(text.contains("gives their fields; where it gives no date or source, a date in the file name"))
        #expect(try Help.text(for: "formats") == text)
        #expect(try Help.text(for: "").contains(".help corpus"))
    }

    @Test func unitHelpListsItsFieldsWithTypes() throws {
        let text = try Help.text(for: "quotes")
        #expect(text.contains("speaker"))
        // The name column is one wider than the longest name (speaker_kind).
        #expect(text.contains("  speaker_kind  text    the speaker's kind"))
        #expect(text.contains("  start         number  offset"))
    }
}

/// Reading results: wrapping, line mode, full values in data modes, keys narrowed last, `(none)`.
@Suite struct ReadingResultsTests {
    static let long = "He urged both countries to exercise maximum restraint to avoid a further escalation of tensions in the region, and said the United Nations stood ready to help with dialogue between them."

    func quoteTable(rows: Int) -> Table {
        Table(columns: [Table.Column("id"), Table.Column("speaker", role: .key), Table.Column("text", role: .text)],
              rows: (0..<rows).map { [.string("002:7:\($0)"), .string($0 == 0 ? "" : "António Guterres"), .string(Self.long)] })
    }

    @Test func aTextColumnWrapsInATableOfFewRows() {
        let text = TableRenderer.render(quoteTable(rows: 2), mode: .table, options: RenderOptions(width: 60), totalRows: 2)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.allSatisfy { $0.count <= 60 })
        #expect(!text.contains("…"))
        // Each row's text is whole: its lines, joined, give the value back.
        let textStart = lines[0].range(of: "text")!.lowerBound.utf16Offset(in: lines[0])
        let body = lines.dropFirst(2).dropLast()
        let pieces = body.map { String($0.dropFirst(textStart)) }
        #expect(pieces.joined(separator: " ").components(separatedBy: Self.long).count == 3)
        #expect(body.count > 4)
        #expect(body.filter { $0.hasPrefix("002:7:") }.count == 2)   // continuation lines leave the other columns blank
    }

    @Test func wrapOffAndManyRowsCutInstead() {
        let off = TableRenderer.render(quoteTable(rows: 2), mode: .table, options: RenderOptions(width: 60, wrap: false), totalRows: 2)
        #expect(off.split(separator: "\n").count == 5)
        #expect(off.contains("…"))
        let many = TableRenderer.render(quoteTable(rows: TextTableView.wrapRows + 1), mode: .table, options: RenderOptions(width: 60), totalRows: 26)
        #expect(many.split(separator: "\n").count == TextTableView.wrapRows + 1 + 3)
    }

    @Test func aHighlightOnAWrappedLineIsPainted() {
        var table = quoteTable(rows: 1)
        table.highlights = [.words(["dialogue"])]
        let text = TableRenderer.render(table, mode: .table, options: RenderOptions(width: 60, color: true), totalRows: 1)
        #expect(text.contains(Style.highlight + "dialogue" + Style.reset))
    }

    @Test func rowCountsAreGroupedInThousands() {
        let two = quoteTable(rows: 2)
        #expect(TableRenderer.render(two, mode: .table, options: RenderOptions(width: 60), totalRows: 955_436)
            .hasSuffix("\n… 955,434 more rows (955,436 in all; add limit N, or .mode csv / save to get them all)\n"))
        #expect(TableRenderer.render(two, mode: .markdown, options: RenderOptions(width: 60), totalRows: 1_002).hasSuffix("… 1,000 more rows\n"))
        var many = quoteTable(rows: 1_200)
        many.rows = many.rows.map { [$0[0], $0[1], .string("short")] }
        #expect(TableRenderer.render(many, mode: .table, options: RenderOptions(width: 60, maxRows: .max)).hasSuffix("\n(1,200 rows)\n"))
    }

    @Test func lineModePrintsOneFieldPerLineAndNamesAnEmptyKey() {
        let table = Table(columns: [Table.Column("source", role: .key), Table.Column("count"), Table.Column("bar", role: .bar)],
                          rows: [[.string(""), .int(8), .number(1)], [.string("Brussels Morning"), .int(3), .number(0.4)]])
        #expect(TableRenderer.render(table, mode: .line, options: .fixed) == "source = (none)\n count = 8\n\nsource = Brussels Morning\n count = 3\n")
        var few = RenderOptions.fixed
        few.maxRows = 1
        #expect(TableRenderer.render(table, mode: .line, options: few).hasSuffix(" count = 8\n\n… 1 more rows\n"))
    }

    @Test(arguments: [OutputMode.csv, .tsv, .json, .jsonl, .markdown, .line])
    func everyModeButTheTableCarriesFullValues(mode: OutputMode) {
        let text = TableRenderer.render(quoteTable(rows: 3), mode: mode, options: .fixed)
        #expect(text.components(separatedBy: Self.long).count == 4)
        #expect(!text.contains("…"))
    }

    @Test func theKeyIsNarrowedLastAndNumberHeadersWrap() {
        let outlets = ["(none)", "Brussels Morning", "ICARO Media Group", "Infostani International"]
        let columns = [Table.Column("speaker", role: .key)] + (outlets + ["total", "only"]).map { Table.Column($0) }
        let table = Table(columns: columns, rows: [
            [.string("Pakistan Ministry of Foreign Affairs"), .int(5), .int(7), .int(0), .int(0), .int(12), .string("")],
            [.string("Institute for the Study of War"), .int(0), .int(0), .int(1), .int(0), .int(1), .string("ICARO Media Group")],
        ])
        let text = TableRenderer.render(table, mode: .table, options: RenderOptions(width: 96), totalRows: 2)
        let lines = text.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 96 })
        #expect(text.contains("Pakistan Ministry of Foreign Affairs "))
        #expect(text.contains("Institute for the Study of War "))
        #expect(!text.contains("more column"))
        #expect(lines[1].contains("Morning") && lines[0].contains("Brussels") && !lines[0].contains("Brussels Morning"))
    }

    @Test func anEmptyKeyIsNoneWhereLabelsAreShownAndEmptyInData() throws {
        let result = try Fixtures.run(#"sentences | filter "restraint" | group by source"#)
        let table = Materializer.table(result, EvalContext(corpus: Fixtures.seeds))
        for mode in [OutputMode.table, .markdown, .line] {
            #expect(TableRenderer.render(table, mode: mode, options: .fixed).contains("(none)"), "\(mode)")
        }
        #expect(NotebookHTML.table(table, totalRows: 4).contains("<td>(none)</td>"))
        #expect(TableRenderer.render(table, mode: .csv, options: .fixed).contains("\n,8,0.4444\n"))
        #expect(TableRenderer.render(table, mode: .jsonl, options: .fixed).hasPrefix("{\"source\":\"\",\"count\":8"))
    }

    /// A key of empty values only (the month of undated documents) is text: left-aligned under its header,
    /// not pushed right as a number column.
    @Test func aColumnOfOnlyEmptyValuesIsNoNumberColumn() throws {
        let table = try Fixtures.shown("docs | group by month(date) | top 1")
        #expect(table.rows.map { $0[0] } == [.null])
        #expect(TableRenderer.numericColumns(table, table.rows) == [false, true, true, false])
        let text = TableRenderer.render(table, mode: .table, options: .fixed)
        #expect(text.hasPrefix("month "), "\(text)")
        #expect(text.contains("\n(none) "), "\(text)")
        #expect(NotebookHTML.table(table, totalRows: 1).contains("<th>month</th>"))
    }

    /// `show` picking columns of a grouped table keeps what they are: the key still shows `(none)`,
    /// the bar is still drawn (not printed as a number).
    @Test func showKeepsAGroupKeyAndItsBar() throws {
        let table = try Fixtures.shown(#"sentences | filter "restraint" | group by source | show source, count, bar"#)
        let text = TableRenderer.render(table, mode: .table, options: .fixed)
        let first = try #require(text.split(separator: "\n").dropFirst(2).first)
        #expect(first.hasPrefix("(none)") && first.hasSuffix("████████████████████"), "\(text)")
        #expect(!text.contains("0.4444"))
        #expect(TableRenderer.render(table, mode: .csv, options: .fixed) == "source,count\n,8\nInfostani International,4\nBrussels Morning,3\nICARO Media Group,3\n")
    }
}
