import Annotation
import CorpusModel

/// Who is quoted by which side: a matrix of speakers by group, with the speakers only one side quotes.
enum CompareSpeakers {
    static let aspect = CompareAspect(
        name: "speakers",
        help: "who is quoted by which side, how often, and by one side only.",
        usesAnnotations: true, table: table)
    static func table(_ groups: [CompareSide], byKey: Bool, _ context: EvalContext, _ range: SourceRange) throws(QueryError) -> Table {
        let corpus = context.corpus
        let a = corpus.annotations
        var counts: [Int: [Int]] = [:]   // speaker → count per group
        let quoted = groups.bucket(a.quotes.count, of: QuotesUnit.spec.name, corpus, firstByte: { a.quotes[$0].bytes.lowerBound }, keep: { a.quotes[$0].speaker != nil })
        for (g, quotes) in quoted.enumerated() {
            // a joint speaker's quotation counts for each person it joins
            for q in quotes { for e in a.quotes[q].credited { counts[e, default: [Int](repeating: 0, count: groups.count)][g] += 1 } }
        }
        try context.checkCancelled(range)
        return table(counts, name: { a.entities[$0].canonical }, labels: groups.map(\.label))
    }

    /// The matrix of `counts` (entity → its quotations per group), the groups named `labels`: one
    /// process counts them from its annotations, the merge of shards adds the shards' counts.
    static func table(_ counts: [Int: [Int]], name: (Int) -> String, labels: [String]) -> Table {
        let rows: [[Value]] = counts.sorted { x, y in
            let tx = x.value.reduce(0, +), ty = y.value.reduce(0, +)
            return tx != ty ? tx > ty : name(x.key) < name(y.key)
        }.map { speaker, perGroup in
            let quoting = perGroup.indices.filter { perGroup[$0] > 0 }
            return [.string(name(speaker))] + perGroup.map { Value.int($0) }
                + [.int(perGroup.reduce(0, +)), quoting.count == 1 ? .string(labels[quoting[0]]) : .string("")]
        }
        let columns = [Table.Column("speaker", role: .key)] + (labels + ["total", "only"]).map { Table.Column($0) }
        return Table(columns: columns, rows: rows, chart: .heatmap(columns: 1..<(1 + labels.count)))
    }
}
