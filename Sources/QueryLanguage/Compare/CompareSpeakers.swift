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
        let quoted = groups.bucket(a.quotes.count, corpus, firstByte: { a.quotes[$0].bytes.lowerBound }, keep: { a.quotes[$0].speaker != nil })
        for (g, quotes) in quoted.enumerated() {
            for q in quotes { counts[a.quotes[q].speaker!, default: [Int](repeating: 0, count: groups.count)][g] += 1 }
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
        let columns = [Table.Column("speaker", role: .key)] + (groups.map(\.label) + ["total", "only"]).map { Table.Column($0) }
        return Table(columns: columns, rows: rows, chart: .heatmap(columns: 1..<(1 + groups.count)))
    }
}
