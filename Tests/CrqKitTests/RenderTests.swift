import Testing
@testable import CrqKit

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

    @Test func longTextKeepsTheMatchInView() {
        let sentence = String(repeating: "filler words here ", count: 20) + "the restraint they urged" + String(repeating: " and more", count: 20)
        var table = Table(columns: [Table.Column("id"), Table.Column("text", role: .text)], rows: [[.string("000:1:1"), .string(sentence)]])
        table.highlights = [.words(["restraint"])]
        let text = TableRenderer.render(table, mode: .table, options: RenderOptions(width: 50), totalRows: 1)
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
}

/// `.help` is built from the registries.
@Suite struct HelpTests {
    @Test func overviewListsEveryVerbWithItsWholeUsage() throws {
        let text = try Help.text(for: "")
        for verb in VerbRegistry.all { #expect(text.contains("  " + verb.usage), "\(verb.name)") }
        for unit in UnitRegistry.all { #expect(text.contains("  " + unit.name)) }
        #expect(throws: MetaError.self) { try Help.text(for: "grup") }
    }

    @Test func unitHelpListsItsFieldsWithTypes() throws {
        let text = try Help.text(for: "quotes")
        #expect(text.contains("speaker"))
        #expect(text.contains("start       number"))
    }
}
