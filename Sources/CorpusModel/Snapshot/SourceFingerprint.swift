import Dispatch

/// The source files of a corpus as a snapshot records them: each file's path, size and modification
/// time (compared on every open) and a hash of its content (compared on request, `crq index --verify`).
struct SourceFingerprint: Sendable, Equatable {
    var files: [FileStamp]
    /// Per file, `SnapshotChecksum` of its bytes (empty until computed).
    var contentHashes: [UInt64] = []

    /// The files of the corpus at `path` (a folder, or a single file named by its file name); nil if
    /// it cannot be listed.
    static func of(_ path: String) -> SourceFingerprint? {
        if let file = SourceFiles.file(path) {
            return SourceFingerprint(files: [FileStamp(path: PathName.fileName(path), size: file.size, modified: file.modified)])
        }
        guard let found = SourceFiles.folder(path) else { return nil }
        return SourceFingerprint(files: (found.files + found.sidecars).sorted { $0.path < $1.path })
    }

    /// The same with the content hashes of the files: those in `known` (by path as the loader reads
    /// it), the others read on both cores; a file that cannot be read hashes as 0.
    func hashingContents(root: String, isFolder: Bool, known: [String: UInt64] = [:]) -> SourceFingerprint {
        nonisolated(unsafe) let hashes = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: files.count)
        defer { hashes.deallocate() }
        let paths = files.map { isFolder ? PathName.join(root, $0.path) : root }
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            hashes[i] = known[paths[i]] ?? FileBytes.read(paths[i]).map(Self.contentHash) ?? 0
        }
        var out = self
        out.contentHashes = Array(hashes)
        return out
    }

    static func contentHash(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBytes { SnapshotChecksum.of($0).hash } }

    /// What differs from `other` (the fingerprint recorded in a snapshot), in a few words; nil if nothing.
    func difference(from recorded: SourceFingerprint) -> String? {
        if files == recorded.files {
            guard !contentHashes.isEmpty, !recorded.contentHashes.isEmpty, contentHashes != recorded.contentHashes else { return nil }
            let i = zip(contentHashes, recorded.contentHashes).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? 0
            return "\(files[i].path) has other content"
        }
        let mine = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        let theirs = Dictionary(recorded.files.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        let changed = files.filter { theirs[$0.path] != nil && theirs[$0.path] != $0 }.map(\.path)
        let added = files.filter { theirs[$0.path] == nil }.map(\.path)
        let removed = recorded.files.filter { mine[$0.path] == nil }.map(\.path)
        if added.count + removed.count > files.count / 2 + 1, changed.isEmpty, !recorded.files.isEmpty {
            return "it is of other files"
        }
        var parts: [String] = []
        for (label, list) in [("changed", changed), ("added", added), ("removed", removed)] where !list.isEmpty {
            parts.append(list.count == 1 ? "\(list[0]) \(label)" : "\(list.count) files \(label)")
        }
        return parts.joined(separator: ", ")
    }

    func encode(into e: inout SnapshotEncoder) {
        e.int(files.count)
        for (i, f) in files.enumerated() {
            e.string(f.path)
            e.int(f.size)
            e.int(Int(f.modified))
            e.int(Int(Int64(bitPattern: contentHashes.isEmpty ? 0 : contentHashes[i])))
        }
    }

    static func decode(_ d: inout SnapshotDecoder) throws(SnapshotProblem) -> SourceFingerprint {
        let n = try d.int(in: 0...100_000_000)
        var files: [FileStamp] = [], hashes: [UInt64] = []
        for _ in 0..<n {
            files.append(FileStamp(path: try d.string(), size: try d.int(), modified: Int64(try d.int())))
            hashes.append(UInt64(bitPattern: Int64(try d.int())))
        }
        return SourceFingerprint(files: files, contentHashes: hashes)
    }
}
