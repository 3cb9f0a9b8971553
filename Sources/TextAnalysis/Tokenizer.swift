/// The index view of the one scan (`TextScanner.pieces`): word tokens, as the index and queries read them.
///
/// A token is a maximal run of letters, digits and combining marks in any script, with these joins:
/// a hyphen between two word characters (`de-escalation`), a decimal point or thousands separator
/// between digits (`3.5`, `1,200`), and initialisms (`U.S.`). An apostrophe (`'` or `’`) followed by
/// letters starts a separate clitic token (`Iran’s` → `Iran`, `’s`), so a search for a name also finds
/// its possessive. Punctuation and white space make no tokens.
package enum Tokenizer {
    /// Calls `body(start, end)` with the byte range of every token in `start..<end` of `p`.
    package static func forEachToken(
        in p: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, _ body: (Int, Int) -> Void
    ) {
        let pieces = TextScanner.pieces(UnsafeBufferPointer(rebasing: p[start..<end]))
        forEachToken(in: UnsafeBufferPointer(rebasing: p[start..<end]), pieces, 0..<pieces.count) { body(start + $0, start + $1) }
    }

    /// Calls `body(start, end)` with the byte range of every token made of `pieces[range]` (of `p`).
    package static func forEachToken(
        in p: UnsafeBufferPointer<UInt8>, _ pieceArray: [TextPiece], _ range: Range<Int>, _ body: (Int, Int) -> Void
    ) {
        pieceArray.withUnsafeBufferPointer { forEachToken(in: p, $0, range, body) }
    }

    private static func forEachToken(
        in p: UnsafeBufferPointer<UInt8>, _ pieces: UnsafeBufferPointer<TextPiece>, _ range: Range<Int>, _ body: (Int, Int) -> Void
    ) {
        let first = range.lowerBound, end = range.upperBound
        guard first < end else { return }
        let endByte = pieces[end - 1].end
        /// Whether piece `k` belongs inside a word: letters, digits, or a mark or number of any script.
        func isWord(_ k: Int) -> Bool {
            guard k < end else { return false }
            switch pieces[k].kind {
            case .letters, .digits: return true
            case .other: return pieces[k].scalar >= 0x80 && CharacterClass.isWordScalar(pieces[k].scalar)
            case .space, .lineBreak: return false
            }
        }
        /// Whether piece `k` starts with an ASCII letter.
        func startsWithASCIILetter(_ k: Int) -> Bool { k < end && pieces[k].kind == .letters && pieces[k].scalar < 0x80 }
        func isOther(_ k: Int, _ c: UInt32) -> Bool { k < end && pieces[k].kind == .other && pieces[k].scalar == c }

        /// The end (a piece index) of the word starting at piece `k`, and the byte where it ends.
        func scanWord(_ k: Int, stopAtJoins: Bool) -> (Int, Int) {
            var j = k
            var segmentStart = pieces[k].start  // start of the letters after the last initialism dot
            var dots = 0
            while j < end {
                if isWord(j) { j += 1; continue }
                guard !stopAtJoins, pieces[j].kind == .other else { break }
                let i = pieces[j].start
                switch pieces[j].scalar {
                case 0x2D where j > k && isWord(j + 1):  // hyphen
                    j += 1
                case 0x2E where pieces[j - 1].kind == .digits && j + 1 < end && pieces[j + 1].kind == .digits:  // 3.5
                    j += 1
                case 0x2C where pieces[j - 1].kind == .digits && j + 1 < end && pieces[j + 1].kind == .digits
                        && pieces[j + 1].end - pieces[j + 1].start == 3:  // 1,200
                    j += 1
                case 0x2E where i - segmentStart == 1 && CharacterClass.isASCIILetter(p[i - 1]):  // U.S.
                    // the next letter alone before a full stop or the end: "U.S", "U.S."
                    if startsWithASCIILetter(j + 1), pieces[j + 1].start + 1 >= endByte || p[pieces[j + 1].start + 1] == 0x2E {
                        dots += 1
                        j += 1
                        segmentStart = pieces[j].start
                    } else {
                        return dots > 0 ? (j + 1, pieces[j].end) : (j, i)
                    }
                default:
                    return (j, i)
                }
            }
            return (j, j > k ? pieces[j - 1].end : pieces[k].start)
        }

        var k = first
        while k < end {
            if isWord(k) {
                let (next, e) = scanWord(k, stopAtJoins: false)
                body(pieces[k].start, e)
                k = max(next, k + 1)
                continue
            }
            let c = pieces[k].scalar, i = pieces[k].start
            if pieces[k].kind == .other && (c == 0x27 || c == CharacterClass.rightSingleQuote) && startsWithASCIILetter(k + 1)
                && k > first && (CharacterClass.isASCIIAlnum(p[i - 1]) || p[i - 1] >= 0x80) {
                let (next, e) = scanWord(k + 1, stopAtJoins: true)
                body(i, e)
                k = next
                continue
            }
            k += 1
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
}
