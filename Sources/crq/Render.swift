import ArgumentParser
import CrqKit
import Foundation

/// `crq render FILE.crq [-o OUT.md]`: a notebook as Markdown.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a notebook as Markdown: prose, statements as code blocks, results as tables.",
        discussion: "Recorded output is used; statements with none are run (in safe mode) on the corpus.")

    @Argument(help: "The notebook.")
    var file: String

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Option(name: .long, help: "The corpus for statements with no recorded output (default: the seeds).")
    var corpus: String?

    @OptionGroup var load: LoadOptions

    func run() throws {
        let notebook: Notebook
        do { notebook = try Notebook(path: file) } catch {
            Output.error(error.description + "\n")
            throw ExitCode(66)
        }
        var records = notebook.cells.map(\.recorded)
        if notebook.cells.contains(where: { $0.kind == .statement && $0.recorded == nil }) {
            let path = corpus ?? SeedLocator.path()
            var runner = NotebookRunner(corpus: try Launcher.loadCorpus(path, report: load.report(interactive: false), mapping: load.fieldMapping))
            runner.safeMode = true
            runner.readableFolders = [Launcher.folder(of: path)]
            runner.report = Output.error
            for (i, outcome) in runner.run(notebook, name: file).enumerated() where records[i] == nil {
                records[i] = outcome.record
            }
        }
        let markdown = NotebookMarkdown.render(notebook, records: records)
        guard let output else { return Output.write(markdown) }
        do {
            try AtomicFile.write(Data(markdown.utf8), to: URL(fileURLWithPath: output))
        } catch {
            Output.error("\(output): error: cannot write: \(error.localizedDescription)\n")
            throw ExitCode(1)
        }
    }
}
