import Annotation
import ArgumentParser
import CorpusModel
import Foundation
import QueryLanguage
import Shell

/// `crq bench CORPUS STATEMENT…`: load-and-index time, peak memory, and the median latency (and CPU
/// time, all threads) of each statement run to completion (the result is counted, not printed; a statement prefixed `@csv ` is
/// also rendered as CSV, one prefixed `@table ` as the table view's first screen). Used by scripts/bench.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure loading and statement latency on a corpus (used by scripts/bench).", shouldDisplay: false)

    @Argument(help: "The corpus.")
    var corpus: String

    @Argument(help: "Statements to time.")
    var statements: [String] = []

    @Option(help: "Runs per statement; the median is reported.")
    var runs = 7

    @Option(help: "Stop a statement after this many seconds and report it as stopped.")
    var timeout: Double?

    @Flag(help: "Also time the extraction of quotations, entities and figures.")
    var annotations = false

    /// Peak resident memory so far, in MB.
    static func peakMB() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// CPU time used so far by all threads (user and system), in seconds: on a shared machine it
    /// varies less than elapsed time.
    static func cpuSeconds() -> Double {
        var u = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &u)
        return Double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + Double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6
    }

    /// CPU time used so far by the calling thread, in seconds.
    static func threadCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// Resident memory now, in MB (0 where /proc is missing).
    static func residentMB() -> Double {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
              let pages = statm.split(separator: " ").dropFirst().first.flatMap({ Double($0) }) else { return 0 }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }

    @Flag(help: "Also time finding the clusters of reused passages.")
    var reuse = false

    func run() throws {
        let (start, startCPU) = (Date(), Self.cpuSeconds())
        let loaded = try CorpusLoader().load(corpus)
        let (loadSeconds, loadCPU) = (Date().timeIntervalSince(start), Self.cpuSeconds() - startCPU)
        let textMB = Double(loaded.byteCount) / 1_000_000
        Output.write(String(format: "load\t%.2f s\tcpu %.2f s\tpeak %.0f MB\ttext %.0f MB\t(%.2f× text)\tresident %.0f MB\t%d docs\t%d sentences\t%d tokens\n",
                            loadSeconds, loadCPU, Self.peakMB(), textMB, Self.peakMB() / max(textMB, 0.001), Self.residentMB(), loaded.documents.count,
                            loaded.sentenceCount, loaded.tokenCount))
        if annotations {
            let (t0, cpu0) = (Date(), Self.cpuSeconds())
            let a = loaded.annotations
            let (seconds, cpu) = (Date().timeIntervalSince(t0), Self.cpuSeconds() - cpu0)
            // MB per CPU second too: other processes on the same core stretch the elapsed time, not it
            Output.write(String(format: "extract\t%.2f s\t%.1f MB/s on %@\tcpu %.2f s (%.1f MB per cpu second)\t%d quotations\t%d figures\t%d entities\tpeak %.0f MB\t(%.2f× text)\tresident %.0f MB (%.2f× text)\n",
                                seconds, textMB / max(seconds, 0.001), Parallel.cores == 1 ? "1 core" : "\(Parallel.cores) cores",
                                cpu, textMB / max(cpu, 0.001), a.quotes.count, a.figures.count, a.resolver.entities.count,
                                Self.peakMB(), Self.peakMB() / max(textMB, 0.001), Self.residentMB(), Self.residentMB() / max(textMB, 0.001)))
            // The same two steps again on this thread alone, each timed: what one core does, step by step.
            let steps = Annotations.stageSeconds(loaded, clock: Self.threadCPUSeconds)
            Output.write(String(format: "steps\tone thread\tanalysis (scan, quotations, speakers, names) cpu %.2f s (%.1f MB per cpu second, %d quotations)\tfigures cpu %.2f s (%d figures)\tboth %.2f s (%.1f MB per cpu second)\n",
                                steps.analysis, textMB / max(steps.analysis, 0.001), steps.quotations, steps.figures, steps.claims,
                                steps.analysis + steps.figures, textMB / max(steps.analysis + steps.figures, 0.001)))
        }
        if reuse {
            let (before, peakBefore) = (Self.cpuSeconds(), Self.peakMB())
            let t0 = Date()
            let counts = loaded.reuseCounts
            let seconds = Date().timeIntervalSince(t0)
            Output.write(String(format: "clusters\t%.2f s\tcpu %.2f s\tpeak +%.0f MB\t%d clusters\t%d copies\t%d boilerplate\n",
                                seconds, Self.cpuSeconds() - before, Self.peakMB() - peakBefore,
                                counts.clusters, counts.copies, counts.boilerplate))
        }
        let session = Session(corpus: loaded, write: { _ in }, report: { _ in })
        session.options.maxRows = 40
        session.context.timeLimit = timeout.map { .milliseconds(Int64($0 * 1000)) }
        for line in statements {
            var statement = line
            var mode: OutputMode?
            for m in [OutputMode.csv, .table] where statement.hasPrefix("@\(m.rawValue) ") {
                mode = m
                statement = String(statement.dropFirst(m.rawValue.count + 2))
            }
            var times: [Double] = [], cpu: [Double] = []
            var rows = 0
            for _ in 0..<runs {
                let t0 = DispatchTime.now().uptimeNanoseconds, cpu0 = Self.cpuSeconds()
                let result: Relation
                do { result = try Evaluator.run(statement, in: session.context) } catch {
                    guard error.message.contains("--timeout") else { throw error }
                    Output.write(String(format: "%9.2f ms\t%@\t(stopped: over the %.0f s timeout)\n", timeout! * 1000, line, timeout!))
                    break
                }
                if let mode {
                    session.mode = mode
                    rows = session.render(result).utf8.count
                }
                times.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
                cpu.append((Self.cpuSeconds() - cpu0) * 1000)
                if mode != nil { continue }
                rows = result.count
                if case let .table(t) = result, t.columns.map(\.name) == ["count"], let v = t.rows.first?.first { rows = Int(v.description) ?? rows }
            }
            guard !times.isEmpty else { continue }
            times.sort()
            cpu.sort()
            Output.write(String(format: "cpu\t%9.2f ms\t%@\t(median over runs, all threads)\n", cpu[cpu.count / 2], line))
            Output.write(String(format: "%9.2f ms\t%@\t(%d%@)\n", times[times.count / 2], line, rows, mode == nil ? "" : " bytes"))
        }
    }
}
