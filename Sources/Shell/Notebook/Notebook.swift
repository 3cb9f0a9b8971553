import CorpusModel
import Foundation
import Rendering

/// A `.crq` file read as a notebook: its header, its own lines (statements, commands, prose and
/// blank lines, byte for byte) and, under each statement, the output recorded for it:
///
///     -- crq notebook · corpus seeds · 5 documents · fingerprint 0123456789abcdef · crq 0.1.0
///     -- Who urged restraint?
///     sentences | filter "restraint" | count
///     --> count
///     --> ─────
///     -->    18
///
/// Recorded lines start with `--> ` (output) or `--! ` (an error); to crq they are comments, so
/// the file stays a script for `crq run` and `.read`.
package struct Notebook: Sendable {
    /// A statement or dot-command and the output recorded under it.
    struct Cell: Sendable {
        enum Kind: Sendable { case statement, command }
        let kind: Kind
        /// The statement as the script reader gathers it (its lines joined by newlines).
        let text: String
        /// The 1-based line of the file it starts on.
        let line: Int
        /// Indices into `Notebook.lines` of its first and last line.
        let lines: ClosedRange<Int>
        /// The recorded lines (with their markers), or nil if nothing is recorded.
        var recorded: [String]?
    }

    static let outputMarker = "-->"
    static let errorMarker = "--!"

    package let header: NotebookHeader?
    /// The file's lines other than the header and the recorded output, and their 1-based line numbers.
    let lines: [(number: Int, text: String)]
    let cells: [Cell]

    /// Whether a line holds recorded output (in a file with CRLF line breaks too).
    static func isRecorded(_ line: String) -> Bool {
        let line = line.hasSuffix("\r") ? line.dropLast() : Substring(line)
        for marker in [outputMarker, errorMarker] where line == marker || line.hasPrefix(marker + " ") { return true }
        return false
    }

    /// Reads a notebook file (UTF-8, a byte order mark is dropped).
    package init(path: String) throws(NotebookError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw NotebookError(path: path, message: "cannot read this file: \(FileBytes.whyUnreadable(path))", isUnreadable: true)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw NotebookError(path: path, message: "not UTF-8 text", isUnreadable: true)
        }
        self.init(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
    }

    /// Reads a notebook from its text (any script is one, with nothing recorded yet).
    init(_ text: String) {
        let raw = FileLineSource.lines(of: text)
        header = raw.first.flatMap { NotebookHeader(line: $0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        var own: [(number: Int, text: String)] = []
        var recordedAfter: [Int: [String]] = [:]
        for (i, line) in raw.enumerated() where !(i == 0 && header != nil) {
            if Self.isRecorded(line) {
                if !own.isEmpty { recordedAfter[own.count - 1, default: []].append(line.hasSuffix("\r") ? String(line.dropLast()) : line) }
            } else {
                own.append((i + 1, line))
            }
        }
        lines = own
        cells = Self.cells(of: own, recordedAfter: recordedAfter)
    }

    /// Gathers the lines into statements as a script run does; each takes the recorded lines that
    /// follow it, up to the next statement.
    private static func cells(of lines: [(number: Int, text: String)], recordedAfter: [Int: [String]]) -> [Cell] {
        var reader = StatementReader(source: FileLineSource(text: lines.map(\.text).joined(separator: "\n")), interactive: false)
        var cells: [Cell] = []
        while let chunk = reader.next(prompt: "", parse: Session.completeness) {
            switch chunk {
            case let .statement(text, first):
                let range = (first - 1)...(first - 1 + text.count { $0 == "\n" })
                cells.append(Cell(kind: .statement, text: text, line: lines[first - 1].number, lines: range, recorded: nil))
            case let .meta(text, line):
                cells.append(Cell(kind: .command, text: text, line: lines[line - 1].number, lines: (line - 1)...(line - 1), recorded: nil))
            case .interrupted:
                continue
            }
        }
        for c in cells.indices {
            let end = c + 1 < cells.count ? cells[c + 1].lines.lowerBound : lines.count
            let recorded = (cells[c].lines.lowerBound..<end).flatMap { recordedAfter[$0] ?? [] }
            cells[c].recorded = recorded.isEmpty ? nil : recorded
        }
        return cells
    }

    /// The notebook as text with `header` on top and `records[i]` (or, where nil, what was
    /// recorded before) under cell `i`; every other line is kept byte for byte. The lines crq
    /// writes end as the file's first line does (CRLF or LF).
    func text(header: NotebookHeader, records: [[String]?]) -> String {
        let cr = lines.first?.text.hasSuffix("\r") == true ? "\r" : ""
        var out = [header.line + cr]
        var cellEndingAt: [Int: Int] = [:]
        for (c, cell) in cells.enumerated() { cellEndingAt[cell.lines.upperBound] = c }
        for (i, line) in lines.enumerated() {
            out.append(line.text)
            if let c = cellEndingAt[i] { out += ((c < records.count ? records[c] : nil) ?? cells[c].recorded ?? []).map { $0 + cr } }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The lines for output a cell printed (`-->`) or an error it reported (`--!`); trailing spaces are dropped.
    static func record(_ text: String, marker: String) -> [String] {
        FileLineSource.lines(of: text).map { line in
            let trimmed = line.trimmingTrailingSpaces()
            return trimmed.isEmpty ? marker : marker + " " + trimmed
        }
    }
}
