/// "Did you mean" suggestions by edit distance.
extension Sequence where Element == String {
    /// The candidates closest to `word` (case-insensitive Levenshtein distance within a third of its
    /// length, at least 2), best first; at one distance, those with its first letter first (a typo
    /// seldom hits the first letter: 'knd' is 'kind' before 'end').
    package func nearest(to word: String, limit: Int = 3) -> [String] {
        let target = Array(word.lowercased().unicodeScalars)
        let budget = Swift.max(2, target.count / 3)
        var scored: [(distance: Int, otherFirst: Bool, name: String)] = []
        for candidate in self {
            let c = Array(candidate.lowercased().unicodeScalars)
            if abs(c.count - target.count) > budget { continue }
            let d = editDistance(target, c)
            if d <= budget { scored.append((d, c.first != target.first, candidate)) }
        }
        return scored.sorted {
            ($0.distance, $0.otherFirst ? 1 : 0, $0.name) < ($1.distance, $1.otherFirst ? 1 : 0, $1.name)
        }.prefix(limit).map(\.name)
    }

    /// The hint for `word`, found nowhere among these candidates: "did you mean 'a' or 'b'?" naming the
    /// nearest, or `otherwise` when none is near.
    package func didYouMean(_ word: String, otherwise: String? = nil) -> String? {
        let near = nearest(to: word)
        return near.isEmpty ? otherwise : "did you mean " + near.map { "'\($0)'" }.joined(separator: " or ") + "?"
    }
}

func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var prev = Array(0...b.count)
    var cur = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        cur[0] = i
        for j in 1...b.count {
            cur[j] = Swift.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        swap(&prev, &cur)
    }
    return prev[b.count]
}
