import Annotation
import ArgumentParser
import Shell

/// `crq check FILE.crq …`: re-runs notebooks and compares each statement's output with the recorded one.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Re-run notebooks; exit 0 if every statement's output matches the recorded output.",
        discussion: "Otherwise print a unified diff per differing statement with its line, and exit 1. "
            + "A changed corpus (its fingerprint differs from the notebook's header) is reported first.")

    @Argument(help: "The notebooks.")
    var files: [String]

    @Option(name: .long, help: "The corpus to run them on (default: the seeds).")
    var corpus: String?

    @Flag(inversion: .prefixedNo, help: "Write files only inside the current folder; read only inside the corpus's and the notebook's folders.")
    var safe = true

    @OptionGroup var load: LoadOptions

    func run() throws {
        let runner = try Launcher.notebookRunner(corpusPath: corpus, load: load, safe: safe)
        let current = NotebookHeader(corpus: runner.corpus, version: Crq.version)
        var status: Int32 = 0
        for file in files {
            do {
                let notebook = try Notebook(path: file)
                let check = NotebookCheck(notebook, outcomes: runner.run(notebook, name: file), current: current)
                Output.write(check.report(name: file))
                if !check.passed { status = max(status, 1) }
            } catch {
                Output.error(path: error.path, error.message)
                status = 66
            }
        }
        throw ExitCode(status)
    }
}
