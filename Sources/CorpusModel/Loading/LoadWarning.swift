/// Something the loader noticed about its input: a fault it worked around (warning) or a change it
/// made to the text (note). The corpus keeps every one; the shell counts them in its summary.
package struct LoadWarning: Sendable, Equatable, CustomStringConvertible {
    package enum Severity: String, Sendable { case warning, note }
    package let severity: Severity
    /// The file the problem is in.
    let file: String
    /// 1-based line (JSONL records, sidecar rows), when it applies.
    let line: Int?
    /// Byte offset in the file, when it applies.
    let byteOffset: Int?
    package let message: String

    init(_ severity: Severity = .warning, file: String, line: Int? = nil, byteOffset: Int? = nil, _ message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.byteOffset = byteOffset
        self.message = message
    }

    /// The same warning placed on `line`.
    func at(line: Int) -> LoadWarning { LoadWarning(severity, file: file, line: line, byteOffset: byteOffset, message) }

    /// `file:line: warning: message` (compiler style, so editors can jump to it).
    package var description: String {
        var place = file
        if let line { place += ":\(line)" }
        var text = "\(place): \(severity.rawValue): \(message)"
        if let byteOffset { text += " (at byte \(byteOffset))" }
        return text
    }
}

/// A fault that stops a load altogether (nothing could be read); `DiagnosticRenderer` says it.
package struct LoadError: Error, Sendable, Equatable {
    package let path: String
    package let message: String
    package let hint: String?

    init(path: String, _ message: String, hint: String? = nil) {
        self.path = path
        self.message = message
        self.hint = hint
    }
}
