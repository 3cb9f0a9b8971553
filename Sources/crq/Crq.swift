import ArgumentParser
import CrqKit
import Foundation

/// `crq`: the command line. Parsing is swift-argument-parser's; everything else is in CrqKit.
@main
struct Crq: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "crq",
        abstract: "A corpus query shell for news analysts: filter, group, compare, quote.",
        usage: """
        crq [CORPUS] [-c STATEMENT …] [--mode MODE] [--keep-going] [--timeout SECONDS] [--safe]
          crq FILE.crq [--mode MODE] [--keep-going] [--timeout SECONDS] [--safe]
          crq run FILE.crq [--corpus PATH]
        """,
        discussion: """
        With no CORPUS, crq opens the seed corpus (the seeds/ folder of its package). A CORPUS is a \
        folder of .txt/.md files (with an optional metadata.tsv or metadata.csv) or a .jsonl file; \
        a FILE.crq in its place runs that script.

        Exit status: 0 success, 1 a statement or command failed, 64 bad command line, \
        66 a corpus or script could not be read.
        """,
        version: version,
        subcommands: commands
    )

    /// Subcommands, dispatched before parsing: swift-argument-parser would read `run` as the CORPUS argument.
    static let commands: [any ParsableCommand.Type] = [Run.self, Check.self, Render.self, Bench.self]

    static func main() {
        Interrupts.removeTemporaryFilesOnTermination()
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let first = arguments.first, commands.contains(where: { $0._commandName == first }) {
            Subcommands.main(arguments)
        } else {
            main(arguments)
        }
    }

    @Argument(help: "A corpus folder or .jsonl file (default: the seeds), or a FILE.crq script to run.")
    var corpus: String?

    @Option(name: .customShort("c"), help: ArgumentHelp("Run a statement or .command and exit (repeatable, run in order).", valueName: "statement"))
    var commands: [String] = []

    @OptionGroup var options: RunOptions

    func run() throws {
        if let corpus, corpus.hasSuffix(".crq") {
            throw ExitCode(Launcher.runScript(corpus, corpusPath: nil, options: options))
        }
        let session = try Launcher.openSession(corpus, quiet: !commands.isEmpty || !Terminal.stdinIsTTY, options: options)
        if !commands.isEmpty {
            for command in commands {
                let ok = command.trimmingCharacters(in: .whitespaces).hasPrefix(".")
                    ? session.runMeta(command, source: "-c") : session.execute(command, name: "-c")
                if (!ok && !options.keepGoing) || session.quitRequested { break }
            }
            session.finish()
            throw ExitCode(session.errorCount > 0 ? 1 : 0)
        }
        if Terminal.stdinIsTTY {
            Launcher.interactive(session)
        } else {
            let ok = session.run(PlainLineSource(), name: "<stdin>", interactive: false)
            throw ExitCode(session.finish() && ok && session.errorCount == 0 ? 0 : 1)
        }
    }
}

/// The subcommands under the name `crq`, for `crq run …` and the like.
struct Subcommands: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "crq", subcommands: Crq.commands)
}

/// Options shared by the commands that run statements.
struct RunOptions: ParsableArguments {
    @Option(name: .long, help: "Output mode: table, csv, tsv, json, jsonl or markdown.")
    var mode: String?

    @Flag(name: .long, help: "Keep running a script after a statement fails (the exit status is still 1).")
    var keepGoing = false

    @Option(name: .long, help: ArgumentHelp("Stop a statement that runs longer than this, with an error naming it.", valueName: "seconds"))
    var timeout: Double?

    @Flag(name: .long, help: "Write files only inside the current folder; read only inside the corpus's and the script's folders.")
    var safe = false

    func validate() throws {
        if let timeout, !(timeout > 0 && timeout < 1e9) { throw ValidationError("--timeout takes a number of seconds above 0") }
    }

    /// The time limit per statement.
    var timeLimit: Duration? { timeout.map { .milliseconds(Int64(($0 * 1000).rounded(.up))) } }

    func apply(to session: Session) throws {
        if let mode {
            guard let m = OutputMode(rawValue: mode.lowercased()) else {
                throw ValidationError("unknown mode '\(mode)'; modes: " + OutputMode.allCases.map(\.rawValue).joined(separator: ", "))
            }
            session.mode = m
        }
        session.keepGoing = keepGoing
        session.context.timeLimit = timeLimit
        session.context.safeMode = safe
    }
}

/// `crq run FILE.crq`: runs a script, or with `--update` records its output in it as a notebook.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a .crq script; stop at its first error.",
        discussion: "With --update, run every statement and write its output into the file under it (a notebook).")

    @Argument(help: "The script.")
    var file: String

    @Option(name: .long, help: "The corpus to run it on (default: the seeds).")
    var corpus: String?

    @Flag(name: .long, help: "Record each statement's output in the file, atomically (see crq check).")
    var update = false

    @OptionGroup var options: RunOptions

    func validate() throws {
        try options.validate()
        if update && (options.mode != nil || options.keepGoing) {
            throw ValidationError("--update records every statement in table mode; it takes no --mode or --keep-going")
        }
    }

    func run() throws {
        throw ExitCode(update ? Launcher.updateNotebook(file, corpusPath: corpus, options: options)
                              : Launcher.runScript(file, corpusPath: corpus, options: options))
    }
}

/// Opening corpora and driving sessions; shared by the commands.
enum Launcher {
    /// Loads a corpus (the seeds by default) and makes a session writing to stdout/stderr. In safe
    /// mode it may read inside the corpus's folder and the script's (or the current folder).
    static func openSession(_ path: String?, quiet: Bool, options: RunOptions, script: String? = nil) throws -> Session {
        let corpusPath = path ?? SeedLocator.path()
        let corpus = try loadCorpus(corpusPath, quiet: quiet)
        let width = Terminal.stdoutIsTTY ? Terminal.width : 100
        let session = Session(corpus: corpus, options: RenderOptions(width: width, color: Terminal.colorAllowed, maxRows: 100),
                              write: Output.write, report: Output.error,
                              loadCorpus: { (p: String) throws(LoadError) in try load(p, showProgress: Terminal.stderrIsTTY) })
        session.colorErrors = Terminal.stderrIsTTY && Terminal.colorAllowed
        if let line = ProgressLine.forTerminal() { session.context.onProgress = { line.report($0) } }
        try options.apply(to: session)
        session.context.readableFolders = [folder(of: corpusPath), script.map(folder(of:)) ?? "."]
        if !quiet || corpus.warnings.contains(where: { $0.severity == .warning }) {
            Output.error(Summary.line(corpus) + "\n")
        }
        return session
    }

    /// The folder a corpus or script path names or is in.
    static func folder(of path: String) -> String {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue { return path }
        let parent = (path as NSString).deletingLastPathComponent
        return parent.isEmpty ? "." : parent
    }

    /// Loads a corpus (the seeds by default); on failure prints why and throws exit status 66.
    static func loadCorpus(_ path: String?, quiet: Bool) throws -> Corpus {
        Output.ignoreBrokenPipe()
        do {
            return try load(path ?? SeedLocator.path(), showProgress: Terminal.stderrIsTTY && !quiet)
        } catch {
            Output.error(error.description + "\n")
            throw ExitCode(66)
        }
    }

    static func load(_ path: String, showProgress: Bool) throws(LoadError) -> Corpus {
        let progress: @Sendable (CorpusLoader.Progress) -> Void = { p in
            let mb = Double(p.bytes) / 1_000_000
            let rate = mb / Swift.max(p.seconds, 0.001)
            Output.error(String(format: "\rloading: %d files, %.1f MB, %.1f MB/s ", p.files, mb, rate))
        }
        let loader = CorpusLoader(onProgress: showProgress ? progress : nil, isCancelled: Interrupts.cancellationCheck)
        defer { if showProgress { Output.error("\r\u{1B}[K") } }
        return try loader.load(path)
    }

    /// Runs a script file; returns the exit status.
    static func runScript(_ file: String, corpusPath: String?, options: RunOptions) -> Int32 {
        guard let source = FileLineSource(path: file) else {
            Output.error("\(file): error: cannot read this script\n")
            return 66
        }
        guard let session = try? openSession(corpusPath, quiet: true, options: options, script: file) else { return 66 }
        let ok = session.run(source, name: file, interactive: false)
        return session.finish() && ok && session.errorCount == 0 ? 0 : 1
    }

    /// The interactive loop: libedit, history, completion, Ctrl-C.
    static func interactive(_ session: Session) {
        Interrupts.install()
        session.context.isCancelled = Interrupts.cancellationCheck
        Output.error("crq \(Crq.version) — .help for help, .quit or Ctrl-D to leave\n")
        let editor = EditLineSource(historyPath: EditLineSource.defaultHistoryPath(), completer: SessionCompleter(session: session))
        defer { editor.close() }
        let source = InterruptClearing(editor)
        session.run(source, name: "<shell>", interactive: true)
        session.finish()
    }
}

/// Clears a stale Ctrl-C before each statement is read, so it does not cancel the next one.
final class InterruptClearing: LineSource {
    private let inner: LineSource
    init(_ inner: LineSource) { self.inner = inner }
    func readLine(prompt: String) -> LineRead {
        let line = inner.readLine(prompt: prompt)
        _ = Interrupts.takeInterrupt()
        return line
    }
    func addHistory(_ entry: String) { inner.addHistory(entry) }
}
