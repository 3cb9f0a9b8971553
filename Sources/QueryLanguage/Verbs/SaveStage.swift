import CorpusModel
import Foundation

/// `save "FILE"`: asks for the rows to be written to a file in the format its extension names; the
/// shell writes it, atomically, once the statement has run (evaluation writes no files).
struct SaveStage: PipedStage {
    package let path: String
    package let pathRange: SourceRange
    package let range: SourceRange
    var summary: String { "save \"\(path)\"" }

    static let spec = VerbSpec(
        name: "save", usage: "save \"FILE.csv|.tsv|.json|.jsonl|.md\"",
        summary: "write the rows to a file (format from the extension); prints what was written",
        details: """
        Every field of the rows becomes a column (for unit rows: all of the unit's fields). The file is \
        written to a temporary file in the same folder and renamed, so an error never leaves a partial file.
        Examples:
          sentences | filter "restraint" | save "restraint.csv"
          quotes | group by speaker | save "speakers.json"
        """,
        canStart: false, canFollow: true, otherNames: ["export", "write"],
        parse: { p, r throws(QueryError) in
            let (path, pr) = try p.expectString("a file name in quotes after 'save'")
            return SaveStage(path: path, pathRange: pr, range: r.to(pr))
        })

    func run(_ input: Relation, _ context: EvalContext) throws(QueryError) -> Relation {
        let ext = (path as NSString).pathExtension
        guard let mode = OutputMode(fileExtension: ext), mode != .table else {
            throw QueryError(.semantic, ext.isEmpty ? "'\(path)' has no extension to choose a format"
                                                    : "crq cannot save .\(ext) files", at: pathRange,
                             hint: "use .csv, .tsv, .json, .jsonl or .md")
        }
        let url = try context.writableURL(path, at: pathRange)
        let relation = input
        context.writeRequests.append(WriteRequest(path: path, pathRange: pathRange, range: range, url: url, mode: mode,
                                                  relation: relation, columns: Self.columns(of: relation)))
        return .table(Table(names: ["file", "format", "rows"], rows: [[.string(path), .string(mode.rawValue), .int(relation.count)]]))
    }

    /// The columns `save` writes of `relation`: for unit rows, all of the unit's fields; else nil (the table's).
    static func columns(of relation: Relation) -> [String]? {
        if case let .units(u) = relation { return u.unit.fields.map(\.name) }
        return nil
    }
}

/// A file a statement's `save` asks for: once the statement has run, the shell renders `relation` in
/// `mode` (a piece of rows at a time) and writes it, atomically, to `url`.
package struct WriteRequest: Sendable {
    /// The path as written in the statement, and where it is (errors point here).
    package let path: String
    package let pathRange: SourceRange
    /// The `save` stage, where a cancelled write points.
    package let range: SourceRange
    package let url: URL
    package let mode: OutputMode
    package let relation: Relation
    /// The columns to write (for unit rows: all of the unit's fields).
    package let columns: [String]?
}
