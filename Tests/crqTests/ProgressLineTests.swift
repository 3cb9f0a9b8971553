@testable import Annotation
import CorpusModel
@testable import crq
import Foundation
import Synchronization
import Testing

/// The progress line's rule: work is drawn once it has run a second, counted over all its steps.
struct ProgressLineTests {
    final class Screen: Sendable {
        let writes = Mutex<[String]>([])
        var all: [String] { writes.withLock { $0 } }
    }

    @Test func stepsUnderASecondEachAreDrawnOnceTogetherTheyPassOne() {
        let screen = Screen()
        let line = ProgressLine(write: { s in screen.writes.withLock { $0.append(s) } })
        let t0 = ContinuousClock.now
        line.report(WorkProgress(task: "reading", done: 10, total: 100), at: t0)
        line.report(WorkProgress(task: "reading", done: 90, total: 100), at: t0 + .milliseconds(700))
        #expect(screen.all.isEmpty, "nothing is drawn in the first second")
        line.report(WorkProgress(task: "matching", done: 1, total: 100), at: t0 + .milliseconds(800))
        line.report(WorkProgress(task: "matching", done: 20, total: 100), at: t0 + .milliseconds(1100))
        #expect(screen.all.count == 1 && screen.all[0].hasPrefix("\r\u{1B}[Kmatching: 20%"), "\(screen.all)")
        line.report(.finished, at: t0 + .milliseconds(1300))
        #expect(screen.all.last == "\r\u{1B}[K", "the line is cleared when the work ends")
        // The next statement has its own first second.
        line.report(WorkProgress(task: "matching", done: 1, total: 100), at: t0 + .milliseconds(1400))
        line.report(WorkProgress(task: "matching", done: 50, total: 100), at: t0 + .milliseconds(1900))
        #expect(screen.all.count == 2)
        line.report(WorkProgress(task: "matching", done: 60, total: 100), at: t0 + .milliseconds(2500))
        #expect(screen.all.count == 3 && screen.all[2].contains("matching: 60%"))
        // Past the first second, a new step is drawn with its first report (the old line cleared first).
        line.report(WorkProgress(task: "pairing", done: 0, total: 100), at: t0 + .milliseconds(2550))
        #expect(screen.all.count == 5 && screen.all[3] == "\r\u{1B}[K" && screen.all[4].hasPrefix("\r\u{1B}[Kpairing: 0%"), "\(screen.all)")
    }
}

/// The time left: shown once it can be trusted, smoothed, and said as people say it.
struct TimeLeftTests {
    @Test func isSaidAsPeopleSayIt() {
        #expect(TimeLeft.phrase(3) == "a few seconds left")
        #expect(TimeLeft.phrase(24) == "about 20 s left")
        #expect(TimeLeft.phrase(77) == "about 1 min left")
        #expect(TimeLeft.phrase(150) == "about 3 min left")
        #expect(TimeLeft.phrase(4_800) == "about 1 h 20 min left")
        #expect(TimeLeft.phrase(7_100) == "about 2 h left")
    }

    @Test func waitsUntilItCanBeTrustedThenDoesNotJump() throws {
        var left = TimeLeft()
        let early = [left.update(share: 0.01, elapsed: 0.8), left.update(share: 0.5, elapsed: 1), left.update(share: 0.05, elapsed: 4)]
        #expect(early == [nil, nil, nil], "1% done, under two seconds, under a tenth done: too early")
        let first = left.update(share: 0.2, elapsed: 5)
        #expect(first == 20)
        // The pace falls (5% in the last 15 s): the estimate moves towards the new reckoning (225 s) without jumping to it.
        let reckoned = left.update(share: 0.25, elapsed: 20)
        let next = try #require(reckoned)
        #expect(next > 60 && next < 225, "\(next)")
        let done = left.update(share: 1, elapsed: 30)
        #expect(done == nil)
    }

    /// A step that does 40% in its first 4 s and then 0.6% a second (finding reused passages on a large
    /// corpus) has over a minute left at 50%, not the 6 s its first pace promised.
    @Test func isReckonedFromTheLaterPaceOfAStepThatSlowsDown() throws {
        var left = TimeLeft()
        var shown: Double?
        for tenth in 20...200 {
            let t = Double(tenth) / 10
            shown = left.update(share: t <= 4 ? t / 10 : 0.4 + (t - 4) * 0.006, elapsed: t)
        }
        // At 20 s the share is 49.6%: 84 s left at the later pace.
        let estimate = try #require(shown)
        #expect(estimate > 70 && estimate < 95, "\(estimate)")
    }

    /// Opening a large corpus says so when a second has passed with nothing reported (listing, sizing
    /// and fingerprinting 100,000 files, or reading their metadata, measure nothing); a report first,
    /// or the end of the work, cancels it.
    @Test func anAnnouncementIsDrawnOnlyIfNothingElseIs() async throws {
        let screen = ProgressLineTests.Screen()
        let line = ProgressLine(write: { s in screen.writes.withLock { $0.append(s) } })
        line.announce(WorkProgress(task: "opening big…", done: 0, total: 0), after: .milliseconds(50))
        for _ in 0..<100 where screen.all.isEmpty { try await Task.sleep(for: .milliseconds(50)) }   // a busy machine may be late
        #expect(screen.all == ["\r\u{1B}[Kopening big…"])
        line.report(WorkProgress(task: "loading", done: 1, total: 100))
        line.report(.finished)
        #expect(screen.all.last == "\r\u{1B}[K", "the line is cleared when the work ends")
        let drawn = screen.all.count
        line.announce(WorkProgress(task: "opening small…", done: 0, total: 0), after: .milliseconds(50))
        line.report(.finished)   // opened within the time: nothing is said
        line.announce(WorkProgress(task: "opening other…", done: 0, total: 0), after: .milliseconds(50))
        line.report(WorkProgress(task: "loading", done: 1, total: 100))   // measured work came first
        try await Task.sleep(for: .milliseconds(400))
        #expect(screen.all.count == drawn, "\(screen.all)")
    }

    @Test func theLineShowsItOnlyOnceTrusted() {
        let screen = ProgressLineTests.Screen()
        let line = ProgressLine(write: { s in screen.writes.withLock { $0.append(s) } })
        let t0 = ContinuousClock.now
        line.report(WorkProgress(task: "loading", done: 1, total: 100), at: t0)
        line.report(WorkProgress(task: "loading", done: 2, total: 100), at: t0 + .milliseconds(1500))
        #expect(screen.all.count == 1 && !screen.all[0].contains("left"), "\(screen.all)")
        line.report(WorkProgress(task: "loading", done: 30, total: 100), at: t0 + .seconds(30))
        #expect(screen.all.count == 2 && screen.all[1].contains("loading: 30% (about 1 min left) — Ctrl-C stops"), "\(screen.all)")
    }
}

/// Extraction says when it has read every document, so the line names the merge that follows rather
/// than standing at 99% with a few seconds left.
struct ExtractionProgressTests {
    @Test func theMergeIsAStepOfItsOwn() throws {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds").path
        let corpus = try CorpusLoader().load(seeds)
        final class Reports: Sendable { let counts = Mutex<[Int]>([]) }
        let reports = Reports()
        let built = Annotations.build(corpus, unlessStopped: { false }, progress: { n in reports.counts.withLock { $0.append(n) } })
        #expect(built != nil)
        let documents = corpus.documents.count
        #expect(reports.counts.withLock { $0 } == [0, documents])
        #expect(Annotations.progress(3, of: documents) == WorkProgress(task: "finding quotations, figures and names", done: 3, total: documents))
        #expect(Annotations.progress(documents, of: documents) == WorkProgress(task: "merging names across 5 documents…", done: 0, total: 0))
        #expect(Annotations.progress(0, of: 0).total == 0 && Annotations.progress(0, of: 0).task.hasPrefix("finding"))
    }
}
