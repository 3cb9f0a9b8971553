import Annotation
import CorpusModel

/// Passages the sets share, read from the corpus's reuse clusters (`passages`): each shared
/// passage with a word diff between the sets' copies, or, by a field, each cluster the groups share
/// with the group that carried it first.
enum ComparePassages {
    static let aspect = CompareAspect(
        name: "passages",
        help: """
        text the sets share, copied or edited (see the passages unit): where each copy starts, \
        similarity, the cluster and its earliest document, and a word diff. By a field: each \
        cluster two or more groups carry, and the group that carried it first.
        """,
        table: table)

    /// Per cluster member, the groups whose sentences it touches (members touching none are absent).
    /// `disjoint`: the groups share no sentence (those of `compare by`), and are marked at once, a member's
    /// in the order of its sentences; else (the two sets of a pair may overlap) one after the other, in their order.
    static func groupsOfMembers(_ groups: [CompareSide], _ clusters: ReuseClusters, _ corpus: Corpus, disjoint: Bool,
                                _ context: EvalContext, _ range: SourceRange) throws(QueryError) -> [Int: [Int]] {
        var out: [Int: [Int]] = [:]
        var mark = [Int32](repeating: -1, count: corpus.sentenceCount)
        for pass in 0..<(disjoint ? 1 : groups.count) {
            for g in (disjoint ? Array(groups.indices) : [pass]) {
                for s in groups[g].sentences { mark[Int(s)] = Int32(g) }
            }
            for (m, member) in clusters.members.enumerated() {
                if m & 65535 == 0 { try context.checkCancelled(range) }
                let first = corpus.sentence(containingToken: member.tokens.lowerBound)
                let last = corpus.sentence(containingToken: member.tokens.upperBound - 1)
                for s in first...last where mark[s] >= 0 && out[m]?.last != Int(mark[s]) && !(out[m]?.contains(Int(mark[s])) ?? false) {
                    out[m, default: []].append(Int(mark[s]))
                }
            }
            for g in (disjoint ? Array(groups.indices) : [pass]) {
                for s in groups[g].sentences { mark[Int(s)] = -1 }
            }
        }
        return out
    }

    /// Per cluster (by its number in the corpus), the groups whose sentences its members touch (`touched`, from `groupsOfMembers`).
    static func groupsOfClusters(_ touched: [Int: [Int]], _ clusters: ReuseClusters) -> [Int: Set<Int>] {
        var out: [Int: Set<Int>] = [:]
        for (m, gs) in touched { out[clusters.cluster(ofMember: m), default: []].formUnion(gs) }
        return out
    }

    /// The groups with the words of passages they share with another group left out (boilerplate
    /// shared between them included). `shared`: the clusters (by number) two groups or more carry, when
    /// known from elsewhere (a shard is told those of the whole corpus); else found here.
    static func removingShared(_ groups: [CompareSide], _ context: EvalContext, _ range: SourceRange,
                               shared: Set<Int>? = nil) throws(QueryError) -> [CompareSide] {
        let clusters = try context.reuse(at: range)
        let touched = try groupsOfMembers(groups, clusters, context.corpus, disjoint: groups.count > 2, context, range)
        let shared = shared ?? Set(groupsOfClusters(touched, clusters).filter { $0.value.count >= 2 }.keys)
        var excluded = [[Range<Int>]](repeating: [], count: groups.count)
        for (m, gs) in touched where shared.contains(clusters.cluster(ofMember: m)) {
            for g in gs { excluded[g].append(clusters.members[m].tokens) }
        }
        return groups.indices.map { g in
            var merged: [Range<Int>] = []
            for r in excluded[g].sorted(by: { $0.lowerBound < $1.lowerBound }) {
                if let last = merged.last, r.lowerBound <= last.upperBound {
                    merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
                } else {
                    merged.append(r)
                }
            }
            var side = groups[g]
            side.excluded = merged
            return side
        }
    }

    /// A copy of a passage that groups of `compare by` carry (a member touching their sentences), as
    /// the table by key reads it: its cluster's number and its place among all members (in the corpus),
    /// the groups (by number), and, for the earliest copy of its cluster here, where its sentence is,
    /// its text and the document of the cluster's earliest copy ("" for the others).
    struct Carried {
        let cluster: Int, place: Int
        var groups: [Int]
        var locator = "", text = "", first = ""
    }

    /// The copies `groups` carry, boilerplate left out. `disjoint`: as for `groupsOfMembers`.
    static func carried(_ groups: [CompareSide], disjoint: Bool, _ context: EvalContext, _ range: SourceRange) throws(QueryError) -> [Carried] {
        let corpus = context.corpus, clusters = try context.reuse(at: range)
        var found: [Carried] = [], earliest: [Int: (place: Int, member: Int, k: Int)] = [:]
        for (m, gs) in try groupsOfMembers(groups, clusters, corpus, disjoint: disjoint, context, range)
        where !clusters.isBoilerplate[Int(clusters.clusterOfMember[m])] {
            let c = clusters.cluster(ofMember: m), place = clusters.place(m)
            if place < earliest[c]?.place ?? .max { earliest[c] = (place, m, found.count) }
            found.append(Carried(cluster: c, place: place, groups: gs))
        }
        for (_, e) in earliest {
            let tokens = clusters.members[e.member].tokens
            found[e.k].locator = corpus.locator(sentence: corpus.sentence(containingToken: tokens.lowerBound))
            found[e.k].text = corpus.string(corpus.byteRange(ofTokens: tokens))
            found[e.k].first = clusters.firstDocument(ofClusterOf: e.member, corpus)
        }
        return found
    }

    /// The table of `compare by KEY on passages`: each cluster two groups or more carry (`labels`, by
    /// group number), with the group that carried it first; most groups first.
    static func tableByKey(_ carried: [Carried], labels: [String], _ context: EvalContext, _ range: SourceRange) throws(QueryError) -> Table {
        var byCluster: [Int: [Carried]] = [:]
        for c in carried { byCluster[c.cluster, default: []].append(c) }
        var rows: [(Int, [Value])] = []
        for (c, found) in byCluster.sorted(by: { $0.key < $1.key }) {
            try context.checkCancelled(range)
            let ordered = found.sorted { $0.place < $1.place }
            var groups: [Int] = []
            for f in ordered { for g in f.groups where !groups.contains(g) { groups.append(g) } }
            guard groups.count >= 2 else { continue }
            rows.append((groups.count, [.int(c + 1), .string(ordered[0].first), .string(ordered[0].locator), .string(labels[groups[0]]), .int(groups.count),
                                        .int(ordered.count), .string(groups.map { labels[$0] }.joined(separator: "; ")), .string(ordered[0].text)]))
        }
        let sorted = rows.sorted { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1[0].description.count != $1.1[0].description.count
            ? $0.1[0].description.count < $1.1[0].description.count : $0.1[0].description < $1.1[0].description }
        return Table(columns: ["cluster", "first", "id", "first_group", "groups", "copies", "carried_by"].map { Table.Column($0) }
                     + [Table.Column("text", role: .text)], rows: sorted.map(\.1))
    }

    static func table(_ groups: [CompareSide], byKey: Bool, _ context: EvalContext, _ range: SourceRange) throws(QueryError) -> Table {
        if byKey { return try tableByKey(carried(groups, disjoint: groups.count > 2, context, range), labels: groups.map(\.label), context, range) }
        let corpus = context.corpus
        let clusters = try context.reuse(at: range)
        let touched = try groupsOfMembers(groups, clusters, corpus, disjoint: groups.count > 2, context, range)
        // Per cluster (boilerplate left out): its members in the groups, with their groups, earliest first.
        var byCluster: [Int: [(member: Int, groups: [Int])]] = [:]
        for (m, gs) in touched where !clusters.isBoilerplate[Int(clusters.clusterOfMember[m])] {
            byCluster[Int(clusters.clusterOfMember[m]), default: []].append((m, gs))
        }
        func locator(_ token: Int) -> Value { .string(corpus.locator(sentence: corpus.sentence(containingToken: token))) }
        func first(_ c: Int) -> Value { .string(corpus.documents[Int(clusters.members[clusters.members(of: c).lowerBound].document)].shortID) }
        var rows: [[Value]] = []
        for (c, found) in byCluster.sorted(by: { $0.key < $1.key }).map({ ($0.key, $0.value.sorted { $0.member < $1.member }) }) {
            try context.checkCancelled(range)
            for a in found where a.groups.contains(0) {
                for b in found where b.groups.contains(1) && b.member != a.member {
                    // The stretch the two copies share, which may be less than either member.
                    guard let aligned = ReuseClusters.align(clusters.members[a.member], clusters.members[b.member], corpus.index.tokens),
                          aligned.matches >= 4 else { continue }
                    let textA = corpus.string(corpus.byteRange(ofTokens: aligned.a)), textB = corpus.string(corpus.byteRange(ofTokens: aligned.b))
                    rows.append([locator(aligned.a.lowerBound), locator(aligned.b.lowerBound), .number((aligned.similarity * 100).rounded() / 100),
                                 .int(aligned.a.count), .int(c + 1), first(c), .string(WordDiff(textA, textB).rendered)])
                }
            }
        }
        return Table(columns: ["a", "b", "similarity", "words", "cluster", "first"].map { Table.Column($0) } + [Table.Column("diff", role: .text)], rows: rows)
    }
}
