import CorpusModel

/// `filter CONDITION`: keeps the rows that satisfy a condition.
struct FilterStage: PipedStage {
    let condition: Condition
    let range: SourceRange
    var summary: String { "filter \(condition.summary)" }

    static let spec = VerbSpec(
        name: "filter", usage: "filter CONDITION",
        summary: "keep the rows that satisfy a condition",
        details: """
        Conditions combine with and, or, not and parentheses:
          "restraint"                 a word (case- and diacritic-insensitive)
          "maximum restraint"         a phrase: consecutive words
          /de-?escalat\\w*/            a regex over the text (case-insensitive; /Iran/c is case-sensitive)
          "restraint" near 8 "Guterres"   both within 8 words, in one sentence
          source ~ "Brussels"         a field contains text (or matches ~ /regex/)
          date >= 2024-01-18          dates may be partial (2024-01)
          source in ("ICARO Media Group", "Brussels Morning")
        After a field name: \(CompareOp.afterField.joined(separator: " "))
        Examples:
          sentences | filter "Iran" and ("China" or "Russia") and not "nuclear"
          docs | filter date >= 2024-01-18
        """,
        canStart: false, canFollow: true, keepsUnit: true,
        keywords: ["and", "or", "not", "near", "in"], takesCondition: true, otherNames: ["where", "grep"],
        parse: { p, r throws(QueryError) in
            let c = try p.condition()
            return FilterStage(condition: c, range: r.to(c.range))
        })

    func run(_ input: Relation, _ context: EvalContext) throws(QueryError) -> Relation {
        let matcher = ConditionMatcher(context: context)
        switch input {
        case var .units(u):
            let candidates = u.inCorpusOrder ? u.rows : u.rows.sorted()
            let kept = try matcher.rows(condition, candidates, unit: u.unit)
            if u.inCorpusOrder {
                u.rows = kept
            } else {
                u.rows = u.rows.filter { SortedRows.contains(kept, $0) }
            }
            u.highlights += condition.highlights
            return .units(u)
        case var .table(t):
            var rows: [[Value]] = []
            for i in t.rows.indices {
                if i & 1023 == 0 { try context.checkCancelled(range) }
                if try matcher.test(condition, t, i) { rows.append(t.rows[i]) }
            }
            t.keep(rows)
            return .table(t)
        }
    }
}

extension SortedRows {
    /// Binary search in a sorted array.
    static func contains(_ sorted: [Int32], _ x: Int32) -> Bool {
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid] < x { lo = mid + 1 } else { hi = mid }
        }
        return lo < sorted.count && sorted[lo] == x
    }
}
