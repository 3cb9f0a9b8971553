import CorpusModel

/// A word, number, punctuation sign or quotation mark in a document.
struct Lexeme: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punct, open, close, possessive }
    var start: Int
    var end: Int
    var key: UInt64
    var kind: Kind
    /// First scalar is upper case.
    var capitalised: Bool
    /// Two or more letters, all upper case (acronyms; "MoFA" counts through its first and last letters).
    var acronym: Bool
    /// Lexicon classes of a word.
    var classes: WordClass
    /// The speech-verb form of a word, if it is one.
    var form: CueForm?
    /// For `open`/`close`: 1 double mark, 2 single mark. For `punct`: the scalar.
    var mark: UInt32
    /// The token ends with a period that does not end a sentence ("U.S.", "Mr.").
    var abbreviation: Bool
}

/// A line of text holding at least one token.
struct TextParagraph: Sendable {
    var firstToken: Int
    var endToken: Int
    var start: Int
    var end: Int
}

/// Splits decoded text into paragraphs (non-blank lines) and tokens, deciding for every
/// apostrophe-like mark whether it is an apostrophe or a quotation mark.
enum TextScanner {
    private static let abbreviations = SpeechCues.keys("""
        mr mrs ms dr st gen lt col sen rep gov jr sr prof capt sgt no vs etc inc ltd co corp jan feb aug sept \
        oct nov dec maj adm mt ft gov pres
        """)

    static func scan(_ s: [UInt32]) -> (tokens: [Lexeme], paragraphs: [TextParagraph]) {
        var tokens = [Lexeme]()
        tokens.reserveCapacity(s.count / 5)
        var paragraphs = [TextParagraph]()
        var lineStart = 0
        let n = s.count
        while lineStart < n {
            var lineEnd = lineStart
            while lineEnd < n && s[lineEnd] != 0x0A && s[lineEnd] != 0x2029 { lineEnd += 1 }
            let first = tokens.count
            scanLine(s, lineStart, lineEnd, &tokens)
            if tokens.count > first {
                paragraphs.append(TextParagraph(firstToken: first, endToken: tokens.count,
                                                start: tokens[first].start, end: tokens[tokens.count - 1].end))
            }
            lineStart = lineEnd + 1
        }
        return (tokens, paragraphs)
    }

    private static func isApostrophe(_ c: UInt32) -> Bool { c == 0x27 || c == 0x2019 }

    private static func plural(_ c: UInt32) -> Bool { c == 0x73 || c == 0x53 }

    /// Whether a mark that can close a single quotation follows on the line, after a word that
    /// continues the current one: then "workers’ union" holds an apostrophe, not the closing mark.
    private static func laterClosingMark(_ s: [UInt32], _ from: Int, _ to: Int) -> Bool {
        guard from + 1 < to, ScalarText.isSpace(s[from]), ScalarText.isLetter(s[from + 1]), !ScalarText.isUpper(s[from + 1]) else { return false }
        var j = from + 1
        while j < to {
            if isApostrophe(s[j]) && !ScalarText.isSpace(s[j - 1]) && (j + 1 >= to || !ScalarText.isLetter(s[j + 1])) { return true }
            if s[j] == 0x201C || s[j] == 0x2018 { return false }
            j += 1
        }
        return false
    }

    private static func scanLine(_ s: [UInt32], _ from: Int, _ to: Int, _ tokens: inout [Lexeme]) {
        var i = from
        var singleOpen = 0
        let table = SpeechCues.table
        func add(_ start: Int, _ end: Int, _ kind: Lexeme.Kind, mark: UInt32 = 0, abbreviation: Bool = false) {
            var cap = false, acronym = false
            if kind == .word {
                cap = ScalarText.isUpper(s[start])
                if cap {
                    var lastHyphen = -1
                    for j in start..<end where s[j] == 0x2D { lastHyphen = j }
                    if lastHyphen > start && lastHyphen + 1 < end && !ScalarText.isUpper(s[lastHyphen + 1]) {
                        cap = false  // "Pakistan-based", "Shiite-majority": adjectives
                    }
                } else if end - start > 3 && s[start + 2] == 0x2D && (s[start] == 0x61 || s[start] == 0x65) && ScalarText.isUpper(s[start + 3]) {
                    cap = true  // "al-Adl", "el-Sisi"
                }
                if cap && end - start >= 2 {
                    var uppers = 0, letters = 0
                    for j in start..<end where ScalarText.isLetter(s[j]) {
                        letters += 1
                        if ScalarText.isUpper(s[j]) { uppers += 1 }
                    }
                    acronym = uppers >= 2 && (uppers == letters || ScalarText.isUpper(s[end - 1]))
                }
            }
            // "Mr." is looked up as "mr"; acronyms with periods ("U.S.") keep them.
            let titleAbbreviation = abbreviation && s[end - 1] == 0x2E && !(end - start > 2 && s[end - 3] == 0x2E)
            let key = kind == .punct || kind == .open || kind == .close ? 0 : ScalarText.key(s, start, titleAbbreviation ? end - 1 : end)
            let (classes, form) = kind == .word ? table.lookup(key) : ([], nil)
            tokens.append(Lexeme(start: start, end: end, key: key, kind: kind, capitalised: cap, acronym: acronym,
                                 classes: classes, form: form, mark: mark, abbreviation: abbreviation))
        }
        while i < to {
            let c = s[i]
            if ScalarText.isSpace(c) { i += 1; continue }
            let alnum = ScalarText.isLetter(c) || ScalarText.isDigit(c)
            if alnum {
                var j = i + 1
                var abbreviation = false
                while j < to {
                    let d = s[j]
                    if ScalarText.isLetter(d) || ScalarText.isDigit(d) { j += 1; continue }
                    let next: UInt32 = j + 1 < to ? s[j + 1] : 0
                    if (d == 0x2D || d == 0x2010 || d == 0x2011) && (ScalarText.isLetter(next) || ScalarText.isDigit(next)) {
                        j += 2; continue
                    }
                    if isApostrophe(d) && ScalarText.isLetter(next) {
                        let after: UInt32 = j + 2 < to ? s[j + 2] : 0
                        if (next == 0x73 || next == 0x53) && !ScalarText.isLetter(after) { break }
                        j += 2; continue
                    }
                    if (d == 0x2C || d == 0x2E) && ScalarText.isDigit(s[j - 1]) && ScalarText.isDigit(next) { j += 2; continue }
                    if d == 0x2E && j == i + 1 && ScalarText.isLetter(next) && j + 2 < to && s[j + 2] == 0x2E {
                        // Acronym with periods: U.S., U.N.
                        j += 2
                        while j + 2 < to && s[j] == 0x2E && ScalarText.isLetter(s[j + 1]) && s[j + 2] == 0x2E { j += 2 }
                        j += 1
                        abbreviation = true
                        break
                    }
                    if d == 0x2E && abbreviations.contains(ScalarText.key(s, i, j)) {
                        j += 1; abbreviation = true
                    }
                    break
                }
                let isNumber = ScalarText.isDigit(c)
                add(i, j, isNumber ? .number : .word, abbreviation: abbreviation)
                i = j
                // Possessive ’s split from its word.
                if j + 1 < to && isApostrophe(s[j]) && (s[j + 1] == 0x73 || s[j + 1] == 0x53)
                    && (j + 2 >= to || !ScalarText.isLetter(s[j + 2])) {
                    add(j, j + 2, .possessive)
                    i = j + 2
                }
                continue
            }
            let prev: UInt32 = i > from ? s[i - 1] : 0x20
            let next: UInt32 = i + 1 < to ? s[i + 1] : 0x20
            // A mark that can open or close: it opens after a space or an opening bracket, dash or mark,
            // unless nothing follows it but a space or the end of the line (“…,’ ”).
            func opens(width: Int) -> Bool {
                let after: UInt32 = i + width < to ? s[i + width] : 0x20
                let before = ScalarText.isSpace(prev) || prev == 0x28 || prev == 0x5B || prev == 0x2014 || prev == 0x2013
                    || prev == 0x201C || prev == 0x2018 || i == from
                return before && !ScalarText.isSpace(after)
            }
            switch c {
            case 0x201E, 0xAB:
                add(i, i + 1, .open, mark: 1)
            case 0x201C:
                // „…“: the German closing mark is the English opening one; it closes after a word.
                let closes = !opens(width: 1) && (ScalarText.isSpace(next) || next == 0x2E || next == 0x2C || i + 1 == to)
                add(i, i + 1, closes ? .close : .open, mark: 1)
            case 0x201D, 0xBB:
                add(i, i + 1, .close, mark: 1)
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
                if ScalarText.isLetter(prev) && ScalarText.isLetter(next) {
                    add(i, i + 1, .possessive)
                } else {
                    singleOpen += 1
                    add(i, i + 1, .open, mark: 2)
                }
            case 0x2019, 0x27:
                let afterSpace = ScalarText.isSpace(prev) || i == from || prev == 0x201C || prev == 0x22 || prev == 0x28
                if afterSpace && ScalarText.isLetter(next) {
                    singleOpen += 1
                    add(i, i + 1, .open, mark: 2)
                } else if singleOpen > 0 && !afterSpace && !(plural(prev) && laterClosingMark(s, i + 1, to)) {
                    singleOpen -= 1
                    add(i, i + 1, .close, mark: 2)
                } else {
                    add(i, i + 1, .possessive)
                }
            default:
                add(i, i + 1, .punct, mark: c)
            }
            i += 1
        }
    }
}
