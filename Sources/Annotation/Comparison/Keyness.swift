import CorpusModel
import Foundation

/// Which of the two compared sets a term is characteristic of.
package enum KeynessSide: String, Sendable {
    case a, b
}

/// One term's keyness between set A and set B, with everything needed to recompute it.
package struct KeynessRow<Term: Hashable & Sendable>: Sendable, Equatable {
    package var term: Term
    package var countA: Int
    package var countB: Int
    package var totalA: Int
    package var totalB: Int
    /// Dunning's log-likelihood G².
    package var g2: Double
    /// Significance of `g2` under a chi-square distribution with one degree of freedom.
    package var p: Double
    /// log2 of the ratio of relative frequencies A/B (zero counts smoothed to 0.5).
    package var logRatio: Double
    /// The set in which the term is relatively more frequent.
    package var keyFor: KeynessSide

    /// The same figures for another term.
    package func with<T>(term: T) -> KeynessRow<T> {
        KeynessRow<T>(term: term, countA: countA, countB: countB, totalA: totalA, totalB: totalB, g2: g2, p: p,
                      logRatio: logRatio, keyFor: keyFor)
    }
}

/// Keyness statistics between two corpora (Dunning 1993; Hardie's log ratio).
package enum Keyness {
    /// Dunning's G² for a term seen `a` times in `totalA` tokens and `b` times in `totalB` tokens:
    /// 2 Σ O ln(O/E) with E1 = A(a+b)/(A+B), E2 = B(a+b)/(A+B) and 0 ln 0 = 0.
    static func g2(a: Int, b: Int, totalA: Int, totalB: Int) -> Double {
        let n = Double(totalA + totalB)
        guard n > 0, a + b > 0 else { return 0 }
        let e1 = Double(totalA) * Double(a + b) / n, e2 = Double(totalB) * Double(a + b) / n
        func term(_ o: Int, _ e: Double) -> Double { o > 0 && e > 0 ? Double(o) * log(Double(o) / e) : 0 }
        return max(0, 2 * (term(a, e1) + term(b, e2)))
    }

    /// The chi-square (1 df) upper tail of `g2`: erfc(√(G²/2)).
    static func pValue(g2: Double) -> Double { erfc((g2 / 2).squareRoot()) }

    /// log2((a/A) / (b/B)); a zero count is replaced by 0.5 so that a term absent from one side
    /// gets a finite effect size instead of ±infinity.
    static func logRatio(a: Int, b: Int, totalA: Int, totalB: Int) -> Double {
        guard totalA > 0, totalB > 0 else { return 0 }
        let fa = (a == 0 ? 0.5 : Double(a)) / Double(totalA)
        let fb = (b == 0 ? 0.5 : Double(b)) / Double(totalB)
        return log2(fa / fb)
    }

    /// The keyness row of one term.
    package static func row<Term>(_ term: Term, a: Int, b: Int, totalA: Int, totalB: Int) -> KeynessRow<Term> {
        let g = g2(a: a, b: b, totalA: totalA, totalB: totalB)
        let side: KeynessSide = Double(a) * Double(totalB) >= Double(b) * Double(totalA) ? .a : .b
        return KeynessRow(term: term, countA: a, countB: b, totalA: totalA, totalB: totalB, g2: g,
                          p: pValue(g2: g), logRatio: logRatio(a: a, b: b, totalA: totalA, totalB: totalB),
                          keyFor: side)
    }

    /// Keywords of A against B and of B against A from two term-count maps: terms seen at least
    /// `minimumFrequency` times in both sets together, with G² > 0 and p ≤ `maximumP`, sorted by
    /// G² descending, then by term. Terms equally frequent on both sides are key for neither, so a
    /// set compared with itself has no keywords.
    package static func compare<Term: Comparable & Sendable>(
        _ countsA: [Term: Int], _ countsB: [Term: Int], totalA: Int, totalB: Int,
        minimumFrequency: Int = 5, maximumP: Double = 1
    ) -> [KeynessRow<Term>] {
        var rows: [KeynessRow<Term>] = []
        func consider(_ term: Term, _ a: Int, _ b: Int) {
            guard a + b >= minimumFrequency else { return }
            let r = row(term, a: a, b: b, totalA: totalA, totalB: totalB)
            if r.g2 > 1e-9, r.p <= maximumP { rows.append(r) }
        }
        for (term, a) in countsA { consider(term, a, countsB[term] ?? 0) }
        for (term, b) in countsB where countsA[term] == nil { consider(term, 0, b) }
        return sorted(rows)
    }

    /// The same over dense count arrays indexed by term id (absent ids count zero).
    static func compare(
        dense countsA: [Int], _ countsB: [Int], totalA: Int, totalB: Int,
        minimumFrequency: Int = 5, maximumP: Double = 1
    ) -> [KeynessRow<Int>] {
        var rows: [KeynessRow<Int>] = []
        for id in 0..<max(countsA.count, countsB.count) {
            let a = id < countsA.count ? countsA[id] : 0, b = id < countsB.count ? countsB[id] : 0
            guard a + b >= minimumFrequency else { continue }
            let r = row(id, a: a, b: b, totalA: totalA, totalB: totalB)
            if r.g2 > 1e-9, r.p <= maximumP { rows.append(r) }
        }
        return sorted(rows)
    }

    private static func sorted<Term: Comparable>(_ rows: [KeynessRow<Term>]) -> [KeynessRow<Term>] {
        rows.sorted { $0.g2 != $1.g2 ? $0.g2 > $1.g2 : $0.term < $1.term }
    }
}
