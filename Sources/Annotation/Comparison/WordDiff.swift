import CorpusModel

/// One run of a word-level difference: words both renderings share, or words only in one.
struct WordDiffOp: Sendable, Equatable {
    enum Kind: String, Sendable { case same, removed, added }

    var kind: Kind
    /// The words of the run as written (for `same`, as in the first rendering).
    var words: [String]

    init(_ kind: Kind, _ words: [String]) {
        self.kind = kind
        self.words = words
    }

    var text: String { words.joined(separator: " ") }
}

/// A word-level difference between two renderings of a statement (longest common subsequence
/// over words compared without case, accents or surrounding punctuation), rendered like
/// `We want to [-prevent-] {+avoid+} escalation`.
package struct WordDiff: Sendable, Equatable {
    var ops: [WordDiffOp]

    package init(_ a: String, _ b: String) {
        let wa = StatementWords.surfaceWords(a), wb = StatementWords.surfaceWords(b)
        let ka = wa.map(StatementWords.key), kb = wb.map(StatementWords.key)
        let n = ka.count, m = kb.count
        // suffix LCS table: table[i][j] = LCS of ka[i...] and kb[j...]
        var table = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i][j] = ka[i] == kb[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var ops: [WordDiffOp] = []
        func emit(_ kind: WordDiffOp.Kind, _ word: Substring) {
            if let last = ops.last, last.kind == kind {
                ops[ops.count - 1].words.append(String(word))
            } else if kind == .removed, let last = ops.last, last.kind == .added {
                // keep removals before additions in a replaced stretch
                if ops.count >= 2, ops[ops.count - 2].kind == .removed {
                    ops[ops.count - 2].words.append(String(word))
                } else {
                    ops.insert(WordDiffOp(.removed, [String(word)]), at: ops.count - 1)
                }
            } else {
                ops.append(WordDiffOp(kind, [String(word)]))
            }
        }
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, ka[i] == kb[j] {
                emit(.same, wa[i])
                i += 1
                j += 1
            } else if j < m, i == n || table[i][j + 1] > table[i + 1][j] {
                emit(.added, wb[j])
                j += 1
            } else {
                emit(.removed, wa[i])
                i += 1
            }
        }
        self.ops = ops
    }

    /// True when the renderings have the same words (ignoring case, accents and punctuation).
    var isIdentical: Bool { ops.allSatisfy { $0.kind == .same } }

    /// The words the renderings share over the words of the longer one.
    var sharedShare: Double {
        let same = ops.filter { $0.kind == .same }.reduce(0) { $0 + $1.words.count }
        let removed = ops.filter { $0.kind == .removed }.reduce(0) { $0 + $1.words.count }
        let added = ops.filter { $0.kind == .added }.reduce(0) { $0 + $1.words.count }
        let longer = same + max(removed, added)
        return longer == 0 ? 1 : Double(same) / Double(longer)
    }

    /// `same [-removed-] {+added+}` notation.
    package var rendered: String {
        ops.map { op in
            switch op.kind {
            case .same: return op.text
            case .removed: return "[-" + op.text + "-]"
            case .added: return "{+" + op.text + "+}"
            }
        }.joined(separator: " ")
    }

    /// Length of the longest common subsequence of two word lists.
    static func lcsLength(_ a: [String], _ b: [String]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var row = Array(repeating: 0, count: b.count + 1)
        for x in a {
            var diagonal = 0
            for j in 0..<b.count {
                let up = row[j + 1]
                row[j + 1] = x == b[j] ? diagonal + 1 : max(up, row[j])
                diagonal = up
            }
        }
        return row[b.count]
    }
}
