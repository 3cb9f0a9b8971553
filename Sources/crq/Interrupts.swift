import CorpusModel
import Glibc
import Synchronization

/// Set by the SIGINT handler; a global `let` so the handler can reach it without context.
private let sigintReceived = Atomic<Bool>(false)

/// Ctrl-C while a statement runs, and SIGPIPE.
///
/// At the prompt, `EditLineSource` turns the terminal's `isig` off and reads Ctrl-C as a key, so
/// this handler only sees Ctrl-C while a statement runs (or a `kill -INT`). The shell and `crq index`
/// install it; a script or pipe run keeps the default, which ends the process.
enum Interrupts {
    /// Installs the SIGINT handler (with `SA_RESTART`, so interrupted reads and writes resume
    /// and the evaluator notices the flag when it next polls) and ignores SIGPIPE, so writing to
    /// a closed pipe fails with `EPIPE` instead of killing the process.
    static func install() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in sigintReceived.store(true, ordering: .relaxed) }
        action.sa_flags = SA_RESTART
        sigemptyset(&action.sa_mask)
        sigaction(SIGINT, &action, nil)
        Output.ignoreBrokenPipe()
    }

    /// Makes SIGTERM, SIGHUP, SIGQUIT (Ctrl-\ while a statement runs), SIGXFSZ (a file grew past
    /// `ulimit -f`) and SIGINT (until `install()` takes it over) remove the temporary file of an atomic
    /// write in progress and put back the terminal modes the shell found, before they end the process
    /// as usual: a killed `crq run --update` leaves the old notebook and nothing else, a killed shell a
    /// usable terminal. Signals the parent made crq ignore (`nohup`, `trap '' XFSZ`) stay ignored;
    /// a blocked mask inherited by accident (from a worker thread that started crq) is lifted.
    static func removeTemporaryFilesOnTermination() {
        Terminal.restoreSavedModes()   // its statics made here, not first in a handler
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { signal in
            AtomicFile.removeTemporaryFile()
            Terminal.restoreSavedModes()
            Glibc.signal(signal, SIG_DFL)
            raise(signal)
        }
        sigemptyset(&action.sa_mask)
        var handled = sigset_t()
        sigemptyset(&handled)
        for signal in [SIGTERM, SIGHUP, SIGQUIT, SIGXFSZ, SIGINT] {
            var old = sigaction()
            sigaction(signal, nil, &old)
            if unsafeBitCast(old.__sigaction_handler.sa_handler, to: Int.self) != unsafeBitCast(SIG_IGN, to: Int.self) {
                sigaction(signal, &action, nil)
                sigaddset(&handled, signal)
            }
        }
        pthread_sigmask(SIG_UNBLOCK, &handled, nil)
    }

    /// Whether SIGINT arrived since the last call; clears the flag. Call it before each statement
    /// so a stale Ctrl-C does not cancel the next one.
    static func takeInterrupt() -> Bool {
        sigintReceived.exchange(false, ordering: .relaxed)
    }

    /// For the evaluator to poll: true once Ctrl-C was pressed (does not clear the flag).
    static let cancellationCheck: @Sendable () -> Bool = { sigintReceived.load(ordering: .relaxed) }
}
