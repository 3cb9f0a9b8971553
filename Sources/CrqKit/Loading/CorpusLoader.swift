import Foundation

/// Loads a corpus from a path: a folder (recursively, `.txt` and `.md` files, with an optional
/// metadata sidecar), a JSONL file (one article per line), or a single text file.
public struct CorpusLoader {
    /// How far a load has got, for a progress line.
    public struct Progress: Sendable {
        public var files: Int
        public var bytes: Int
        public var seconds: Double
    }

    /// File extensions read as articles in a folder.
    public static let textExtensions: Set<String> = ["txt", "md"]
    /// File extensions read as JSONL.
    public static let jsonlExtensions: Set<String> = ["jsonl", "ndjson"]

    /// Called now and then during a load (at most every 0.2 s).
    public var onProgress: (@Sendable (Progress) -> Void)?
    /// Checked between files; when it returns true the load stops with an error.
    public var isCancelled: (@Sendable () -> Bool)?
    /// Called with the path and bytes of each article or JSONL file read (a snapshot hashes them).
    var onRead: ((String, [UInt8]) -> Void)?

    public init(onProgress: (@Sendable (Progress) -> Void)? = nil, isCancelled: (@Sendable () -> Bool)? = nil) {
        self.onProgress = onProgress
        self.isCancelled = isCancelled
    }

    /// Loads the corpus at `path`. Throws when nothing at all can be loaded; otherwise problems are
    /// the corpus's warnings.
    public func load(_ path: String, name: String? = nil) throws(LoadError) -> Corpus {
        let started = Date()
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw LoadError(path: path, "no such file or folder", hint: "give a folder of .txt/.md files or a .jsonl file")
        }
        var builder = CorpusBuilder()
        var tracker = ProgressTracker(started: started, report: onProgress)
        if isDir.boolValue {
            try loadFolder(path, into: &builder, tracker: &tracker)
        } else {
            let ext = PathName.fileExtension(path)
            if Self.jsonlExtensions.contains(ext) {
                let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
                builder.reserve(bytes: size)
                try loadJSONL(path, into: &builder, tracker: &tracker)
            } else if Self.textExtensions.contains(ext) || ext.isEmpty {
                try addFile(path, relativePath: PathName.fileName(path), metadata: nil, into: &builder, tracker: &tracker)
            } else {
                throw LoadError(path: path, "cannot load a .\(ext) file",
                                hint: "crq reads folders of .txt/.md files and .jsonl files (one article per line)")
            }
        }
        guard builder.documentCount > 0 else {
            let why = builder.warnings.map(\.description).joined(separator: "\n  ")
            throw LoadError(path: path, isDir.boolValue ? "no .txt, .md or .jsonl documents in this folder" : "no documents could be read",
                            hint: why.isEmpty ? nil : why)
        }
        let corpusName = name ?? Self.displayName(path)
        return builder.build(name: corpusName, seconds: Date().timeIntervalSince(started))
    }

    /// A short name for the prompt: the folder or file name.
    public static func displayName(_ path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let last = url.lastPathComponent
        return last.isEmpty || last == "/" ? path : (last as NSString).deletingPathExtension
    }

    private func loadFolder(_ root: String, into builder: inout CorpusBuilder, tracker: inout ProgressTracker) throws(LoadError) {
        guard let found = SourceFiles.folder(root) else { throw LoadError(path: root, "cannot read this folder") }
        let files = found.texts.map(\.path), jsonl = found.jsonl.map(\.path)
        builder.reserve(bytes: (found.texts + found.jsonl).reduce(0) { $0 + $1.size })
        var warnings: [LoadWarning] = []
        var sidecar = MetadataSidecar.fileNames.first { name in found.sidecars.contains { $0.path == name } }
            .map { MetadataSidecar(path: PathName.join(root, $0), warnings: &warnings) }
        warnings.forEach { builder.warn($0) }
        for rel in files {
            if isCancelled?() == true { throw LoadError(path: root, "load cancelled") }
            let meta = sidecar?.take(relativePath: rel)
            try addFile(PathName.join(root, rel), relativePath: rel, metadata: meta,
                        into: &builder, tracker: &tracker)
        }
        for rel in jsonl { try loadJSONL(PathName.join(root, rel), into: &builder, tracker: &tracker) }
        sidecar?.unusedRowWarnings().forEach { builder.warn($0) }
    }

    private func addFile(_ path: String, relativePath: String, metadata: DocumentMetadata?,
                         into builder: inout CorpusBuilder, tracker: inout ProgressTracker) throws(LoadError) {
        guard let bytes = FileBytes.read(path) else {
            builder.warn(LoadWarning(file: path, "cannot read this file; skipped"))
            return
        }
        onRead?(path, bytes)
        let id = PathName.stem(relativePath)
        builder.add(id: id, origin: path, bytes: bytes, metadata: metadata ?? DocumentMetadata())
        tracker.advance(files: 1, bytes: bytes.count)
    }

    private func loadJSONL(_ path: String, into builder: inout CorpusBuilder, tracker: inout ProgressTracker) throws(LoadError) {
        guard let bytes = FileBytes.read(path) else {
            throw LoadError(path: path, "cannot read this file")
        }
        onRead?(path, bytes)
        let stem = PathName.stem(path)
        var lineNumber = 0
        var records = 0
        var failure: LoadError? = nil
        bytes.withUnsafeBufferPointer { p in
            var start = 0
            while start < p.count {
                if isCancelled?() == true { failure = LoadError(path: path, "load cancelled"); return }
                var end = start
                while end < p.count && p[end] != 0x0A { end += 1 }
                lineNumber += 1
                let line = UnsafeBufferPointer(rebasing: p[start..<end])
                if line.contains(where: { !ByteClass.isSpace($0) }) {
                    if addRecord(line, path: path, stem: stem, line: lineNumber, into: &builder) { records += 1 }
                    tracker.advance(files: 0, bytes: end - start + 1)
                }
                start = end + 1
            }
        }
        if let failure { throw failure }
        if records == 0 { builder.warn(LoadWarning(file: path, "no articles in this JSONL file")) }
    }

    /// Adds one JSONL record; returns whether it held an article.
    private func addRecord(_ line: UnsafeBufferPointer<UInt8>, path: String, stem: String, line n: Int,
                           into builder: inout CorpusBuilder) -> Bool {
        var fixups: [LoadWarning] = []
        let bytes = TextCleaner.clean(Array(line), file: path, line: n, warnings: &fixups)
        fixups.forEach { builder.warn($0) }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes), options: [])
        } catch {
            builder.warn(LoadWarning(file: path, line: n, "not JSON; line skipped"))
            return false
        }
        guard let record = object as? [String: Any] else {
            builder.warn(LoadWarning(file: path, line: n, "not a JSON object; line skipped"))
            return false
        }
        guard let text = record["text"] as? String else {
            builder.warn(LoadWarning(file: path, line: n,
                record["text"] == nil ? "no \"text\" field; line skipped" : "\"text\" is not a string; line skipped"))
            return false
        }
        var id = "\(stem):\(n)"
        if let s = record["id"] as? String, !s.isEmpty { id = s } else if let num = record["id"] as? NSNumber { id = num.stringValue }
        var meta = DocumentMetadata()
        for key in record.keys.sorted() where key != "text" && key != "id" {
            switch record[key] {
            case let s as String: if !s.isEmpty { meta.set(key, s) }
            case let num as NSNumber: meta.set(key, num.stringValue)
            case is NSNull, nil: break
            case let other?:
                if let d = try? JSONSerialization.data(withJSONObject: other, options: [.sortedKeys]) {
                    meta.set(key, String(decoding: d, as: UTF8.self))
                }
            }
        }
        builder.add(id: id, origin: path, line: n, bytes: Array(text.utf8), metadata: meta)
        return true
    }
}

/// Throttles progress reports to one every 0.2 s.
struct ProgressTracker {
    let started: Date
    let report: (@Sendable (CorpusLoader.Progress) -> Void)?
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
            report(CorpusLoader.Progress(files: files, bytes: bytes, seconds: now))
        }
    }
}
