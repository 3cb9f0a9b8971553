import CorpusModel
import TextAnalysis

extension Corpus {
    /// The passages reused across documents, found on first use and kept; nil if `stop` turns true
    /// while they are being found (nothing is kept then). `progress` is told how many thousandths
    /// of the search are done.
    package func reuse(unlessStopped stop: @escaping @Sendable () -> Bool,
                       progress: @escaping @Sendable (Int) -> Void = { _ in }) -> ReuseClusters? {
        derived.value { () -> ReuseClusters? in
            var sourceIDs: [String: Int32] = [:]
            let sources = documents.map { d -> Int32 in
                let s = d.metadata.source
                if s.isEmpty { return -1 }
                if let id = sourceIDs[s] { return id }
                sourceIDs[s] = Int32(sourceIDs.count)
                return Int32(sourceIDs.count - 1)
            }
            let byDate = documents.indices.sorted { a, b in
                switch (documents[a].date, documents[b].date) {
                case let (x?, y?) where x != y: return x < y
                case (.some, nil): return true
                case (nil, .some): return false
                default: return a < b
                }
            }
            let input = ReuseClusters.Input(tokens: index.tokens, documents: documents.map(\.tokens), byDate: byDate, sources: sources,
                                                functionWords: termFilter.excluded, sentences: sentenceTokens)
            return ReuseClusters.build(input, unlessStopped: stop, progress: progress)
        }
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
