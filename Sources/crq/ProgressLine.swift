import CorpusModel
import Dispatch
import QueryLanguage
import Synchronization

/// The one place progress is drawn, for loading and statements alike: a line on standard error, when
/// it is a terminal, for work that has run over a second in all its steps (a task, a percentage, what the work says
/// beside it, and the time left once `TimeLeft` trusts it), redrawn at most five times a second and cleared when the work ends.
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
        var left = TimeLeft()
        /// The `announce` waiting to be drawn, if nothing is reported before its time (each has its own number).
        var announced: Int?
        var announcements = 0
    }
    private let state = Mutex(State())
    private let write: @Sendable (String) -> Void

    init(write: @escaping @Sendable (String) -> Void = { Output.error($0) }) { self.write = write }

    /// A progress line when standard error is a terminal; nil otherwise (nothing is shown).
    static func forTerminal() -> ProgressLine? { Terminal.stderrIsTTY ? ProgressLine() : nil }

    /// Draws `p` (a step with no measure: "opening gen-100k…") `after` from now, unless something is
    /// reported before: opening a large corpus lists, sizes and fingerprints its files, and reads its
    /// metadata, for seconds before loading measures anything, and the line would stay blank.
    func announce(_ p: WorkProgress, after: Duration = .seconds(1)) {
        let number = state.withLock { s in
            s.announcements += 1
            s.announced = s.announcements
            return s.announcements
        }
        let (seconds, attoseconds) = after.components
        DispatchQueue.global().asyncAfter(deadline: .now() + Double(seconds) + Double(attoseconds) / 1e18) { [self] in
            state.withLock { s in
                guard s.announced == number else { return }
                s.announced = nil
                write("\r\u{1B}[K\(p.task)")
                let now = ContinuousClock.now
                s = State(task: p.task, began: s.began ?? now, started: now, drawn: now, announcements: s.announcements)
            }
        }
    }

    /// Says "opening NAME…" if opening the corpus at `path` has shown nothing after a second.
    func opening(_ path: String) { announce(WorkProgress(task: "opening \(CorpusLoader.displayName(path))…", done: 0, total: 0)) }

    func report(_ p: WorkProgress, at now: ContinuousClock.Instant = .now) {
        state.withLock { s in
            s.announced = nil
            if p == .finished || p.task != s.task {
                if s.drawn != nil { write("\r\u{1B}[K") }
                guard p != .finished else { s = State(announcements: s.announcements); return }
                // A new step is drawn at once once the work has run a second, so the line never
                // goes blank while a long step has not yet measured its first share.
                s = State(task: p.task, began: s.began ?? now, started: now, drawn: nil, announcements: s.announcements)
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
            let left = s.left.update(share: share, elapsed: elapsed)
            write("\r\u{1B}[K\(p.task): \(Int(share * 100))%" + (p.detail.isEmpty ? "" : " · " + p.detail)
                  + (left.map { " (\(TimeLeft.phrase($0)))" } ?? "") + " — Ctrl-C stops")
        }
    }
}

/// The time left of one step as the progress line shows it: only once it can be trusted (a tenth of
/// the step done, two seconds into it: a step's first moments are seldom its pace), reckoned from the
/// pace of the step's later half (a step that runs fast at first and slow later, as finding reused
/// passages does, is not promised to end at its first pace), smoothed so that it does not jump from one
/// drawing to the next, and rounded as people say it ("about 1 min").
struct TimeLeft {
    static let trustedShare = 0.1
    static let trustedSeconds = 2.0
    /// How far each new reckoning moves the estimate shown.
    static let smoothing = 0.3
    private var estimate: Double?
    /// Trusted (elapsed, share) readings from half the elapsed time ago on; the first is the pace's reference.
    private var readings: [(elapsed: Double, share: Double)] = []

    /// Seconds left once `share` (0…1) of the step took `elapsed` seconds; nil while it is too early to tell.
    mutating func update(share: Double, elapsed: Double) -> Double? {
        guard share >= Self.trustedShare, share < 1, elapsed >= Self.trustedSeconds else { return nil }
        // The reference: the last reading at least half the elapsed time old, else the step's start.
        while readings.count > 1 && readings[1].elapsed <= elapsed / 2 { readings.removeFirst() }
        let reference = readings.first.flatMap { $0.elapsed <= elapsed / 2 ? $0 : nil } ?? (elapsed: 0, share: 0)
        readings.append((elapsed, share))
        guard share > reference.share else { return estimate }
        let reckoned = (1 - share) * (elapsed - reference.elapsed) / (share - reference.share)
        let next = estimate.map { $0 + Self.smoothing * (reckoned - $0) } ?? reckoned
        estimate = next
        return next
    }

    /// "a few seconds left", "about 20 s left" (tens of seconds), "about 3 min left", "about 1 h 20 min left" (tens of minutes).
    static func phrase(_ seconds: Double) -> String {
        switch seconds {
        case ..<10: return "a few seconds left"
        case ..<55: return "about \(Int((seconds / 10).rounded()) * 10) s left"
        case ..<(59.5 * 60): return "about \(max(1, Int((seconds / 60).rounded()))) min left"
        default:
            let tens = Int((seconds / 600).rounded())
            return "about \(tens / 6) h" + (tens % 6 == 0 ? "" : " \(tens % 6 * 10) min") + " left"
        }
    }
}
