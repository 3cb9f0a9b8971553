import Annotation
import CorpusModel

/// Keyness of terms between two sets, or of each group against the rest (Dunning's G², p, log ratio).
enum CompareTerms {
    static let aspect = CompareAspect(
        name: "terms",
        help: """
        keyness of words and two-word phrases: count_a, count_b, total_a, total_b, Dunning's g2, p,
        log_ratio (log2 of the relative frequencies, 0.5 for a zero count), key_for; minimum frequency 3;
        with `excluding shared`, passages the sets share are left out first. By a field: the 25
        strongest significant terms (p < 0.05) of each group.
        """,
        acceptsExcludingShared: true, table: table)
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
                for p in corpus.tokens(ofSentence: Int(s)) where side.isKept(p) {
                    total += 1
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
        /// Counts of adjacent pairs of content words (neither a stop word) within the side's sentences.
        func bigrams(_ side: CompareSide) throws(QueryError) -> [UInt64: Int] {
            var out: [UInt64: Int] = [:]
            let tokens = corpus.index.tokens
            for (i, s) in side.sentences.enumerated() {
                if i & 4095 == 0 { try context.checkCancelled(range) }
                let span = corpus.tokens(ofSentence: Int(s))
                guard span.count >= 2 else { continue }
                for p in span.lowerBound..<(span.upperBound - 1) where side.isKept(p) && side.isKept(p + 1) {
                    let x = Int(tokens[p]), y = Int(tokens[p + 1])
                    if corpus.termFilter.isExcluded(x) || corpus.termFilter.isExcluded(y) { continue }
                    out[UInt64(x) << 32 | UInt64(y), default: 0] += 1
                }
            }
            return out
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
            let words = Keyness.compare(countsA, countsB, totalA: totalA, totalB: totalB, minimumFrequency: minimumFrequency)
            let phrases = Keyness.compare(try bigrams(groups[0]), try bigrams(groups[1]), totalA: totalA, totalB: totalB,
                                          minimumFrequency: minimumFrequency)
            // Words and two-word phrases together, strongest first (ties by term).
            let vocabulary = corpus.index.vocabulary
            let rows = words.map { (values($0, groups[0], groups[1].label), $0.g2) }
                + phrases.map { r in
                    var v = values(r.with(term: 0), groups[0], groups[1].label)
                    v[0] = .string(vocabulary.term(Int(r.term >> 32)) + " " + vocabulary.term(Int(r.term & 0xFFFF_FFFF)))
                    return (v, r.g2)
                }
            return Table(names: columns, rows: rows.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0[0].description < $1.0[0].description }.map(\.0))
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
