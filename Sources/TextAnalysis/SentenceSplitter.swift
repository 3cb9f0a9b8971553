/// Splits a paragraph (one line of text) into sentences, working on bytes.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotation marks and brackets after it)
/// when white space follows and the next word does not start in lower case. A full stop does not end
/// a sentence after a known abbreviation (Mr., Gen., No., Jan.), a single initial (J. Smith) or an
/// initialism (U.S.), unless an initialism or an abbreviation ending a name ("D.C.", "Inc.") comes before a word
/// that only opens sentences ("the U.S. The", "Inc. While"); decimals and figures (3.5, 1,200) never contain a break. A line without any
/// terminator (a heading, a bullet) is one sentence; a leading bullet marker is not part of it.
package enum SentenceSplitter {
    /// Abbreviations after which a full stop does not end a sentence (lower case, without the dot):
    /// the one list, which the extraction scanner (`TextScanner`) reads too.
    static let abbreviations: Set<[UInt8]> = Set([
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "sgt", "adm", "gov",
        "sen", "rep", "pres", "rev", "hon", "st", "mt", "ft", "jr", "sr", "no", "nos", "vol", "pp", "fig",
        "govs", "sens", "reps",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "inc", "ltd", "co", "corp", "vs", "etc", "approx", "est", "dept", "univ", "ave", "blvd", "al",
    ].map { Array($0.utf8) })

    /// The paragraph a line `start..<end` holds: the line without the white space around it; nil for a blank line.
    package static func paragraph(_ p: UnsafeBufferPointer<UInt8>, line start: Int, _ end: Int) -> Range<Int>? {
        var e = end
        while e > start, CharacterClass.isSpace(p[e - 1]) { e -= 1 }
        var s = start
        while s < e, CharacterClass.isSpace(p[s]) { s += 1 }
        return s < e ? s..<e : nil
    }

    /// Where a sentence begins after another in its paragraph, in a document's text whose paragraphs
    /// are its lines (as the corpus reads them): the byte offset of every sentence but the first of its line.
    package static func innerSentenceStarts(_ p: UnsafeBufferPointer<UInt8>) -> [Int] {
        var out: [Int] = []
        var lineStart = 0
        while lineStart < p.count {
            var lineEnd = lineStart
            while lineEnd < p.count && p[lineEnd] != 0x0A { lineEnd += 1 }
            if let para = paragraph(p, line: lineStart, lineEnd) {
                out += split(p, from: para.lowerBound, to: para.upperBound).dropFirst().map(\.lowerBound)
            }
            lineStart = lineEnd + 1
        }
        return out
    }

    /// Returns the byte ranges of the sentences in `start..<end` (a paragraph without its line break).
    package static func split(_ p: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var s = skipBullet(p, skipSpace(p, start, end), end)
        var i = s
        while i < end {
            let b = p[i]
            var termEnd = -1
            if b == 0x2E || b == 0x21 || b == 0x3F {
                termEnd = i + 1
                while termEnd < end, p[termEnd] == 0x2E || p[termEnd] == 0x21 || p[termEnd] == 0x3F { termEnd += 1 }
            } else if b == 0xE2, i + 2 < end, p[i + 1] == 0x80, p[i + 2] == 0xA6 {  // …
                termEnd = i + 3
            }
            guard termEnd > 0 else { i += 1; continue }
            let afterClose = skipClosers(p, termEnd, end)
            let next = skipSpace(p, afterClose, end)
            if next >= end { break }
            if next == afterClose || !startsSentence(p, next, end)
                || (b == 0x2E && termEnd == i + 1 && isAbbreviation(p, s, i) && !(endsWords(p, s, i) && opensSentence(p, next, end))) {
                i = termEnd
                continue
            }
            out.append(s..<trimEnd(p, s, afterClose))
            s = next
            i = next
        }
        let e = trimEnd(p, s, end)
        if e > s { out.append(s..<e) }
        return out
    }

    /// Skips white space, the Unicode spaces included (a no-break space after a full stop separates sentences too).
    @inline(__always)
    private static func skipSpace(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        var i = i
        while i < end {
            if CharacterClass.isSpace(p[i]) { i += 1; continue }
            guard p[i] >= 0x80 else { break }
            let (v, n) = UTF8Cursor.decode(p, i, end)
            guard CharacterClass.isSpaceScalar(v) else { break }
            i += n
        }
        return i
    }

    private static func trimEnd(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Int {
        var e = e
        while e > s, CharacterClass.isSpace(p[e - 1]) { e -= 1 }
        return e
    }

    /// Skips a bullet marker (•, ·, ▪, -, *, –, —) followed by a space.
    private static func skipBullet(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        guard i < end else { return i }
        var n = 0
        if p[i] == 0x2D || p[i] == 0x2A {
            n = 1
        } else if p[i] >= 0x80 {
            let (v, len) = UTF8Cursor.decode(p, i, end)
            if [0x2022, 0x00B7, 0x25AA, 0x2013, 0x2014, 0x25CF].contains(v) { n = len }
        }
        guard n > 0, i + n < end, CharacterClass.isSpace(p[i + n]) else { return i }
        return skipSpace(p, i + n, end)
    }

    /// Skips closing quotation marks and brackets after a terminator: " ' ) ] ” ’ »
    private static func skipClosers(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        var i = i
        while i < end {
            let b = p[i]
            if b == 0x22 || b == 0x27 || b == 0x29 || b == 0x5D { i += 1; continue }
            if b >= 0x80 {
                let (v, n) = UTF8Cursor.decode(p, i, end)
                if v == 0x201D || v == 0x2019 || v == 0x00BB { i += n; continue }
            }
            break
        }
        return i
    }

    /// Whether the text at `i` can begin a sentence: anything but a lower-case letter.
    private static func startsSentence(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        let b = p[i]
        if b < 0x80 { return !CharacterClass.isLowerASCII(b) }
        return !CharacterClass.isLowercaseScalar(UTF8Cursor.decode(p, i, end).0)
    }

    /// Abbreviations that end a name or a phrase, so may end a sentence too ("… at Harlow Inc. The firm …").
    static let closingAbbreviations: Set<[UInt8]> = Set(["inc", "ltd", "corp", "co", "jr", "sr", "etc"].map { Array($0.utf8) })

    /// Words that open a sentence and never go on a name: articles, pronouns, conjunctions, subordinators.
    static let sentenceOpeners: Set<[UInt8]> = Set([
        "the", "he", "she", "it", "they", "we", "but", "and", "while", "however", "this", "these", "those", "his", "her",
        "its", "their", "there", "when", "after", "although", "though", "meanwhile", "yet", "in", "if", "as",
    ].map { Array($0.utf8) })

    /// Whether the full stop at `dot` closes an initialism or an abbreviation ending a name ("U.S.", "D.C.", "Inc.",
    /// "Jr."), which ends a sentence before a word that opens one ("… entering the U.S. While the mayor …").
    private static func endsWords(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ dot: Int) -> Bool {
        var w = dot
        while w > s, CharacterClass.isASCIILetter(p[w - 1]) || p[w - 1] == 0x2E { w -= 1 }
        let word = Array(p[w..<dot])
        return word.count > 2 && word.contains(0x2E) || closingAbbreviations.contains(word.map { CharacterClass.isUpperASCII($0) ? $0 | 0x20 : $0 })
    }

    /// Whether a capitalised word of `sentenceOpeners` ("The", "While", not "THE") starts at `i`.
    private static func opensSentence(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        guard CharacterClass.isUpperASCII(p[i]) else { return false }
        var e = i + 1
        while e < end, CharacterClass.isASCIILetter(p[e]) { e += 1 }
        let word = Array(p[i..<e])
        return !word.dropFirst().contains { CharacterClass.isUpperASCII($0) } && sentenceOpeners.contains([p[i] | 0x20] + word.dropFirst())
    }

    /// Whether the word ending just before the full stop at `dot` is an abbreviation, an initial or an initialism.
    private static func isAbbreviation(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ dot: Int) -> Bool {
        var w = dot
        while w > s, CharacterClass.isASCIILetter(p[w - 1]) || p[w - 1] == 0x2E { w -= 1 }
        let word = Array(p[w..<dot])
        if word.isEmpty { return false }
        if word.contains(0x2E) { return true }  // U.S, e.g
        if word.count == 1 && CharacterClass.isUpperASCII(word[0]) { return true }  // J. Smith
        return abbreviations.contains(word.map { CharacterClass.isUpperASCII($0) ? $0 | 0x20 : $0 })
    }
}
