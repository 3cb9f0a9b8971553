import CorpusModel
import TextAnalysis

/// Regular expressions answered through the vocabulary, as CQP does: when a pattern cannot match
/// across a token's edge, the terms it matches are found by one scan of the vocabulary, their
/// postings give the candidate rows, and only the text of those rows whose terms were folded from
/// other letters is searched.
enum VocabularyRegex {
    /// Whether every match of `pattern` lies inside one token: it is made only of ASCII letters and
    /// digits, `\w`, `\d`, classes of those, groups, alternatives and quantifiers, and hyphens
    /// between two letters or digits (`de-?escalat\w*`); it has no anchor, boundary or look-around;
    /// it is case-insensitive (terms are folded) and matches no empty string.
    static func staysInToken(_ regex: CompiledRegex) -> Bool {
        guard !regex.caseSensitive, (try? regex.matches("")) == false else { return false }
        let c = Array(regex.pattern.utf8)
        func alnumAt(_ i: Int) -> Bool { i >= 0 && i < c.count && CharacterClass.isASCIIAlnum(c[i]) }
        var i = 0, inClass = false
        while i < c.count {
            let b = c[i]
            switch b {
            case _ where CharacterClass.isASCIIAlnum(b): break
            case UInt8(ascii: "\\"):
                guard i + 1 < c.count, c[i + 1] == UInt8(ascii: "w") || c[i + 1] == UInt8(ascii: "d") else { return false }
                i += 1
            case UInt8(ascii: "["):
                guard !inClass, i + 1 < c.count, c[i + 1] != UInt8(ascii: "^") else { return false }
                inClass = true
            case UInt8(ascii: "]"):
                guard inClass else { return false }
                inClass = false
            case UInt8(ascii: "-"):
                // In a class, a range between letters or digits; outside, a hyphen joining two of them.
                let joined = alnumAt(i - 1) && (alnumAt(i + 1) || (!inClass && i + 2 < c.count && c[i + 1] == UInt8(ascii: "?") && alnumAt(i + 2)))
                guard joined else { return false }
            case UInt8(ascii: "?"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: ","),
                 UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "|"), UInt8(ascii: ":"):
                guard !inClass else { return false }
                // `(?` may only open a non-capturing group.
                if b == UInt8(ascii: "?"), i > 0, c[i - 1] == UInt8(ascii: "("), i + 1 < c.count, c[i + 1] != UInt8(ascii: ":") { return false }
                if b == UInt8(ascii: ":"), !(i >= 2 && c[i - 1] == UInt8(ascii: "?") && c[i - 2] == UInt8(ascii: "(")) { return false }
            default:
                return false
            }
            i += 1
        }
        return !inClass
    }
}

extension ConditionMatcher {
    /// The rows holding a term that `regex` matches (`VocabularyRegex.staysInToken` must hold): `sure`,
    /// those holding such a term whose tokens all read as it does but for letter case (the regex,
    /// caseless, matches their text for certain); `maybe`, the others, whose text must be searched.
    /// The postings are cut into pieces marked on all cores, each core in bitmaps of its own, read
    /// out in row order (no sort of the positions).
    func rowsHoldingTerms(matching regex: CompiledRegex, rows: TokenStarts, range: SourceRange) throws(QueryError)
        -> (sure: [Int32], maybe: [Int32]) {
        let index = corpus.index, context = self.context
        let terms: [Int]
        do { terms = try index.vocabulary.terms(matching: regex) } catch { throw Self.tooCostly(regex, range) }
        let pieceSize = 1 << 15
        var pieces: [(term: Int, sure: Bool, positions: Range<Int>)] = []
        for t in terms {
            let all = index.positions(t), sure = index.vocabulary.isSpelledAsTokens(t)
            for start in stride(from: all.startIndex, to: all.endIndex, by: pieceSize) {
                pieces.append((t, sure, start..<min(all.endIndex, start + pieceSize)))
            }
        }
        let words = (rows.count + 63) / 64
        // Each part's bitmaps: `sure` rows in words 0..<words, `maybe` rows after them.
        let parts = Parallel.slices(pieces.count, parts: pieces.count < 4 ? 1 : Parallel.cores) { slice in
            var marked = [UInt64](repeating: 0, count: 2 * words)
            marked.withUnsafeMutableBufferPointer { marked in
                for (term, sure, positions) in pieces[slice] where !context.shouldStop {
                    let offset = sure ? 0 : words
                    index.positions(term)[positions].withUnsafeBufferPointer { positions in
                        rows.withCursor { cursor in
                            for p in positions {
                                let r = cursor.advance(to: Int(p))
                                marked[offset + r >> 6] |= 1 << UInt64(r & 63)
                            }
                        }
                    }
                }
            }
            return marked
        }
        try context.checkCancelled(range)
        var sure: [Int32] = [], maybe: [Int32] = []
        for w in 0..<words {
            var sureBits: UInt64 = 0, anyBits: UInt64 = 0
            for part in parts {
                sureBits |= part[w]
                anyBits |= part[words + w]
            }
            Self.appendRows(of: sureBits, word: w, to: &sure)
            Self.appendRows(of: anyBits & ~sureBits, word: w, to: &maybe)
        }
        return (sure, maybe)
    }

    /// Appends the rows whose bits are set in word `w` of a bitmap, ascending.
    private static func appendRows(of word: UInt64, word w: Int, to rows: inout [Int32]) {
        var bits = word
        while bits != 0 {
            rows.append(Int32(w << 6 | bits.trailingZeroBitCount))
            bits &= bits - 1
        }
    }
}
