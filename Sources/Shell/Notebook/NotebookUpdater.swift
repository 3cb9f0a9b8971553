import CorpusModel
import Foundation

/// `crq run --update`: runs a notebook file and writes each statement's output under it, keeping
/// every other line byte for byte. The file is replaced atomically (a temporary file in the same
/// folder, flushed, renamed), so an interruption or a failed write leaves it as it was.
package struct NotebookUpdater {
    let runner: NotebookRunner
    /// The crq version written into the header.
    let version: String
    /// Writes the new text; replaceable so tests can make writing fail.
    var write: (Data, URL, Int?) throws -> Void = { try AtomicFile.write($0, to: $1, permissions: $2) }

    package init(runner: NotebookRunner, version: String) {
        self.runner = runner
        self.version = version
    }

    /// What an update did.
    package struct Result: Sendable {
        package let outcomes: [NotebookRunner.Outcome]
        /// Whether the file's text changed (an unchanged file is not rewritten).
        package let changed: Bool
        package var failed: Int { outcomes.count { $0.error != nil } }
    }

    /// Runs the notebook at `path` and records its output in it. Statement errors are recorded
    /// (and reported through the runner); only reading or writing the file throws.
    package func update(_ path: String) throws(NotebookError) -> Result {
        let url = URL(fileURLWithPath: path).resolvingSymlinksInPath()
        let notebook = try Notebook(path: path)
        let permissions = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.posixPermissions] as? Int
        guard access(url.path, W_OK) == 0, (permissions ?? 0o200) & 0o200 != 0 else {
            throw NotebookError(path: path, message: "the file is read-only; nothing was written", isUnreadable: false)
        }
        let outcomes = runner.run(notebook, name: path)
        let text = notebook.text(header: NotebookHeader(corpus: runner.corpus, version: version), records: outcomes.map(\.record))
        let changed = FileManager.default.contents(atPath: url.path) != Data(text.utf8)
        if changed {
            do {
                try write(Data(text.utf8), url, permissions)
            } catch {
                throw NotebookError(path: path, message: "cannot write: \(error.localizedDescription); the file is unchanged", isUnreadable: false)
            }
        }
        return Result(outcomes: outcomes, changed: changed)
    }
}
