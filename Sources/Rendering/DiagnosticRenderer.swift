import CorpusModel
import QueryLanguage

/// Formats query errors as compilers do: `file:line:column: error: message`, the source line, a caret
/// under the offending range, and a hint. A statement the analyst stopped is said plainly: `cancelled (Ctrl-C)`.
package enum DiagnosticRenderer {
    /// The error; with a `width` (a terminal's), a long hint is broken at spaces, its further lines under its first.
    package static func render(_ error: QueryError, in source: SourceText, color: Bool = false, width: Int = 0) -> String {
        if error.kind == .runtime && error.message == "cancelled" { return "cancelled (Ctrl-C)\n" }
        let (line, column) = source.lineAndColumn(of: error.range.start)
        let (text, lineStart) = source.line(containing: error.range.start)
        var out = "\(source.name):\(line):\(column): \(color ? Style.error : "")error\(color ? Style.reset : ""): \(error.message)\n"
        let lineBytes = Array(text.utf8)
        let startInLine = min(max(0, error.range.start - lineStart), lineBytes.count)
        let endInLine = min(max(startInLine, error.range.end - lineStart), lineBytes.count)
        let indent = String(decoding: lineBytes[..<startInLine], as: UTF8.self).count
        let span = max(1, String(decoding: lineBytes[startInLine..<endInLine], as: UTF8.self).count)
        out += "  " + text + "\n"
        out += "  " + String(repeating: " ", count: indent) + "^" + String(repeating: "~", count: span - 1) + "\n"
        if let hint = error.hint {
            let lines = width > 0 ? TextTableView.wrap(hint, to: width - 8, maxLines: .max).map(\.text) : [hint]
            out += "  hint: " + lines.joined(separator: "\n        ") + "\n"
        }
        return out
    }
}
