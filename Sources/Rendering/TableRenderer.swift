import CorpusModel
import Foundation
import QueryLanguage

/// Renders a table as text in one of the output modes: the one place where result data becomes
/// text (the shell, scripts, `save`, `.output` and notebook Markdown all come here). Every mode but
/// the table view carries full values; the people modes (table, markdown, line) show an empty key as
/// `(none)` and stop after `maxRows` rows.
package enum TableRenderer {
    /// Renders `table`; `totalRows` is the full row count when the table holds only the first rows.
    /// In the data modes the table may be one `piece` of a longer result: only the first has the
    /// header (or the opening bracket), only the last the closing bracket.
    package static func render(_ table: Table, mode: OutputMode, options: RenderOptions, totalRows: Int? = nil,
                              piece: (first: Bool, last: Bool) = (true, true)) -> String {
        switch mode {
        case .table: return TextTableView(table: table, options: options, totalRows: totalRows ?? table.rows.count).render()
        case .markdown: return markdown(table, options: options, totalRows: totalRows ?? table.rows.count)
        case .csv: return delimited(table, separator: ",", header: piece.first, field: DelimitedText.csvField)
        case .tsv: return delimited(table, separator: "\t", header: piece.first, field: DelimitedText.tsvField)
        case .json: return json(table, lines: false, piece: piece)
        case .jsonl: return json(table, lines: true, piece: piece)
        case .line: return line(table, options: options, totalRows: totalRows ?? table.rows.count)
        }
    }

    /// Which columns hold numbers and nothing else (empty values aside) in `rows`: right-aligned where
    /// aligned. A column of empty values only (the month of undated documents) is not one.
    package static func numericColumns(_ table: Table, _ rows: [[Value]]) -> [Bool] {
        table.columns.indices.map { c in
            [.plain, .key].contains(table.columns[c].role) && rows.contains { $0[c].isNumeric }
                && rows.allSatisfy { $0[c].isNumeric || $0[c] == .null }
        }
    }

    /// A footer line for rows not shown, or nil.
    package static func moreRows(_ totalRows: Int, shown: Int) -> String? {
        totalRows > shown ? "… \((totalRows - shown).grouped) more rows" : nil
    }

    /// sqlite3's line mode: each field as `name = value` with the names right-aligned, a blank line between rows.
    static func line(_ table: Table, options: RenderOptions, totalRows: Int) -> String {
        let cols = dataColumns(table)
        let width = cols.map { table.columns[$0].name.count }.max() ?? 0
        let rows = table.rows.prefix(options.maxRows)
        var out = rows.map { row in
            cols.map { c in
                let name = table.columns[c].name
                return String(repeating: " ", count: width - name.count) + name + " = " + table.label(row[c], column: c) + "\n"
            }.joined()
        }.joined(separator: "\n")
        if let more = moreRows(totalRows, shown: rows.count) { out += "\n" + more + "\n" }
        return out
    }

    /// Columns that carry data (bars are drawn only in the people modes).
    static func dataColumns(_ table: Table) -> [Int] { table.columns.indices.filter { table.columns[$0].role != .bar } }

    static func delimited(_ table: Table, separator: String, header: Bool, field: (String) -> String) -> String {
        let cols = dataColumns(table)
        var out = header ? cols.map { field(table.columns[$0].name) }.joined(separator: separator) + "\n" : ""
        for row in table.rows {
            for (k, c) in cols.enumerated() {
                if k > 0 { out += separator }
                out += field(row[c].description)
            }
            out += "\n"
        }
        return out
    }

    static func json(_ table: Table, lines: Bool, piece: (first: Bool, last: Bool)) -> String {
        let cols = dataColumns(table)
        let objects = table.rows.map { row in
            "{" + cols.map { JSON.string(table.columns[$0].name) + ":" + JSON.value(row[$0]) }.joined(separator: lines ? "," : ", ") + "}"
        }
        if lines { return objects.map { $0 + "\n" }.joined() }
        if piece.first && piece.last && objects.isEmpty { return "[]\n" }
        return (piece.first ? "[\n" : ",\n") + objects.map { "  " + $0 }.joined(separator: ",\n") + (piece.last ? "\n]\n" : "")
    }

    static func markdown(_ table: Table, options: RenderOptions, totalRows: Int) -> String {
        func cell(_ s: String) -> String {
            s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
        }
        let rows = Array(table.rows.prefix(options.maxRows))
        let barColumn = table.columns.firstIndex { $0.role == .bar }
        let maxBar = barColumn.map { c in rows.compactMap { $0[c].doubleValue }.max() ?? 1 } ?? 1
        let numeric = numericColumns(table, rows)
        var out = "| " + table.columns.map { cell($0.name) }.joined(separator: " | ") + " |\n"
        out += "|" + numeric.map { $0 ? " ---: |" : " --- |" }.joined() + "\n"
        for row in rows {
            out += "| " + table.columns.indices.map { c in
                table.columns[c].role == .bar ? Bars.draw((row[c].doubleValue ?? 0) / max(maxBar, 1e-9), width: TextTableView.barWidth)
                                              : cell(table.label(row[c], column: c))
            }.joined(separator: " | ") + " |\n"
        }
        if let more = moreRows(totalRows, shown: rows.count) { out += "\n" + more + "\n" }
        return out
    }
}

/// JSON text for values (numbers as numbers, dates and text as strings, nothing as null).
enum JSON {
    package static func string(_ s: String) -> String {
        var out = ""
        JSONText.appendString(s, to: &out)
        return out
    }

    static func value(_ v: Value) -> String {
        switch v {
        case .null: return "null"
        case let .int(i): return String(i)
        case let .number(d): return d.isFinite ? Value.format(d) : "null"
        case let .string(s): return string(s)
        case let .date(d): return string(d.description)
        }
    }
}

/// Bars drawn with block characters, in eighths.
package enum Bars {
    package static func draw(_ fraction: Double, width: Int) -> String {
        let eighths = Int((max(0, min(1, fraction)) * Double(width * 8)).rounded())
        let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        let s = String(repeating: "█", count: eighths / 8) + partial[eighths % 8]
        return s.isEmpty && fraction > 0 ? "▏" : s
    }
}
