import Foundation

/// Everything a statement runs against: the corpus, the names bound with `let`, where files may be
/// written, and how to learn that the user asked to cancel.
public final class EvalContext: @unchecked Sendable {
    // Used by one statement at a time on one thread; @unchecked because bindings change between statements.
    public let corpus: Corpus
    public var bindings: [String: Relation] = [:]
    /// Polled during long loops; returns true when the running statement should stop (Ctrl-C, a timeout).
    public var isCancelled: @Sendable () -> Bool
    /// Where relative paths in `save` are resolved.
    public var workingDirectory: String
    /// In safe mode, files may be written only inside `workingDirectory`.
    public var safeMode: Bool

    public init(corpus: Corpus, workingDirectory: String = FileManager.default.currentDirectoryPath,
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

    /// Throws a cancellation error pointing at `range` if the user asked to stop.
    @inline(__always)
    public func checkCancelled(_ range: SourceRange) throws(QueryError) {
        if isCancelled() { throw QueryError(.runtime, "cancelled", at: range) }
    }
}
