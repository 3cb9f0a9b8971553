import CorpusModel

/// `show FIELD[, …]`: chooses the columns.
struct ShowStage: PipedStage {
    let fields: [FieldExpression]
    let range: SourceRange
    var summary: String { "show " + fields.map(\.summary).joined(separator: ", ") }

    static let spec = VerbSpec(
        name: "show", usage: "show FIELD[, FIELD …]", summary: "choose the columns to show",
        details: """
        Any field of the rows (.help fields lists them per unit), or a date part such as month(date).
        Examples:
          docs | filter date >= 2024-01-18 | show id, title, source, date
          quotes | show speaker, text | limit 5
        """,
        canStart: false, canFollow: true,
        parse: { p, r throws(QueryError) in
            ShowStage(fields: try p.fieldExpressions("a field to show"), range: r.to(p.previous.range))
        })

    func run(_ input: Relation, _ context: EvalContext) throws(QueryError) -> Relation {
        // The statement's output: unit rows keep their row numbers and read the shown fields only for
        // the rows printed or saved (the first screen costs what it shows).
        if context.hints.resultIsOutput, case var .units(u) = input,
           fields.allSatisfy({ $0.part == nil && u.unit.field($0.field) != nil }) {
            u.columns = fields.map(\.field)
            return .units(u)
        }
        let readers = try fields.map { (f: FieldExpression) throws(QueryError) -> FieldReader in
            try FieldReader(input, f.field, at: f.range, context)
        }
        // Only the rows the next stage keeps: `limit N`, or `top N` of a table without a count column (its first N).
        let kept = fields.contains { $0.columnName == "count" } ? input.count : min(input.count, context.hints.nextKeepsAtMost ?? .max)
        var rows: [[Value]] = []
        rows.reserveCapacity(kept)
        for i in 0..<kept {
            if i & 16383 == 0 { try context.checkCancelled(range) }
            rows.append(zip(fields, readers).map { $0.apply($1.value(at: i)) })
        }
        let highlights: [Highlight]
        switch input {
        case let .units(u): highlights = u.highlights
        case let .table(t): highlights = t.columnIndex("text") != nil ? t.highlights : []
        }
        return .table(Table(columns: fields.map { Table.Column($0.columnName, role: role(of: $0, in: input)) }, rows: rows,
                            highlights: highlights))
    }

    /// A column of the table piped in keeps its role (a group key still shows `(none)`, a bar is
    /// still drawn); other fields are plain, but for `text`.
    private func role(of field: FieldExpression, in input: Relation) -> Table.Column.Role {
        if field.part == nil, case let .table(t) = input, let c = t.columnIndex(field.field) { return t.columns[c].role }
        return field.columnName == "text" ? .text : .plain
    }
}

/// `count`: the number of rows, as a one-cell table.
struct CountStage: PipedStage {
    let range: SourceRange
    var summary: String { "count" }

    static let spec = VerbSpec(
        name: "count", usage: "count", summary: "the number of rows",
        details: "Examples:\n  sentences | filter \"restraint\" | count\n  quotes | filter kind = \"direct\" | count",
        canStart: false, canFollow: true,
        parse: { _, r throws(QueryError) in CountStage(range: r) })

    func run(_ input: Relation, _ context: EvalContext) throws(QueryError) -> Relation { .table(Self.table(input.count)) }

    /// The one-cell table of a count.
    static func table(_ count: Int) -> Table { Table(names: ["count"], rows: [[.int(count)]]) }
}
