/// A word key (`WordKey`) of at most 16 ASCII bytes packed into two integers, used as a cheap
/// dictionary key for lexicon look-ups without creating strings on hot paths.
public struct PackedWord: Hashable, Sendable {
    @usableFromInline package var low: UInt64
    @usableFromInline package var high: UInt64

    /// The key that matches no lexicon entry (non-ASCII or over-long words).
    @inlinable package static var none: PackedWord { PackedWord(low: 0, high: 0) }

    @inlinable package init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    @inlinable public static func == (a: PackedWord, b: PackedWord) -> Bool { a.low == b.low && a.high == b.high }
    @inlinable public func hash(into hasher: inout Hasher) {
        hasher.combine(low)
        hasher.combine(high)
    }

    /// Packs the key of `word`.
    package init(_ word: String) {
        var packer = Packer()
        for scalar in word.unicodeScalars { packer.append(scalar.value) }
        self = packer.word
    }

    /// Packs the key of the UTF-8 bytes `from..<to` of `p` (not empty).
    @inline(__always) package init(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) {
        let n = to &- from
        if n <= 16 {  // ASCII, most words: read and folded eight bytes at a time
            let low = UTF8Cursor.load(p, from, min(n, 8)), high = n > 8 ? UTF8Cursor.load(p, from &+ 8, n &- 8) : 0
            if (low | high) & UTF8Cursor.highBits == 0 {
                self.init(low: WordKey.foldASCII8(low), high: n > 8 ? WordKey.foldASCII8(high) : 0)
                return
            }
        }
        self.init(folding: p, from, to)
    }

    /// `init(_:_:_:)` scalar by scalar.
    @inline(never) private init(folding p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) {
        var packer = Packer()
        var i = from
        while i < to {
            let (v, l) = UTF8Cursor.decode(p, i, to)
            packer.append(v)
            i += l
        }
        self = packer.word
    }

    /// Incremental builder: packs a word scalar by scalar (words folded from non-ASCII text, the parts of a hyphenated word).
    package struct Packer {
        package private(set) var count = 0
        package init() {}
        private var low: UInt64 = 0
        private var high: UInt64 = 0
        private var valid = true

        /// Adds the folded form of one scalar; a key that is not ASCII or over 16 bytes long makes the word unpackable.
        package mutating func append(_ v: UInt32) {
            WordKey.fold(v) { appendFolded($0) }
        }

        private mutating func appendFolded(_ f: UInt32) {
            guard valid, f < 0x80, count < 16 else {
                valid = false
                return
            }
            let lower = UInt8(f)
            if count < 8 {
                low |= UInt64(lower) << (8 * UInt64(count))
            } else {
                high |= UInt64(lower) << (8 * UInt64(count - 8))
            }
            count += 1
        }

        package var word: PackedWord { valid && count > 0 ? PackedWord(low: low, high: high) : .none }
    }
}
