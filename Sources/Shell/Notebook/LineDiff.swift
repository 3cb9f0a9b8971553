import CorpusModel

/// A unified diff of two lists of lines (as `diff -u` prints it), from a longest common subsequence.
enum LineDiff {
    enum Edit {
        case same(Int, Int)
        case delete(Int)
        case insert(Int)
    }

    /// The diff of `old` and `new` with `context` unchanged lines around each change; empty if they are equal.
    static func unified(_ old: [String], _ new: [String], oldName: String, newName: String, context: Int = 3) -> String {
        let edits = script(old, new)
        let changed = edits.indices.filter { if case .same = edits[$0] { false } else { true } }
        guard !changed.isEmpty else { return "" }
        var out = "--- \(oldName)\n+++ \(newName)\n"
        var hunks: [ClosedRange<Int>] = []
        for i in changed {
            let range = max(0, i - context)...min(edits.count - 1, i + context)
            if let last = hunks.last, range.lowerBound <= last.upperBound + 1 {
                hunks[hunks.count - 1] = last.lowerBound...range.upperBound
            } else {
                hunks.append(range)
            }
        }
        for hunk in hunks {
            let slice = edits[hunk]
            // Where the hunk starts in each list: the lines before it that the list keeps.
            let oldStart = edits[..<hunk.lowerBound].count { if case .insert = $0 { false } else { true } }
            let newStart = edits[..<hunk.lowerBound].count { if case .delete = $0 { false } else { true } }
            let oldCount = slice.count { if case .insert = $0 { false } else { true } }
            let newCount = slice.count { if case .delete = $0 { false } else { true } }
            out += "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@\n"
            for edit in slice {
                switch edit {
                case let .same(i, _): out += " " + old[i] + "\n"
                case let .delete(i): out += "-" + old[i] + "\n"
                case let .insert(j): out += "+" + new[j] + "\n"
                }
            }
        }
        return out
    }

    /// `start,count` as diff prints it: 1-based, and for an empty range the line before it.
    private static func range(_ start: Int, _ count: Int) -> String {
        count == 0 ? "\(start),0" : count == 1 ? "\(start + 1)" : "\(start + 1),\(count)"
    }

    /// The edit script: old lines kept or deleted and new lines inserted, deletions before insertions.
    /// Common leading and trailing lines are matched first, so a small change to long output stays cheap.
    static func script(_ a: [String], _ b: [String]) -> [Edit] {
        var head = 0
        while head < a.count, head < b.count, a[head] == b[head] { head += 1 }
        var tail = 0
        while tail < a.count - head, tail < b.count - head, a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
        let (n, m) = (a.count - head - tail, b.count - head - tail)
        // lcs[i][j]: length of the longest common subsequence of the middles from a[head + i] and b[head + j].
        var lcs = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lcs[i][j] = a[head + i] == b[head + j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var edits: [Edit] = (0..<head).map { .same($0, $0) }
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, a[head + i] == b[head + j] {
                edits.append(.same(head + i, head + j)); i += 1; j += 1
            } else if j == m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1]) {
                edits.append(.delete(head + i)); i += 1
            } else {
                edits.append(.insert(head + j)); j += 1
            }
        }
        edits += (0..<tail).map { .same(head + n + $0, head + m + $0) }
        return edits
    }
}
