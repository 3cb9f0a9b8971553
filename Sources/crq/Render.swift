import ArgumentParser
import CorpusModel
import Foundation
import Shell

/// `crq render FILE.crq [-o OUT] [--html]`: a notebook as Markdown or as an HTML page with charts.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a notebook as Markdown (or --html: a self-contained page with SVG charts).",
        discussion: "Statements are run (in safe mode) on the corpus and tables drawn from their results. "
            + "If the corpus is not the one the notebook was recorded on, its recorded text is shown instead.")

    @Argument(help: "The notebook.")
    var file: String

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Option(name: .long, help: "The corpus to run the statements on (default: the seeds).")
    var corpus: String?

    @Flag(name: .long, help: "Write an HTML page: prose, statements, tables and charts, with no scripts and nothing fetched.")
    var html = false

    @OptionGroup var load: LoadOptions

    func run() throws {
        let notebook: Notebook
        do { notebook = try Notebook(path: file) } catch {
            Output.error(path: error.path, error.message)
            throw ExitCode(66)
        }
        var runner = try Launcher.notebookRunner(corpusPath: corpus, load: load, safe: true)
        runner.report = Output.error
        let (page, differs) = NotebookPage.rendering(notebook, name: file, runner: runner)
        if differs {
            Output.error("\(file): the corpus is not the one recorded (fingerprint \(runner.corpus.fingerprintHex), recorded \(notebook.header?.fingerprint ?? "")): showing the recorded text\n")
        }
        let text = html ? NotebookHTML.render(page, title: (file as NSString).lastPathComponent) : NotebookMarkdown.render(page)
        guard let output else { return Output.write(text) }
        do {
            try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: output))
        } catch {
            Output.error(path: output, "cannot write: \(error.localizedDescription)")
            throw ExitCode(1)
        }
    }
}
