import Foundation

/// `save "FILE"`: writes the rows to a file in the format its extension names, atomically.
struct SaveStage: Stage {
    let path: String
    let pathRange: SourceRange
    let range: SourceRange
    var summary: String { "save \"\(path)\"" }

    static let spec = VerbSpec(
        name: "save", usage: "save \"FILE.csv|.tsv|.json|.jsonl|.md\"",
        summary: "write the rows to a file (format from the extension); prints what was written",
        details: """
        Every field of the rows becomes a column (for unit rows: all of the unit's fields). The file is
        written to a temporary file in the same folder and renamed, so an error never leaves a partial file.
        Examples:
          sentences | filter "restraint" | save "restraint.csv"
          quotes | group by speaker | save "speakers.json"
        """,
        canStart: false, canFollow: true,
        parse: { p, r throws(QueryError) in
            let (path, pr) = try p.expectString("a file name in quotes after 'save'")
            return SaveStage(path: path, pathRange: pr, range: r.to(pr))
        })

    func run(_ input: Relation?, _ context: EvalContext) throws(QueryError) -> Relation {
        let ext = (path as NSString).pathExtension
        guard let mode = OutputMode(fileExtension: ext), mode != .table else {
            throw QueryError(.semantic, ext.isEmpty ? "'\(path)' has no extension to choose a format"
                                                    : "crq cannot save .\(ext) files", at: pathRange,
                             hint: "use .csv, .tsv, .json, .jsonl or .md")
        }
        let url = try context.writableURL(path, at: pathRange)
        let relation = input!
        let columns: [String]? = {
            if case let .units(u) = relation { return u.unit.fields.map(\.name) }
            return nil
        }()
        var text = ""
        try RowStream.render(relation, mode: mode, options: RenderOptions(width: 0, color: false, maxRows: .max), columns: columns,
                             task: "saving \(relation.count) rows to \(path)", context, at: range) { text += $0 }
        do {
            try AtomicFile.write(Data(text.utf8), to: url)
        } catch {
            throw QueryError(.runtime, "cannot write '\(path)': \(error.localizedDescription)", at: pathRange)
        }
        return .table(Table(names: ["file", "format", "rows"], rows: [[.string(path), .string(mode.rawValue), .int(relation.count)]]))
    }
}
