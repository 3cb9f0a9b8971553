/// `compare A with B [on ASPECT]` and `compare by KEY [on ASPECT]`: how two sets of coverage, or
/// every group and the rest, differ in their words, quotations, figures, shared passages and speakers.
struct CompareStage: Stage {
    enum Aspect: String, Sendable, CaseIterable { case terms, quotes, figures, passages, speakers }
    enum Sides: Sendable {
        case pair(CompareSetSyntax, CompareSetSyntax)
        case by(FieldExpression)
    }

    let sides: Sides
    let aspect: Aspect
    let excludingShared: Bool
    let range: SourceRange

    var summary: String {
        let head: String
        switch sides {
        case let .pair(a, b): head = "compare \(a.summary) with \(b.summary)"
        case let .by(k): head = "compare by \(k.summary)"
        }
        return head + " on \(aspect.rawValue)" + (excludingShared ? " excluding shared" : "")
    }

    static let spec = VerbSpec(
        name: "compare", usage: "compare SET with SET [on ASPECT] | compare by FIELD [on ASPECT]",
        summary: "how two sets (or each group and the rest) differ: terms, quotes, figures, passages, speakers",
        details: """
        A SET is doc "ID", source "NAME" (case-insensitive, or a unique prefix), rest (everything not in
        the other set), a name bound with let, or a parenthesised pipeline. compare by FIELD compares every
        group of the rows piped in (all sentences, as a source) with the rest. ASPECT:
          terms     keyness of words and two-word phrases: count_a, count_b, total_a, total_b, Dunning's g2, p, log_ratio (log2 of the
                    relative frequencies, 0.5 for a zero count), key_for; minimum frequency 3; with
                    `excluding shared`, passages the sets share are left out first. By a field: the 25
                    strongest significant terms (p < 0.05) of each group.
          quotes    statements in both sets matched by speaker and wording, whatever their kind, with a
                    word diff ([-removed-] {+added+}); attribution says when the speakers differ; and
                    the quotations only one set has.
          figures   per quantity (what is counted, where, by whom, when), both sets' values and a status
                    over all their claims: clash, hedged difference, revised, agree, one report, or
                    only a / only b; clashes first. See .help figures and .help quantities.
          passages  sentences shared verbatim or nearly (word 3-gram shingles), with the share of each
                    document that is shared.
          speakers  who is quoted by which side, how often, and by one side only.
        Examples:
          compare doc "000" with doc "004"
          compare source "Brussels Morning" with rest on terms
          compare (sentences | filter "China") with (sentences | filter "United States") on terms
          compare doc "000" with doc "004" on quotes
          compare by source on quotes
          compare by doc on figures
          compare by source on speakers
        """,
        canStart: true, canFollow: true,
        parse: { p, r throws(QueryError) in
            let sides: Sides
            if p.accept("by") {
                sides = .by(try p.fieldExpression("a field to group by after 'compare by'"))
            } else {
                let a = try p.compareSet()
                try p.expectKeyword("with", hint: "compare SET with SET, or compare by FIELD")
                sides = .pair(a, try p.compareSet())
            }
            var aspect = Aspect.terms
            if p.accept("on") {
                let t = try p.expectIdentifier("what to compare on: " + Aspect.allCases.map(\.rawValue).joined(separator: ", "))
                guard let a = Aspect(rawValue: t.identifier!) else {
                    let near = Aspect.allCases.map(\.rawValue).nearest(to: t.identifier!)
                    throw QueryError(.semantic, "cannot compare on '\(t.identifier!)'", at: t.range,
                                     hint: near.isEmpty ? "aspects: " + Aspect.allCases.map(\.rawValue).joined(separator: ", ")
                                                        : "did you mean '\(near[0])'?")
                }
                aspect = a
            }
            var excluding = false
            if p.accept("excluding") {
                try p.expectKeyword("shared", hint: "compare … on terms excluding shared")
                guard aspect == .terms else {
                    throw QueryError(.semantic, "excluding shared applies to terms", at: p.previous.range)
                }
                excluding = true
            }
            return CompareStage(sides: sides, aspect: aspect, excludingShared: excluding, range: r.to(p.previous.range))
        })

    func run(_ input: Relation?, _ context: EvalContext) throws(QueryError) -> Relation {
        let resolver = CompareSetResolver(context: context)
        var groups: [CompareSide]
        let byKey: Bool
        switch sides {
        case let .pair(a, b):
            if input != nil {
                throw QueryError(.semantic, "compare A with B starts a statement", at: range, hint: "after '|', use compare by FIELD")
            }
            groups = try resolvePair(a, b, resolver)
            byKey = false
        case let .by(key):
            let rows = try input.map { (r: Relation) throws(QueryError) -> [Int32] in try resolver.sentences(of: r, at: range) }
                ?? context.allRows(of: SentencesUnit.spec)
            groups = try group(rows, by: key, context)
            byKey = true
        }
        if excludingShared { groups = try ComparePassages.removingShared(groups, context, range) }
        if [.quotes, .figures, .speakers].contains(aspect) { _ = try context.annotations(at: range) }
        let table: Table
        switch aspect {
        case .terms: table = try CompareTerms.table(groups, byKey: byKey, context, range)
        case .quotes: table = try CompareQuotes.table(groups, byKey: byKey, context, range)
        case .figures: table = try CompareFigures.table(groups, byKey: byKey, context, range)
        case .passages: table = try ComparePassages.table(groups, byKey: byKey, context, range)
        case .speakers: table = try CompareSpeakers.table(groups, byKey: byKey, context, range)
        }
        return .table(table)
    }

    private func resolvePair(_ a: CompareSetSyntax, _ b: CompareSetSyntax, _ resolver: CompareSetResolver) throws(QueryError) -> [CompareSide] {
        let all = resolver.context.allRows(of: SentencesUnit.spec)
        var left: CompareSide, right: CompareSide
        switch (a, b) {
        case let (.rest, .rest(r)):
            throw QueryError(.semantic, "both sets are rest; one of them must name something", at: r)
        case (.rest, _):
            right = try resolver.resolve(b)
            left = CompareSide(label: "rest", sentences: SortedRows.subtract(all, right.sentences))
        case (_, .rest):
            left = try resolver.resolve(a)
            right = CompareSide(label: "rest", sentences: SortedRows.subtract(all, left.sentences))
        default:
            left = try resolver.resolve(a)
            right = try resolver.resolve(b)
        }
        for (side, syntax) in [(left, a), (right, b)] where side.sentences.isEmpty {
            throw QueryError(.semantic, "the set \(syntax.summary) is empty: there is nothing to compare", at: syntax.range)
        }
        if left.sentences == right.sentences {
            throw QueryError(.semantic, "both sets are the same \(left.sentences.count) sentences: a set compared with itself shares everything and has no keywords",
                             at: a.range.to(b.range), hint: "compare it with rest, or with another set")
        }
        if left.label == right.label { right = CompareSide(label: right.label + " (b)", sentences: right.sentences) }
        return [left, right]
    }

    /// Groups sentences by a field's value, in the order of the values.
    private func group(_ rows: [Int32], by key: FieldExpression, _ context: EvalContext) throws(QueryError) -> [CompareSide] {
        let units = Relation.units(UnitRows(unit: SentencesUnit.spec, rows: rows))
        let reader = try FieldReader(units, key.field, at: key.range, context)
        var buckets: [Value: [Int32]] = [:]
        for (i, r) in rows.enumerated() {
            if i & 65535 == 0 { try context.checkCancelled(range) }
            buckets[key.apply(reader.value(at: i)), default: []].append(r)
        }
        guard buckets.count >= 2 else {
            throw QueryError(.semantic, "the rows have \(buckets.count) value\(buckets.count == 1 ? "" : "s") of \(key.summary): there is nothing to compare", at: key.range)
        }
        return buckets.sorted { Value.ordered($0.key, $1.key) }.map { CompareSide(label: $0.key.description.isEmpty ? "(none)" : $0.key.description, sentences: $0.value) }
    }
}
