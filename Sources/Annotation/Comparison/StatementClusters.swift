import CorpusModel
import Synchronization

/// Quotations grouped into statements, for comparing many groups at once: each quotation joins the
/// earlier statement whose first rendering it matches best (`QuoteMatcher`'s test), or starts one.
///
/// One index, of the first renderings' content words, serves every quotation whatever the number
/// of groups, so grouping N quotations costs about N look-ups. A quotation is looked up by its
/// rarest content words (those it must share with any rendering it matches, given the matcher's
/// thresholds), so common words do not make every statement a candidate.
///
/// The look-ups run on all cores, in blocks of quotations: each quotation of a block is matched
/// against the statements that exist when the block starts, then the block is settled in order
/// against the few statements its own earlier quotations started. The result is the one a single
/// pass in order gives, whatever the block size.
package struct StatementClusters {
    /// Per rendering, in input order: its statement's number (statements are numbered in order of
    /// their first rendering); nil for a rendering with no content words, which matches nothing.
    package let statement: [Int32?]
    /// Per statement: the input position of its first rendering.
    package let first: [Int]
    /// Per rendering: its content words' ids (`StatementWordCodes`).
    package let words: [[Int32]]

    /// nil if `stop` turns true first (polled every 64 renderings); `progress` is told how many
    /// renderings are placed, once per block of `blockSize`.
    package init?(_ renderings: [QuoteRendering], matcher: QuoteMatcher = QuoteMatcher(), blockSize: Int = 4096,
                  unlessStopped stop: @escaping @Sendable () -> Bool, progress: (Int) -> Void = { _ in }) {
        progress(0)   // reading the words takes a while on large corpora: the task is shown from its start
        guard let codes = StatementWordCodes(renderings.count, text: { renderings[$0].text }, unlessStopped: stop) else { return nil }
        let coded = codes.words
        self.words = coded
        // Speakers as numbers, equal when their names are equal ignoring case; -1 when unknown.
        var speakerIDs: [String: Int32] = [:]
        var speakers = [Int32]()
        speakers.reserveCapacity(renderings.count)
        for (i, r) in renderings.enumerated() {
            if i & 4095 == 0, stop() { return nil }
            guard let key = r.speaker?.lowercased() else { speakers.append(-1); continue }
            if let id = speakerIDs[key] { speakers.append(id); continue }
            speakerIDs[key] = Int32(speakerIDs.count)
            speakers.append(Int32(speakerIDs.count - 1))
        }
        var index = StatementIndex(coded, vocabulary: codes.vocabulary.count, speakers: speakers, matcher: matcher)
        var statement = [Int32?](repeating: nil, count: renderings.count)
        var exact: [[Int32]: Int32] = [:]  // content words → statement
        exact.reserveCapacity(renderings.count)
        var scratch = index.scratch()
        var block = 0..<0
        while block.upperBound < coded.count {
            block = block.upperBound..<min(coded.count, block.upperBound + max(1, blockSize))
            progress(block.lowerBound)
            let known = index.count
            guard let earlier = index.lookUp(block, skipping: exact, unlessStopped: stop) else { return nil }
            for i in block {
                if i & 63 == 0, stop() { return nil }
                let w = coded[i]
                guard !w.isEmpty else { continue }
                if let s = exact[w] { statement[i] = s; continue }
                let j = i - block.lowerBound
                let started = index.best(for: i, keys: earlier.keys(j), among: known..<index.count, scratch: &scratch)
                let s = StatementIndex.better(earlier.matches[j], started)?.statement ?? index.add(i)
                statement[i] = s
                exact[w] = s
            }
        }
        self.statement = statement
        self.first = index.firstRenderings
    }
}

/// The statements found so far, by their first renderings' content words.
private struct StatementIndex {
    /// A statement: its first rendering, that rendering's words (`words[start..<start + count]`)
    /// and speaker. Kept together and in statement order, so a candidate costs one memory read.
    struct Entry { var first: Int32, start: Int32, count: Int32, speaker: Int32 }
    typealias Match = (statement: Int32, score: Double)

    /// What one look-up at a time needs for itself.
    struct Scratch: Sendable {
        /// Statement → last rendering that looked at it.
        var seen: [Int32] = []
        /// Word → last rendering that listed it among its distinct words.
        var listed: [Int32]
        /// Per word: how often the rendering being placed has it, and how many of those the
        /// candidate being compared has not used yet (valid when `usedBy` is that candidate's number).
        var have: [Int32], left: [Int32], usedBy: [Int]
        var candidate = 0
    }

    /// What the look-ups of a block found: per rendering, its best match among the statements that
    /// existed when the block started, and the words it was looked up by (`keys(j)`).
    struct LookUps {
        var matches: [Match?] = []
        var keys: [Int32] = []
        var ends: [Int32] = []

        func keys(_ j: Int) -> ArraySlice<Int32> { keys[(j == 0 ? 0 : Int(ends[j - 1]))..<Int(ends[j])] }

        mutating func append(_ other: LookUps) {
            let base = Int32(keys.count)
            matches += other.matches
            keys += other.keys
            ends += other.ends.lazy.map { $0 + base }
        }
    }

    /// Scratch areas between blocks, for the look-ups on each core.
    final class Pool: Sendable {
        let free = Mutex<[Scratch]>([])
    }

    let coded: [[Int32]]
    let speakers: [Int32]
    /// In how many renderings each word occurs (the rarest are looked up).
    let frequency: [Int32]
    let matcher: QuoteMatcher
    let pool = Pool()
    private(set) var entries: [Entry] = []
    private var words: [Int32] = []
    /// Word → statements whose first rendering has it, ascending.
    private var postings: [[Int32]]

    init(_ coded: [[Int32]], vocabulary: Int, speakers: [Int32], matcher: QuoteMatcher) {
        self.coded = coded
        self.speakers = speakers
        self.matcher = matcher
        var frequency = [Int32](repeating: 0, count: vocabulary)
        var seenWord = [Int](repeating: -1, count: vocabulary)
        for (i, ws) in coded.enumerated() {
            for id in ws where seenWord[Int(id)] != i {
                seenWord[Int(id)] = i
                frequency[Int(id)] += 1
            }
        }
        self.frequency = frequency
        self.postings = [[Int32]](repeating: [], count: vocabulary)
    }

    var count: Int32 { Int32(entries.count) }
    var firstRenderings: [Int] { entries.map { Int($0.first) } }

    func scratch() -> Scratch {
        let zero = [Int32](repeating: 0, count: frequency.count)
        return Scratch(listed: [Int32](repeating: -1, count: frequency.count), have: zero, left: zero,
                       usedBy: [Int](repeating: -1, count: frequency.count))
    }

    /// The better of a match among earlier statements and one among later statements (ties go to the earlier).
    static func better(_ earlier: Match?, _ later: Match?) -> Match? {
        guard let earlier, let later else { return earlier ?? later }
        return later.score > earlier.score ? later : earlier
    }

    /// Per rendering of `block`, on all cores: the words to look it up by and its best match among
    /// the statements that exist now (none for renderings with no content words or whose words
    /// `exact` has). nil if `stop` turns true first.
    func lookUp(_ block: Range<Int>, skipping exact: [[Int32]: Int32], unlessStopped stop: @Sendable () -> Bool) -> LookUps? {
        let known = count
        let parts = Parallel.slices(block.count, parts: 8) { range -> LookUps? in
            var scratch = pool.free.withLock { $0.popLast() } ?? self.scratch()
            defer { pool.free.withLock { [scratch] in $0.append(scratch) } }
            var found = LookUps()
            found.matches.reserveCapacity(range.count)
            found.ends.reserveCapacity(range.count)
            for j in range {
                if j & 63 == 0, stop() { return nil }
                let i = block.lowerBound + j
                if coded[i].isEmpty || exact[coded[i]] != nil {
                    found.matches.append(nil)
                } else {
                    let start = found.keys.count
                    found.keys += keys(i, &scratch.listed)
                    found.matches.append(best(for: i, keys: found.keys[start...], among: 0..<known, scratch: &scratch))
                }
                found.ends.append(Int32(found.keys.count))
            }
            return found
        }
        var all = LookUps()
        for part in parts {
            guard let part else { return nil }
            all.append(part)
        }
        return all
    }

    /// The words to look rendering `i` up by. A match shares at least `minimumShared` words, so at least
    /// one of the rarest count − minimumShared + 1 of this rendering's distinct words. (Its own length
    /// does not bound that further: when it is the longer, the threshold counts the other's words, and
    /// its rarest words may all be its own.)
    private func keys(_ i: Int, _ listed: inout [Int32]) -> ArraySlice<Int32> {
        var distinct = distinctWords(i, &listed)
        distinct.sort { frequency[Int($0)] != frequency[Int($1)] ? frequency[Int($0)] < frequency[Int($1)] : $0 < $1 }
        let needed = matcher.minimumShared
        return distinct.prefix(max(1, distinct.count - needed + 1))
    }

    /// The best match of rendering `i` among the statements numbered `among` that hold one of its
    /// look-up words `keys` (highest score, then lowest number), or nil.
    func best(for i: Int, keys: ArraySlice<Int32>, among statements: Range<Int32>, scratch: inout Scratch) -> Match? {
        guard !statements.isEmpty else { return nil }
        let w = coded[i]
        if scratch.seen.count < entries.count { scratch.seen += repeatElement(-1, count: entries.count - scratch.seen.count) }
        var best: Match?
        for id in w { scratch.have[Int(id)] += 1 }
        defer { for id in w { scratch.have[Int(id)] = 0 } }
        for word in keys {
            postings[Int(word)].withUnsafeBufferPointer { list in
                // Postings ascend: skip to the first statement in range.
                var (low, high) = (0, list.count)
                while low < high {
                    let mid = (low + high) / 2
                    if list[mid] < statements.lowerBound { low = mid + 1 } else { high = mid }
                }
                for s in list[low...] {
                    if s >= statements.upperBound { break }
                    if scratch.seen[Int(s)] == Int32(i) { continue }
                    // Once a match scores 1 (the most there is), later statements cannot beat it.
                    if let best, best.score >= 1, s > best.statement { break }
                    scratch.seen[Int(s)] = Int32(i)
                    guard let score = score(i, against: entries[Int(s)], &scratch) else { continue }
                    if best.map({ score > $0.score || score == $0.score && s < $0.statement }) ?? true { best = (s, score) }
                }
            }
        }
        return best
    }

    /// The score of rendering `i` against a statement's first rendering if they match (`have` holds `i`'s word counts).
    private func score(_ i: Int, against e: Entry, _ scratch: inout Scratch) -> Double? {
        let w = coded[i]
        let same = speakers[i] >= 0 && speakers[i] == e.speaker
        if Int(e.count) != w.count, !matcher.mayMatch(w.count, Int(e.count), sameSpeaker: same) { return nil }
        scratch.candidate += 1
        let candidate = scratch.candidate
        return words.withUnsafeBufferPointer { all in
            let theirs = UnsafeBufferPointer(rebasing: all[Int(e.start)..<Int(e.start + e.count)])
            // The words both have, counted with repeats: a bound on what they share in order.
            var common = 0
            for id in theirs.lazy.map(Int.init) {
                if scratch.usedBy[id] != candidate { scratch.usedBy[id] = candidate; scratch.left[id] = scratch.have[id] }
                if scratch.left[id] > 0 { scratch.left[id] -= 1; common += 1 }
            }
            return w.withUnsafeBufferPointer { matcher.match($0, theirs, sameSpeaker: same, sharedAtMost: common)?.score }
        }
    }

    /// Rendering `i`'s words, each once, in order.
    private func distinctWords(_ i: Int, _ listed: inout [Int32]) -> [Int32] {
        coded[i].filter { id in
            guard listed[Int(id)] != Int32(i) else { return false }
            listed[Int(id)] = Int32(i)
            return true
        }
    }

    /// Starts a statement with rendering `i`; its number.
    mutating func add(_ i: Int) -> Int32 {
        let s = count
        let w = coded[i]
        entries.append(Entry(first: Int32(i), start: Int32(words.count), count: Int32(w.count), speaker: speakers[i]))
        words += w
        for word in w where postings[Int(word)].last != s { postings[Int(word)].append(s) }
        return s
    }
}
