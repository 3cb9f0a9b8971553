import Dispatch

/// Positional postings over normalised tokens, plus the forward token stream.
///
/// `tokens[p]` is the term id of the token at global position `p`; the postings of term `t` are the
/// sorted positions `postings[postingStarts[t]..<postingStarts[t+1]]`. Word, phrase and `near`
/// filters walk postings; term counts over a subset walk the token stream.
package struct InvertedIndex: Sendable {
    package let vocabulary: Vocabulary
    package let tokens: FlatArray<UInt32>
    let postingStarts: FlatArray<UInt32>
    let postings: FlatArray<UInt32>

    /// Builds the postings from the token stream with a counting sort (two passes, no per-term arrays),
    /// each pass on all cores: every core counts and then places the terms of its own stretch of the
    /// stream, after those of the stretches before it.
    init(vocabulary: Vocabulary, tokens: [UInt32]) {
        let terms = vocabulary.count, n = tokens.count
        // At most 8 stretches: each keeps a counter per term, and more add little to a memory-bound pass.
        let parts = n < 1 << 16 ? 1 : min(Parallel.cores, 8)
        @Sendable func stretch(_ k: Int) -> Range<Int> { (k * n / parts)..<((k + 1) * n / parts) }
        // Per stretch k, at k * terms + t: term t's count, then the next place for its positions in `postings`.
        nonisolated(unsafe) let next = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: parts * terms)
        next.initialize(repeating: 0)
        defer { next.deallocate() }
        tokens.withUnsafeBufferPointer { tp in
            nonisolated(unsafe) let tp = tp
            DispatchQueue.concurrentPerform(iterations: parts) { k in
                for i in stretch(k) { next[k * terms + Int(tp[i])] &+= 1 }
            }
        }
        var starts = [UInt32](repeating: 0, count: terms + 1)
        var total: UInt32 = 0
        for t in 0..<terms {
            starts[t] = total
            for k in 0..<parts {
                let c = next[k * terms + t]
                next[k * terms + t] = total
                total &+= c
            }
        }
        starts[terms] = total
        let postings = [UInt32](unsafeUninitializedCapacity: n) { out, filled in
            nonisolated(unsafe) let out = out
            tokens.withUnsafeBufferPointer { tp in
                nonisolated(unsafe) let tp = tp
                DispatchQueue.concurrentPerform(iterations: parts) { k in
                    let base = k * terms
                    for pos in stretch(k) {
                        let t = base + Int(tp[pos]), at = Int(next[t])
                        out[at] = UInt32(pos)
                        next[t] = UInt32(at + 1)
                    }
                }
            }
            filled = n
        }
        self.init(vocabulary: vocabulary, tokens: FlatArray(tokens), postingStarts: FlatArray(starts), postings: FlatArray(postings))
    }

    /// An index from its parts (read from a snapshot, which has checked them).
    init(vocabulary: Vocabulary, tokens: FlatArray<UInt32>, postingStarts: FlatArray<UInt32>, postings: FlatArray<UInt32>) {
        self.vocabulary = vocabulary
        self.tokens = tokens
        self.postingStarts = postingStarts
        self.postings = postings
    }

    /// Number of occurrences of a term in the whole corpus.
    package func frequency(_ term: Int) -> Int { Int(postingStarts[term + 1] - postingStarts[term]) }

    /// The sorted positions of a term.
    package func positions(_ term: Int) -> FlatArray<UInt32>.SubSequence {
        postings[Int(postingStarts[term])..<Int(postingStarts[term + 1])]
    }
}
