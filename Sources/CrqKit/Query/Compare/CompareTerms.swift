/// Keyness of terms between two sets, or of each group against the rest (Dunning's G², p, log ratio).
enum CompareTerms {
    static let minimumFrequency = 3
    /// In `compare by`, the strongest significant terms kept per group.
    static let perGroup = 25

    static func table(_ groups: [CompareSide], byKey: Bool, _ context: EvalContext, _ range: SourceRange) throws(QueryError) -> Table {
        let corpus = context.corpus
        let vocabularySize = corpus.index.vocabulary.count
        var counts = [Int](repeating: 0, count: vocabularySize)
        var touched: [Int] = []

        /// Counts the side's tokens into `counts` (recording touched terms); returns the side's size in tokens.
        func count(_ side: CompareSide) throws(QueryError) -> Int {
            var total = 0
            let tokens = corpus.index.tokens
            for (i, s) in side.sentences.enumerated() {
                if i & 4095 == 0 { try context.checkCancelled(range) }
                let span = corpus.tokens(ofSentence: Int(s))
                total += span.count
                for p in span {
                    let t = Int(tokens[p])
                    if counts[t] == 0 { touched.append(t) }
                    counts[t] += 1
                }
            }
            return total
        }
        func reset() -> [(Int, Int)] {
            defer { for t in touched { counts[t] = 0 }; touched.removeAll(keepingCapacity: true) }
            return touched.filter { !corpus.termFilter.isExcluded($0) }.map { ($0, counts[$0]) }
        }
        func values(_ r: KeynessRow<Int>, _ a: CompareSide, _ b: String) -> [Value] {
            [.string(corpus.index.vocabulary.term(r.term)), .int(r.countA), .int(r.countB), .int(r.totalA), .int(r.totalB),
             .number(r.g2), .number(r.p), .number(r.logRatio), .string(r.keyFor == .a ? a.label : b)]
        }
        let columns = ["term", "count_a", "count_b", "total_a", "total_b", "g2", "p", "log_ratio", "key_for"]

        if !byKey {
            let totalA = try count(groups[0]), a = reset()
            let totalB = try count(groups[1]), b = reset()
            var countsA: [Int: Int] = [:], countsB: [Int: Int] = [:]
            for (t, n) in a { countsA[t] = n }
            for (t, n) in b { countsB[t] = n }
            let rows = Keyness.compare(countsA, countsB, totalA: totalA, totalB: totalB, minimumFrequency: minimumFrequency)
            return Table(names: columns, rows: rows.map { values($0, groups[0], groups[1].label) })
        }
        // Each group against the rest: rest = all − group.
        var all = [Int](repeating: 0, count: vocabularySize)
        var totalAll = 0
        var groupCounts: [(Int, [(Int, Int)])] = []
        for g in groups {
            let total = try count(g)
            let c = reset()
            for (t, n) in c { all[t] += n }
            totalAll += total
            groupCounts.append((total, c))
        }
        var rows: [[Value]] = []
        for (g, (total, c)) in zip(groups, groupCounts) {
            try context.checkCancelled(range)
            let restTotal = totalAll - total
            let keyed = c.compactMap { (t, n) -> KeynessRow<Int>? in
                guard all[t] >= minimumFrequency else { return nil }
                let r = Keyness.row(t, a: n, b: all[t] - n, totalA: total, totalB: restTotal)
                return r.g2 > 1e-9 && r.p < 0.05 ? r : nil
            }.sorted { $0.g2 != $1.g2 ? $0.g2 > $1.g2 : corpus.index.vocabulary.term($0.term) < corpus.index.vocabulary.term($1.term) }
            rows += keyed.prefix(perGroup).map { [.string(g.label)] + values($0, g, "rest") }
        }
        return Table(names: ["group"] + columns, rows: rows)
    }
}
