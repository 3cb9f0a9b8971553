import CorpusModel

/// The text of a statement and where it came from, so positions can be turned into
/// `file:line:column` and the offending line shown with a caret.
package struct SourceText: Sendable, Equatable {
    /// A file name, or `<stdin>`/`<shell>`/`-c`.
    package let name: String
    let text: String
    /// The 1-based line of the file the text starts on.
    let firstLine: Int
    let bytes: [UInt8]

    package init(_ text: String, name: String = "<input>", firstLine: Int = 1) {
        self.name = name
        self.text = text
        self.firstLine = firstLine
        self.bytes = Array(text.utf8)
    }

    /// 1-based line (in the file) and column (in characters) of a byte offset.
    package func lineAndColumn(of offset: Int) -> (line: Int, column: Int) {
        let o = min(max(0, offset), bytes.count)
        var line = firstLine, lineStart = 0
        for i in 0..<o where bytes[i] == 0x0A { line += 1; lineStart = i + 1 }
        let column = String(decoding: bytes[lineStart..<o], as: UTF8.self).count + 1
        return (line, column)
    }

    /// The full line (without its break) that holds a byte offset, and that line's start offset.
    package func line(containing offset: Int) -> (text: String, start: Int) {
        let o = min(max(0, offset), bytes.count)
        var s = o, e = o
        while s > 0 && bytes[s - 1] != 0x0A { s -= 1 }
        while e < bytes.count && bytes[e] != 0x0A { e += 1 }
        return (String(decoding: bytes[s..<e], as: UTF8.self), s)
    }

    func slice(_ r: SourceRange) -> String {
        String(decoding: bytes[min(r.start, bytes.count)..<min(r.end, bytes.count)], as: UTF8.self)
    }
}

/// A byte range within a `SourceText`.
package struct SourceRange: Sendable, Equatable, Hashable {
    package var start: Int
    package var end: Int
    package init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }
    /// The range covering both.
    func to(_ other: SourceRange) -> SourceRange { SourceRange(min(start, other.start), max(end, other.end)) }
}

/// An error in a statement: where it is, what is wrong, and what might help.
package struct QueryError: Error, Sendable, Equatable {
    package enum Kind: Sendable, Equatable {
        /// The statement does not parse.
        case syntax
        /// The statement ended too early: more input may complete it (the shell asks for another line).
        case incomplete
        /// The statement parses but does not make sense (unknown name, wrong type).
        case semantic
        /// Running it failed (a file could not be written, it was cancelled).
        case runtime
        /// Not an error: something the result alone does not tell (a filter value no row holds).
        case note
    }
    package let kind: Kind
    package let message: String
    package let range: SourceRange
    package let hint: String?

    package init(_ kind: Kind, _ message: String, at range: SourceRange, hint: String? = nil) {
        self.kind = kind
        self.message = message
        self.range = range
        self.hint = hint
    }
}
