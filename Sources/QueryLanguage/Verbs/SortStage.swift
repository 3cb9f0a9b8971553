import CorpusModel
import TextAnalysis

/// `sort by FIELD [asc|desc][, …]`: orders rows; ties keep document order.
struct SortStage: PipedStage {
    let keys: [(FieldExpression, descending: Bool)]
    let range: SourceRange
    var summary: String { "sort by " + keys.map { $0.0.summary + ($0.descending ? " desc" : " asc") }.joined(separator: ", ") }

    static let spec = VerbSpec(
        name: "sort", usage: "sort by FIELD [asc|desc][, FIELD [asc|desc] …]",
        summary: "order rows by fields (ties keep document order)",
        details: """
        Text sorts case-insensitively, with numbers in it as numbers (000:2:1 before 000:10:1); rows without \
        a value (no date) come first in ascending order. A concordance's left column sorts by the word \
        nearest the match, then outwards, as concordancers do.
        Examples:
          sentences | filter "escalation" | sort by date desc | limit 5
          kwic "restraint" | sort by right
        """,
        canStart: false, canFollow: true, keepsUnit: true,
        keywords: ["by", "asc", "desc"], otherNames: ["order", "orderby"],
        parse: { p, r throws(QueryError) in
            try p.expectKeyword("by", hint: "sort by FIELD [asc|desc]")
            var keys: [(FieldExpression, descending: Bool)] = []
            repeat {
                let f = try p.fieldExpression("a field to sort by")
                var desc = false
                if p.accept("desc") { desc = true } else { _ = p.accept("asc") }
                keys.append((f, desc))
            } while p.peek.kind == .comma && { p.advance(); return true }()
            return SortStage(keys: keys, range: r.to(p.previous.range))
        })

    func run(_ input: Relation, _ context: EvalContext) throws(QueryError) -> Relation {
        let values = try keyValues(input, context)
        let descending = keys.map(\.descending)
        // Once asked to stop, comparisons become trivial so the sort ends at once; then it throws.
        var comparisons = 0, stopping = false
        let order = values.indices.sorted { a, b in
            comparisons &+= 1
            if comparisons & 4095 == 0 && !stopping { stopping = context.shouldStop }
            if stopping { return a < b }
            return Self.precedes(values[a], values[b], descending: descending) ?? (a < b)
        }
        try context.checkCancelled(range)
        switch input {
        case var .units(u):
            let rows = u.rows
            u.rows = order.map { rows[$0] }
            u.inCorpusOrder = false
            return .units(u)
        case var .table(t):
            let rows = t.rows
            t.rows = order.map { rows[$0] }
            return .table(t)
        }
    }

    /// Each row's sort key values, as the comparison reads them.
    func keyValues(_ input: Relation, _ context: EvalContext) throws(QueryError) -> [[Value]] {
        let readers = try keys.map { (k: (FieldExpression, descending: Bool)) throws(QueryError) -> FieldReader in
            try FieldReader(input, k.0.field, at: k.0.range, context)
        }
        // A concordance's left context sorts by the word nearest the match, then the next one out.
        let outward = keys.map { key -> Bool in
            guard case let .table(t) = input, let c = t.columnIndex(key.0.field) else { return false }
            return t.columns[c].role == .leftContext
        }
        var values: [[Value]] = []
        values.reserveCapacity(input.count)
        for i in 0..<input.count {
            if i & 4095 == 0 { try context.checkCancelled(range) }
            values.append(zip(keys, readers).enumerated().map { k, pair in
                let v = pair.0.0.apply(pair.1.value(at: i))
                return outward[k] ? .string(WordKey.words(v.description).reversed().joined(separator: " ")) : v
            })
        }
        return values
    }

    /// Whether a row with keys `a` sorts before one with keys `b`; nil when their keys are equal.
    static func precedes(_ a: [Value], _ b: [Value], descending: [Bool]) -> Bool? {
        for (k, desc) in descending.enumerated() where a[k] != b[k] {
            return desc ? Value.ordered(b[k], a[k]) : Value.ordered(a[k], b[k])
        }
        return nil
    }
}
