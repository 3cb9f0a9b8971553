import CorpusModel
import TextAnalysis

/// A token of a document (`TextToken`) with what the lexicons say of a word. A document holds one
/// per token, so it is kept to 32 bytes: byte offsets as `UInt32` (a document under 4 GB), the wide fields first.
struct Lexeme: Sendable {
    typealias Kind = TextToken.Kind
    private let start32: UInt32
    private let end32: UInt32
    let key: UInt64
    /// Lexicon classes of a word.
    let classes: WordClass
    let mark: UInt32
    let kind: Kind
    let capitalised: Bool
    let acronym: Bool
    let abbreviation: Bool
    /// The speech-verb form of a word, if it is one.
    let form: CueForm?
    var start: Int { Int(start32) }
    var end: Int { Int(end32) }

    /// `table` is `SpeechCues.table`, taken once per document; a word is read as the table says
    /// (a contraction as its pronoun: `SpeechCues.pronounOfHaveContraction`).
    init(_ t: TextToken, _ table: KeyTable) {
        (start32, end32, kind, capitalised, acronym, mark, abbreviation) = (UInt32(truncatingIfNeeded: t.start),
            UInt32(truncatingIfNeeded: t.end), t.kind, t.capitalised, t.acronym, t.mark, t.abbreviation)
        (key, classes, form) = t.kind == .word ? table.lookupWord(t.key) : (t.key, [], nil)
    }
}

/// A sentence: a token range inside one paragraph (the corpus's sentences, joined where a boundary falls inside quotation marks).
struct TextSentence: Sendable {
    var first: Int
    var end: Int
    package var paragraph: Int
}

/// The working model of one document: tokens, paragraphs, sentences, quotation marks and mentions,
/// with the look-ups the extraction steps share.
final class DocumentModel {
    /// The document text (UTF-8); token offsets are byte offsets into it.
    let bytes: [UInt8]
    let tokens: [Lexeme]
    let paragraphs: [TextParagraph]
    var sentences: [TextSentence] = []
    /// Sentence index of every token.
    var sentenceOf: [Int32] = []
    var quotes: [QuoteSpan] = []
    /// Innermost quotation containing each token (marks included), -1 outside.
    var quoteOf: [Int32] = []
    var mentions: [EntityMention] = []
    /// Token range of every mention.
    var mentionTokens: [Range<Int>] = []
    /// Token range of every mention's name.
    var mentionNameTokens: [Range<Int>] = []
    /// Mention covering each token, -1 if none.
    var mentionAt: [Int32] = []
    /// Resolved name of every mention (fullest form in the document; capitals become countries).
    var mentionNames: [String] = []
    /// Whether each mention is a country or a capital (speaking as its state).
    var mentionIsCountry: [Bool] = []
    /// The persons mentioned with a role ("Sen. Jo Roe"), by resolved name: built at the first look.
    lazy var titledPersons: [String: [Int]] = Dictionary(grouping: mentions.indices.filter { mentions[$0].kind == .person && mentions[$0].role != nil },
                                                         by: { mentionNames[$0] })
    var quotations: [Quotation] = []
    /// Known genders of persons by resolved name (true: female), from titles and resolved pronouns.
    var genders: [String: Bool] = [:]
    /// Whether each paragraph is a headline (mostly capitalised words, no final punctuation).
    var headline: [Bool] = []
    /// For an interview printed as questions and answers, the person answering (see `interviewee(at:)`),
    /// and whether each paragraph belongs to an answer; nil for any other document. Built at the first look.
    lazy var interview: (person: Int, answers: [Bool])? = findInterview()
    /// The author a piece written in the first person names in its last paragraph (see `findAuthor()`): who
    /// "I" is outside quotation marks. Built at the first look.
    lazy var author: Int? = findAuthor()
    /// On a letters page, where each letter after the first starts (a token): a paragraph that is only a person's
    /// name ("Jo Hale.", a place line may follow) signs the letter before, when the page ends in such a signature
    /// and the paragraph after it does not name that person again (else it heads a section about them: "Jo Hale. ¶
    /// Hale was …", "Jo Hale. ¶ The former governor …"). Built at the first look.
    lazy var letterStarts: [Int] = findLetterStarts()
    /// Direct quotation pieces of the quotation running over paragraphs now being read.
    var pieceChain: [Int] = []
    /// Direct quotations whose attribution follows them ("“…,” she said").
    var attributedAfter: Set<Int> = []
    /// Memoised speakers of cue tokens.
    var cueSpeakers: [Int: SpeakerRef?] = [:]
    /// Memoised: whether the document writes a word (by key) in lower case somewhere.
    var lowerCaseWords: [UInt64: Bool] = [:]
    /// A 1,024-bit filter of the keys of the words written in lower case: a clear bit rules a word out.
    var lowerCaseFilter: [UInt64] = []
    /// The last `rangeKey` made: a name's range is keyed by the steps that find, classify and add its mention in turn.
    var lastRangeKey = (first: -1, end: -1, key: UInt64(0))
    /// The keys of common words (`SpeechCues.k`), held here: a static is reached through `swift_once` at each use.
    let keyOf = SpeechCues.k

    init(_ text: ScannedText) {
        bytes = text.bytes
        let scanned = text.tokens, table = SpeechCues.table
        precondition(text.bytes.count <= UInt32.max, "a document under 4 GB (offsets as UInt32)")
        tokens = scanned.tokens.withUnsafeBufferPointer { from in
            [Lexeme](unsafeUninitializedCapacity: from.count) { to, count in
                for i in 0..<from.count { (to.baseAddress.unsafelyUnwrapped + i).initialize(to: Lexeme(from[i], table)) }
                count = from.count
            }
        }
        paragraphs = scanned.paragraphs
    }

    // MARK: mentions in document order

    /// How many mentions start before byte `position` (mentions are in document order and do not overlap).
    func mentionCount(startingBefore position: Int) -> Int { mentionCount { mentions[$0].start < position } }

    /// How many mentions end by token `t`.
    func mentionCount(endingBy t: Int) -> Int { mentionCount { mentionTokens[$0].upperBound <= t } }

    /// The number of leading mentions that `isBefore` accepts (it accepts a prefix of them), by bisection.
    private func mentionCount(_ isBefore: (Int) -> Bool) -> Int {
        var (low, high) = (0, mentions.count)
        while low < high {
            let mid = (low + high) / 2
            if isBefore(mid) { low = mid + 1 } else { high = mid }
        }
        return low
    }

    // MARK: token predicates

    @inline(__always) func isPunct(_ t: Int, _ c: UInt32) -> Bool { tokens[t].kind == .punct && tokens[t].mark == c }
    /// A hyphen or dash standing as a token: - – — ―.
    func isDash(_ t: Int) -> Bool {
        guard tokens[t].kind == .punct else { return false }
        switch tokens[t].mark { case 0x2D, 0x2013, 0x2014, 0x2015: return true
        default: return false }
    }
    @inline(__always) func isLowerWord(_ t: Int) -> Bool { tokens[t].kind == .word && !tokens[t].capitalised }
    func text(_ from: Int, _ to: Int) -> String { String(decoding: bytes[from..<to], as: UTF8.self) }
    /// The number of characters (Unicode scalars) of token `t`.
    func length(_ t: Int) -> Int { bytes.withUnsafeBufferPointer { UTF8Cursor.scalarCount($0, tokens[t].start..<tokens[t].end) } }
    func tokenText(_ t: Int) -> String { text(tokens[t].start, tokens[t].end) }

    // MARK: word endings (each caller keeps its own length limit, counted after the cheaper test of the ending)

    /// Whether token `t` ends in the bytes of `suffix` (lower-case ASCII); with `foldingCase`, in capitals too ("ASKED").
    @inline(__always) func endsWith(_ t: Int, _ suffix: StaticString, foldingCase: Bool = false) -> Bool {
        let end = tokens[t].end, n = suffix.utf8CodeUnitCount
        guard end - tokens[t].start >= n else { return false }
        let s = suffix.utf8Start
        for i in 0..<n where (foldingCase ? bytes[end - n + i] | 0x20 : bytes[end - n + i]) != s[i] { return false }
        return true
    }

    /// A word of more than four characters ending in "ing" (a participle or gerund): lower case, or
    /// capitalised too with `anyCase` ("Speaking to …"); not a part of the day ("said Sunday morning").
    func isIngWord(_ t: Int, anyCase: Bool = false) -> Bool {
        let tok = tokens[t]
        return tok.kind == .word && (anyCase || !tok.capitalised) && endsWith(t, "ing") && length(t) > 4
            && tok.key != Self.morning && tok.key != Self.evening
    }

    private static let morning = WordKey.hash("morning"), evening = WordKey.hash("evening")

    /// Whether word `t` has more than `n` characters and ends in "ed" ("declined").
    func endsInEd(_ t: Int, longerThan n: Int) -> Bool { endsWith(t, "ed") && length(t) > n }

    /// A word of four characters or more ending in a single "s", as a verb's present third person reads
    /// ("agrees", "targets"; not "as", "press").
    func isPresentSForm(_ t: Int) -> Bool { endsWith(t, "s") && !endsWith(t, "ss") && length(t) >= 4 }

    /// A word of four characters or more that reads as a plural in "-s" ("critics", "groups"), not in
    /// "-ss", "-us", "-is", "-ics" or "-ews" ("press", "bonus", "analysis", "politics", "news").
    func isPluralLike(_ t: Int) -> Bool {
        endsWith(t, "s") && !endsWith(t, "ss") && !endsWith(t, "us") && !endsWith(t, "is")
            && !endsWith(t, "ics") && !endsWith(t, "ews") && length(t) >= 4
    }

    func isSentenceEndPunct(_ t: Int) -> Bool {
        let tok = tokens[t]
        return tok.kind == .punct && (tok.mark == 0x2E || tok.mark == 0x21 || tok.mark == 0x3F) && !isInitialStop(t) && !isAbbreviationStop(t)
    }

    /// The full stop of an abbreviation that a comma follows ("Allentown, Pa., said", "Acme Inc., which"):
    /// no sentence ends before a comma.
    func isAbbreviationStop(_ t: Int) -> Bool {
        tokens[t].mark == 0x2E && t > 0 && t + 1 < tokens.count && tokens[t - 1].kind == .word
            && tokens[t - 1].end == tokens[t].start && tokens[t + 1].kind == .punct && tokens[t + 1].mark == 0x2C
    }

    /// The full stop of a middle initial inside a name ("R. Gil Kerlikowske", "James A. Lewis").
    func isInitialStop(_ t: Int) -> Bool {
        guard tokens[t].mark == 0x2E, t > 0, t + 1 < tokens.count else { return false }
        let initial = tokens[t - 1], next = tokens[t + 1]
        return initial.kind == .word && initial.capitalised && initial.end - initial.start == 1 && initial.end == tokens[t].start
            && next.kind == .word && next.capitalised && !next.classes.contains(.sentenceWords)
    }

    // MARK: sentences

    /// The corpus's sentences, refined where a quotation needs it: a paragraph is split where the
    /// corpus's splitter begins a sentence (`starts`, byte offsets in order), unless that falls inside
    /// quotation marks (it is kept after a token outside them or after the closing mark of an outermost quotation).
    func splitSentences(at starts: [Int]) {
        var found = [TextSentence]()
        found.reserveCapacity(starts.count + paragraphs.count)
        tokens.withUnsafeBufferPointer { tokens in
            starts.withUnsafeBufferPointer { starts in
                var k = 0
                for (p, para) in paragraphs.enumerated() {
                    var first = para.firstToken, t = para.firstToken + 1
                    while t < para.endToken {
                        // A split before token `t` when a start falls between it and the token before.
                        let end = tokens[t - 1].end
                        while k < starts.count && starts[k] < end { k += 1 }
                        guard k < starts.count else { break }
                        let start = starts[k]
                        if start <= tokens[t].start {
                            if outsideQuotation(t - 1) {
                                found.append(TextSentence(first: first, end: t, paragraph: p))
                                first = t
                            }
                            t += 1
                        } else {
                            // No split before a token starting ahead of the next start.
                            t += 1
                            while t < para.endToken && tokens[t].start < start { t += 1 }
                        }
                    }
                    found.append(TextSentence(first: first, end: para.endToken, paragraph: p))
                }
            }
        }
        sentences = found
        var of = [Int32](repeating: 0, count: tokens.count)
        of.withUnsafeMutableBufferPointer { of in
            for (i, sentence) in found.enumerated() {
                for t in sentence.first..<sentence.end { of[t] = Int32(i) }
            }
        }
        sentenceOf = of
    }

    /// Whether token `t` is outside quotation marks or closes an outermost quotation.
    private func outsideQuotation(_ t: Int) -> Bool {
        quoteOf[t] < 0 || (tokens[t].kind == .close && quoteIndex(closingAt: t).map { quotes[$0].parent == nil } == true)
    }

    func quoteIndex(closingAt t: Int) -> Int? {
        let q = Int(quoteOf[t])
        guard q >= 0 else { return nil }
        var found: Int?
        var i: Int? = q
        while let j = i {
            if quotes[j].close == t { found = j }
            i = quotes[j].parent
        }
        return found
    }

    /// The outermost quotation containing token `t`, if any.
    func outerQuote(_ t: Int) -> Int? {
        var q = Int(quoteOf[t])
        guard q >= 0 else { return nil }
        while let p = quotes[q].parent { q = p }
        return q
    }

    /// The first token of the outermost quotation containing `t` (its opening mark, or the
    /// paragraph's first token for a continued piece).
    func quoteFirstToken(_ q: Int) -> Int {
        quotes[q].open ?? paragraphs[quotes[q].paragraph].firstToken
    }
}
