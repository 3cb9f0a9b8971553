import Foundation

/// The one word key of crq: how a word is folded before it is compared. Each scalar is decomposed,
/// its combining marks dropped (`Stéphane` → `stephane`, decomposed input included), lower-cased,
/// and curly apostrophes and Unicode hyphens made ASCII. Every key is a view of `fold`: the String
/// form (the index vocabulary, query words, names), a hash of the folded scalars (the extraction
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

    /// FNV-1a hash of the folded scalars of the UTF-8 bytes `from..<to`.
    package static func hash(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        var i = from
        while i < to {
            let b = p[i]
            if b < 0x80 {  // ASCII, most words: `fold` lower-cases capitals only
                h = (h ^ UInt64(foldASCII(b))) &* 0x100000001b3
                i += 1
                continue
            }
            let (v, n) = UTF8Cursor.decode(p, i, to)
            fold(v) { h = (h ^ UInt64($0)) &* 0x100000001b3 }
            i += n
        }
        return h
    }

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
