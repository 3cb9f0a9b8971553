import Annotation
import CorpusModel

/// Keyness of terms between two sets, or of each group against the rest (Dunning's G², p, log ratio).
enum CompareTerms {
    static let aspect = CompareAspect(
        name: "terms",
        help: """
        keyness of words and two-word phrases: count_a, count_b, total_a, total_b, Dunning's g2, p, \
        log_ratio (log2 of the relative frequencies, 0.5 for a zero count), key_for; minimum frequency 3; \
        with `excluding shared`, passages the sets share are left out first. By a field: the 25 \
        strongest significant terms (p < 0.05) of each group.
        """,
        acceptsExcludingShared: true, table: table)
    static let minimumFrequency = 3
    /// In `compare by`, the strongest significant terms kept per group.
    static let perGroup = 25

    /// A group's size in tokens and its count of each term (stop words, numbers and single letters left out).
    struct GroupCounts {
        let label: String
        let total: Int
        let counts: [(term: String, count: Int)]
    }

    static let columns = ["term", "count_a", "count_b", "total_a", "total_b", "g2", "p", "log_ratio", "key_for"]

    static func table(_ groups: [CompareSide], byKey: Bool, _ context: EvalContext, _ range: SourceRange) throws(QueryError) -> Table {
        if byKey { return try byGroup(wordCounts(groups, context, range), context, range) }
        let corpus = context.corpus
        let vocabulary = corpus.index.vocabulary
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
        let sides = try wordCounts(groups, context, range)
        let (totalA, totalB) = (sides[0].total, sides[1].total)
        let words = Keyness.compare(Dictionary(uniqueKeysWithValues: sides[0].counts.map { ($0.term, $0.count) }),
                                    Dictionary(uniqueKeysWithValues: sides[1].counts.map { ($0.term, $0.count) }),
                                    totalA: totalA, totalB: totalB, minimumFrequency: minimumFrequency)
        let phrases = Keyness.compare(try bigrams(groups[0]), try bigrams(groups[1]), totalA: totalA, totalB: totalB,
                                      minimumFrequency: minimumFrequency)
        // Words and two-word phrases together, strongest first (ties by term).
        let rows = words.map { (values($0, groups[0].label, groups[1].label), $0.g2) }
            + phrases.map { r in
                let phrase = vocabulary.term(Int(r.term >> 32)) + " " + vocabulary.term(Int(r.term & 0xFFFF_FFFF))
                return (values(r.with(term: phrase), groups[0].label, groups[1].label), r.g2)
            }
        return Table(names: columns, rows: rows.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0[0].description < $1.0[0].description }.map(\.0))
    }

    static func values(_ r: KeynessRow<String>, _ a: String, _ b: String) -> [Value] {
        [.string(r.term), .int(r.countA), .int(r.countB), .int(r.totalA), .int(r.totalB),
         .number(r.g2), .number(r.p), .number(r.logRatio), .string(r.keyFor == .a ? a : b)]
    }

    /// Each side's word counts and size in tokens.
    static func wordCounts(_ sides: [CompareSide], _ context: EvalContext, _ range: SourceRange) throws(QueryError) -> [GroupCounts] {
        let corpus = context.corpus
        let vocabulary = corpus.index.vocabulary
        let tokens = corpus.index.tokens
        var counts = [Int](repeating: 0, count: vocabulary.count)
        var touched: [Int] = []
        var out: [GroupCounts] = []
        for side in sides {
            var total = 0
            for (i, s) in side.sentences.enumerated() {
                if i & 4095 == 0 { try context.checkCancelled(range) }
                for p in corpus.tokens(ofSentence: Int(s)) where side.isKept(p) {
                    total += 1
                    let t = Int(tokens[p])
                    if counts[t] == 0 { touched.append(t) }
                    counts[t] += 1
                }
            }
            out.append(GroupCounts(label: side.label, total: total,
                                   counts: touched.filter { !corpus.termFilter.isExcluded($0) }.map { (vocabulary.term($0), counts[$0]) }))
            for t in touched { counts[t] = 0 }
            touched.removeAll(keepingCapacity: true)
        }
        return out
    }

    /// Each group against the rest (rest = all − group): its strongest significant terms.
    static func byGroup(_ groups: [GroupCounts], _ context: EvalContext, _ range: SourceRange) throws(QueryError) -> Table {
        var all: [String: Int] = [:]
        var totalAll = 0
        for g in groups {
            totalAll += g.total
            for (t, n) in g.counts { all[t, default: 0] += n }
        }
        var rows: [[Value]] = []
        for g in groups {
            try context.checkCancelled(range)
            let restTotal = totalAll - g.total
            let keyed = g.counts.compactMap { (t, n) -> KeynessRow<String>? in
                let inAll = all[t] ?? 0
                guard inAll >= minimumFrequency else { return nil }
                let r = Keyness.row(t, a: n, b: inAll - n, totalA: g.total, totalB: restTotal)
                return r.g2 > 1e-9 && r.p < 0.05 ? r : nil
            }.sorted { $0.g2 != $1.g2 ? $0.g2 > $1.g2 : $0.term < $1.term }
            rows += keyed.prefix(perGroup).map { [.string(g.label)] + values($0, g.label, "rest") }
        }
        return Table(names: ["group"] + columns, rows: rows)
    }
}
