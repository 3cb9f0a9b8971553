import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A child process run on a pseudo-terminal, driven like a person at a keyboard.
///
/// Usage: start it, `expect` some output (the prompt), `type` keys, `expect` the output they
/// cause, and so on; finally `waitForExit`. Match on what the program prints, not on echoed keys:
/// line editors redraw with cursor moves, so the echo of typed text is not reliably contiguous.
///
/// The child gets its own session with the terminal as its controlling terminal (so Ctrl-C typed
/// in cooked mode sends it SIGINT), an empty signal mask and default signal actions (test
/// runners block some signals, which children inherit).
final class PseudoTerminal {
    enum Failure: Error, CustomStringConvertible {
        case setUp(String)
        case timeout(waitingFor: String, transcript: String)

        var description: String {
            switch self {
            case .setUp(let what): "pseudo-terminal set-up failed: \(what)"
            case .timeout(let what, let transcript): "timed out waiting for \(what); output so far:\n\(transcript)"
            }
        }
    }

    let pid: pid_t
    private let master: Int32
    /// Kept open so reads do not fail with EIO before the child has opened the terminal.
    private let slave: Int32
    /// Everything the child has written so far.
    private(set) var output: [UInt8] = []
    /// Where the next `expect` starts searching in `output`.
    private var searchStart = 0
    private var exitStatus: Int32?

    /// Starts `executable` on a new pseudo-terminal of `columns` × `rows`.
    /// - Parameter environment: The child's whole environment (nothing is inherited).
    init(executable: String, arguments: [String] = [], environment: [String: String],
         columns: UInt16 = 100, rows: UInt16 = 30) throws {
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        var masterFD: Int32 = -1, slaveFD: Int32 = -1
        guard openpty(&masterFD, &slaveFD, nil, nil, &size) == 0 else {
            throw Failure.setUp("openpty: \(String(cString: strerror(errno)))")
        }
        (master, slave) = (masterFD, slaveFD)
        // Not inherited by processes other tests spawn meanwhile (openpty takes no O_CLOEXEC).
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        _ = fcntl(slave, F_SETFD, FD_CLOEXEC)
        var name = [CChar](repeating: 0, count: 256)
        guard ttyname_r(slave, &name, name.count) == 0 else {
            close(master)
            close(slave)
            throw Failure.setUp("ttyname_r")
        }
        let slaveName = name.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Opened after setsid (which glibc does first) and without O_NOCTTY: the controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, slaveName, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        let setSID: Int32 = 0x80  // POSIX_SPAWN_SETSID, which the Glibc overlay does not export
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | setSID))
        var signals = sigset_t()
        sigemptyset(&signals)
        posix_spawnattr_setsigmask(&attributes, &signals)
        sigfillset(&signals)
        posix_spawnattr_setsigdefault(&attributes, &signals)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var child: pid_t = 0
        let result = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
        guard result == 0 else {
            close(master)
            close(slave)
            throw Failure.setUp("posix_spawn \(executable): \(String(cString: strerror(result)))")
        }
        pid = child
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        close(master)
        close(slave)
    }

    /// Output so far, as text, for failure messages.
    var transcript: String { String(decoding: output, as: UTF8.self) }

    /// Writes `keys` as soon as the terminal is in raw mode (the line editor is reading keys).
    /// Call it after `expect`ing output printed after the previous line was read, or the
    /// terminal may still be raw from that line.
    func type(_ keys: String, timeout: Duration = .seconds(5)) throws {
        try waitForRawMode(timeout: timeout)
        send(keys)
    }

    /// Writes `keys` now, whatever mode the terminal is in.
    func send(_ keys: String) {
        var bytes = Array(keys.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if written < 0 { if errno == EINTR { continue } else { return } }
            bytes = bytes.dropFirst(written)
        }
    }

    /// The terminal's local modes now (`ECHO`, `ICANON`, …), as the child last set them.
    var localModes: tcflag_t {
        var modes = termios()
        return tcgetattr(master, &modes) == 0 ? modes.c_lflag : 0
    }

    /// Waits until the terminal's canonical mode is off, i.e. a line editor is reading keys.
    func waitForRawMode(timeout: Duration = .seconds(5)) throws {
        let deadline = ContinuousClock.now + timeout
        var modes = termios()
        while ContinuousClock.now < deadline {
            if tcgetattr(master, &modes) == 0, modes.c_lflag & tcflag_t(ICANON) == 0 { return }
            readAvailable(waitingAtMost: .milliseconds(10))
        }
        throw Failure.timeout(waitingFor: "raw mode", transcript: transcript)
    }

    /// Waits until `text` appears in the output after the previous match; later calls search
    /// after this match.
    @discardableResult
    func expect(_ text: String, timeout: Duration = .seconds(5)) throws -> String {
        let needle = Array(text.utf8)
        let deadline = ContinuousClock.now + timeout
        while true {
            if let range = find(needle) {
                let skipped = String(decoding: output[searchStart..<range.lowerBound], as: UTF8.self)
                searchStart = range.upperBound
                return skipped
            }
            let now = ContinuousClock.now
            guard now < deadline else { break }
            readAvailable(waitingAtMost: min(deadline - now, .milliseconds(100)))
        }
        throw Failure.timeout(waitingFor: "\"\(text)\"", transcript: transcript)
    }

    /// Collects output for `duration`, e.g. to check something is *not* printed.
    func drain(for duration: Duration) {
        let deadline = ContinuousClock.now + duration
        while ContinuousClock.now < deadline { readAvailable(waitingAtMost: .milliseconds(20)) }
    }

    /// The output after the last match.
    var unmatchedOutput: String { String(decoding: output[searchStart...], as: UTF8.self) }

    /// Waits for the child to exit; returns its exit status, or 128 + the signal that ended it.
    func waitForExit(timeout: Duration = .seconds(5)) throws -> Int32 {
        if let exitStatus { return exitStatus }
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                let signal = status & 0x7f
                let code = signal == 0 ? (status >> 8) & 0xff : 128 + signal
                exitStatus = code
                readAvailable(waitingAtMost: .zero)
                return code
            }
            readAvailable(waitingAtMost: .milliseconds(10))
        }
        throw Failure.timeout(waitingFor: "exit", transcript: transcript)
    }

    private func find(_ needle: [UInt8]) -> Range<Int>? {
        guard !needle.isEmpty, output.count - searchStart >= needle.count else { return nil }
        for start in searchStart...(output.count - needle.count)
        where output[start..<start + needle.count].elementsEqual(needle) {
            return start..<start + needle.count
        }
        return nil
    }

    /// Appends whatever the child has written, waiting up to `wait` for the first bytes.
    private func readAvailable(waitingAtMost wait: Duration) {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let milliseconds = Int32(wait.components.seconds * 1000 + wait.components.attoseconds / 1_000_000_000_000_000)
        var timeout = max(0, milliseconds)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while poll(&descriptor, 1, timeout) > 0, descriptor.revents & Int16(POLLIN) != 0 {
            let count = read(master, &buffer, buffer.count)
            guard count > 0 else { return }
            output += buffer[..<count]
            timeout = 0
        }
    }
}
