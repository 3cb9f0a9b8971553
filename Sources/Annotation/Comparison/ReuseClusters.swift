import CorpusModel
import Dispatch
import Synchronization

/// Passages reused across documents, grouped into clusters: a passage twelve outlets carry is one
/// cluster with twelve members, each with its span, ordered from the earliest document (by date,
/// the candidate source) on.
///
/// Found as text-reuse engines such as passim find them. An index of word n-grams gives candidate
/// document pairs: n-grams held by few documents pair all of them; n-grams held by many (text
/// everyone reuses) link each holder to the earliest one only, so the work stays linear. Each
/// candidate pair is aligned (`PassageAligner`), told the n-grams many documents hold (stock
/// phrases) so that it does not stretch a passage onto one; aligned spans that overlap in a
/// document are one passage, and passages linked by alignments form a cluster. A cluster all of whose documents
/// come from one outlet, in at least `boilerplateDocuments` of them, is that outlet's boilerplate
/// (a footer, "About us", a subscription line).
package struct ReuseClusters: Sendable {
    /// A cluster member: a span of global token positions in a document.
    package struct Member: Sendable, Equatable {
        package var document: Int32
        var start: Int32
        var end: Int32
        package var tokens: Range<Int> { Int(start)..<Int(end) }
    }

    /// In a shard, where each of its members stands among the whole corpus's clusters (found once, by
    /// the merge, from every shard's words: docs/scale.md): its place among all the members, its
    /// cluster's number and size, the document of the cluster's earliest copy and how alike the two are.
    package struct InCorpus: Sendable {
        package var place: [Int32] = [], cluster: [Int32] = [], size: [Int32] = [], first: [String] = [], similarity: [Double] = []
        package init() {}
    }

    /// Members grouped by cluster (earliest member first); clusters ordered by their earliest member.
    package let members: [Member]
    /// Cluster `c` is `members[clusterStarts[c]..<clusterStarts[c + 1]]`.
    let clusterStarts: [Int32]
    package let isBoilerplate: [Bool]
    /// The cluster of each member.
    package let clusterOfMember: [Int32]
    /// The members of clusters that are reuse between outlets, and of those that are boilerplate.
    package let reusedMembers: [Int32], boilerplateMembers: [Int32]
    /// In a shard: its members' standing in the whole corpus (nil in one process, where the members are all of them).
    let inCorpus: InCorpus?

    init(members: [Member], clusterStarts: [Int32], isBoilerplate: [Bool], inCorpus: InCorpus? = nil) {
        self.inCorpus = inCorpus
        self.members = members
        self.clusterStarts = clusterStarts
        self.isBoilerplate = isBoilerplate
        var clusterOf: [Int32] = [], reused: [Int32] = [], boilerplate: [Int32] = []
        for c in isBoilerplate.indices {
            for m in Int(clusterStarts[c])..<Int(clusterStarts[c + 1]) {
                clusterOf.append(Int32(c))
                if isBoilerplate[c] { boilerplate.append(Int32(m)) } else { reused.append(Int32(m)) }
            }
        }
        clusterOfMember = clusterOf
        reusedMembers = reused
        boilerplateMembers = boilerplate
    }

    /// A shard's clusters: its own members, in the whole corpus's order, each with whether its cluster
    /// is boilerplate and where it stands in the whole corpus. Consecutive members of one cluster are one cluster here.
    package init(shard members: [Member], boilerplate: [Bool], inCorpus: InCorpus) {
        var starts: [Int32] = [0], flags: [Bool] = []
        for m in members.indices.dropFirst() where inCorpus.cluster[m] != inCorpus.cluster[m - 1] {
            starts.append(Int32(m))
            flags.append(boilerplate[m - 1])
        }
        if let last = boilerplate.last { starts.append(Int32(members.count)); flags.append(last) } else { starts = [0] }
        self.init(members: members, clusterStarts: starts, isBoilerplate: flags, inCorpus: inCorpus)
    }

    /// The earliest member of member `m`'s cluster.
    func earliest(_ m: Int) -> Int { Int(clusterStarts[Int(clusterOfMember[m])]) }

    /// Member `m`'s place among all the corpus's members (clusters in order, earliest member first).
    package func place(_ m: Int) -> Int { inCorpus.map { Int($0.place[m]) } ?? m }
    /// The number of member `m`'s cluster in the corpus (from 0, in the order of their earliest members).
    package func cluster(ofMember m: Int) -> Int { inCorpus.map { Int($0.cluster[m]) } ?? Int(clusterOfMember[m]) }
    /// How many members member `m`'s cluster has.
    package func size(ofClusterOf m: Int) -> Int { inCorpus.map { Int($0.size[m]) } ?? members(of: Int(clusterOfMember[m])).count }
    /// The short id of the document of the earliest member of member `m`'s cluster.
    package func firstDocument(ofClusterOf m: Int, _ corpus: Corpus) -> String {
        inCorpus?.first[m] ?? corpus.documents[Int(members[earliest(m)].document)].shortID
    }
    /// How alike member `m` and its cluster's earliest member are (`similarity(_:_:_:)`), `tokens` the corpus's.
    package func similarityToEarliest(_ m: Int, _ tokens: FlatArray<UInt32>) -> Double {
        inCorpus?.similarity[m] ?? Self.similarity(members[m], members[earliest(m)], tokens)
    }

    /// The best local alignment of two members' spans in `tokens`, in global token positions.
    package static func align(_ a: Member, _ b: Member, _ tokens: FlatArray<UInt32>) -> LocalAlignment? {
        var aligner = BandedAligner()
        let x = tokens[a.tokens], y = tokens[b.tokens]
        let bands = Array(repeating: 0..<y.count, count: x.count)
        guard let found = x.withUnsafeBufferPointer({ xp in y.withUnsafeBufferPointer { yp in aligner.align(xp, yp, bands: bands) } }) else {
            return nil
        }
        return LocalAlignment(a: (found.a.lowerBound + a.tokens.lowerBound)..<(found.a.upperBound + a.tokens.lowerBound),
                              b: (found.b.lowerBound + b.tokens.lowerBound)..<(found.b.upperBound + b.tokens.lowerBound),
                              matches: found.matches, contentMatches: found.contentMatches, score: found.score)
    }

    /// How alike two members are: 2·(equal aligned words) / (words of both spans); 1 for a member with itself.
    package static func similarity(_ a: Member, _ b: Member, _ tokens: FlatArray<UInt32>) -> Double {
        a == b ? 1 : 2 * Double(align(a, b, tokens)?.matches ?? 0) / Double(a.tokens.count + b.tokens.count)
    }

    var clusterCount: Int { isBoilerplate.count }
    package func members(of c: Int) -> Range<Int> { Int(clusterStarts[c])..<Int(clusterStarts[c + 1]) }

    /// How the search is tuned.
    package struct Settings: Sendable {
        var aligner = PassageAligner()
        /// N-grams held by at most this many documents pair every two of them; more, and each links to the earliest.
        var allPairsDocuments = 16
        /// Candidate partners aligned per document, those sharing the most n-grams first.
        var partnersPerDocument = 6
        /// Index entries kept at most (one n-gram in k is indexed beyond this, chosen by hash).
        var indexBudget = 24_000_000
        var boilerplateDocuments = 3
        package init() {}
    }

    /// The input: the corpus's token stream and, per document, its tokens, rank by date, and outlet.
    package struct Input: Sendable {
        let tokens: FlatArray<UInt32>
        let documents: [Range<Int>]
        /// Documents from earliest to latest (undated last, then in corpus order).
        let byDate: [Int]
        /// A small id per outlet, -1 for none.
        let sources: [Int32]
        /// Per token id, whether it is a function word (stop words, numbers, single characters).
        var functionWords: [Bool] = []
        /// Where sentences start, so that passage ends can keep to them (none: ends stay where aligned).
        var sentences: TokenStarts? = nil

        init(tokens: FlatArray<UInt32>, documents: [Range<Int>], byDate: [Int], sources: [Int32], functionWords: [Bool] = [], sentences: TokenStarts? = nil) {
            (self.tokens, self.documents, self.byDate, self.sources, self.functionWords, self.sentences) = (tokens, documents, byDate, sources, functionWords, sentences)
        }

        /// The input of documents with these tokens (term ids of one numbering), dates and outlets (empty: none).
        package init(tokens: FlatArray<UInt32>, documents: [Range<Int>], dates: [PartialDate?], sources: [String], functionWords: [Bool], sentences: TokenStarts) {
            var sourceIDs: [String: Int32] = [:]
            let ids = sources.map { s -> Int32 in
                if s.isEmpty { return -1 }
                if let id = sourceIDs[s] { return id }
                sourceIDs[s] = Int32(sourceIDs.count)
                return Int32(sourceIDs.count - 1)
            }
            let byDate = dates.indices.sorted { a, b in
                switch (dates[a], dates[b]) {
                case let (x?, y?) where x != y: return x < y
                case (.some, nil): return true
                case (nil, .some): return false
                default: return a < b
                }
            }
            self.init(tokens: tokens, documents: documents, byDate: byDate, sources: ids, functionWords: functionWords, sentences: sentences)
        }
    }

    /// Finds the clusters; nil if `stop` (polled in every loop) turns true first. `progress` is
    /// told, from any thread, how many thousandths of the work are done.
    package static func build(_ input: Input, settings: Settings = Settings(), unlessStopped stop: @escaping @Sendable () -> Bool,
                      progress: @escaping @Sendable (Int) -> Void = { _ in }) -> ReuseClusters? {
        let stages = StageProgress(progress)
        guard let (pairs, common) = candidatePairs(input, settings, stages, stop) else { return nil }
        var settings = settings
        settings.aligner.commonNGrams = common
        guard let links = alignments(pairs, input, settings, stages, stop) else { return nil }
        return cluster(links, input, settings, stages, stop)
    }

    /// Progress in thousandths, from any thread: each stage covers a range of the thousand and
    /// advances through it as its units of work are done.
    final class StageProgress: Sendable {
        private let report: @Sendable (Int) -> Void
        private let state = Mutex((range: 0..<0, units: 1, done: 0))

        init(_ report: @escaping @Sendable (Int) -> Void) { self.report = report }

        func begin(_ range: Range<Int>, units: Int) {
            state.withLock { $0 = (range, max(1, units), 0) }
            report(range.lowerBound)
        }

        func advance(by units: Int = 1) {
            report(state.withLock { s in
                s.done += units
                return s.range.lowerBound + s.range.count * min(s.done, s.units) / s.units
            })
        }
    }

    /// Sorts `items` in pieces, asking `stop` between them, so that a sort of millions stops
    /// promptly: first into `buckets` ranges by `bucket` (ascending with the order), then each
    /// range by `less`. False if stopped.
    static func sortInPieces<T>(_ items: inout [T], buckets: Int, bucket: (T) -> Int, by less: (T, T) -> Bool, stop: () -> Bool) -> Bool {
        guard let first = items.first else { return true }
        var starts = [Int](repeating: 0, count: buckets + 1)
        for (k, item) in items.enumerated() {
            if k & 0xFFFF == 0, stop() { return false }
            starts[bucket(item) + 1] += 1
        }
        for b in 0..<buckets { starts[b + 1] += starts[b] }
        var fill = starts, sorted = [T](repeating: first, count: items.count)
        for (k, item) in items.enumerated() {
            if k & 0xFFFF == 0, stop() { return false }
            let b = bucket(item)
            sorted[fill[b]] = item
            fill[b] += 1
        }
        for b in 0..<buckets {
            if stop() { return false }
            sorted[starts[b]..<starts[b + 1]].sort(by: less)
        }
        items = sorted
        return true
    }

    // MARK: Candidate pairs

    /// (later, earlier) document pairs worth aligning, as ranks in `byDate`, and the n-grams held by
    /// more than `allPairsDocuments` documents (hash >> 24, ascending: partition by partition, as sorted).
    private static func candidatePairs(_ input: Input, _ settings: Settings, _ stages: StageProgress,
                                       _ stop: @escaping @Sendable () -> Bool) -> (pairs: [(Int32, Int32)], common: [UInt64])? {
        let docs = input.byDate.count
        guard docs >= 2, docs < 1 << 24 else { return ([], []) }
        let n = settings.aligner.n
        let rate = UInt64(max(1, (input.tokens.count + settings.indexBudget - 1) / settings.indexBudget))
        let chunk = max(1, docs / 64), chunks = (docs + chunk - 1) / chunk
        let partitions = 256
        // Pass 1: entries per (chunk, partition); pass 2: fill. Entry = hash's top 40 bits | rank.
        nonisolated(unsafe) var counts = [Int](repeating: 0, count: chunks * partitions)
        let stopped = Atomic<Bool>(false)
        @Sendable func each(_ c: Int, _ body: (UInt64) -> Void) {
            input.tokens.withUnsafeBufferPointer { all in
                for rank in (c * chunk)..<min(docs, (c + 1) * chunk) {
                    if rank & 63 == 0, stopped.load(ordering: .relaxed) || stop() { return stopped.store(true, ordering: .relaxed) }
                    let range = input.documents[input.byDate[rank]]
                    NGramHash.forEach(UnsafeBufferPointer(rebasing: all[range]), n) { _, hash in
                        if hash % rate == 0 { body((hash >> 24) << 24 | UInt64(rank)) }
                    }
                }
            }
        }
        counts.withUnsafeMutableBufferPointer { cp in
            nonisolated(unsafe) let cp = cp
            stages.begin(0..<80, units: chunks)
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                each(c) { cp[c * partitions + Int($0 >> 56)] += 1 }
                stages.advance()
            }
        }
        if stopped.load(ordering: .relaxed) { return nil }
        // Offsets: partition-major, then chunk.
        var partitionStart = [Int](repeating: 0, count: partitions + 1)
        var offsets = [Int](repeating: 0, count: chunks * partitions)
        var total = 0
        for p in 0..<partitions {
            partitionStart[p] = total
            for c in 0..<chunks {
                offsets[c * partitions + p] = total
                total += counts[c * partitions + p]
            }
        }
        partitionStart[partitions] = total
        let partitionBounds = partitionStart
        var entries = [UInt64](repeating: 0, count: total)
        entries.withUnsafeMutableBufferPointer { ep in
            nonisolated(unsafe) let ep = ep
            offsets.withUnsafeMutableBufferPointer { op in
                nonisolated(unsafe) let op = op
                stages.begin(80..<160, units: chunks)
                DispatchQueue.concurrentPerform(iterations: chunks) { c in
                    each(c) { e in
                        let k = c * partitions + Int(e >> 56)
                        ep[op[k]] = e
                        op[k] += 1
                    }
                    stages.advance()
                }
            }
        }
        if stopped.load(ordering: .relaxed) { return nil }
        // Per partition: sort, then vote for pairs within each n-gram's documents.
        let minimumVotes = rate == 1 ? 2 : 1
        nonisolated(unsafe) var votes = [[UInt64]](repeating: [], count: partitions)
        nonisolated(unsafe) var commons = [[UInt64]](repeating: [], count: partitions)
        entries.withUnsafeMutableBufferPointer { ep in
            nonisolated(unsafe) let ep = ep
            votes.withUnsafeMutableBufferPointer { vp in
                nonisolated(unsafe) let vp = vp
                commons.withUnsafeMutableBufferPointer { commonsPointer in
                    nonisolated(unsafe) let commonsPointer = commonsPointer
                    stages.begin(160..<350, units: partitions)
                    DispatchQueue.concurrentPerform(iterations: partitions) { p in
                        if stopped.load(ordering: .relaxed) || stop() { return stopped.store(true, ordering: .relaxed) }
                        var slice = UnsafeMutableBufferPointer(rebasing: ep[partitionBounds[p]..<partitionBounds[p + 1]])
                        slice.sort()
                        var out: [UInt64] = [], common: [UInt64] = []
                        var ranks: [UInt64] = []
                        var i = 0
                        while i < slice.count {
                            let key = slice[i] >> 24
                            ranks.removeAll(keepingCapacity: true)
                            while i < slice.count, slice[i] >> 24 == key {
                                let r = slice[i] & 0xFF_FFFF
                                if ranks.last != r { ranks.append(r) }
                                i += 1
                            }
                            guard ranks.count >= 2 else { continue }
                            if ranks.count <= settings.allPairsDocuments {
                                for b in 1..<ranks.count { for a in 0..<b { out.append(ranks[b] << 32 | ranks[a]) } }
                            } else {
                                for b in 1..<ranks.count { out.append(ranks[b] << 32 | ranks[0]) }
                                common.append(key)
                            }
                        }
                        vp[p] = out
                        commonsPointer[p] = common
                        stages.advance()
                    }
                }
            }
        }
        entries = []
        if stopped.load(ordering: .relaxed) { return nil }
        // Bucket the votes by later document, count them, keep each document's best partners.
        let buckets = min(docs, 256)
        func bucket(_ v: UInt64) -> Int { Int(v >> 32) * buckets / docs }
        var bucketStart = [Int](repeating: 0, count: buckets + 1)
        for list in votes { for v in list { bucketStart[bucket(v) + 1] += 1 } }
        for b in 0..<buckets { bucketStart[b + 1] += bucketStart[b] }
        var all = [UInt64](repeating: 0, count: bucketStart[buckets])
        var fill = bucketStart
        let bucketBounds = bucketStart
        for p in 0..<partitions {
            if stop() { return nil }
            for v in votes[p] {
                let b = bucket(v)
                all[fill[b]] = v
                fill[b] += 1
            }
            votes[p] = []
        }
        nonisolated(unsafe) var chosen = [[(Int32, Int32)]](repeating: [], count: buckets)
        all.withUnsafeMutableBufferPointer { ap in
            nonisolated(unsafe) let ap = ap
            chosen.withUnsafeMutableBufferPointer { cp in
                nonisolated(unsafe) let cp = cp
                stages.begin(350..<400, units: buckets)
                DispatchQueue.concurrentPerform(iterations: buckets) { b in
                    if stopped.load(ordering: .relaxed) || stop() { return stopped.store(true, ordering: .relaxed) }
                    var slice = UnsafeMutableBufferPointer(rebasing: ap[bucketBounds[b]..<bucketBounds[b + 1]])
                    slice.sort()
                    var out: [(Int32, Int32)] = []
                    var partners: [(earlier: Int32, votes: Int)] = []
                    var i = 0
                    while i < slice.count {
                        let later = slice[i] >> 32
                        partners.removeAll(keepingCapacity: true)
                        while i < slice.count, slice[i] >> 32 == later {
                            var j = i + 1
                            while j < slice.count, slice[j] == slice[i] { j += 1 }
                            if j - i >= minimumVotes { partners.append((Int32(truncatingIfNeeded: slice[i] & 0xFFFF_FFFF), j - i)) }
                            i = j
                        }
                        partners.sort { $0.votes != $1.votes ? $0.votes > $1.votes : $0.earlier < $1.earlier }
                        for p in partners.prefix(settings.partnersPerDocument) { out.append((Int32(later), p.earlier)) }
                    }
                    cp[b] = out
                    stages.advance()
                }
            }
        }
        if stopped.load(ordering: .relaxed) { return nil }
        return (chosen.flatMap { $0 }, Array(commons.joined()))
    }

    // MARK: Alignment

    /// An aligned passage between two documents (global token positions).
    private struct Link {
        var x: Member
        var y: Member
    }

    private static func alignments(_ pairs: [(Int32, Int32)], _ input: Input, _ settings: Settings, _ stages: StageProgress,
                                   _ stop: @escaping @Sendable () -> Bool) -> [Link]? {
        let chunk = max(1, min(2048, pairs.count / 16 + 1)), chunks = (pairs.count + chunk - 1) / chunk
        nonisolated(unsafe) var found = [[Link]](repeating: [], count: chunks)
        let stopped = Atomic<Bool>(false)
        found.withUnsafeMutableBufferPointer { fp in
            nonisolated(unsafe) let fp = fp
            stages.begin(400..<900, units: chunks)
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                var aligner = settings.aligner
                aligner.functionWords = input.functionWords
                var out: [Link] = []
                input.tokens.withUnsafeBufferPointer { all in
                    for k in (c * chunk)..<min(pairs.count, (c + 1) * chunk) {
                        if k & 15 == 0, stopped.load(ordering: .relaxed) || stop() { return stopped.store(true, ordering: .relaxed) }
                        let dx = input.byDate[Int(pairs[k].0)], dy = input.byDate[Int(pairs[k].1)]
                        let rx = input.documents[dx], ry = input.documents[dy]
                        let sx = sentenceStarts(rx, input.sentences), sy = sentenceStarts(ry, input.sentences)
                        for a in aligner.passages(UnsafeBufferPointer(rebasing: all[rx]), UnsafeBufferPointer(rebasing: all[ry]), sentences: (sx, sy)) {
                            out.append(Link(x: Member(document: Int32(dx), start: Int32(rx.lowerBound + a.a.lowerBound), end: Int32(rx.lowerBound + a.a.upperBound)),
                                            y: Member(document: Int32(dy), start: Int32(ry.lowerBound + a.b.lowerBound), end: Int32(ry.lowerBound + a.b.upperBound))))
                        }
                    }
                }
                fp[c] = out
                stages.advance()
            }
        }
        return stopped.load(ordering: .relaxed) ? nil : found.flatMap { $0 }
    }

    /// The sentence starts within `document` (global token positions), relative to its first token.
    package static func sentenceStarts(_ document: Range<Int>, _ sentences: TokenStarts?) -> [Int] {
        guard let sentences, !document.isEmpty else { return [] }
        var starts: [Int] = []
        var r = sentences.row(of: document.lowerBound)
        while r < sentences.count, sentences.start(r) < document.upperBound {
            starts.append(max(0, sentences.start(r) - document.lowerBound))
            r += 1
        }
        return starts
    }

    // MARK: Clustering

    private static func cluster(_ links: [Link], _ input: Input, _ settings: Settings, _ stages: StageProgress, _ stop: () -> Bool) -> ReuseClusters? {
        stages.begin(900..<1000, units: 4)
        // Spans 2k and 2k+1 are the two sides of link k.
        let spans = links.flatMap { [$0.x, $0.y] }
        var parent = Array(0..<Int32(spans.count))
        func find(_ i: Int32) -> Int32 {
            var i = i
            while parent[Int(i)] != i {
                parent[Int(i)] = parent[Int(parent[Int(i)])]
                i = parent[Int(i)]
            }
            return i
        }
        func union(_ a: Int32, _ b: Int32) {
            let ra = find(a), rb = find(b)
            if ra != rb { parent[Int(max(ra, rb))] = min(ra, rb) }
        }
        for k in 0..<links.count {
            if k & 65535 == 0, stop() { return nil }
            union(Int32(2 * k), Int32(2 * k + 1))
            // Passages of one pair of documents (consecutive links) that lie close in both are one
            // passage, its sentences reordered or its middle rewritten; so is one that lies close to
            // one of them in one document and to another in the other (three sentences shuffled).
            let gap = settings.aligner.maxGap
            var e = k - 1, nearX: Int?, nearY: Int?
            while e >= 0, links[e].x.document == links[k].x.document, links[e].y.document == links[k].y.document {
                let (p, q) = (links[e], links[k])
                let x = PassageAligner.near(p.x.tokens, q.x.tokens, gap), y = PassageAligner.near(p.y.tokens, q.y.tokens, gap)
                if x && y { union(Int32(2 * e), Int32(2 * k)) }
                if x { nearX = e }
                if y { nearY = e }
                e -= 1
            }
            if let ex = nearX, let ey = nearY {
                union(Int32(2 * ex), Int32(2 * k))
                union(Int32(2 * ey), Int32(2 * k))
            }
        }
        // Spans of a document that overlap by half the shorter are the same passage.
        stages.advance()
        let pieces = max(1, spans.count >> 12), tokens = max(1, input.tokens.count)
        var byPosition = Array(spans.indices)
        guard sortInPieces(&byPosition, buckets: pieces, bucket: { Int(spans[$0].start) * pieces / tokens },
                           by: { spans[$0].start != spans[$1].start ? spans[$0].start < spans[$1].start : $0 < $1 }, stop: stop) else { return nil }
        stages.advance()
        var i = 0
        while i < byPosition.count {
            if stop() { return nil }
            var hull = spans[byPosition[i]].tokens, j = i + 1
            while j < byPosition.count, spans[byPosition[j]].start < hull.upperBound {
                let s = spans[byPosition[j]]
                if PassageAligner.mostlyOverlap(hull, s.tokens) || PassageAligner.mostlyOverlap(spans[byPosition[j - 1]].tokens, s.tokens) {
                    union(Int32(byPosition[i]), Int32(byPosition[j]))
                }
                hull = hull.lowerBound..<max(hull.upperBound, s.tokens.upperBound)
                j += 1
            }
            i = j
        }
        // Members: per cluster and document, spans merged when they overlap or nearly touch.
        var rank = [Int32](repeating: 0, count: input.documents.count)
        for (r, d) in input.byDate.enumerated() { rank[d] = Int32(r) }
        let roots = spans.indices.map { find(Int32($0)) }
        var order = Array(spans.indices)
        guard sortInPieces(&order, buckets: pieces, bucket: { Int(roots[$0]) * pieces / spans.count }, by: { a, b in
            let (sa, sb) = (spans[a], spans[b])
            if roots[a] != roots[b] { return roots[a] < roots[b] }
            if sa.document != sb.document { return rank[Int(sa.document)] < rank[Int(sb.document)] }
            return sa.start < sb.start
        }, stop: stop) else { return nil }
        stages.advance()
        var groups: [(members: [Member], key: (Int32, Int32))] = []
        var k = 0
        while k < order.count {
            if stop() { return nil }
            let root = roots[order[k]]
            var members: [Member] = []
            while k < order.count, roots[order[k]] == root {
                let s = spans[order[k]]
                if let last = members.last, last.document == s.document, s.start <= last.end + Int32(settings.aligner.maxGap) {
                    members[members.count - 1].end = max(last.end, s.end)
                } else {
                    members.append(s)
                }
                k += 1
            }
            groups.append((members, (rank[Int(members[0].document)], members[0].start)))
        }
        groups.sort { $0.key < $1.key }
        var members: [Member] = [], starts: [Int32] = [0], boilerplate: [Bool] = []
        for g in groups {
            members += g.members
            starts.append(Int32(members.count))
            let source = input.sources[Int(g.members[0].document)]
            let documents = Set(g.members.map(\.document))
            boilerplate.append(source >= 0 && documents.count >= settings.boilerplateDocuments
                               && g.members.allSatisfy { input.sources[Int($0.document)] == source })
        }
        return ReuseClusters(members: members, clusterStarts: starts, isBoilerplate: boilerplate)
    }
}

extension ReuseClusters.Member {
    package init(document: Int32, tokens: Range<Int>) {
        self.init(document: document, start: Int32(tokens.lowerBound), end: Int32(tokens.upperBound))
    }
}
