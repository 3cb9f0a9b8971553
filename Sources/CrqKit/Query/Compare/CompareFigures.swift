/// Numeric claims lined up by what they measure: agreements, conflicts, and one-sided figures.
enum CompareFigures {
    static let aspect = CompareAspect(
        name: "figures",
        help: "numeric claims lined up by what they measure: agree, differ, or on one side only.",
        usesAnnotations: true, table: table)
    static func table(_ groups: [CompareSide], byKey: Bool, _ context: EvalContext, _ range: SourceRange) throws(QueryError) -> Table {
        let corpus = context.corpus
        let figures = corpus.annotations.figures
        let byGroup = groups.bucket(figures.count, corpus, firstByte: { figures[$0].bytes.lowerBound })
        func locator(_ f: Int) -> Value {
            .string(corpus.locator(atByte: figures[f].bytes.lowerBound, inDocument: figures[f].document))
        }
        func status(_ s: FigureAlignment.Status) -> String {
            switch s {
            case .agree: return "agree"
            case .differ: return "differ"
            case .onlyLeft: return "only a"
            case .onlyRight: return "only b"
            }
        }
        var rows: [[Value]] = []
        let comparisons: [(String, [Int], [Int])] = byKey
            ? groups.indices.map { g in (groups[g].label, byGroup[g], byGroup.indices.filter { $0 != g }.flatMap { byGroup[$0] }.sorted()) }
            : [("", byGroup[0], byGroup[1])]
        for (label, left, right) in comparisons {
            try context.checkCancelled(range)
            for row in FigureAligner.align(left.map { figures[$0].claim }, right.map { figures[$0].claim }) {
                if byKey && row.left == nil { continue }  // the rest's own figures are listed under their own group
                let l = row.left.map { left[$0] }, r = row.right.map { right[$0] }
                rows.append([.string(label), .string(row.measure), .string(status(row.status)),
                             l.map(locator) ?? .null, l.map { .string(figures[$0].claim.text) } ?? .null,
                             r.map(locator) ?? .null, r.map { .string(figures[$0].claim.text) } ?? .null])
            }
        }
        let table = Table(names: ["group", "measure", "status", "a", "text_a", "b", "text_b"], rows: rows)
        return byKey ? table : dropFirstColumn(table)
    }
}
