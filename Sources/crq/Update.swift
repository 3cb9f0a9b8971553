import CorpusModel
import Shell

extension Launcher {
    /// `crq run --update FILE.crq`: records each statement's output in the notebook; returns the
    /// exit status (1 if a statement failed, though its error is recorded and the file written).
    static func updateNotebook(_ file: String, corpusPath: String?, options: RunOptions) -> Int32 {
        guard var runner = try? notebookRunner(corpusPath: corpusPath, load: options.load, safe: options.safe) else { return 66 }
        runner.timeLimit = options.timeLimit
        runner.report = Output.error
        do {
            let result = try NotebookUpdater(runner: runner, version: Crq.version).update(file)
            let failed = result.failed > 0 ? ", \(result.failed) failed" : ""
            let count = result.outcomes.count == 1 ? "1 statement" : "\(result.outcomes.count) statements"
            Output.error("\(file): recorded \(count)\(failed)\(result.changed ? "" : "; nothing changed")\n")
            return result.failed > 0 ? 1 : 0
        } catch {
            Output.error(path: error.path, error.message)
            return error.isUnreadable ? 66 : 1
        }
    }

    /// A notebook runner on the corpus at `corpusPath` (default: the seeds), reading inside the corpus's
    /// folder; `safe` keeps its writes inside the current folder. For `run --update`, `check` and `render`.
    static func notebookRunner(corpusPath: String?, load: LoadOptions, safe: Bool) throws -> NotebookRunner {
        let path = corpusPath ?? SeedLocator.path()
        var runner = NotebookRunner(corpus: try loadCorpus(path, report: load.report(interactive: false), mapping: load.fieldMapping, snapshots: load.snapshots))
        runner.safeMode = safe
        runner.readableFolders = [folder(of: path)]
        return runner
    }
}
