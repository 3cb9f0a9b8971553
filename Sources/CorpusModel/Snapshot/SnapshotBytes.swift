import Dispatch

/// Checksums of snapshot sections: a 64-bit hash of 1 MiB chunks, computed on both cores, then of
/// the chunks' hashes in order (so the result does not depend on how the work is split). It detects
/// truncation and flipped bits; it is not a defence against someone forging a file.
enum SnapshotChecksum {
    static let chunk = 1 << 20

    /// The checksum of `bytes`, and the largest `UInt32` in them when `maxWord` (for arrays of
    /// indices, which the reader checks against what they index). `done(range)` is called with each
    /// chunk once it is hashed (the reader lets the pages go then).
    static func of(_ bytes: UnsafeRawBufferPointer, maxWord: Bool = false,
                   done: @Sendable (Range<Int>) -> Void = { _ in }) -> (hash: UInt64, maxWord: UInt32) {
        let chunks = (bytes.count + chunk - 1) / chunk
        if chunks <= 1 { return (hash(bytes, seed: UInt64(bytes.count)), maxWord ? largest(bytes) : 0) }
        nonisolated(unsafe) let hashes = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: chunks)
        nonisolated(unsafe) let maxima = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: chunks)
        defer { hashes.deallocate(); maxima.deallocate() }
        nonisolated(unsafe) let all = bytes
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let range = (c * chunk)..<min(all.count, (c + 1) * chunk)
            let part = UnsafeRawBufferPointer(rebasing: all[range])
            hashes[c] = hash(part, seed: UInt64(c))
            maxima[c] = maxWord ? largest(part) : 0
            done(range)
        }
        let combined = UnsafeRawBufferPointer(hashes)
        return (hash(combined, seed: UInt64(bytes.count)), maxima.max() ?? 0)
    }

    /// Four lanes of multiply-rotate over 8-byte words, then the tail, then a final mix.
    static func hash(_ p: UnsafeRawBufferPointer, seed: UInt64) -> UInt64 {
        let k1: UInt64 = 0x9E37_79B1_85EB_CA87, k2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
        var a = seed &+ k1, b = seed ^ k2, c = seed &* k1, d = ~seed
        @inline(__always) func round(_ h: UInt64, _ w: UInt64) -> UInt64 {
            let x = (h ^ w) &* k2
            return (x << 31 | x >> 33) &* k1
        }
        var i = 0
        let n = p.count
        while i + 32 <= n {
            a = round(a, p.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            b = round(b, p.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self))
            c = round(c, p.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self))
            d = round(d, p.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self))
            i += 32
        }
        var h = round(round(round(round(UInt64(n), a), b), c), d)
        while i < n {
            h = round(h, UInt64(p[i]))
            i += 1
        }
        h ^= h >> 29
        h &*= k1
        return h ^ h >> 32
    }

    private static func largest(_ p: UnsafeRawBufferPointer) -> UInt32 {
        let words = p.count / 4
        var m: UInt32 = 0
        for w in 0..<words { m = max(m, p.loadUnaligned(fromByteOffset: w * 4, as: UInt32.self)) }
        return m
    }
}

/// Writes the small sections of a snapshot (documents, warnings, sources) and the annotations kept
/// beside it: zig-zag LEB128 integers, UTF-8 strings with their length, doubles as their 8 bytes.
package struct SnapshotEncoder {
    package private(set) var bytes: [UInt8] = []

    package init() {}

    /// Makes room for `count` bytes at once: an array that grows by doubling holds its old and new
    /// storage while it copies, and room never written takes no memory.
    package mutating func reserve(_ count: Int) { bytes.reserveCapacity(count) }

    /// The bytes written, moved out (the encoder is left empty).
    package mutating func take() -> [UInt8] {
        defer { bytes = [] }
        return bytes
    }

    package mutating func int(_ v: Int) {
        var u = UInt64(bitPattern: Int64(v))
        u = (u << 1) ^ UInt64(bitPattern: Int64(v) >> 63)   // zig-zag, so small negatives stay short
        while u >= 0x80 { bytes.append(UInt8(u & 0x7F) | 0x80); u >>= 7 }
        bytes.append(UInt8(u))
    }

    package mutating func string(_ s: String) {
        int(s.utf8.count)
        bytes.append(contentsOf: s.utf8)
    }

    package mutating func bool(_ b: Bool) { int(b ? 1 : 0) }

    package mutating func optionalInt(_ v: Int?) {
        bool(v != nil)
        if let v { int(v) }
    }

    package mutating func double(_ v: Double) { withUnsafeBytes(of: v.bitPattern.littleEndian) { bytes.append(contentsOf: $0) } }

    /// Bytes as they are, after their count.
    package mutating func raw(_ p: UnsafeRawBufferPointer) {
        int(p.count)
        bytes.append(contentsOf: p)
    }
}

/// Reads what `SnapshotEncoder` wrote; every read checks its bounds and throws instead of trapping.
package struct SnapshotDecoder {
    private let bytes: UnsafeRawBufferPointer
    private var at = 0
    let section: String

    package init(_ bytes: UnsafeRawBufferPointer, section: String) {
        self.bytes = bytes
        self.section = section
    }

    var isAtEnd: Bool { at == bytes.count }
    /// How many bytes are left to read.
    package var remaining: Int { bytes.count - at }

    package mutating func int() throws(SnapshotProblem) -> Int {
        var u: UInt64 = 0, shift: UInt64 = 0
        while true {
            guard at < bytes.count, shift < 64 else { throw .corrupt("its \(section) section ends early") }
            let b = bytes[at]
            at += 1
            u |= UInt64(b & 0x7F) << shift
            if b < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: (u >> 1) ^ (0 &- (u & 1))))
    }

    /// An int in `range`.
    package mutating func int(in range: ClosedRange<Int>) throws(SnapshotProblem) -> Int {
        let v = try int()
        guard range.contains(v) else { throw .corrupt("a number in its \(section) section is out of range") }
        return v
    }

    package mutating func string() throws(SnapshotProblem) -> String {
        String(decoding: try raw(), as: UTF8.self)
    }

    package mutating func bool() throws(SnapshotProblem) -> Bool { try int(in: 0...1) == 1 }

    package mutating func optionalInt() throws(SnapshotProblem) -> Int? { try bool() ? try int() : nil }

    package mutating func double() throws(SnapshotProblem) -> Double {
        guard bytes.count - at >= 8 else { throw .corrupt("its \(section) section ends early") }
        defer { at += 8 }
        return Double(bitPattern: UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self)))
    }

    /// What `SnapshotEncoder.raw` (or `string`) wrote, in place.
    package mutating func raw() throws(SnapshotProblem) -> UnsafeRawBufferPointer {
        let n = try int()   // read before the bound is taken: reading it moves `at`
        guard n >= 0, n <= bytes.count - at else { throw .corrupt("a number in its \(section) section is out of range") }
        defer { at += n }
        return UnsafeRawBufferPointer(rebasing: bytes[at..<(at + n)])
    }

    /// Throws unless every byte has been read.
    package func finish() throws(SnapshotProblem) {
        guard isAtEnd else { throw .corrupt("its \(section) section has bytes to spare") }
    }
}
