import Foundation
import TextAnalysis

/// A `metadata.tsv` or `metadata.csv` beside a folder of articles: one row per file, keyed by a
/// `file` (or `filename`, `id`, `name`, `path`) column; the other columns fill the standard fields
/// as `FieldMapping` reads them and any other column is kept as an extra field.
struct MetadataSidecar {
    /// The file names a sidecar may have, in order of preference.
    static let fileNames = ["metadata.tsv", "metadata.csv"]
    static let keyColumns = ["file", "filename", "id", "name", "path"]

    struct Row {
        var metadata: DocumentMetadata
        var line: Int
        var used = false
    }

    let path: String
    private(set) var rows: [String: Row] = [:]

    /// Reads the sidecar at `path`, reporting faulty rows as warnings.
    init(path: String, mapping: FieldMapping, warnings: inout [LoadWarning]) {
        self.path = path
        guard var bytes = FileBytes.read(path) else {
            warnings.append(LoadWarning(file: path, "cannot read the metadata file"))
            return
        }
        bytes = TextCleaner.clean(bytes, file: path, warnings: &warnings)
        let isCSV = PathName.fileExtension(path) == "csv"
        let (records, unclosed) = DelimitedText.parse(bytes, delimiter: UInt8(ascii: isCSV ? "," : "\t"), quoting: isCSV)
        for line in unclosed { warnings.append(LoadWarning(file: path, line: line, DelimitedText.unclosedQuoteMessage)) }
        guard let header = records.first else {
            warnings.append(LoadWarning(file: path, "metadata file is empty"))
            return
        }
        let columns = header.fields.map { $0.trimmingBlanks().lowercased() }
        guard let keyColumn = columns.firstIndex(where: { Self.keyColumns.contains($0) }) else {
            warnings.append(LoadWarning(file: path, line: header.line,
                "no key column (one of \(Self.keyColumns.joined(separator: ", "))); metadata file ignored"))
            return
        }
        // Each row's metadata, read on all cores; then the rows in order.
        let read = Parallel.map(records.count - 1) { i -> (key: String, metadata: DocumentMetadata)? in
            let record = records[i + 1]
            guard record.fields.count == columns.count else { return nil }
            let fields = columns.enumerated().filter { $0.offset != keyColumn && !$0.element.isEmpty }.map {
                FieldMapping.Field(key: $0.element, value: record.fields[$0.offset].trimmingBlanks())
            }
            return (record.fields[keyColumn].trimmingBlanks(), mapping.map(fields).metadata)
        }!
        for (record, row) in zip(records.dropFirst(), read) {
            guard let (key, meta) = row else {
                warnings.append(LoadWarning(file: path, line: record.line, DelimitedText.fieldCountMessage(record.fields.count, columns.count)))
                continue
            }
            if key.isEmpty { continue }
            if rows[key] != nil {
                warnings.append(LoadWarning(file: path, line: record.line, "second row for '\(key)'; it replaces the first"))
            }
            rows[key] = Row(metadata: meta, line: record.line)
        }
    }

    /// The metadata for a file, looked up by relative path, file name, or name without extension.
    mutating func take(relativePath: String) -> DocumentMetadata? {
        let name = PathName.fileName(relativePath)
        let stem = PathName.stem(name)
        for key in [relativePath, name, stem] {
            if rows[key] != nil {
                rows[key]!.used = true
                return rows[key]!.metadata
            }
        }
        return nil
    }

    /// Warnings for rows that named no file of the folder.
    func unusedRowWarnings() -> [LoadWarning] {
        rows.filter { !$0.value.used }.sorted { $0.value.line < $1.value.line }.map {
            LoadWarning(file: path, line: $0.value.line, "metadata row for '\($0.key)', which is not in the corpus")
        }
    }
}
