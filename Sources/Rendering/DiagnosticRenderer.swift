import CorpusModel
import QueryLanguage

/// Formats errors as compilers do: a statement's as `file:line:column: error: message`, the source line,
/// a caret under the offending range, and a hint; a whole file's (a corpus, script or notebook that cannot
/// be read or written) as `path: error: message` and its hint. A statement the analyst stopped is said
/// plainly: `cancelled (Ctrl-C)`.
package enum DiagnosticRenderer {
    /// The error; with a `width` (a terminal's), a long hint is broken at spaces, its further lines under its first.
    package static func render(_ error: QueryError, in source: SourceText, color: Bool = false, width: Int = 0) -> String {
        if error.kind == .runtime && error.message == "cancelled" { return "cancelled (Ctrl-C)\n" }
        let (line, column) = source.lineAndColumn(of: error.range.start)
        let (text, lineStart) = source.line(containing: error.range.start)
        var out = head("\(source.name):\(line):\(column)", error.message, label: error.kind == .note ? "note" : "error", color: color)
        let lineBytes = Array(text.utf8)
        let startInLine = min(max(0, error.range.start - lineStart), lineBytes.count)
        let endInLine = min(max(startInLine, error.range.end - lineStart), lineBytes.count)
        let indent = String(decoding: lineBytes[..<startInLine], as: UTF8.self).count
        let span = max(1, String(decoding: lineBytes[startInLine..<endInLine], as: UTF8.self).count)
        out += "  " + text + "\n"
        out += "  " + String(repeating: " ", count: indent) + "^" + String(repeating: "~", count: span - 1) + "\n"
        return out + hintLines(error.hint, width: width)
    }

    /// The error of a whole file: `path: error: message`, then the hint.
    package static func render(path: String, _ message: String, hint: String? = nil, color: Bool = false) -> String {
        head(path, message, color: color) + hintLines(hint, width: 0)
    }

    /// A load that found nothing: its error, and as the hint why (each file's warning) or what to do.
    package static func render(_ error: LoadError, color: Bool = false) -> String {
        render(path: error.path, error.message, hint: hint(error), color: color)
    }

    /// A failed load's hint: what to do, or each reason it found, one a line.
    package static func hint(_ error: LoadError) -> String? {
        error.hint ?? (error.reasons.isEmpty ? nil : error.reasons.map(render).joined(separator: "\n  "))
    }

    /// A load warning or note, compiler style so editors can jump to it: `file:line: warning: message (at byte N)`.
    package static func render(_ warning: LoadWarning) -> String {
        let place = warning.file + (warning.line.map { ":\($0)" } ?? "")
        return "\(place): \(warning.severity.rawValue): \(warning.message)" + (warning.byteOffset.map { " (at byte \($0))" } ?? "")
    }

    private static func head(_ place: String, _ message: String, label: String = "error", color: Bool) -> String {
        "\(place): \(color ? (label == "error" ? Style.error : Style.bold) : "")\(label)\(color ? Style.reset : ""): \(message)\n"
    }

    /// `  hint: …`; with a `width` (a terminal's), broken at spaces, its further lines under its first.
    private static func hintLines(_ hint: String?, width: Int) -> String {
        guard let hint else { return "" }
        let lines = width > 0 ? TextTableView.wrap(hint, to: width - 8, maxLines: .max).map(\.text) : [hint]
        return "  hint: " + lines.joined(separator: "\n        ") + "\n"
    }
}
