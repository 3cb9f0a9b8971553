import Annotation
import CorpusModel

/// Numeric claims lined up by quantity: for each quantity a side reports, both sides' values and
/// whether they agree, differ only through a hedge, or clash. The status is taken over every claim
/// of both sides, so a matching value elsewhere never hides a clash.
enum CompareFigures {
    static let aspect = CompareAspect(
        name: "figures",
        help: """
            per quantity (what is counted, where, by whom, when), both sets' values and a status \
            over all their claims: clash, hedged difference, revised, agree, one report, or \
            only a / only b; clashes first. See .help figures and .help quantities.
            """,
        usesAnnotations: true, table: table)

    static func table(_ groups: [CompareSide], byKey: Bool, _ context: EvalContext, _ range: SourceRange) throws(QueryError) -> Table {
        let corpus = context.corpus
        let annotations = corpus.annotations
        let figures = annotations.figures
        let byGroup = groups.bucket(figures.count, of: FiguresUnit.spec.name, corpus, firstByte: { figures[$0].bytes.lowerBound })
        return try table(byGroup, labels: groups.map(\.label), byKey: byKey, quantity: { figures[$0].quantity },
                         name: { annotations.quantities[$0].name }, FigureSource(corpus), context, range)
    }

    /// The comparison of the figures `byGroup` (numbers `source` reads, per group, in corpus order) of
    /// the groups `labels`, each figure's quantity `quantity` gives and each quantity's name `name`:
    /// one process reads its annotations, the merge of shards the figures every shard handed on.
    static func table(_ byGroup: [[Int]], labels: [String], byKey: Bool, quantity: (Int) -> Int, name: (Int) -> String,
                      _ source: FigureSource, _ context: EvalContext, _ range: SourceRange) throws(QueryError) -> Table {
        /// Per group, its claims by quantity; per quantity, its claims in any group; each claim's group.
        var perGroup: [[Int: [Int]]] = [], inGroups: [Int: [Int]] = [:]
        var groupOf: [Int: Int32] = [:]
        for (g, claims) in byGroup.enumerated() {
            try context.checkCancelled(range)
            var bucket: [Int: [Int]] = [:]
            for f in claims {
                bucket[quantity(f), default: []].append(f)
                inGroups[quantity(f), default: []].append(f)
                groupOf[f] = Int32(g)
            }
            perGroup.append(bucket)
        }
        for q in inGroups.keys { inGroups[q]!.sort() }
        // each group against the rest: both sides together are all the quantity's claims in any group,
        // so the status and the tally of values are worked out once per quantity
        var statusOf: [Int: String] = [:], tallyOf: [Int: ValueTally] = [:]
        var rows: [(group: Int, rank: Int, quantity: Int, values: [Value])] = []
        for g in byKey ? Array(labels.indices) : [0] {
            try context.checkCancelled(range)
            let quantities = byKey ? Array(perGroup[g].keys) : Array(Set(perGroup[0].keys).union(perGroup[1].keys))
            for q in quantities {
                if rows.count & 255 == 255 { try context.checkCancelled(range) }
                let a = perGroup[g][q] ?? [], all = inGroups[q]!
                let tallyA = ValueTally(a, source)
                let status: String, valuesB: String, locatorsB: String
                if byKey {
                    if statusOf[q] == nil {
                        statusOf[q] = source.status(of: all).rawValue
                        tallyOf[q] = ValueTally(all, source)
                    }
                    status = a.count == all.count ? "only a" : statusOf[q]!
                    valuesB = tallyOf[q]!.text(without: tallyA)
                    locatorsB = FiguresUnit.locators(all.lazy.filter { groupOf[$0] != Int32(g) }, total: all.count - a.count, source)
                } else {
                    let b = perGroup[1][q] ?? []
                    status = a.isEmpty ? "only b" : b.isEmpty ? "only a" : source.status(of: all).rawValue
                    valuesB = ValueTally(b, source).text()
                    locatorsB = FiguresUnit.locators(b, total: b.count, source)
                }
                var row: [Value] = byKey ? [.string(labels[g])] : []
                row += [.string(name(q)), .string(status), .string(tallyA.text()), .string(valuesB),
                        .string(FiguresUnit.locators(a, total: a.count, source)), .string(locatorsB)]
                rows.append((g, rank(status), q, row))
            }
        }
        rows.sort { x, y in (x.group, x.rank, x.quantity) < (y.group, y.rank, y.quantity) }
        let names = (byKey ? ["group"] : []) + ["quantity", "status", "values_a", "values_b", "a", "b"]
        return Table(names: names, rows: rows.map(\.values))
    }

    /// Clashes first, then hedged differences, revisions, agreements, and one-sided quantities.
    private static func rank(_ status: String) -> Int {
        ["clash", "hedged difference", "revised", "agree", "one report", "only a", "only b"].firstIndex(of: status) ?? 7
    }
}
