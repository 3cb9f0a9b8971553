import Foundation

/// Renders a notebook as Markdown for reading on a forge: prose comments as paragraphs (their text
/// is Markdown, so `-- ## Title` is a heading), each statement as a code block, each table result
/// as a Markdown table (bars kept), other output and errors as text blocks.
public enum NotebookMarkdown {
    /// `records[i]` is the record of cell `i` (recorded or from a fresh run); nil shows no result.
    public static func render(_ notebook: Notebook, records: [[String]?]) -> String {
        var blocks: [String] = []
        if let h = notebook.header {
            blocks.append("*Recorded with crq \(h.version) on the corpus \(h.corpusName) (\(h.documents) documents, fingerprint `\(h.fingerprint)`).*")
        }
        var paragraph: [String] = []
        func endParagraph() {
            if !paragraph.isEmpty { blocks.append(paragraph.joined(separator: "\n")) }
            paragraph = []
        }
        var cellStarting: [Int: Int] = [:]
        for (c, cell) in notebook.cells.enumerated() { cellStarting[cell.lines.lowerBound] = c }
        var i = 0
        while i < notebook.lines.count {
            if let c = cellStarting[i] {
                endParagraph()
                let cell = notebook.cells[c]
                blocks.append(fence(cell.text, language: "crq"))
                blocks += result(c < records.count ? records[c] ?? [] : [])
                i = cell.lines.upperBound + 1
                continue
            }
            let text = prose(notebook.lines[i].text)
            if text.isEmpty { endParagraph() } else { paragraph.append(text) }
            i += 1
        }
        endParagraph()
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// The text of a comment line without its marker (`--` or `#`) and one space.
    static func prose(_ line: String) -> String {
        var t = Substring(line.trimmingCharacters(in: .whitespaces))
        if t.hasPrefix("--") { t = t.dropFirst(2) } else if t.hasPrefix("#") { t = t.dropFirst() }
        if t.hasPrefix(" ") { t = t.dropFirst() }
        return String(t)
    }

    /// Blocks for a record: the output as a table or text, then the error as text.
    static func result(_ record: [String]) -> [String] {
        func lines(_ marker: String) -> [String] {
            record.filter { $0 == marker || $0.hasPrefix(marker + " ") }.map { String($0.dropFirst(min($0.count, marker.count + 1))) }
        }
        let output = lines(Notebook.outputMarker), error = lines(Notebook.errorMarker)
        var blocks: [String] = []
        if !output.isEmpty { blocks += table(output) ?? [fence(output.joined(separator: "\n"), language: "text")] }
        if !error.isEmpty { blocks += ["Error:", fence(error.joined(separator: "\n"), language: "text")] }
        return blocks
    }

    /// A text table (header, rule of `─`, rows, an optional `(N rows)` line) as a Markdown table
    /// and its footer; nil if the lines are not one table. Columns are where the rule's runs are.
    static func table(_ lines: [String]) -> [String]? {
        guard lines.count >= 2, !lines[1].isEmpty, lines[1].allSatisfy({ $0 == "─" || $0 == " " }) else { return nil }
        var columns: [Range<Int>] = []
        for (offset, ch) in lines[1].enumerated() where ch == "─" {
            if let last = columns.last, last.upperBound == offset {
                columns[columns.count - 1] = last.lowerBound..<(offset + 1)
            } else {
                columns.append(offset..<(offset + 1))
            }
        }
        var body = Array(lines.dropFirst(2))
        var footer: String? = nil
        if let last = body.last, (last.hasPrefix("(") && last.hasSuffix(")")) || last.hasPrefix("… ") {
            footer = body.removeLast()
        }
        let rows = ([lines[0]] + body).map { line -> [String] in
            let chars = Array(line)
            return columns.indices.map { k in
                let start = min(columns[k].lowerBound, chars.count)
                let end = k == columns.count - 1 ? chars.count : min(columns[k].upperBound, chars.count)
                return String(chars[start..<end]).trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "|", with: "\\|")
            }
        }
        let numeric = columns.indices.map { k in
            rows.dropFirst().allSatisfy { $0[k].isEmpty || Double($0[k]) != nil } && rows.dropFirst().contains { !$0[k].isEmpty }
        }
        var out = "| " + rows[0].joined(separator: " | ") + " |\n"
        out += "|" + numeric.map { $0 ? " ---: |" : " --- |" }.joined() + "\n"
        out += rows.dropFirst().map { "| " + $0.joined(separator: " | ") + " |\n" }.joined()
        return [String(out.dropLast())] + (footer.map { ["*\($0)*"] } ?? [])
    }

    private static func fence(_ text: String, language: String) -> String {
        "```\(language)\n\(text)\n```"
    }
}
