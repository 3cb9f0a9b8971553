/// The scanner the annotation layer reads text with: over UTF-8 text, with the one character
/// classification (`CharacterClass`) and the one decoder (`UTF8Cursor`), it gives two views of a
/// document's tokens: `TextToken`s and paragraphs for quotation extraction (quotation marks told
/// from apostrophes, abbreviations marked), and `FigureWord`s for figure extraction (numbers in
/// digits, words with a packed key, line breaks), each with byte offsets.
package enum TextScanner {
    // MARK: extraction tokens

    /// The sentence splitter's abbreviations, keyed: their full stop stays with the word ("Mr." is looked up as "mr").
    private static let abbreviations: Set<UInt64> =
        Set(SentenceSplitter.abbreviations.map { WordKey.hash(String(decoding: $0, as: UTF8.self)) })

    /// Splits UTF-8 text into paragraphs (non-blank lines) and tokens, deciding for every
    /// apostrophe-like mark whether it is an apostrophe or a quotation mark.
    package static func scan(_ p: UnsafeBufferPointer<UInt8>) -> (tokens: [TextToken], paragraphs: [TextParagraph]) {
        var tokens = [TextToken]()
        tokens.reserveCapacity(p.count / 6)
        var paragraphs = [TextParagraph]()
        var lineStart = 0
        let n = p.count
        while lineStart < n {
            var lineEnd = lineStart
            while lineEnd < n && p[lineEnd] != 0x0A && !isParagraphSeparator(p, lineEnd) { lineEnd += 1 }
            let first = tokens.count
            scanLine(p, lineStart, lineEnd, &tokens)
            if tokens.count > first {
                paragraphs.append(TextParagraph(firstToken: first, endToken: tokens.count,
                                                start: tokens[first].start, end: tokens[tokens.count - 1].end))
            }
            lineStart = lineEnd + (lineEnd < n && p[lineEnd] != 0x0A ? 3 : 1)
        }
        return (tokens, paragraphs)
    }

    /// Whether U+2029 (E2 80 A9) starts at `i`.
    @inline(__always) private static func isParagraphSeparator(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        p[i] == 0xE2 && i + 2 < p.count && p[i + 1] == 0x80 && p[i + 2] == 0xA9
    }

    private static func isApostrophe(_ c: UInt32) -> Bool { c == 0x27 || c == 0x2019 }
    private static func plural(_ c: UInt32) -> Bool { c == 0x73 || c == 0x53 }
    @inline(__always) private static func isSpace(_ c: UInt32) -> Bool { CharacterClass.isSpaceScalar(c) }
    @inline(__always) private static func isLetter(_ c: UInt32) -> Bool { CharacterClass.isLetterScalar(c) }
    @inline(__always) private static func isDigit(_ c: UInt32) -> Bool { CharacterClass.isDigitScalar(c) }
    @inline(__always) private static func isUpper(_ c: UInt32) -> Bool { CharacterClass.isUpperScalar(c) }

    /// The scalar at byte `i` and its length, or (`none`, 0) at or past `to`.
    @inline(__always) private static func at(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ to: Int, none: UInt32 = 0) -> (UInt32, Int) {
        i < to ? UTF8Cursor.decode(p, i, to) : (none, 0)
    }

    /// Whether a mark that can close a single quotation follows on the line, after a word that
    /// continues the current one: then "workers’ union" holds an apostrophe, not the closing mark.
    private static func laterClosingMark(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        let (space, l0) = at(p, from, to)
        guard from + l0 < to, isSpace(space) else { return false }
        let (letter, _) = at(p, from + l0, to)
        guard isLetter(letter), !isUpper(letter) else { return false }
        var j = from + l0, prev = space
        while j < to {
            let (v, l) = UTF8Cursor.decode(p, j, to)
            if isApostrophe(v) && !isSpace(prev) && (j + l >= to || !isLetter(at(p, j + l, to).0)) { return true }
            if v == 0x201C || v == 0x2018 { return false }
            prev = v
            j += l
        }
        return false
    }

    private static func scanLine(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, _ tokens: inout [TextToken]) {
        var i = from
        var singleOpen = 0
        func add(_ start: Int, _ end: Int, _ kind: TextToken.Kind, mark: UInt32 = 0, abbreviation: Bool = false) {
            var cap = false, acronym = false
            if kind == .word {
                let (first, firstLength) = at(p, start, end)
                cap = isUpper(first)
                if cap {
                    var lastHyphen = -1
                    for j in start..<end where p[j] == 0x2D { lastHyphen = j }
                    if lastHyphen > start && lastHyphen + 1 < end && !isUpper(at(p, lastHyphen + 1, end).0) {
                        cap = false  // "Pakistan-based", "Shiite-majority": adjectives
                    }
                } else if p[start] == 0x61 || p[start] == 0x65 {
                    let second = start + firstLength + at(p, start + firstLength, end).1
                    if second + 1 < end && p[second] == 0x2D && isUpper(at(p, second + 1, end).0) {
                        cap = true  // "al-Adl", "el-Sisi"
                    }
                }
                if cap && end - start >= 2 {
                    var uppers = 0, letters = 0, last: UInt32 = 0, j = start
                    while j < end {
                        let (v, l) = UTF8Cursor.decode(p, j, end)
                        if isLetter(v) {
                            letters += 1
                            if isUpper(v) { uppers += 1 }
                        }
                        last = v
                        j += l
                    }
                    acronym = uppers >= 2 && (uppers == letters || isUpper(last))
                }
            }
            // "Mr." is looked up as "mr"; acronyms with periods ("U.S.") keep them.
            var titleAbbreviation = abbreviation && p[end - 1] == 0x2E
            if titleAbbreviation {
                let k = UTF8Cursor.scalarStart(p, before: end - 1, from: start)
                titleAbbreviation = !(k > start && p[k - 1] == 0x2E)
            }
            let key = kind == .punct || kind == .open || kind == .close ? 0 : WordKey.hash(p, start, titleAbbreviation ? end - 1 : end)
            tokens.append(TextToken(start: start, end: end, key: key, kind: kind, capitalised: cap, acronym: acronym,
                                    mark: mark, abbreviation: abbreviation))
        }
        while i < to {
            let (c, width) = UTF8Cursor.decode(p, i, to)
            if isSpace(c) { i += width; continue }
            if isLetter(c) || isDigit(c) {
                var j = i + width
                var abbreviation = false
                while j < to {
                    let (d, dl) = UTF8Cursor.decode(p, j, to)
                    if isLetter(d) || isDigit(d) { j += dl; continue }
                    let (next, nl) = at(p, j + dl, to)
                    if (d == 0x2D || d == 0x2010 || d == 0x2011) && (isLetter(next) || isDigit(next)) {
                        j += dl + nl; continue
                    }
                    if isApostrophe(d) && isLetter(next) {
                        if (next == 0x73 || next == 0x53) && !isLetter(at(p, j + dl + nl, to).0) { break }
                        j += dl + nl; continue
                    }
                    if (d == 0x2C || d == 0x2E) && CharacterClass.isDigit(p[j - 1]) && isDigit(next) { j += 2; continue }
                    if d == 0x2E && j == i + width && isLetter(next) && j + 1 + nl < to && p[j + 1 + nl] == 0x2E {
                        // Acronym with periods: U.S., U.N.
                        j += 1 + nl
                        while j + 1 < to && p[j] == 0x2E {
                            let (letter, ll) = UTF8Cursor.decode(p, j + 1, to)
                            guard isLetter(letter), j + 1 + ll < to, p[j + 1 + ll] == 0x2E else { break }
                            j += 1 + ll
                        }
                        j += 1
                        abbreviation = true
                        break
                    }
                    if d == 0x2E && abbreviations.contains(WordKey.hash(p, i, j)) {
                        j += 1; abbreviation = true
                    }
                    break
                }
                add(i, j, isDigit(c) ? .number : .word, abbreviation: abbreviation)
                i = j
                // Possessive ’s split from its word.
                let (a, al) = at(p, j, to)
                if isApostrophe(a) && j + al < to && (p[j + al] == 0x73 || p[j + al] == 0x53)
                    && !isLetter(at(p, j + al + 1, to).0) {
                    add(j, j + al + 1, .possessive)
                    i = j + al + 1
                }
                continue
            }
            let prev: UInt32 = i > from ? UTF8Cursor.decode(p, UTF8Cursor.scalarStart(p, before: i, from: from), to).0 : 0x20
            let next = at(p, i + width, to, none: 0x20).0
            // A mark that can open or close: it opens after a space or an opening bracket, dash or mark,
            // unless nothing follows it but a space or the end of the line (“…,’ ”).
            func opens(width: Int) -> Bool {
                let after = at(p, i + width, to, none: 0x20).0
                let before = isSpace(prev) || prev == 0x28 || prev == 0x5B || prev == 0x2014 || prev == 0x2013
                    || prev == 0x201C || prev == 0x2018 || i == from
                return before && !isSpace(after)
            }
            switch c {
            case 0x201E, 0xAB:
                add(i, i + width, .open, mark: 1)
            case 0x201C:
                // „…“: the German closing mark is the English opening one; it closes after a word.
                let closes = !opens(width: width) && (isSpace(next) || next == 0x2E || next == 0x2C || i + width == to)
                add(i, i + width, closes ? .close : .open, mark: 1)
            case 0x201D, 0xBB:
                add(i, i + width, .close, mark: 1)
            case 0x22:
                add(i, i + 1, opens(width: 1) ? .open : .close, mark: 1)
            case 0x27 where next == 0x27:
                // Two apostrophes as a double mark (''…'', the New York Times' style).
                add(i, i + 2, opens(width: 2) ? .open : .close, mark: 1)
                i += 1
            case 0x60 where next == 0x60:
                add(i, i + 2, .open, mark: 1)
                i += 1
            case 0x2018:
                if isLetter(prev) && isLetter(next) {
                    add(i, i + width, .possessive)
                } else {
                    singleOpen += 1
                    add(i, i + width, .open, mark: 2)
                }
            case 0x2019, 0x27:
                let afterSpace = isSpace(prev) || i == from || prev == 0x201C || prev == 0x22 || prev == 0x28
                if afterSpace && isLetter(next) {
                    singleOpen += 1
                    add(i, i + width, .open, mark: 2)
                } else if singleOpen > 0 && !afterSpace && !(plural(prev) && laterClosingMark(p, i + width, to)) {
                    singleOpen -= 1
                    add(i, i + width, .close, mark: 2)
                } else {
                    add(i, i + width, .possessive)
                }
            default:
                add(i, i + width, .punct, mark: c)
            }
            i += width
        }
    }

    // MARK: figure words

    /// Splits UTF-8 text into `FigureWord`s in one pass over the bytes.
    package static func figureWords(_ bytes: UnsafeBufferPointer<UInt8>) -> [FigureWord] {
        var out: [FigureWord] = []
        out.reserveCapacity(bytes.count / 5)
        var cursor = UTF8Cursor(bytes)
        var attached = false
        /// A letter, not counting ’ (which joins words only between letters).
        func isLetter(_ v: UInt32) -> Bool { v != 0x2019 && CharacterClass.isLetterScalar(v) }

        while !cursor.atEnd {
            let (v, len) = cursor.peek()
            if v == 0x0A {
                out.append(FigureWord(kind: .lineBreak, byteStart: cursor.byte, byteEnd: cursor.byte + 1, key: .none))
                cursor.advance(1); attached = false
                continue
            }
            if CharacterClass.isSpaceScalar(v) {
                cursor.advance(len); attached = false
                continue
            }
            let startByte = cursor.byte
            if CharacterClass.isDigitScalar(v) {
                // digits, with , or . inside when a digit follows
                cursor.advance(1)
                while let c = cursor.byte(at: 0) {
                    if CharacterClass.isDigit(c) {
                        cursor.advance(1)
                    } else if (c == 0x2C || c == 0x2E), let d = cursor.byte(at: 1), CharacterClass.isDigit(d) {
                        cursor.advance(1)
                    } else { break }
                }
                out.append(FigureWord(kind: .digits, byteStart: startByte, byteEnd: cursor.byte, key: .none, isAttached: attached))
            } else if isLetter(v) {
                var packer = PackedWord.Packer()
                var hyphen = false, possessive = false
                let capital = v >= 0x41 && v <= 0x5A
                while !cursor.atEnd {
                    let (c, clen) = cursor.peek()
                    if isLetter(c) {
                        packer.append(c)
                        cursor.advance(clen)
                        continue
                    }
                    // an inner hyphen or apostrophe joins letters on both sides
                    guard c == 0x2D || c == 0x27 || c == 0x2019, let (next, nlen) = cursor.peek(after: clen),
                          isLetter(next) else { break }
                    if c == 0x2D {
                        hyphen = true
                    } else if next == 0x73 || next == 0x53 {
                        possessive = cursor.peek(after: clen + nlen).map { !isLetter($0.0) } ?? true
                    }
                    packer.append(c)
                    cursor.advance(clen)
                }
                out.append(FigureWord(kind: .word, byteStart: startByte, byteEnd: cursor.byte, key: packer.word, isCapitalized: capital,
                                      isPossessive: possessive, hasHyphen: hyphen, isAttached: attached))
            } else {
                cursor.advance(len)
                out.append(FigureWord(kind: .punctuation, byteStart: startByte, byteEnd: cursor.byte, key: PackedWord(low: UInt64(v), high: 0), isAttached: attached))
            }
            attached = true
        }
        return out
    }
}

/// Whether two values of a one-byte enum without payloads are the same case (the token kinds' `==`).
@inlinable func sameCase<Kind>(_ a: Kind, _ b: Kind) -> Bool {
    unsafeBitCast(a, to: UInt8.self) == unsafeBitCast(b, to: UInt8.self)
}

/// A word, number, punctuation sign or quotation mark of a document, as quotation extraction reads it
/// (offsets in bytes).
public struct TextToken: Sendable {
    public enum Kind: UInt8, Sendable {
        case word, number, punct, open, close, possessive
        @inlinable public static func == (a: Kind, b: Kind) -> Bool { sameCase(a, b) }
    }
    package var start: Int
    package var end: Int
    /// `WordKey.hash` of the word (0 for marks and punctuation).
    package var key: UInt64
    package var kind: Kind
    /// First scalar is upper case.
    package var capitalised: Bool
    /// Two or more letters, all upper case (acronyms; "MoFA" counts through its first and last letters).
    package var acronym: Bool
    /// For `open`/`close`: 1 double mark, 2 single mark. For `punct`: the scalar.
    package var mark: UInt32
    /// The token ends with a period that does not end a sentence ("U.S.", "Mr.").
    package var abbreviation: Bool
}

/// A line of text holding at least one token.
package struct TextParagraph: Sendable {
    package var firstToken: Int
    package var endToken: Int
    package var start: Int
    package var end: Int
}

/// One token of the figure extractor's view: a word, a number written in digits, a punctuation
/// mark or a line break, with its byte range in the UTF-8 text.
public struct FigureWord {
    public enum Kind: UInt8 {
        case word, digits, punctuation, lineBreak
        @inlinable public static func == (a: Kind, b: Kind) -> Bool { sameCase(a, b) }
    }

    @usableFromInline package var kind: Kind
    package var byteStart: Int
    package var byteEnd: Int
    /// Lower-cased word (words), or the scalar value in `low` (punctuation).
    @usableFromInline package var key: PackedWord
    package var isCapitalized = false
    package var isPossessive = false
    package var hasHyphen = false
    /// True when no white space separates this token from the previous one.
    package var isAttached = false

    /// True for punctuation that ends a sentence or clause for context windows.
    @inlinable package var isBoundary: Bool {
        switch kind {
        case .lineBreak: return true
        case .punctuation:
            switch key.low {
            case 0x2E, 0x21, 0x3F, 0x3B, 0x3A, 0x2022: return true  // . ! ? ; : •
            default: return false
            }
        default: return false
        }
    }

    @inlinable package func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        kind == .punctuation && key.low == UInt64(scalar.value)
    }
}
