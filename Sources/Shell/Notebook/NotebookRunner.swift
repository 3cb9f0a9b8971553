import CorpusModel
import Foundation
import QueryLanguage

/// Runs a notebook's statements and commands in order in one session with fixed rendering (100
/// columns, no colour, table mode), so that what it records is the same on every machine.
package struct NotebookRunner {
    /// What one statement or command produced.
    package struct Outcome: Sendable {
        /// Its record: output lines (`--> `), then, if it failed, the error without its file position (`--! `).
        let record: [String]
        /// The error as reported, with `FILE:LINE:COLUMN`, or nil if it succeeded.
        let error: String?
        /// What it printed, in order: result tables as data, anything else as text.
        let results: [Piece]
    }

    /// Part of what a cell printed.
    enum Piece: Sendable {
        case text(String)
        /// A result table (whole, or the first rows of `totalRows`).
        case table(Table, totalRows: Int)
    }

    package let corpus: Corpus
    /// Restricts writing to the current folder and reading to `readableFolders` and the notebook's folder.
    package var safeMode = false
    /// Where files may be read in safe mode besides the notebook's folder (the corpus's).
    package var readableFolders: [String] = []
    /// The longest one statement may run.
    package var timeLimit: Duration?
    /// Receives errors (with their position) and anything else the session reports, such as `.load` summaries.
    package var report: (String) -> Void = { _ in }

    package init(corpus: Corpus) {
        self.corpus = corpus
    }

    /// Runs every cell; `name` is the file name used in error positions. A statement's error does
    /// not stop the run. The result has one outcome per cell, fewer if a `.quit` ended the run.
    package func run(_ notebook: Notebook, name: String) -> [Outcome] {
        let capture = Capture()
        let session = Session(corpus: corpus, options: .fixed, write: { capture.write($0) }, report: { capture.errors += $0 })
        session.onResult = { table, total, text in
            capture.output += text
            capture.pieces.append(.table(table, totalRows: total))
        }
        session.context.safeMode = safeMode
        session.context.timeLimit = timeLimit
        let folder = (name as NSString).deletingLastPathComponent
        session.context.readableFolders = readableFolders + [folder.isEmpty ? "." : folder]
        var outcomes: [Outcome] = []
        for cell in notebook.cells where !session.quitRequested {
            let ok = switch cell.kind {
            case .statement: session.execute(cell.text, name: name, firstLine: cell.line)
            case .command: session.runMeta(cell.text, source: name, line: cell.line)
            }
            if !capture.errors.isEmpty { report(capture.errors) }
            let error = ok ? nil : capture.errors
            outcomes.append(Outcome(record: Notebook.record(capture.output, marker: Notebook.outputMarker)
                                        + Notebook.record(error.map { Self.unlocated($0, name: name) } ?? "", marker: Notebook.errorMarker),
                                    error: error, results: capture.pieces))
            capture.output = ""
            capture.errors = ""
            capture.pieces = []
        }
        if !session.finish() { report(capture.errors) }  // an `.output` file left open
        return outcomes
    }

    /// An error message without its leading `name:LINE:COLUMN: `, so the record does not change
    /// when lines above the statement are added or removed.
    static func unlocated(_ message: String, name: String) -> String {
        guard message.hasPrefix(name + ":") else { return message }
        let rest = message.dropFirst(name.count + 1).drop { $0.isNumber || $0 == ":" }
        return String(rest.drop { $0 == " " })
    }

    private final class Capture {
        var output = ""
        var errors = ""
        var pieces: [Piece] = []

        func write(_ text: String) {
            output += text
            if case let .text(last)? = pieces.last { pieces[pieces.count - 1] = .text(last + text) } else { pieces.append(.text(text)) }
        }
    }
}
