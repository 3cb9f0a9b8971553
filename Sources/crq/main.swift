// Temporary demo of the terminal layer; the real entry point replaces this file.
import CrqKit
import Foundation

/// Completes the word before the cursor from a fixed list.
final class DemoCompleter: Completer {
    let words = ["sentences", "source", "show", "group", "groups", ".help", ".quit"]

    func completions(linePrefix: String) -> [String] {
        let word = linePrefix.split(separator: " ", omittingEmptySubsequences: false).last ?? ""
        return words.filter { $0.hasPrefix(word) }
    }
}

let source: any LineSource
if Terminal.stdinIsTTY {
    Interrupts.install()
    source = EditLineSource(historyPath: EditLineSource.defaultHistoryPath(), completer: DemoCompleter())
} else {
    Interrupts.ignoreBrokenPipe()
    source = PlainLineSource()
}

var statement: [String] = []
loop: while true {
    switch source.readLine(prompt: statement.isEmpty ? "crq> " : "...> ") {
    case .end:
        break loop
    case .interrupted:
        statement = []
    case .line(let line):
        statement.append(line)
        if line.hasSuffix("|") { continue }
        let text = statement.joined(separator: " ").trimmingCharacters(in: .whitespaces)
        statement = []
        guard !text.isEmpty else { continue }
        source.addHistory(text)
        if text == ".quit" { break loop }
        print("you said: \(text)")
    }
}
(source as? EditLineSource)?.close()
