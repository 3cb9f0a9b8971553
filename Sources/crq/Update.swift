import CorpusModel
import Shell

extension Launcher {
    /// `crq run --update FILE.crq`: records each statement's output in the notebook; returns the
    /// exit status (1 if a statement failed, though its error is recorded and the file written).
    static func updateNotebook(_ file: String, corpusPath: String?, options: RunOptions) -> Int32 {
        let path = corpusPath ?? SeedLocator.path()
        guard let corpus = try? loadCorpus(path, report: options.loadReport(interactive: false), mapping: options.fieldMapping, snapshots: options.snapshots) else { return 66 }
        var runner = NotebookRunner(corpus: corpus)
        runner.safeMode = options.safe
        runner.readableFolders = [folder(of: path)]
        runner.timeLimit = options.timeLimit
        runner.report = Output.error
        do {
            let result = try NotebookUpdater(runner: runner, version: Crq.version).update(file)
            let failed = result.failed > 0 ? ", \(result.failed) failed" : ""
            let count = result.outcomes.count == 1 ? "1 statement" : "\(result.outcomes.count) statements"
            Output.error("\(file): recorded \(count)\(failed)\(result.changed ? "" : "; nothing changed")\n")
            return result.failed > 0 ? 1 : 0
        } catch {
            Output.error(error.description + "\n")
            return error.isUnreadable ? 66 : 1
        }
    }
}
