import ArgumentParser
import CorpusModel
import Foundation
import QueryLanguage
import Shell
import TextAnalysis

/// `crq`: the command line. Parsing is swift-argument-parser's; everything else is in the library layers (Shell and below).
@main
struct Crq: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "crq",
        abstract: "A corpus query shell for news analysts: filter, group, compare, quote.",
        usage: """
        crq [CORPUS] [-c STATEMENT …] [--field FIELD=NAME …] [--quiet] [--mode MODE] [--keep-going] [--timeout SECONDS] [--safe]
          crq FILE.crq [--corpus PATH] [--mode MODE] [--keep-going] [--timeout SECONDS] [--safe]
          crq run [--update] FILE.crq [--corpus PATH];  crq check FILE.crq …;  crq render [--html] FILE.crq [-o OUT]
          crq index CORPUS [--verify] [--no-annotations]
          crq shard CORPUS --parts N --out DIR
          crq worker SHARD --part K [--variants | --entities FILE] -c STATEMENT;  crq merge [--variants] -c STATEMENT [PARTIAL …]   (docs/scale.md)
        """,
        discussion: """
        With no CORPUS, crq opens the seed corpus (the seeds/ folder of its package). A CORPUS is a \
        folder (read recursively) or a file: .txt/.md (one document each), .csv/.tsv with a header, \
        .json or .jsonl (one article per row or record), any of them gzip-compressed (.gz); \
        .help corpus in the shell says which field names are read. A FILE.crq in its place runs that script. \
        The first open of a corpus writes a snapshot of it (beside it, or under $XDG_CACHE_HOME/crq), so \
        the next opens are immediate, and its annotations are kept beside the snapshot once extracted; \
        --no-cache (or CRQ_NO_CACHE=1) neither reads nor writes either.

        Exit status: 0 success, 1 a statement or command failed, 64 bad command line, \
        66 a corpus or script could not be read.
        """,
        version: version,
        subcommands: commands
    )

    /// Subcommands, dispatched before parsing: swift-argument-parser would read `run` as the CORPUS argument.
    static let commands: [any ParsableCommand.Type] = [Run.self, Check.self, Render.self, Index.self, Bench.self, Shard.self, Worker.self, Merge.self]

    static func main() {
        Interrupts.removeTemporaryFilesOnTermination()
        var arguments = Array(CommandLine.arguments.dropFirst())
        // `crq help [COMMAND]`, as the help's last line says, unless a corpus is named `help`.
        if arguments.first == "help", !FileManager.default.fileExists(atPath: "help") {
            arguments = arguments.count == 1 ? ["--help"] : Array(arguments.dropFirst()) + ["--help"]
        }
        let word = firstWord(of: arguments)
        if let word, commands.contains(where: { $0._commandName == arguments[word] }) {
            // A command after options (`crq --no-cache check a.crq`) is the command, with the options after it.
            Subcommands.main([arguments[word]] + arguments[..<word] + arguments[(word + 1)...])
        } else if let word, let message = unknownCommand(arguments[word], followedBy: arguments[(word + 1)...]) {
            exit(withError: ValidationError(message))
        } else {
            main(arguments)
        }
    }

    /// The options of `crq` that take a value: the word after one is its value, not a command or corpus.
    static let valuedOptions: Set<String> = ["-c", "--corpus", "--mode", "--timeout", "--field"]

    /// Where the first argument that is neither an option nor an option's value stands (the command or corpus).
    static func firstWord(of arguments: [String]) -> Int? {
        var i = 0
        while i < arguments.count {
            let argument = arguments[i]
            if argument == "--" { return nil }   // what follows is a corpus, whatever its name
            guard argument.hasPrefix("-"), argument.count > 1 else { return i }
            i += valuedOptions.contains(argument) ? 2 : 1
        }
        return nil
    }

    /// The message for a first argument that reads as a mistyped command rather than a corpus: a bare
    /// word (no path separator, no extension, no such file) near a command's name, or followed by
    /// another argument that is not an option (`crq chek analysis.crq`, `crq notebook analysis.crq`),
    /// which the parser would otherwise reject as "Unexpected argument" with the word taken for a corpus.
    static func unknownCommand(_ word: String, followedBy rest: ArraySlice<String>) -> String? {
        guard !word.isEmpty, !word.hasPrefix("-"), !word.contains("/"), !word.contains("."), !FileManager.default.fileExists(atPath: word) else { return nil }
        let names = commands.map { $0._commandName }
        let near = names.didYouMean(word)
        guard near != nil || rest.first.map({ !$0.hasPrefix("-") }) == true else { return nil }
        return "unknown command '\(word)' (nor a corpus of that name); " + (near ?? "commands: " + names.joined(separator: ", "))
    }

    @Argument(help: "A corpus folder or file (.txt, .md, .csv, .tsv, .json, .jsonl, also .gz; default: the seeds), or a FILE.crq script to run.")
    var corpus: String?

    @Option(name: .customShort("c"), help: ArgumentHelp("Run a statement or .command and exit (repeatable, run in order).", valueName: "statement"))
    var commands: [String] = []

    @Option(name: .customLong("corpus"), help: ArgumentHelp("With a FILE.crq: the corpus to run it on (default: the seeds), as crq run takes it.", valueName: "path"))
    var scriptCorpus: String?

    @OptionGroup var options: RunOptions

    /// Whether the argument is a script to run rather than a corpus to open.
    private var isScript: Bool { corpus?.hasSuffix(".crq") == true }

    func validate() throws {
        if scriptCorpus != nil && !isScript { throw ValidationError("--corpus goes with a FILE.crq; give a corpus to open as the first argument") }
        if isScript && !commands.isEmpty { throw ValidationError("-c runs statements on a corpus; a FILE.crq runs its own (add them to it, or run the file with .read)") }
    }

    func run() throws {
        if let corpus, isScript {
            throw ExitCode(Launcher.runScript(corpus, corpusPath: scriptCorpus, options: options))
        }
        let session = try Launcher.openSession(corpus, interactive: commands.isEmpty && Terminal.stdinIsTTY, options: options)
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
    @Option(name: .long, help: "Output mode: table, csv, tsv, json, jsonl, markdown or line.")
    var mode: String?

    @Flag(name: .long, help: "Keep running a script after a statement fails (the exit status is still 1).")
    var keepGoing = false

    @Option(name: .long, help: ArgumentHelp("Stop a statement that runs longer than this, with an error naming it.", valueName: "seconds"))
    var timeout: Double?

    @Flag(name: .long, help: "Write files only inside the current folder; read only inside the corpus's and the script's folders.")
    var safe = false

    @OptionGroup var load: LoadOptions

    func validate() throws {
        if let timeout, !(timeout > 0 && timeout < 1e9) { throw ValidationError("--timeout takes a number of seconds above 0") }
        try load.validate()
    }

    func loadReport(interactive: Bool) -> LoadReport { load.report(interactive: interactive) }
    var fieldMapping: FieldMapping { load.fieldMapping }
    var snapshots: Bool { load.snapshots }

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
        session.fieldMapping = fieldMapping
        session.context.timeLimit = timeLimit
        session.context.safeMode = safe
    }
}

/// How a corpus is read and what is said about it: shared by every command that loads one.
struct LoadOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Read a document field (text, title, source, date, author, url, id) from a CSV/TSV column or JSON key of another name, e.g. --field text=body (repeatable).", valueName: "field=name"))
    var field: [String] = []

    @Flag(name: [.short, .long], help: "Say nothing about loading the corpus: no progress, summary, warnings or notes on standard error.")
    var quiet = false

    @Flag(name: .long, help: "Load the corpus from its files, neither reading nor writing its snapshot (also: CRQ_NO_CACHE=1).")
    var noCache = false

    /// Whether the corpus is opened through its snapshot.
    var snapshots: Bool { !noCache && (ProcessInfo.processInfo.environment["CRQ_NO_CACHE"] ?? "").isEmpty }

    func validate() throws {
        do { _ = try FieldMapping(field) } catch { throw ValidationError("--field \(error.spec): \(error.message)") }
    }

    /// What is said after a corpus loads: the summary in the shell; outside it, each warning and
    /// note and the summary (so scripts see them); nothing with `--quiet`.
    func report(interactive: Bool) -> LoadReport { quiet ? .silent : interactive ? .summary : .warnings }

    /// The `--field` choices (checked by `validate`).
    var fieldMapping: FieldMapping { (try? FieldMapping(field)) ?? FieldMapping() }
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
    static func openSession(_ path: String?, interactive: Bool, options: RunOptions, script: String? = nil) throws -> Session {
        let corpusPath = path ?? SeedLocator.path()
        let report = options.loadReport(interactive: interactive)
        let corpus = try loadCorpus(corpusPath, report: report, mapping: options.fieldMapping, snapshots: options.snapshots)
        let width = Terminal.stdoutIsTTY ? Terminal.width : 100
        let session = Session(corpus: corpus, options: RenderOptions(width: width, color: Terminal.colorAllowed, maxRows: 100),
                              write: Output.write, report: Output.error,
                              loadCorpus: { (p: String, m: FieldMapping, cache: Bool) throws(LoadError) in
                                  try load(p, mapping: m, report: report, snapshots: options.snapshots && cache)
                              })
        session.colorErrors = Terminal.stderrIsTTY && Terminal.colorAllowed
        session.errorWidth = Terminal.stderrIsTTY ? Terminal.width : 0
        if let line = ProgressLine.forTerminal() { session.context.onProgress = { line.report($0) } }
        try options.apply(to: session)
        session.loadReport = report
        session.context.readableFolders = [folder(of: corpusPath), script.map(folder(of:)) ?? "."]
        return session
    }

    /// The folder a corpus or script path names or is in.
    static func folder(of path: String) -> String {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue { return path }
        let parent = (path as NSString).deletingLastPathComponent
        return parent.isEmpty ? "." : parent
    }

    /// Loads a corpus (the seeds by default) and says what `report` asks on standard error; on
    /// failure prints why and throws exit status 66.
    static func loadCorpus(_ path: String?, report: LoadReport, mapping: FieldMapping = FieldMapping(),
                           snapshots: Bool = true) throws -> Corpus {
        Output.ignoreBrokenPipe()
        do {
            let corpus = try load(path ?? SeedLocator.path(), mapping: mapping, report: report, snapshots: snapshots)
            Output.error(Summary.report(corpus, report))
            return corpus
        } catch {
            Output.error(error)
            throw ExitCode(66)
        }
    }

    /// Loads a corpus, through its snapshot when `snapshots`, showing progress on standard error (a
    /// terminal) unless `report` is silent.
    static func load(_ path: String, mapping: FieldMapping, report: LoadReport, snapshots: Bool) throws(LoadError) -> Corpus {
        let line = report != .silent ? ProgressLine.forTerminal() : nil
        let (loader, store) = loaders(mapping: mapping, progress: line, speak: report != .silent, placement: placement(path))
        defer { line?.report(.finished) }
        line?.opening(path)
        return snapshots ? try store.open(path, loader: loader) : try loader.load(path)
    }

    /// Where the snapshot of the corpus at `path` goes: the seeds' in the cache folder, so a checkout
    /// of crq (and a test run in it) stays clean; any other beside the corpus.
    static func placement(_ path: String) -> SnapshotStore.Placement {
        func real(_ p: String) -> String { URL(fileURLWithPath: p).standardizedFileURL.resolvingSymlinksInPath().path }
        return real(path) == real(SeedLocator.path()) ? .cache : .beside
    }

    /// A loader and a snapshot store that show progress on `progress` (a terminal's) and stop on
    /// Ctrl-C; the store says why it rebuilds a snapshot when `speak` (an out-of-date one only on a terminal).
    static func loaders(mapping: FieldMapping = FieldMapping(), progress line: ProgressLine?, speak: Bool = true,
                        placement: SnapshotStore.Placement, verify: Bool = false) -> (CorpusLoader, SnapshotStore) {
        var onProgress: (@Sendable (CorpusLoader.Progress) -> Void)?
        if let line { onProgress = { line.report($0.work) } }
        let loader = CorpusLoader(fieldMapping: mapping, onProgress: onProgress, isCancelled: Interrupts.cancellationCheck)
        var store = SnapshotStore(crqVersion: Crq.version, placement: placement)
        store.verify = verify
        store.notice = { notice in
            guard speak && (!notice.isStale || line != nil) else { return }
            line?.report(.finished)
            Output.error("crq: \(notice)\n")
        }
        if let line { store.onWrite = { line.report(WorkProgress(task: "writing the snapshot…", done: 0, total: 0)) } }
        return (loader, store)
    }

    /// Runs a script file; returns the exit status.
    static func runScript(_ file: String, corpusPath: String?, options: RunOptions) -> Int32 {
        guard let source = FileLineSource(path: file) else {
            Output.error(path: file, "cannot read this script: \(FileBytes.whyUnreadable(file))")
            return 66
        }
        guard let session = try? openSession(corpusPath, interactive: false, options: options, script: file) else { return 66 }
        let ok = session.run(source, name: file, interactive: false)
        return session.finish() && ok && session.errorCount == 0 ? 0 : 1
    }

    /// The interactive loop: libedit, history, completion, Ctrl-C.
    static func interactive(_ session: Session) {
        Terminal.saveModes()
        Interrupts.install()
        session.context.isCancelled = Interrupts.cancellationCheck
        Output.error("crq \(Crq.version) — .help for help, .quit or Ctrl-D to leave\n")
        let editor = EditLineSource(historyPath: EditLineSource.defaultHistoryPath(), completer: SessionCompleter(session: session))
        defer { editor.close() }
        let source = StatementBoundary(editor)
        session.run(source, name: "<shell>", interactive: true)
        Terminal.echoTyping(true)
        session.finish()
    }
}

/// Between the prompt and the run of what was typed at it: clears a stale Ctrl-C, so it does not
/// cancel the next statement, and stops the terminal echoing keys while the statement runs (they
/// would land on its progress line); echo is back on for the next prompt.
final class StatementBoundary: LineSource {
    private let inner: LineSource
    init(_ inner: LineSource) { self.inner = inner }
    func readLine(prompt: String) -> LineRead {
        Terminal.echoTyping(true)
        let line = inner.readLine(prompt: prompt)
        _ = Interrupts.takeInterrupt()
        Terminal.echoTyping(false)
        return line
    }
    func addHistory(_ entry: String) { inner.addHistory(entry) }
}
