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

    /// Builds the postings from the token stream with a counting sort (two passes, no per-term arrays).
    init(vocabulary: Vocabulary, tokens: [UInt32]) {
        var starts = [UInt32](repeating: 0, count: vocabulary.count + 1)
        for t in tokens { starts[Int(t) + 1] &+= 1 }
        for i in 1..<starts.count { starts[i] &+= starts[i - 1] }
        var fill = starts
        var postings = [UInt32](repeating: 0, count: tokens.count)
        tokens.withUnsafeBufferPointer { tp in
            fill.withUnsafeMutableBufferPointer { fp in
                postings.withUnsafeMutableBufferPointer { pp in
                    for (pos, t) in tp.enumerated() {
                        let k = Int(fp[Int(t)])
                        pp[k] = UInt32(pos)
                        fp[Int(t)] = UInt32(k + 1)
                    }
                }
            }
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
