import ArgumentParser
import CorpusModel
import Foundation
import QueryLanguage
import Rendering
import Shell

/// `crq worker SHARD -c STATEMENT --part K`: one shard's partial result of a statement, as JSON lines
/// on standard output (docs/scale.md), for a cluster engine to move and `crq merge` to finish.
struct Worker: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a statement over one shard and print its partial result (JSON lines) for crq merge.",
        discussion: "Statements whose result cannot yet be merged exactly across shards are refused, naming the verb or unit.")

    @Argument(help: "A shard folder written by crq shard (or any corpus).")
    var shard: String

    @Option(name: .customShort("c"), help: ArgumentHelp("The statement.", valueName: "statement"))
    var statement: String

    @Option(help: "The shard's number: rows are merged in this order.")
    var part = 0

    @Flag(help: "The first pass of a statement on quotes: print the shard's name variants (for crq merge --variants).")
    var variants = false

    @Option(name: .customLong("entities"), help: ArgumentHelp("The second pass: resolve speakers and entities against the whole corpus's name variants (crq merge --variants wrote them).", valueName: "file"))
    var entitiesFile: String?

    @Flag(help: "The first pass of a statement on figures' quantities: print the shard's figures (for crq merge --quantities).")
    var figures = false

    @Option(name: .customLong("quantities"), help: ArgumentHelp("The second pass: give the figures the whole corpus's quantities (crq merge --quantities wrote them).", valueName: "file"))
    var quantitiesFile: String?

    @Flag(help: "The first pass of a statement on reused passages: print the shard's words (for crq merge --passages).")
    var words = false

    @Option(name: .customLong("passages"), help: ArgumentHelp("The second pass: use the whole corpus's reuse clusters (crq merge --passages wrote them).", valueName: "file"))
    var passagesFile: String?

    @Flag(help: "The first pass of compare … excluding shared: print the clusters the shard's groups touch (for crq merge --shared).")
    var touches = false

    @Option(name: .customLong("shared"), help: ArgumentHelp("The second pass of compare … excluding shared: the clusters the whole corpus's groups share (crq merge --shared wrote them).", valueName: "file"))
    var sharedFile: String?

    @Flag(help: "The first pass of a statement with a stage after limit or top: print the shard's candidate rows (for crq merge --select).")
    var pick = false

    @Option(name: .customLong("selected"), help: ArgumentHelp("The second pass: the rows limit or top keeps, chosen from every shard (crq merge --select wrote them).", valueName: "file"))
    var selectedFile: String?

    @OptionGroup var load: LoadOptions

    func run() throws {
        Output.ignoreBrokenPipe()
        let source = SourceText(statement, name: "-c")
        let parsed: Statement
        do { parsed = try Parser.parse(source) } catch { throw fail(error, source) }
        let corpus = try Launcher.loadCorpus(shard, report: load.report(interactive: false), mapping: load.fieldMapping, snapshots: load.snapshots)
        let context = EvalContext(corpus: corpus, isCancelled: Interrupts.cancellationCheck)
        Interrupts.install()
        do {
            let lines: [String]
            if variants {
                lines = try Partial.variantLines(shard: part, context)
            } else if words {
                lines = try Partial.wordLines(shard: part, context)
            } else {
                try Partial.resolveEntities(for: parsed, corpus, variantLines: try entitiesFile.map { try readLines($0, "the name variants") })
                if figures {
                    lines = try Partial.figureLines(shard: part, context)
                } else {
                    try Partial.resolveQuantities(for: parsed, shard: part, context,
                                                  lines: try quantitiesFile.map { try readLines($0, "the quantities") })
                    try Partial.resolvePassages(for: parsed, shard: part, context, lines: try passagesFile.map { try readLines($0, "the reused passages") })
                    lines = touches ? try Partial.touchLines(of: parsed, shard: part, context)
                        : pick ? try Partial.pickLines(of: parsed, shard: part, context)
                        : try Partial.lines(of: parsed, shard: part, context, selected: try selectedFile.map { try readLines($0, "the chosen rows") },
                                            shared: try sharedFile.map { try readLines($0, "the shared clusters") })
                }
            }
            var text = ""
            for line in lines {
                text += line + "\n"
                if text.utf8.count > 1 << 16 { Output.write(text); text = "" }
            }
            Output.write(text)
        } catch let error as QueryError {
            throw fail(error, source)
        }
    }
}

/// The lines of the file at `path`, or exit 66 saying it cannot read `what`.
private func readLines(_ path: String, _ what: String) throws -> [String] {
    guard let bytes = FileBytes.read(path) else {
        Output.error(path: path, "cannot read \(what)")
        throw ExitCode(66)
    }
    return String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
}

/// `crq merge -c STATEMENT [PARTIAL …]`: the result of a statement from its shards' partial results,
/// printed as `crq -c STATEMENT` prints it on the whole corpus.
struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Merge the partial results of crq worker (files, or standard input) and print the statement's result.")

    @Option(name: .customShort("c"), help: ArgumentHelp("The statement the workers ran.", valueName: "statement"))
    var statement: String

    @Argument(help: "Files of partial results (JSON lines); none: standard input.")
    var partials: [String] = []

    @Option(name: .long, help: "Output mode: table, csv, tsv, json, jsonl, markdown or line.")
    var mode: String?

    @Flag(help: "Only check that the statement can run over shards (exit 1 with the reason if not); prints the passes it needs first, one a line: 'entities' (name variants), 'figures' (quantities), 'passages' (reuse clusters), 'shared' (the clusters groups share), 'select' (the rows a limit keeps).")
    var check = false

    @Flag(help: "Merge the shards' name variants (crq worker --variants) into the whole corpus's, printed for crq worker --entities.")
    var variants = false

    @Flag(help: "Group the shards' figures (crq worker --figures) into the whole corpus's quantities, printed for crq worker --quantities.")
    var quantities = false

    @Flag(help: "Find the whole corpus's reuse clusters from the shards' words (crq worker --words), printed for crq worker --passages.")
    var passages = false

    @Flag(help: "The clusters two groups or more touch, from the shards' (crq worker --touches), printed for crq worker --shared.")
    var shared = false

    @Flag(help: "Choose the rows limit or top keeps from the shards' candidates (crq worker --pick), printed for crq worker --selected.")
    var select = false

    func run() throws {
        Output.ignoreBrokenPipe()
        let source = SourceText(statement, name: "-c")
        if check {
            do { Output.write(try Partial.check(Parser.parse(source)).map { $0.rawValue + "\n" }.joined()) } catch { throw fail(error, source) }
            return
        }
        var lines: [String] = []
        if partials.isEmpty { lines = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self).split(separator: "\n").map(String.init) }
        for path in partials { lines += try readLines(path, "this partial result") }
        if variants || quantities || passages || shared || select {
            do {
                let out = variants ? try Partial.corpusVariants(lines)
                    : quantities ? try Partial.corpusQuantities(lines)
                    : passages ? try Partial.corpusPassages(lines, EvalContext(corpus: .empty(name: "shards"), isCancelled: Interrupts.cancellationCheck))
                    : shared ? try Partial.sharedClusters(lines) : try Partial.selection(Parser.parse(source), lines: lines)
                Output.write(out.map { $0 + "\n" }.joined())
            } catch { throw fail(error, source) }
            return
        }
        let width = Terminal.stdoutIsTTY ? Terminal.width : 100
        let session = Session(corpus: .empty(name: "shards"), options: RenderOptions(width: width, color: Terminal.colorAllowed, maxRows: 100),
                              write: Output.write, report: Output.error)
        session.colorErrors = Terminal.stderrIsTTY && Terminal.colorAllowed
        if let mode {
            guard let m = OutputMode(rawValue: mode.lowercased()) else { throw ValidationError("unknown mode '\(mode)'") }
            session.mode = m
        }
        session.runStatement = { s, c throws(QueryError) in try Partial.merge(s, lines: lines, c) }
        let ok = session.execute(statement, name: "-c")
        throw ExitCode(ok ? 0 : 1)
    }
}

/// Prints a statement's error with its caret and gives exit status 1.
private func fail(_ error: QueryError, _ source: SourceText) -> ExitCode {
    Output.error(DiagnosticRenderer.render(error, in: source, color: Terminal.stderrIsTTY && Terminal.colorAllowed))
    return ExitCode(1)
}
