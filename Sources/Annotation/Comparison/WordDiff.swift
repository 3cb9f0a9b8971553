import TextAnalysis
import CorpusModel

/// One run of a word-level difference: words both renderings share, or words only in one.
struct WordDiffOp: Sendable, Equatable {
    enum Kind: String, Sendable { case same, removed, added }

    var kind: Kind
    /// The words of the run as written (for `same`, as in the first rendering).
    var words: [Substring]

    init(_ kind: Kind, _ words: [Substring]) {
        self.kind = kind
        self.words = words
    }
}

/// A word-level difference between two renderings of a statement (longest common subsequence
/// over words compared without case, accents or surrounding punctuation), rendered like
/// `We want to [-prevent-] {+avoid+} escalation`.
///
/// Words are kept as byte ranges of the two texts, and runs as ranges of word numbers, so a diff
/// makes no string per word (comparisons render tens of thousands of them).
package struct WordDiff: Sendable, Equatable {
    private let a: [UInt8], b: [UInt8]
    /// Each text's words as written (`StatementWords.surfaceWords`), as byte ranges.
    private let wordsA: [Range<Int>], wordsB: [Range<Int>]
    /// Runs of words: of `a` for `same` and `removed`, of `b` for `added`.
    private var runs: [(kind: WordDiffOp.Kind, words: Range<Int>)] = []

    package init(_ a: String, _ b: String) {
        self.init(a, keys: nil, b, keys: nil)
    }

    /// The diff of `a` and `b` given their words' keys as ids (`StatementWordCodes` of kind `.keys`);
    /// nil keys are found here.
    package init(_ a: String, keys ka: [Int32]?, _ b: String, keys kb: [Int32]?) {
        self.a = Array(a.utf8)
        self.b = Array(b.utf8)
        wordsA = StatementWords.surfaceWordRanges(self.a)
        wordsB = StatementWords.surfaceWordRanges(self.b)
        let n = wordsA.count, m = wordsB.count
        func keys(_ text: [UInt8], _ words: [Range<Int>]) -> [String] {
            words.map { WordKey.key(ofStatementWord: String(decoding: text[$0], as: UTF8.self)) }
        }
        if let ka, let kb, ka.count == n, kb.count == m {
            diff(ka, kb)
        } else {
            diff(keys(self.a, wordsA), keys(self.b, wordsB))
        }
    }

    /// Fills `runs` from the words' keys (equal keys: the same word).
    private mutating func diff<Key: Equatable>(_ ka: [Key], _ kb: [Key]) {
        let n = ka.count, m = kb.count, width = m + 1
        // suffix LCS table: table[i * width + j] = LCS of ka[i...] and kb[j...]
        var table = [Int32](repeating: 0, count: (n + 1) * width)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i * width + j] = ka[i] == kb[j] ? table[(i + 1) * width + j + 1] + 1 : max(table[(i + 1) * width + j], table[i * width + j + 1])
            }
        }
        // Each run's words are consecutive: a removed word after an added run continues the removed
        // run before it, since only removals and additions lie between.
        var runs: [(kind: WordDiffOp.Kind, words: Range<Int>)] = []
        func emit(_ kind: WordDiffOp.Kind, _ word: Int) {
            if let last = runs.last, last.kind == kind {
                runs[runs.count - 1].words = last.words.lowerBound..<word + 1
            } else if kind == .removed, let last = runs.last, last.kind == .added {
                // keep removals before additions in a replaced stretch
                if runs.count >= 2, runs[runs.count - 2].kind == .removed {
                    runs[runs.count - 2].words = runs[runs.count - 2].words.lowerBound..<word + 1
                } else {
                    runs.insert((.removed, word..<word + 1), at: runs.count - 1)
                }
            } else {
                runs.append((kind, word..<word + 1))
            }
        }
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, ka[i] == kb[j] {
                emit(.same, i)
                i += 1
                j += 1
            } else if j < m, i == n || table[i * width + j + 1] > table[(i + 1) * width + j] {
                emit(.added, j)
                j += 1
            } else {
                emit(.removed, i)
                i += 1
            }
        }
        self.runs = runs
    }

    package static func == (x: WordDiff, y: WordDiff) -> Bool { x.ops == y.ops }

    /// The runs with their words as written.
    var ops: [WordDiffOp] {
        runs.map { run in
            let (text, words) = run.kind == .added ? (b, wordsB) : (a, wordsA)
            return WordDiffOp(run.kind, words[run.words].map { Substring(String(decoding: text[$0], as: UTF8.self)) })
        }
    }

    /// `same [-removed-] {+added+}` notation.
    package var rendered: String {
        var out: [UInt8] = []
        out.reserveCapacity(a.count + b.count + 8 * runs.count)
        for (n, run) in runs.enumerated() {
            if n > 0 { out.append(0x20) }
            let (text, words) = run.kind == .added ? (b, wordsB) : (a, wordsA)
            switch run.kind {
            case .same: break
            case .removed: out += "[-".utf8
            case .added: out += "{+".utf8
            }
            for w in run.words {
                if w > run.words.lowerBound { out.append(0x20) }
                out += text[words[w]]
            }
            switch run.kind {
            case .same: break
            case .removed: out += "-]".utf8
            case .added: out += "+}".utf8
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Length of the longest common subsequence of two word lists.
    static func lcsLength<Word: Equatable>(_ a: [Word], _ b: [Word]) -> Int {
        a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in lcsLength(a, b) } }
    }

    /// `lcsLength` of word lists read in place.
    static func lcsLength<Word: Equatable>(_ a: UnsafeBufferPointer<Word>, _ b: UnsafeBufferPointer<Word>) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: b.count + 1) { row in
            row.initialize(repeating: 0)
            for x in a {
                var diagonal: Int32 = 0
                for j in 0..<b.count {
                    let up = row[j + 1]
                    row[j + 1] = x == b[j] ? diagonal + 1 : max(up, row[j])
                    diagonal = up
                }
            }
            return Int(row[b.count])
        }
    }
}
