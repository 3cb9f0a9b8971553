import TextAnalysis

/// The distinct normalised terms of a corpus, each with a dense id.
///
/// Interning goes through two tables: normalised bytes → term (ASCII tokens are folded on the fly),
/// and, for tokens with non-ASCII bytes, surface bytes → term, so Unicode folding runs once per
/// distinct surface form.
package struct Vocabulary: Sendable {
    private var terms = ByteStringTable(capacity: 1 << 16)
    private var surfaces = ByteStringTable(capacity: 1 << 10)
    private var surfaceTerm: [UInt32] = []
    /// The terms some token of which has non-ASCII bytes: folded by `WordKey`, so the token's text
    /// need not read as its term does (`Café`, `ﬁre`); every token of any other term is the term
    /// with some letters in upper case.
    private(set) var foldedTerms: Set<UInt32> = []

    init() {}

    /// A vocabulary of the terms a snapshot stored (see `termArena`, `foldedTerms`); it can look
    /// terms up but not intern new surface forms. Nil if the offsets are not a valid table or a
    /// folded term is not one of them.
    init?(arena: [UInt8], offsets: [UInt32], folded: [UInt32]) {
        guard let table = ByteStringTable(arena: arena, offsets: offsets), folded.allSatisfy({ Int($0) < table.count }) else { return nil }
        terms = table
        foldedTerms = Set(folded)
    }

    /// The terms' bytes end to end, and where each term starts in them (one more than there are terms).
    var termArena: (arena: [UInt8], offsets: [UInt32]) { (terms.arena, terms.offsets) }

    /// Number of distinct terms.
    package var count: Int { terms.count }

    /// Whether every token of term `id` reads as the term does but for letter case (see `foldedTerms`).
    package func isSpelledAsTokens(_ id: Int) -> Bool { !foldedTerms.contains(UInt32(id)) }

    /// The normalised text of a term.
    package func term(_ id: Int) -> String { String(decoding: terms.key(id), as: UTF8.self) }

    /// The id of a normalised term, if the corpus has it.
    package func id(of normalized: String) -> Int? {
        var s = normalized
        return s.withUTF8 { terms.find($0) }
    }

    /// The ids of the terms with a match of `regex` inside them, ascending. One scan of all the
    /// terms' bytes end to end; a match that runs into the next term is tried again within its own.
    /// Only for patterns that match no empty string and hold no anchor, boundary or look-around.
    package func terms(matching regex: CompiledRegex) throws(CompiledRegex.TooCostly) -> [Int] {
        let offsets = terms.offsets
        var found: [Int] = []
        try terms.arena.withUnsafeBufferPointer { (p: UnsafeBufferPointer<UInt8>) throws(CompiledRegex.TooCostly) in
            let scratch = regex.makeScratch()
            var position = 0, t = 0
            while position < p.count, let m = try regex.firstMatch(in: p, position..<p.count, scratch) {
                while Int(offsets[t + 1]) <= m.lowerBound { t += 1 }   // the term holding the match's start
                let end = Int(offsets[t + 1])
                let inside = try m.upperBound <= end ? m : regex.firstMatch(in: p, m.lowerBound..<end, scratch)
                if inside != nil { found.append(t) }
                position = end
            }
        }
        return found
    }

    /// Adds the terms and surface forms of `other` (a vocabulary built apart, over the text that follows
    /// this one's), new terms in the order `other` met them; returns their ids here, by their ids there.
    mutating func absorb(_ other: Vocabulary) -> [UInt32] {
        let ids = (0..<other.count).map { t in other.terms.key(t).withUnsafeBufferPointer { UInt32(terms.intern($0).id) } }
        for s in 0..<other.surfaceTerm.count
        where other.surfaces.key(s).withUnsafeBufferPointer({ surfaces.intern($0).inserted }) {
            surfaceTerm.append(ids[Int(other.surfaceTerm[s])])
        }
        for t in other.foldedTerms { foldedTerms.insert(ids[Int(t)]) }
        return ids
    }

    /// Interns the token at `start..<end`, returning its term id.
    @inline(__always)
    mutating func intern(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt32 {
        if let h = ByteStringTable.hashFoldingASCII(p, start, end) {
            return UInt32(terms.internFoldingASCII(p, start, end, hash: h))
        }
        let surface = UnsafeBufferPointer(rebasing: p[start..<end])
        if let sid = surfaces.find(surface) { return surfaceTerm[sid] }
        var folded = WordKey.string(String(decoding: surface, as: UTF8.self))
        let id = folded.withUTF8 { UInt32(terms.intern($0).id) }
        _ = surfaces.intern(surface)
        surfaceTerm.append(id)
        foldedTerms.insert(id)
        return id
    }
}
