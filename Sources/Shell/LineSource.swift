/// What reading a line produced.
package enum LineRead: Sendable, Equatable {
    case line(String)
    /// The user pressed Ctrl-C: abandon the statement being typed.
    case interrupted
    /// End of input (Ctrl-D on an empty line, or the end of a file or pipe).
    case end
}

/// Where the shell reads statements from: a terminal with line editing, a pipe, a script, or a test.
package protocol LineSource: AnyObject {
    /// Reads one line. Interactive sources show `prompt`; others ignore it.
    func readLine(prompt: String) -> LineRead
    /// Records a complete statement (possibly several lines) as one history entry.
    func addHistory(_ entry: String)
}

/// Offers completions for the word before the cursor.
package protocol Completer: AnyObject {
    /// Candidates for the word that ends at the end of `linePrefix` (the text before the cursor).
    /// Each candidate is the whole word, which replaces the partial word.
    func completions(linePrefix: String) -> [String]
    /// Whether those candidates are files' paths (listed by their last part, as shells list them).
    func completesPath(linePrefix: String) -> Bool
}
