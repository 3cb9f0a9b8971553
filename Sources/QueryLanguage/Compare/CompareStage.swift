import Annotation
import CorpusModel
import TextAnalysis

/// `compare A with B [on ASPECT]` and `compare by KEY [on ASPECT]`: how two sets of coverage, or
/// every group and the rest, differ in their words, quotations, figures, shared passages and speakers.
struct CompareStage: SourceOrPipedStage {
    enum Sides: Sendable {
        case pair(CompareSetSyntax, CompareSetSyntax)
        case by(FieldExpression)
    }

    let sides: Sides
    let aspect: CompareAspect
    /// Whether `aspect` was not named with `on`: the rows piped in then choose it when they are an aspect's unit.
    let aspectIsDefault: Bool
    let excludingShared: Bool
    let range: SourceRange

    var summary: String {
        let head: String
        switch sides {
        case let .pair(a, b): head = "compare \(a.summary) with \(b.summary)"
        case let .by(k): head = "compare by \(k.summary)"
        }
        return head + " on \(aspect.name)" + (excludingShared ? " excluding shared" : "")
    }

    static let spec = VerbSpec(
        name: "compare", usage: "compare SET with SET [on ASPECT] | compare by FIELD [on ASPECT]",
        summary: "how two sets, or each group and the rest, differ on an aspect (.help aspects)",
        details: """
        A SET is doc "ID", source "NAME" (case-insensitive, or a unique prefix), rest (everything not in \
        the other set), a name bound with let, or a parenthesised pipeline. compare by FIELD compares every \
        group of the rows piped in (all sentences, as a source) with the rest, grouped by their own FIELD when they have it \
        (quotes | compare by speaker). ASPECT (default terms; after quotes, figures or passages, or a name bound to them, those: \
        `quotes | filter kind = "direct" | compare by source` is on quotes):
        \(CompareAspect.helpRows)
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
        keywords: ["by", "with", "on", "excluding", "shared", "doc", "source", "rest"],
        parse: { p, r throws(QueryError) in
            let piped = p.pipedUnit
            let sides: Sides
            if p.accept("by") {
                sides = .by(try p.fieldExpression("a field to group by after 'compare by'"))
            } else {
                let a = try p.compareSet()
                try p.expectKeyword("with", hint: "compare SET with SET, or compare by FIELD")
                sides = .pair(a, try p.compareSet())
            }
            var aspect = piped.flatMap(CompareAspect.named) ?? CompareAspect.all[0]
            let named = p.accept("on")
            if named {
                let t = try p.expectIdentifier("what to compare on: " + CompareAspect.names.joined(separator: ", "))
                guard let a = CompareAspect.named(t.identifier!) else {
                    throw QueryError(.semantic, "cannot compare on '\(t.identifier!)'", at: t.range,
                                     hint: CompareAspect.names.didYouMean(t.identifier!, otherwise: "aspects: " + CompareAspect.names.joined(separator: ", ")))
                }
                aspect = a
            }
            var excluding = false
            if p.accept("excluding") {
                try p.expectKeyword("shared", hint: "compare … on terms excluding shared")
                try CompareStage.checkExcludingShared(aspect, at: p.previous.range)
                excluding = true
            }
            return CompareStage(sides: sides, aspect: aspect, aspectIsDefault: !named, excludingShared: excluding, range: r.to(p.previous.range))
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
            groups = try self.buckets(input, context).map(\.side)
            try Self.checkGroups(groups.count, key)
            byKey = true
        }
        let aspect = try self.aspect(for: input)
        if excludingShared { groups = try ComparePassages.removingShared(groups, context, range) }
        if aspect.usesAnnotations { _ = try context.annotations(at: range) }
        let table = try aspect.table(groups, byKey, context, range)
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

    /// The aspect compared: the one named with `on`, else the unit of the rows piped in when it is an aspect's (known
    /// here, not when parsing, for a name bound with let: `let q = quotes; q | compare by source` is on quotes), else terms.
    private func aspect(for input: Relation?) throws(QueryError) -> CompareAspect {
        guard aspectIsDefault, case let .units(rows)? = input, let piped = CompareAspect.named(rows.unit.name) else { return aspect }
        if excludingShared { try Self.checkExcludingShared(piped, at: range) }
        return piped
    }

    /// Throws unless `excluding shared` applies to `aspect`.
    static func checkExcludingShared(_ aspect: CompareAspect, at range: SourceRange) throws(QueryError) {
        guard !aspect.acceptsExcludingShared else { return }
        throw QueryError(.semantic, "excluding shared applies to " + CompareAspect.all.filter(\.acceptsExcludingShared).map(\.name).joined(separator: ", "),
                         at: range)
    }

    /// The groups of `compare by KEY`, each labelled by its key's value, in the order of the values: the
    /// sentences (those piped in, or all) by the key's value. Rows piped in that have the key themselves
    /// are grouped by their own value, each group standing for its rows' sentences and keeping its rows
    /// (`quotes | compare by speaker`: each speaker's quotations, also where two speakers share a
    /// sentence; a joint speaker's under the pair).
    func buckets(_ input: Relation?, _ context: EvalContext) throws(QueryError) -> [(key: Value, side: CompareSide)] {
        guard case let .by(key) = sides else { return [] }
        let resolver = CompareSetResolver(context: context)
        if case let .units(u)? = input, u.unit.name != SentencesUnit.spec.name, u.unit.field(key.field, in: context.corpus) != nil {
            return try buckets(.units(u), by: key, context).map { (group: (key: Value, rows: [Int32])) throws(QueryError) in
                let rows = UnitRows(unit: u.unit, rows: group.rows, inCorpusOrder: u.inCorpusOrder)
                return (group.key, CompareSide(label: Self.label(group.key), sentences: try resolver.sentences(of: .units(rows), at: range),
                                               own: (u.unit.name, group.rows.sorted())))
            }
        }
        let rows = try input.map { (r: Relation) throws(QueryError) -> [Int32] in try resolver.sentences(of: r, at: range) }
            ?? context.allRows(of: SentencesUnit.spec)
        return try buckets(.units(UnitRows(unit: SentencesUnit.spec, rows: rows)), by: key, context).map {
            ($0.key, CompareSide(label: Self.label($0.key), sentences: $0.rows))
        }
    }

    /// The unit rows of `input` by the key's value, in the order of the values.
    private func buckets(_ input: Relation, by key: FieldExpression, _ context: EvalContext) throws(QueryError) -> [(key: Value, rows: [Int32])] {
        guard case let .units(u) = input else { return [] }
        let reader = try FieldReader(input, key.field, at: key.range, context)
        var buckets: [Value: [Int32]] = [:]
        for (i, r) in u.rows.enumerated() {
            if i & 4095 == 0 { try context.checkCancelled(range) }
            buckets[key.apply(reader.value(at: i)), default: []].append(r)
        }
        return buckets.sorted { Value.ordered($0.key, $1.key) }.map { ($0.key, $0.value) }
    }

    /// Throws unless there are two groups or more to compare.
    static func checkGroups(_ count: Int, _ key: FieldExpression) throws(QueryError) {
        guard count >= 2 else {
            throw QueryError(.semantic, "the rows have \(count) value\(count == 1 ? "" : "s") of \(key.summary): there is nothing to compare", at: key.range)
        }
    }

    /// A group's name: its key's value, `(none)` when empty.
    static func label(_ key: Value) -> String { key.description.isEmpty ? Table.none : key.description }
}
