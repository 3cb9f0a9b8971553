import CLibEdit
import Glibc
import Synchronization

/// Facts about the process's terminal, read when asked (they can change, e.g. the width).
enum Terminal {
    /// Whether standard input is a terminal.
    static var stdinIsTTY: Bool { isatty(STDIN_FILENO) == 1 }
    /// Whether standard output is a terminal.
    static var stdoutIsTTY: Bool { isatty(STDOUT_FILENO) == 1 }
    /// Whether standard error is a terminal.
    static var stderrIsTTY: Bool { isatty(STDERR_FILENO) == 1 }

    /// Columns available for output: the terminal's width on stdout, else `$COLUMNS`, else 100.
    static var width: Int {
        let columns = Int(crq_terminal_columns(STDOUT_FILENO))
        if columns > 0 { return columns }
        if let value = getenv("COLUMNS"), let env = Int(String(cString: value)), env > 0 { return env }
        return 100
    }

    /// Turns the terminal's echo of keys typed on standard input on or off (off while a statement runs).
    static func echoTyping(_ on: Bool) {
        var modes = termios()
        guard tcgetattr(STDIN_FILENO, &modes) == 0 else { return }
        if on { modes.c_lflag |= tcflag_t(ECHO) } else { modes.c_lflag &= ~tcflag_t(ECHO) }
        tcsetattr(STDIN_FILENO, TCSANOW, &modes)
    }

    /// Remembers the terminal's modes as the shell found them, for `restoreSavedModes()`.
    static func saveModes() {
        guard tcgetattr(STDIN_FILENO, SavedModes.modes) == 0 else { return }
        SavedModes.saved.store(true, ordering: .releasing)
    }

    /// Puts back the modes `saveModes()` remembered (echo, canonical input), if it did. Async-signal-safe:
    /// for a handler of SIGTERM and the like, so a shell killed while a statement runs (echo off) or
    /// at the prompt (the line editor's raw mode) leaves the terminal as it found it.
    static func restoreSavedModes() {
        if SavedModes.saved.load(ordering: .acquiring) { tcsetattr(STDIN_FILENO, TCSANOW, SavedModes.modes) }
    }

    /// The remembered modes, in a fixed buffer a signal handler can read without allocating.
    private enum SavedModes {
        nonisolated(unsafe) static let modes = UnsafeMutablePointer<termios>.allocate(capacity: 1)
        static let saved = Atomic<Bool>(false)
    }

    /// Whether output may be coloured: stdout is a terminal and `NO_COLOR` is unset or empty
    /// (https://no-color.org).
    static var colorAllowed: Bool {
        guard stdoutIsTTY else { return false }
        guard let noColor = getenv("NO_COLOR") else { return true }
        return noColor.pointee == 0
    }
}
