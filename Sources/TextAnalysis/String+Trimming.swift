extension StringProtocol {
    /// The string without leading and trailing spaces, tabs and carriage returns. (Foundation's
    /// `trimmingCharacters(in:)` goes through UTF-16 and dominated load time on large corpora.)
    package func trimmingBlanks() -> String {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let first = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(self[first...last])
    }

    /// The string with each run of white space (no-break spaces, tabs and line breaks too) as one space.
    package func collapsingWhiteSpace() -> String {
        var previousSpace = false
        let plain = utf8.allSatisfy { b in
            defer { previousSpace = b == 0x20 }
            return b > 0x20 && b < 0x80 || (b == 0x20 && !previousSpace)
        }
        return plain ? String(self) : split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
