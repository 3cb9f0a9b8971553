/// The scanner the annotation layer reads text with. One pass over the UTF-8 bytes, with the one
/// decoder (`UTF8Cursor`) and the one character classification (`CharacterClass`), cuts a document
/// into `TextPiece`s (runs of letters, of digits, of white space, line breaks and single other
/// characters, with byte ranges); two views join them into tokens: `TextToken`s and paragraphs for
/// quotation extraction (quotation marks told from apostrophes, abbreviations marked), and
/// `FigureWord`s for figure extraction (numbers in digits, words with a packed key, line breaks).
package enum TextScanner {
    // MARK: the one scan

    /// Cuts UTF-8 text into pieces, in order, covering every byte.
    package static func pieces(_ p: UnsafeBufferPointer<UInt8>) -> [TextPiece] {
        let n = p.count
        // A piece holds one byte or more: `n` pieces at most, written in place.
        return TextPiece.asciiKinds.withUnsafeBufferPointer { asciiKinds in
            [TextPiece](unsafeUninitializedCapacity: n) { out, count in
                var i = 0, k = 0
                while i < n {
                    let (v, width) = UTF8Cursor.decode(p, i, n)
                    let kind = v < 0x80 ? asciiKinds[Int(v)] : TextPiece.kind(of: v)
                    let start = i
                    i += width
                    var runs = kind.isRun
                    if kind == .letters {
                        i = asciiLetterRunEnd(p, from: i)
                        runs = i < n && p[i] >= 0x80  // only a letter outside ASCII may go on with it
                    }
                    if runs {
                        while i < n {
                            let b = p[i]
                            if b < 0x80 {
                                guard asciiKinds[Int(b)] == kind else { break }
                                i += 1
                            } else {
                                let (w, l) = UTF8Cursor.decode(p, i, n)
                                guard TextPiece.kind(of: w) == kind else { break }
                                i += l
                            }
                        }
                    }
                    (out.baseAddress.unsafelyUnwrapped + k).initialize(to: TextPiece(start: start, end: i, kind: kind, scalar: v))
                    k += 1
                }
                count = k
            }
        }
    }

    /// Where the ASCII letters from byte `i` of `p` end, read eight bytes at a time where eight remain (a
    /// word costs no branch per letter: most end inside one group), the last ones byte by byte.
    @inline(__always) static func asciiLetterRunEnd(_ p: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
        var i = i
        while i &+ 8 <= p.count {
            // A byte from 0x80 up is no letter; the bytes before the first of them are read exactly
            // (`letters8` carries only upwards).
            let letters = (~CharacterClass.letters8(UTF8Cursor.load(p, i, 8)) & UTF8Cursor.highBits).trailingZeroBitCount / 8
            i &+= letters
            if letters < 8 { return i }
        }
        while i < p.count && CharacterClass.isASCIILetter(p[i]) { i &+= 1 }
        return i
    }

    // MARK: extraction tokens

    /// The sentence splitter's abbreviations, keyed: their full stop stays with the word ("Mr." is looked up as "mr").
    private static let abbreviations: Set<UInt64> =
        Set(SentenceSplitter.abbreviations.map { WordKey.hash(String(decoding: $0, as: UTF8.self)) })

    /// The extraction view of `pieces` (of `p`): paragraphs (non-blank lines) and tokens, deciding for
    /// every apostrophe-like mark whether it is an apostrophe or a quotation mark.
    package static func scan(_ p: UnsafeBufferPointer<UInt8>, _ pieces: UnsafeBufferPointer<TextPiece>) -> (tokens: [TextToken], paragraphs: [TextParagraph]) {
        var paragraphs = [TextParagraph]()
        // A token takes one piece or more: at most `pieces.count` tokens, written in place.
        let tokens = [TextToken](unsafeUninitializedCapacity: pieces.count) { out, count in
            var lineStart = 0
            count = 0
            while lineStart < pieces.count {
                var lineEnd = lineStart
                while lineEnd < pieces.count && pieces[lineEnd].kind != .lineBreak { lineEnd += 1 }
                let first = count
                scanLine(p, pieces, lineStart, lineEnd, out.baseAddress.unsafelyUnwrapped, &count)
                if count > first {
                    paragraphs.append(TextParagraph(firstToken: first, endToken: count, start: out[first].start, end: out[count - 1].end))
                }
                lineStart = lineEnd + 1
            }
        }
        return (tokens, paragraphs)
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

    /// Whether a right single mark after a letter closes a quotation later on the line from `from`, before any
    /// opening mark.
    private static func closesAfterWord(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        var j = from, prev: UInt32 = 0x20
        while j < to {
            let (v, l) = UTF8Cursor.decode(p, j, to)
            if v == 0x2019 && isLetter(prev) && (j + l >= to || !isLetter(at(p, j + l, to).0)) { return true }
            if v == 0x201C || v == 0x2018 { return false }
            prev = v
            j += l
        }
        return false
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

    private static func scanLine(_ p: UnsafeBufferPointer<UInt8>, _ pieces: UnsafeBufferPointer<TextPiece>, _ firstPiece: Int, _ endPiece: Int,
                                 _ tokens: UnsafeMutablePointer<TextToken>, _ count: inout Int) {
        guard firstPiece < endPiece else { return }
        let from = pieces[firstPiece].start, to = pieces[endPiece - 1].end
        var singleOpen = 0
        /// Whether piece `k` of the line is a word's letters or digits.
        func isAlnum(_ k: Int) -> Bool { k < endPiece && (pieces[k].kind == .letters || pieces[k].kind == .digits) }
        /// Whether piece `k` of the line is the single character `c`.
        func isOther(_ k: Int, _ c: UInt32) -> Bool { k < endPiece && pieces[k].kind == .other && pieces[k].scalar == c }
        /// Whether piece `k` of the line is one letter or digit.
        func isOneScalar(_ k: Int) -> Bool {
            isAlnum(k) && pieces[k].end - pieces[k].start == UTF8Cursor.sequenceLength(lead: p[pieces[k].start])
        }
        func isOneLetter(_ k: Int) -> Bool { isOneScalar(k) && pieces[k].kind == .letters }
        /// Whether piece `k` of the line is the letter s alone (a possessive or plural ending).
        func isLoneS(_ k: Int) -> Bool {
            k < endPiece && pieces[k].kind == .letters && pieces[k].end - pieces[k].start == 1 && plural(pieces[k].scalar)
        }
        /// Adds a mark, a punctuation sign or a possessive ending (the only one of them with a key).
        func add(_ start: Int, _ end: Int, _ kind: TextToken.Kind, mark: UInt32 = 0) {
            let key = kind == .possessive ? WordKey.hash(p, start, end) : 0
            (tokens + count).initialize(to: TextToken(start: start, end: end, key: key, kind: kind, capitalised: false,
                                                      acronym: false, mark: mark, abbreviation: false))
            count += 1
        }
        /// Adds a word or a number, with its key and whether it is capitalised or an acronym.
        @inline(__always) func addWord(_ start: Int, _ end: Int, _ kind: TextToken.Kind, abbreviation: Bool) {
            let n = end - start, w = n <= 8 ? UTF8Cursor.load(p, start, n) : UTF8Cursor.highBits
            var cap = false, acronym = false, key: UInt64
            if w & UTF8Cursor.highBits == 0 && !abbreviation {  // ASCII, most words: eight bytes at once
                if kind == .word { (cap, acronym) = capitalisation(ascii: w, count: n) }
                key = WordKey.hash(ascii: w, count: n)
            } else {
                if kind == .word { (cap, acronym) = capitalisation(p, start, end) }
                // "Mr." is looked up as "mr"; acronyms with periods ("U.S.") keep them.
                var titleAbbreviation = abbreviation && p[end - 1] == 0x2E
                if titleAbbreviation {
                    let k = UTF8Cursor.scalarStart(p, before: end - 1, from: start)
                    titleAbbreviation = !(k > start && p[k - 1] == 0x2E)
                }
                key = WordKey.hash(p, start, titleAbbreviation ? end - 1 : end)
            }
            (tokens + count).initialize(to: TextToken(start: start, end: end, key: key, kind: kind, capitalised: cap,
                                                      acronym: acronym, mark: 0, abbreviation: abbreviation))
            count += 1
        }
        var k = firstPiece
        while k < endPiece {
            let piece = pieces[k]
            if piece.kind == .space { k += 1; continue }
            if piece.kind == .letters || piece.kind == .digits {
                var j = k + 1
                var abbreviation = false
                while j < endPiece {
                    if isAlnum(j) { j += 1; continue }
                    guard pieces[j].kind == .other else { break }
                    let d = pieces[j].scalar
                    if (d == 0x2D || d == 0x2010 || d == 0x2011) && isAlnum(j + 1) { j += 2; continue }
                    if isApostrophe(d) && j + 1 < endPiece && pieces[j + 1].kind == .letters {
                        if isLoneS(j + 1) { break }
                        j += 2; continue
                    }
                    if (d == 0x2C || d == 0x2E) && pieces[j - 1].kind == .digits && j + 1 < endPiece && pieces[j + 1].kind == .digits {
                        j += 2; continue
                    }
                    if d == 0x2E && j == k + 1 && isOneScalar(k) && isOneLetter(j + 1) && isOther(j + 2, 0x2E) {
                        // Acronym with periods: U.S., U.N.
                        j += 2
                        while isOther(j, 0x2E) && isOneLetter(j + 1) && isOther(j + 2, 0x2E) { j += 2 }
                        j += 1
                        abbreviation = true
                        break
                    }
                    if d == 0x2E && abbreviations.contains(WordKey.hash(p, piece.start, pieces[j].start)) {
                        j += 1; abbreviation = true
                    }
                    break
                }
                addWord(piece.start, pieces[j - 1].end, piece.kind == .digits ? .number : .word, abbreviation: abbreviation)
                k = j
                // Possessive ’s split from its word.
                if k + 1 < endPiece && pieces[k].kind == .other && isApostrophe(pieces[k].scalar) && isLoneS(k + 1) {
                    add(pieces[k].start, pieces[k + 1].end, .possessive)
                    k += 2
                }
                continue
            }
            let i = piece.start, c = piece.scalar, width = piece.end - piece.start
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
                k += 1
            case 0x60 where next == 0x60:
                add(i, i + 2, .open, mark: 1)
                k += 1
            case 0x2018:
                if isLetter(prev) && isLetter(next) {
                    add(i, i + width, .possessive)
                } else if k + 1 < endPiece && pieces[k + 1].kind == .digits && pieces[k + 1].end - pieces[k + 1].start == 2
                            && !isAlnum(k + 2) && k - 2 >= firstPiece && pieces[k - 1].kind == .space && pieces[k - 2].kind == .letters
                            && !Self.closesAfterWord(p, i + width, to) {
                    // A year cut short with the opening mark after a word ("in ‘08"), no quotation ("‘60 Minutes’", nor
                    // one opening the line: "‘20 years on, …,’ she said"): an apostrophe.
                    add(i, i + width, .punct, mark: c)
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
            k += 1
        }
    }

    /// Whether the word `from..<to` of `p` is capitalised (its first scalar upper case, unless a hyphen
    /// joins a lower-case part to it: "Pakistan-based"; or a lower-case "al-"/"el-" before a capital:
    /// "al-Adl") and whether it is an acronym (capitalised, two capitals or more, all its letters capitals
    /// or its last one: "US", "MoFA").
    static func capitalisation(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (capitalised: Bool, acronym: Bool) {
        let (first, firstLength) = at(p, start, end)
        var cap = isUpper(first)
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
        guard cap && end - start >= 2 else { return (cap, false) }
        let (letters, capitals, lastIsCapital) = CharacterClass.letterCounts(p, start, end)
        return (true, capitals >= 2 && (capitals == letters || lastIsCapital))
    }

    /// `capitalisation` of a word of `n` (1 to 8) ASCII bytes loaded as `w` (`UTF8Cursor.load`), all at once.
    @inline(__always) static func capitalisation(ascii w: UInt64, count n: Int) -> (capitalised: Bool, acronym: Bool) {
        let capitals = CharacterClass.capitals8(w)
        /// Whether byte `i` is a capital.
        func isCapital(_ i: Int) -> Bool { capitals &>> (8 &* UInt64(i) &+ 7) & 1 != 0 }
        var cap = isCapital(0)
        if cap {
            let hyphens = CharacterClass.bytes8(w, equalTo: 0x2D)
            if hyphens != 0 {
                let lastHyphen = (63 &- hyphens.leadingZeroBitCount) / 8
                if lastHyphen > 0 && lastHyphen + 1 < n && !isCapital(lastHyphen + 1) { cap = false }
            }
        } else if w & 0xFF == 0x61 || w & 0xFF == 0x65 {
            cap = n > 3 && (w &>> 16) & 0xFF == 0x2D && isCapital(3)
        }
        guard cap && n >= 2 else { return (cap, false) }
        let capitalCount = capitals.nonzeroBitCount
        return (true, capitalCount >= 2 && (capitalCount == CharacterClass.letters8(w).nonzeroBitCount || isCapital(n - 1)))
    }

    // MARK: figure words

    /// The figure view of `pieces` (of `p`): words (letters joined by inner hyphens and apostrophes),
    /// numbers in digits (with , or . between digits), punctuation and line breaks.
    package static func figureWords(_ p: UnsafeBufferPointer<UInt8>, _ pieces: UnsafeBufferPointer<TextPiece>) -> [FigureWord] {
        // A figure word takes one piece or more: at most `pieces.count` of them, written in place.
        [FigureWord](unsafeUninitializedCapacity: pieces.count) { words, count in
            var attached = false
            var k = 0
            count = 0
            func isKind(_ k: Int, _ kind: TextPiece.Kind) -> Bool { k < pieces.count && pieces[k].kind == kind }
            func append(_ word: FigureWord) {
                (words.baseAddress.unsafelyUnwrapped + count).initialize(to: word)
                count += 1
            }
            while k < pieces.count {
                let piece = pieces[k]
                switch piece.kind {
                case .lineBreak where piece.scalar == 0x0A:
                    append(FigureWord(kind: .lineBreak, byteStart: piece.start, byteEnd: piece.end, key: .none))
                    attached = false
                    k += 1
                    continue
                case .space:
                    attached = false
                    k += 1
                    continue
                case .digits:
                    // digits, with , or . inside when a digit follows
                    var j = k + 1
                    while j + 1 < pieces.count, pieces[j].kind == .other, pieces[j].scalar == 0x2C || pieces[j].scalar == 0x2E,
                          isKind(j + 1, .digits) {
                        j += 2
                    }
                    append(FigureWord(kind: .digits, byteStart: piece.start, byteEnd: pieces[j - 1].end, key: .none, isAttached: attached))
                    k = j
                case .letters:
                    // letters, with an inner hyphen or apostrophe between letters
                    var hyphen = false, possessive = false
                    var j = k + 1
                    while j + 1 < pieces.count, pieces[j].kind == .other, isKind(j + 1, .letters) {
                        let c = pieces[j].scalar
                        guard c == 0x2D || c == 0x27 || c == 0x2019 else { break }
                        if c == 0x2D {
                            hyphen = true
                        } else if plural(pieces[j + 1].scalar) {
                            possessive = pieces[j + 1].end - pieces[j + 1].start == 1
                        }
                        j += 2
                    }
                    let end = pieces[j - 1].end
                    append(FigureWord(kind: .word, byteStart: piece.start, byteEnd: end, key: PackedWord(p, piece.start, end),
                                      isCapitalized: piece.scalar >= 0x41 && piece.scalar <= 0x5A,
                                      isPossessive: possessive, hasHyphen: hyphen, isAttached: attached))
                    k = j
                case .lineBreak, .other:
                    append(FigureWord(kind: .punctuation, byteStart: piece.start, byteEnd: piece.end,
                                      key: PackedWord(low: UInt64(piece.scalar), high: 0), isAttached: attached))
                    k += 1
                }
                attached = true
            }
        }
    }
}

/// A document's UTF-8 text and its pieces: scanned once, read by every view.
package struct ScannedText: Sendable {
    package let bytes: [UInt8]
    package let pieces: [TextPiece]

    package init(_ text: String) { self.init(bytes: Array(text.utf8)) }

    /// Scans valid UTF-8 text.
    package init(bytes: [UInt8]) {
        self.bytes = bytes
        pieces = bytes.withUnsafeBufferPointer { TextScanner.pieces($0) }
    }

    /// The extraction view (`TextScanner.scan`).
    package var tokens: (tokens: [TextToken], paragraphs: [TextParagraph]) {
        bytes.withUnsafeBufferPointer { p in pieces.withUnsafeBufferPointer { TextScanner.scan(p, $0) } }
    }

    /// The figure view (`TextScanner.figureWords`).
    package var figureWords: [FigureWord] {
        bytes.withUnsafeBufferPointer { p in pieces.withUnsafeBufferPointer { TextScanner.figureWords(p, $0) } }
    }
}

/// A piece of text as the one scan cuts it: a run of letters, of ASCII digits or of white space, a
/// line break (U+000A or U+2029), or one other character; with its byte range and first scalar.
public struct TextPiece: Sendable {
    public enum Kind: UInt8, Sendable {
        case letters, digits, space, lineBreak, other
        @inlinable public static func == (a: Kind, b: Kind) -> Bool { sameCase(a, b) }

        /// Whether a piece of this kind runs on over more than one character.
        var isRun: Bool { rawValue <= Kind.space.rawValue }
    }
    package var start: Int
    package var end: Int
    package var kind: Kind
    /// The first scalar (the only one of a line break or an other piece).
    package var scalar: UInt32

    /// The kind of piece a scalar belongs to.
    @inline(__always) static func kind(of v: UInt32) -> Kind {
        if v < 0x80 { return kind(ofASCII: UInt8(v)) }
        if v == 0x2029 { return .lineBreak }
        if CharacterClass.isSpaceScalar(v) { return .space }
        return CharacterClass.isLetterScalar(v) ? .letters : .other
    }

    /// `kind(ofASCII:)` of each ASCII byte, the table the scan reads.
    static let asciiKinds: [Kind] = (0..<0x80).map { kind(ofASCII: UInt8($0)) }

    @inline(__always) static func kind(ofASCII b: UInt8) -> Kind {
        if CharacterClass.isASCIILetter(b) { return .letters }
        if CharacterClass.isDigit(b) { return .digits }
        if b == 0x0A { return .lineBreak }
        return CharacterClass.isSpace(b) ? .space : .other
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
