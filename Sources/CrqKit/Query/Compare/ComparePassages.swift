/// Sentences shared verbatim or nearly between the sets (word shingles, robust to small edits),
/// with the share of each document that is shared.
enum ComparePassages {
    static let aspect = CompareAspect(
        name: "passages",
        help: """
        sentences shared verbatim or nearly (word 3-gram shingles), with the share of each document
        that is shared.
        """,
        table: table)
    static func segments(_ groups: [CompareSide], _ corpus: Corpus) -> PassageSegments {
        var segments = PassageSegments()
        let tokens = corpus.index.tokens
        for (g, side) in groups.enumerated() {
            for s in side.sentences {
                segments.append(tokens[corpus.tokens(ofSentence: Int(s))], document: corpus.document(ofSentence: Int(s)), group: g)
            }
        }
        return segments
    }

    /// The sentence row of each segment, in the order `segments` appended them.
    static func sentenceOrder(_ groups: [CompareSide]) -> [Int32] { groups.flatMap(\.sentences) }

    /// The groups without the sentences that have a near-duplicate in another group.
    static func removingShared(_ groups: [CompareSide], _ context: EvalContext, _ range: SourceRange) throws(QueryError) -> [CompareSide] {
        let result = try match(groups, context, range)
        let order = sentenceOrder(groups)
        let shared = Set(result.matches.map { order[$0.segment] })
        return groups.map { CompareSide(label: $0.label, sentences: $0.sentences.filter { !shared.contains($0) }) }
    }

    /// The passages shared between groups; throws if the statement is stopped meanwhile.
    private static func match(_ groups: [CompareSide], _ context: EvalContext, _ range: SourceRange) throws(QueryError) -> PassageComparison {
        try context.checkCancelled(range)
        guard let result = PassageMatcher().match(segments(groups, context.corpus), unlessStopped: { context.shouldStop }) else {
            try context.checkCancelled(range)
            preconditionFailure("the matcher stopped with no reason to")
        }
        return result
    }

    static func table(_ groups: [CompareSide], byKey: Bool, _ context: EvalContext, _ range: SourceRange) throws(QueryError) -> Table {
        let corpus = context.corpus
        let result = try match(groups, context, range)
        let order = sentenceOrder(groups)
        var share: [Int: Double] = [:]   // document*groups+group → share
        for s in result.shares { share[s.document * groups.count + s.group] = s.share }
        func docShare(_ segment: Int, _ group: Int) -> Value {
            .number(((share[corpus.document(ofSentence: Int(order[segment])) * groups.count + group] ?? 0) * 10000).rounded() / 10000)
        }
        let groupOf = groups.enumerated().flatMap { g, side in side.sentences.map { _ in g } }
        if byKey {
            // One row per document: how much of it another group also has, and which group most.
            var partners: [Int: [Int: Int]] = [:]
            for m in result.matches { partners[corpus.document(ofSentence: Int(order[m.segment])), default: [:]][groupOf[m.other], default: 0] += 1 }
            let rows: [[Value]] = result.shares.sorted { $0.share != $1.share ? $0.share > $1.share : $0.document < $1.document }.map { s in
                let top = partners[s.document]?.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }
                return [.string(groups[s.group].label), .string(corpus.documents[s.document].shortID), .int(s.tokens), .int(s.sharedTokens),
                        .number((s.share * 10000).rounded() / 10000), top.map { .string(groups[$0.key].label) } ?? .null]
            }
            return Table(names: ["group", "doc", "words", "shared_words", "share", "most_shared_with"], rows: rows)
        }
        let rows: [[Value]] = result.matches.filter { groupOf[$0.segment] == 0 }.map { m in
            [.string(corpus.locator(sentence: Int(order[m.segment]))), .string(corpus.locator(sentence: Int(order[m.other]))),
             .number((m.similarity * 100).rounded() / 100), docShare(m.segment, 0), docShare(m.other, 1),
             .string(corpus.sentenceText(Int(order[m.segment])))]
        }
        return Table(columns: ["a", "b", "similarity", "share_a", "share_b"].map { Table.Column($0) } + [Table.Column("text", role: .text)], rows: rows)
    }
}
