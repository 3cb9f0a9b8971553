import CLibEdit
import CorpusModel
import Foundation
import QueryLanguage
import Shell

/// Reads lines from a terminal with libedit: emacs key bindings, a history kept in a file across
/// sessions, Tab completion, and Ctrl-C that abandons the line being typed.
///
/// libedit's callbacks are C functions with no context; each gets this object back from the
/// `EditLine` through `EL_CLIENTDATA`. Use it only when standard input and output are terminals
/// (`Terminal.stdinIsTTY`); otherwise use `PlainLineSource`.
final class EditLineSource: LineSource {
    private let editLine: OpaquePointer
    private let history: OpaquePointer
    /// Where history is loaded from and saved to; nil keeps history in memory only (also when the
    /// file exists but is not a libedit history file, so it is never overwritten).
    let historyPath: String?
    /// Asked for candidates when Tab is pressed; nil makes Tab beep.
    var completer: (any Completer)?
    /// The prompt of the current `readLine`, as a C string the prompt callback returns.
    private var promptBuffer: UnsafeMutablePointer<CChar>
    /// Set by the Ctrl-C key function, read by `readLine`.
    private var interrupted = false
    private var closed = false

    /// Opens the line editor on the process's terminal and loads `historyPath` if it exists.
    /// - Parameters:
    ///   - programName: The name `~/.editrc` settings are selected by.
    ///   - historyPath: The history file; pass `EditLineSource.defaultHistoryPath()` or nil.
    ///   - completer: Offers completions for Tab.
    init(programName: String = "crq", historyPath: String?, completer: (any Completer)? = nil) {
        Self.enableUTF8Locale()
        guard let editLine = crq_el_init(programName), let history = history_init() else {
            fatalError("libedit could not be initialised")
        }
        self.editLine = editLine
        self.history = history
        crq_history_setsize(history, 1000)
        crq_history_setunique(history, 1)
        // A missing or empty file is a new history; anything else libedit cannot load is not ours.
        if let historyPath, crq_history_load(history, historyPath) < 0,
           let size = try? FileManager.default.attributesOfItem(atPath: historyPath)[.size] as? Int, size > 0 {
            FileHandle.standardError.write(Data("crq: \(historyPath) is not a history file; history will not be saved\n".utf8))
            self.historyPath = nil
        } else {
            self.historyPath = historyPath
        }
        self.completer = completer
        promptBuffer = strdup("")

        crq_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        crq_el_set_editor(editLine, "emacs")
        crq_el_set_hist(editLine, history)
        crq_el_set_prompt(editLine) { el in EditLineSource.owner(of: el)?.promptBuffer }
        el_source(editLine, nil)  // the user's ~/.editrc, before our bindings so those win
        // Ctrl-C arrives as a key, not as SIGINT, so it cannot be lost between reads.
        crq_el_settty(editLine, "-d", "-isig")
        crq_el_addfn(editLine, "crq-interrupt", "Abandon the line") { el, _ in
            EditLineSource.owner(of: el)?.abandonLine() ?? UInt8(CC_ERROR)
        }
        crq_el_bind(editLine, "^C", "crq-interrupt")
        crq_el_addfn(editLine, "crq-complete", "Complete the word before the cursor") { el, _ in
            EditLineSource.owner(of: el)?.complete() ?? UInt8(CC_ERROR)
        }
        crq_el_bind(editLine, "^I", "crq-complete")
        // Without isig, Ctrl-Z is a key too.
        crq_el_addfn(editLine, "crq-suspend", "Suspend crq") { el, _ in
            EditLineSource.owner(of: el)?.suspend() ?? UInt8(CC_ERROR)
        }
        crq_el_bind(editLine, "^Z", "crq-suspend")
    }

    deinit {
        close()
        free(promptBuffer)
    }

    /// Saves the history and releases the line editor. Called by `deinit` if not called before.
    func close() {
        guard !closed else { return }
        closed = true
        saveHistory()
        el_end(editLine)
        history_end(history)
    }

    /// The history file: `$CRQ_HISTORY`, else `$XDG_STATE_HOME/crq/history`, else
    /// `~/.crq_history`. Creates the folder of the XDG path if needed.
    static func defaultHistoryPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let path = environment["CRQ_HISTORY"], !path.isEmpty { return path }
        if let state = environment["XDG_STATE_HOME"], !state.isEmpty {
            let folder = URL(fileURLWithPath: state).appendingPathComponent("crq")
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            return folder.appendingPathComponent("history").path
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".crq_history").path
    }

    // MARK: LineSource

    /// Shows `prompt` and reads one line: `.interrupted` after Ctrl-C, `.end` after Ctrl-D on an
    /// empty line.
    func readLine(prompt: String) -> LineRead {
        precondition(!closed, "readLine after close")
        free(promptBuffer)
        promptBuffer = strdup(prompt)
        interrupted = false
        el_resize(editLine)  // pick up a width change since the last line
        var count: Int32 = 0
        let raw = el_gets(editLine, &count)
        if interrupted { return .interrupted }
        guard let raw, count > 0 else {
            if count < 0, errno == EINTR { return .interrupted }
            if Terminal.stdoutIsTTY { print() }  // leave the cursor on a fresh line
            return .end
        }
        var line = String(cString: raw)
        if line.hasSuffix("\n") { line.removeLast() }
        return .line(line)
    }

    /// Adds `entry` (a whole statement; join continuation lines with spaces, as a newline would be
    /// shown as `^J` when recalled) to the history and saves the file.
    func addHistory(_ entry: String) {
        guard !entry.allSatisfy(\.isWhitespace) else { return }
        crq_history_enter(history, entry)
        saveHistory()
    }

    // MARK: Internals

    private static func owner(of el: OpaquePointer?) -> EditLineSource? {
        guard let el, let data = crq_el_get_clientdata(el) else { return nil }
        return Unmanaged<EditLineSource>.fromOpaque(data).takeUnretainedValue()
    }

    /// libedit reads and shows multibyte text only under a UTF-8 `LC_CTYPE`; Swift programs start in
    /// the C locale. Uses the environment's locale, or C.UTF-8 when that is not UTF-8.
    private static func enableUTF8Locale() {
        setlocale(LC_CTYPE, "")
        if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" { setlocale(LC_CTYPE, "C.UTF-8") }
    }

    /// Writes the history with `AtomicFile` (libedit saves it to a scratch file first), so a crash
    /// never leaves it half-written.
    private func saveHistory() {
        guard let historyPath else { return }
        let scratch = "\(historyPath).crq-\(getpid()).new"
        defer { unlink(scratch) }
        guard crq_history_save(history, scratch) >= 0, let data = FileManager.default.contents(atPath: scratch) else { return }
        try? AtomicFile.write(data, to: URL(fileURLWithPath: historyPath))
    }

    /// Ctrl-C: flags the line as abandoned, shows `^C` after it and pushes a newline, so libedit
    /// ends the line and moves below it as Enter does.
    private func abandonLine() -> UInt8 {
        interrupted = true
        if let info = el_line(editLine) {  // to the end: a byte count, at least the characters left
            el_cursor(editLine, Int32(info.pointee.lastchar - info.pointee.cursor))
        }
        el_insertstr(editLine, "^C")
        el_push(editLine, "\n")
        return UInt8(CC_REFRESH)
    }

    /// Ctrl-Z: restores the terminal, stops the process group as the terminal's own Ctrl-Z would,
    /// and on resumption goes back to raw mode and redraws the line.
    private func suspend() -> UInt8 {
        crq_el_prep_term(editLine, 0)
        kill(0, SIGTSTP)
        crq_el_prep_term(editLine, 1)
        return UInt8(CC_REDISPLAY)
    }

    /// Tab: replaces the word before the cursor by the candidates' common prefix (plus a space when
    /// there is one candidate, but for a folder's path, which goes on), or lists the candidates when
    /// that would add nothing (paths by their last part, as shells list them).
    private func complete() -> UInt8 {
        guard let completer, let info = el_line(editLine) else { return UInt8(CC_ERROR) }
        let start = UnsafeRawPointer(info.pointee.buffer)!
        let length = UnsafeRawPointer(info.pointee.cursor)! - start
        let prefix = String(decoding: UnsafeRawBufferPointer(start: start, count: length), as: UTF8.self)
        let word = SessionCompleter.word(in: prefix)
        let candidates = Array(Set(completer.completions(linePrefix: prefix))).sorted()
        guard let first = candidates.first else { return UInt8(CC_ERROR) }

        let common = candidates.dropFirst().reduce(first) { String(zip($0, $1).prefix { $0 == $1 }.map(\.0)) }
        if candidates.count == 1 || common.count > word.count {
            // Replace the word (the candidates may differ from it in case), then insert.
            el_deletestr(editLine, Int32(String(word).unicodeScalars.count))  // libedit counts code points
            el_insertstr(editLine, candidates.count == 1 && !common.hasSuffix("/") ? common + " " : common)
            return UInt8(CC_REFRESH)
        }
        printColumns(completer.completesPath(linePrefix: prefix) ? candidates.map(Self.lastPart) : candidates)
        return UInt8(CC_REDISPLAY)
    }

    /// A path's last part (`corpora/gen-10k/` → `gen-10k/`).
    static func lastPart(_ candidate: String) -> String {
        guard let slash = candidate.dropLast().lastIndex(of: "/") else { return candidate }
        return String(candidate[candidate.index(after: slash)...])
    }

    /// Prints the candidates below the line (`listing`).
    private func printColumns(_ items: [String]) {
        let text = "\n" + Self.listing(items, width: Terminal.width)
        crq_flush_stdout()
        text.utf8CString.withUnsafeBufferPointer { _ = write(STDOUT_FILENO, $0.baseAddress, $0.count - 1) }
    }

    /// At most this many candidates are listed; more would scroll the line being typed away.
    static let listedCandidates = 200

    /// `items` in columns that fit `width`, ordered down each column; past `listedCandidates`, how many
    /// there are instead.
    static func listing(_ items: [String], width: Int) -> String {
        guard items.count <= listedCandidates else {
            return "(\(items.count.grouped) possibilities: type a few more letters, then Tab)\n"
        }
        let columnWidth = (items.map(\.count).max() ?? 0) + 2
        let columns = max(1, width / columnWidth)
        let rows = (items.count + columns - 1) / columns
        var text = ""
        for row in 0..<rows {
            var line = ""
            for column in 0..<columns where column * rows + row < items.count {
                let item = items[column * rows + row]
                line += item + String(repeating: " ", count: columnWidth - item.count)
            }
            while line.last == " " { line.removeLast() }
            text += line + "\n"
        }
        return text
    }
}
