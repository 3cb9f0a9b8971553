import Annotation
import CorpusModel

/// A unit whose rows are members of reuse clusters, `rows(clusters)[r]` being row `r`'s member.
/// Its rows are in the clusters' order, not the corpus's: over shards, each row's `place` (among all
/// the corpus's members) orders them.
private func passageUnit(_ name: String, _ summary: String, rows: @escaping @Sendable (ReuseClusters) -> [Int32]) -> UnitSpec {
    @Sendable func member(_ c: Corpus, _ r: Int) -> (ReuseClusters, Int) {
        let clusters = c.reuseClusters
        return (clusters, Int(rows(clusters)[r]))
    }
    @Sendable func document(_ c: Corpus, _ r: Int) -> Int {
        let (clusters, m) = member(c, r)
        return Int(clusters.members[m].document)
    }
    @Sendable func bytes(_ c: Corpus, _ r: Int) -> Range<Int> {
        let (clusters, m) = member(c, r)
        return c.byteRange(ofTokens: clusters.members[m].tokens)
    }
    var spec = UnitSpec(
        name: name,
        summary: summary,
        fields: [
            FieldSpec("id", "locator of the sentence where the passage starts") { c, r in
                let (clusters, m) = member(c, r)
                return .string(c.locator(sentence: c.sentence(containingToken: clusters.members[m].tokens.lowerBound)))
            },
            FieldSpec("cluster", "the cluster: every copy of one passage has the same number", kind: .number) { c, r in
                let (clusters, m) = member(c, r)
                return .int(clusters.cluster(ofMember: m) + 1)
            },
            FieldSpec("members", "how many copies the cluster has", kind: .number) { c, r in
                let (clusters, m) = member(c, r)
                return .int(clusters.size(ofClusterOf: m))
            },
            FieldSpec("first", "the document of the cluster's earliest copy by date: the candidate source") { c, r in
                let (clusters, m) = member(c, r)
                return .string(clusters.firstDocument(ofClusterOf: m, c))
            },
            FieldSpec("similarity", "how alike this copy and the earliest are: 2 × equal aligned words / words of both", kind: .number) { c, r in
                let (clusters, m) = member(c, r)
                return .number((clusters.similarityToEarliest(m, c.index.tokens) * 100).rounded() / 100)
            },
        ] + documentFields(document) + [
            FieldSpec("text", "the passage") { c, r in .string(c.string(bytes(c, r))) },
            FieldSpec("words", "number of tokens", kind: .number) { c, r in
                let (clusters, m) = member(c, r)
                return .int(clusters.members[m].tokens.count)
            },
            FieldSpec("start", "offset in the document, in Unicode scalars", kind: .number) { c, r in
                .int(c.scalarOffset(ofByte: bytes(c, r).lowerBound, inDocument: document(c, r)))
            },
            FieldSpec("end", "end offset (exclusive), in Unicode scalars", kind: .number) { c, r in
                .int(c.scalarOffset(ofByte: bytes(c, r).upperBound, inDocument: document(c, r)))
            },
        ],
        defaultColumns: ["cluster", "id", "source", "date", "first", "similarity", "text"],
        count: { rows($0.reuseClusters).count },
        document: document,
        text: .init(bytes: bytes, tokens: nil, tokenStarts: nil, rowOfByte: nil)
    )
    spec.usesReuse = true
    spec.place = { c, r in
        let (clusters, m) = member(c, r)
        return clusters.place(m)
    }
    return spec
}

/// `passages`: text reused across documents (copied, syndicated or edited wire copy), one row per copy.
enum PassagesUnit {
    static let spec = passageUnit("passages", "text reused across documents, one row per copy, clustered, earliest copy first",
                                  rows: { $0.reusedMembers })
}

/// `boilerplate`: text one outlet repeats across its documents (footers, bylines, subscription lines).
enum BoilerplateUnit {
    static let spec = passageUnit("boilerplate", "text one outlet repeats in many of its documents (footers, bylines, \"About us\")",
                                  rows: { $0.boilerplateMembers })
}
