import CorpusModel

/// How similar two renderings of a statement are.
package struct QuoteSimilarity: Sendable, Equatable {
    /// Content words in common, in order (longest common subsequence).
    var shared: Int
    /// Content words in the shorter rendering.
    var shorter: Int
    /// Content words in the longer rendering.
    var longer: Int
    /// `shared / shorter`: 1 when one rendering's content words all appear, in order, in the other
    /// (a truncated quotation against its full form).
    package var score: Double { shorter == 0 ? 0 : Double(shared) / Double(shorter) }
    /// `2 · shared / (shorter + longer)`: also penalises what only the longer rendering says.
    package var dice: Double { shorter + longer == 0 ? 0 : 2 * Double(shared) / Double(shorter + longer) }
}

/// A quotation to pair: its text and, when known, its canonical speaker.
package struct QuoteRendering: Sendable, Equatable {
    var text: String
    /// nil when unknown; "?" and empty names are stored as nil.
    var speaker: String?

    package init(_ text: String, speaker: String? = nil) {
        self.text = text
        self.speaker = speaker == "?" || speaker?.isEmpty == true ? nil : speaker
    }
}

/// Two renderings judged to be the same statement.
package struct QuotePair: Sendable, Equatable {
    package var left: Int
    package var right: Int
    package var similarity: QuoteSimilarity
}

/// Decides whether two renderings of a statement (direct or reported, truncated, reworded,
/// translated differently) are the same statement.
///
/// Both are reduced to content words (lower-cased, accents folded, hyphens dropped, -our/-or and
/// -ise/-ize unified, plural and possessive endings removed, function words and negations
/// dropped), then aligned by longest common subsequence. Thresholds, from all 92 quotations of the
/// seeds compared across documents:
/// - renderings credited to the same speaker need `score` (shared / shorter) ≥ 0.6: truncation
///   is normal there (Kirby's "escalation in South Asia and Central Asia" scores 1.0, Stano's
///   paraphrased statement 0.63), while unrelated remarks by one speaker stay ≤ 0.44;
/// - otherwise (different or unknown speakers) `dice` ≥ 0.6 is needed as well, because diplomatic
///   boilerplate is shared across speakers: Mao Ning's "exercise restraint, and avoid escalation of
///   tensions" scores 0.83 against Guterres's appeal but has dice 0.56, while the Guterres
///   statement that 004 credits to Dujarric has score 0.81 and dice 0.79;
/// - at least 4 content words in common (unless the content words are identical), so that
///   fragments such as "to de-escalate tensions" do not match every longer rendering.
package struct QuoteMatcher: Sendable {
    var threshold: Double
    var differentSpeakerDice: Double
    var minimumShared: Int

    package init(threshold: Double = 0.6, differentSpeakerDice: Double = 0.6, minimumShared: Int = 4) {
        self.threshold = threshold
        self.differentSpeakerDice = differentSpeakerDice
        self.minimumShared = minimumShared
    }

    package func similarity(_ a: String, _ b: String) -> QuoteSimilarity {
        let words = Self.codes([a, b])
        return similarity(words[0], words[1])
    }

    /// The similarity of content word ids (`StatementWordCodes`).
    package func similarity(_ a: [Int32], _ b: [Int32]) -> QuoteSimilarity {
        QuoteSimilarity(shared: WordDiff.lcsLength(a, b), shorter: min(a.count, b.count), longer: max(a.count, b.count))
    }

    /// The content word ids of `texts`, numbered together.
    private static func codes(_ texts: [String]) -> [[Int32]] {
        StatementWordCodes(texts.count, text: { texts[$0] }, unlessStopped: { false })!.words
    }

    /// The similarity of two renderings' content word ids when they are the same statement, else nil.
    /// `sharedAtMost`, when given, bounds the words the renderings share (their multiset
    /// intersection, which the common subsequence cannot exceed): below the thresholds, the
    /// alignment is skipped.
    func match(_ a: [Int32], _ b: [Int32], sameSpeaker: Bool, sharedAtMost: Int? = nil) -> QuoteSimilarity? {
        a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in match(a, b, sameSpeaker: sameSpeaker, sharedAtMost: sharedAtMost) } }
    }

    /// `match` of word ids read in place.
    func match(_ a: UnsafeBufferPointer<Int32>, _ b: UnsafeBufferPointer<Int32>, sameSpeaker: Bool, sharedAtMost: Int? = nil) -> QuoteSimilarity? {
        if !a.isEmpty, a.elementsEqual(b) { return QuoteSimilarity(shared: a.count, shorter: a.count, longer: a.count) }
        // shared ≤ shorter: too short a rendering cannot reach `minimumShared`
        let bound = QuoteSimilarity(shared: min(sharedAtMost ?? .max, a.count, b.count), shorter: min(a.count, b.count), longer: max(a.count, b.count))
        guard passes(bound, sameSpeaker: sameSpeaker) else { return nil }
        let s = QuoteSimilarity(shared: WordDiff.lcsLength(a, b), shorter: bound.shorter, longer: bound.longer)
        return passes(s, sameSpeaker: sameSpeaker) ? s : nil
    }

    /// Whether renderings of `a` and `b` content words can match at all: whether they would if the
    /// shorter one's words all appeared, in order, in the longer.
    func mayMatch(_ a: Int, _ b: Int, sameSpeaker: Bool) -> Bool {
        passes(QuoteSimilarity(shared: min(a, b), shorter: min(a, b), longer: max(a, b)), sameSpeaker: sameSpeaker)
    }

    /// Whether a similarity reaches the thresholds (each grows with `shared`).
    private func passes(_ s: QuoteSimilarity, sameSpeaker: Bool) -> Bool {
        s.shared >= minimumShared && s.score >= threshold && (sameSpeaker || s.dice >= differentSpeakerDice)
    }

    /// Pairs of renderings, one from each list, that are the same statement: every left rendering
    /// with its best right match and every right rendering with its best left match (so a long
    /// quotation can pair with several shorter ones). Speakers count as the same when equal
    /// ignoring case. Candidates come from an index of content words, so only renderings sharing
    /// enough words are aligned. Sorted by left, then right.
    package func pairs(_ left: [QuoteRendering], _ right: [QuoteRendering]) -> [QuotePair] {
        let words = Self.codes((left + right).map(\.text))
        let l = Array(words[..<left.count]), r = Array(words[left.count...])
        let ls = left.map { $0.speaker?.lowercased() }, rs = right.map { $0.speaker?.lowercased() }
        var index: [Int32: [Int]] = [:]
        for (j, words) in r.enumerated() {
            for w in Set(words) { index[w, default: []].append(j) }
        }
        var best: [Int: (Int, QuoteSimilarity)] = [:]  // right → best left
        var found: Set<[Int]> = []
        for (i, words) in l.enumerated() {
            var counts: [Int: Int] = [:]
            for w in Set(words) { for j in index[w] ?? [] { counts[j, default: 0] += 1 } }
            var bestRight: (Int, QuoteSimilarity)?
            for (j, shared) in counts.sorted(by: { $0.key < $1.key }) where shared >= min(minimumShared, words.count) {
                let same = ls[i] != nil && ls[i] == rs[j]
                guard let s = match(words, r[j], sameSpeaker: same) else { continue }
                if bestRight.map({ s.score > $0.1.score }) ?? true { bestRight = (j, s) }
                if best[j].map({ s.score > $0.1.score }) ?? true { best[j] = (i, s) }
            }
            if let (j, _) = bestRight { found.insert([i, j]) }
        }
        for (j, (i, _)) in best { found.insert([i, j]) }
        return found.sorted { $0[0] != $1[0] ? $0[0] < $1[0] : $0[1] < $1[1] }
            .map { QuotePair(left: $0[0], right: $0[1], similarity: similarity(l[$0[0]], r[$0[1]])) }
    }
}
