import Annotation
import CorpusModel

/// Statements present in both sets (matched by speaker and wording, whatever their kind), with a
/// word diff and a flag when the attribution differs, and the statements only one set has.
enum CompareQuotes {
    static let aspect = CompareAspect(
        name: "quotes",
        help: """
        statements in both sets matched by speaker and wording, whatever their kind, with a word diff
        ([-removed-] {+added+}); attribution says when the speakers differ; and the quotations only
        one set has. By a field: each quotation of each group with the earliest rendering of the same
        statement in another group, or only a.
        """,
        usesAnnotations: true, table: table)
    package static let columns = ["group", "match", "a", "speaker_a", "b", "speaker_b", "similarity", "attribution", "text"]

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
        func both(_ label: String, _ l: Int, _ r: Int, _ similarity: QuoteSimilarity, diff: String) -> [Value] {
            let same = !speaker(l).isEmpty && speaker(l) == speaker(r)
            let attribution = speaker(l).isEmpty || speaker(r).isEmpty ? "unknown" : same ? "same" : "differs"
            return [.string(label), .string("both"), .string(locator(l)), .string(speaker(l)), .string(locator(r)), .string(speaker(r)),
                    .number((similarity.score * 100).rounded() / 100), .string(attribution), .string(diff)]
        }
        func only(_ label: String, _ q: Int, _ side: String) -> [Value] {
            let located: [Value] = [.string(locator(q)), .string(speaker(q))]
            return [.string(label), .string(side)] + (side == "only a" ? located + [.null, .null] : [.null, .null] + located)
                + [.null, .null, .string(a.quotes[q].quotation.text)]
        }
        if byKey {
            // Every group's quotations against one grouping of all of them into statements.
            let all = sets.flatMap { $0 }.sorted()
            let groupOf = Dictionary(uniqueKeysWithValues: sets.enumerated().flatMap { g, qs in qs.map { ($0, g) } })
            let task = "matching \(all.count) quotations across \(groups.count) groups"
            guard let clusters = StatementClusters(all.map(rendering), unlessStopped: { context.shouldStop },
                                                   progress: { context.progress(task, $0, of: all.count) }) else {
                try context.checkCancelled(range)
                preconditionFailure("the grouping stopped with no reason to")
            }
            // Per statement: its first rendering, and the first one in another group than that one's.
            var firstTwo = [(Int, Int?)](repeating: (-1, nil), count: clusters.first.count)
            for (i, q) in all.enumerated() {
                guard let s = clusters.statement[i].map(Int.init) else { continue }
                if firstTwo[s].0 < 0 { firstTwo[s].0 = i } else if firstTwo[s].1 == nil, groupOf[all[firstTwo[s].0]] != groupOf[q] { firstTwo[s].1 = i }
            }
            let position = Dictionary(uniqueKeysWithValues: all.enumerated().map { ($1, $0) })
            let matcher = QuoteMatcher()
            var diffs: [String: String] = [:]   // wording pair → word diff (repeated wordings are common)
            for (g, quotes) in sets.enumerated() {
                try context.checkCancelled(range)
                var alone: [Int] = []
                for (n, q) in quotes.enumerated() {
                    if n & 63 == 63 { try context.checkCancelled(range) }
                    let i = position[q]!
                    guard let s = clusters.statement[i].map(Int.init),
                          let m = groupOf[all[firstTwo[s].0]] != g ? firstTwo[s].0 : firstTwo[s].1 else { alone.append(q); continue }
                    let l = a.quotes[q].quotation.text, r = a.quotes[all[m]].quotation.text
                    let key = l + "\u{0}" + r
                    let diff = diffs[key] ?? WordDiff(l, r).rendered
                    diffs[key] = diff
                    rows.append(both(groups[g].label, q, all[m], matcher.similarity(clusters.words[i], clusters.words[m]), diff: diff))
                }
                rows += alone.map { only(groups[g].label, $0, "only a") }
            }
        } else {
            let (left, right) = (sets[0], sets[1])
            let pairs = QuoteMatcher().pairs(left.map(rendering), right.map(rendering))
            var pairedLeft = Set<Int>(), pairedRight = Set<Int>()
            for p in pairs {
                pairedLeft.insert(p.left)
                pairedRight.insert(p.right)
                rows.append(both("", left[p.left], right[p.right], p.similarity,
                                 diff: WordDiff(a.quotes[left[p.left]].quotation.text, a.quotes[right[p.right]].quotation.text).rendered))
            }
            for (i, q) in left.enumerated() where !pairedLeft.contains(i) { rows.append(only("", q, "only a")) }
            for (i, q) in right.enumerated() where !pairedRight.contains(i) { rows.append(only("", q, "only b")) }
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
