import Annotation
import CorpusModel

/// Passages the sets share, read from the corpus's reuse clusters (`passages`): each shared
/// passage with a word diff between the sets' copies, or, by a field, each cluster the groups share
/// with the group that carried it first.
enum ComparePassages {
    static let aspect = CompareAspect(
        name: "passages",
        help: """
        text the sets share, copied or edited (see the passages unit): where each copy starts,
        similarity, the cluster and its earliest document, and a word diff. By a field: each
        cluster two or more groups carry, and the group that carried it first.
        """,
        table: table)

    /// Per cluster member, the groups whose sentences it touches (members touching none are absent).
    static func groupsOfMembers(_ groups: [CompareSide], _ clusters: ReuseClusters, _ corpus: Corpus,
                                _ context: EvalContext, _ range: SourceRange) throws(QueryError) -> [Int: [Int]] {
        var out: [Int: [Int]] = [:]
        var mark = [Int32](repeating: -1, count: corpus.sentenceCount)
        // Groups of `compare by` are disjoint and marked at once; the two sets of a pair may overlap.
        let disjoint = groups.count > 2
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

    /// The groups with the words of passages they share with another group left out (boilerplate
    /// shared between them included).
    static func removingShared(_ groups: [CompareSide], _ context: EvalContext, _ range: SourceRange) throws(QueryError) -> [CompareSide] {
        let clusters = try context.reuse(at: range)
        let touched = try groupsOfMembers(groups, clusters, context.corpus, context, range)
        var groupsOfCluster: [Int: Set<Int>] = [:]
        for (m, gs) in touched { groupsOfCluster[Int(clusters.clusterOfMember[m]), default: []].formUnion(gs) }
        var excluded = [[Range<Int>]](repeating: [], count: groups.count)
        for (m, gs) in touched where groupsOfCluster[Int(clusters.clusterOfMember[m])]!.count >= 2 {
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
            return CompareSide(label: groups[g].label, sentences: groups[g].sentences, excluded: merged)
        }
    }

    static func table(_ groups: [CompareSide], byKey: Bool, _ context: EvalContext, _ range: SourceRange) throws(QueryError) -> Table {
        let corpus = context.corpus
        let clusters = try context.reuse(at: range)
        let touched = try groupsOfMembers(groups, clusters, corpus, context, range)
        // Per cluster (boilerplate left out): its members in the groups, with their groups, earliest first.
        var byCluster: [Int: [(member: Int, groups: [Int])]] = [:]
        for (m, gs) in touched where !clusters.isBoilerplate[Int(clusters.clusterOfMember[m])] {
            byCluster[Int(clusters.clusterOfMember[m]), default: []].append((m, gs))
        }
        func text(_ m: Int) -> String { corpus.string(corpus.byteRange(ofTokens: clusters.members[m].tokens)) }
        func locator(_ token: Int) -> Value { .string(corpus.locator(sentence: corpus.sentence(containingToken: token))) }
        func first(_ c: Int) -> Value { .string(corpus.documents[Int(clusters.members[clusters.members(of: c).lowerBound].document)].shortID) }
        if byKey {
            var rows: [(Int, [Value])] = []
            for (c, found) in byCluster.sorted(by: { $0.key < $1.key }) {
                try context.checkCancelled(range)
                let ordered = found.sorted { $0.member < $1.member }
                var labels: [Int] = []
                for f in ordered { for g in f.groups where !labels.contains(g) { labels.append(g) } }
                guard labels.count >= 2 else { continue }
                rows.append((labels.count, [.int(c + 1), first(c), locator(clusters.members[ordered[0].member].tokens.lowerBound), .string(groups[labels[0]].label), .int(labels.count),
                                            .int(ordered.count), .string(labels.map { groups[$0].label }.joined(separator: "; ")), .string(text(ordered[0].member))]))
            }
            let sorted = rows.sorted { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1[0].description.count != $1.1[0].description.count
                ? $0.1[0].description.count < $1.1[0].description.count : $0.1[0].description < $1.1[0].description }
            return Table(columns: ["cluster", "first", "id", "first_group", "groups", "copies", "carried_by"].map { Table.Column($0) }
                         + [Table.Column("text", role: .text)], rows: sorted.map(\.1))
        }
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
