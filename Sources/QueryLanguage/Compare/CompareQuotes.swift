import Annotation
import CorpusModel

/// Statements present in both sets (matched by speaker and wording, whatever their kind), with a
/// word diff and a flag when the attribution differs, and the statements only one set has.
enum CompareQuotes {
    static let aspect = CompareAspect(
        name: "quotes",
        help: """
        statements in both sets matched by speaker and wording, whatever their kind, with a word diff \
        ([-removed-] {+added+}); attribution says when the speakers differ; and the quotations only \
        one set has. By a field: each quotation of each group with the earliest rendering of the same \
        statement in another group, or only a.
        """,
        usesAnnotations: true, table: table)
    package static let columns = ["group", "match", "a", "speaker_a", "b", "speaker_b", "similarity", "attribution", "text"]

    /// A speech quotation of a side, as the comparison reads it.
    struct Entry {
        /// The side (group) it is in.
        let group: Int
        let locator: String
        /// The canonical speaker, empty when unknown.
        let speaker: String
        let text: String
    }

    static func table(_ groups: [CompareSide], byKey: Bool, _ context: EvalContext, _ range: SourceRange) throws(QueryError) -> Table {
        let corpus = context.corpus
        let a = corpus.annotations
        // The speech quotations (not terms) of each side.
        let sets = groups.bucket(a.quotes.count, of: QuotesUnit.spec.name, corpus, firstByte: { a.quotes[$0].bytes.lowerBound },
                                 keep: { a.quotes[$0].quotation.kind != .term })
        // Read on all cores: a locator and a speaker name per quotation add up on large corpora.
        let sides = sets.enumerated().flatMap { g, quotes in quotes.map { (quote: $0, group: g) } }.sorted { $0.quote < $1.quote }
        let reading = "reading \(sides.count.grouped) quotations"
        guard let entries = Parallel.map(sides.count, unlessStopped: { context.shouldStop },
                                         progress: { context.progress(reading, $0, of: sides.count) }, { i in
            let (q, g) = sides[i]
            return Entry(group: g, locator: a.quotes.id(q, in: corpus),
                         speaker: a.quotes[q].speaker.map { a.entities[$0].canonical } ?? "", text: a.quotes[q].quotation.text)
        }) else { try stopped(context, range) }
        return try table(entries, labels: groups.map(\.label), byKey: byKey, context, range)
    }

    /// The comparison of the sides' quotations `entries` (in corpus order), the sides named `labels`:
    /// one process reads them from its annotations, the merge of shards from theirs (docs/scale.md).
    static func table(_ entries: [Entry], labels: [String], byKey: Bool, _ context: EvalContext, _ range: SourceRange) throws(QueryError) -> Table {
        var sets = [[Int]](repeating: [], count: labels.count)
        for (i, e) in entries.enumerated() { sets[e.group].append(i) }
        func speaker(_ q: Int) -> String { entries[q].speaker }
        func locator(_ q: Int) -> String { entries[q].locator }
        func rendering(_ q: Int) -> QuoteRendering {
            let name = speaker(q)
            return QuoteRendering(entries[q].text, speaker: name.isEmpty ? nil : name)
        }

        var rows: [[Value]] = []
        func both(_ label: String, _ l: Int, _ r: Int, _ similarity: QuoteSimilarity, diff: String) -> [Value] {
            let (left, right) = (speaker(l), speaker(r))
            let attribution = left.isEmpty || right.isEmpty ? "unknown" : left == right ? "same" : "differs"
            return [.string(label), .string("both"), .string(locator(l)), .string(left), .string(locator(r)), .string(right),
                    .number((similarity.dice * 100).rounded() / 100), .string(attribution), .string(diff)]
        }
        func only(_ label: String, _ q: Int, _ side: String) -> [Value] {
            let located: [Value] = [.string(locator(q)), .string(speaker(q))]
            return [.string(label), .string(side)] + (side == "only a" ? located + [.null, .null] : [.null, .null] + located)
                + [.null, .null, .string(entries[q].text)]
        }
        if byKey {
            // Every group's quotations against one grouping of all of them into statements.
            let all = Array(entries.indices)
            let groupOf = entries.map { Int32($0.group) }
            let task = "matching \(all.count.grouped) quotations across \(labels.count.grouped) groups"
            let stop = { @Sendable in context.shouldStop }
            guard let renderings = Parallel.map(all.count, unlessStopped: stop, progress: { context.progress("reading \(all.count.grouped) quotations", $0, of: all.count) },
                                                { rendering(all[$0]) }),
                  let clusters = StatementClusters(renderings, unlessStopped: stop,
                                                   progress: { context.progress(task, $0, of: all.count) }) else { try stopped(context, range) }
            // Per statement: its first rendering, and the first one in another group than that one's.
            var firstTwo = [(Int, Int?)](repeating: (-1, nil), count: clusters.first.count)
            for (i, q) in all.enumerated() {
                if i & 4095 == 0 { try context.checkCancelled(range) }
                guard let s = clusters.statement[i].map(Int.init) else { continue }
                if firstTwo[s].0 < 0 { firstTwo[s].0 = i } else if firstTwo[s].1 == nil, groupOf[all[firstTwo[s].0]] != groupOf[q] { firstTwo[s].1 = i }
            }
            // Each quotation in group order with the position of its match, if any.
            var matched: [(group: Int, quote: Int, match: Int?)] = []
            for (g, quotes) in sets.enumerated() {
                try context.checkCancelled(range)
                var alone: [(group: Int, quote: Int, match: Int?)] = []
                for q in quotes {
                    let i = q
                    guard let s = clusters.statement[i].map(Int.init),
                          let m = Int(groupOf[all[firstTwo[s].0]]) != g ? firstTwo[s].0 : firstTwo[s].1 else { alone.append((g, q, nil)); continue }
                    matched.append((g, q, m))
                }
                matched += alone
            }
            // The similarity and word diff of each distinct pair of wordings (repeated wordings are common), on all cores.
            var wording: [String: Int32] = [:], texts: [String] = []
            wording.reserveCapacity(all.count)
            var textOf = [Int32]()
            textOf.reserveCapacity(all.count)
            for (i, q) in all.enumerated() {
                if i & 4095 == 0 { try context.checkCancelled(range) }
                let text = entries[q].text
                if let id = wording[text] { textOf.append(id); continue }
                wording[text] = Int32(texts.count)
                texts.append(text)
                textOf.append(Int32(texts.count - 1))
            }
            var pairIndex: [Int64: Int32] = [:], pairs: [(Int32, Int32)] = []
            pairIndex.reserveCapacity(matched.count)
            var diffOf = [Int32]()
            diffOf.reserveCapacity(matched.count)
            for (n, row) in matched.enumerated() {
                if n & 4095 == 0 { try context.checkCancelled(range) }
                guard let m = row.match else { diffOf.append(-1); continue }
                let pair = (textOf[row.quote], textOf[m])
                let key = Int64(pair.0) << 32 | Int64(pair.1)
                if let d = pairIndex[key] { diffOf.append(d); continue }
                pairIndex[key] = Int32(pairs.count)
                pairs.append(pair)
                diffOf.append(Int32(pairs.count - 1))
            }
            // A wording's first position in `all`, for its content words.
            var firstOf = [Int32](repeating: -1, count: texts.count)
            for (i, t) in textOf.enumerated().reversed() { firstOf[Int(t)] = Int32(i) }
            let matcher = QuoteMatcher()
            let pairCount = pairs.count, comparing = "comparing \(pairs.count.grouped) pairs of wordings"
            context.progress(comparing, 0, of: pairCount)
            guard let keys = StatementWordCodes(texts.count, .keys, text: { texts[$0] }, unlessStopped: stop)?.words,
                  let diffs = Parallel.map(pairs.count, unlessStopped: stop, progress: { context.progress(comparing, $0, of: pairCount) }, { p in
                      let (l, r) = (Int(pairs[p].0), Int(pairs[p].1))
                      let similarity = matcher.similarity(clusters.words[Int(firstOf[l])], clusters.words[Int(firstOf[r])])
                      return (similarity, WordDiff(texts[l], keys: keys[l], texts[r], keys: keys[r]).rendered)
                  }),
                  // The rows, on all cores too.
                  let built = Parallel.map(matched.count, unlessStopped: stop, { n -> [Value] in
                      let row = matched[n]
                      guard let m = row.match else { return only(labels[row.group], row.quote, "only a") }
                      let (similarity, diff) = diffs[Int(diffOf[n])]
                      return both(labels[row.group], row.quote, all[m], similarity, diff: diff)
                  }) else { try stopped(context, range) }
            rows = built
        } else {
            let (left, right) = (sets[0], sets[1])
            let pairs = QuoteMatcher().pairs(left.map(rendering), right.map(rendering))
            var pairedLeft = Set<Int>(), pairedRight = Set<Int>()
            for p in pairs {
                pairedLeft.insert(p.left)
                pairedRight.insert(p.right)
                rows.append(both("", left[p.left], right[p.right], p.similarity,
                                 diff: WordDiff(entries[left[p.left]].text, entries[right[p.right]].text).rendered))
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

/// The cancellation that stopped a step on all cores (they stop only when asked to).
private func stopped(_ context: EvalContext, _ range: SourceRange) throws(QueryError) -> Never {
    try context.checkCancelled(range)
    preconditionFailure("a step stopped with no reason to")
}

/// The table without its first column (the group column of pair comparisons).
func dropFirstColumn(_ t: Table) -> Table {
    Table(columns: Array(t.columns.dropFirst()), rows: t.rows.map { Array($0.dropFirst()) })
}
