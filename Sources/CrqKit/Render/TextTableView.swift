/// The aligned table people read: a header, a rule, one line per row; numbers right-aligned; long
/// text cut to the width with the first highlighted word kept in view; bars scaled to the largest.
struct TextTableView {
    let table: Table
    let options: RenderOptions
    let totalRows: Int

    static let maxPlainWidth = 40
    static let barWidth = 20
    static let bold = "\u{1B}[1m", highlight = "\u{1B}[1;33m", reset = "\u{1B}[0m"

    func render() -> String {
        if table.columns.isEmpty { return "" }
        let shown = Array(table.rows.prefix(options.maxRows))
        let maxBar = shown.compactMap { row in table.columns.indices.first { table.columns[$0].role == .bar }.flatMap { row[$0].doubleValue } }.max() ?? 1
        // Cell texts (bars drawn), and their highlights.
        var cells: [[String]] = shown.map { row in
            table.columns.indices.map { c in
                table.columns[c].role == .bar ? Bars.draw((row[c].doubleValue ?? 0) / max(maxBar, 1e-9), width: Self.barWidth)
                                               : Self.oneLine(row[c].description)
            }
        }
        let numeric = table.columns.indices.map { c in
            table.columns[c].role == .plain && !shown.isEmpty && shown.allSatisfy { $0[c].isNumeric || $0[c] == .null }
        }
        var widths = table.columns.indices.map { c in
            max(table.columns[c].name.count, cells.map { $0[c].count }.max() ?? 0)
        }
        for c in widths.indices where table.columns[c].role == .plain { widths[c] = min(widths[c], Self.maxPlainWidth) }
        // When even the narrowest columns cannot fit, the last columns are left out (a line says
        // which), keeping as many as fit at their natural widths; then the rest are fitted.
        var visible = Array(table.columns.indices)
        if options.width > 0, visible.map(floor).reduce(0, +) + 2 * (visible.count - 1) > options.width {
            var used = 0
            visible = []
            for c in table.columns.indices {
                let need = used + (visible.isEmpty ? 0 : 2) + widths[c]
                if need > options.width && visible.count >= 2 { break }
                visible.append(c)
                used = need
            }
        }
        fit(&widths, visible)
        let textColumn = table.highlights.isEmpty ? nil : table.columnIndex("text")
        var marks: [[Range<Int>]?] = shown.map { row in textColumn.map { Highlighter.ranges(in: row[$0].description, table.highlights) } }
        for r in cells.indices {
            for c in table.columns.indices where cells[r][c].count > widths[c] {
                let keepRight = table.columns[c].role == .leftContext
                let (text, shift) = Self.cut(cells[r][c], to: widths[c], around: table.columns[c].role == .text ? marks[r]?.first : nil,
                                             keepRight: keepRight)
                if table.columns[c].role == .text { marks[r] = marks[r].map { Self.shifted($0, by: shift, limit: text.utf8.count) } }
                cells[r][c] = text
            }
        }
        var lines: [String] = []
        let header = visible.map { c in Self.pad(table.columns[c].name, widths[c], right: numeric[c]) }
            .joined(separator: "  ").trimmingTrailingSpaces()
        lines.append(options.color ? Self.bold + header + Self.reset : header)
        lines.append(visible.map { String(repeating: "─", count: widths[$0]) }.joined(separator: "  "))
        for (r, row) in cells.enumerated() {
            let line = visible.map { c -> String in
                var text = Self.pad(row[c], widths[c], right: numeric[c] || table.columns[c].role == .leftContext)
                if options.color, table.columns[c].role == .text, let m = marks[r], !m.isEmpty {
                    text = Self.paint(text, m)
                }
                return text
            }.joined(separator: "  ")
            lines.append(line.trimmingTrailingSpaces())
        }
        if visible.count < table.columns.count {
            let hidden = table.columns[visible.count...].map(\.name)
            lines.append("… \(hidden.count) more column\(hidden.count == 1 ? "" : "s") (\(hidden.prefix(4).joined(separator: ", "))\(hidden.count > 4 ? ", …" : "")): show picks columns; .mode csv shows them all")
        }
        if totalRows > shown.count {
            lines.append("… \(totalRows - shown.count) more rows (\(totalRows) in all; add limit N, or .mode csv / save to get them all)")
        } else if totalRows != 1 {
            lines.append("(\(totalRows) rows)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The narrowest a column may become.
    private func floor(_ c: Int) -> Int { table.columns[c].role == .plain ? max(8, table.columns[c].name.count) : 20 }

    /// Shrinks the widest of the visible columns, text first, until the line fits the width.
    private func fit(_ widths: inout [Int], _ visible: [Int]) {
        guard options.width > 0 else { return }
        let gaps = 2 * (visible.count - 1)
        var excess = visible.map { widths[$0] }.reduce(0, +) + gaps - options.width
        while excess > 0 {
            // The widest column that can still give, preferring text columns.
            let candidates = visible.filter { widths[$0] > floor($0) }
            guard let c = candidates.max(by: { a, b in
                let ta = table.columns[a].role != .plain, tb = table.columns[b].role != .plain
                return ta != tb ? !ta : widths[a] < widths[b]
            }) else { return }
            let others = candidates.filter { $0 != c }.map { widths[$0] }.max() ?? floor(c)
            let step = max(1, min(excess, widths[c] - max(floor(c), table.columns[c].role == .plain ? others : floor(c))))
            widths[c] -= step
            excess -= step
        }
    }

    static func oneLine(_ s: String) -> String {
        s.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\t" })
            ? String(s.map { $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\r\n" ? " " : $0 }) : s
    }

    static func pad(_ s: String, _ width: Int, right: Bool) -> String {
        let n = s.count
        guard n < width else { return s }
        let space = String(repeating: " ", count: width - n)
        return right ? space + s : s + space
    }

    /// Cuts text to `width` characters with `…`, keeping the highlight (a UTF-8 byte range) in view.
    /// Returns the text and how many UTF-8 bytes were removed from the front.
    static func cut(_ s: String, to width: Int, around mark: Range<Int>?, keepRight: Bool) -> (String, Int) {
        let chars = Array(s)
        guard chars.count > width, width >= 2 else { return (s, 0) }
        if keepRight {
            let kept = String(chars.suffix(width - 1))
            return ("…" + kept, s.utf8.count - kept.utf8.count - "…".utf8.count)
        }
        var start = 0
        if let mark {
            let markChar = String(decoding: Array(s.utf8)[..<min(mark.lowerBound, s.utf8.count)], as: UTF8.self).count
            if markChar > width / 2 { start = min(markChar - width / 3, chars.count - (width - 1)) }
        }
        let lead = start > 0 ? "…" : ""
        let room = width - lead.count
        let end = start + room
        let body = end < chars.count ? String(chars[start..<(end - 1)]) + "…" : String(chars[start...])
        let removed = String(chars[..<start]).utf8.count - lead.utf8.count
        return (lead + body, removed)
    }

    static func shifted(_ ranges: [Range<Int>], by shift: Int, limit: Int) -> [Range<Int>] {
        ranges.compactMap { r in
            let lo = r.lowerBound - shift, hi = min(r.upperBound - shift, limit)
            return lo >= 0 && lo < hi ? lo..<hi : nil
        }
    }

    /// Wraps the byte ranges of `s` in highlight colour.
    static func paint(_ s: String, _ ranges: [Range<Int>]) -> String {
        let bytes = Array(s.utf8)
        var out: [UInt8] = []
        var i = 0
        for r in ranges where r.lowerBound >= i && r.upperBound <= bytes.count {
            out += bytes[i..<r.lowerBound]
            out += Array(highlight.utf8) + bytes[r] + Array(reset.utf8)
            i = r.upperBound
        }
        out += bytes[i...]
        return String(decoding: out, as: UTF8.self)
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
