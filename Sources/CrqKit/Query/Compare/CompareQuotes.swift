/// Statements present in both sets (matched by speaker and wording, whatever their kind), with a
/// word diff and a flag when the attribution differs, and the statements only one set has.
enum CompareQuotes {
    static let aspect = CompareAspect(
        name: "quotes",
        help: """
        statements in both sets matched by speaker and wording, whatever their kind, with a word diff
        ([-removed-] {+added+}); attribution says when the speakers differ; and the quotations only
        one set has.
        """,
        usesAnnotations: true, table: table)
    static let columns = ["group", "match", "a", "speaker_a", "b", "speaker_b", "similarity", "attribution", "text"]

    static func table(_ groups: [CompareSide], byKey: Bool, _ context: EvalContext, _ range: SourceRange) throws(QueryError) -> Table {
        let corpus = context.corpus
        let a = corpus.annotations
        // The speech quotations (not terms) of each side.
        let sets = groups.bucket(a.quotes.count, corpus, firstByte: { a.quotes[$0].bytes.lowerBound },
                                 keep: { a.quotes[$0].quotation.kind != .term })
        func speaker(_ q: Int) -> String { a.quotes[q].speaker.map { a.entities[$0].canonical } ?? "" }
        func locator(_ q: Int) -> String { corpus.locator(atByte: a.quotes[q].bytes.lowerBound, inDocument: a.quotes[q].document) }
        func rendering(_ q: Int) -> QuoteRendering { QuoteRendering(a.quotes[q].quotation.text, speaker: speaker(q).isEmpty ? nil : speaker(q)) }

        var rows: [[Value]] = []
        let comparisons: [(String, [Int], [Int])] = byKey
            ? sets.indices.map { g in (groups[g].label, sets[g], sets.indices.filter { $0 != g }.flatMap { sets[$0] }.sorted()) }
            : [("", sets[0], sets[1])]
        for (label, left, right) in comparisons {
            try context.checkCancelled(range)
            let pairs = QuoteMatcher().pairs(left.map(rendering), right.map(rendering))
            var pairedLeft = Set<Int>(), pairedRight = Set<Int>()
            for p in pairs {
                let l = left[p.left], r = right[p.right]
                pairedLeft.insert(p.left)
                pairedRight.insert(p.right)
                let same = !speaker(l).isEmpty && speaker(l) == speaker(r)
                let attribution = speaker(l).isEmpty || speaker(r).isEmpty ? "unknown" : same ? "same" : "differs"
                rows.append([.string(label), .string("both"), .string(locator(l)), .string(speaker(l)), .string(locator(r)), .string(speaker(r)),
                             .number((p.similarity.score * 100).rounded() / 100), .string(attribution),
                             .string(WordDiff(a.quotes[l].quotation.text, a.quotes[r].quotation.text).rendered)])
            }
            for (i, q) in left.enumerated() where !pairedLeft.contains(i) {
                rows.append([.string(label), .string("only a"), .string(locator(q)), .string(speaker(q)), .null, .null, .null, .null,
                             .string(a.quotes[q].quotation.text)])
            }
            if !byKey {
                for (i, q) in right.enumerated() where !pairedRight.contains(i) {
                    rows.append([.string(label), .string("only b"), .null, .null, .string(locator(q)), .string(speaker(q)), .null, .null,
                                 .string(a.quotes[q].quotation.text)])
                }
            }
        }
        var table = Table(names: columns, rows: rows)
        if !byKey { table = dropFirstColumn(table) } else {
            table.columns[1] = Table.Column("match")  // "only a" means only in the group
        }
        table.columns[table.columns.count - 1].role = .text
        return table
    }
}

/// The table without its first column (the group column of pair comparisons).
func dropFirstColumn(_ t: Table) -> Table {
    Table(columns: Array(t.columns.dropFirst()), rows: t.rows.map { Array($0.dropFirst()) })
}
