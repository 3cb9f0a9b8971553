import CorpusModel

/// `group by KEY[, KEY …]`: counts rows per distinct key, largest first, with share and bar.
struct GroupStage: PipedStage {
    let keys: [FieldExpression]
    let range: SourceRange
    var summary: String { "group by " + keys.map(\.summary).joined(separator: ", ") }

    static let spec = VerbSpec(
        name: "group", usage: "group by FIELD[, FIELD …]",
        summary: "count rows per distinct value, largest first, with share and bar",
        details: """
        Keys are fields, or a date at a granularity: day(date), week(date), month(date), year(date). \
        The result has the keys, count, share (of all rows) and a bar. Ties are ordered by key. \
        A quotation of a joint speaker ("Jo Hale and Ed Roe said") counts under each person by speaker, \
        so counts may add up to more than the rows.
        Examples:
          sentences | filter "restraint" | group by source
          sentences | filter "restraint" | group by doc, paragraph
          docs | group by month(date)
        """,
        canStart: false, canFollow: true,
        keywords: ["by"],
        parse: { p, r throws(QueryError) in
            try p.expectKeyword("by", hint: "group by FIELD, e.g. group by source")
            let keys = try p.fieldExpressions("a field to group by")
            return GroupStage(keys: keys, range: r.to(p.previous.range))
        })

    func run(_ input: Relation, _ context: EvalContext) throws(QueryError) -> Relation {
        .table(Self.table(keys: keys, counts: try counts(input, context), rows: input.count))
    }

    /// The number of rows per distinct key.
    func counts(_ input: Relation, _ context: EvalContext) throws(QueryError) -> [[Value]: Int] {
        let readers = try keys.map { (k: FieldExpression) throws(QueryError) -> FieldReader in
            try FieldReader(input, k.field, at: k.range, context)
        }
        var counts: [[Value]: Int] = [:]
        let documentReaders = readers.compactMap(\.documentReader)
        if case let .units(u) = input, documentReaders.count == readers.count {
            // Count per document first, then read each document's key once.
            let corpus = context.corpus
            var perDoc = [Int](repeating: 0, count: corpus.documents.count)
            // Rows in corpus order meet the documents in a merge walk; others look their document up.
            let walk = u.inCorpusOrder ? u.unit.rowsOfDocument : nil
            var d = -1, end = 0
            for (i, r) in u.rows.enumerated() {
                if i & 65535 == 0 { try context.checkCancelled(range) }
                if let rowsOf = walk {
                    while Int(r) >= end { d += 1; end = rowsOf(corpus, d).upperBound }
                } else {
                    d = u.unit.document(corpus, Int(r))
                }
                perDoc[d] += 1
            }
            // Each document's key as a small id, computed once per corpus and field.
            let keyIDs = zip(keys, documentReaders).map { k, read in context.documentKeys(k.summary) { k.apply(read($0)) } }
            if keyIDs.count == 1 {
                let (ids, values) = keyIDs[0]
                var byID = [Int](repeating: 0, count: values.count)
                for d in perDoc.indices where perDoc[d] > 0 { byID[Int(ids[d])] += perDoc[d] }
                for (id, n) in byID.enumerated() where n > 0 { counts[[values[id]], default: 0] += n }
            } else {
                var byIDs: [[Int32]: Int] = [:]
                for d in perDoc.indices where perDoc[d] > 0 { byIDs[keyIDs.map { $0.ids[d] }, default: 0] += perDoc[d] }
                for (ids, n) in byIDs { counts[zip(ids, keyIDs).map { $1.values[Int($0)] }, default: 0] += n }
            }
        } else if readers.contains(where: \.hasMembers) {
            // A row whose key stands for several values (a joint speaker) counts once under each.
            for i in 0..<input.count {
                if i & 16383 == 0 { try context.checkCancelled(range) }
                var rowKeys: [[Value]] = [[]]
                for (k, r) in zip(keys, readers) {
                    let values = (r.members(at: i) ?? [r.value(at: i)]).map(k.apply)
                    rowKeys = rowKeys.flatMap { key in Set(values).map { key + [$0] } }
                }
                for key in rowKeys { counts[key, default: 0] += 1 }
            }
        } else {
            for i in 0..<input.count {
                if i & 16383 == 0 { try context.checkCancelled(range) }
                counts[zip(keys, readers).map { $0.apply($1.value(at: i)) }, default: 0] += 1
            }
        }
        return counts
    }

    /// The table of `counts` per key of `rows` rows in all: largest first, ties by key, with share and bar.
    static func table(keys: [FieldExpression], counts: [[Value]: Int], rows: Int) -> Table {
        let total = max(1, rows)
        let sorted = counts.sorted { a, b in
            if a.value != b.value { return a.value > b.value }
            for (x, y) in zip(a.key, b.key) where x != y { return Value.ordered(x, y) }
            return false
        }
        let columns = keys.map { Table.Column($0.columnName, role: .key) }
            + [Table.Column("count"), Table.Column("share"), Table.Column("bar", role: .bar)]
        let tableRows = sorted.map { entry -> [Value] in
            let share = Double(entry.value) / Double(total)
            return entry.key + [.int(entry.value), .number((share * 10000).rounded() / 10000), .number(share)]
        }
        let overTime = keys.count == 1 && [.day, .week, .month].contains(keys[0].part)
        return Table(columns: columns, rows: tableRows, chart: overTime ? .timeline(value: keys.count) : .bars(value: keys.count))
    }
}
