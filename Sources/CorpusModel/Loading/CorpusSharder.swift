import Foundation
import TextAnalysis

/// What a shard folder says about itself in its hidden `.crq-shard` file: which part of which corpus
/// it is, and the short ids its documents have in the whole corpus where they differ from the ones
/// the shard alone would give (so `id` and `doc` are the same in a shard as in the whole).
package struct ShardManifest: Codable, Sendable, Equatable {
    /// The file name in a shard folder (hidden: loading skips it).
    static let fileName = ".crq-shard"

    /// 0-based number of the shard, and how many there are.
    package var part: Int
    package var parts: Int
    /// The corpus it was cut from, as given to `crq shard`.
    package var corpus: String
    /// The corpus-order number of its first document, and how many it holds.
    package var firstDocument: Int
    package var documents: Int
    /// Document id → its short id in the whole corpus, where that differs from the shard's own.
    var shortIDs: [String: String]
    /// What names the whole corpus's outlets in its paths (`PathMetadata.Sources`), which a shard
    /// holding one folder's files could not tell; nil in manifests older than that rule.
    var pathSources: PathMetadata.Sources? = nil

    /// The manifest of the shard folder `root`, nil when it has none.
    static func read(folder root: String) throws(LoadError) -> ShardManifest? {
        let path = PathName.join(root, fileName)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let bytes = FileBytes.read(path) else { throw LoadError(path: path, "cannot read this shard manifest") }
        do {
            return try JSONDecoder().decode(ShardManifest.self, from: Data(bytes))
        } catch {
            throw LoadError(path: path, "damaged shard manifest", hint: "cut the corpus again with crq shard")
        }
    }
}

/// Cuts a folder corpus into shards: contiguous runs of its documents in corpus order, balanced by
/// bytes, each a folder crq opens on its own with the same files, metadata and ids.
package enum CorpusSharder {
    /// One shard written.
    package struct Shard: Sendable, Equatable {
        package let path: String
        package let documents: Int
        package let bytes: Int
    }

    /// Writes `parts` shards of the folder corpus `root` into the new folder `out`
    /// (`out/part-00000` …), atomically: `out` appears whole or not at all.
    package static func shard(_ root: String, parts: Int, into out: String) throws(LoadError) -> [Shard] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDir) else {
            throw LoadError(path: root, "no such file or folder")
        }
        guard isDir.boolValue else {
            throw LoadError(path: root, "crq shard cuts folders of text files; this is one file",
                            hint: "split a .jsonl or .csv file into several files in a folder first")
        }
        guard let listed = SourceFiles.folder(root) else { throw LoadError(path: root, "cannot read this folder") }
        let files = listed.files.compactMap { f in
            CorpusLoader.SourceFile(path: PathName.join(root, f.path), relativePath: f.path, single: false).map { (stamp: f, source: $0) }
        }.sorted { $0.source.relativePath < $1.source.relativePath }
        if let records = files.first(where: { $0.source.format != .text }) {
            throw LoadError(path: records.source.path, "crq shard cuts folders of text files (.txt, .md); this file holds records",
                            hint: "split record files into one text file per document, with a metadata.tsv")
        }
        guard !files.isEmpty else { throw LoadError(path: root, "no documents in this folder") }
        guard parts >= 1 && parts <= files.count else {
            throw LoadError(path: root, "cannot cut \(files.count) document\(files.count == 1 ? "" : "s") into \(parts) shards",
                            hint: "--parts takes 1 to \(files.count)")
        }
        if FileManager.default.fileExists(atPath: out) {
            throw LoadError(path: out, "already exists", hint: "give crq shard a new folder to write")
        }
        let ids = files.map { PathName.stem($0.source.relativePath) }
        let global = ShortIDs.assign(ids)
        let cuts = balancedCuts(files.map(\.stamp.size), parts: parts)
        let pathSources = PathMetadata.Sources(files.map(\.source.relativePath))
        var sidecarWarnings: [LoadWarning] = []
        let sidecar = listed.sidecars.first { $0.path == MetadataSidecar.fileNames[0] } ?? listed.sidecars.first
        let metadata = try sidecar.map { (s: FileStamp) throws(LoadError) -> SidecarRows in
            try SidecarRows(path: PathName.join(root, s.path), files: files.map(\.source.relativePath), warnings: &sidecarWarnings)
        }
        let temp = out + ".crq-\(getpid()).tmp"
        try? FileManager.default.removeItem(atPath: temp)
        var shards: [Shard] = []
        do {
            for k in 0..<parts {
                let range = cuts[k]..<cuts[k + 1]
                let folder = PathName.join(temp, String(format: "part-%05d", k))
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                for i in range {
                    let target = PathName.join(folder, files[i].stamp.path)
                    let parent = (target as NSString).deletingLastPathComponent
                    try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
                    try FileManager.default.copyItem(atPath: files[i].source.path, toPath: target)
                }
                if let metadata, let sidecar {
                    try Data(metadata.bytes(for: range)).write(to: URL(fileURLWithPath: PathName.join(folder, sidecar.path)))
                }
                let local = ShortIDs.assign(Array(ids[range]))
                var differing: [String: String] = [:]
                for (i, own) in zip(range, local) where global[i] != own { differing[ids[i]] = global[i] }
                let manifest = ShardManifest(part: k, parts: parts, corpus: root, firstDocument: range.lowerBound,
                                             documents: range.count, shortIDs: differing,
                                             pathSources: pathSources)
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys]
                try encoder.encode(manifest).write(to: URL(fileURLWithPath: PathName.join(folder, ShardManifest.fileName)))
                shards.append(Shard(path: PathName.join(out, String(format: "part-%05d", k)), documents: range.count,
                                    bytes: range.reduce(0) { $0 + files[$1].stamp.size }))
            }
            try FileManager.default.moveItem(atPath: temp, toPath: out)
        } catch {
            try? FileManager.default.removeItem(atPath: temp)
            throw LoadError(path: out, "cannot write the shards: \(error.localizedDescription)")
        }
        return shards
    }

    /// Where each of `parts` contiguous runs of `sizes` starts (and, last, the end): every run holds at
    /// least one item and ends at the item boundary nearest its share of the bytes.
    static func balancedCuts(_ sizes: [Int], parts: Int) -> [Int] {
        var prefix = [0]
        for s in sizes { prefix.append(prefix.last! + s) }
        let total = prefix.last!
        var cuts = [0]
        for k in 1..<parts {
            let target = Double(total) * Double(k) / Double(parts)
            let lowest = cuts.last! + 1, highest = sizes.count - (parts - k)
            var best = lowest
            for i in lowest...highest where abs(Double(prefix[i]) - target) < abs(Double(prefix[best]) - target) { best = i }
            cuts.append(best)
        }
        cuts.append(sizes.count)
        return cuts
    }

    /// A metadata sidecar cut by file: its header, and each row's bytes under the file it names.
    struct SidecarRows {
        let header: [UInt8]
        /// Per file (by its index), the bytes of the rows that name it.
        var rows: [Int: [UInt8]] = [:]

        init(path: String, files: [String], warnings: inout [LoadWarning]) throws(LoadError) {
            guard let raw = FileBytes.read(path) else { throw LoadError(path: path, "cannot read the metadata file") }
            let bytes = TextCleaner.clean(raw, file: path, warnings: &warnings)
            // A row names a file by relative path, file name, or name without extension (as loading reads it).
            var byKey: [String: Int] = [:]
            for (i, f) in files.enumerated() {
                for key in [f, PathName.fileName(f), PathName.stem(f)] where byKey[key] == nil { byKey[key] = i }
            }
            let isCSV = PathName.fileExtension(path) == "csv"
            var header: [UInt8] = [], keyColumn: Int?, start = 0
            var rows: [Int: [UInt8]] = [:]
            DelimitedText.read(bytes, delimiter: UInt8(ascii: isCSV ? "," : "\t"), quoting: isCSV) { item in
                guard case let .record(record, end) = item else { return true }
                defer { start = end }
                let slice = Array(bytes[start..<end]) + (end < bytes.count || bytes.last == 0x0A ? [] : [0x0A])
                guard let k = keyColumn else {
                    header = slice
                    keyColumn = record.fields.map { $0.trimmingBlanks().lowercased() }.firstIndex { MetadataSidecar.keyColumns.contains($0) }
                    return keyColumn != nil
                }
                if k < record.fields.count, let file = byKey[record.fields[k].trimmingBlanks()] { rows[file, default: []] += slice }
                return true
            }
            guard keyColumn != nil else {
                throw LoadError(path: path, "no key column (one of \(MetadataSidecar.keyColumns.joined(separator: ", ")))")
            }
            self.header = header
            self.rows = rows
        }

        /// The sidecar of the files in `range`: the header and their rows.
        func bytes(for range: Range<Int>) -> [UInt8] { range.reduce(header) { $0 + (rows[$1] ?? []) } }
    }
}
