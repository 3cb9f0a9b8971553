/// `limit N`: the first N rows.
struct LimitStage: PipedStage {
    let n: Int
    let range: SourceRange
    var summary: String { "limit \(n)" }
    var keepsAtMost: Int? { n }

    static let spec = VerbSpec(
        name: "limit", usage: "limit N", summary: "keep the first N rows",
        details: "Examples:\n  sentences | filter \"escalation\" | sort by date desc | limit 5\n  quotes | limit 3",
        canStart: false, canFollow: true, keepsUnit: true, otherNames: ["head", "take"],
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
            t.keep(Array(t.rows.prefix(n)))
            return .table(t)
        }
    }
}

/// `top N [per FIELD]`: the N rows with the largest count (tables with a `count` column; units with a
/// weight, as speakers' quotes), else the first N; with `per`, the N largest of each value of FIELD.
struct TopStage: PipedStage {
    let n: Int
    let per: FieldExpression?
    let range: SourceRange
    var summary: String { "top \(n)" + (per.map { " per \($0.summary)" } ?? "") }
    var keepsAtMost: Int? { per == nil ? n : nil }

    static let spec = VerbSpec(
        name: "top", usage: "top N [per FIELD]", summary: "the N rows with the largest count (of each value of FIELD)",
        details: """
        Rows are ordered by their count column (largest first, ties in their present order) and cut to N; \
        speakers, entities and quantities by their quotes, mentions and claims; other rows keep their order. With per FIELD, the N largest of each value of the field: \
        the values in the order of their largest row, each one's rows together.
        Examples:
          terms | top 20
          sentences | filter "Kirby" | terms | top 10
          quotes | group by source, speaker | top 3 per source
        """,
        canStart: false, canFollow: true, keepsUnit: true, keywords: ["per"],
        parse: { p, r throws(QueryError) in
            let n = try p.expectCount("a number of rows after 'top'", min: 1)
            let per = p.accept("per") ? try p.fieldExpression("a field after 'per'") : nil
            return TopStage(n: n, per: per, range: r.to(p.previous.range))
        })

    func run(_ input: Relation, _ context: EvalContext) throws(QueryError) -> Relation {
        let weights: [Double]?
        switch input {
        case let .units(u): weights = u.unit.weightField.flatMap(u.unit.field).map { w in u.rows.map { w.get(context.corpus, Int($0)).doubleValue ?? 0 } }
        case let .table(t): weights = t.columnIndex("count").map { c in t.rows.map { $0[c].doubleValue ?? 0 } }
        }
        // The rows by weight, largest first, ties in their present order (tables that come sorted by count need no sort).
        // Without weights or groups the first N rows are the answer: no index of every row is made.
        var order = Array(0..<(weights == nil && per == nil ? min(n, input.count) : input.count))
        if let w = weights, !zip(w, w.dropFirst()).allSatisfy({ $0 >= $1 }) {
            order.sort { w[$0] != w[$1] ? w[$0] > w[$1] : $0 < $1 }
        }
        if let per {
            let reader = try FieldReader(input, per.field, at: per.range, context)
            var groups: [[Int]] = [], groupOf: [Value: Int] = [:]
            for (k, i) in order.enumerated() {
                if k & 16383 == 0 { try context.checkCancelled(range) }
                let key = per.apply(reader.value(at: i))
                let g = groupOf[key] ?? { groupOf[key] = groups.count; groups.append([]); return groups.count - 1 }()
                if groups[g].count < n { groups[g].append(i) }
            }
            order = groups.flatMap { $0 }
        } else {
            order = Array(order.prefix(n))
        }
        switch input {
        case var .units(u):
            let rows = u.rows
            u.rows = order.map { rows[$0] }
            if weights != nil || per != nil { u.inCorpusOrder = false }
            return .units(u)
        case var .table(t):
            let rows = t.rows
            t.keep(order.map { rows[$0] })
            return .table(t)
        }
    }
}
