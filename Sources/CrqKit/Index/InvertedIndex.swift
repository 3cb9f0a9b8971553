/// Positional postings over normalised tokens, plus the forward token stream.
///
/// `tokens[p]` is the term id of the token at global position `p`; the postings of term `t` are the
/// sorted positions `postings[postingStarts[t]..<postingStarts[t+1]]`. Word, phrase and `near`
/// filters walk postings; term counts over a subset walk the token stream.
public struct InvertedIndex: Sendable {
    public let vocabulary: Vocabulary
    public let tokens: [UInt32]
    let postingStarts: [UInt32]
    let postings: [UInt32]

    /// Builds the postings from the token stream with a counting sort (two passes, no per-term arrays).
    init(vocabulary: Vocabulary, tokens: [UInt32]) {
        self.vocabulary = vocabulary
        self.tokens = tokens
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
        self.postingStarts = starts
        self.postings = postings
    }

    /// Number of occurrences of a term in the whole corpus.
    public func frequency(_ term: Int) -> Int { Int(postingStarts[term + 1] - postingStarts[term]) }

    /// The sorted positions of a term.
    public func positions(_ term: Int) -> ArraySlice<UInt32> {
        postings[Int(postingStarts[term])..<Int(postingStarts[term + 1])]
    }
}
