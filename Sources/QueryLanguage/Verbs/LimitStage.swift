/// `limit N`: the first N rows.
struct LimitStage: PipedStage {
    let n: Int
    let range: SourceRange
    var summary: String { "limit \(n)" }
    var keepsAtMost: Int? { n }

    static let spec = VerbSpec(
        name: "limit", usage: "limit N", summary: "keep the first N rows",
        details: "Examples:\n  sentences | filter \"escalation\" | sort by date desc | limit 5\n  quotes | limit 3",
        canStart: false, canFollow: true, keepsUnit: true,
        parse: { p, r throws(QueryError) in
            LimitStage(n: try p.expectCount("a number of rows after 'limit'"), range: r.to(p.previous.range))
        })

    func run(_ input: Relation, _ context: EvalContext) throws(QueryError) -> Relation { Self.first(n, of: input) }

    static func first(_ n: Int, of input: Relation) -> Relation {
        switch input {
        case var .units(u):
            u.rows = Array(u.rows.prefix(n))
            return .units(u)
        case var .table(t):
            t.rows = Array(t.rows.prefix(n))
            return .table(t)
        }
    }
}

/// `top N`: the N rows with the largest count (tables with a `count` column), else the first N.
struct TopStage: PipedStage {
    let n: Int
    let range: SourceRange
    var summary: String { "top \(n)" }
    var keepsAtMost: Int? { n }

    static let spec = VerbSpec(
        name: "top", usage: "top N", summary: "the N rows with the largest count",
        details: """
        Rows are ordered by their count column (largest first, ties in their present order) and cut to N; \
        rows without a count keep their order.
        Examples:
          terms | top 20
          sentences | filter "Kirby" | terms | top 10
        """,
        canStart: false, canFollow: true, keepsUnit: true,
        parse: { p, r throws(QueryError) in
            TopStage(n: try p.expectCount("a number of rows after 'top'", min: 1), range: r.to(p.previous.range))
        })

    func run(_ input: Relation, _ context: EvalContext) throws(QueryError) -> Relation {
        if case var .units(u) = input, let weight = u.unit.weightField.flatMap(u.unit.field) {
            let values = u.rows.map { weight.get(context.corpus, Int($0)).doubleValue ?? 0 }
            let order = values.indices.sorted { values[$0] != values[$1] ? values[$0] > values[$1] : $0 < $1 }.prefix(n)
            let rows = u.rows
            u.rows = order.map { rows[$0] }
            u.inCorpusOrder = false
            return .units(u)
        }
        guard case var .table(t) = input, let c = t.columnIndex("count") else { return LimitStage.first(n, of: input) }
        let counts = t.rows.map { $0[c].doubleValue ?? 0 }
        // Tables that come sorted by count (terms, group) need no sort.
        let sorted = zip(counts, counts.dropFirst()).allSatisfy { $0 >= $1 }
        let order = sorted ? Array(counts.indices.prefix(n))
            : Array(counts.indices.sorted { a, b in counts[a] != counts[b] ? counts[a] > counts[b] : a < b }.prefix(n))
        let rows = t.rows
        t.rows = order.map { rows[$0] }
        return .table(t)
    }
}
