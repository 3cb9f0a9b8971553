/// The most words a candidate may have for a single word to be compared with each of them.
private let wordsCompared = 6

/// "Did you mean" suggestions by edit distance.
extension Sequence where Element == String {
    /// The candidates closest to `word` (case-insensitive Levenshtein distance within a third of its
    /// length, at least 2), best first; at one distance, those with its first letter first (a typo
    /// seldom hits the first letter: 'knd' is 'kind' before 'end'). When no candidate is near as a
    /// whole, a single word of four letters or more is compared with the words of four letters or
    /// more of each candidate of six words or fewer: 'Kirbi' finds 'John Kirby', 'Iran' not
    /// 'Ministry of Defense in Israel', nor a document's text its 'Kirby'.
    package func nearest(to word: String, limit: Int = 3) -> [String] {
        let target = Array(word.lowercased().unicodeScalars)
        let budget = Swift.max(2, target.count / 3)
        func distance(_ candidate: Substring) -> Int? {
            let c = Array(candidate.lowercased().unicodeScalars)
            if abs(c.count - target.count) > budget { return nil }
            let d = editDistance(target, c)
            return d <= budget ? d : nil
        }
        var scored: [(distance: Int, otherFirst: Bool, name: String)] = []
        // the empty value is near every word of two letters, and no one's meaning
        for candidate in self where !candidate.isEmpty {
            if let d = distance(candidate[...]) { scored.append((d, candidate.lowercased().unicodeScalars.first != target.first, candidate)) }
        }
        if scored.isEmpty && target.count >= 4 && !word.contains(where: \.isWhitespace) {
            for candidate in self {
                // names and titles, not texts (a document's 'Kirby' made its whole text the hint, and
                // splitting every text of 10,000 documents took seconds); of their words, those of four
                // letters or more, like the one typed: 'in' is two edits from 'Iran'
                let words = candidate.split(maxSplits: wordsCompared, whereSeparator: \.isWhitespace)
                guard words.count > 1, words.count <= wordsCompared, let d = words.filter({ $0.unicodeScalars.count >= 4 }).compactMap(distance).min() else { continue }
                scored.append((d, false, candidate))
            }
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
