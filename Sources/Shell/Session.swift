import CorpusModel
import Foundation
import QueryLanguage
import Rendering
import TextAnalysis

/// The interpreter behind the shell, scripts and `-c`: reads lines from a `LineSource`, gathers
/// them into statements (asking for more while a statement is incomplete), runs meta-commands and
/// statements, and writes results and errors.
///
/// It holds no terminal code: the executable gives it line sources, writers and a cancel flag.
package final class Session {
    package private(set) var context: EvalContext
    package var mode: OutputMode = .table
    package var options: RenderOptions
    var timer = false
    /// Continue after an error in non-interactive input (`--keep-going`).
    package var keepGoing = false
    /// Where results go when no `.output` file is open (standard output).
    private let standardOutput: (String) -> Void
    /// Writes errors, warnings and timings (standard error).
    let report: (String) -> Void
    /// Loads a corpus for `.load`: its path, the field mapping, and whether its snapshot may be read and
    /// written (false: `.load PATH --no-cache`).
    var loadCorpus: (String, FieldMapping, Bool) throws(LoadError) -> Corpus
    /// What `.load` says on standard error about the corpus it loaded.
    package var loadReport = LoadReport.summary
    /// The `--field` choices, used by `.load` unless it is given its own.
    package var fieldMapping = FieldMapping()
    /// Set by `.quit`.
    package private(set) var quitRequested = false
    /// Number of statements and meta-commands that failed.
    package private(set) var errorCount = 0
    /// Whether colour may be used in error messages.
    package var colorErrors = false
    /// The width error messages' hints are fitted to (a terminal's); 0 leaves them whole.
    package var errorWidth = 0
    /// Receives each table-mode result as data — its table (whole if it was one, else the rows shown),
    /// its full row count and its text —
    /// instead of the text being written (for notebooks rendered from result data).
    var onResult: ((Table, Int, String) -> Void)?
    /// How a statement is run: by the evaluator on the corpus, or (merging shards' partial results) otherwise.
    package var runStatement: (Statement, EvalContext) throws(QueryError) -> Relation = { s, c throws(QueryError) in try Evaluator.run(s, in: c) }

    package init(corpus: Corpus, options: RenderOptions = .fixed, write: @escaping (String) -> Void,
                report: @escaping (String) -> Void,
                loadCorpus: @escaping (String, FieldMapping, Bool) throws(LoadError) -> Corpus = { (p: String, m: FieldMapping, _: Bool) throws(LoadError) in
                    try CorpusLoader(fieldMapping: m).load(p)
                }) {
        self.context = EvalContext(corpus: corpus)
        self.options = options
        self.standardOutput = write
        self.report = report
        self.loadCorpus = loadCorpus
    }

    var corpus: Corpus { context.corpus }

    /// Replaces the corpus (names bound with `let` are dropped: they refer to the old corpus's rows).
    func replaceCorpus(_ corpus: Corpus) {
        let old = context
        context = EvalContext(corpus: corpus, workingDirectory: old.workingDirectory, safeMode: old.safeMode, isCancelled: old.isCancelled)
        context.timeLimit = old.timeLimit
        context.onProgress = old.onProgress
        context.readableFolders = old.readableFolders
    }

    /// The prompt for a new statement, naming the corpus.
    var prompt: String { "\(corpus.name)> " }
    static let continuationPrompt = "...> "

    // MARK: Running input

    /// Reads and runs everything from `source`. `name` is used in error positions (`analysis.crq:3:7`).
    /// Returns false if it stopped at an error (non-interactive input without `keepGoing`).
    @discardableResult
    package func run(_ source: LineSource, name: String, interactive: Bool) -> Bool {
        var reader = StatementReader(source: source, interactive: interactive)
        while !quitRequested {
            let prompt = self.prompt
            guard let chunk = reader.next(prompt: prompt, parse: { Self.completeness($0) }) else { break }
            switch chunk {
            case .interrupted:
                continue
            case let .meta(line, number):
                source.addHistory(line)
                let ok = runMeta(line, source: name, line: number)
                if !ok && !interactive && !keepGoing { return false }
            case let .statement(text, firstLine):
                source.addHistory(text)
                if interactive, let meta = metaWord(text) {
                    _ = runMeta(meta, source: name, line: firstLine)
                    continue
                }
                let ok = execute(text, name: name, firstLine: firstLine)
                if !ok && !interactive && !keepGoing { return false }
            }
        }
        return true
    }

    /// At the prompt, `help` (or `help TOPIC`), `quit` and `exit` alone (as other shells take them)
    /// are the meta-commands `.help` and `.quit`, unless `let` bound the word as a name.
    private func metaWord(_ text: String) -> String? {
        var line = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if line.hasSuffix(";") { line.removeLast() }
        let words = line.split(separator: " ", omittingEmptySubsequences: true)
        guard let word = words.first.map(String.init), context.bindings[word] == nil else { return nil }
        switch (word, words.count) {
        case ("help", 1), ("help", 2): return ".help " + words.dropFirst().joined()
        case ("quit", 1), ("exit", 1): return ".quit"
        default: return nil
        }
    }

    /// Whether statement text is complete (`true`), needs more lines (`false`).
    static func completeness(_ text: String) -> Bool {
        do {
            _ = try Parser.parse(SourceText(text))
            return true
        } catch {
            return error.kind != .incomplete
        }
    }

    /// Parses and runs one statement, printing its table or its error. Returns whether it succeeded.
    @discardableResult
    package func execute(_ text: String, name: String = "<input>", firstLine: Int = 1) -> Bool {
        let source = SourceText(text, name: name, firstLine: firstLine)
        let clock = RunClock()
        defer { context.onProgress?(.finished) }
        do {
            let statement = try Parser.parse(source)
            let result = try evaluate(statement)
            context.onProgress?(.finished)   // the progress line goes before the result is printed
            if case let .binding(bound, _) = statement.kind {
                write("\(bound): \(result.count) \(result.describe == "a table" ? "rows" : result.describe)\n")
            } else {
                if let onResult, mode == .table, output == nil {
                    // A table already in memory goes whole (a chart draws every row); unit rows as shown.
                    let (table, text) = renderTable(result)
                    if case let .table(whole) = result { onResult(whole, result.count, text) } else { onResult(table, result.count, text) }
                } else {
                    try RowStream.render(result, mode: mode, options: renderOptions, context, at: statement.pipeline.range) { write($0) }
                }
            }
            for note in context.notes { report(DiagnosticRenderer.render(note, in: source, color: colorErrors, width: errorWidth)) }
            context.notes = []
            if timer { report(clock.line()) }
            return true
        } catch {
            context.onProgress?(.finished)   // and before the error
            errorCount += 1
            report(DiagnosticRenderer.render(error, in: source, color: colorErrors, width: errorWidth))
            if timer { report(clock.line()) }
            return false
        }
    }

    /// Runs a statement, then writes the files its `save` stages ask for (also when a later stage
    /// failed, as they ran), within the statement's time limit; the first write that fails is the
    /// statement's error.
    func evaluate(_ statement: Statement) throws(QueryError) -> Relation {
        let start = ContinuousClock.now
        let result: Result<Relation, QueryError>
        do { result = .success(try runStatement(statement, context)) } catch { result = .failure(error) }
        let requests = context.writeRequests
        context.writeRequests = []
        context.deadline = context.timeLimit.map { start + $0 }
        defer { context.deadline = nil }
        for request in requests {
            var text = ""
            try RowStream.render(request.relation, mode: request.mode, options: RenderOptions(width: 0, color: false, maxRows: .max),
                                 columns: request.columns, task: "saving \(request.relation.count.grouped) rows to \(request.path)", context,
                                 at: request.range) { text += $0 }
            do {
                try AtomicFile.write(Data(text.utf8), to: request.url)
            } catch {
                throw QueryError(.runtime, "cannot write '\(request.path)': \(error.localizedDescription)", at: request.pathRange)
            }
        }
        return try result.get()
    }

    /// The render options in force (no colour while an `.output` file is open).
    private var renderOptions: RenderOptions {
        var options = self.options
        if output != nil { options.color = false }
        return options
    }

    /// Renders a whole result in the current mode (as far as it got, if the statement is cancelled meanwhile).
    package func render(_ result: Relation) -> String {
        var text = ""
        try? RowStream.render(result, mode: mode, options: renderOptions, context, at: SourceRange(0, 0)) { text += $0 }
        return text
    }

    /// A result's table (the rows the table view shows) and its text.
    private func renderTable(_ result: Relation) -> (table: Table, text: String) {
        let table = Materializer.table(result, context, limit: mode.isForPeople ? options.maxRows : nil)
        return (table, TableRenderer.render(table, mode: mode, options: renderOptions, totalRows: result.count))
    }

    // MARK: Output

    /// The file `.output FILE` opened: its path as given, where it goes, and the text collected for it.
    private var output: (path: String, url: URL, text: String)?

    /// Writes results: to standard output, or to the text collected for an open `.output` file.
    func write(_ text: String) {
        if output != nil { output!.text += text } else { standardOutput(text) }
    }

    /// Starts collecting results for `path` (closing an open one first); nil goes back to standard
    /// output. The file is written, atomically, when it is closed.
    func redirect(to path: String?) throws(MetaError) {
        try closeOutput()
        guard let path else { return }
        let url: URL
        do throws(QueryError) {
            url = try context.writableURL(path, at: SourceRange(0, 0))
        } catch {
            throw MetaError(error.message, hint: error.hint)
        }
        output = (path, url, "")
    }

    /// Writes the open `.output` file, if any, and goes back to standard output.
    private func closeOutput() throws(MetaError) {
        guard let (path, url, text) = output else { return }
        output = nil
        do {
            try AtomicFile.write(Data(text.utf8), to: url)
        } catch {
            throw MetaError("cannot write '\(path)': \(error.localizedDescription)")
        }
    }

    /// Ends the session: writes an open `.output` file. Returns false (reporting why) if that fails.
    @discardableResult
    package func finish() -> Bool {
        do throws(MetaError) {
            try closeOutput()
            return true
        } catch {
            errorCount += 1
            report("error: \(error.message)\n")
            return false
        }
    }

    /// Runs a meta-command line (`.mode csv`). Returns whether it succeeded.
    @discardableResult
    package func runMeta(_ line: String, source: String = "<input>", line number: Int = 1) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        let name = String(trimmed.dropFirst().prefix { !$0.isWhitespace })
        let args = trimmed.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces)
        let text = SourceText(trimmed, name: source, firstLine: number)
        guard let command = MetaCommands.named(name) else {
            return fail(text, SourceRange(0, name.utf8.count + 1), "unknown command '.\(name)'",
                        hint: MetaCommands.allNames.map { "." + $0 }.didYouMean("." + name, otherwise: "type .help for the list"))
        }
        do {
            try command.run(self, args)
            return true
        } catch {
            // Point at the fault in the arguments, else at them all (or the command when it has none).
            let argStart = args.isEmpty ? 0 : trimmed.utf8.count - args.utf8.count
            let range = error.range.map { SourceRange(argStart + $0.start, argStart + $0.end) }
                ?? (args.isEmpty ? SourceRange(0, name.utf8.count + 1) : SourceRange(argStart, trimmed.utf8.count))
            return fail(text, range, error.message, hint: error.hint)
        }
    }

    private func fail(_ text: SourceText, _ range: SourceRange, _ message: String, hint: String?) -> Bool {
        errorCount += 1
        report(DiagnosticRenderer.render(QueryError(.runtime, message, at: range, hint: hint), in: text, color: colorErrors, width: errorWidth))
        return false
    }

    /// Marks the session as finished (`.quit`).
    func requestQuit() { quitRequested = true }
}

/// Times a statement as sqlite3's `.timer` does.
struct RunClock {
    private let start = Date()
    private let usage = RunClock.cpu()

    static func cpu() -> (user: Double, sys: Double) {
        var u = rusage()
        #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &u)
        #else
        getrusage(RUSAGE_SELF, &u)
        #endif
        return (Double(u.ru_utime.tv_sec) + Double(u.ru_utime.tv_usec) / 1e6, Double(u.ru_stime.tv_sec) + Double(u.ru_stime.tv_usec) / 1e6)
    }

    /// `Run Time: real 0.012 user 0.010 sys 0.001`
    func line() -> String {
        let now = RunClock.cpu()
        return String(format: "Run Time: real %.3f user %.3f sys %.3f\n", Date().timeIntervalSince(start), now.user - usage.user, now.sys - usage.sys)
    }
}
