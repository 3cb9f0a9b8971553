import Testing
@testable import CrqKit

/// Lower-cased word ids for tests, and naive sentence splitting.
private struct Words {
    var ids: [String: UInt32] = [:]

    mutating func tokens(_ text: String) -> [UInt32] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map { w in
            if let id = ids[String(w)] { return id }
            ids[String(w)] = UInt32(ids.count)
            return UInt32(ids.count - 1)
        }
    }

    static func sentences(_ text: String) -> [String] {
        var out: [String] = [], current = ""
        for ch in text {
            current.append(ch)
            if ".!?\n".contains(ch) {
                if current.contains(where: \.isLetter) { out.append(current) }
                current = ""
            }
        }
        if current.contains(where: \.isLetter) { out.append(current) }
        return out
    }

    mutating func add(_ text: String, document: Int, group: Int, to segments: inout PassageSegments) {
        for s in Self.sentences(text) { segments.append(tokens(s), document: document, group: group) }
    }
}

private let docA = """
Pakistan launched retaliatory strikes inside Iran on Thursday after a day of talks. \
The United Nations urged both countries to exercise maximum restraint in the region. \
Observers say the two targeted militant groups are active in a poor border area.
"""
private let docB = """
The United Nations urged both countries to exercise maximum restraint in the region. \
Pakistan launched retaliatory air strikes inside Iran on Friday after a day of talks. \
Markets in Karachi closed higher as investors shrugged off the news from the border.
"""

@Test func verbatimAndEditedSentencesMatchAcrossGroups() throws {
    var words = Words(), segments = PassageSegments()
    words.add(docA, document: 0, group: 0, to: &segments)
    words.add(docB, document: 1, group: 1, to: &segments)
    let result = try #require(PassageMatcher().match(segments))
    let pairs = result.matches.map { [$0.segment, $0.other] }
    // A0 ≈ B1 (one word added, one changed), A1 = B0 verbatim; A2 and B2 are unrelated
    #expect(pairs == [[0, 4], [1, 3], [3, 1], [4, 0]])
    #expect(result.matches[1].similarity == 1)
    let edited = result.matches[0].similarity
    #expect(edited > 0.85 && edited < 1)
    #expect(result.shares.map(\.document) == [0, 1])
    #expect(result.shares[0].sharedTokens == segments[0].count + segments[1].count)
    #expect(abs(result.shares[0].share - 26.0 / 40.0) < 1e-9)  // 13 + 13 of 13 + 13 + 14 words
}

@Test func documentComparedWithItselfSharesEverything() throws {
    var words = Words(), segments = PassageSegments()
    words.add(docA, document: 0, group: 0, to: &segments)
    words.add(docA, document: 0, group: 1, to: &segments)
    let result = try #require(PassageMatcher().match(segments))
    #expect(result.matches.count == 6)
    #expect(result.shares.allSatisfy { $0.share == 1 })
}

@Test func segmentsInTheSameGroupAreNotMatched() throws {
    var words = Words(), segments = PassageSegments()
    words.add(docA, document: 0, group: 7, to: &segments)
    words.add(docA, document: 1, group: 7, to: &segments)
    words.add(docB, document: 2, group: 8, to: &segments)
    let result = try #require(PassageMatcher().match(segments))
    for m in result.matches { #expect(segments.groups[m.segment] != segments.groups[m.other]) }
    #expect(result.matches.count == 6)  // A0, A1 in each copy of A, and B0, B1
}

@Test func thinnedFingerprintsStillFindVerbatimCopies() throws {
    var words = Words(), segments = PassageSegments()
    words.add(docA, document: 0, group: 0, to: &segments)
    words.add(docA, document: 1, group: 1, to: &segments)
    let result = try #require(PassageMatcher(fingerprintRate: 4).match(segments))
    #expect(result.matches.count == 6)
}

@Test(.enabled(if: SharedFiles.available)) func seedsShareTheMinistryStatement() throws {
    var words = Words(), segments = PassageSegments()
    words.add(try SharedFiles.seed("002"), document: 2, group: 0, to: &segments)
    words.add(try SharedFiles.seed("004"), document: 4, group: 1, to: &segments)
    let result = try #require(PassageMatcher().match(segments))
    let fromFirst = result.matches.filter { segments.groups[$0.segment] == 0 }
    let sentences = Words.sentences(try SharedFiles.seed("002"))
    let matched = fromFirst.map { sentences[$0.segment] }
    #expect(matched.contains { $0.contains("A number of terrorists were killed during the intelligence-based operation") })
    #expect(matched.contains { $0.contains("highly coordinated and specifically targeted precision military strikes") })
    #expect(result.shares.allSatisfy { $0.share > 0 && $0.share < 0.5 })
}

@Test func bitParallelLCSAgreesWithTable() {
    var aligner = TokenAligner()
    var seed: UInt64 = 42
    func next() -> UInt32 {
        seed = seed &* 6364136223846793005 &+ 1442695040888963407
        return UInt32(seed >> 60)  // 16 distinct tokens: many repeats
    }
    for n in [0, 1, 5, 17, 63, 64, 65, 80] {
        let a = (0..<n).map { _ in next() }, b = (0..<(n + 7) % 70).map { _ in next() }
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                #expect(aligner.lcs(pa, pb) == aligner.lcsTable(pa, pb), "n = \(n)")
            }
        }
    }
}
