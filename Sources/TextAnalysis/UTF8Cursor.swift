/// The one UTF-8 decoder and encoder of crq. Text is stored and read as UTF-8 with byte offsets
/// (the one scan, `TextScanner.pieces`, walks it with `decode`); offsets shown to users are in
/// scalars (as Python's `str` indexes), counted here (`scalarCount`) and nowhere else.
package enum UTF8Cursor {
    // MARK: decoding and encoding

    /// Decodes the scalar starting at `i` in well-formed UTF-8, returning it and its length in bytes.
    @inline(__always)
    package static func decode(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (UInt32, Int) {
        let b0 = UInt32(p[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0, i + 1 < end { return (((b0 & 0x1F) << 6) | (UInt32(p[i + 1]) & 0x3F), 2) }
        if b0 < 0xF0, i + 2 < end {
            return (((b0 & 0x0F) << 12) | ((UInt32(p[i + 1]) & 0x3F) << 6) | (UInt32(p[i + 2]) & 0x3F), 3)
        }
        if i + 3 < end {
            let v = ((b0 & 0x07) << 18) | ((UInt32(p[i + 1]) & 0x3F) << 12)
                | ((UInt32(p[i + 2]) & 0x3F) << 6) | (UInt32(p[i + 3]) & 0x3F)
            return (v, 4)
        }
        return (0xFFFD, 1)
    }

    /// Appends the UTF-8 encoding of scalar `v` to `bytes`.
    @inline(__always) package static func encode(_ v: UInt32, into bytes: inout [UInt8]) {
        encode(v) { bytes.append($0) }
    }

    /// Calls `body` with each byte of the UTF-8 encoding of scalar `v`.
    @inline(__always) static func encode(_ v: UInt32, _ body: (UInt8) -> Void) {
        if v < 0x80 {
            body(UInt8(v))
        } else if v < 0x800 {
            body(UInt8(0xC0 | v >> 6)); body(UInt8(0x80 | v & 0x3F))
        } else if v < 0x10000 {
            body(UInt8(0xE0 | v >> 12)); body(UInt8(0x80 | v >> 6 & 0x3F)); body(UInt8(0x80 | v & 0x3F))
        } else {
            body(UInt8(0xF0 | v >> 18)); body(UInt8(0x80 | v >> 12 & 0x3F))
            body(UInt8(0x80 | v >> 6 & 0x3F)); body(UInt8(0x80 | v & 0x3F))
        }
    }

    /// The `n` (1 to 8) bytes of `p` at `i` as a little-endian integer, zero above them: eight bytes
    /// read at once where the buffer allows it (the word-at-a-time paths of `WordKey` and `PackedWord`).
    @inline(__always) static func load(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ n: Int) -> UInt64 {
        assert(1...8 ~= n && i >= 0 && i + n <= p.count, "1 to 8 bytes inside the buffer")
        let base = UnsafeRawPointer(p.baseAddress.unsafelyUnwrapped), unused = 64 &- 8 &* UInt64(truncatingIfNeeded: n)
        if i &+ 8 <= p.count {
            return UInt64(littleEndian: base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) & (UInt64.max &>> unused)
        }
        if i &+ n >= 8 {  // near the buffer's end: the eight bytes ending with these
            return UInt64(littleEndian: base.loadUnaligned(fromByteOffset: i &+ n &- 8, as: UInt64.self)) &>> unused
        }
        var w: UInt64 = 0
        for k in 0..<n { w |= UInt64(p[i + k]) &<< (8 * UInt64(k)) }
        return w
    }

    /// The high bit of each of eight bytes: a loaded group is ASCII when it has none of them.
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The length in bytes of the sequence a non-ASCII lead byte starts.
    @inline(__always) package static func sequenceLength(lead b: UInt8) -> Int {
        b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
    }

    // MARK: offsets

    /// Whether a byte starts a scalar (is not a continuation byte).
    @inline(__always) static func startsScalar(_ b: UInt8) -> Bool { b & 0xC0 != 0x80 }

    /// The byte offset where the scalar ending at byte `i` starts (not before `from`).
    @inline(__always) package static func scalarStart(_ p: UnsafeBufferPointer<UInt8>, before i: Int, from: Int) -> Int {
        var k = i - 1
        while k > from && !startsScalar(p[k]) { k -= 1 }
        return k
    }

    /// How many scalars the bytes `range` hold.
    package static func scalarCount(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var n = 0
        for i in range where startsScalar(p[i]) { n += 1 }
        return n
    }

    /// The number of Unicode scalars of `s` (what `s.unicodeScalars.count` counts, from its bytes).
    package static func scalarCount(_ s: String) -> Int {
        var s = s
        return s.withUTF8 { scalarCount($0, 0..<$0.count) }
    }

    /// The offset of the first byte that does not start or continue a valid UTF-8 sequence.
    package static func firstInvalidByte(_ b: [UInt8]) -> Int? {
        b.withUnsafeBufferPointer { p in
            var i = 0
            let n = p.count
            while i < n {
                let c = p[i]
                if c < 0x80 { i += 1; continue }
                let len: Int
                var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
                switch c {
                case 0xC2...0xDF: len = 2
                case 0xE0: len = 3; lo = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: len = 3
                case 0xED: len = 3; hi = 0x9F
                case 0xF0: len = 4; lo = 0x90
                case 0xF1...0xF3: len = 4
                case 0xF4: len = 4; hi = 0x8F
                default: return i
                }
                guard i + len <= n, (lo...hi).contains(p[i + 1]) else { return i }
                for k in 2..<len where !(0x80...0xBF).contains(p[i + k]) { return i }
                i += len
            }
            return nil
        }
    }
}
