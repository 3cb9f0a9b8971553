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
        let table = Materializer.table(relation, context, columns: columns)
        let text = TableRenderer.render(table, mode: mode, options: RenderOptions(width: 0, color: false, maxRows: .max))
        do {
            try AtomicFile.write(Data(text.utf8), to: url)
        } catch {
            throw QueryError(.runtime, "cannot write '\(path)': \(error.localizedDescription)", at: pathRange)
        }
        return .table(Table(names: ["file", "format", "rows"], rows: [[.string(path), .string(mode.rawValue), .int(table.rows.count)]]))
    }
}

/// Writes files so that readers see the old content or the new, never a mix: a temporary file in
/// the same folder, flushed, then renamed over the target. On failure the temporary file is removed.
public enum AtomicFile {
    /// Why a write failed, in the system's words ("No space left on device").
    public struct Failure: LocalizedError, Sendable {
        public let code: Int32
        public var errorDescription: String? { String(cString: strerror(code)) }
    }

    /// Writes `data` to `url`; `permissions` (e.g. the replaced file's) are given to the new file.
    public static func write(_ data: Data, to url: URL, permissions: Int? = nil) throws(Failure) {
        let temp = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).crq-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp").path
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw Failure(code: errno) }
        var code = writeAll(fd, data)
        if code == 0, let permissions, fchmod(fd, mode_t(permissions)) != 0 { code = errno }
        if code == 0, fsync(fd) != 0 { code = errno }
        if close(fd) != 0, code == 0 { code = errno }
        if code == 0, rename(temp, url.path) != 0 { code = errno }
        if code != 0 {
            unlink(temp)
            throw Failure(code: code)
        }
    }
}

/// Writes all of `data` to `fd`; returns 0 or the `errno` of the failed write.
private func writeAll(_ fd: Int32, _ data: Data) -> Int32 {
    data.withUnsafeBytes { buffer in
        var offset = 0
        while offset < buffer.count {
            let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += n
        }
        return 0
    }
}
