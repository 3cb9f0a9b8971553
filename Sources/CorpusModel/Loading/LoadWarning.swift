/// Something the loader noticed about its input: a fault it worked around (warning) or a change it
/// made to the text (note). The corpus keeps every one; the shell counts them in its summary;
/// `DiagnosticRenderer` says it.
package struct LoadWarning: Sendable, Equatable {
    package enum Severity: String, Sendable { case warning, note }
    package let severity: Severity
    /// The file the problem is in.
    package let file: String
    /// 1-based line (JSONL records, sidecar rows), when it applies.
    package let line: Int?
    /// Byte offset in the file, when it applies.
    package let byteOffset: Int?
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
}

/// A fault that stops a load altogether (nothing could be read); `DiagnosticRenderer` says it.
package struct LoadError: Error, Sendable, Equatable {
    package let path: String
    package let message: String
    package let hint: String?
    /// What went wrong with each file, when none gave a document (`DiagnosticRenderer` lists them as the hint).
    package let reasons: [LoadWarning]

    init(path: String, _ message: String, hint: String? = nil, reasons: [LoadWarning] = []) {
        self.path = path
        self.message = message
        self.hint = hint
        self.reasons = reasons
    }
}
