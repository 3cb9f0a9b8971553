import CorpusModel
import Foundation
import TextAnalysis

/// Unicode scalar helpers over a decoded `[UInt32]` buffer: decoding, character classes,
/// case and diacritic folding, and word hashing for lexicon look-ups.
enum ScalarText {
    /// Decodes UTF-8 text into Unicode scalar values (offsets match Python `str` indexes).
    static func decode(_ text: String) -> [UInt32] {
        var text = text
        return text.withUTF8 { bytes in
            var out = [UInt32]()
            out.reserveCapacity(bytes.count)
            var i = 0
            let n = bytes.count
            while i < n {
                let (v, length) = ByteClass.decode(bytes, i, n)
                out.append(v)
                i += length
            }
            return out
        }
    }

    /// Builds a String from a range of scalars.
    package static func string(_ s: [UInt32], _ from: Int, _ to: Int) -> String {
        var bytes = [UInt8]()
        bytes.reserveCapacity(to - from + 8)
        for i in from..<to {
            let c = s[i]
            if c < 0x80 {
                bytes.append(UInt8(c))
            } else if c < 0x800 {
                bytes.append(UInt8(0xC0 | c >> 6)); bytes.append(UInt8(0x80 | c & 0x3F))
            } else if c < 0x10000 {
                bytes.append(UInt8(0xE0 | c >> 12)); bytes.append(UInt8(0x80 | c >> 6 & 0x3F)); bytes.append(UInt8(0x80 | c & 0x3F))
            } else {
                bytes.append(UInt8(0xF0 | c >> 18)); bytes.append(UInt8(0x80 | c >> 12 & 0x3F))
                bytes.append(UInt8(0x80 | c >> 6 & 0x3F)); bytes.append(UInt8(0x80 | c & 0x3F))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func isSpace(_ c: UInt32) -> Bool {
        c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0xA0 || c == 0x2009 || c == 0x202F
    }

    static func isDigit(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x39 }

    static func isLetter(_ c: UInt32) -> Bool {
        if c < 0x80 { return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
        if c < 0x250 { return c >= 0xC0 && c != 0xD7 && c != 0xF7 }
        if c >= 0x2000 && c < 0x2070 { return false }
        return Unicode.Scalar(c)?.properties.isAlphabetic ?? false
    }

    static func isUpper(_ c: UInt32) -> Bool {
        if c < 0x80 { return c >= 0x41 && c <= 0x5A }
        if c < 0xDF { return c >= 0xC0 && c != 0xD7 }
        if c < 0x250 { return folded[Int(c)] != c && folded[Int(c)] != 0 && c != 0xDF && c & 1 == 0 }
        return Unicode.Scalar(c)?.properties.isUppercase ?? false
    }

    /// Lower-cased, diacritic-free form of a scalar (Latin ranges; others are returned as is).
    static func fold(_ c: UInt32) -> UInt32 {
        if c < 0x80 { return c >= 0x41 && c <= 0x5A ? c | 0x20 : c }
        if c < 0x250 { let f = folded[Int(c)]; return f == 0 ? c : f }
        if c == 0x2019 || c == 0x2018 { return 0x27 }
        return c
    }

    private static let folded: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 0x250)
        for c in 0..<0x250 {
            guard let u = Unicode.Scalar(UInt32(c)) else { continue }
            let base = String(u).decomposedStringWithCanonicalMapping.unicodeScalars.first ?? u
            let lower = String(base).lowercased().unicodeScalars.first ?? base
            table[c] = lower.value
        }
        return table
    }()

    /// FNV-1a hash of the folded scalars in `from..<to`.
    static func key(_ s: [UInt32], _ from: Int, _ to: Int) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for i in from..<to {
            h = (h ^ UInt64(fold(s[i]))) &* 0x100000001b3
        }
        return h
    }

    /// The folding hash of a String (same value as `key` over its scalars).
    static func key(_ word: String) -> UInt64 {
        let s = word.unicodeScalars.map(\.value)
        return key(s, 0, s.count)
    }

    /// Folds a whole string: lower case, no diacritics, curly apostrophes made straight.
    static func foldString(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for u in text.unicodeScalars {
            if let f = Unicode.Scalar(fold(u.value)) { out.append(f) }
        }
        return String(out)
    }
}
