import CorpusModel
import QueryLanguage

/// A notebook as a reader sees it, in order: prose, statements and what each produced. Markdown
/// and HTML are both drawn from it. Results are data when the statements were run on the corpus the
/// notebook was recorded on (or on a notebook with nothing recorded); otherwise the recorded text.
package struct NotebookPage: Sendable {
    enum Block: Sendable, Equatable {
        /// The paragraph's lines (comment text, Markdown).
        case prose([String])
        case statement(String)
        /// A result table (whole, or the first rows of `totalRows`); views show at most 100 rows.
        case table(Table, totalRows: Int)
        /// Output as text: a dot-command's, a binding's, or recorded output.
        case text(String)
        case error(String)
    }

    /// What is shown under a cell.
    enum CellResult: Sendable {
        /// A fresh run: tables as data.
        case run(NotebookRunner.Outcome)
        /// The lines recorded in the file (with their markers).
        case recorded([String])
    }

    let header: NotebookHeader?
    let blocks: [Block]

    /// `results[i]` is what to show under cell `i` (nil: nothing).
    init(_ notebook: Notebook, results: [CellResult?]) {
        header = notebook.header
        var blocks: [Block] = []
        var paragraph: [String] = []
        func endParagraph() {
            if !paragraph.isEmpty { blocks.append(.prose(paragraph)) }
            paragraph = []
        }
        var cellStarting: [Int: Int] = [:]
        for (c, cell) in notebook.cells.enumerated() { cellStarting[cell.lines.lowerBound] = c }
        var i = 0
        while i < notebook.lines.count {
            if let c = cellStarting[i] {
                endParagraph()
                let cell = notebook.cells[c]
                blocks.append(.statement(cell.text))
                if c < results.count, let result = results[c] { blocks += Self.blocks(result) }
                i = cell.lines.upperBound + 1
                continue
            }
            let text = Self.prose(notebook.lines[i].text)
            if text.isEmpty { endParagraph() } else { paragraph.append(text) }
            i += 1
        }
        endParagraph()
        self.blocks = blocks
    }

    /// The text of a comment line without its marker (`--` or `#`) and one space.
    static func prose(_ line: String) -> String {
        var t = Substring(line.trimmingCharacters(in: .whitespaces))
        if t.hasPrefix("--") { t = t.dropFirst(2) } else if t.hasPrefix("#") { t = t.dropFirst() }
        if t.hasPrefix(" ") { t = t.dropFirst() }
        return String(t)
    }

    private static func blocks(_ result: CellResult) -> [Block] {
        switch result {
        case let .run(outcome):
            var blocks: [Block] = outcome.results.compactMap { piece in
                switch piece {
                case let .table(table, total): return .table(table, totalRows: total)
                case let .text(text): return text.isEmpty ? nil : .text(text.hasSuffix("\n") ? String(text.dropLast()) : text)
                }
            }
            let error = outcome.record.compactMap { Self.unmarked($0, Notebook.errorMarker) }
            if !error.isEmpty { blocks.append(.error(error.joined(separator: "\n"))) }
            return blocks
        case let .recorded(record):
            let output = record.compactMap { Self.unmarked($0, Notebook.outputMarker) }
            let error = record.compactMap { Self.unmarked($0, Notebook.errorMarker) }
            return (output.isEmpty ? [] : [.text(output.joined(separator: "\n"))]) + (error.isEmpty ? [] : [.error(error.joined(separator: "\n"))])
        }
    }

    /// A recorded line's text without `marker` and one space, or nil if it has another marker.
    private static func unmarked(_ line: String, _ marker: String) -> String? {
        guard line == marker || line.hasPrefix(marker + " ") else { return nil }
        return String(line.dropFirst(min(line.count, marker.count + 1)))
    }
}

extension NotebookPage {
    /// The page of `notebook` (named `name` in errors) with results from `runner`'s corpus. When it
    /// is the corpus the notebook was recorded on (same fingerprint), or nothing was recorded, every
    /// statement is run and tables come from their data; otherwise recorded text is shown, and only
    /// cells with nothing recorded are run. `differs` says the recorded corpus was another.
    package static func rendering(_ notebook: Notebook, name: String, runner: NotebookRunner) -> (page: NotebookPage, differs: Bool) {
        let differs = notebook.header.map { $0.fingerprint != runner.corpus.fingerprintHex } ?? false
        var results: [CellResult?] = notebook.cells.map { cell in differs ? cell.recorded.map(CellResult.recorded) : nil }
        if results.contains(where: { $0 == nil }) {
            for (i, outcome) in runner.run(notebook, name: name).enumerated() where results[i] == nil { results[i] = .run(outcome) }
        }
        return (NotebookPage(notebook, results: results), differs)
    }
}
