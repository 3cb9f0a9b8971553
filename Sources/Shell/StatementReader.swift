/// Gathers lines into statements, as Lua's REPL does: a line that leaves the statement incomplete
/// (a trailing `|`, an open parenthesis) asks for another; at the prompt an empty line stops asking, and
/// the statement says what it lacks. In scripts, a line that starts
/// with `|` continues the statement above it. Lines starting with `.` are meta-commands; blank and
/// comment-only lines between statements are skipped.
struct StatementReader {
    enum Chunk {
        case statement(String, firstLine: Int)
        case meta(String, line: Int)
        case interrupted
    }

    let source: LineSource
    let interactive: Bool
    private var lineNumber = 0
    private var pending: String? = nil

    init(source: LineSource, interactive: Bool) {
        self.source = source
        self.interactive = interactive
    }

    private mutating func read(_ prompt: String) -> LineRead {
        if let p = pending {
            pending = nil
            return .line(p)
        }
        let r = source.readLine(prompt: prompt)
        if case let .line(l) = r { lineNumber += 1 + Self.breaks(in: l) }
        return r
    }

    /// Line breaks inside one line read: a statement of several lines recalled from history comes
    /// back whole, and its lines count as typed, so later positions stay right.
    private static func breaks(in line: String) -> Int { line.utf8.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 } }

    /// The next chunk, or nil at the end of input. `isComplete` decides whether text is a whole statement.
    mutating func next(prompt: String, parse isComplete: (String) -> Bool) -> Chunk? {
        var lines: [String] = []
        var firstLine = 0
        while true {
            switch read(lines.isEmpty ? prompt : Session.continuationPrompt) {
            case .end:
                return lines.isEmpty ? nil : .statement(lines.joined(separator: "\n"), firstLine: firstLine)
            case .interrupted:
                return .interrupted
            case let .line(raw):
                let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : raw
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if lines.isEmpty {
                    if trimmed.isEmpty || trimmed.hasPrefix("--") || trimmed.hasPrefix("#") { continue }
                    if trimmed.hasPrefix(".") { return .meta(trimmed, line: lineNumber) }
                    firstLine = lineNumber - Self.breaks(in: line)
                } else if interactive && trimmed.isEmpty {
                    // Enter on an empty `...>` line: the statement as typed, whose error points at its end.
                    return .statement(lines.joined(separator: "\n"), firstLine: firstLine)
                }
                lines.append(line)
                while isComplete(lines.joined(separator: "\n")) {
                    guard !interactive, let continued = continuation() else {
                        return .statement(lines.joined(separator: "\n"), firstLine: firstLine)
                    }
                    lines.append(continued)
                }
            }
        }
    }

    /// In scripts: the next line if it starts with `|` (it continues the statement), else keeps it pending.
    private mutating func continuation() -> String? {
        guard case let .line(next) = read(Session.continuationPrompt) else { return nil }
        if next.trimmingCharacters(in: .whitespaces).hasPrefix("|") { return next }
        pending = next
        return nil
    }
}
