extension StringProtocol {
    /// The string without leading and trailing spaces, tabs and carriage returns. (Foundation's
    /// `trimmingCharacters(in:)` goes through UTF-16 and dominated load time on large corpora.)
    package func trimmingBlanks() -> String {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let first = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(self[first...last])
    }

    /// The string with each run of white space (no-break spaces, tabs and line breaks too) as one space.
    /// Inlinable, so that it is specialised for the string type it is called on (generic, it read each byte through a witness).
    @inlinable package func collapsingWhiteSpace() -> String {
        var previousSpace = false
        let plain = utf8.allSatisfy { b in
            defer { previousSpace = b == 0x20 }
            return b > 0x20 && b < 0x80 || (b == 0x20 && !previousSpace)
        }
        return plain ? String(self) : split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

extension String {
    /// Whether the string lower-cased is `folded` (a lower-cased string): `lowercased() == folded`, without making
    /// the lower-cased string when this one is ASCII, as names mostly are.
    package func lowercased(is folded: String) -> Bool {
        var (string, folded) = (self, folded)
        let ascii = string.withUTF8 { s in
            folded.withUTF8 { f in
                s.allSatisfy { $0 < 0x80 } ? s.count == f.count && zip(s, f).allSatisfy { CharacterClass.lowerASCII($0) == $1 } : nil
            }
        }
        return ascii ?? (lowercased() == folded)
    }
}
