/// The layout of a snapshot file (all integers little-endian):
///
///     0   magic "crq-snap"            8 bytes
///     8   format version              UInt32   (`SnapshotFormat.version`)
///     12  byte-order mark             UInt32   0x0A0B0C0D as written
///     16  number of sections          UInt32
///     20  reserved                    UInt32   0
///     24  file length                 UInt64   (a truncated file is caught before anything is read)
///     32  checksum of bytes 0..<32 and of the section table   UInt64
///     40  section table: per section  id UInt32, element size UInt32, offset UInt64,
///                                     length in bytes UInt64, checksum UInt64
///
/// Sections start on page boundaries, so the arrays are mapped in place. The `info` section names the
/// crq version and the source files (path, size, modification time, content hash) the snapshot was
/// built from; `documents`, `warnings` and `info` are encoded with `SnapshotEncoder`, the others are
/// arrays of fixed-size elements.
///
/// Change `version` whenever what is stored or how the text is segmented and tokenised changes:
/// older snapshots are then rebuilt.
enum SnapshotFormat {
    static let magic = Array("crq-snap".utf8)
    static let version: UInt32 = 5
    static let byteOrderMark: UInt32 = 0x0A0B_0C0D
    static let headerSize = 40
    static let entrySize = 32
    static let alignment = 4096

    enum Section: UInt32, CaseIterable {
        case info = 1, documents, warnings, text, paragraphs, sentences, sentenceStarts, tokens, postingStarts, postings,
             termArena, termOffsets, foldedTerms

        /// The size of one element (1 for the encoded sections).
        var elementSize: Int {
            switch self {
            case .info, .documents, .warnings, .text, .termArena: return 1
            case .paragraphs: return MemoryLayout<ParagraphSpan>.stride
            case .sentences: return MemoryLayout<SentenceSpan>.stride
            case .sentenceStarts, .tokens, .postingStarts, .postings, .termOffsets, .foldedTerms: return 4
            }
        }

        /// Whether the section holds indices the reader bounds (their largest value is found while checksumming).
        var holdsIndices: Bool { self == .tokens || self == .postings }
    }

    /// One row of the section table.
    struct Entry {
        var section: UInt32, elementSize: UInt32, offset: UInt64, length: UInt64, checksum: UInt64
    }

    /// The header and section table as bytes, with the table's checksum filled in.
    /// The header checksum of a snapshot's bytes (at 32: it covers the header and the section table).
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: 32, as: UInt64.self))
    }

    static func header(_ entries: [Entry], fileLength: Int) -> [UInt8] {
        var out: [UInt8] = magic
        func put<T: FixedWidthInteger>(_ v: T) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        put(version); put(byteOrderMark); put(UInt32(entries.count)); put(UInt32(0)); put(UInt64(fileLength))
        var table: [UInt8] = []
        for e in entries {
            for v in [UInt64(e.section) | UInt64(e.elementSize) << 32, e.offset, e.length, e.checksum] {
                withUnsafeBytes(of: v.littleEndian) { table.append(contentsOf: $0) }
            }
        }
        put(tableChecksum(prefix: out, table: table))
        return out + table
    }

    static func tableChecksum(prefix: [UInt8], table: [UInt8]) -> UInt64 {
        (prefix + table).withUnsafeBytes { SnapshotChecksum.hash($0, seed: 0x5EC7) }
    }
}

/// Why a snapshot cannot be used. Each is said in one line and the snapshot is rebuilt.
package enum SnapshotProblem: Error, Equatable, CustomStringConvertible {
    /// Not a crq snapshot at all.
    case foreign
    /// Written by another format version or crq version.
    case otherVersion(String)
    /// Shorter than it says it is.
    case truncated
    /// A checksum or a consistency check failed.
    case corrupt(String)
    /// The source files changed since (or are not those it was built from).
    case stale(String)
    /// The file could not be opened or mapped.
    case unreadable(String)

    /// Whether the snapshot is merely out of date (expected when files or crq change), not damaged.
    var isExpected: Bool {
        switch self {
        case .stale, .otherVersion: return true
        default: return false
        }
    }

    package var description: String {
        switch self {
        case .foreign: return "not a crq snapshot"
        case let .otherVersion(why): return "snapshot made by \(why)"
        case .truncated: return "snapshot truncated"
        case let .corrupt(why): return "snapshot corrupt (\(why))"
        case let .stale(why): return "snapshot out of date (\(why))"
        case let .unreadable(why): return "snapshot cannot be read (\(why))"
        }
    }
}
