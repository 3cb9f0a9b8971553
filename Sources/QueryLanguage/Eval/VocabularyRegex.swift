import CorpusModel
import TextAnalysis

/// Regular expressions answered through the vocabulary, as CQP does: when a pattern cannot match
/// across a token's edge, the terms it matches are found by one scan of the vocabulary, their
/// postings give the candidate rows, and only those rows' text is searched.
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
    /// The rows holding a term that `regex` matches (`VocabularyRegex.staysInToken` must hold), so
    /// only their text needs searching: each term's postings mark their rows in a bitmap, read out
    /// in row order (no sort of the positions).
    func rowsHoldingTerms(matching regex: CompiledRegex, rows: TokenStarts, range: SourceRange) throws(QueryError) -> [Int32] {
        let index = corpus.index
        let terms: [Int]
        do { terms = try index.vocabulary.terms(matching: regex) } catch { throw Self.tooCostly(regex, range) }
        var marked = [UInt64](repeating: 0, count: (rows.count + 63) / 64)
        for (n, t) in terms.enumerated() {
            if n & 255 == 255 { try context.checkCancelled(range) }
            index.positions(t).withUnsafeBufferPointer { positions in
                rows.withCursor { cursor in
                    marked.withUnsafeMutableBufferPointer { marked in
                        for p in positions {
                            let r = cursor.advance(to: Int(p))
                            marked[r >> 6] |= 1 << UInt64(r & 63)
                        }
                    }
                }
            }
        }
        try context.checkCancelled(range)
        var holding: [Int32] = []
        for (w, word) in marked.enumerated() where word != 0 {
            var bits = word
            while bits != 0 {
                holding.append(Int32(w << 6 | bits.trailingZeroBitCount))
                bits &= bits - 1
            }
        }
        return holding
    }
}
