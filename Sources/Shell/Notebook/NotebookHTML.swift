import CorpusModel
import QueryLanguage
import Rendering

/// Renders a notebook page as one self-contained HTML file: no scripts, nothing fetched. Prose
/// (headings and `code` of its Markdown), statements, tables drawn from result data, and a chart
/// above each table that has one (`SVGChart`).
package enum NotebookHTML {
    package static func render(_ page: NotebookPage, title: String) -> String {
        let e = SVGChart.escape
        var body = ""
        if let h = page.header {
            body += "<p class=\"recorded\">Recorded with crq \(e(h.version)) on the corpus \(e(h.corpusName)) (\(h.documents) documents, fingerprint <code>\(e(h.fingerprint))</code>).</p>\n"
        }
        for block in page.blocks {
            switch block {
            case let .prose(lines): body += prose(lines)
            case let .statement(text): body += "<pre class=\"statement\"><code>\(e(text))</code></pre>\n"
            case let .table(table, total):
                if let chart = SVGChart.render(table) { body += "<figure>\(chart)</figure>\n" }
                body += self.table(table, totalRows: total)
            case let .text(text): body += "<pre class=\"output\">\(e(text))</pre>\n"
            case let .error(text): body += "<pre class=\"error\">\(e(text))</pre>\n"
            }
        }
        return """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>\(e(title))</title>
            <style>
            body { font: 15px/1.5 sans-serif; color: #222; background: #fff; margin: 2em auto; max-width: 60em; padding: 0 1em; }
            pre { background: #f4f4f4; padding: .6em .8em; overflow-x: auto; }
            pre.statement { border-left: 3px solid \(SVGChart.ink); }
            pre.error { background: #fdecea; }
            table { border-collapse: collapse; margin: .5em 0 1.5em; font-size: 13px; }
            th, td { border-bottom: 1px solid #ddd; padding: .2em .6em; text-align: left; vertical-align: top; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
            p.recorded, p.more { color: #666; font-size: 13px; }
            figure { margin: .5em 0; overflow-x: auto; }
            </style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    /// A result table with full values; numbers right-aligned, empty keys as `(none)`, bars as
    /// blocks unless a chart above draws them.
    static func table(_ table: Table, totalRows: Int) -> String {
        let e = SVGChart.escape
        let rows = Array(table.rows.prefix(RenderOptions.fixed.maxRows))
        let numeric = TableRenderer.numericColumns(table, rows)
        let maxBar = table.columns.firstIndex { $0.role == .bar }.map { c in rows.compactMap { $0[c].doubleValue }.max() ?? 1 } ?? 1
        let shown = table.columns.indices.filter { table.chart == nil || table.columns[$0].role != .bar }
        func cls(_ c: Int) -> String { numeric[c] || table.columns[c].role == .leftContext ? " class=\"num\"" : "" }  // right-aligned
        var out = "<table>\n<thead><tr>" + shown.map { "<th\(cls($0))>\(e(table.columns[$0].name))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in rows {
            out += "<tr>" + shown.map { c in
                let text = table.columns[c].role == .bar ? Bars.draw((row[c].doubleValue ?? 0) / max(maxBar, 1e-9), width: TextTableView.barWidth)
                                                         : table.label(row[c], column: c)
                return "<td\(cls(c))>\(e(text))</td>"
            }.joined() + "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
        if let more = TableRenderer.moreRows(totalRows, shown: rows.count) { out += "<p class=\"more\">\(e(more))</p>\n" }
        else if totalRows != 1 { out += "<p class=\"more\">(\(totalRows) rows)</p>\n" }
        return out
    }

    /// Prose lines: `#` headings, other lines as one paragraph, with `code` spans.
    static func prose(_ lines: [String]) -> String {
        var out = "", paragraph: [String] = []
        func endParagraph() {
            if !paragraph.isEmpty { out += "<p>" + paragraph.map(inline).joined(separator: "\n") + "</p>\n" }
            paragraph = []
        }
        for line in lines {
            let level = line.prefix { $0 == "#" }.count
            if (1...6).contains(level), line.dropFirst(level).first == " " {
                endParagraph()
                out += "<h\(level)>\(inline(String(line.dropFirst(level + 1))))</h\(level)>\n"
            } else {
                paragraph.append(line)
            }
        }
        endParagraph()
        return out
    }

    /// Escapes text and turns `…` spans into code.
    static func inline(_ text: String) -> String {
        let parts = text.split(separator: "`", omittingEmptySubsequences: false)
        guard parts.count >= 3 else { return SVGChart.escape(text) }
        return parts.enumerated().map { i, part in
            let s = SVGChart.escape(String(part))
            return i % 2 == 1 && i < parts.count - 1 ? "<code>\(s)</code>" : (i % 2 == 1 ? "`" + s : s)
        }.joined()
    }
}
