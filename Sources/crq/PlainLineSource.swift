import Shell

/// Reads lines from standard input when it is not a terminal (a pipe or a redirected file):
/// no prompt, no editing, no history.
final class PlainLineSource: LineSource {
    init() {}

    /// The next line without its line ending (`\n` or `\r\n`), or `.end` at end of input.
    func readLine(prompt: String) -> LineRead {
        guard let line = Swift.readLine(strippingNewline: true) else { return .end }
        return .line(line)
    }

    /// History is not kept for piped input.
    func addHistory(_ entry: String) {}
}
