#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import Foundation

/// The file beside a corpus snapshot that keeps what a higher layer derived from the corpus (its
/// annotations), so that later processes read it rather than derive it again. Its layout (integers
/// little-endian):
///
///     0   magic "crq-anno"                          8 bytes
///     8   format version                            UInt32 (`SnapshotCompanion.version`)
///     12  byte-order mark                           UInt32 0x0A0B0C0D as written
///     16  file length                               UInt64
///     24  the snapshot's own header checksum        UInt64 (it belongs to that snapshot only)
///     32  the build of crq that wrote it            UInt64 (extraction rules change between builds)
///     40  checksum of the payload                   UInt64
///     48  checksum of bytes 0..<48                  UInt64
///     56  payload, as the higher layer encodes it
///
/// It is written atomically and never changes the snapshot. One that is truncated, damaged or foreign
/// is said in one line and deleted; one of another snapshot is out of date; either way the caller
/// derives the data again and writes a new one.
///
/// Each build of crq keeps its own (extraction differs between builds), so two builds used side by
/// side do not undo each other's: the file of the build that wrote it and of the `buildsKept - 1`
/// others read or written most recently stay, older ones are deleted when one is written, and all
/// go when the snapshot is rebuilt.
package struct SnapshotCompanion: Sendable {
    static let magic = Array("crq-anno".utf8)
    /// Raised whenever the payload changes its layout (2: a joint speaker's members, with a quotation's extras; 3: the kind `document`).
    static let version: UInt32 = 3
    static let headerSize = 56
    /// How many builds' files one snapshot keeps at most.
    static let buildsKept = 3

    /// Where it is: the snapshot's path with `-annotations-BUILD` added (a hidden file, as the snapshot is).
    package let path: String
    /// Where the snapshot is.
    let snapshotPath: String
    /// The snapshot's header checksum, and the build of crq now.
    let snapshot: UInt64, build: UInt64
    let notice: @Sendable (SnapshotStore.Notice) -> Void

    /// The companion of the snapshot at `snapshotPath`, whose header checksum is `checksum`, for `build`.
    init(snapshot snapshotPath: String, checksum: UInt64, build: UInt64, notice: @escaping @Sendable (SnapshotStore.Notice) -> Void) {
        (self.snapshotPath, path) = (snapshotPath, Self.path(ofSnapshot: snapshotPath, build: build))
        snapshot = checksum
        self.build = build
        self.notice = notice
    }

    static func path(ofSnapshot snapshot: String, build: UInt64) -> String {
        let hex = String(build, radix: 16)
        return snapshot + "-annotations-" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The kept annotations of the snapshot at `snapshot`, of every build (also the one file of
    /// builds before there was one per build), with their modification times in nanoseconds.
    static func all(ofSnapshot snapshot: String) -> [(path: String, modified: Int)] {
        let folder = URL(fileURLWithPath: snapshot).deletingLastPathComponent().path
        let base = PathName.fileName(snapshot) + "-annotations"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { name in
            guard name.hasPrefix(base) else { return false }
            let rest = name.dropFirst(base.count)
            return rest.isEmpty || (rest.count == 17 && rest.hasPrefix("-") && UInt64(rest.dropFirst(), radix: 16) != nil)
        }.map { name in
            let path = PathName.join(folder, name)
            var info = stat()
            return (path, stat(path, &info) == 0 ? info.st_mtim.tv_sec * 1_000_000_000 + info.st_mtim.tv_nsec : 0)
        }
    }

    /// Deletes the kept annotations of every build of the snapshot at `snapshot` (it is being replaced).
    static func removeAll(ofSnapshot snapshot: String) {
        for file in all(ofSnapshot: snapshot) { unlink(file.path) }
    }

    /// This build of crq: its version and the size and modification time of the running executable.
    static func build(crqVersion: String) -> UInt64 {
        var info = stat()
        var words = Array(crqVersion.utf8)
        if let exe = Bundle.main.executablePath, stat(exe, &info) == 0 {
            for v in [Int(info.st_size), info.st_mtim.tv_sec, info.st_mtim.tv_nsec] { withUnsafeBytes(of: v) { words.append(contentsOf: $0) } }
        }
        return words.withUnsafeBytes { SnapshotChecksum.hash($0, seed: 0xA770) }
    }

    /// The value `decode` makes of the payload; nil when there is no companion or it cannot be used
    /// (said in one line, and a damaged one deleted). `decode` throws what it finds wrong.
    package func read<T>(_ decode: (UnsafeRawBufferPointer) throws(SnapshotProblem) -> T) -> T? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        do {
            let file = try MappedFile(path: path)
            let value = try decode(try payload(file))
            utimes(path, nil)   // used now: the builds' files least recently used are the ones deleted
            return value
        } catch {
            unlink(path)
            notice(SnapshotStore.Notice(description: "\(path): \(error); rebuilding it", isStale: error.isExpected))
            return nil
        }
    }

    /// The payload of `file`, once the header, length, owner and checksums are found right (the pages
    /// checksummed are let go, so only those the decoder reads come back into memory).
    func payload(_ file: MappedFile) throws(SnapshotProblem) -> UnsafeRawBufferPointer {
        let bytes = file.bytes
        guard bytes.count >= 8, Array(bytes[0..<8]) == Self.magic else { throw .foreign }
        guard bytes.count >= Self.headerSize else { throw .truncated }
        func u32(_ at: Int) -> UInt32 { UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt32.self)) }
        func u64(_ at: Int) -> UInt64 { UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self)) }
        guard SnapshotChecksum.hash(UnsafeRawBufferPointer(rebasing: bytes[0..<48]), seed: 0xA770) == u64(48) else {
            throw u64(16) > UInt64(bytes.count) ? .truncated : .corrupt("its header fails its checksum")
        }
        guard u32(8) == Self.version else {
            throw .otherVersion("another version of crq (annotations format \(u32(8)); this crq reads format \(Self.version))")
        }
        guard u32(12) == SnapshotFormat.byteOrderMark else { throw .foreign }
        guard u64(16) <= UInt64(bytes.count) else { throw .truncated }
        guard u64(16) == UInt64(bytes.count) else { throw .corrupt("it is longer than it says") }
        guard u64(24) == snapshot else { throw .stale("its snapshot was rebuilt") }
        guard u64(32) == build else { throw .otherVersion("another build of crq") }
        let payload = UnsafeRawBufferPointer(rebasing: bytes[Self.headerSize...])
        let hash = SnapshotChecksum.of(payload) { file.release(($0.lowerBound + Self.headerSize)..<($0.upperBound + Self.headerSize)) }.hash
        guard hash == u64(40) else { throw .corrupt("its annotations fail their checksum") }
        return payload
    }

    /// Writes `payload` as the companion (atomically); says in one line why it could not.
    package func write(_ payload: [UInt8], isCancelled: @escaping () -> Bool = { false }) {
        // The header and the payload are written one after the other: joined, they would be a second copy of the payload.
        let header = Self.header(payload: payload, snapshot: snapshot, build: build)
        do {
            try AtomicFile.write(to: URL(fileURLWithPath: path), durable: false) { fd in
                if isCancelled() { return ECANCELED }
                let failed = header.withUnsafeBytes { writeAll(fd, $0) }
                return failed != 0 ? failed : payload.withUnsafeBytes { writeAll(fd, $0) }
            }
        } catch {
            if error.code != ECANCELED { notice(SnapshotStore.Notice(description: "\(path): cannot write the annotations: \(error.localizedDescription)", isStale: false)) }
            return
        }
        let others = Self.all(ofSnapshot: snapshotPath).filter { $0.path != path }.sorted { $0.modified > $1.modified }
        for old in others.dropFirst(Self.buildsKept - 1) { unlink(old.path) }
    }

    static func header(payload: [UInt8], snapshot: UInt64, build: UInt64) -> [UInt8] {
        var out = magic
        func put<T: FixedWidthInteger>(_ v: T) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        put(version); put(SnapshotFormat.byteOrderMark); put(UInt64(headerSize + payload.count)); put(snapshot); put(build)
        put(payload.withUnsafeBytes { SnapshotChecksum.of($0).hash })
        put(out.withUnsafeBytes { SnapshotChecksum.hash($0, seed: 0xA770) })
        return out
    }
}

extension Corpus {
    /// Where the annotations of this corpus are kept, when it was opened through a snapshot.
    package var companion: SnapshotCompanion? { derived.value { nil as SnapshotCompanion? } }
}
