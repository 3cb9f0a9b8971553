import CorpusModel
import Foundation
import QueryLanguage
import Rendering
import TextAnalysis

/// Why a meta-command failed.
struct MetaError: Error, Sendable {
    package let message: String
    package let hint: String?
    /// Where in the command's arguments the fault is (a statement given to `.ast`); nil: the arguments as a whole.
    let range: SourceRange?
    init(_ message: String, hint: String? = nil, at range: SourceRange? = nil) {
        self.message = message
        self.hint = hint
        self.range = range
    }
}

/// A dot-command of the shell (`.mode csv`), as in sqlite3.
struct MetaCommand: Sendable {
    let name: String
    let usage: String
    let summary: String
    /// Other names it answers to (`.exit` for `.quit`), completed but not listed on their own.
    var otherNames: [String] = []
    let run: @Sendable (Session, String) throws(MetaError) -> Void
}

/// Every meta-command, in the order `.help` lists them.
enum MetaCommands {
    static let all: [MetaCommand] = [
        MetaCommand(name: "help", usage: ".help [TOPIC]", summary: "this overview, or help on a verb, unit, command or topic") { s, args throws(MetaError) in
            s.write(HangingIndent.fit(try Help.text(for: args), width: s.options.width))
        },
        MetaCommand(name: "load", usage: ".load PATH [--field FIELD=NAME …]",
                    summary: "open another corpus (a folder, or a .txt, .md, .csv, .tsv, .json or .jsonl file, also .gz); --no-cache: without its snapshot") { s, args throws(MetaError) in
            guard !args.isEmpty else { throw MetaError("which corpus?", hint: ".load PATH (a folder or a file)") }
            let (given, mapping, cache) = try Self.loadOptions(args, default: s.fieldMapping)
            let path = Self.expandTilde(given)
            try Self.checkReadable(s, path)
            do throws(LoadError) {
                let corpus = try s.loadCorpus(path, mapping, cache)
                s.replaceCorpus(corpus)
                s.report(Summary.report(corpus, s.loadReport))
            } catch {
                throw MetaError("\(error.path): \(error.message); the current corpus stays open", hint: DiagnosticRenderer.hint(error))
            }
        },
        MetaCommand(name: "docs", usage: ".docs", summary: "list the documents") { s, _ throws(MetaError) in
            s.write(s.render(try Self.statement(s, "docs | show id, name, source, date, title, words")))
        },
        MetaCommand(name: "show", usage: ".show LOCATOR", summary: "a document, paragraph or sentence in context (000, 000:5, 000:5:2; a quotation's 000:5:2.2: its sentence)") { s, args throws(MetaError) in
            guard !args.isEmpty else { throw MetaError("what should be shown?", hint: ".show 000:5:2 (document:paragraph:sentence)") }
            do throws(LocatorError) {
                s.write(ContextView.render(try s.corpus.resolve(locator: args), in: s.corpus, color: s.options.color, width: s.options.width))
            } catch {
                throw MetaError(error.message, hint: error.hint)
            }
        },
        MetaCommand(name: "mode", usage: ".mode table|csv|tsv|json|jsonl|markdown|line", summary: "how results are printed") { s, args throws(MetaError) in
            guard !args.isEmpty else { s.write("\(s.mode.rawValue)\n"); return }
            guard let m = OutputMode(rawValue: args.lowercased()) else {
                throw MetaError("unknown mode '\(args)'", hint: "modes: " + OutputMode.allCases.map(\.rawValue).joined(separator: ", "))
            }
            s.mode = m
        },
        MetaCommand(name: "timer", usage: ".timer on|off", summary: "print the time each statement takes (on standard error)") { s, args throws(MetaError) in
            s.timer = try Self.onOff(args, "timer")
        },
        MetaCommand(name: "wrap", usage: ".wrap on|off", summary: "long values in tables of few rows wrap onto more lines (on) or are cut (off)") { s, args throws(MetaError) in
            guard !args.isEmpty else { s.write(s.options.wrap ? "on\n" : "off\n"); return }
            s.options.wrap = try Self.onOff(args, "wrap")
        },
        MetaCommand(name: "maxrows", usage: ".maxrows N", summary: "rows printed in table, markdown and line modes (default 100)") { s, args throws(MetaError) in
            guard let n = Int(args), n > 0 else { throw MetaError("expected a positive number", hint: ".maxrows 500") }
            s.options.maxRows = n
        },
        MetaCommand(name: "read", usage: ".read FILE", summary: "run the statements in a .crq file") { s, args throws(MetaError) in
            guard !args.isEmpty else { throw MetaError("which file?", hint: ".read analysis.crq") }
            let path = Self.expandTilde(args)
            try Self.checkReadable(s, path)
            guard let source = FileLineSource(path: path) else { throw MetaError("cannot read '\(args)': \(FileBytes.whyUnreadable(path))") }
            if !s.run(source, name: path, interactive: false) { throw MetaError("\(args) stopped at an error") }
        },
        MetaCommand(name: "output", usage: ".output [FILE]", summary: "send results to a file (written when closed), or back to the screen") { s, args throws(MetaError) in
            try s.redirect(to: args.isEmpty ? nil : Self.expandTilde(args))
        },
        MetaCommand(name: "warnings", usage: ".warnings", summary: "what the loader noticed about the corpus") { s, _ throws(MetaError) in
            let w = s.corpus.warnings
            s.write(w.isEmpty ? "no warnings\n" : w.map(DiagnosticRenderer.render).joined(separator: "\n") + "\n")
        },
        MetaCommand(name: "ast", usage: ".ast STATEMENT", summary: "how a statement parses: a tree of its parts with line:column ranges") { s, args throws(MetaError) in
            guard !args.isEmpty else { throw MetaError("which statement?", hint: ".ast sentences | filter \"restraint\" | count") }
            do throws(QueryError) {
                s.write(ASTDump.text(try Parser.parse(SourceText(args, name: ".ast"))) + "\n")
            } catch {
                throw MetaError(error.message, hint: error.hint, at: error.range)
            }
        },
        MetaCommand(name: "quit", usage: ".quit", summary: "leave crq (also .exit, Ctrl-D)", otherNames: ["exit"]) { s, _ throws(MetaError) in s.requestQuit() },
    ]

    static func named(_ name: String) -> MetaCommand? { all.first { $0.name == name || $0.otherNames.contains(name) } }

    /// Every name a command answers to, for completion and suggestions.
    static let allNames = all.flatMap { [$0.name] + $0.otherNames }

    /// `on` or `off` as a setting of the command `name`.
    static func onOff(_ args: String, _ name: String) throws(MetaError) -> Bool {
        switch args.lowercased() {
        case "on": return true
        case "off": return false
        default: throw MetaError("expected on or off", hint: ".\(name) on")
        }
    }

    static func expandTilde(_ path: String) -> String { (path as NSString).expandingTildeInPath }

    /// Splits `PATH --field text=body --field … --no-cache` into the path, the field mapping (`fallback`
    /// when no `--field` is given) and whether the snapshot may be used (not with `--no-cache`); the
    /// options start at the first ` --`, and an option of another name is an error, not part of the path.
    static func loadOptions(_ args: String, default fallback: FieldMapping) throws(MetaError) -> (path: String, mapping: FieldMapping, cache: Bool) {
        guard let flag = args.range(of: " --") else { return (args, fallback, true) }
        var specs: [String] = [], cache = true
        var words = args[flag.lowerBound...].split(separator: " ").map(String.init)[...]
        while let word = words.popFirst() {
            if word == "--field", let spec = words.popFirst() { specs.append(spec) }
            else if word.hasPrefix("--field=") { specs.append(String(word.dropFirst(8))) }
            else if word == "--no-cache" { cache = false }
            else { throw MetaError("expected --field FIELD=NAME or --no-cache, found '\(word)'", hint: ".load export.csv --field text=body") }
        }
        if specs.isEmpty { return (String(args[..<flag.lowerBound]).trimmingBlanks(), fallback, cache) }
        do throws(FieldMapping.BadSpec) {
            return (String(args[..<flag.lowerBound]).trimmingBlanks(), try FieldMapping(specs), cache)
        } catch {
            throw MetaError("--field \(error.spec): \(error.message)", hint: ".load export.csv --field text=body")
        }
    }

    /// Throws if safe mode forbids reading `path`.
    static func checkReadable(_ s: Session, _ path: String) throws(MetaError) {
        do { try s.context.checkReadable(path, at: SourceRange(0, 0)) } catch { throw MetaError(error.message, hint: error.hint) }
    }

    static func statement(_ s: Session, _ text: String) throws(MetaError) -> Relation {
        do { return try Evaluator.run(text, in: s.context) } catch { throw MetaError(error.message) }
    }
}

/// Reads a file line by line, for `.read` and scripts.
package final class FileLineSource: LineSource {
    private let lines: [String]
    private var next = 0

    package init?(path: String) {
        guard var bytes = FileBytes.read(path) else { return nil }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        lines = Self.lines(of: String(decoding: bytes, as: UTF8.self))
    }

    init(text: String) {
        lines = Self.lines(of: text)
    }

    /// The lines of `text`, split at each line feed (a CR before it stays, for the reader to drop:
    /// Swift's `Character` holds CR LF as one, so splitting characters would not split CRLF text).
    static func lines(of text: String) -> [String] {
        var lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    package func readLine(prompt: String) -> LineRead {
        guard next < lines.count else { return .end }
        defer { next += 1 }
        return .line(lines[next])
    }

    package func addHistory(_ entry: String) {}
}

/// How much is said on standard error after a corpus loads.
package enum LoadReport: Sendable {
    /// Nothing (`--quiet`).
    case silent
    /// The summary line (the interactive shell, where `.warnings` lists the rest).
    case summary
    /// Each warning and note (at most `Summary.alike` saying one thing, the others counted), then the
    /// summary line, when there is any (scripts and `-c`).
    case warnings
}

/// The one-line summary printed after loading.
package enum Summary {
    /// What to say after `c` loaded, as `report` asks (each line ends in a line break).
    package static func report(_ c: Corpus, _ report: LoadReport) -> String {
        switch report {
        case .silent: return ""
        case .summary: return line(c) + "\n"
        case .warnings:
            guard !c.warnings.isEmpty else { return "" }
            return listing(c.warnings) + line(c, listed: true) + "\n"
        }
    }

    /// How many warnings saying one thing are printed after a load; 23 files of decomposed Unicode make
    /// three lines and a count, not 23 lines at every open.
    static let alike = 3

    /// The warnings, at most `alike` of each message and severity; then, per message and severity,
    /// how many more say it (a note and a warning saying one thing are counted apart).
    static func listing(_ warnings: [LoadWarning]) -> String {
        struct Saying: Hashable { let severity: String, message: String }
        var said: [Saying: Int] = [:], sayings: [Saying] = [], s = ""
        for w in warnings {
            let saying = Saying(severity: w.severity.rawValue, message: w.message)
            let n = said[saying, default: 0]
            if n == 0 { sayings.append(saying) }
            said[saying] = n + 1
            if n < alike { s += DiagnosticRenderer.render(w) + "\n" }
        }
        for saying in sayings where said[saying]! > alike {
            let more = said[saying]! - alike
            s += "\(saying.severity): \(more) more like \(alike == 1 ? "it" : "these"): \(saying.message) (.warnings lists them)\n"
        }
        return s
    }

    /// `seeds: 5 documents, 150 sentences, 3,194 tokens in 0.04 s; 1 warning (.warnings lists them)`;
    /// `listed` when the warnings were just printed.
    package static func line(_ c: Corpus, listed: Bool = false) -> String {
        let warnings = c.warnings.filter { $0.severity == .warning }.count
        let notes = c.warnings.count - warnings
        let docs = c.documents.count == 1 ? "1 document" : "\(c.documents.count.grouped) documents"
        var s = "\(c.name): \(docs), \(c.sentenceCount.grouped) sentences, \(c.tokenCount.grouped) tokens"
        s += String(format: " in %.2f s", c.loadSeconds)
        if warnings + notes > 0 {
            var parts: [String] = []
            if warnings > 0 { parts.append("\(warnings) warning\(warnings == 1 ? "" : "s")") }
            if notes > 0 { parts.append("\(notes) note\(notes == 1 ? "" : "s")") }
            s += "; " + parts.joined(separator: ", ") + (listed ? "" : " (.warnings lists them)")
        }
        return s
    }
}
