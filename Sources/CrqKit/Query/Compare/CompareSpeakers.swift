/// Who is quoted by which side: a matrix of speakers by group, with the speakers only one side quotes.
enum CompareSpeakers {
    static func table(_ groups: [CompareSide], byKey: Bool, _ context: EvalContext, _ range: SourceRange) throws(QueryError) -> Table {
        let corpus = context.corpus
        let a = corpus.annotations
        var member = [Int](repeating: -1, count: corpus.sentenceCount)
        for (g, side) in groups.enumerated() { for s in side.sentences { member[Int(s)] = g } }
        var counts: [Int: [Int]] = [:]   // speaker → count per group
        for q in a.quotes {
            guard let speaker = q.speaker, let s = corpus.sentence(containingByte: q.bytes.lowerBound), member[s] >= 0 else { continue }
            counts[speaker, default: [Int](repeating: 0, count: groups.count)][member[s]] += 1
        }
        try context.checkCancelled(range)
        let rows: [[Value]] = counts.sorted { x, y in
            let tx = x.value.reduce(0, +), ty = y.value.reduce(0, +)
            return tx != ty ? tx > ty : a.entities[x.key].canonical < a.entities[y.key].canonical
        }.map { speaker, perGroup in
            let quoting = perGroup.indices.filter { perGroup[$0] > 0 }
            return [.string(a.entities[speaker].canonical)] + perGroup.map { Value.int($0) }
                + [.int(perGroup.reduce(0, +)), quoting.count == 1 ? .string(groups[quoting[0]].label) : .string("")]
        }
        return Table(names: ["speaker"] + groups.map(\.label) + ["total", "only"], rows: rows)
    }
}
