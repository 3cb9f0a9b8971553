/// Text as decoded Unicode scalar values (`[UInt32]`, offsets as Python `str` indexes), as the
/// quotation extractor reads it: strings back from ranges, and the folded word key its lexicons use.
public enum ScalarText {
    /// Decodes UTF-8 text into Unicode scalar values.
    package static func decode(_ text: String) -> [UInt32] { UTF8Cursor.scalars(of: text) }

    /// Builds a String from a range of scalars.
    package static func string(_ s: [UInt32], _ from: Int, _ to: Int) -> String {
        var bytes = [UInt8]()
        bytes.reserveCapacity(to - from + 8)
        for i in from..<to { UTF8Cursor.encode(s[i], into: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// FNV-1a hash of the folded scalars in `from..<to` (`CharacterClass.fold`).
    @inlinable package static func key(_ s: [UInt32], _ from: Int, _ to: Int) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for i in from..<to {
            h = (h ^ UInt64(CharacterClass.fold(s[i]))) &* 0x100000001b3
        }
        return h
    }

    /// The folding hash of a String (same value as `key` over its scalars).
    package static func key(_ word: String) -> UInt64 {
        let s = word.unicodeScalars.map(\.value)
        return key(s, 0, s.count)
    }

    /// Folds a whole string: lower case, no diacritics, curly apostrophes made straight.
    package static func foldString(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for u in text.unicodeScalars {
            if let f = Unicode.Scalar(CharacterClass.fold(u.value)) { out.append(f) }
        }
        return String(out)
    }
}
