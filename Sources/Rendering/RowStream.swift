import CorpusModel
import QueryLanguage

/// Prints or saves a result's rows a piece at a time: each piece of rows is read, rendered and
/// handed on before the next is read, so N rows cost time linear in N, memory for one piece, and a
/// cancelled statement stops between pieces. The people modes read only the rows they show.
package enum RowStream {
    /// Rows per piece.
    static let piece = 4096

    /// Renders `relation` (a unit's default columns, or `columns`), passing the text to `write` a
    /// piece at a time; throws at `range` when the statement is cancelled or times out. With a
    /// `task`, progress is reported under that name (for a file; printed rows show their own).
    package static func render(_ relation: Relation, mode: OutputMode, options: RenderOptions, columns: [String]? = nil, task: String? = nil,
                       _ context: EvalContext, at range: SourceRange, write: (String) -> Void) throws(QueryError) {
        let total = relation.count
        if mode.isForPeople {
            let table = Materializer.table(relation, context, columns: columns, limit: options.maxRows)
            return write(TableRenderer.render(table, mode: mode, options: options, totalRows: total))
        }
        var start = 0
        repeat {
            try context.checkCancelled(range)
            let table = Materializer.table(relation, context, columns: columns, from: start, limit: piece)
            let end = start + table.rows.count
            write(TableRenderer.render(table, mode: mode, options: options, piece: (first: start == 0, last: end >= total)))
            start = end
            if let task { context.progress(task, start, of: total) }
        } while start < total
    }
}
