@testable import Annotation
@testable import CorpusModel
import Foundation
@testable import QueryLanguage
@testable import Rendering
@testable import Shell
import Testing
@testable import TextAnalysis

@Test func g2MatchesHandComputation() {
    // a = 10 of A = 1000 tokens, b = 2 of B = 2000 tokens.
    // E1 = 1000 × 12 / 3000 = 4, E2 = 2000 × 12 / 3000 = 8
    // G² = 2 × (10 ln(10/4) + 2 ln(2/8)) = 2 × (9.162907 − 2.772589) = 12.780637
    let g = Keyness.g2(a: 10, b: 2, totalA: 1000, totalB: 2000)
    #expect(abs(g - 12.780637193) < 1e-6)
    #expect(abs(Keyness.pValue(g2: g) - 0.000350226) < 1e-8)
    // log2((10/1000) / (2/2000)) = log2(10)
    #expect(abs(Keyness.logRatio(a: 10, b: 2, totalA: 1000, totalB: 2000) - 3.321928) < 1e-6)
}

@Test func zeroCountsAreSmoothedAndZeroLogZeroIsZero() {
    // E1 = E2 = 2.5; G² = 2 × 5 ln(5/2.5) + 0 = 10 ln 2
    #expect(abs(Keyness.g2(a: 5, b: 0, totalA: 100, totalB: 100) - 10 * log(2.0)) < 1e-12)
    // (5/100) / (0.5/100) = 10
    #expect(abs(Keyness.logRatio(a: 5, b: 0, totalA: 100, totalB: 100) - log2(10.0)) < 1e-12)
    #expect(Keyness.g2(a: 0, b: 0, totalA: 100, totalB: 100) == 0)
    #expect(Keyness.pValue(g2: 0) == 1)
}

@Test func compareSortsBothDirectionsAndFiltersByFrequency() {
    let a = ["iran": 30, "restraint": 10, "the": 100, "rare": 2]
    let b = ["iran": 5, "pakistan": 25, "the": 100, "rare": 1]
    let rows = Keyness.compare(a, b, totalA: 1000, totalB: 1000, minimumFrequency: 5)
    // pakistan 0 vs 25: G² = 2 × 25 ln 2 = 34.66; iran 30 vs 5: G² = 19.85
    #expect(rows.map(\.term) == ["pakistan", "iran", "restraint"])
    #expect(rows.map(\.keyFor) == [.b, .a, .a])
    #expect(abs(rows[0].g2 - 50 * log(2.0)) < 1e-9)
    #expect(rows[1].countA == 30 && rows[1].countB == 5 && rows[1].totalA == 1000)
    #expect(zip(rows, rows.dropFirst()).allSatisfy { $0.g2 >= $1.g2 })
    #expect(rows[0].logRatio < 0)
}

@Test func setComparedWithItselfHasNoKeywords() {
    let a = ["iran": 30, "pakistan": 25, "the": 100]
    #expect(Keyness.compare(a, a, totalA: 155, totalB: 155, minimumFrequency: 1).isEmpty)
    #expect(Keyness.compare(dense: [30, 25, 100], [30, 25, 100], totalA: 155, totalB: 155, minimumFrequency: 1).isEmpty)
}

@Test func denseAndDictionaryAgree() {
    let dense = Keyness.compare(dense: [30, 0, 10], [5, 25], totalA: 1000, totalB: 1000, minimumFrequency: 5)
    let dict = Keyness.compare([0: 30, 2: 10], [0: 5, 1: 25], totalA: 1000, totalB: 1000, minimumFrequency: 5)
    #expect(dense == dict)
}
