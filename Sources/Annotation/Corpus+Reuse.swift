import CorpusModel
import TextAnalysis

extension Corpus {
    /// The passages reused across documents, found on first use and kept; nil if `stop` turns true
    /// while they are being found (nothing is kept then). `progress` is told how many thousandths
    /// of the search are done.
    package func reuse(unlessStopped stop: @escaping @Sendable () -> Bool,
                       progress: @escaping @Sendable (Int) -> Void = { _ in }) -> ReuseClusters? {
        derived.value { () -> ReuseClusters? in
            let input = ReuseClusters.Input(tokens: index.tokens, documents: documents.map(\.tokens), dates: documents.map(\.date),
                                            sources: documents.map(\.metadata.source), functionWords: termFilter.excluded, sentences: sentenceTokens)
            return ReuseClusters.build(input, unlessStopped: stop, progress: progress)
        }
    }

    /// Makes this corpus (a shard) use the reuse clusters the whole corpus it is part of has (found by the
    /// merge of every shard's words), its own members in them. Call before the clusters are first used.
    package func useReuse(_ clusters: ReuseClusters) {
        _ = derived.value { clusters as ReuseClusters? }
    }

    /// How many reuse clusters the corpus has (boilerplate included), how many copies they hold, and
    /// how many clusters are boilerplate; finds them if need be (for `crq bench`).
    package var reuseCounts: (clusters: Int, copies: Int, boilerplate: Int) {
        let r = reuseClusters
        return (r.clusterCount, r.members.count, r.isBoilerplate.filter { $0 }.count)
    }

    /// The reuse clusters, found on first use.
    package var reuseClusters: ReuseClusters { reuse(unlessStopped: { false })! }

    /// The corpus bytes from the start of token `tokens.lowerBound` to the end of the last token.
    package func byteRange(ofTokens tokens: Range<Int>) -> Range<Int> {
        guard !tokens.isEmpty else { return 0..<0 }
        return byteRange(ofToken: tokens.lowerBound).lowerBound..<byteRange(ofToken: tokens.upperBound - 1).upperBound
    }

    /// The bytes of the token at global position `t`, found by tokenising its sentence again.
    func byteRange(ofToken t: Int) -> Range<Int> {
        let s = sentence(containingToken: t)
        let bytes = sentenceByteRange(s)
        var k = t - tokens(ofSentence: s).lowerBound
        var found = bytes.lowerBound..<bytes.lowerBound
        withText { p in
            Tokenizer.forEachToken(in: p, from: bytes.lowerBound, to: bytes.upperBound) { start, end in
                if k == 0 { found = start..<end }
                k -= 1
            }
        }
        return found
    }
}
