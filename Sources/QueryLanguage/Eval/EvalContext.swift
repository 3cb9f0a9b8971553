import Annotation
import CorpusModel
import Foundation

/// Everything a statement runs against: the corpus, the names bound with `let`, where files may be
/// written, and how to learn that the user asked to cancel.
package final class EvalContext: @unchecked Sendable {
    // Used by one statement at a time on one thread; @unchecked because bindings change between statements.
    package let corpus: Corpus
    package var bindings: [String: Relation] = [:]
    /// Polled during long loops; returns true when the running statement should stop (Ctrl-C, a timeout).
    package var isCancelled: @Sendable () -> Bool
    /// Where relative paths in `save` are resolved.
    package var workingDirectory: String
    /// In safe mode, files may be written only inside `workingDirectory` and read only inside `readableFolders`.
    package var safeMode: Bool
    /// Where files may be read in safe mode: the corpus's folder and the script's.
    package var readableFolders: [String] = []
    /// Told now and then how far long work has got (from any thread); the shell shows it on a terminal.
    package var onProgress: (@Sendable (WorkProgress) -> Void)?
    /// The longest one statement may run (`--timeout`); nil for no limit.
    package var timeLimit: Duration?
    /// When the running statement must stop: set from `timeLimit` as each statement starts.
    package var deadline: ContinuousClock.Instant?
    /// What the running stage may know of the stages after it.
    var hints = StageHints()
    /// The files the running statement\'s `save` stages ask for; the shell writes them once it has run.
    package var writeRequests: [WriteRequest] = []
    /// What the running statement noticed that its result does not show (kind `.note`); the shell prints them after it.
    package var notes: [QueryError] = []

    package init(corpus: Corpus, workingDirectory: String = FileManager.default.currentDirectoryPath,
                safeMode: Bool = false, isCancelled: @escaping @Sendable () -> Bool = { false }) {
        self.corpus = corpus
        self.workingDirectory = workingDirectory
        self.safeMode = safeMode
        self.isCancelled = isCancelled
    }

    private var allRowsCache: [String: [Int32]] = [:]

    /// Every row number of a unit, built once per context (a copy-on-write array, so passing it is free).
    func allRows(of unit: UnitSpec) -> [Int32] {
        if let rows = allRowsCache[unit.name] { return rows }
        let rows = (0..<Int32(unit.count(corpus))).map { $0 }
        allRowsCache[unit.name] = rows
        return rows
    }

    private var documentKeyCache: [String: (ids: [Int32], values: [Value])] = [:]

    /// Every document's value of a per-document key (`source`, `month(date)`) as a small id into
    /// `values`, built once per context: `group by` then counts with array arithmetic.
    func documentKeys(_ key: String, _ value: (Int) -> Value) -> (ids: [Int32], values: [Value]) {
        if let cached = documentKeyCache[key] { return cached }
        var index: [Value: Int32] = [:]
        var values: [Value] = []
        let ids = corpus.documents.indices.map { d -> Int32 in
            let v = value(d)
            if let id = index[v] { return id }
            let id = Int32(values.count)
            index[v] = id
            values.append(v)
            return id
        }
        documentKeyCache[key] = (ids, values)
        return (ids, values)
    }

    /// Throws an error pointing at `range` if the user asked to stop or the time limit has passed.
    @inline(__always)
    package func checkCancelled(_ range: SourceRange) throws(QueryError) {
        if isCancelled() { throw QueryError(.runtime, "cancelled", at: range) }
        if timedOut, let timeLimit {
            throw QueryError(.runtime, "stopped after \(timeLimit.seconds) s (--timeout)", at: range,
                             hint: "narrow the statement, or give a longer --timeout")
        }
    }

    /// The corpus's annotations, extracted on first use; throws at `range` if the statement is
    /// stopped meanwhile (nothing is kept, so the next statement starts the extraction again).
    func annotations(at range: SourceRange) throws(QueryError) -> Annotations {
        let report = onProgress
        let documents = corpus.documents.count
        guard let annotations = corpus.annotations(unlessStopped: { self.shouldStop },
                                                   progress: { report?(Annotations.progress($0, of: documents)) }) else {
            try checkCancelled(range)
            preconditionFailure("the extraction stopped with no reason to")
        }
        return annotations
    }

    /// Reports progress on `task` (cheap when nobody listens).
    package func progress(_ task: String, _ done: Int, of total: Int) { onProgress?(WorkProgress(task: task, done: done, total: total)) }

    /// The passages reused across the corpus's documents, found on first use; throws at `range` if the
    /// statement is stopped meanwhile (nothing is kept).
    func reuse(at range: SourceRange) throws(QueryError) -> ReuseClusters {
        let report = onProgress
        guard let reuse = corpus.reuse(unlessStopped: { self.shouldStop },
                                       progress: { report?(WorkProgress(task: "finding reused passages", done: $0, total: 1000)) }) else {
            try checkCancelled(range)
            preconditionFailure("the passage search stopped with no reason to")
        }
        return reuse
    }

    /// Whether the running statement should stop, for loops that cannot throw (they stop early and
    /// leave it to the next `checkCancelled` to report why).
    var shouldStop: Bool { isCancelled() || timedOut }

    /// Whether the running statement has passed its time limit.
    private var timedOut: Bool { deadline.map { ContinuousClock.now >= $0 } == true }
}

extension Duration {
    /// Whole or fractional seconds as written: `2`, `0.5`.
    var seconds: String {
        let (s, attoseconds) = components
        let value = Double(s) + Double(attoseconds) / 1e18
        return value == value.rounded() ? String(Int64(value)) : String(value)
    }
}

/// What a running stage may know of the stages after it, to do less work for the same result.
struct StageHints {
    /// The next stage keeps at most this many of the first rows of a table sorted by count (`top N`, `limit N`).
    var nextKeepsAtMost: Int?
    /// This stage makes the statement's result, which is printed or saved as it is (not bound to a name).
    var resultIsOutput = false
}
