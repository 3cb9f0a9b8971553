import Foundation

/// Turns a token's surface form into its normalised form: case folded, diacritics folded
/// (`Stéphane` → `stephane`, decomposed input included) and curly apostrophes made straight.
///
/// ASCII tokens are lower-cased over bytes; only tokens with non-ASCII bytes go through Foundation,
/// and the vocabulary caches those per surface form, so the slow path runs once per distinct word.
package enum Normalizer {
    /// The normalised form of any text (used for non-ASCII tokens and for query words).
    package static func normalize(_ text: some StringProtocol) -> String {
        var scalars = String.UnicodeScalarView()
        for s in String(text).decomposedStringWithCanonicalMapping.unicodeScalars {
            if CharacterClass.isDroppedMark(s) { continue }
            switch s.value {
            case 0x2019, 0x2018, 0x02BC: scalars.append("'")
            case 0x2010, 0x2011: scalars.append("-")
            default: scalars.append(s)
            }
        }
        return String(scalars).lowercased()
    }

    /// Splits free text into normalised words, with the same tokenizer the index uses.
    package static func words(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return Tokenizer.tokenRanges(of: bytes).map { normalize(String(decoding: bytes[$0], as: UTF8.self)) }
    }
}
