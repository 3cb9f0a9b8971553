import CorpusModel
import TextAnalysis

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
            if kept.isEmpty { try noteValuesNoRowHolds(.units(UnitRows(unit: u.unit, rows: candidates)), context) }
            return .units(u)
        case var .table(t):
            var rows: [[Value]] = []
            for i in t.rows.indices {
                if i & 1023 == 0 { try context.checkCancelled(range) }
                if try matcher.test(condition, t, i) { rows.append(t.rows[i]) }
            }
            if rows.isEmpty { try noteValuesNoRowHolds(.table(t), context) }
            t.keep(rows)
            return .table(t)
        }
    }

    /// Whether a hint may list `values`: eight or fewer (the outlets of most collections), each short
    /// and on one line (a corpus of five documents has five values of `text`, whole articles).
    static func fewShort(_ values: Set<String>) -> Bool {
        values.count <= 8 && values.allSatisfy { $0.count <= 40 && !$0.contains(where: \.isNewline) }
    }

    /// When nothing is kept: a note for each `FIELD = "text"` (or `in`) whose text no row piped in holds.
    private func noteValuesNoRowHolds(_ input: Relation, _ context: EvalContext) throws(QueryError) {
        for (field, fieldRange, text, range) in condition.textEqualities {
            try Self.noteNoRowHolds(field, at: fieldRange, text, range, in: input, context)
        }
    }

    /// A note that no row of `input` holds `FIELD = "text"`, hinting at the nearest values held (or all of
    /// them, when they are few and short) and at how many rows `FIELD ~ "text"` keeps, so that "Reuter"
    /// typed for "Reuters" is not read as an answer (and, when several values hold it, the three holding
    /// it most). A name that stands for an entity (`speaker =
    /// "Guterres"`) is looked for as the entity's name, also among a joint speaker's members: a speaker
    /// quoted in `input` gets no note, while an entity quoted nowhere there (a surname two speakers
    /// share, named alone) does.
    static func noteNoRowHolds(_ field: String, at fieldRange: SourceRange, _ text: String, _ range: SourceRange,
                               in input: Relation, _ context: EvalContext) throws(QueryError) {
        let reader = try FieldReader(input, field, at: fieldRange, context)
        guard reader.kind == .text, input.count > 0 else { return }
        var entity: String?
        if case let .units(u) = input { entity = u.unit.canonicalize?(context.corpus, field, text).map(WordKey.string) }
        let key = WordKey.string(text)
        var values: Set<String> = [], holding = 0, holders: [String: Int] = [:]
        for i in 0..<input.count {
            if i & 4095 == 0 { try context.checkCancelled(range) }
            let value = reader.value(at: i).description
            let valueKey = WordKey.string(value)
            if valueKey == key || valueKey == entity { return }
            if let entity, reader.members(at: i)?.contains(where: { WordKey.string($0.description) == entity }) == true { return }
            if !key.isEmpty && WordKey.contains(valueKey, key) { holding += 1; holders[value, default: 0] += 1 }   // every text holds ""
            if values.count < 10_000 { values.insert(value) }
        }
        var hints = values.didYouMean(text).map { [$0] } ?? []
        if holding > 0 {
            // The values holding it, when several, most rows first: a surname shared ("Clinton") shows whose it is.
            let most = holders.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            let which = most.count < 2 ? "" : ": " + most.prefix(3).map { "\($0.key) \($0.value.grouped)" }.joined(separator: ", ")
                + (most.count > 3 ? ", …" : "")
            hints.append("\(field) ~ \"\(text)\" keeps \(holding.grouped) row\(holding == 1 ? "" : "s")" + which)
        }
        if hints.isEmpty {
            let named = values.subtracting([""])
            hints.append(named.isEmpty ? "every row's \(field) is empty"
                         : fewShort(values) ? "\(field) is one of " + named.sorted().map { "'\($0)'" }.joined(separator: ", ")
                             + (named.count < values.count ? ", or empty" : "")
                         : "group by \(field) lists the values")
        }
        context.notes.append(QueryError(.note, "no row has \(field) = \"\(text)\"", at: range, hint: hints.joined(separator: "; ")))
    }
}

private extension Condition {
    /// The `FIELD = "text"` comparisons (and each text of `FIELD in (…)`) that must hold for a row to be kept.
    var textEqualities: [(field: String, fieldRange: SourceRange, text: String, range: SourceRange)] {
        switch self {
        case let .compare(field, fieldRange, .equal, .string(text, range), _): return [(field, fieldRange, text, range)]
        case let .inList(field, fieldRange, values, _):
            return values.compactMap { if case let .string(text, range) = $0 { (field, fieldRange, text, range) } else { nil } }
        case let .and(a, b): return a.textEqualities + b.textEqualities
        default: return []
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
