/// One row of two sets of figures set side by side.
public struct FigureAlignment: Sendable, Equatable {
    public enum Status: String, Sendable {
        /// Both sides state compatible values (equal, or within each other's hedge).
        case agree
        /// Both sides count the same measure with incompatible values.
        case differ
        case onlyLeft, onlyRight
    }

    public var measure: String
    /// Index into the left claims, if any.
    public var left: Int?
    /// Index into the right claims, if any.
    public var right: Int?
    public var status: Status
}

/// Lines up the figures of two sets by measure, so that agreements and conflicts show.
public enum FigureAligner {
    /// Within each measure, claims that agree are paired first (equal values before merely
    /// compatible ones, in text order), then the remaining claims are paired in order as
    /// differences, and what is left appears on one side only. Rows are sorted by measure, then
    /// by position of the left claim (or the right one).
    public static func align(_ left: [FigureClaim], _ right: [FigureClaim]) -> [FigureAlignment] {
        var rows: [FigureAlignment] = []
        let measures = Set(left.map(\.measure)).union(right.map(\.measure)).sorted()
        for measure in measures {
            var l = left.indices.filter { left[$0].measure == measure }
            var r = right.indices.filter { right[$0].measure == measure }
            var group: [FigureAlignment] = []
            for exact in [true, false] {
                for i in l {
                    guard let k = r.firstIndex(where: { exact ? right[$0].value == left[i].value && right[$0].bound == left[i].bound
                                                              : left[i].agrees(with: right[$0]) }) else { continue }
                    group.append(FigureAlignment(measure: measure, left: i, right: r[k], status: .agree))
                    r.remove(at: k)
                    l.removeAll { $0 == i }
                }
            }
            for (i, j) in zip(l, r) { group.append(FigureAlignment(measure: measure, left: i, right: j, status: .differ)) }
            group += l.dropFirst(r.count).map { FigureAlignment(measure: measure, left: $0, right: nil, status: .onlyLeft) }
            group += r.dropFirst(l.count).map { FigureAlignment(measure: measure, left: nil, right: $0, status: .onlyRight) }
            rows += group.sorted { a, b in
                let x = a.left.map { left[$0].start } ?? right[a.right!].start, y = b.left.map { left[$0].start } ?? right[b.right!].start
                return (a.left == nil ? 1 : 0, x) < (b.left == nil ? 1 : 0, y)
            }
        }
        return rows
    }
}
