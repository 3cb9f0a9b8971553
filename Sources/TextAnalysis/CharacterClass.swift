import Foundation

/// The one character classification of crq: what is a letter, a digit, a capital, white space or
/// part of a word, for bytes (ASCII, the hot paths) and for Unicode scalars. Nothing outside
/// TextAnalysis defines its own (`scripts/test` checks).
///
/// `public` (its members are `package`) so that its `@inlinable` tests inline in the other targets:
/// Swift 6.3 calls every member of a `package` type out of line across modules (docs/architecture.md).
/// `WordKey`, `PackedWord`, `TextToken` and `FigureWord` are `public` for the same reason.
public enum CharacterClass {
    // MARK: bytes (ASCII); the scalar tests below agree with these on ASCII.

    @inlinable @inline(__always) package static func isASCIILetter(_ b: UInt8) -> Bool {
        (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A
    }
    @inlinable @inline(__always) package static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inlinable @inline(__always) package static func isASCIIAlnum(_ b: UInt8) -> Bool { isASCIILetter(b) || isDigit(b) }
    @inlinable @inline(__always) package static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || (b >= 0x09 && b <= 0x0D)
    }
    @inlinable @inline(__always) package static func isUpperASCII(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    @inline(__always) package static func isLowerASCII(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    /// An ASCII byte lower-cased (other bytes unchanged).
    @inlinable @inline(__always) package static func lowerASCII(_ b: UInt8) -> UInt8 { isUpperASCII(b) ? b | 0x20 : b }

    /// The capital letters among eight ASCII bytes (a group of `UTF8Cursor.load`): the high bit of each.
    @inline(__always) static func capitals8(_ w: UInt64) -> UInt64 {
        (w &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(w &+ 0x2525_2525_2525_2525) & UTF8Cursor.highBits
    }

    /// The bytes among eight that equal `b`: the high bit of each (exact, no carry between bytes).
    @inline(__always) static func bytes8(_ w: UInt64, equalTo b: UInt8) -> UInt64 {
        let x = w ^ (0x0101_0101_0101_0101 &* UInt64(b)), low7 = ~UTF8Cursor.highBits
        return ~(((x & low7) &+ low7) | x | low7)
    }

    /// The letters among eight ASCII bytes: the high bit of each.
    @inline(__always) static func letters8(_ w: UInt64) -> UInt64 { capitals8(w & ~0x2020_2020_2020_2020) }

    /// How many letters and capitals the UTF-8 bytes `from..<to` hold, and whether the last scalar is a capital.
    package static func letterCounts(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> (letters: Int, capitals: Int, lastIsCapital: Bool) {
        let n = to - from
        if n > 0 && n <= 8, case let w = UTF8Cursor.load(p, from, n), w & UTF8Cursor.highBits == 0 {  // ASCII, most words: at once
            let capitals = capitals8(w)
            return (letters8(w).nonzeroBitCount, capitals.nonzeroBitCount, capitals &>> (8 &* UInt64(n) &- 1) & 1 != 0)
        }
        var letters = 0, capitals = 0, last: UInt32 = 0, i = from
        while i < to {
            let (v, l) = UTF8Cursor.decode(p, i, to)
            if isLetterScalar(v) {
                letters += 1
                if isUpperScalar(v) { capitals += 1 }
            }
            last = v
            i += l
        }
        return (letters, capitals, isUpperScalar(last))
    }

    // MARK: scalars

    /// White space: ASCII tab to carriage return and space, no-break space, the Unicode spaces
    /// U+2000–U+200B, narrow no-break space, ideographic space and the zero-width no-break space.
    @inlinable @inline(__always) package static func isSpaceScalar(_ v: UInt32) -> Bool {
        if v < 0x80 { return isSpace(UInt8(v)) }
        return v == 0xA0 || (v >= 0x2000 && v <= 0x200B) || v == 0x202F || v == 0x3000 || v == 0xFEFF
    }

    @inlinable @inline(__always) package static func isDigitScalar(_ v: UInt32) -> Bool { v >= 0x30 && v <= 0x39 }

    /// A letter of any script (Unicode Alphabetic), with fast paths for ASCII and Latin.
    @inlinable @inline(__always) package static func isLetterScalar(_ v: UInt32) -> Bool {
        if v < 0x80 { return isASCIILetter(UInt8(v)) }
        if v < 0x250 { return v >= 0xC0 ? v != 0xD7 && v != 0xF7 : v == 0xAA || v == 0xB5 || v == 0xBA }
        if v >= 0x2000 && v < 0x2070 { return false }
        return isAlphabetic(v)
    }

    /// An upper-case letter (Latin through the folding table, other scripts by their Unicode property).
    @inlinable package static func isUpperScalar(_ v: UInt32) -> Bool {
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        if v < 0xDF { return v >= 0xC0 && v != 0xD7 }
        if v < 0x250 { return WordKey.table[Int(v)] != v && v != 0xDF && v & 1 == 0 }
        return isUppercase(v)
    }

    // Out of line: a function that inlines a look-up of Unicode properties sets up their (resilient)
    // types on every call, even when every scalar it meets is ASCII.
    @usableFromInline @inline(never) static func isAlphabetic(_ v: UInt32) -> Bool {
        Unicode.Scalar(v)?.properties.isAlphabetic ?? false
    }
    @usableFromInline @inline(never) static func isUppercase(_ v: UInt32) -> Bool {
        Unicode.Scalar(v)?.properties.isUppercase ?? false
    }

    /// A letter, mark or number of any script (Foundation's `CharacterSet.alphanumerics`).
    package static func isAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? isASCIIAlnum(UInt8(s.value)) : CharacterSet.alphanumerics.contains(s)
    }

    /// Whether some character of `text` is a lower-case letter.
    package static func hasLowercase(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.isLowercase }
    }

    /// Whether a non-ASCII scalar belongs inside an index token: letters, combining marks and numbers of any script.
    /// Out of line, as `isAlphabetic` is.
    @inline(never) package static func isWordScalar(_ v: UInt32) -> Bool {
        guard let s = Unicode.Scalar(v) else { return false }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// Whether a scalar is a lower-case letter (a word in lower case does not start a sentence).
    static func isLowercaseScalar(_ v: UInt32) -> Bool {
        Unicode.Scalar(v)?.properties.generalCategory == .lowercaseLetter
    }

    /// Whether a scalar is a combining mark that folding drops (diacritics).
    package static func isDroppedMark(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Apostrophes that may join a clitic to a word: ' and ’ (U+2019).
    static let rightSingleQuote: UInt32 = 0x2019
}
