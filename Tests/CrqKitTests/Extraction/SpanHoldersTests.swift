@testable import Annotation
import Testing

/// The figure's quotation (the last quotation holding it) found through `SpanHolders` is the one a
/// look at every quotation finds, with spans nested, overlapping, equal and out of order.
struct SpanHoldersTests {
    @Test func agreesWithALookAtEverySpan() {
        var seed: UInt64 = 0x9E37_79B9
        func next(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33) % n
        }
        for round in 0..<50 {
            let spans = (0..<(round % 9) * 7).map { _ -> Range<Int> in
                let start = next(200)
                return start..<start + 1 + next(round % 2 == 0 ? 20 : 120)
            }
            let holders = SpanHolders(spans)
            for _ in 0..<100 {
                let start = next(220)
                let asked = start..<start + 1 + next(10)
                let expected = spans.lastIndex { $0.lowerBound <= asked.lowerBound && asked.upperBound <= $0.upperBound }
                #expect(holders.last(holding: asked) == expected, "\(spans) \(asked)")
            }
        }
    }

    @Test func noSpansHoldNothing() {
        #expect(SpanHolders([]).last(holding: 3..<5) == nil)
        #expect(SpanHolders([0..<2, 6..<9]).last(holding: 3..<5) == nil)
        #expect(SpanHolders([4..<9, 0..<20, 3..<5]).last(holding: 3..<5) == 2)
    }
}
