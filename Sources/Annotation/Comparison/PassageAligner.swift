import CorpusModel

/// Word n-gram hashes over token ids: the seeds of text-reuse detection.
enum NGramHash {
    /// Calls `body(position, hash)` for every n-gram of `tokens` (position of its first token);
    /// the hash is never 0.
    @inline(__always)
    static func forEach(_ tokens: UnsafeBufferPointer<UInt32>, _ n: Int, _ body: (Int, UInt64) -> Void) {
        guard tokens.count >= n, n > 0 else { return }
        var power: UInt64 = 1
        for _ in 0..<n { power = power &* base }
        var h: UInt64 = 0
        for i in 0..<tokens.count {
            h = h &* base &+ UInt64(tokens[i]) &+ 1
            if i >= n { h = h &- (UInt64(tokens[i - n]) &+ 1) &* power }
            if i >= n - 1 { body(i - n + 1, mix(h)) }
        }
    }

    private static let base: UInt64 = 0x9E37_79B9_7F4A_7C15 | 1

    /// splitmix64 finaliser; never returns 0.
    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return z == 0 ? 1 : z
    }
}

/// Finds the passages two texts share, as text-reuse engines such as passim do: word n-grams both
/// texts hold are seeds; seeds on nearby diagonals (allowing small shifts from inserted or deleted
/// words) are chained; each chain is aligned by Smith–Waterman with affine gaps in a band around
/// its seeds. Passages may run across sentence and paragraph boundaries, and a reordered sentence
/// gives a passage of its own. Around a passage, seeds one word shorter find sentences edited too
/// heavily to share an n-gram, and a passage's ends keep to sentence edges a few words off.
struct PassageAligner {
    /// Words per seed n-gram.
    var n = 4
    /// How far (in words) the alignment may stray either side of the seeds' diagonal.
    var bandWidth = 8
    /// Longest stretch between two seeds of one passage, in words of either text.
    var maxGap = 24
    /// Fewest equal aligned words a passage needs, and how many of them must not be function words
    /// (a stock phrase such as "according to a statement released by" has fewer).
    var minimumMatches = 8, minimumContentMatches = 6
    /// Per token id, whether it is a function word (stop words, numbers, single characters).
    var functionWords: [Bool] = []
    /// N-grams many documents of the corpus hold (stock phrases), as `NGramHash` hashes shifted right
    /// by 24 bits, ascending: an alignment does not end on them across an edit.
    var commonNGrams: [UInt64] = []
    /// An n-gram repeated more often than this within one text is not a seed.
    var maximumRepeats = 4

    private var keys: [UInt64] = [], firsts: [Int32] = [], stamps: [UInt32] = []
    private var nextSame: [Int32] = []
    private var stamp: UInt32 = 0
    private var aligner = BandedAligner()
    private var bands: [Range<Int>] = []
    private var hashes: [(Int, UInt64)] = []
    private var sentenceStarts: (x: [Int], y: [Int]) = ([], [])

    private struct Chain {
        var seeds: [(i: Int, j: Int)]
        var last: (i: Int, j: Int) { seeds[seeds.count - 1] }
    }

    /// The passages `x` and `y` share, in order of their start in `x`; overlapping duplicates removed.
    /// `sentences` are the sentence starts of each text (ascending token positions), to which a
    /// passage's ends keep when they fall a few words short of them.
    mutating func passages(_ x: UnsafeBufferPointer<UInt32>, _ y: UnsafeBufferPointer<UInt32>,
                           sentences: (x: [Int], y: [Int]) = ([], [])) -> [LocalAlignment] {
        guard x.count >= n, y.count >= n else { return [] }
        sentenceStarts = sentences
        let finished = chains(x, y, n: n, 0..<x.count, 0..<y.count)
        var found = aligned(finished, x, y)
        // Chains over the same stretch give the same passage: keep the best-scoring one.
        found.sort { $0.score != $1.score ? $0.score > $1.score : $0.a.lowerBound < $1.a.lowerBound }
        var distinct: [LocalAlignment] = []
        for a in found where !distinct.contains(where: { Self.mostlyOverlap($0.a, a.a) && Self.mostlyOverlap($0.b, a.b) }) {
            distinct.append(a)
        }
        // Passages long enough on their own, then shorter pieces (a heavily edited or reordered
        // sentence) that lie within `maxGap` of a kept one in both texts and touch kept ones in both;
        // the shortest only when they cover most of their sentences in both (a name both texts
        // hold is part of a sentence, not a copy of one).
        var kept = distinct.filter { $0.matches >= minimumMatches && $0.contentMatches >= minimumContentMatches }
        var rest = distinct.filter { !($0.matches >= minimumMatches && $0.contentMatches >= minimumContentMatches) }
        // A heavily edited sentence beside a passage may share no n-gram with its copy: around each
        // group of passages near each other (within `maxGap` in both texts) seeds one word shorter
        // outside them are aligned too, in a narrow band (a wide one reaches across a moved sentence).
        var groups: [(a: Range<Int>, b: Range<Int>)] = []
        for k in kept.sorted(by: { $0.a.lowerBound < $1.a.lowerBound }) {
            if let g = groups.last, Self.near(g.a, k.a, maxGap), Self.near(g.b, k.b, maxGap) {
                groups[groups.count - 1] = (Self.hull(g.a, k.a), Self.hull(g.b, k.b))
            } else {
                groups.append((k.a, k.b))
            }
        }
        for k in groups where n > 2 {
            var local = chains(x, y, n: n - 1, max(0, k.a.lowerBound - maxGap)..<min(x.count, k.a.upperBound + maxGap),
                               max(0, k.b.lowerBound - maxGap)..<min(y.count, k.b.upperBound + maxGap))
            for c in local.indices { local[c].seeds.removeAll { s in kept.contains { $0.a.contains(s.i) && $0.b.contains(s.j) } } }
            for piece in aligned(local.filter { !$0.seeds.isEmpty }, x, y, pad: bandWidth) {
                let overlaps = { (other: LocalAlignment) in Self.mostlyOverlap(other.a, piece.a) && Self.mostlyOverlap(other.b, piece.b) }
                if !distinct.contains(where: overlaps) && !rest.contains(where: overlaps) { rest.append(piece) }
            }
        }
        rest.removeAll { piece in
            !(piece.matches >= minimumMatches * 3 / 4 && piece.contentMatches >= minimumContentMatches * 2 / 3
              || Self.coversItsSentences(piece.a, sentenceStarts.x, x.count) && Self.coversItsSentences(piece.b, sentenceStarts.y, y.count))
        }
        /// Whether a stretch lies within `maxGap` of a kept passage in both texts and touches kept ones in both.
        func joinsKept(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
            kept.contains { Self.near($0.a, a, maxGap) && Self.near($0.b, b, maxGap) }
                && kept.contains { Self.near($0.a, a, 3) } && kept.contains { Self.near($0.b, b, 3) }
        }
        var grew = !kept.isEmpty
        while grew {
            grew = false
            rest.removeAll { piece in
                let joins = joinsKept(piece.a, piece.b)
                if joins { kept.append(piece); grew = true }
                return joins
            }
            // Two pieces touching each other in both texts that together join the kept ones (two
            // neighbouring sentences swapped, each edited).
            if !grew, let (p, q) = rest.indices.lazy.flatMap({ p in rest.indices.lazy.map { (p, $0) } }).first(where: { p, q in
                p < q && Self.near(rest[p].a, rest[q].a, 3) && Self.near(rest[p].b, rest[q].b, 3)
                    && joinsKept(Self.hull(rest[p].a, rest[q].a), Self.hull(rest[p].b, rest[q].b))
            }) {
                kept += [rest[p], rest[q]]
                rest.remove(at: q)
                rest.remove(at: p)
                grew = true
            }
        }
        return kept.sorted { ($0.a.lowerBound, $0.b.lowerBound) < ($1.a.lowerBound, $1.b.lowerBound) }
    }

    /// Chains of seeds: the `n`-grams `x[xs]` and `y[ys]` share (positions in `x` and `y`), those on
    /// nearby diagonals (allowing small shifts from inserted or deleted words) in one chain.
    private mutating func chains(_ x: UnsafeBufferPointer<UInt32>, _ y: UnsafeBufferPointer<UInt32>, n: Int,
                                 _ xs: Range<Int>, _ ys: Range<Int>) -> [Chain] {
        guard xs.count >= n, ys.count >= n else { return [] }
        index(UnsafeBufferPointer(rebasing: y[ys]), n: n)
        var active: [Chain] = [], finished: [Chain] = []
        NGramHash.forEach(UnsafeBufferPointer(rebasing: x[xs]), n) { i, hash in
            let i = i + xs.lowerBound
            var slot = Int(truncatingIfNeeded: hash) & (keys.count - 1)
            while stamps[slot] == stamp && keys[slot] != hash { slot = (slot + 1) & (keys.count - 1) }
            guard stamps[slot] == stamp else { return }
            var repeats = 0
            var p = firsts[slot]
            while p >= 0 { repeats += 1; p = nextSame[Int(p)] }
            guard repeats <= maximumRepeats else { return }
            p = firsts[slot]
            while p >= 0 {
                let j = Int(p) + ys.lowerBound
                p = nextSame[Int(p)]
                var best = -1, bestShift = Int.max
                for (c, chain) in active.enumerated() {
                    let last = chain.last
                    guard i > last.i, j > last.j, i - last.i <= maxGap, j - last.j <= maxGap else { continue }
                    let shift = abs((j - i) - (last.j - last.i))
                    if shift <= bandWidth && shift < bestShift { best = c; bestShift = shift }
                }
                if best >= 0 { active[best].seeds.append((i, j)) } else { active.append(Chain(seeds: [(i, j)])) }
            }
            var c = 0
            while c < active.count {
                if i - active[c].last.i > maxGap { finished.append(active.remove(at: c)) } else { c += 1 }
            }
        }
        return finished + active
    }

    /// The alignments along `chains`, those with at least the matches a piece of a passage needs,
    /// in a band `pad` words either side of the seeds' diagonals (`2 bandWidth` by default).
    private mutating func aligned(_ chains: [Chain], _ x: UnsafeBufferPointer<UInt32>, _ y: UnsafeBufferPointer<UInt32>,
                                  pad widest: Int? = nil) -> [LocalAlignment] {
        var found: [LocalAlignment] = []
        for var chain in chains {
            // One alignment covers one order of the text: seeds it leaves out (a sentence moved
            // past its neighbour, whose seeds joined the chain) are aligned again on their own.
            var pad = widest ?? 2 * bandWidth
            while let a = align(chain, x, y, pad: pad) {
                // Far from the seeds' diagonal, the band reached a neighbouring passage (a sentence
                // moved past its neighbour): align again closer to the seeds.
                if pad > bandWidth && !chain.seeds.contains(where: { a.a.contains($0.i) && a.b.contains($0.j) }) {
                    pad = bandWidth
                    continue
                }
                if a.matches >= minimumMatches * 5 / 8, a.contentMatches >= minimumContentMatches / 2 { found.append(a) }
                var left = chain.seeds.filter { !a.a.contains($0.i) || !a.b.contains($0.j) }
                // An alignment off the seeds' diagonals leaves the seeds outside it in both texts to align on their own.
                if left.count == chain.seeds.count { left = chain.seeds.filter { !a.a.contains($0.i) && !a.b.contains($0.j) } }
                guard !left.isEmpty, left.count < chain.seeds.count else { break }
                chain.seeds = left
            }
        }
        return found
    }

    /// The smallest range holding both.
    private static func hull(_ r: Range<Int>, _ s: Range<Int>) -> Range<Int> { min(r.lowerBound, s.lowerBound)..<max(r.upperBound, s.upperBound) }

    /// Whether two ranges overlap or lie at most `gap` apart.
    static func near(_ r: Range<Int>, _ s: Range<Int>, _ gap: Int) -> Bool {
        max(r.lowerBound, s.lowerBound) <= min(r.upperBound, s.upperBound) + gap
    }

    /// Whether two ranges overlap by at least half the shorter.
    static func mostlyOverlap(_ r: Range<Int>, _ s: Range<Int>) -> Bool {
        let overlap = min(r.upperBound, s.upperBound) - max(r.lowerBound, s.lowerBound)
        return overlap > 0 && 2 * overlap >= min(r.count, s.count)
    }

    /// Fills the n-gram table with `y`'s `n`-grams (a chain of positions per distinct n-gram).
    private mutating func index(_ y: UnsafeBufferPointer<UInt32>, n: Int) {
        var capacity = 64
        while capacity < 2 * y.count { capacity <<= 1 }
        if keys.count < capacity {
            keys = Array(repeating: 0, count: capacity)
            firsts = Array(repeating: -1, count: capacity)
            stamps = Array(repeating: 0, count: capacity)
            stamp = 0
        }
        if nextSame.count < y.count { nextSame = Array(repeating: -1, count: y.count) }
        stamp &+= 1
        if stamp == 0 {
            for s in stamps.indices { stamps[s] = 0 }
            stamp = 1
        }
        let mask = keys.count - 1
        // Insert from the end, so each chain lists positions in ascending order.
        hashes.removeAll(keepingCapacity: true)
        NGramHash.forEach(y, n) { hashes.append(($0, $1)) }
        for (j, hash) in hashes.reversed() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while stamps[slot] == stamp && keys[slot] != hash { slot = (slot + 1) & mask }
            if stamps[slot] == stamp {
                nextSame[j] = firsts[slot]
            } else {
                stamps[slot] = stamp
                keys[slot] = hash
                nextSame[j] = -1
            }
            firsts[slot] = Int32(j)
        }
    }

    /// Aligns the stretch around a chain of seeds, in a band that follows the seeds' diagonals.
    /// `pad` words either side of the seeds' diagonals leave room for edits, before the first seed and after the last.
    private mutating func align(_ chain: Chain, _ x: UnsafeBufferPointer<UInt32>, _ y: UnsafeBufferPointer<UInt32>, pad: Int) -> LocalAlignment? {
        let seeds = chain.seeds
        let rows = max(0, seeds[0].i - pad)..<min(x.count, chain.last.i + n + pad)
        let columns = max(0, seeds.map(\.j).min()! - pad)..<min(y.count, seeds.map(\.j).max()! + n + pad)
        /// The best alignment within `rows` and `columns` (global positions).
        func best(_ rows: Range<Int>, _ columns: Range<Int>) -> LocalAlignment? {
            guard !rows.isEmpty, !columns.isEmpty else { return nil }
            bands.removeAll(keepingCapacity: true)
            var k = 0
            for r in rows {
                while k + 1 < seeds.count && seeds[k + 1].i <= r { k += 1 }
                let d0 = seeds[k].j - seeds[k].i
                let d1 = k + 1 < seeds.count && seeds[k].i <= r ? seeds[k + 1].j - seeds[k + 1].i : d0
                let lo = max(columns.lowerBound, r + min(d0, d1) - pad), hi = min(columns.upperBound, r + max(d0, d1) + pad + 1)
                bands.append(lo < hi ? (lo - columns.lowerBound)..<(hi - columns.lowerBound) : 0..<0)
            }
            guard let a = aligner.align(UnsafeBufferPointer(rebasing: x[rows]), UnsafeBufferPointer(rebasing: y[columns]), bands: bands,
                                        functionWords: functionWords) else {
                return nil
            }
            return LocalAlignment(a: (a.a.lowerBound + rows.lowerBound)..<(a.a.upperBound + rows.lowerBound),
                                  b: (a.b.lowerBound + columns.lowerBound)..<(a.b.upperBound + columns.lowerBound),
                                  matches: a.matches, contentMatches: a.contentMatches, score: a.score)
        }
        guard var found = best(rows, columns) else { return nil }
        // A stock phrase both texts happen to hold is not a passage, nor part of one just outside it.
        if let lead = commonRun(x, y, from: found.a.lowerBound, found.b.lowerBound, step: 1) {
            guard lead < found.a.count else { return nil }
            guard let rest = best((found.a.lowerBound + lead)..<rows.upperBound, (found.b.lowerBound + lead)..<columns.upperBound) else { return nil }
            found = rest
        }
        if let tail = commonRun(x, y, from: found.a.upperBound - 1, found.b.upperBound - 1, step: -1), tail < found.a.count {
            guard let rest = best(rows.lowerBound..<(found.a.upperBound - tail), columns.lowerBound..<(found.b.upperBound - tail)) else { return nil }
            found = rest
        }
        return keptToSentences(extended(found, x, y), x, y)
    }

    /// The tokens of the sentence holding token `p`, given the sentence starts of a text of `end` tokens.
    private static func sentence(_ starts: [Int], _ p: Int, _ end: Int) -> Range<Int> {
        guard !starts.isEmpty else { return 0..<end }
        var lo = 0, hi = starts.count
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if starts[mid] <= p { lo = mid } else { hi = mid }
        }
        return min(starts[lo], p)..<(lo + 1 < starts.count ? starts[lo + 1] : end)
    }

    /// Whether `r` covers at least half the words of the sentences it touches (false without sentences).
    private static func coversItsSentences(_ r: Range<Int>, _ starts: [Int], _ end: Int) -> Bool {
        guard !starts.isEmpty, !r.isEmpty else { return false }
        let whole = sentence(starts, r.lowerBound, end).lowerBound..<sentence(starts, r.upperBound - 1, end).upperBound
        return 2 * r.count >= whole.count
    }

    /// Words of a sentence an alignment may leave out at either end and still be taken to its edge.
    private static let sentenceReach = 10

    /// The alignment with each end moved to the edge of its sentence when both texts' ends lie at
    /// most `sentenceReach` words from it and the words left out share at least a third of the fewer
    /// (beyond six words, a content word among them) and the alignment holds at least half as many
    /// of the sentence's words: edits at a sentence's edge, where local alignment does not pay for a
    /// few function words around them. The shared words count as matches.
    private func keptToSentences(_ found: LocalAlignment, _ x: UnsafeBufferPointer<UInt32>, _ y: UnsafeBufferPointer<UInt32>) -> LocalAlignment {
        let (sx, sy) = sentenceStarts
        guard !sx.isEmpty, !sy.isEmpty else { return found }
        let sentence = Self.sentence
        /// The words `u` of x and `v` of y left out share, (all, content), when they may join the alignment.
        func shared(_ u: Range<Int>, _ v: Range<Int>) -> (Int, Int)? {
            guard (1...Self.sentenceReach).contains(u.count), (1...Self.sentenceReach).contains(v.count) else { return nil }
            var rest = Array(y[v]), shared = 0, content = 0
            for t in x[u] {
                guard let k = rest.firstIndex(of: t) else { continue }
                rest.remove(at: k)
                shared += 1
                if Int(t) >= functionWords.count || !functionWords[Int(t)] { content += 1 }
            }
            guard shared >= 1, 3 * shared >= min(u.count, v.count), max(u.count, v.count) <= 6 || content >= 1 else { return nil }
            return (shared, content)
        }
        /// Whether the alignment holds at least half as many words of the sentence as it leaves out
        /// (an alignment that starts with the last word or two of the sentence before does not reach back into it).
        func holdsEnough(_ held: Int, _ left: Int) -> Bool { 2 * held >= left }
        var a = found
        let first = (sentence(sx, a.a.lowerBound, x.count), sentence(sy, a.b.lowerBound, y.count))
        let startX = first.0.lowerBound, startY = first.1.lowerBound
        if holdsEnough(min(first.0.upperBound, a.a.upperBound) - a.a.lowerBound, a.a.lowerBound - startX),
           holdsEnough(min(first.1.upperBound, a.b.upperBound) - a.b.lowerBound, a.b.lowerBound - startY),
           let (m, c) = shared(startX..<a.a.lowerBound, startY..<a.b.lowerBound) {
            a.a = startX..<a.a.upperBound
            a.b = startY..<a.b.upperBound
            a.matches += m
            a.contentMatches += c
        }
        let last = (sentence(sx, a.a.upperBound - 1, x.count), sentence(sy, a.b.upperBound - 1, y.count))
        let endX = last.0.upperBound, endY = last.1.upperBound
        if holdsEnough(a.a.upperBound - max(last.0.lowerBound, a.a.lowerBound), endX - a.a.upperBound),
           holdsEnough(a.b.upperBound - max(last.1.lowerBound, a.b.lowerBound), endY - a.b.upperBound),
           let (m, c) = shared(a.a.upperBound..<endX, a.b.upperBound..<endY) {
            a.a = a.a.lowerBound..<endX
            a.b = a.b.lowerBound..<endY
            a.matches += m
            a.contentMatches += c
        }
        return a
    }

    /// The length of the run of equal words from x[i], y[j] in direction `step` when it is a stock
    /// phrase: common n-grams only, at most `2 n` words (a longer one is a passage many documents
    /// reuse), with no equal words following within two words; nil otherwise.
    private func commonRun(_ x: UnsafeBufferPointer<UInt32>, _ y: UnsafeBufferPointer<UInt32>, from i: Int, _ j: Int, step: Int) -> Int? {
        guard !commonNGrams.isEmpty else { return nil }
        func equal(_ p: Int, _ q: Int) -> Bool { p >= 0 && q >= 0 && p < x.count && q < y.count && x[p] == y[q] }
        var length = 0
        while equal(i + step * length, j + step * length) {
            guard length < 2 * n, isInCommonNGram(x, i + step * length) else { return nil }
            length += 1
        }
        guard length > 0 else { return nil }
        for p in 1...2 {
            for q in 1...2 where equal(i + step * (length - 1 + p), j + step * (length - 1 + q)) { return nil }
        }
        return length
    }

    /// Whether the word at `p` lies in an n-gram of `commonNGrams`.
    private func isInCommonNGram(_ t: UnsafeBufferPointer<UInt32>, _ p: Int) -> Bool {
        guard !commonNGrams.isEmpty else { return false }
        for start in max(0, p - n + 1)...max(0, min(p, t.count - n)) where start + n <= t.count {
            var common = false
            NGramHash.forEach(UnsafeBufferPointer(rebasing: t[start..<(start + n)]), n) { _, hash in
                // Binary search of the ascending keys.
                var low = 0, high = commonNGrams.count
                while low < high {
                    let middle = (low + high) / 2
                    if commonNGrams[middle] < hash >> 24 { low = middle + 1 } else { high = middle }
                }
                common = low < commonNGrams.count && commonNGrams[low] == hash >> 24
            }
            if common { return true }
        }
        return false
    }

    /// Words either side of an alignment's ends searched for more of the copy.
    static let edgeReach = 4

    /// The alignment grown at either end over edits (local alignment stops short of edits at a
    /// passage's edges): to an equal content word within `edgeReach` words in both texts that has
    /// another equal word beyond it, so that one chance match does not count; not past the end of
    /// the sentence in either text (the next sentence joins when it aligns).
    private func extended(_ found: LocalAlignment, _ x: UnsafeBufferPointer<UInt32>, _ y: UnsafeBufferPointer<UInt32>) -> LocalAlignment {
        var a = found
        func isContent(_ t: UInt32) -> Bool { Int(t) >= functionWords.count || !functionWords[Int(t)] }
        /// Equal tokens at x[i], y[j] (false outside the texts).
        func equal(_ i: Int, _ j: Int) -> Bool { i >= 0 && j >= 0 && i < x.count && j < y.count && x[i] == y[j] }
        /// A step (p, q) outward from (i, j) in direction `d` to an equal content word confirmed beyond.
        func step(_ i: Int, _ j: Int, _ d: Int) -> (Int, Int)? {
            let sx = Self.sentence(sentenceStarts.x, i, x.count), sy = Self.sentence(sentenceStarts.y, j, y.count)
            for p in 1...Self.edgeReach where sx.contains(i + d * p) {
                for q in max(1, p - 2)...(p + 2) where sy.contains(j + d * q) && equal(i + d * p, j + d * q)
                    && isContent(x[i + d * p]) && !isInCommonNGram(x, i + d * p) {
                    for p2 in (p + 1)...(p + 3) {
                        for q2 in (q + 1)...(q + 3) where equal(i + d * p2, j + d * q2) { return (p, q) }
                    }
                }
            }
            return nil
        }
        while let (p, q) = step(a.a.lowerBound, a.b.lowerBound, -1) {
            a.a = (a.a.lowerBound - p)..<a.a.upperBound
            a.b = (a.b.lowerBound - q)..<a.b.upperBound
            a.matches += 1
            a.contentMatches += 1
        }
        while let (p, q) = step(a.a.upperBound - 1, a.b.upperBound - 1, 1) {
            a.a = a.a.lowerBound..<(a.a.upperBound + p)
            a.b = a.b.lowerBound..<(a.b.upperBound + q)
            a.matches += 1
            a.contentMatches += 1
        }
        return a
    }
}
