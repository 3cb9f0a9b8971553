import CorpusModel
import QueryLanguage

/// Charts of result tables as SVG elements with no script, for the HTML page of a notebook: bars
/// for `group by`, a line over time for `group by day|week|month(date)`, a heatmap for a matrix
/// such as `compare … on speakers`. Which one a table gets is its `chart`, set by the stage that made it.
package enum SVGChart {
    package static let ink = "#1f5f9f", font = "font: 12px sans-serif"
    /// At most this many bars or matrix rows are drawn (the table below has them all).
    static let maxRows = 40
    /// The width charts try to keep within (the page's text column).
    static let pageWidth = 860

    /// The chart of `table`, or nil if it has none or nothing to draw.
    package static func render(_ table: Table) -> String? {
        switch table.chart {
        case let .bars(value)?: return bars(table, value: value)
        case let .timeline(value)?: return timeline(table, value: value)
        case let .heatmap(columns)?: return heatmap(table, columns: columns)
        case nil: return nil
        }
    }

    /// A row's label: its key columns' texts, joined.
    package static func label(_ table: Table, _ row: [Value]) -> String {
        table.columns.indices.filter { table.columns[$0].role == .key }.map { table.label(row[$0], column: $0) }.joined(separator: " · ")
    }

    /// Horizontal bars, one per row, longest for the largest value, each with its label and value.
    static func bars(_ table: Table, value v: Int) -> String? {
        let rows = table.rows.prefix(maxRows).map { (label: label(table, $0), value: $0[v].doubleValue ?? 0) }
        guard !rows.isEmpty else { return nil }
        let labelWidth = min(320, 7 * (rows.map(\.label.count).max() ?? 0) + 10), plot = 400.0, rowHeight = 22
        let top = rows.map(\.value).max() ?? 1
        let width = labelWidth + Int(plot) + 60, height = rows.count * rowHeight + 8
        var out = svgOpen("bars", width, height, "bars of \(table.columns[v].name) per \(keyNames(table))")
        for (i, row) in rows.enumerated() {
            let y = 4 + i * rowHeight, w = top > 0 ? row.value / top * plot : 0
            out += "<g class=\"bar\"><title>\(escape(row.label)): \(Value.format(row.value))</title>"
            out += "<text class=\"label\" x=\"\(labelWidth - 6)\" y=\"\(y + 15)\" text-anchor=\"end\">\(escape(clip(row.label, labelWidth / 7)))</text>"
            out += "<rect class=\"bar\" x=\"\(labelWidth)\" y=\"\(y + 2)\" width=\"\(fmt(w))\" height=\"\(rowHeight - 6)\" fill=\"\(ink)\" data-value=\"\(Value.format(row.value))\"/>"
            out += "<text class=\"value\" x=\"\(fmt(Double(labelWidth) + w + 4))\" y=\"\(y + 15)\">\(Value.format(row.value))</text></g>"
        }
        return out + "</svg>"
    }

    /// A line through one point per period, in time order, a period the table lacks (no document that
    /// day, week or month) at 0 unless rows were left out after the grouping; periods with no date are left out.
    static func timeline(_ table: Table, value v: Int) -> String? {
        let key = table.columns.firstIndex { $0.role == .key } ?? 0
        let rows = table.rows.filter { $0[key] != .null && !$0[key].description.isEmpty }.sorted { Value.ordered($0[key], $1[key]) }
        let counted = Dictionary(rows.map { ($0[key].description, $0[v].doubleValue ?? 0) }, uniquingKeysWith: +)
        let filled = table.isWhole ? periods(from: rows.first?[key], to: rows.last?[key]) : nil
        let points = (filled ?? rows.map { $0[key].description }).map { (label: $0, value: counted[$0] ?? 0) }
        guard !points.isEmpty else { return nil }
        let left = 50.0, plotWidth = 560.0, plotHeight = 200.0, top = 20.0
        let high = max(points.map(\.value).max() ?? 1, 1)
        let step = points.count > 1 ? plotWidth / Double(points.count - 1) : 0
        func x(_ i: Int) -> Double { left + (points.count > 1 ? Double(i) * step : plotWidth / 2) }
        func y(_ value: Double) -> Double { top + plotHeight - value / high * plotHeight }
        var out = svgOpen("timeline", Int(left + plotWidth + 40), Int(top + plotHeight + 50), "\(table.columns[v].name) per \(table.columns[key].name)")
        out += "<line class=\"axis\" x1=\"\(fmt(left))\" y1=\"\(fmt(top + plotHeight))\" x2=\"\(fmt(left + plotWidth))\" y2=\"\(fmt(top + plotHeight))\" stroke=\"#888\"/>"
        out += "<text class=\"tick\" x=\"\(fmt(left - 6))\" y=\"\(fmt(top + 4))\" text-anchor=\"end\">\(Value.format(high))</text>"
        out += "<text class=\"tick\" x=\"\(fmt(left - 6))\" y=\"\(fmt(top + plotHeight + 4))\" text-anchor=\"end\">0</text>"
        out += "<polyline class=\"line\" fill=\"none\" stroke=\"\(ink)\" stroke-width=\"2.5\" points=\"" + points.indices.map { "\(fmt(x($0))),\(fmt(y(points[$0].value)))" }.joined(separator: " ") + "\"/>"
        let every = max(1, Int((Double(points.count) / (plotWidth / 80)).rounded(.up)))  // labels 80 pixels apart at least
        for (i, p) in points.enumerated() {
            out += "<circle class=\"point\" cx=\"\(fmt(x(i)))\" cy=\"\(fmt(y(p.value)))\" r=\"\(points.count > 60 ? 1.5 : 4)\" fill=\"\(ink)\" data-value=\"\(Value.format(p.value))\"><title>\(escape(p.label)): \(Value.format(p.value))</title></circle>"
            if i % every == 0 || i == points.count - 1 {
                out += "<text class=\"tick\" x=\"\(fmt(x(i)))\" y=\"\(fmt(top + plotHeight + 18))\" text-anchor=\"middle\">\(escape(p.label))</text>"
            }
        }
        return out + "</svg>"
    }

    /// Every day, ISO week or month from `first` to `last` (keys of `group by day|week|month(date)`), as
    /// their keys print; nil when they are not such keys or span more than `maxPeriods`.
    static func periods(from first: Value?, to last: Value?) -> [String]? {
        /// A period as (its kind, a number counting periods of that kind).
        func period(_ v: Value?) -> (kind: Int, n: Int)? {
            switch v {
            case let .date(d)?: if let jd = d.julianDay { return (0, jd) }; return d.month.map { (2, d.year * 12 + $0 - 1) }
            case let .string(s)?:
                let parts = s.split(separator: "-W")
                guard parts.count == 2, let y = Int(parts[0]), let w = Int(parts[1]), let jan4 = PartialDate(year: y, month: 1, day: 4)?.julianDay else { return nil }
                return (1, jan4 - jan4 % 7 + 7 * (w - 1))   // the Monday of week w: week 1 holds 4 January
            default: return nil
            }
        }
        guard let a = period(first), let b = period(last), a.kind == b.kind, b.n >= a.n else { return nil }
        let step = a.kind == 1 ? 7 : 1
        guard (b.n - a.n) / step < maxPeriods else { return nil }
        return stride(from: a.n, through: b.n, by: step).compactMap { n in
            switch a.kind {
            case 0: return PartialDate(julianDay: n).description
            case 1: return PartialDate(julianDay: n).isoWeek
            default: return PartialDate(year: n / 12, month: n % 12 + 1)?.description
            }
        }
    }

    /// At most this many periods are drawn with the empty ones filled in (ten years of days).
    static let maxPeriods = 3_660

    /// A matrix of cells shaded by value (darkest for the largest), with row and column labels.
    static func heatmap(_ table: Table, columns: Range<Int>) -> String? {
        let rows = Array(table.rows.prefix(maxRows))
        guard !rows.isEmpty, !columns.isEmpty else { return nil }
        let names = columns.map { table.columns[$0].name }
        let labelWidth = min(320, 7 * (rows.map { label(table, $0).count }.max() ?? 0) + 10)
        // Cells as wide as the longest name, narrower (names wrapping) when the matrix would pass `pageWidth`.
        let cell = max(48, min(7 * (names.map(\.count).max() ?? 0) + 8, (pageWidth - labelWidth) / names.count)), rowHeight = 22
        let heads = names.map { TextTableView.wrap($0, to: (cell - 8) / 7, maxLines: 3).map(\.text) }
        let head = 10 + 14 * (heads.map(\.count).max() ?? 1)
        let high = rows.flatMap { r in columns.map { r[$0].doubleValue ?? 0 } }.max() ?? 0
        var out = svgOpen("heatmap", labelWidth + cell * names.count + 10, head + rows.count * rowHeight + 8, "\(keyNames(table)) by \(names.joined(separator: ", "))")
        for (k, lines) in heads.enumerated() {
            out += "<text class=\"column\" text-anchor=\"middle\"><title>\(escape(names[k]))</title>" + lines.enumerated().map { i, line in
                "<tspan x=\"\(labelWidth + k * cell + cell / 2)\" y=\"\(16 + 14 * i)\">\(escape(line))</tspan>"
            }.joined() + "</text>"
        }
        for (i, row) in rows.enumerated() {
            let y = head + i * rowHeight, name = label(table, row)
            out += "<text class=\"label\" x=\"\(labelWidth - 6)\" y=\"\(y + 15)\" text-anchor=\"end\">\(escape(clip(name, labelWidth / 7)))</text>"
            for (k, c) in columns.enumerated() {
                let value = row[c].doubleValue ?? 0, shade = high > 0 ? value / high : 0
                out += "<rect class=\"cell\" x=\"\(labelWidth + k * cell + 1)\" y=\"\(y + 1)\" width=\"\(cell - 2)\" height=\"\(rowHeight - 2)\" fill=\"\(ink)\" fill-opacity=\"\(fmt(0.06 + 0.94 * shade))\" data-value=\"\(Value.format(value))\"><title>\(escape(name)) · \(escape(names[k])): \(Value.format(value))</title></rect>"
                out += "<text class=\"value\" x=\"\(labelWidth + k * cell + cell / 2)\" y=\"\(y + 15)\" text-anchor=\"middle\" fill=\"\(shade > 0.5 ? "#fff" : "#222")\">\(Value.format(value))</text>"
            }
        }
        return out + "</svg>"
    }

    private static func keyNames(_ table: Table) -> String {
        table.columns.filter { $0.role == .key }.map(\.name).joined(separator: ", ")
    }

    private static func svgOpen(_ kind: String, _ width: Int, _ height: Int, _ title: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart \(kind)\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(escape(title))\" style=\"\(font)\">"
    }

    /// Text cut to `n` characters with `…` (the full text is in the element's title).
    private static func clip(_ s: String, _ n: Int) -> String { s.count > n && n > 1 ? String(s.prefix(n - 1)) + "…" : s }

    static func fmt(_ d: Double) -> String { Value.format((d * 10).rounded() / 10) }

    /// Text safe inside HTML and SVG elements and attributes.
    package static func escape(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(ch)
            }
        }
        return out
    }
}
