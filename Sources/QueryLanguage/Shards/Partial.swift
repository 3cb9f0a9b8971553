import Annotation
import CorpusModel
import Foundation

/// A shard's partial result of a statement, as JSON lines (docs/scale.md describes them), and the
/// merge of many shards' partials into the statement's result.
///
/// Lines are objects (docs/scale.md lists every kind): a header per shard; counts to add by key
/// (`{"key": KEY, "n": N}`, with keys such as a group's values, `["term", GROUP, TERM]`, `["total", GROUP]`,
/// `["group", G]`, `["speaker", G, ID, NAME]`, or `"rows"`/`"tokens"`); result rows
/// (`{"shard": K, "i": I, "row": [VALUES], "sort": [VALUES]}`); and the records a stage run by the merge
/// needs (`"quote"` lines for `compare … on quotes`, `"figure"` lines for quantities, `"passage"` lines
/// for `compare … on passages`).
///
/// Values are `null`, JSON numbers (integers), strings, `{"number": "0.25"}` (a real number, in
/// the shortest text that reads back the same) and `{"date": [YEAR, MONTH, DAY]}` (month and day may be `null`).
/// Lines may come in any order and counts may already be added (a reduce by key), so any engine
/// can move them; only the merge reads their meaning.
package enum Partial {
    /// The partial result of `statement` over the shard `context` holds, as JSON lines (each ending in a newline).
    /// `selected`: the rows chosen after `limit`/`top`, when the statement needs them (`selection`);
    /// `shared`: for `excluding shared`, the clusters the whole corpus's groups share (`sharedClusters`).
    package static func lines(of statement: Statement, shard: Int, _ context: EvalContext, selected: [String]? = nil,
                              shared: [String]? = nil) throws(QueryError) -> [String] {
        let plan = try ShardPlan(statement)
        var out = [encode(["partial": 1, "statement": statement.source.text, "shard": shard, "fields": context.corpus.extraFields])]
        func add(_ key: Any, _ n: Int) { out.append(encode(["key": key, "n": n])) }
        func addTerms(_ counts: (entries: [(term: Int, count: Int32)], tokens: Int)) {
            let vocabulary = context.corpus.index.vocabulary
            for e in counts.entries { add([vocabulary.term(e.term)], Int(e.count)) }
            add("tokens", counts.tokens)
        }
        context.hints = StageHints()
        defer { context.hints = StageHints() }
        func addGroups(_ compare: CompareStage, _ input: Relation?) throws(QueryError) {
            let buckets = try compare.buckets(input, context)
            var sides = buckets.map(\.side)
            if compare.excludingShared {
                guard let shared else {
                    throw QueryError(.semantic, "the passages groups share are found across the whole corpus: give them with --shared FILE", at: compare.range,
                                     hint: "crq worker --touches on every shard, then crq merge --shared (scripts/crq-spark does both)")
                }
                sides = try ComparePassages.removingShared(sides, context, compare.range, shared: sharedSet(shared, at: compare.range))
            }
            switch compare.aspect.name {
            case ComparePassages.aspect.name:
                // The copies each group carries, its groups by key; the merge puts them in the corpus's order.
                for bucket in buckets { add(["group", json(bucket.key)], 1) }
                for c in try ComparePassages.carried(sides, disjoint: true, context, compare.range) {
                    out.append(encode(["shard": shard, "passage": [c.cluster, c.place, c.groups.map { json(buckets[$0].key) }, c.locator, c.text, c.first]]))
                }
            case CompareFigures.aspect.name:
                // Every figure, as quantities group all of them; with its group when it is in one.
                let a = try context.annotations(at: compare.range)
                var groups: [Int: Value] = [:]
                for (bucket, figures) in zip(buckets, sides.bucket(a.figures.count, of: FiguresUnit.spec.name, context.corpus, firstByte: { a.figures[$0].bytes.lowerBound })) {
                    add(["group", json(bucket.key)], 1)
                    for f in figures { groups[f] = bucket.key }
                }
                out += try figureLines(shard: shard, context, groups: groups)
            case CompareSpeakers.aspect.name, CompareQuotes.aspect.name:
                let corpus = context.corpus, a = try context.annotations(at: compare.range)
                let speech = compare.aspect.name == CompareQuotes.aspect.name
                let quoted = sides.bucket(a.quotes.count, of: QuotesUnit.spec.name, corpus, firstByte: { a.quotes[$0].bytes.lowerBound },
                                          keep: { speech ? a.quotes[$0].quotation.kind != .term : a.quotes[$0].speaker != nil })
                for (bucket, quotes) in zip(buckets, quoted) {
                    add(["group", json(bucket.key)], 1)
                    for q in quotes {
                        let speaker = a.quotes[q].speaker
                        guard speech else {
                            for e in a.quotes[q].credited { add(["speaker", json(bucket.key), e, a.entities[e].canonical], 1) }
                            continue
                        }
                        let locator = a.quotes.id(q, in: corpus)
                        out.append(encode(["shard": shard, "i": q, "quote": [json(bucket.key), locator, speaker.map { a.entities[$0].canonical } ?? "",
                                                                              a.quotes[q].quotation.text]]))
                    }
                }
            default:
                for (bucket, group) in zip(buckets, try CompareTerms.wordCounts(sides, context, compare.range)) {
                    add(["total", json(bucket.key)], group.total)
                    for (term, n) in group.counts { add(["term", json(bucket.key), term], n) }
                }
            }
        }
        if case .quantities = plan.merge { return out + (try figureLines(shard: shard, context)) }
        if case .entities = plan.merge {
            let a = try context.annotations(at: plan.source.range)
            for e in a.entityOrder where !a.documents[e].isEmpty {
                let entity = EntityCounts(context.corpus, entity: e)
                add(["entity", e, entity.name, entity.kind], 1)
                for (i, role) in entity.roles.enumerated() { add(["role", e, i, role], 1) }
                for (i, variant) in entity.variants.enumerated() { add(["variant", e, i, variant], 1) }
                add(["quotes", e], entity.quotes)
                add(["mentions", e], entity.mentions)
                add(["docs", e], entity.docs)
                for source in entity.sources() { add(["source", e, source], 1) }
            }
            return out
        }
        switch (plan.merge, plan.shardStages == 0 && plan.source is SourceOrPipedStage) {
        case let (.terms(terms), true):
            try addTerms(terms.counts(nil, context))
            return out
        case let (.compareBy(compare, _), true):
            try addGroups(compare, nil)
            return out
        default: break
        }
        var relation = try plan.source.run(context)
        // The stage that makes a table of the rows (show, kwic) runs after their sort keys are read.
        let makesTable = plan.shardStages > 0 && (plan.stages[plan.shardStages - 1] is ShowStage || plan.stages[plan.shardStages - 1] is KwicStage)
        // After limit/top: the chosen rows this shard holds, in their order, and each one's place in it.
        var position: (unit: String, of: [Int32: Int])?
        if let at = plan.selectAt {
            guard let selected else {
                throw QueryError(.semantic, "the rows kept by limit or top are chosen from every shard: give them with --selected FILE",
                                 at: plan.stages[at].range, hint: "crq worker --pick on every shard, then crq merge --select (scripts/crq-spark does both)")
            }
            for stage in plan.stages[..<at] where !(stage is SortStage || stage is LimitStage || stage is TopStage) {
                relation = try stage.run(relation, context)
            }
            guard case let .units(u) = relation else { throw QueryError(.runtime, "the rows before limit are not a unit's", at: plan.stages[at].range) }
            let chosen = try selection(selected, shard: shard, at: plan.stages[at].range)
            position = (u.unit.name, Dictionary(uniqueKeysWithValues: chosen.map { ($0.row, $0.at) }))
            let rows = chosen.map(\.row)
            relation = .units(UnitRows(unit: u.unit, rows: rows, inCorpusOrder: rows == rows.sorted(), highlights: u.highlights))
        }
        for stage in plan.stages[(plan.selectAt ?? 0)..<(plan.shardStages - (makesTable ? 1 : 0))] {
            try context.checkCancelled(stage.range)
            relation = try stage.run(relation, context)
        }
        switch plan.merge {
        case let .rows(sort, _, allFields):
            var keys = try sort?.keyValues(relation, context) ?? []
            if plan.endsInKwic {
                keys = []
            } else if let (unit, of) = position {
                // Chosen rows keep their order (a sort's ties too); rows of another unit (quote) are in corpus order.
                let at: [Value] = if case let .units(u) = relation, u.unit.name == unit { u.rows.map { .int(of[$0] ?? 0) } }
                                  else { Array(repeating: .int(0), count: relation.count) }
                keys = keys.isEmpty ? at.map { [$0] } : zip(keys, at).map { $0 + [$1] }
            } else if plan.rowsByPlace {
                keys = try withPlaces(keys, relation, context)
            }
            if makesTable { relation = try plan.stages[plan.shardStages - 1].run(relation, context) }
            let table = Materializer.table(relation, context, columns: allFields ? SaveStage.columns(of: relation) : nil)
            for (i, row) in table.rows.enumerated() {
                var line: [String: Any] = ["shard": shard, "i": i, "row": row.map(json)]
                if i < keys.count { line["sort"] = keys[i].map(json) }
                out.append(encode(line))
            }
        case .count, .entities, .quantities:
            add("rows", relation.count)
        case let .group(group):
            for (key, n) in try group.counts(relation, context) { add(key.map(json), n) }
            add("rows", relation.count)
        case let .terms(terms):
            try addTerms(terms.counts(relation, context))
        case let .compareBy(compare, _):
            try addGroups(compare, relation)
        }
        return out
    }

    /// A pass a statement needs before its job: the whole corpus's name variants (`variantLines`,
    /// `corpusVariants`, `resolveEntities`), then its quantities (`figureLines`, `corpusQuantities`, `resolveQuantities`),
    /// then its reuse clusters (`wordLines`, `corpusPassages`, `resolvePassages`), then the clusters the groups of
    /// `excluding shared` share (`touchLines`, `sharedClusters`), then the rows a `limit` keeps (`pickLines`,
    /// chosen by the merge, read back by the shards).
    package enum Pass: String { case entities, figures, passages, shared, select }

    /// Throws the reason why `statement` cannot run over shards, if it cannot; else the passes it needs first.
    @discardableResult
    package static func check(_ statement: Statement) throws(QueryError) -> [Pass] {
        let plan = try ShardPlan(statement)
        return (plan.resolvesEntities ? [.entities] : []) + (plan.needsQuantities ? [.figures] : []) + (plan.usesReuse ? [.passages] : [])
            + (plan.excludesShared ? [.shared] : []) + (plan.selectAt != nil ? [.select] : [])
    }

    // MARK: Rows kept by limit, chosen from every shard

    /// The first pass of a statement with a stage after `limit`/`top` that needs the rows it keeps: the
    /// shard's candidates, as lines `{"i": I, "pick": ROW, "shard": K, "sort": [KEYS]}` (its first rows, by the sort if one ran).
    package static func pickLines(of statement: Statement, shard: Int, _ context: EvalContext) throws(QueryError) -> [String] {
        let plan = try ShardPlan(statement)
        guard let at = plan.selectAt, let by = plan.selectBy else { return [] }
        let relation = try run(plan.source, plan.stages[..<at], context)
        guard case let .units(u) = relation else { throw QueryError(.runtime, "the rows before limit are not a unit's", at: plan.stages[at].range) }
        var keys = try by.sort?.keyValues(relation, context) ?? []
        if plan.rowsByPlace { keys = try withPlaces(keys, relation, context) }
        return u.rows.enumerated().map { i, row in
            encode(["shard": shard, "i": i, "pick": Int(row), "sort": (i < keys.count ? keys[i] : []).map(json)])
        }
    }

    /// Between the passes: the rows `limit`/`top` keeps, from every shard's candidates (`pickLines`, in
    /// any order) merged as one process orders them (by the sort's keys, ties in corpus order): lines
    /// `{"at": [PLACE, …], "rows": [ROW, …], "shard": K}`, each shard's chosen rows and their places.
    package static func selection(_ statement: Statement, lines: [String]) throws(QueryError) -> [String] {
        let plan = try ShardPlan(statement)
        guard let by = plan.selectBy else { return [] }
        var picks: [(shard: Int, i: Int, row: Int, sort: [Value])] = []
        for (number, line) in lines.enumerated() where !line.isEmpty {
            guard let o = JSONLine.parse(line) as? [String: Any], let shard = o["shard"] as? Int, let i = o["i"] as? Int, let row = o["pick"] as? Int,
                  let sort = o["sort"] as? [Any] else {
                throw QueryError(.runtime, "pick line \(number + 1) is not a shard's candidate row", at: statement.pipeline.range)
            }
            picks.append((shard, i, row, try sort.map { v throws(QueryError) in try value(v, line: number, statement.pipeline.range) }))
        }
        let descending = (by.sort?.keys.map(\.descending) ?? []) + (plan.rowsByPlace ? [false] : [])
        picks.sort { a, b in SortStage.precedes(a.sort, b.sort, descending: descending) ?? ((a.shard, a.i) < (b.shard, b.i)) }
        var chosen: [Int: (rows: [Int], at: [Int])] = [:]
        for (place, p) in picks.prefix(by.limit).enumerated() {
            chosen[p.shard, default: ([], [])].rows.append(p.row)
            chosen[p.shard, default: ([], [])].at.append(place)
        }
        return chosen.sorted { $0.key < $1.key }.map { encode(["shard": $0.key, "rows": $0.value.rows, "at": $0.value.at]) }
    }

    /// The rows of shard `shard` that `selection` chose, with their places.
    private static func selection(_ lines: [String], shard: Int, at range: SourceRange) throws(QueryError) -> [(row: Int32, at: Int)] {
        for (number, line) in lines.enumerated() where !line.isEmpty {
            guard let o = JSONLine.parse(line) as? [String: Any], let k = o["shard"] as? Int, let rows = o["rows"] as? [Any], let at = o["at"] as? [Any],
                  rows.count == at.count else {
                throw QueryError(.runtime, "line \(number + 1) of the chosen rows is not a shard's", at: range)
            }
            if k == shard { return zip(rows, at).compactMap { r, a in (r as? Int).flatMap { r in (a as? Int).map { (Int32(r), $0) } } } }
        }
        return []
    }

    // MARK: Quantities in two passes

    /// The first pass of a statement that needs the corpus's quantities: every figure of the shard
    /// `context` holds, as lines `{"figure": [CLAIM, DATE, OUTLET, DOCUMENT, LOCATOR], "i": I, "shard": K}` (its speakers
    /// resolved against the whole corpus's, as the claim's `given_by` is part of it).
    package static func figureLines(shard: Int, _ context: EvalContext, groups: [Int: Value] = [:]) throws(QueryError) -> [String] {
        let corpus = context.corpus, a = try context.annotations(at: SourceRange(0, 0))
        return a.figures.enumerated().map { i, f in
            let document = corpus.documents[f.document], source = document.metadata.source
            // An outlet is its source, or the document itself when it has none.
            let outlet = source.isEmpty ? "\u{1F}\(shard):\(f.document)" : source
            var line: [String: Any] = ["shard": shard, "i": i, "figure": [json(f.claim), document.date.map { json(.date($0)) } ?? NSNull(), outlet,
                                                                          f.document, corpus.locator(atByte: f.bytes.lowerBound, inDocument: f.document)]]
            if let group = groups[i] { line["group"] = json(group) }
            return encode(line)
        }
    }

    /// A figure a shard handed on (`figureLines`): where it is, what the grouping into quantities reads
    /// of it, its sentence's locator and its group (in `compare by KEY on figures`).
    struct FigureLine {
        let shard: Int, i: Int
        let input: FigureInput
        let locator: String
        let group: Value?

        /// The figure of a line, its outlet numbered in `outlets` (any numbers that tell outlets apart).
        init?(_ object: [String: Any], outlets: inout [String: Int32]) {
            guard let shard = object["shard"] as? Int, let i = object["i"] as? Int, let parts = object["figure"] as? [Any], parts.count == 5,
                  let claim = Partial.claim(parts[0]), let outlet = parts[2] as? String, let document = parts[3] as? Int,
                  let locator = parts[4] as? String else { return nil }
            var date: PartialDate?
            if case let .date(d)? = Partial.value(parts[1]) { date = d }
            let o = outlets[outlet] ?? Int32(outlets.count)
            outlets[outlet] = o
            // A document's number in the whole corpus: its shard's, then its own in the shard (only told apart).
            (self.shard, self.i, self.locator) = (shard, i, locator)
            input = FigureInput(claim: claim, document: shard << 32 | document, date: date, outlet: o)
            group = object["group"].flatMap(Partial.value)
        }
    }

    /// The figures of `lines`, in corpus order, grouped into the whole corpus's quantities with the
    /// code one process uses; and what the quantities and `compare … on figures` read of them.
    static func quantities(_ figures: [FigureLine], _ context: EvalContext, at range: SourceRange) throws(QueryError)
        -> (figures: [FigureLine], quantities: [FigureQuantity], of: [Int], source: FigureSource) {
        let figures = figures.sorted { ($0.shard, $0.i) < ($1.shard, $1.i) }
        guard let (quantities, of) = Annotations.quantities(figures.map(\.input), unlessStopped: { context.shouldStop }) else {
            try context.checkCancelled(range)
            preconditionFailure("the grouping stopped with no reason to")
        }
        let source = FigureSource(claim: { figures[$0].input.claim }, outlet: { figures[$0].input.outlet },
                                  date: { figures[$0].input.date }, locator: { figures[$0].locator })
        return (figures, quantities, of, source)
    }

    /// Between the passes: groups the figures of every shard (`figureLines`, in any order) into the
    /// whole corpus's quantities with the code one process uses: lines `{"quantity": [NAME, STATUS,
    /// HAPPENING, COUNTED, PLACE, AGENT]}` in order, then `{"of": [Q, …], "shard": K}`, each shard's figures' quantities.
    package static func corpusQuantities(_ lines: [String]) throws(QueryError) -> [String] {
        var found: [FigureLine] = [], outlets: [String: Int32] = [:]
        for (number, line) in lines.enumerated() where !line.isEmpty {
            guard let object = JSONLine.parse(line) as? [String: Any], let figure = FigureLine(object, outlets: &outlets) else {
                throw QueryError(.runtime, "figure line \(number + 1) is not a shard's figure", at: SourceRange(0, 0))
            }
            found.append(figure)
        }
        let (figures, quantities, of, _) = try Self.quantities(found, EvalContext(corpus: .empty(name: "shards")), at: SourceRange(0, 0))
        var out = quantities.map { q in
            encode(["quantity": [q.name, q.status.rawValue, q.happening, q.counted, q.place as Any? ?? NSNull(), q.agent as Any? ?? NSNull()]])
        }
        var perShard: [Int: [Int]] = [:]
        for (k, f) in figures.enumerated() { perShard[f.shard, default: []].append(of[k]) }
        out += perShard.sorted { $0.key < $1.key }.map { encode(["shard": $0.key, "of": $0.value]) }
        return out
    }

    // MARK: Speakers and entities in two passes

    /// The first pass: the name variants of the shard `context` holds, in order of first occurrence,
    /// as lines `{"i": I, "shard": K, "variant": [NAME, SURFACE, KIND, ROLE]}`.
    package static func variantLines(shard: Int, _ context: EvalContext) throws(QueryError) -> [String] {
        try context.annotations(at: SourceRange(0, 0)).resolver.variants.enumerated().map { i, v in
            encode(["i": i, "shard": shard, "variant": json(v)])
        }
    }

    /// Between the passes: the variants of every shard (`variantLines`, in any order) as the whole
    /// corpus has them, distinct and in order of first occurrence: lines `{"variant": [...]}`.
    package static func corpusVariants(_ lines: [String]) throws(QueryError) -> [String] {
        var found: [(shard: Int, i: Int, variant: EntityResolver.Variant)] = []
        for (number, line) in lines.enumerated() where !line.isEmpty {
            guard let object = JSONLine.parse(line) as? [String: Any], let shard = object["shard"] as? Int, let i = object["i"] as? Int,
                  let variant = variant(object) else {
                throw QueryError(.runtime, "variant line \(number + 1) is not a shard's name variant", at: SourceRange(0, 0))
            }
            found.append((shard, i, variant))
        }
        found.sort { ($0.shard, $0.i) < ($1.shard, $1.i) }
        var seen = Set<EntityResolver.Variant>()
        return found.compactMap { f in
            guard seen.insert(f.variant).inserted else { return nil }
            return encode(["variant": json(f.variant)])
        }
    }

    /// The second pass: makes the shard in `corpus` resolve names against the whole corpus's variants
    /// (the lines `corpusVariants` wrote), before its annotations are first used; without them, a
    /// statement whose rows name speakers is refused (the shard alone would name them otherwise).
    package static func resolveEntities(for statement: Statement, _ corpus: Corpus, variantLines: [String]?) throws(QueryError) {
        guard let lines = variantLines else {
            guard try check(statement).contains(.entities) else { return }
            throw QueryError(.semantic, "its speakers are resolved across the whole corpus: give the corpus's name variants with --entities FILE",
                             at: statement.pipeline.source.range, hint: "crq worker --variants on every shard, then crq merge --variants (scripts/crq-spark does both)")
        }
        var variants: [EntityResolver.Variant] = []
        for (number, line) in lines.enumerated() where !line.isEmpty {
            guard let object = JSONLine.parse(line) as? [String: Any], let variant = variant(object) else {
                throw QueryError(.runtime, "line \(number + 1) of the name variants is not a variant", at: SourceRange(0, 0))
            }
            variants.append(variant)
        }
        corpus.resolveEntities(against: variants)
    }

    /// The second pass: makes the shard in `corpus` (its part `shard`) give its figures the whole corpus's
    /// quantities (the lines `corpusQuantities` wrote), before its annotations are first used; without
    /// them, a statement that needs them is refused (the shard alone would group them otherwise).
    package static func resolveQuantities(for statement: Statement, shard: Int, _ context: EvalContext, lines: [String]?) throws(QueryError) {
        guard let lines else {
            guard try check(statement).contains(.figures) else { return }
            throw QueryError(.semantic, "a figure's quantity and status are grouped across the whole corpus: give its quantities with --quantities FILE",
                             at: statement.pipeline.source.range, hint: "crq worker --figures on every shard, then crq merge --quantities (scripts/crq-spark does both)")
        }
        var quantities: [FigureQuantity] = [], of: [Int]?
        for (number, line) in lines.enumerated() where !line.isEmpty {
            let object = JSONLine.parse(line) as? [String: Any]
            if let q = object?["quantity"] as? [Any], q.count == 6, let name = q[0] as? String,
               let status = (q[1] as? String).flatMap(QuantityStatus.init(rawValue:)), let happening = q[2] as? String, let counted = q[3] as? String {
                quantities.append(FigureQuantity(name: name, status: status, happening: happening, counted: counted, place: q[4] as? String, agent: q[5] as? String))
            } else if let k = object?["shard"] as? Int, let list = object?["of"] as? [Any] {
                if k == shard { of = list.compactMap { $0 as? Int } }
            } else {
                throw QueryError(.runtime, "line \(number + 1) of the quantities is not a quantity", at: SourceRange(0, 0))
            }
        }
        context.corpus.useQuantities(CorpusQuantities(quantities: quantities, of: of ?? []))
        let figures = try context.annotations(at: statement.pipeline.source.range).figures.count
        guard figures == (of ?? []).count, (of ?? []).allSatisfy({ quantities.indices.contains($0) }) else {
            throw QueryError(.runtime, "the quantities given are not those of this shard's \(figures) figures (part \(shard))", at: statement.pipeline.source.range)
        }
    }

    /// A claim as the figure lines hold it: every field, in the order `FigureClaim` declares them.
    private static func json(_ c: FigureClaim) -> [Any] {
        let time: Any
        switch c.time {
        case nil: time = NSNull()
        case let .weekday(w): time = ["weekday", w]
        case let .relative(d): time = ["relative", d]
        case let .monthDay(m, d): time = ["monthDay", m, d]
        }
        func optional(_ s: String?) -> Any { s ?? NSNull() }
        return [c.start, c.end, c.text, json(.number(c.value)), c.unit, optional(c.hedge), c.happening, c.counted, c.isPart ? 1 : 0,
                optional(c.place), optional(c.agent), optional(c.event), time, optional(c.givenBy), c.isHeadline ? 1 : 0, c.isRevision ? 1 : 0]
    }

    static func claim(_ json: Any) -> FigureClaim? {
        guard let f = json as? [Any], f.count == 16, let start = f[0] as? Int, let end = f[1] as? Int, let text = f[2] as? String,
              case let .number(v)? = value(f[3]), let unit = f[4] as? String, let happening = f[6] as? String, let counted = f[7] as? String,
              let isPart = f[8] as? Int, let isHeadline = f[14] as? Int, let isRevision = f[15] as? Int else { return nil }
        var c = FigureClaim(start: start, end: end, text: text, value: v, unit: unit, hedge: f[5] as? String)
        (c.happening, c.counted, c.isPart, c.place, c.agent, c.event) = (happening, counted, isPart == 1, f[9] as? String, f[10] as? String, f[11] as? String)
        (c.givenBy, c.isHeadline, c.isRevision) = (f[13] as? String, isHeadline == 1, isRevision == 1)
        if let t = f[12] as? [Any], let kind = t.first as? String {
            let n = t.dropFirst().compactMap { $0 as? Int }
            switch (kind, n.count) {
            case ("weekday", 1): c.time = .weekday(n[0])
            case ("relative", 1): c.time = .relative(n[0])
            case ("monthDay", 2): c.time = .monthDay(month: n[0], day: n[1])
            default: return nil
            }
        }
        return c
    }

    private static func json(_ v: EntityResolver.Variant) -> [Any] { [v.name, v.surface, v.kind.rawValue, v.role ?? NSNull()] }

    private static func variant(_ object: [String: Any]) -> EntityResolver.Variant? {
        guard let parts = object["variant"] as? [Any], parts.count == 4, let name = parts[0] as? String, let surface = parts[1] as? String,
              let kind = (parts[2] as? String).flatMap(EntityKind.init(rawValue:)) else { return nil }
        return EntityResolver.Variant(name: name, surface: surface, kind: kind, role: parts[3] as? String)
    }

    /// The result of `statement` from the partials of all its shards (in any order, counts added or not).
    /// `context` holds an empty corpus: the stages after the merge work on tables only.
    package static func merge(_ statement: Statement, lines: [String], _ context: EvalContext) throws(QueryError) -> Relation {
        let plan = try ShardPlan(statement)
        let at = statement.pipeline.range
        var counts: [[Value]: Int] = [:], totals: [String: Int] = [:]
        var rows: [(shard: Int, i: Int, row: [Value], sort: [Value])] = []
        var quotes: [(shard: Int, i: Int, group: Value, entry: [String])] = []
        var figures: [FigureLine] = [], outlets: [String: Int32] = [:]
        var passages: [(cluster: Int, place: Int, groups: [Value], locator: String, text: String, first: String)] = []
        var shards: [Int: [String]] = [:]   // shard → its documents' extra fields
        for (number, line) in lines.enumerated() where !line.isEmpty {
            // Count lines, the most of them, are read straight into values.
            if let (key, n) = JSONLine.count(line) {
                switch key {
                case let .name(name): totals[name, default: 0] += n
                case let .values(values): counts[values, default: 0] += n
                }
                continue
            }
            guard let object = JSONLine.parse(line) as? [String: Any] else {
                throw QueryError(.runtime, "partial line \(number + 1) is not a JSON object", at: at)
            }
            if object["partial"] != nil {
                guard object["statement"] as? String == statement.source.text else {
                    throw QueryError(.runtime, "partial line \(number + 1) is the result of another statement", at: at)
                }
                if let shard = object["shard"] as? Int { shards[shard] = object["fields"] as? [String] ?? [] }
            } else if let key = object["key"], let n = object["n"] as? Int {
                if let name = key as? String { totals[name, default: 0] += n }
                else if let values = key as? [Any] { counts[try values.map { v throws(QueryError) in try value(v, line: number, at) }, default: 0] += n }
                else { throw QueryError(.runtime, "partial line \(number + 1) has a key that is neither a name nor values", at: at) }
            } else if object["figure"] != nil {
                guard let figure = FigureLine(object, outlets: &outlets) else { throw QueryError(.runtime, "partial line \(number + 1) is not a figure", at: at) }
                figures.append(figure)
            } else if let p = object["passage"] as? [Any] {
                guard p.count == 6, let c = p[0] as? Int, let place = p[1] as? Int, let keys = p[2] as? [Any], let locator = p[3] as? String,
                      let text = p[4] as? String, let first = p[5] as? String else {
                    throw QueryError(.runtime, "partial line \(number + 1) is not a passage", at: at)
                }
                passages.append((c, place, try keys.map { v throws(QueryError) in try value(v, line: number, at) }, locator, text, first))
            } else if let shard = object["shard"] as? Int, let i = object["i"] as? Int, let quote = object["quote"] as? [Any] {
                let entry = quote.dropFirst().compactMap { $0 as? String }
                guard quote.count == 4, entry.count == 3 else { throw QueryError(.runtime, "partial line \(number + 1) is not a quotation", at: at) }
                quotes.append((shard, i, try value(quote[0], line: number, at), entry))
            } else if let shard = object["shard"] as? Int, let i = object["i"] as? Int, let row = object["row"] as? [Any] {
                let sort = object["sort"] as? [Any] ?? []
                rows.append((shard, i, try row.map { v throws(QueryError) in try value(v, line: number, at) },
                             try sort.map { v throws(QueryError) in try value(v, line: number, at) }))
            } else {
                throw QueryError(.runtime, "partial line \(number + 1) is not a partial result", at: at)
            }
        }
        guard !shards.isEmpty else { throw QueryError(.runtime, "no shard's partial result to merge", at: at) }
        let merged: Relation
        let first = plan.rest < plan.stages.count ? plan.stages[plan.rest].keepsAtMost : nil
        switch plan.merge {
        case let .rows(sort, limit, allFields):
            // The shape (columns, highlights) is what the same stages make of no rows.
            let fields = shards.sorted { $0.key < $1.key }.flatMap(\.value)
            let shape = EvalContext(corpus: .empty(name: context.corpus.name, extraFields: fields))
            // (`quote by "NAME"` finds no speaker in no corpus: its shape is that of quotes.)
            let source = plan.source is QuoteStage ? NameSource(name: "quotes", range: plan.source.range) : plan.source
            let none = try run(source, plan.stages[..<plan.shardStages], shape)
            var table = Materializer.table(none, shape, columns: allFields ? SaveStage.columns(of: none) : nil)
            let descending = (sort?.keys.map(\.descending) ?? []) + ((plan.selectAt != nil || plan.rowsByPlace) && !plan.endsInKwic ? [false] : [])
            // Each shard's rows are in its order; ties between shards go in shard order, so corpus order.
            rows.sort { a, b in SortStage.precedes(a.sort, b.sort, descending: descending) ?? ((a.shard, a.i) < (b.shard, b.i)) }
            table.rows = rows.prefix(limit ?? rows.count).map(\.row)
            merged = .table(table)
            if case .binding = statement.kind, case let .units(u) = none, plan.rest == plan.stages.count {
                // `let` reports how many of the unit's rows it binds ("x: 3 sentences"); the rows are never
                // read, as the driver runs the bound pipeline again where the name is used.
                return .units(UnitRows(unit: u.unit, rows: [Int32](repeating: 0, count: table.rows.count)))
            }
        case let .count(limit):
            merged = .table(CountStage.table(min(totals["rows"] ?? 0, limit ?? .max)))
        case let .group(group):
            merged = .table(GroupStage.table(keys: group.keys, counts: counts, rows: totals["rows"] ?? 0))
        case .terms:
            let terms = counts.compactMap { key, n -> (term: String, count: Int)? in
                guard key.count == 1, case let .string(term) = key[0] else { return nil }
                return (term, n)
            }
            merged = .table(TermsStage.table(terms, tokens: totals["tokens"] ?? 0, limit: first))
        case let .compareBy(compare, key: field) where compare.aspect.name != CompareTerms.aspect.name:
            // The groups in the order of their keys, as one process has them.
            let keys = counts.keys.compactMap { $0.count == 2 && $0[0] == .string("group") ? $0[1] : nil }.sorted(by: Value.ordered)
            try CompareStage.checkGroups(keys.count, field)
            let group = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($0.element, $0.offset) })
            let labels = keys.map(CompareStage.label)
            if compare.aspect.name == CompareFigures.aspect.name {
                let (figures, quantities, of, source) = try Self.quantities(figures, context, at: compare.range)
                var byGroup = [[Int]](repeating: [], count: keys.count)
                for (k, f) in figures.enumerated() { if let key = f.group, let g = group[key] { byGroup[g].append(k) } }
                merged = .table(try CompareFigures.table(byGroup, labels: labels, byKey: true, quantity: { of[$0] }, name: { quantities[$0].name },
                                                         source, context, compare.range))
            } else if compare.aspect.name == ComparePassages.aspect.name {
                // A copy's groups are in the order of its sentences; one process lists two groups in their own order.
                let carried = passages.map { p in
                    let groups = p.groups.compactMap { group[$0] }
                    return ComparePassages.Carried(cluster: p.cluster, place: p.place, groups: keys.count > 2 ? groups : groups.sorted(),
                                                   locator: p.locator, text: p.text, first: p.first)
                }
                merged = .table(try ComparePassages.tableByKey(carried, labels: labels, context, compare.range))
            } else if compare.aspect.name == CompareQuotes.aspect.name {
                let entries = quotes.sorted { ($0.shard, $0.i) < ($1.shard, $1.i) }.map { q in
                    CompareQuotes.Entry(group: group[q.group] ?? 0, locator: q.entry[0], speaker: q.entry[1], text: q.entry[2])
                }
                merged = .table(try CompareQuotes.table(entries, labels: labels, byKey: true, context, compare.range))
            } else {
                var perSpeaker: [Int: [Int]] = [:], names: [Int: String] = [:]
                for (key, n) in counts where key.count == 4 && key[0] == .string("speaker") {
                    guard case let .int(e) = key[2], let g = group[key[1]] else { continue }
                    perSpeaker[e, default: [Int](repeating: 0, count: keys.count)][g] += n
                    names[e] = key[3].description
                }
                merged = .table(CompareSpeakers.table(perSpeaker, name: { names[$0] ?? "" }, labels: labels))
            }
        case let .compareBy(compare, key: field):
            var groups: [Value: (total: Int, counts: [(term: String, count: Int)])] = [:]
            for (key, n) in counts where key.count >= 2 {
                switch (key[0], key.count) {
                case (.string("total"), 2): groups[key[1], default: (0, [])].total += n
                case (.string("term"), 3): groups[key[1], default: (0, [])].counts.append((key[2].description, n))
                default: continue
                }
            }
            try CompareStage.checkGroups(groups.count, field)
            let ordered = groups.sorted { Value.ordered($0.key, $1.key) }
                .map { CompareTerms.GroupCounts(label: CompareStage.label($0.key), total: $0.value.total, counts: $0.value.counts) }
            merged = .table(try CompareTerms.byGroup(ordered, context, compare.range))
        case .quantities:
            let (_, quantities, _, source) = try Self.quantities(figures, context, at: at)
            var unit = QuantitiesUnit.spec(count: { _ in quantities.count }, quantity: { _, r in quantities[r] }, figures: { _ in source },
                                           document: { _, _ in 0 })
            unit.usesAnnotations = false
            merged = .units(UnitRows(unit: unit, rows: quantities.indices.map(Int32.init)))
        case let .entities(unit):
            let rows = entityRows(counts, speakersOnly: unit.name == "speakers", weight: unit.weightField ?? "")
            merged = .units(UnitRows(unit: EntityUnits.unit(unit, rows: rows), rows: rows.indices.map(Int32.init)))
        }
        return try Evaluator.run(plan.stages[plan.rest...], from: merged, in: context)
    }

    /// The entities whose counts (`Partial.lines` of `speakers` or `entities`) are added in `counts`, in
    /// the order one process gives them: most `weight` first, then by name, then by number.
    private static func entityRows(_ counts: [[Value]: Int], speakersOnly: Bool, weight: String) -> [EntityCounts] {
        struct Found { var name = "", kind = "", roles: [Int: String] = [:], variants: [Int: String] = [:]
                       var quotes = 0, mentions = 0, docs = 0, sources: [String] = [] }
        var found: [Int: Found] = [:]
        for (key, n) in counts where key.count >= 2 {
            guard case let .string(tag) = key[0], case let .int(e) = key[1] else { continue }
            switch (tag, key.count > 2 ? key[2] : .null, key.count > 3 ? key[3] : .null) {
            case let ("entity", .string(name), .string(kind)): (found[e, default: Found()].name, found[e, default: Found()].kind) = (name, kind)
            case let ("role", .int(i), .string(role)): found[e, default: Found()].roles[i] = role
            case let ("variant", .int(i), .string(variant)): found[e, default: Found()].variants[i] = variant
            case ("quotes", _, _): found[e, default: Found()].quotes += n
            case ("mentions", _, _): found[e, default: Found()].mentions += n
            case ("docs", _, _): found[e, default: Found()].docs += n
            case let ("source", .string(source), _): found[e, default: Found()].sources.append(source)
            default: continue
            }
        }
        let rows = found.filter { !speakersOnly || $0.value.quotes > 0 }.map { e, f in
            (e, EntityCounts(name: f.name, kind: f.kind, roles: f.roles.sorted { $0.key < $1.key }.map(\.value),
                             variants: f.variants.sorted { $0.key < $1.key }.map(\.value), quotes: f.quotes, mentions: f.mentions,
                             docs: f.docs, sources: Set(f.sources).sorted()))
        }
        func weighed(_ c: EntityCounts) -> Int { weight == "quotes" ? c.quotes : c.mentions }
        return rows.sorted { a, b in
            weighed(a.1) != weighed(b.1) ? weighed(a.1) > weighed(b.1) : a.1.name != b.1.name ? a.1.name < b.1.name : a.0 < b.0
        }.map(\.1)
    }

    /// `keys` (each row's sort keys, or none) with each row's place in the whole corpus's order last.
    private static func withPlaces(_ keys: [[Value]], _ relation: Relation, _ context: EvalContext) throws(QueryError) -> [[Value]] {
        guard case let .units(u) = relation, let place = u.unit.place else { return keys }
        let places = u.rows.map { Value.int(place(context.corpus, Int($0))) }
        return keys.isEmpty ? places.map { [$0] } : zip(keys, places).map { $0 + [$1] }
    }

    /// Runs a source and stages (no hints: every row is made).
    static func run(_ source: any SourceStage, _ stages: ArraySlice<any PipedStage>, _ context: EvalContext) throws(QueryError) -> Relation {
        var relation = try source.run(context)
        for stage in stages { relation = try stage.run(relation, context) }
        return relation
    }

    // MARK: Values as JSON

    static func json(_ value: Value) -> Any {
        switch value {
        case .null: return NSNull()
        case let .int(i): return i
        case let .number(d): return ["number": "\(d)"]
        case let .string(s): return s
        case let .date(d): return ["date": [d.year, d.month.map { $0 as Any } ?? NSNull(), d.day.map { $0 as Any } ?? NSNull()]]
        }
    }

    static func value(_ json: Any, line: Int, _ at: SourceRange) throws(QueryError) -> Value {
        guard let value = value(json) else { throw QueryError(.runtime, "partial line \(line + 1) holds a value crq does not read", at: at) }
        return value
    }

    static func value(_ json: Any) -> Value? {
        switch json {
        case is NSNull: return .null
        case let s as String: return .string(s)
        case let i as Int: return .int(i)
        case let o as [String: Any]:
            if let text = o["number"] as? String, let d = Double(text) { return .number(d) }
            if let parts = o["date"] as? [Any], parts.count == 3, let year = parts[0] as? Int,
               let date = PartialDate(year: year, month: parts[1] as? Int, day: parts[2] as? Int) { return .date(date) }
        default: break
        }
        return nil
    }

    /// One line of JSON: keys sorted, so equal values are equal text (engines may group lines by it).
    static func encode(_ object: [String: Any]) -> String {
        var text = ""
        write(object, into: &text)
        return text
    }

    /// Writes the JSON of null, integers, strings, arrays and objects (JSONSerialization takes
    /// microseconds a line here, which a shard's hundreds of thousands of lines notice).
    private static func write(_ value: Any, into text: inout String) {
        switch value {
        case let s as String:
            JSONText.appendString(s, to: &text)
        case let i as Int:
            text += String(i)
        case let array as [Any]:
            text += "["
            for (k, element) in array.enumerated() {
                if k > 0 { text += "," }
                write(element, into: &text)
            }
            text += "]"
        case let object as [String: Any]:
            text += "{"
            for (k, key) in object.keys.sorted().enumerated() {
                if k > 0 { text += "," }
                write(key, into: &text)
                text += ":"
                write(object[key]!, into: &text)
            }
            text += "}"
        default:
            text += "null"
        }
    }
}

/// Reads the JSON the partial lines hold (objects, arrays, strings, integers, null) into Foundation's
/// shapes, as JSONSerialization would, at a fraction of its cost a line.
struct JSONLine {
    let bytes: [UInt8]
    var i = 0

    static func parse(_ line: String) -> Any? {
        var reader = JSONLine(bytes: Array(line.utf8))
        guard let value = reader.value() else { return nil }
        reader.skipSpace()
        return reader.i == reader.bytes.count ? value : nil
    }

    enum Key { case name(String), values([Value]) }

    /// A count line `{"key":KEY,"n":N}` as written by `Partial.lines`, or nil for any other line.
    static func count(_ line: String) -> (key: Key, n: Int)? {
        var reader = JSONLine(bytes: Array(line.utf8))
        guard reader.bytes.starts(with: Array(#"{"key":"#.utf8)) else { return nil }
        reader.i = 7
        let key: Key
        if reader.bytes[reader.i] == UInt8(ascii: "[") {
            reader.i += 1
            var values: [Value] = []
            if !reader.expect("]") {
                repeat {
                    reader.skipSpace()
                    guard reader.i < reader.bytes.count else { return nil }
                    switch reader.bytes[reader.i] {
                    case UInt8(ascii: "\""): guard let s = reader.string() else { return nil }; values.append(.string(s))
                    default: guard let v = reader.value().flatMap(Partial.value) else { return nil }; values.append(v)
                    }
                } while reader.expect(",")
                guard reader.expect("]") else { return nil }
            }
            key = .values(values)
        } else {
            guard let name = reader.string() else { return nil }
            key = .name(name)
        }
        guard reader.bytes[reader.i...].starts(with: Array(#","n":"#.utf8)) else { return nil }
        reader.i += 5
        guard let n = reader.value() as? Int, reader.expect("}"), reader.i == reader.bytes.count else { return nil }
        return (key, n)
    }

    mutating func skipSpace() {
        while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
    }

    mutating func value() -> Any? {
        skipSpace()
        guard i < bytes.count else { return nil }
        switch bytes[i] {
        case UInt8(ascii: "{"):
            i += 1
            var object: [String: Any] = [:]
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return object }
            while true {
                skipSpace()
                guard let key = string(), expect(":"), let v = value() else { return nil }
                object[key] = v
                skipSpace()
                if expect(",") { continue }
                return expect("}") ? object : nil
            }
        case UInt8(ascii: "["):
            i += 1
            var array: [Any] = []
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return array }
            while true {
                guard let v = value() else { return nil }
                array.append(v)
                skipSpace()
                if expect(",") { continue }
                return expect("]") ? array : nil
            }
        case UInt8(ascii: "\""):
            return string()
        case UInt8(ascii: "n"):
            guard bytes[i...].starts(with: Array("null".utf8)) else { return nil }
            i += 4
            return NSNull()
        default:
            let start = i
            if bytes[i] == UInt8(ascii: "-") { i += 1 }
            while i < bytes.count, (0x30...0x39).contains(bytes[i]) { i += 1 }
            return Int(String(decoding: bytes[start..<i], as: UTF8.self))
        }
    }

    mutating func expect(_ c: Unicode.Scalar) -> Bool {
        skipSpace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: c) else { return false }
        i += 1
        return true
    }

    mutating func string() -> String? {
        guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return nil }
        i += 1
        var out: [UInt8] = []
        var pendingHigh: UInt32?
        while i < bytes.count {
            let b = bytes[i]
            i += 1
            if b == UInt8(ascii: "\"") { return String(decoding: out, as: UTF8.self) }
            guard b == UInt8(ascii: "\\") else { out.append(b); continue }
            guard i < bytes.count else { return nil }
            let e = bytes[i]
            i += 1
            switch e {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "u"):
                guard i + 4 <= bytes.count, let code = UInt32(String(decoding: bytes[i..<i + 4], as: UTF8.self), radix: 16) else { return nil }
                i += 4
                var scalar: Unicode.Scalar?
                if (0xD800..<0xDC00).contains(code) { pendingHigh = code; continue }
                if (0xDC00..<0xE000).contains(code), let high = pendingHigh {
                    scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00))
                } else {
                    scalar = Unicode.Scalar(code)
                }
                pendingHigh = nil
                out.append(contentsOf: Array(String(scalar ?? "\u{FFFD}").utf8))
            default: out.append(e)   // \" \\ \/
            }
        }
        return nil
    }
}
