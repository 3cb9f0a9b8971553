import CorpusModel
import QueryLanguage

/// The aligned table people read: a header, a rule, one line per row; numbers right-aligned; bars
/// scaled to the largest. Columns are narrowed to the width in turn — text first, then other plain
/// columns, then numbers (their headers wrap), keys last. A long value then wraps onto further lines
/// when the table has few rows (`.wrap on`), else it is cut with the first highlighted word in view.
package struct TextTableView {
    let table: Table
    let options: RenderOptions
    let totalRows: Int

    static let maxPlainWidth = 40
    package static let barWidth = 20
    /// Values wrap only in tables of at most this many shown rows, onto at most `maxWrapLines` lines.
    static let wrapRows = 25, maxWrapLines = 10

    func render() -> String {
        if table.columns.isEmpty { return "" }
        let shown = Array(table.rows.prefix(options.maxRows))
        let barColumn = table.columns.firstIndex { $0.role == .bar }
        let maxBar = barColumn.map { c in shown.compactMap { $0[c].doubleValue }.max() ?? 1 } ?? 1
        // Cell texts (bars drawn, empty keys named).
        let cells: [[String]] = shown.map { row in
            table.columns.indices.map { c in
                table.columns[c].role == .bar ? Bars.draw((row[c].doubleValue ?? 0) / max(maxBar, 1e-9), width: Self.barWidth)
                                               : Self.oneLine(table.label(row[c], column: c))
            }
        }
        let numeric = TableRenderer.numericColumns(table, shown)
        var widths = table.columns.indices.map { c in
            max(numeric[c] ? 0 : table.columns[c].name.count, cells.map { $0[c].count }.max() ?? 0, Self.longestWord(table.columns[c].name))
        }
        for c in widths.indices where [.plain, .key].contains(table.columns[c].role) {
            widths[c] = min(max(widths[c], numeric[c] ? table.columns[c].name.count : 0), Self.maxPlainWidth)
        }
        let floors = table.columns.indices.map { floor($0, numeric: numeric[$0], cells: cells) }
        // When even the narrowest columns cannot fit, the last columns are left out (a line says
        // which), keeping as many as fit at their natural widths; then the rest are fitted. The text
        // columns, what the rows are about (a comparison's word diff), stay at their narrowest width.
        var visible = Array(table.columns.indices)
        if options.width > 0, visible.map({ floors[$0] }).reduce(0, +) + 2 * (visible.count - 1) > options.width {
            let kept = table.columns.indices.filter { table.columns[$0].role == .text }
            var used = kept.map { floors[$0] + 2 }.reduce(0, +)
            visible = []
            for c in table.columns.indices where !kept.contains(c) {
                let need = used + (visible.isEmpty ? 0 : 2) + widths[c]
                if need > options.width && visible.count + kept.count >= 2 { break }
                visible.append(c)
                used = need
            }
            visible = (visible + kept).sorted()
        }
        fit(&widths, visible, floors: floors, numeric: numeric)
        let textColumn = table.highlights.isEmpty ? nil : table.columnIndex("text")
        let rowMarks: [[Range<Int>]] = shown.map { row in textColumn.map { Highlighter.ranges(in: row[$0].description, table.highlights) } ?? [] }
        let wraps = options.wrap && shown.count <= Self.wrapRows && !table.columns.contains { $0.role == .leftContext }
        var lines: [String] = []
        // The header: names wrap onto further lines when their column is narrower.
        let headerCells = visible.map { c in Self.wrap(table.columns[c].name, to: widths[c], maxLines: .max).map(\.text) }
        for k in 0..<(headerCells.map(\.count).max() ?? 1) {
            let line = zip(visible, headerCells).map { c, parts in
                Self.pad(k < parts.count ? parts[k] : "", widths[c], right: numeric[c])
            }.joined(separator: "  ").trimmingTrailingSpaces()
            lines.append(options.color ? Style.bold + line + Style.reset : line)
        }
        lines.append(visible.map { String(repeating: "─", count: widths[$0]) }.joined(separator: "  "))
        for r in cells.indices {
            // Each cell as one or more lines, with its highlights shifted to each line.
            let parts: [[(text: String, marks: [Range<Int>])]] = visible.map { c in
                let text = cells[r][c]
                let marks = table.columns[c].role == .text ? rowMarks[r] : []
                guard text.count > widths[c] else { return [(text, marks)] }
                if wraps && !numeric[c] && table.columns[c].role != .bar {
                    return Self.wrap(text, to: widths[c], maxLines: Self.maxWrapLines).map { piece in
                        (piece.text, Self.shifted(marks, by: piece.offset, limit: piece.text.utf8.count))
                    }
                }
                let (cut, shift) = Self.cut(text, to: widths[c], around: marks.first, keepRight: table.columns[c].role == .leftContext)
                return [(cut, Self.shifted(marks, by: shift, limit: cut.utf8.count))]
            }
            for k in 0..<(parts.map(\.count).max() ?? 1) {
                let line = zip(visible, parts).map { c, pieces -> String in
                    guard k < pieces.count else { return Self.pad("", widths[c], right: false) }
                    var text = Self.pad(pieces[k].text, widths[c], right: numeric[c] || table.columns[c].role == .leftContext)
                    if options.color, !pieces[k].marks.isEmpty { text = Self.paint(text, pieces[k].marks) }  // text columns: left-aligned
                    return text
                }.joined(separator: "  ")
                lines.append(line.trimmingTrailingSpaces())
            }
        }
        if visible.count < table.columns.count {
            let hidden = table.columns.indices.filter { !visible.contains($0) }.map { table.columns[$0].name }
            lines.append("… \(hidden.count) more column\(hidden.count == 1 ? "" : "s") (\(hidden.prefix(4).joined(separator: ", "))\(hidden.count > 4 ? ", …" : "")): show picks columns; .mode csv shows them all")
        }
        if totalRows > shown.count {
            lines.append("… \((totalRows - shown.count).grouped) more rows (\(totalRows.grouped) in all; add limit N, or .mode csv / save to get them all)")
        } else if totalRows != 1 {
            lines.append("(\(totalRows.grouped) rows)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The narrowest a column may become: text 20, a number its widest value (its header wraps),
    /// other columns 8 or their name.
    private func floor(_ c: Int, numeric: Bool, cells: [[String]]) -> Int {
        let column = table.columns[c]
        switch column.role {
        case .text, .leftContext, .bar: return 20
        case .plain, .key:
            return numeric ? max(cells.map { $0[c].count }.max() ?? 0, Self.longestWord(column.name), 1) : max(8, column.name.count)
        }
    }

    /// Which columns give way first: text, then other plain columns, then numbers, keys last.
    private func tier(_ c: Int, numeric: Bool) -> Int {
        switch table.columns[c].role {
        case .text, .leftContext: return 0
        case .plain: return numeric ? 2 : 1
        case .key: return 3
        case .bar: return 4
        }
    }

    /// Shrinks the visible columns, tier by tier and the widest of a tier first, until the line fits.
    private func fit(_ widths: inout [Int], _ visible: [Int], floors: [Int], numeric: [Bool]) {
        guard options.width > 0 else { return }
        var excess = visible.map { widths[$0] }.reduce(0, +) + 2 * (visible.count - 1) - options.width
        for t in 0...3 where excess > 0 {
            while excess > 0 {
                let candidates = visible.filter { tier($0, numeric: numeric[$0]) == t && widths[$0] > floors[$0] }
                guard let c = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
                // Down to the next widest of the tier, so widths level out, but at least one column.
                let next = candidates.filter { $0 != c }.map { widths[$0] }.max() ?? floors[c]
                let step = max(1, min(excess, widths[c] - max(floors[c], t == 0 ? floors[c] : next)))
                widths[c] -= step
                excess -= step
            }
        }
    }

    /// The length of the longest word of a name (its narrowest wrapped width).
    static func longestWord(_ s: String) -> Int { s.split(separator: " ").map(\.count).max() ?? 0 }

    /// Breaks text into lines of at most `width` characters at spaces (a longer word is split), with
    /// each line's UTF-8 offset in the text; past `maxLines` the last line ends with `…`.
    static func wrap(_ s: String, to width: Int, maxLines: Int) -> [(text: String, offset: Int)] {
        let chars = Array(s)
        guard chars.count > width, width >= 1 else { return [(s, 0)] }
        var out: [(text: String, offset: Int)] = []
        var start = 0, offset = 0
        while start < chars.count {
            while start < chars.count, chars[start] == " " { offset += 1; start += 1 }
            if start == chars.count { break }
            var end = min(start + width, chars.count)
            if end < chars.count, chars[end] != " ", let space = chars[start..<end].lastIndex(of: " "), space > start { end = space }
            var text = String(chars[start..<end]).trimmingTrailingSpaces()
            if out.count == maxLines - 1 && end < chars.count {
                text = String(chars[start..<min(start + width - 1, chars.count)]) + "…"
                out.append((text, offset))
                break
            }
            out.append((text, offset))
            offset += String(chars[start..<end]).utf8.count
            start = end
        }
        return out
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
            out += Array(Style.highlight.utf8) + bytes[r] + Array(Style.reset.utf8)
            i = r.upperBound
        }
        out += bytes[i...]
        return String(decoding: out, as: UTF8.self)
    }
}

extension String {
    package func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
