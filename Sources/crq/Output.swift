import CorpusModel
import Glibc
import Rendering

/// Writes to standard output and standard error with `write(2)`, so output piped into `head`
/// ends quietly: on a closed pipe (EPIPE) crq exits with status 0.
enum Output {
    static func write(_ text: String) { send(text, to: STDOUT_FILENO) }
    static func error(_ text: String) { send(text, to: STDERR_FILENO) }
    /// The error of a whole file (`path: error: message` and its hint), rendered where every error is.
    static func error(path: String, _ message: String, hint: String? = nil) {
        error(DiagnosticRenderer.render(path: path, message, hint: hint, color: Terminal.stderrIsTTY && Terminal.colorAllowed))
    }
    /// A load that failed, with why.
    static func error(_ failure: LoadError) { error(path: failure.path, failure.message, hint: DiagnosticRenderer.hint(failure)) }

    /// SIGPIPE would kill the process before it sees EPIPE.
    static func ignoreBrokenPipe() { signal(SIGPIPE, SIG_IGN) }

    private static func send(_ text: String, to fd: Int32) {
        var copy = text
        copy.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    if errno == EPIPE { exit(0) }
                    return
                }
                offset += n
            }
        }
    }
}
