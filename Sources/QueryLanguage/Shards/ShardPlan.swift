/// How a statement runs over the shards of a corpus: the stages each shard runs, what it hands on
/// (its partial), and where the merged result goes back into the pipeline. Statements whose result
/// cannot yet be merged exactly are refused here, naming the verb or unit, rather than answered wrongly.
///
/// A shard runs the pipeline up to its first stage that needs more than its own documents, or that
/// makes a table: rows of `docs`, `paragraphs`, `sentences` and `quotes` (their speakers resolved
/// against the whole corpus's name variants) pass `filter`, one `sort` and `limit`/`top`; then `show` or `kwic` (rows, concatenated or merged by the sort keys), `count` (rows added),
/// `group by` (counts per key added), `terms` (counts per term and tokens added) or `compare by KEY
/// [on terms]` (each group's counts per term and tokens added). The merge builds
/// that stage's table from the sums with the stage's own code and runs the later stages on it, as
/// one process would. `speakers` and `entities` hand on every entity's counts; all their stages run
/// on the merged rows. `passages` and `boilerplate` are rows too, once every shard is told the whole
/// corpus's reuse clusters; their rows carry their place in the clusters' order.
struct ShardPlan {
    /// How the shards' partials become the stage's result.
    enum Merge {
        /// Rows concatenated in shard order, or merged by the keys of a `sort` that ran in every shard; then the
        /// first `limit`. `allFields`: every field of the unit (what `save` writes), not the default columns.
        case rows(sort: SortStage?, limit: Int?, allFields: Bool = false)
        /// Row counts added (at most `limit`).
        case count(limit: Int?)
        /// Counts per key added, and the rows counted.
        case group(GroupStage)
        /// Counts per term added, and the tokens counted.
        case terms(TermsStage)
        /// `compare by KEY [on terms|speakers|quotes|figures]`: each group's counts per term and tokens, or per
        /// speaker, added; or each group's quotations (shard, number, locator, speaker, text), in corpus order.
        case compareBy(CompareStage, key: FieldExpression)
        /// `quantities`: every shard's figures, grouped by the merge with the code one process uses; all
        /// the stages run on the merged rows.
        case quantities
        /// `speakers` or `entities`: each entity's counts added and its sources joined, by the number
        /// every shard gives it (the whole corpus's); all the stages run on the merged rows.
        case entities(UnitSpec)
    }

    let merge: Merge
    let source: any SourceStage
    let stages: [any PipedStage]
    /// How many of `stages` each shard runs (for rows, those that make them; else those before the counting stage).
    let shardStages: Int
    /// The index in `stages` where the merged result goes on.
    let rest: Int
    /// When a stage after `limit`/`top` needs the rows it keeps (filter, sort, group, terms, compare,
    /// quote): that stage's index, and the sort and limit that keep them. The rows are chosen first
    /// (`Partial.pickLines`, `Partial.selection`: every shard's candidates, merged by the sort keys);
    /// each shard then goes on from the chosen rows it holds, in their order (docs/scale.md).
    private(set) var selectAt: Int?
    private(set) var selectBy: (sort: SortStage?, limit: Int)?

    /// Whether the shards' figures need the whole corpus's quantities (`needsQuantities(_:merge:stages:)`).
    private(set) var needsQuantities = false

    /// Whether the rows name speakers or entities, which are resolved across the whole corpus: the
    /// shards first hand on their name variants, and each shard resolves against all of them (docs/scale.md).
    var resolvesEntities: Bool {
        if let name = source as? NameSource, Self.entityUnits.contains(name.name) { return true }
        func resolves(_ stage: any Stage) -> Bool { stage is QuoteStage || (stage as? CompareStage)?.aspect.usesAnnotations == true }
        return resolves(source) || stages.contains { resolves($0) }
    }

    /// Whether the statement reads the reuse clusters (`passages`, `boilerplate`, `compare … on passages`,
    /// `excluding shared`), which are found across the whole corpus: the shards first hand on their
    /// words, the merge finds the clusters once, and each shard is told its members in them (docs/scale.md).
    var usesReuse: Bool {
        if let name = source as? NameSource, UnitRegistry.named(name.name)?.usesReuse == true { return true }
        return compare.map { $0.aspect.name == ComparePassages.aspect.name || $0.excludingShared } ?? false
    }

    /// The statement's `compare`, if it has one.
    var compare: CompareStage? { (source as? CompareStage) ?? stages.lazy.compactMap { $0 as? CompareStage }.first }

    /// Whether a `compare … excluding shared` needs the clusters the whole corpus's groups share.
    var excludesShared: Bool { compare?.excludingShared == true }

    /// Whether the shards hand on concordance lines, which are in corpus order whatever the order of the
    /// rows they come from (so they merge in shard order, with no sort keys).
    var endsInKwic: Bool { shardStages > 0 && stages[shardStages - 1] is KwicStage }

    /// Whether the rows are a unit's that are not in corpus order (passages): each shard's rows carry
    /// their place in the whole corpus's order as their last sort key.
    var rowsByPlace: Bool { Self.byPlace(source) }

    private static func byPlace(_ source: any SourceStage) -> Bool {
        (source as? NameSource).flatMap { UnitRegistry.named($0.name) }?.place != nil
    }

    /// Units whose rows a shard finds from its own documents alone (passages and boilerplate once told
    /// the whole corpus's clusters).
    static let shardableUnits: Set<String> = ["docs", "paragraphs", "sentences", "quotes", "figures", "passages", "boilerplate"]
    /// The units whose rows name speakers or entities (a figure's `given_by`), or are them.
    static let entityUnits: Set<String> = ["quotes", "figures", "quantities", "speakers", "entities"]
    /// Fields of `figures` grouped across the whole corpus: a statement on figures that names one needs the figures pass.
    static let corpusFigureFields: Set<String> = ["quantity", "status"]

    init(_ statement: Statement) throws(QueryError) {
        let pipeline = statement.pipeline
        source = pipeline.source
        stages = pipeline.stages
        switch pipeline.source {
        case let terms as TermsStage:
            (merge, shardStages, rest) = (.terms(terms), 0, 0)
            return
        case is KwicStage:
            (merge, shardStages, rest) = (.rows(sort: nil, limit: nil), 0, 0)
            return
        case let compare as CompareStage:
            (merge, shardStages, rest) = (.compareBy(compare, key: try Self.mergeableKey(compare)), 0, 0)
            return
        case let name as NameSource where name.name == QuantitiesUnit.spec.name:
            (merge, shardStages, rest) = (.quantities, 0, 0)
            return
        case let name as NameSource where EntityUnits.order[name.name] != nil:
            if let quote = stages.first(where: { $0 is QuoteStage }) {
                throw Self.refusal("quote", at: quote.range, why: "the merged \(name.name) hold no quotations")
            }
            (merge, shardStages, rest) = (.entities(UnitRegistry.named(name.name)!), 0, 0)
            return
        case is QuoteStage:
            break   // `quote by "NAME"`: that speaker's quotations, found in every shard alone
        case let name as NameSource:
            guard Self.shardableUnits.contains(name.name) else {
                throw Self.refusal(name.name, at: name.range, why: UnitRegistry.named(name.name) == nil
                    ? "a name bound with let is not kept between jobs"
                    : "its rows are found across the whole corpus, and the cross-shard merge is not built yet")
            }
        default:
            throw Self.refusal(Self.verb(pipeline.source), at: pipeline.source.range,
                               why: "it compares or gathers rows across the whole corpus, and the cross-shard merge is not built yet")
        }
        var sort: SortStage?, limit: Int?
        var found: (Merge, Int, Int)?
        scan: for (i, stage) in stages.enumerated() {
            // The first stage after limit/top that needs the rows it keeps: those are chosen first.
            if let n = limit, selectAt == nil, stage is FilterStage || stage is SortStage || stage is GroupStage || stage is TermsStage
                || stage is CompareStage || stage is QuoteStage || stage is KwicStage {
                (selectAt, selectBy, sort, limit) = (i, (sort, n), nil, nil)
            }
            switch stage {
            case is FilterStage:
                if limit != nil { throw Self.refusal("filter", at: stage.range, why: "it follows a second limit or top") }
            case let s as SortStage:
                if sort != nil || limit != nil { throw Self.refusal("sort", at: stage.range, why: "it follows another sort, limit or top") }
                sort = s
            case let l as LimitStage:
                limit = min(limit ?? .max, l.n)
            case let t as TopStage:
                if t.per != nil { throw Self.refusal("top", at: stage.range, why: "top … per chooses rows of each group across the whole corpus; it runs after group by") }
                limit = min(limit ?? .max, t.n)   // rows of text units have no count: top is limit
            case is QuoteStage:
                if sort != nil || limit != nil { throw Self.refusal("quote", at: stage.range, why: "it follows sort, limit or top") }
                if Self.byPlace(pipeline.source) { throw Self.refusal("quote", at: stage.range, why: "it reads passages, whose rows are in the order of their clusters") }
            case is SaveStage:
                // Every field of the rows is merged; the merge writes the file, on the driver.
                found = (.rows(sort: sort, limit: limit, allFields: true), i, i)
                break scan
            case is ShowStage:
                found = (.rows(sort: sort, limit: limit), i + 1, i + 1)
                break scan
            case is KwicStage:
                // A concordance is in corpus order whatever the order of its rows: its lines merge in shard order.
                if limit != nil { throw Self.refusal("kwic", at: stage.range, why: "it follows a second limit or top") }
                if Self.byPlace(pipeline.source) { throw Self.refusal("kwic", at: stage.range, why: "its lines would follow the passages' clusters, not the corpus") }
                found = (.rows(sort: nil, limit: nil), i + 1, i + 1)
                break scan
            case is CountStage:
                found = (.count(limit: limit), i, i + 1)
                break scan
            case let g as GroupStage:
                if limit != nil { throw Self.refusal("group", at: stage.range, why: "it follows a second limit or top") }
                found = (.group(g), i, i + 1)
                break scan
            case let t as TermsStage:
                if limit != nil { throw Self.refusal("terms", at: stage.range, why: "it follows a second limit or top") }
                found = (.terms(t), i, i + 1)
                break scan
            case let compare as CompareStage:
                if limit != nil { throw Self.refusal("compare", at: stage.range, why: "it follows a second limit or top") }
                found = (.compareBy(compare, key: try Self.mergeableKey(compare)), i, i + 1)
                break scan
            default:
                throw Self.refusal(Self.verb(stage), at: stage.range,
                                   why: "it gathers rows across the whole corpus, and the cross-shard merge is not built yet")
            }
        }
        (merge, shardStages, rest) = found ?? (.rows(sort: sort, limit: limit), stages.count, stages.count)
        if excludesShared, let at = selectAt {
            throw Self.refusal("compare", at: stages[at].range, why: "excluding shared after limit or top is not built yet")
        }
        needsQuantities = try Self.needsQuantities(statement, merge: merge, stages: stages[..<shardStages])
    }

    /// Whether the figures' quantities must be the whole corpus's: a figure's quantity and status group
    /// claims across all shards, so a statement on `figures` that names them, or that shows or saves its
    /// rows with the default columns or all fields (which hold them), first has every shard's figures
    /// grouped by the merge, and each shard told the quantities of its own (docs/scale.md).
    static func needsQuantities(_ statement: Statement, merge: Merge, stages: ArraySlice<any PipedStage>) throws(QueryError) -> Bool {
        guard let unit = statement.pipeline.source as? NameSource, unit.name == "figures" else { return false }
        for token in try Lexer(statement.source).tokenize() {
            if case let .identifier(name) = token.kind, corpusFigureFields.contains(name) { return true }
        }
        guard case .rows = merge else { return false }
        return !stages.contains { $0 is ShowStage || $0 is KwicStage }
    }

    /// The aspects `compare by` merges from shards: words and speakers by counts added, quotations by their records.
    static let mergeableAspects: Set<String> = [CompareTerms.aspect.name, CompareSpeakers.aspect.name, CompareQuotes.aspect.name,
                                                CompareFigures.aspect.name, ComparePassages.aspect.name]

    /// The key of a `compare by KEY [on ASPECT]` whose aspect merges from shards.
    static func mergeableKey(_ compare: CompareStage) throws(QueryError) -> FieldExpression {
        guard case let .by(key) = compare.sides else {
            throw refusal("compare", at: compare.range, why: "its sets (doc, source, rest) are resolved across the whole corpus; compare by FIELD runs")
        }
        guard mergeableAspects.contains(compare.aspect.name) else {
            throw refusal("compare", at: compare.range, why: "on \(compare.aspect.name) it needs rows found across the whole corpus; compare by FIELD on terms, quotes, figures, speakers or passages runs")
        }
        return key
    }

    /// The verb a stage is written with (the first word of its summary).
    static func verb(_ stage: any Stage) -> String { String(stage.summary.prefix { $0 != " " }) }

    static func refusal(_ what: String, at range: SourceRange, why: String) -> QueryError {
        QueryError(.semantic, "'\(what)' cannot run over shards yet: \(why)", at: range,
                   hint: "run it on the whole corpus with crq, or see docs/scale.md for what runs on a cluster")
    }
}
