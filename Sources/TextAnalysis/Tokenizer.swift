/// Splits UTF-8 text into word tokens, working on bytes.
///
/// A token is a maximal run of letters, digits and combining marks in any script, with these joins:
/// a hyphen between two word characters (`de-escalation`), a decimal point or thousands separator
/// between digits (`3.5`, `1,200`), and initialisms (`U.S.`). An apostrophe (`'` or `’`) followed by
/// letters starts a separate clitic token (`Iran’s` → `Iran`, `’s`), so a search for a name also finds
/// its possessive.
package enum Tokenizer {
    /// Calls `body(start, end)` with the byte range of every token in `range`.
    @inline(__always)
    package static func forEachToken(
        in p: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, _ body: (Int, Int) -> Void
    ) {
        var i = start
        while i < end {
            let b = p[i]
            if b < 0x80 {
                if CharacterClass.isASCIIAlnum(b) {
                    let e = scanWord(p, i, end)
                    body(i, e)
                    i = e
                } else if (b == 0x27) && i + 1 < end && CharacterClass.isASCIILetter(p[i + 1]) && i > start
                            && isWordEnd(p, i, start) {
                    let e = scanWord(p, i + 1, end, stopAtJoins: true)
                    body(i, e)
                    i = e
                } else {
                    i += 1
                }
            } else {
                let (v, n) = UTF8Cursor.decode(p, i, end)
                if CharacterClass.isWordScalar(v) {
                    let e = scanWord(p, i, end)
                    body(i, e)
                    i = e
                } else if v == CharacterClass.rightSingleQuote && i + n < end && CharacterClass.isASCIILetter(p[i + n])
                            && i > start && isWordEnd(p, i, start) {
                    let e = scanWord(p, i + n, end, stopAtJoins: true)
                    body(i, e)
                    i = e
                } else {
                    i += n
                }
            }
        }
    }

    /// Returns the byte ranges of the tokens in a string (for queries and tests).
    package static func tokenRanges(of bytes: [UInt8]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        bytes.withUnsafeBufferPointer { p in
            forEachToken(in: p, from: 0, to: p.count) { out.append($0..<$1) }
        }
        return out
    }

    /// Whether the byte before `i` ends a word (so an apostrophe at `i` can start a clitic).
    @inline(__always)
    private static func isWordEnd(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ start: Int) -> Bool {
        let prev = p[i - 1]
        return CharacterClass.isASCIIAlnum(prev) || prev >= 0x80
    }

    /// Scans a word starting at a word character; returns the end offset.
    @inline(__always)
    private static func scanWord(
        _ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ end: Int, stopAtJoins: Bool = false
    ) -> Int {
        var i = from
        var segmentStart = from  // start of the letters after the last initialism dot
        var dots = 0
        while i < end {
            let b = p[i]
            if b >= 0x80 {
                let (v, n) = UTF8Cursor.decode(p, i, end)
                guard CharacterClass.isWordScalar(v) else { return i }
                i += n
                continue
            }
            if CharacterClass.isASCIIAlnum(b) { i += 1; continue }
            if stopAtJoins { return i }
            let next = i + 1 < end ? p[i + 1] : 0
            switch b {
            case 0x2D where i > from && i + 1 < end && isWordStart(p, i + 1, end):  // hyphen
                i += 1
            case 0x2E where CharacterClass.isDigit(p[i - 1]) && CharacterClass.isDigit(next):  // 3.5
                i += 1
            case 0x2C where CharacterClass.isDigit(p[i - 1]) && isThousandsGroup(p, i + 1, end):  // 1,200
                i += 1
            case 0x2E where i - segmentStart == 1 && CharacterClass.isASCIILetter(p[i - 1]):  // U.S.
                if CharacterClass.isASCIILetter(next) && (i + 2 >= end || p[i + 2] == 0x2E) {
                    dots += 1
                    i += 1
                    segmentStart = i
                } else {
                    return dots > 0 ? i + 1 : i
                }
            default:
                return i
            }
        }
        return i
    }

    /// Whether exactly three digits start at `i` (a thousands group after a comma).
    @inline(__always)
    private static func isThousandsGroup(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        guard i + 2 < end, CharacterClass.isDigit(p[i]), CharacterClass.isDigit(p[i + 1]), CharacterClass.isDigit(p[i + 2])
        else { return false }
        return i + 3 >= end || !CharacterClass.isDigit(p[i + 3])
    }

    @inline(__always)
    private static func isWordStart(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        let b = p[i]
        if b < 0x80 { return CharacterClass.isASCIIAlnum(b) }
        return CharacterClass.isWordScalar(UTF8Cursor.decode(p, i, end).0)
    }
}
