import Foundation
import Synchronization

/// Opens corpora through snapshots: a current snapshot is mapped in at once; otherwise the sources
/// are loaded and a snapshot is written for next time.
///
/// A snapshot lives beside its corpus (`FOLDER/.crq-snapshot`, or `.FILE.crq-snapshot` beside a
/// file), or in the cache folder (`$XDG_CACHE_HOME/crq`, else `~/.cache/crq`) when that folder is
/// read-only or `placement` is `.cache`.
package struct SnapshotStore: Sendable {
    package enum Placement: Sendable { case beside, cache }

    /// Something said about a snapshot in one line: why it was not used, or that it could not be written.
    package struct Notice: Sendable, CustomStringConvertible {
        package let description: String
        /// The snapshot was only out of date (the sources changed): expected, so worth saying only on a terminal.
        package let isStale: Bool
    }

    /// The result of `index`.
    package struct Built: Sendable {
        package let corpus: Corpus
        package let path: String
        /// Whether the snapshot was written now (false: it was current).
        package let written: Bool
    }

    let crqVersion: String
    /// This build of crq (`SnapshotCompanion.build`): each keeps its own annotations beside the snapshot.
    package var build: UInt64
    let cacheFolder: String
    var placement: Placement
    /// Also compare the content of every source file with the hashes the snapshot recorded.
    package var verify = false
    package var notice: @Sendable (Notice) -> Void = { _ in }
    /// Called before a snapshot is written (for a progress line).
    package var onWrite: (@Sendable () -> Void)?

    package init(crqVersion: String, placement: Placement = .beside,
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.crqVersion = crqVersion
        self.build = SnapshotCompanion.build(crqVersion: crqVersion)
        self.placement = placement
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            cacheFolder = PathName.join(xdg, "crq")
        } else {
            cacheFolder = PathName.join(environment["HOME"] ?? NSHomeDirectory(), ".cache/crq")
        }
    }

    /// The corpus at `path`, from its snapshot if that is current, else loaded by `loader` (and a snapshot written).
    package func open(_ path: String, loader: CorpusLoader) throws(LoadError) -> Corpus {
        try index(path, loader: loader).corpus
    }

    /// Opens the corpus at `path` and makes sure its snapshot is current; says where it is.
    package func index(_ path: String, loader: CorpusLoader) throws(LoadError) -> Built {
        let name = CorpusLoader.displayName(path)
        guard var sources = SourceFingerprint.of(path) else {
            let corpus = try loader.load(path, name: name)   // says why it cannot be read
            return Built(corpus: corpus, path: "", written: false)
        }
        let isFolder = SourceFiles.file(path) == nil
        if verify { sources = sources.hashingContents(root: path, isFolder: isFolder) }
        let settings = loader.fieldMapping.chosen.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
        let reader = SnapshotReader(crqVersion: crqVersion, sources: sources, root: path, name: name, settings: settings)
        let places = locations(path)
        for place in places where FileManager.default.fileExists(atPath: place) {
            do {
                let file = try MappedFile(path: place)
                return Built(corpus: keepingAnnotations(try reader.read(file), place, SnapshotFormat.checksum(file.bytes)),
                             path: place, written: false)
            } catch {
                if !error.isExpected { unlink(place) }
                notice(Notice(description: "\(place): \(error); rebuilding it", isStale: error.isExpected))
            }
        }
        // The files' content hashes are taken from the bytes as the loader reads them.
        let hashes = ContentHashes()
        var hashing = loader
        hashing.onRead = { file, bytes in hashes.record(file, bytes) }
        let corpus = try hashing.load(path, name: name)
        let target = places[0]
        if target.hasPrefix(cacheFolder) { try? FileManager.default.createDirectory(atPath: cacheFolder, withIntermediateDirectories: true) }
        onWrite?()
        SnapshotCompanion.removeAll(ofSnapshot: target)   // the annotations of the snapshot replaced
        let writer = SnapshotWriter(crqVersion: crqVersion, root: path,
                                    fingerprint: sources.contentHashes.isEmpty
                                        ? sources.hashingContents(root: path, isFolder: isFolder, known: hashes.byPath) : sources,
                                    settings: settings,
                                    isCancelled: loader.isCancelled ?? { false })
        do {
            let checksum = try writer.write(corpus, to: URL(fileURLWithPath: target))
            return Built(corpus: keepingAnnotations(corpus, target, checksum), path: target, written: true)
        } catch {
            notice(Notice(description: "\(target): cannot write the snapshot: \(error)", isStale: false))
            return Built(corpus: corpus, path: "", written: false)
        }
    }

    /// `corpus`, told where its annotations are kept beside its snapshot at `path`, whose header
    /// checksum is `checksum` (taken from the bytes read or written, not from the path again, which
    /// another process may have replaced since).
    private func keepingAnnotations(_ corpus: Corpus, _ path: String, _ checksum: UInt64) -> Corpus {
        let companion = SnapshotCompanion(snapshot: path, checksum: checksum, build: build, notice: notice)
        _ = corpus.derived.value { companion }
        return corpus
    }

    /// Where the snapshot of `path` is written (first) and looked for: beside the corpus when its
    /// folder is writable (and `placement` allows), and in the cache folder.
    func locations(_ path: String) -> [String] {
        let isFolder = SourceFiles.file(path) == nil
        let folder = isFolder ? path : Self.parent(path)
        let beside = isFolder ? PathName.join(path, ".crq-snapshot") : PathName.join(folder, ".\(PathName.fileName(path)).crq-snapshot")
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        let key = Array(absolute.utf8).withUnsafeBytes { SnapshotChecksum.hash($0, seed: 0) }
        let name = CorpusLoader.displayName(path).map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "_" }
        let cached = PathName.join(cacheFolder, "\(String(name))-\(String(key, radix: 16)).crq-snapshot")
        return placement == .beside && access(folder, W_OK) == 0 ? [beside, cached] : [cached, beside]
    }

    private static func parent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}

/// Content hashes of the files a load reads, by path.
private final class ContentHashes: Sendable {
    private let hashes = Mutex<[String: UInt64]>([:])
    /// Called from every loading thread at once: the hash is taken outside the lock.
    func record(_ path: String, _ bytes: [UInt8]) {
        let hash = SourceFingerprint.contentHash(bytes)
        hashes.withLock { $0[path] = hash }
    }
    var byPath: [String: UInt64] { hashes.withLock { $0 } }
}
