import CorpusModel

/// The result of re-running a notebook: whether the corpus is the recorded one, and a unified diff
/// for each statement whose output is not the recorded output.
package struct NotebookCheck: Sendable {
    /// A statement whose output changed.
    struct Difference: Sendable {
        /// The 1-based line of the file the statement starts on.
        let line: Int
        let statement: String
        /// `--- recorded` / `+++ now` and the hunks.
        let diff: String
    }

    /// What differs about the run itself (the corpus, crq's version, or no header at all); said first.
    let notes: [String]
    let differences: [Difference]
    /// In a script never recorded (no header, no output under any statement), which is not diffed, the
    /// errors of the statements that failed, as reported (`FILE:LINE:COLUMN: error: …`).
    let errors: [String]
    /// How many statements and commands were compared.
    let compared: Int
    /// Whether the notebook was ever recorded (has a header).
    let isRecorded: Bool

    /// All outputs match the recorded ones (a changed corpus with unchanged results passes, with a note).
    package var passed: Bool { isRecorded && differences.isEmpty }

    /// Compares `outcomes` (a run of `notebook`) with what it recorded; `current` describes this run.
    package init(_ notebook: Notebook, outcomes: [NotebookRunner.Outcome], current: NotebookHeader) {
        var notes: [String] = []
        if let recorded = notebook.header {
            if let change = recorded.corpusChange(to: current) { notes.append(change) }
            if recorded.version != current.version { notes.append("recorded with crq \(recorded.version), checked with crq \(current.version)") }
        } else {
            notes.append("nothing recorded yet (no notebook header); record it with crq run --update")
        }
        self.notes = notes
        isRecorded = notebook.header != nil
        compared = outcomes.count
        // A script never recorded differs everywhere: the note says it once, and only its errors are shown.
        let never = !isRecorded && notebook.cells.allSatisfy { $0.recorded == nil }
        errors = never ? outcomes.compactMap(\.error) : []
        differences = never ? [] : zip(notebook.cells, outcomes).compactMap { cell, outcome in
            let diff = LineDiff.unified(cell.recorded ?? [], outcome.record, oldName: "recorded", newName: "now")
            return diff.isEmpty ? nil : Difference(line: cell.line, statement: cell.text, diff: diff)
        }
    }

    /// The report for a file: the notes, then each difference with its position, then a summary line.
    package func report(name: String) -> String {
        var out = notes.map { "\(name): \($0)\n" }.joined()
        for d in differences {
            out += "\(name):\(d.line): the output differs from the recorded output of\n"
            out += d.statement.split(separator: "\n", omittingEmptySubsequences: false).map { "  \($0)\n" }.joined()
            out += d.diff
        }
        let statements = compared == 1 ? "1 statement" : "\(compared) statements"
        guard isRecorded || !differences.isEmpty else {
            out += errors.map { $0.hasSuffix("\n") ? $0 : $0 + "\n" }.joined()
            return out + (errors.isEmpty ? "" : "\(name): \(errors.count) of \(statements) failed\n")
        }
        out += passed ? "\(name): ok, \(statements) \(compared == 1 ? "matches" : "match")\n"
                      : "\(name): \(differences.count) of \(statements) \(differences.count == 1 ? "differs" : "differ")"
                        + (differences.isEmpty ? "\n" : "; if the new output is right, record it with crq run --update\n")
        return out
    }
}
