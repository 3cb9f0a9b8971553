import CorpusModel
import QueryLanguage
import Synchronization

/// The one place progress is drawn, for loading and statements alike: a line on standard error, when
/// it is a terminal, for work that has run over a second in all its steps (a task, a percentage, what the work says
/// beside it, and the time left), redrawn at most five times a second and cleared when the work ends.
/// A step with no measure ("writing the snapshot…") is shown at once.
final class ProgressLine: Sendable {
    private struct State {
        var task = ""
        /// When the work began (the first report since the last `.finished`): a statement whose steps
        /// each take under a second, but together more, is drawn from its second second on.
        var began: ContinuousClock.Instant?
        /// When this task began: its time left is reckoned from here.
        var started: ContinuousClock.Instant?
        var drawn: ContinuousClock.Instant?
    }
    private let state = Mutex(State())
    private let write: @Sendable (String) -> Void

    init(write: @escaping @Sendable (String) -> Void = { Output.error($0) }) { self.write = write }

    /// A progress line when standard error is a terminal; nil otherwise (nothing is shown).
    static func forTerminal() -> ProgressLine? { Terminal.stderrIsTTY ? ProgressLine() : nil }

    func report(_ p: WorkProgress, at now: ContinuousClock.Instant = .now) {
        state.withLock { s in
            if p == .finished || p.task != s.task {
                if s.drawn != nil { write("\r\u{1B}[K") }
                guard p != .finished else { s = State(); return }
                // A new step is drawn at once once the work has run a second, so the line never
                // goes blank while a long step has not yet measured its first share.
                s = State(task: p.task, began: s.began ?? now, started: now, drawn: nil)
                if p.total == 0 {
                    write("\r\u{1B}[K\(p.task)")
                    s.drawn = now
                    return
                }
            }
            guard let began = s.began, let started = s.started, now - began >= .seconds(1),
                  s.drawn.map({ now - $0 >= .milliseconds(200) }) ?? true, p.total > 0 else { return }
            s.drawn = now
            let share = Double(p.done) / Double(p.total)
            let elapsed = Double((now - started).components.seconds) + Double((now - started).components.attoseconds) / 1e18
            let left = share > 0.01 ? elapsed / share - elapsed : nil
            write("\r\u{1B}[K\(p.task): \(Int(share * 100))%" + (p.detail.isEmpty ? "" : " · " + p.detail)
                  + (left.map { " (about \(Int($0.rounded(.up))) s left)" } ?? "") + " — Ctrl-C stops")
        }
    }
}
