import Foundation
import TextAnalysis

/// Loads a corpus from a path: a folder (recursively, every file of a format crq reads, with an
/// optional metadata sidecar) or a single file. Text files (`.txt`, `.md`) are one document each;
/// CSV and TSV files with a header, JSON arrays and JSONL files hold one article per row or record.
/// Any of them may be gzip-compressed (`.gz`).
package struct CorpusLoader {
    /// How far a load has got, for a progress line.
    package struct Progress: Sendable, Equatable {
        var files: Int
        /// Bytes read from disk (compressed bytes for `.gz` files).
        var bytes: Int
        /// Bytes on disk the load will read in all.
        var totalBytes: Int
        var seconds: Double

        /// The share done, 0…1, when the total is known.
        var fraction: Double? { totalBytes > 0 ? min(1, Double(bytes) / Double(totalBytes)) : nil }

        /// The load as work in progress: bytes done of all, with files, megabytes and rate beside.
        package var work: WorkProgress {
            let mb = Double(bytes) / 1_000_000
            let detail = (files == 1 ? "1 file" : "\(files.grouped) files") + String(format: " · %.1f MB · %.1f MB/s", mb, mb / Swift.max(seconds, 0.001))
            return WorkProgress(task: "loading", done: bytes, total: totalBytes, detail: detail)
        }
    }

    /// What a file holds, by its extension (before a `.gz`).
    enum Format: Equatable {
        case text, csv, tsv, json, jsonl

        init?(extension ext: String) {
            switch ext {
            case "txt", "md": self = .text
            case "csv": self = .csv
            case "tsv", "tab": self = .tsv
            case "json": self = .json
            case "jsonl", "ndjson": self = .jsonl
            default: return nil
            }
        }

        /// The extensions crq reads, for messages.
        static let extensions = ".txt, .md, .csv, .tsv, .json and .jsonl"
    }

    /// A file to load: where it is, its path relative to the corpus, and how to read it.
    struct SourceFile {
        var path: String
        var relativePath: String
        var format: Format
        var gzip: Bool
        /// Its size on disk, in bytes (0 until looked up).
        var size = 0

        /// The id of the document a text file holds: its path without the extension.
        var id: String { PathName.stem(relativePath) }

        /// A file crq reads, or nil. `a.jsonl.gz` is JSONL, compressed.
        init?(path: String, relativePath: String, single: Bool) {
            var ext = PathName.fileExtension(path)
            gzip = ext == "gz"
            if gzip { ext = PathName.fileExtension(PathName.stem(path)) }
            guard let format = Format(extension: ext) ?? (single && ext.isEmpty ? .text : nil) else { return nil }
            self.path = path
            self.relativePath = gzip ? String(relativePath.dropLast(3)) : relativePath
            self.format = format
        }
    }

    /// Called now and then during a load (at most every 0.2 s).
    var onProgress: (@Sendable (Progress) -> Void)?
    /// Checked between files and records; when it returns true the load stops with an error.
    var isCancelled: (@Sendable () -> Bool)?
    /// Which record fields fill which document fields (`--field text=body`).
    var fieldMapping: FieldMapping
    /// How many text files of a folder are read at once, on all cores (1: one after the other).
    var textFilesAtOnce = 4096
    /// Called with the path and bytes of each file read, as they are on disk (a snapshot hashes them);
    /// from several threads at once.
    var onRead: (@Sendable (String, [UInt8]) -> Void)?

    package init(fieldMapping: FieldMapping = FieldMapping(), onProgress: (@Sendable (Progress) -> Void)? = nil,
                isCancelled: (@Sendable () -> Bool)? = nil) {
        self.fieldMapping = fieldMapping
        self.onProgress = onProgress
        self.isCancelled = isCancelled
    }

    package static let hint = "crq reads \(Format.extensions) files (also gzip-compressed, .gz) and folders of them"

    /// Loads the corpus at `path`. Throws when nothing at all can be loaded; otherwise problems are
    /// the corpus's warnings.
    package func load(_ path: String, name: String? = nil) throws(LoadError) -> Corpus {
        let started = Date()
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw LoadError(path: path, "no such file or folder", hint: Self.hint)
        }
        var run = Run(mapping: fieldMapping, isCancelled: isCancelled, tracker: ProgressTracker(started: started, report: onProgress))
        run.onRead = onRead
        run.textFilesAtOnce = textFilesAtOnce
        var shard: ShardManifest?
        if isDir.boolValue {
            shard = try ShardManifest.read(folder: path)
            try run.loadFolder(path, pathSources: shard?.pathSources)
        } else {
            guard var file = SourceFile(path: path, relativePath: PathName.fileName(path), single: true) else {
                throw LoadError(path: path, "cannot load a .\(PathName.fileExtension(path)) file", hint: Self.hint)
            }
            let size = Self.size(path)
            file.size = size
            run.tracker.totalBytes = size
            run.builder.reserve(bytes: file.gzip ? size * 4 : size)
            try run.load(file, metadata: nil)
        }
        run.tracker.finish()
        guard run.builder.documentCount > 0 else {
            throw LoadError(path: path, isDir.boolValue ? "no documents in this folder (\(Format.extensions) files)" : "no documents could be read",
                            reasons: run.builder.warnings)
        }
        return run.builder.build(name: name ?? Self.displayName(path), seconds: Date().timeIntervalSince(started),
                                 fixedShortIDs: shard?.shortIDs ?? [:])
    }

    /// A short name for the prompt: the folder or file name, without its extensions.
    package static func displayName(_ path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let last = url.lastPathComponent
        guard !last.isEmpty && last != "/" else { return path }
        let name = PathName.fileExtension(last) == "gz" ? PathName.stem(last) : last
        return PathName.stem(name)
    }

    /// The size of the file at `path` in bytes (0 if it cannot be looked up).
    static func size(_ path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }

    /// One load: the corpus being built and what the files have said so far.
    private struct Run {
        let mapping: FieldMapping
        let isCancelled: (@Sendable () -> Bool)?
        var tracker: ProgressTracker
        var builder = CorpusBuilder()
        /// Field notes already given, so each is said once.
        var notes: Set<String> = []
        var onRead: (@Sendable (String, [UInt8]) -> Void)?
        var textFilesAtOnce = 1

        init(mapping: FieldMapping, isCancelled: (@Sendable () -> Bool)?, tracker: ProgressTracker) {
            self.mapping = mapping
            self.isCancelled = isCancelled
            self.tracker = tracker
        }

        func checkCancelled(_ path: String) throws(LoadError) {
            if isCancelled?() == true { throw LoadError(path: path, "load cancelled") }
        }

        /// Loads the files of a folder; `pathSources`, a shard's word on what names the whole corpus's
        /// outlets (nil: as its own files say).
        mutating func loadFolder(_ root: String, pathSources: PathMetadata.Sources?) throws(LoadError) {
            let rootURL = URL(fileURLWithPath: root).standardizedFileURL
            guard let walker = FileManager.default.enumerator(at: rootURL, includingPropertiesForKeys: [.isRegularFileKey],
                                                              options: [.skipsHiddenFiles]) else {
                throw LoadError(path: root, "cannot read this folder")
            }
            var files: [SourceFile] = []
            let rootPath = rootURL.path
            for case let url as URL in walker {
                let path = url.path
                let rel = path.hasPrefix(rootPath) ? String(path.dropFirst(rootPath.count).drop(while: { $0 == "/" })) : PathName.fileName(path)
                if MetadataSidecar.fileNames.contains(rel) { continue }
                if let file = SourceFile(path: PathName.join(root, rel), relativePath: rel, single: false) { files.append(file) }
            }
            files.sort { $0.relativePath < $1.relativePath }
            for i in files.indices { files[i].size = CorpusLoader.size(files[i].path) }
            let total = files.reduce(0) { $0 + $1.size }
            tracker.totalBytes = total
            builder.reserve(bytes: total)
            var warnings: [LoadWarning] = []
            var sidecar = MetadataSidecar.fileNames.lazy
                .map { PathName.join(root, $0) }
                .first { FileManager.default.fileExists(atPath: $0) }
                .map { MetadataSidecar(path: $0, mapping: mapping, warnings: &warnings) }
            warnings.forEach { builder.warn($0) }
            let pathSources = pathSources ?? PathMetadata.Sources(files.map(\.relativePath))
            var k = 0
            while k < files.count {
                try checkCancelled(root)
                var end = k
                while end < files.count && files[end].format == .text { end += 1 }
                let run = files[k..<end]
                let metadata = run.map { file in
                    var metadata = sidecar?.take(relativePath: file.relativePath) ?? DocumentMetadata()
                    PathMetadata.fill(&metadata, relativePath: file.relativePath, sources: pathSources)
                    return Optional(metadata)
                }
                if textFilesAtOnce > 1, run.count > 1, Set(run.map(\.id)).count == run.count,
                   !run.contains(where: { builder.hasDocument(id: $0.id) }) {
                    try loadTexts(Array(run), metadata: metadata, root: root)
                } else if run.isEmpty {
                    end += 1
                    try load(files[k], metadata: nil)
                } else {
                    for (file, meta) in zip(run, metadata) {
                        try checkCancelled(root)
                        try load(file, metadata: meta)
                    }
                }
                k = end
            }
            sidecar?.unusedRowWarnings().forEach { builder.warn($0) }
        }

        /// Loads text files whose ids differ from each other and from every document's so far, on all
        /// cores, `textFilesAtOnce` at a time: each core's slice of a round into a builder of its own,
        /// and, while a round is read, the builders of the round before appended in order, so the
        /// corpus is the one a load of one file after the other makes.
        mutating func loadTexts(_ files: [SourceFile], metadata: [DocumentMetadata?], root: String) throws(LoadError) {
            let onRead = self.onRead, isCancelled = self.isCancelled
            let slices = 2 * Parallel.cores
            var target = builder   // moved out while the rounds run, and back however they end
            builder = CorpusBuilder()
            defer { builder = target }
            var pending: [CorpusBuilder] = [], pendingFiles = 0..<0, start = 0
            while start < files.count || !pending.isEmpty {
                try checkCancelled(root)
                let round = start..<min(files.count, start + textFilesAtOnce)
                var made = [CorpusBuilder](repeating: CorpusBuilder(), count: round.isEmpty ? 0 : slices)
                let previous = pending
                withUnsafeMutablePointer(to: &target) { target in
                    made.withUnsafeMutableBufferPointer { made in
                        nonisolated(unsafe) let (target, made) = (target, made)
                        // Task 0 appends the round before; task k > 0 reads slice k - 1 of this one.
                        DispatchQueue.concurrentPerform(iterations: made.count + 1) { task in
                            guard task > 0 else { return previous.forEach { target.pointee.append($0) } }
                            let k = task - 1
                            let slice = (round.lowerBound + k * round.count / made.count)..<(round.lowerBound + (k + 1) * round.count / made.count)
                            var part = CorpusBuilder()
                            part.reserve(bytes: slice.reduce(0) { $0 + files[$1].size })
                            for i in slice where isCancelled?() != true {
                                guard let bytes = Self.contents(files[i], onRead: onRead, into: &part) else { continue }
                                part.add(id: files[i].id, origin: files[i].path, bytes: bytes, metadata: metadata[i] ?? DocumentMetadata())
                            }
                            made[k] = part
                        }
                    }
                }
                for i in pendingFiles { tracker.advance(files: 1, bytes: files[i].size) }
                (pending, pendingFiles, start) = (made, round, round.upperBound)
            }
        }

        /// Loads one file: a text file as a document, any other as records.
        mutating func load(_ file: SourceFile, metadata: DocumentMetadata?) throws(LoadError) {
            let onDisk = file.size
            guard var bytes = Self.contents(file, onRead: onRead, into: &builder) else {
                tracker.advance(files: 1, bytes: onDisk)
                return
            }
            if file.format == .text {
                builder.add(id: file.id, origin: file.path, bytes: bytes, metadata: metadata ?? DocumentMetadata())
                tracker.advance(files: 1, bytes: onDisk)
                return
            }
            var fixes: [LoadWarning] = []
            let original = bytes
            bytes = TextCleaner.clean(bytes, file: file.path, warnings: &fixes)
            // Whole-file fixes name the line they start in.
            for w in fixes { builder.warn(w.byteOffset.map { w.at(line: Self.line(ofByte: $0, in: original)) } ?? w) }
            var sink = RecordSink(path: file.path, stem: PathName.stem(file.relativePath), mapping: mapping,
                                  scale: bytes.isEmpty ? 0 : Double(onDisk) / Double(bytes.count))
            switch file.format {
            case .text: break
            case .csv, .tsv: try loadDelimited(bytes, file, &sink)
            case .json: try loadJSON(bytes, file, &sink)
            case .jsonl: try loadJSONL(bytes, file, &sink)
            }
            sink.finish(into: &builder, notes: &notes)
            tracker.advance(files: 1, bytes: onDisk - sink.reported)
        }

        /// The file's bytes, decompressed when it is gzip; nil (with a warning) when it cannot be read.
        /// A gzip file that ends early or is damaged gives what came before, cut at its last whole line.
        static func contents(_ file: SourceFile, onRead: (@Sendable (String, [UInt8]) -> Void)?,
                             into builder: inout CorpusBuilder) -> [UInt8]? {
            guard let raw = FileBytes.read(file.path) else {
                builder.warn(LoadWarning(file: file.path, "cannot read this file; skipped"))
                return nil
            }
            onRead?(file.path, raw)
            guard file.gzip else { return raw }
            guard Gzip.isGzip(raw) else {
                builder.warn(LoadWarning(file: file.path, "not gzip-compressed data, although the name ends in .gz; skipped"))
                return nil
            }
            var (bytes, fault) = Gzip.decompress(raw)
            guard let fault else { return bytes }
            if file.format != .text { bytes.removeSubrange(((bytes.lastIndex(of: 0x0A) ?? -1) + 1)...) }
            let line = bytes.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            switch fault {
            case .endsEarly:
                builder.warn(LoadWarning(file: file.path, line: line, "the compressed data ends early (a cut file); the lines before this one were loaded"))
            case let .corrupt(why):
                builder.warn(LoadWarning(file: file.path, line: line, "the compressed data is damaged (\(why)); the lines before this one were loaded"))
            }
            return bytes
        }

        static func line(ofByte offset: Int, in bytes: [UInt8]) -> Int {
            bytes[..<min(offset, bytes.count)].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        }

        /// CSV or TSV with a header line naming the columns.
        mutating func loadDelimited(_ bytes: [UInt8], _ file: SourceFile, _ sink: inout RecordSink) throws(LoadError) {
            var header: DelimitedText.Record? = nil
            var failure: LoadError? = nil
            var skip = false
            DelimitedText.read(bytes, delimiter: UInt8(ascii: file.format == .csv ? "," : "\t")) { item in
                if isCancelled?() == true { failure = LoadError(path: file.path, "load cancelled"); return false }
                switch item {
                case let .unclosedQuote(line):
                    builder.warn(LoadWarning(file: file.path, line: line, DelimitedText.unclosedQuoteMessage))
                case let .record(record, end):
                    guard let columns = header?.fields else {
                        header = record
                        let names = record.fields.map { $0.trimmingBlanks() }
                        if let missing = sink.missingTextColumn(names) {
                            builder.warn(LoadWarning(file: file.path, line: record.line, missing))
                            skip = true
                        }
                        return !skip
                    }
                    guard record.fields.count == columns.count else {
                        builder.warn(LoadWarning(file: file.path, line: record.line,
                                                 DelimitedText.fieldCountMessage(record.fields.count, columns.count)))
                        return true
                    }
                    let fields = zip(columns, record.fields).map { FieldMapping.Field(key: $0.trimmingBlanks(), value: $1) }
                    sink.add(fields, line: record.line, end: end, into: &builder, tracker: &tracker)
                }
                return true
            }
            if let failure { throw failure }
            if header == nil {
                builder.warn(LoadWarning(file: file.path, "empty file"))
            } else if !skip && sink.records == 0 {
                builder.warn(LoadWarning(file: file.path, line: header!.line, "only a header line, no rows"))
            }
        }

        /// A JSON array of objects (or an object holding one).
        mutating func loadJSON(_ bytes: [UInt8], _ file: SourceFile, _ sink: inout RecordSink) throws(LoadError) {
            let (elements, fault) = JSONRecords.elements(bytes)
            for element in elements {
                try checkCancelled(file.path)
                switch JSONRecords.object(bytes[element.range]) {
                case let .success(object):
                    sink.add(JSONRecords.fields(object), line: element.line, end: element.range.upperBound, into: &builder, tracker: &tracker)
                case .failure(.notJSON):
                    builder.warn(LoadWarning(file: file.path, line: element.line, "not valid JSON; article skipped"))
                case .failure(.notAnObject):
                    builder.warn(LoadWarning(file: file.path, line: element.line, "not a JSON object; article skipped"))
                }
            }
            if let fault { builder.warn(LoadWarning(file: file.path, line: fault.line, fault.message)) }
            if fault == nil && elements.isEmpty { builder.warn(LoadWarning(file: file.path, "no articles in this JSON file")) }
        }

        /// JSONL: one JSON object per line.
        mutating func loadJSONL(_ bytes: [UInt8], _ file: SourceFile, _ sink: inout RecordSink) throws(LoadError) {
            var line = 0, start = 0, records = 0
            while start < bytes.count {
                try checkCancelled(file.path)
                let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
                line += 1
                let slice = bytes[start..<end]
                start = end + 1
                guard slice.contains(where: { !CharacterClass.isSpace($0) }) else { continue }
                records += 1
                switch JSONRecords.object(slice) {
                case let .success(object):
                    sink.add(JSONRecords.fields(object), line: line, end: end, into: &builder, tracker: &tracker)
                case .failure(.notJSON):
                    builder.warn(LoadWarning(file: file.path, line: line, "not JSON; line skipped"))
                case .failure(.notAnObject):
                    builder.warn(LoadWarning(file: file.path, line: line, "not a JSON object; line skipped"))
                }
            }
            if records == 0 { builder.warn(LoadWarning(file: file.path, "no articles in this JSONL file")) }
        }
    }
}

/// Turns the records of one CSV, TSV, JSON or JSONL file into documents through the field mapping,
/// and remembers what to say about the file once it is read.
struct RecordSink {
    let path: String
    let stem: String
    let mapping: FieldMapping
    /// Bytes on disk per byte of (decompressed) text, for progress.
    let scale: Double
    /// Records that became documents.
    private(set) var records = 0
    /// Bytes on disk reported to the progress tracker so far.
    private(set) var reported = 0
    /// Which key filled which field, over the whole file.
    private var used: [(field: String, key: String)] = []
    /// Lines of records without text after the first (which is warned about at once).
    private var withoutText: [Int] = []
    private var warnedWithoutText = false

    init(path: String, stem: String, mapping: FieldMapping, scale: Double) {
        self.path = path
        self.stem = stem
        self.mapping = mapping
        self.scale = scale
    }

    /// Why a table with these columns has no text, or nil when one of them is the text.
    func missingTextColumn(_ columns: [String]) -> String? {
        let lower = Set(columns.map { $0.lowercased() })
        guard !mapping.keys(for: "text").contains(where: { lower.contains($0.lowercased()) }) else { return nil }
        if let chosen = mapping.chosen["text"] { return "no column '\(chosen)' (--field text=\(chosen)); file skipped" }
        return "no text column (looked for \(mapping.keys(for: "text").joined(separator: ", ")); the columns are "
            + columns.joined(separator: ", ") + "); file skipped — --field text=NAME reads another"
    }

    /// Adds a record as a document (or warns that it has no text). `end` is the byte after it.
    mutating func add(_ fields: [FieldMapping.Field], line: Int, end: Int, into builder: inout CorpusBuilder, tracker: inout ProgressTracker) {
        let onDisk = Int(Double(end) * scale)
        tracker.advance(files: 0, bytes: onDisk - reported)
        reported = onDisk
        let mapped = mapping.map(fields)
        guard let text = mapped.text else {
            if warnedWithoutText { withoutText.append(line); return }
            warnedWithoutText = true
            let message: String
            if let chosen = mapping.chosen["text"] {
                message = "no text in field '\(chosen)' (--field text=\(chosen)); article skipped"
            } else {
                message = "no text field (looked for \(mapping.keys(for: "text").joined(separator: ", ")); it has "
                    + (fields.isEmpty ? "no fields" : fields.map(\.key).joined(separator: ", ")) + "); article skipped — --field text=NAME reads another"
            }
            builder.warn(LoadWarning(file: path, line: line, message))
            return
        }
        for u in mapped.used where !used.contains(where: { $0 == u }) { used.append(u) }
        builder.add(id: mapped.id ?? "\(stem):\(line)", origin: path, line: line, bytes: Array(text.utf8), metadata: mapped.metadata)
        records += 1
    }

    /// Says what is left to say about the file: more records without text, and which field filled
    /// what (once per load: `notes` holds what was said).
    func finish(into builder: inout CorpusBuilder, notes: inout Set<String>) {
        if let first = withoutText.first {
            builder.warn(LoadWarning(file: path, line: first,
                "\(withoutText.count) more article\(withoutText.count == 1 ? "" : "s") without text skipped, from this line on"))
        }
        let order = FieldMapping.names.map(\.field)
        let sorted = used.sorted { order.firstIndex(of: $0.field)! < order.firstIndex(of: $1.field)! }
        if let note = FieldMapping.note(sorted), notes.insert(note).inserted {
            builder.warn(LoadWarning(.note, file: path, note))
        }
    }
}

/// Throttles progress reports to one every 0.2 s, and gives a last one when the files are read.
struct ProgressTracker {
    let started: Date
    let report: (@Sendable (CorpusLoader.Progress) -> Void)?
    var totalBytes = 0
    var files = 0
    var bytes = 0
    private var lastReport = 0.0
    private var calls = 0

    init(started: Date, report: (@Sendable (CorpusLoader.Progress) -> Void)?) {
        self.started = started
        self.report = report
    }

    mutating func advance(files f: Int, bytes b: Int) {
        files += f
        bytes += b
        calls += 1
        guard let report, calls % 32 == 0 else { return }
        let now = Date().timeIntervalSince(started)
        if now - lastReport >= 0.2 {
            lastReport = now
            report(CorpusLoader.Progress(files: files, bytes: bytes, totalBytes: totalBytes, seconds: now))
        }
    }

    /// Reports the final count.
    func finish() {
        report?(CorpusLoader.Progress(files: files, bytes: bytes, totalBytes: totalBytes, seconds: Date().timeIntervalSince(started)))
    }
}
