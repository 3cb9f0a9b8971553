import CorpusModel

/// `terms`: term frequencies, over the whole corpus or over the rows piped in; stop words left out.
struct TermsStage: SourceOrPipedStage {
    let range: SourceRange
    var summary: String { "terms" }

    static let spec = VerbSpec(
        name: "terms", usage: "terms",
        summary: "term frequencies (stop words, numbers and single letters left out)",
        details: """
        As a source, counts the whole corpus (from the index); after '|', counts the words of the \
        rows piped in. Columns: term, count, per_10k (occurrences per 10,000 tokens), largest first.
        Examples:
          terms | top 20
          sentences | filter "Kirby" | terms | top 10
        """,
        canStart: true, canFollow: true,
        parse: { _, r throws(QueryError) in TermsStage(range: r) })

    func run(_ input: Relation?, _ context: EvalContext) throws(QueryError) -> Relation {
        // When `top N` or `limit N` follows, it keeps the first N rows of this table sorted by count,
        // so only those are sorted by term and made.
        let limit = context.hints.nextKeepsAtMost
        var (entries, total) = try counts(input, context)
        if let limit, let least = Self.nthLargest(entries.map(\.count), limit) { entries.removeAll { $0.count < least } }
        try context.checkCancelled(range)
        let vocabulary = context.corpus.index.vocabulary
        return .table(Self.table(entries.map { (term: vocabulary.term($0.term), count: Int($0.count)) }, tokens: total, limit: limit))
    }

    /// The count of each term (by vocabulary id; stop words, numbers and one-letter tokens left out)
    /// in the rows piped in or the whole corpus, and the number of tokens counted.
    func counts(_ input: Relation?, _ context: EvalContext) throws(QueryError) -> (entries: [(term: Int, count: Int32)], tokens: Int) {
        let corpus = context.corpus
        let vocabulary = corpus.index.vocabulary
        var counts: [Int32]
        var total = 0
        if let input {
            guard case let .units(u) = input, let tokensOf = u.unit.text?.tokens else {
                throw QueryError(.semantic, "terms counts the words of text rows, and \(input.describe) have no text", at: range,
                                 hint: "use terms after sentences, paragraphs or docs")
            }
            counts = [Int32](repeating: 0, count: vocabulary.count)
            let tokens = corpus.index.tokens
            for (i, r) in u.rows.enumerated() {
                if i & 4095 == 0 { try context.checkCancelled(range) }
                let span = tokensOf(corpus, Int(r))
                total += span.count
                for p in span { counts[Int(tokens[p])] &+= 1 }
            }
        } else {
            counts = (0..<vocabulary.count).map { Int32(corpus.index.frequency($0)) }
            total = corpus.tokenCount
        }
        let skip = corpus.termFilter
        var entries: [(term: Int, count: Int32)] = []
        for t in counts.indices where counts[t] > 0 && !skip.isExcluded(t) { entries.append((t, counts[t])) }
        return (entries, total)
    }

    /// The table of term counts over `tokens` tokens: largest first, ties by term, the first `limit` rows.
    static func table(_ counts: [(term: String, count: Int)], tokens: Int, limit: Int?) -> Table {
        let named = counts.sorted { $0.count != $1.count ? $0.count > $1.count : $0.term < $1.term }
        let scale = tokens > 0 ? 10000.0 / Double(tokens) : 0
        let rows: [[Value]] = named.prefix(limit ?? named.count).map { e in
            [.string(e.term), .int(e.count), .number((Double(e.count) * scale * 100).rounded() / 100)]
        }
        return Table(names: ["term", "count", "per_10k"], rows: rows)
    }

    /// The `n`-th largest of `counts` when there are more than `n` and `n` is small, else nil.
    static func nthLargest(_ counts: [Int32], _ n: Int) -> Int32? {
        guard n > 0, n <= 1000, counts.count > n else { return nil }
        var best: [Int32] = []  // the n largest so far, descending
        for c in counts where best.count < n || c > best[n - 1] {
            best.insert(c, at: best.firstIndex { $0 < c } ?? best.count)
            if best.count > n { best.removeLast() }
        }
        return best[n - 1]
    }
}
