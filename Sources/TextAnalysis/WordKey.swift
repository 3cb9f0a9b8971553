import Foundation

/// The one word key of crq: how a word is folded before it is compared. Each scalar is decomposed,
/// its combining marks dropped (`Stéphane` → `stephane`, decomposed input included), lower-cased,
/// and curly apostrophes and Unicode hyphens made ASCII. Every key is a view of `fold`: the String
/// form (the index vocabulary, query words, names), a hash of its UTF-8 bytes (the extraction
/// lexicons, `hash`), a packed form of short ASCII keys (the figure lexicon, `PackedWord`) and the
/// statement words of quote matching (`key(ofStatementWord:)`).
///
/// `public` (members `package`) so that `fold` inlines in the other targets.
public enum WordKey {
    /// Calls `body` with each scalar of the folded form of `v` (none for a dropped mark).
    @inlinable @inline(__always) package static func fold(_ v: UInt32, _ body: (UInt32) -> Void) {
        if v < 0x80 { return body(UInt32(foldASCII(UInt8(v)))) }
        let f = v < 0x530 ? table[Int(v)] : foldAboveCyrillic(v)
        if f < several { return body(f) }
        if f == dropped { return }
        for f in foldedScalars(v) { body(f) }
    }

    /// The fold of an ASCII byte: capitals lower-cased, everything else kept (the fast paths use it on bytes).
    @inlinable @inline(__always) package static func foldASCII(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

    /// The folded form of one scalar, written out (what `table` caches). Out of line, as is
    /// `foldAboveCyrillic`: a function that inlines a look-up of Unicode properties sets up their
    /// (resilient) types on every call, even when every scalar it meets is ASCII.
    @usableFromInline @inline(never) static func foldedScalars(_ v: UInt32) -> [UInt32] {
        guard let scalar = Unicode.Scalar(v) else { return [v] }
        var out: [UInt32] = []
        for s in String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars {
            if CharacterClass.isDroppedMark(s) { continue }
            switch s.value {
            case 0x2019, 0x2018, 0x02BC: out.append(0x27)
            case 0x2010, 0x2011: out.append(0x2D)
            default: out += s.properties.lowercaseMapping.unicodeScalars.map(\.value)
            }
        }
        return out
    }

    @usableFromInline static let dropped: UInt32 = 0xFFFF_FFFF
    @usableFromInline static let several: UInt32 = 0xFFFF_FFFE

    /// `foldedScalars` of the scalars below U+0530 (Latin, combining marks, Greek, Cyrillic), where it
    /// is one scalar, or `dropped`, or `several` (then it is written out each time).
    @usableFromInline static let table: [UInt32] = (0..<0x530).map(cached)
    /// The same for the general punctuation U+2000–U+206F (curly apostrophes, hyphens, spaces).
    @usableFromInline static let punctuationTable: [UInt32] = (0x2000..<0x2070).map(cached)

    /// The scripts from Armenian to Greek Extended (U+0530–U+1FFF: Hebrew and Arabic points, Indic
    /// nuktas, Vietnamese letters), filled only when a text first uses one of them.
    static let otherScriptsTable: [UInt32] = (0x530..<0x2000).map(cached)

    /// `fold` above U+052F: from the tables below U+2070; above them, texts are composed (NFC) when they
    /// load, so a scalar is itself unless it is a mark to drop or a capital (fullwidth, Roman numerals…).
    @usableFromInline @inline(never) static func foldAboveCyrillic(_ v: UInt32) -> UInt32 {
        if v < 0x2000 { return otherScriptsTable[Int(v - 0x530)] }
        if v < 0x2070 { return punctuationTable[Int(v - 0x2000)] }
        guard let scalar = Unicode.Scalar(v) else { return v }
        if CharacterClass.isDroppedMark(scalar) { return dropped }
        return scalar.properties.changesWhenLowercased ? several : v
    }

    private static func cached(_ v: Int) -> UInt32 {
        let f = foldedScalars(UInt32(v))
        return f.isEmpty ? dropped : f.count == 1 ? f[0] : several
    }

    /// The String form of the key of `text`.
    package static func string(_ text: String) -> String {
        var text = text
        return text.withUTF8(string(utf8:))
    }

    /// The String form of the key of `text`.
    package static func string(_ text: Substring) -> String {
        var text = text
        return text.withUTF8(string(utf8:))
    }

    /// Whether the String form of a key holds another's, byte for byte (every key holds ""): what
    /// `FIELD ~ "text"` asks of a value, without the grapheme-by-grapheme search of `String.contains`.
    package static func contains(_ key: String, _ part: String) -> Bool {
        var key = key, part = part
        return key.withUTF8 { k in
            part.withUTF8 { p in
                guard let first = p.first else { return true }
                guard p.count <= k.count else { return false }
                var i = 0
                while i <= k.count - p.count {
                    if k[i] == first {
                        var j = 1
                        while j < p.count && k[i + j] == p[j] { j += 1 }
                        if j == p.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }

    private static func string(utf8 p: UnsafeBufferPointer<UInt8>) -> String {
        if !p.contains(where: { $0 >= 0x80 }) {  // ASCII: most names and words
            return String(unsafeUninitializedCapacity: p.count) { out in
                for i in 0..<p.count { out[i] = foldASCII(p[i]) }
                return p.count
            }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(p.count)
        var i = 0
        while i < p.count {
            let (v, n) = UTF8Cursor.decode(p, i, p.count)
            fold(v) { if Unicode.Scalar($0) != nil { UTF8Cursor.encode($0, into: &bytes) } }
            i += n
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The hash of the key of the UTF-8 bytes `from..<to`: the UTF-8 bytes of the folded scalars, read
    /// eight at a time (little-endian, the last group padded with zeros) and mixed, then their count.
    /// ASCII, most words, is read and folded eight bytes at a time.
    @inline(__always) package static func hash(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> UInt64 {
        var h = hashSeed, i = from
        while i < to {
            let n = min(to &- i, 8), w = UTF8Cursor.load(p, i, n)
            guard w & UTF8Cursor.highBits == 0 else { return hashFolding(p, i, to, h, count: i &- from) }
            h = mix(h, foldASCII8(w))
            i &+= n
        }
        return finish(h, count: to &- from)
    }

    /// `hash` of a key of `n` (1 to 8) ASCII bytes loaded as `w` (`UTF8Cursor.load`): its one group.
    @inline(__always) static func hash(ascii w: UInt64, count n: Int) -> UInt64 {
        finish(mix(hashSeed, foldASCII8(w)), count: n)
    }

    /// `hash` from byte `i` (where a group of eight starts) on, scalar by scalar, after `count` key bytes mixed into `h`.
    @inline(never) private static func hashFolding(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ to: Int, _ h: UInt64, count: Int) -> UInt64 {
        var h = h, count = count, group: UInt64 = 0, inGroup: UInt64 = 0, i = i
        while i < to {
            let (v, n) = UTF8Cursor.decode(p, i, to)
            fold(v) {
                UTF8Cursor.encode($0) { b in
                    group |= UInt64(b) &<< (8 * inGroup)
                    inGroup += 1
                    count += 1
                    if inGroup == 8 { (h, group, inGroup) = (mix(h, group), 0, 0) }
                }
            }
            i += n
        }
        return finish(inGroup > 0 ? mix(h, group) : h, count: count)
    }

    private static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// One group of eight bytes mixed into the hash.
    @inline(__always) private static func mix(_ h: UInt64, _ group: UInt64) -> UInt64 {
        ((h &<< 5 | h &>> 59) ^ group) &* 0x517c_c1b7_2722_0a95
    }

    /// The hash of `count` bytes once their groups are mixed: its high bits folded into the low ones
    /// (a look-up table indexes by the low bits).
    @inline(__always) private static func finish(_ h: UInt64, count: Int) -> UInt64 {
        let h = (h ^ UInt64(count)) &* 0x9e37_79b9_7f4a_7c15
        return h ^ h &>> 32
    }

    /// `foldASCII` of eight ASCII bytes at once (capitals lower-cased).
    @inline(__always) static func foldASCII8(_ w: UInt64) -> UInt64 { w | CharacterClass.capitals8(w) &>> 2 }

    /// The hash of the key of the bytes `from..<to` less the key's last `n` characters ("Iran’s" less 2
    /// is "iran"), or nil when one of the last `n` scalars is not one character of the key by itself
    /// (ASCII or a curly apostrophe).
    package static func hash(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, droppingLast n: Int) -> UInt64? {
        var end = to
        for _ in 0..<n {
            guard end > from else { return nil }
            let lead = UTF8Cursor.scalarStart(p, before: end, from: from)
            let v = UTF8Cursor.decode(p, lead, end).0
            guard v < 0x80 || v == 0x2019 else { return nil }
            end = lead
        }
        return hash(p, from, end)
    }

    /// The hash of a String (the same value as `hash` over its bytes).
    package static func hash(_ word: String) -> UInt64 {
        var word = word
        return word.withUTF8 { hash($0, 0, $0.count) }
    }

    /// Splits free text into keyed words, with the tokenizer the index uses.
    package static func words(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return Tokenizer.tokenRanges(of: bytes).map { string(String(decoding: bytes[$0], as: UTF8.self)) }
    }

    /// The key of a statement word as written ("“Avoid,” → "avoid", "António" → "antonio"): its
    /// letters, digits and inner hyphens only; empty for pure punctuation.
    package static func key(ofStatementWord word: some StringProtocol) -> String {
        var out: [UInt8] = []
        for u in word.unicodeScalars where u.value == 0x2D || CharacterClass.isAlphanumeric(u) {
            fold(u.value) { UTF8Cursor.encode($0, into: &out) }
        }
        let first = out.firstIndex { $0 != 0x2D } ?? out.endIndex
        let last = out.lastIndex { $0 != 0x2D }.map { $0 + 1 } ?? first
        return String(decoding: out[first..<max(first, last)], as: UTF8.self)
    }
}
