import Foundation

/// Why a meta-command failed.
public struct MetaError: Error, Sendable {
    public let message: String
    public let hint: String?
    init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }
}

/// A dot-command of the shell (`.mode csv`), as in sqlite3.
public struct MetaCommand: Sendable {
    public let name: String
    public let usage: String
    public let summary: String
    let run: @Sendable (Session, String) throws(MetaError) -> Void
}

/// Every meta-command, in the order `.help` lists them.
public enum MetaCommands {
    public static let all: [MetaCommand] = [
        MetaCommand(name: "help", usage: ".help [TOPIC]", summary: "this overview, or help on a verb, unit, command or topic") { s, args throws(MetaError) in
            s.write(try Help.text(for: args))
        },
        MetaCommand(name: "load", usage: ".load PATH", summary: "open another corpus (a folder of .txt/.md files or a .jsonl file)") { s, args throws(MetaError) in
            guard !args.isEmpty else { throw MetaError("which corpus?", hint: ".load PATH (a folder or a .jsonl file)") }
            let path = Self.expandTilde(args)
            try Self.checkReadable(s, path)
            do throws(LoadError) {
                let corpus = try s.loadCorpus(path)
                s.replaceCorpus(corpus)
                s.report(Summary.line(corpus) + "\n")
            } catch {
                throw MetaError("\(error.path): \(error.message); the current corpus stays open", hint: error.hint)
            }
        },
        MetaCommand(name: "docs", usage: ".docs", summary: "list the documents") { s, _ throws(MetaError) in
            s.write(s.render(try Self.statement(s, "docs | show id, name, source, date, title, words")))
        },
        MetaCommand(name: "show", usage: ".show LOCATOR", summary: "a document, paragraph or sentence in context (000, 000:5, 000:5:2)") { s, args throws(MetaError) in
            guard !args.isEmpty else { throw MetaError("what should be shown?", hint: ".show 000:5:2 (document:paragraph:sentence)") }
            do throws(LocatorError) {
                s.write(ContextView.render(try s.corpus.resolve(locator: args), in: s.corpus, color: s.options.color))
            } catch {
                throw MetaError(error.description)
            }
        },
        MetaCommand(name: "mode", usage: ".mode table|csv|tsv|json|jsonl|markdown", summary: "how results are printed") { s, args throws(MetaError) in
            guard !args.isEmpty else { s.write("\(s.mode.rawValue)\n"); return }
            guard let m = OutputMode(rawValue: args.lowercased()) else {
                throw MetaError("unknown mode '\(args)'", hint: "modes: " + OutputMode.allCases.map(\.rawValue).joined(separator: ", "))
            }
            s.mode = m
        },
        MetaCommand(name: "timer", usage: ".timer on|off", summary: "print the time each statement takes (on standard error)") { s, args throws(MetaError) in
            switch args.lowercased() {
            case "on": s.timer = true
            case "off": s.timer = false
            default: throw MetaError("expected on or off", hint: ".timer on")
            }
        },
        MetaCommand(name: "maxrows", usage: ".maxrows N", summary: "rows printed in table and markdown modes (default 100)") { s, args throws(MetaError) in
            guard let n = Int(args), n > 0 else { throw MetaError("expected a positive number", hint: ".maxrows 500") }
            s.options.maxRows = n
        },
        MetaCommand(name: "read", usage: ".read FILE", summary: "run the statements in a .crq file") { s, args throws(MetaError) in
            guard !args.isEmpty else { throw MetaError("which file?", hint: ".read analysis.crq") }
            let path = Self.expandTilde(args)
            try Self.checkReadable(s, path)
            guard let source = FileLineSource(path: path) else { throw MetaError("cannot read '\(args)'") }
            if !s.run(source, name: path, interactive: false) { throw MetaError("\(args) stopped at an error") }
        },
        MetaCommand(name: "output", usage: ".output [FILE]", summary: "send results to a file (written when closed), or back to the screen") { s, args throws(MetaError) in
            try s.redirect(to: args.isEmpty ? nil : Self.expandTilde(args))
        },
        MetaCommand(name: "warnings", usage: ".warnings", summary: "what the loader noticed about the corpus") { s, _ throws(MetaError) in
            let w = s.corpus.warnings
            s.write(w.isEmpty ? "no warnings\n" : w.map(\.description).joined(separator: "\n") + "\n")
        },
        MetaCommand(name: "ast", usage: ".ast STATEMENT", summary: "how a statement parses: a tree of its parts with line:column ranges") { s, args throws(MetaError) in
            do throws(QueryError) {
                s.write(ASTDump.text(try Parser.parse(SourceText(args, name: ".ast"))) + "\n")
            } catch {
                s.report(DiagnosticRenderer.render(error, in: SourceText(args, name: ".ast")))
                throw MetaError("the statement does not parse")
            }
        },
        MetaCommand(name: "quit", usage: ".quit", summary: "leave crq (also .exit, Ctrl-D)") { s, _ throws(MetaError) in s.requestQuit() },
        MetaCommand(name: "exit", usage: ".exit", summary: "leave crq") { s, _ throws(MetaError) in s.requestQuit() },
    ]

    public static func named(_ name: String) -> MetaCommand? { all.first { $0.name == name } }

    static func expandTilde(_ path: String) -> String { (path as NSString).expandingTildeInPath }

    /// Throws if safe mode forbids reading `path`.
    static func checkReadable(_ s: Session, _ path: String) throws(MetaError) {
        do { try s.context.checkReadable(path, at: SourceRange(0, 0)) } catch { throw MetaError(error.message, hint: error.hint) }
    }

    static func statement(_ s: Session, _ text: String) throws(MetaError) -> Relation {
        do { return try Evaluator.run(text, in: s.context) } catch { throw MetaError(error.message) }
    }
}

/// Reads a file line by line, for `.read` and scripts.
public final class FileLineSource: LineSource {
    private let lines: [String]
    private var next = 0

    public init?(path: String) {
        guard var bytes = FileBytes.read(path) else { return nil }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        lines = Self.lines(of: String(decoding: bytes, as: UTF8.self))
    }

    public init(text: String) {
        lines = Self.lines(of: text)
    }

    /// The lines of `text`, split at each line feed (a CR before it stays, for the reader to drop:
    /// Swift's `Character` holds CR LF as one, so splitting characters would not split CRLF text).
    static func lines(of text: String) -> [String] {
        var lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    public func readLine(prompt: String) -> LineRead {
        guard next < lines.count else { return .end }
        defer { next += 1 }
        return .line(lines[next])
    }

    public func addHistory(_ entry: String) {}
}

/// The one-line summary printed after loading.
public enum Summary {
    public static func line(_ c: Corpus) -> String {
        let warnings = c.warnings.filter { $0.severity == .warning }.count
        let notes = c.warnings.count - warnings
        let docs = c.documents.count == 1 ? "1 document" : "\(c.documents.count.grouped) documents"
        var s = "\(c.name): \(docs), \(c.sentenceCount.grouped) sentences, \(c.tokenCount.grouped) tokens"
        s += String(format: " in %.2f s", c.loadSeconds)
        if warnings + notes > 0 {
            var parts: [String] = []
            if warnings > 0 { parts.append("\(warnings) warning\(warnings == 1 ? "" : "s")") }
            if notes > 0 { parts.append("\(notes) note\(notes == 1 ? "" : "s")") }
            s += "; " + parts.joined(separator: ", ") + " (.warnings lists them)"
        }
        return s
    }
}

extension Int {
    /// 12,345
    var grouped: String {
        let digits = String(Swift.abs(self))
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return (self < 0 ? "-" : "") + out
    }
}
