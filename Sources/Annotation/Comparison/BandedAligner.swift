import CorpusModel

/// A local alignment of two token sequences: the aligned stretch of each (0-based, end exclusive)
/// and how many aligned tokens are equal.
package struct LocalAlignment: Sendable, Equatable {
    package var a: Range<Int>
    package var b: Range<Int>
    package var matches: Int
    /// Equal aligned tokens that are not function words (see `BandedAligner.align`).
    var contentMatches: Int
    var score: Int32

    /// 2·matches / (|a| + |b|): 1 for a verbatim copy, about 0.8 with a fifth of the words edited.
    package var similarity: Double { a.isEmpty && b.isEmpty ? 1 : 2 * Double(matches) / Double(a.count + b.count) }
}

/// Smith–Waterman local alignment with affine gaps (Gotoh) over token ids, computed only in a band
/// of columns per row, so aligning along known seed matches costs rows × band width, not rows × columns.
///
/// Scores: a match +2, a mismatch −2, a gap −4 to open and −1 per further token. With these, a
/// passage with a fifth of its words inserted, deleted or substituted still scores well above zero
/// per ten words, while unrelated text drifts down and is cut off.
struct BandedAligner {
    static let match: Int32 = 2, mismatch: Int32 = -2, gapOpen: Int32 = -4, gapExtend: Int32 = -1
    private static let negative = Int32.min / 4

    private var h: [Int32] = [], f: [Int32] = []
    /// Per computed cell: bits 0–1 where H came from (0 start, 1 diagonal, 2 E, 3 F); bit 2 E extended; bit 3 F extended.
    private var trace: [UInt8] = []
    private var rowStart: [Int] = []

    /// The best local alignment of `a` with `b` using, for row `i` (a token of `a`), only the
    /// columns `bands[i]` of `b` (ranges within `0..<b.count`); nil when nothing scores above zero.
    /// `functionWords[t]` (when `t` is within it) marks token ids that `contentMatches` does not count.
    mutating func align(_ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>, bands: [Range<Int>],
                        functionWords: [Bool] = []) -> LocalAlignment? {
        let n = a.count, m = b.count
        guard n > 0, m > 0, bands.count == n else { return nil }
        // Columns are 1-based in the score rows (column 0 is the empty prefix).
        if h.count < m + 1 {
            h = Array(repeating: 0, count: m + 1)
            f = Array(repeating: Self.negative, count: m + 1)
        }
        rowStart.removeAll(keepingCapacity: true)
        var total = 0
        for band in bands {
            rowStart.append(total)
            total += band.count
        }
        if trace.count < total { trace = Array(repeating: 0, count: total) }
        var best: Int32 = 0, bestI = -1, bestJ = -1
        var previous = 0..<0
        h.withUnsafeMutableBufferPointer { h in
            f.withUnsafeMutableBufferPointer { f in
                trace.withUnsafeMutableBufferPointer { trace in
                    for i in 0..<n {
                        let band = bands[i]
                        let x = a[i]
                        // column j+1 of the rows is token j of b
                        var diagonal = h[band.lowerBound]
                        var e = Self.negative, left: Int32 = 0
                        var k = rowStart[i]
                        for j in band {
                            let up = h[j + 1], fUp = f[j + 1]
                            let fOpen = up &+ Self.gapOpen, fExtend = fUp &+ Self.gapExtend
                            let fv = max(fOpen, fExtend)
                            let eOpen = left &+ Self.gapOpen, eExtend = e &+ Self.gapExtend
                            e = max(eOpen, eExtend)
                            let d = diagonal &+ (x == b[j] ? Self.match : Self.mismatch)
                            var value: Int32 = 0, from: UInt8 = 0
                            // A stretch that nets zero does not extend the alignment (it would reach a stock phrase a few words off).
                            if d > value { value = d; from = 1 }
                            if e > value { value = e; from = 2 }
                            if fv > value { value = fv; from = 3 }
                            trace[k] = from | (eExtend > eOpen ? 4 : 0) | (fExtend > fOpen ? 8 : 0)
                            k += 1
                            if value > best || (value == best && value > 0 && d == value && i > bestI && j > bestJ) {
                                best = value; bestI = i; bestJ = j
                            }
                            diagonal = up
                            h[j + 1] = value
                            f[j + 1] = fv
                            left = value
                        }
                        // Cells of the previous row's band outside this one revert to "outside the band".
                        for j in previous where !band.contains(j) {
                            h[j + 1] = 0
                            f[j + 1] = Self.negative
                        }
                        previous = band
                    }
                    for j in previous {
                        h[j + 1] = 0
                        f[j + 1] = Self.negative
                    }
                }
            }
        }
        guard bestI >= 0 else { return nil }
        // Trace back from the best cell.
        var i = bestI, j = bestJ, state: UInt8 = 0  // 0 H, 2 E, 3 F
        var matches = 0, content = 0, startI = bestI, startJ = bestJ
        while i >= 0, j >= 0, bands[i].contains(j) {
            let cell = trace[rowStart[i] + j - bands[i].lowerBound]
            if state == 0 {
                let from = cell & 3
                if from == 0 { break }
                if from == 1 {
                    if a[i] == b[j] {
                        matches += 1
                        if Int(a[i]) >= functionWords.count || !functionWords[Int(a[i])] { content += 1 }
                    }
                    startI = i
                    startJ = j
                    i -= 1
                    j -= 1
                } else {
                    state = from
                }
            } else if state == 2 {
                if cell & 4 == 0 { state = 0 }
                j -= 1
            } else {
                if cell & 8 == 0 { state = 0 }
                i -= 1
            }
        }
        return LocalAlignment(a: startI..<(bestI + 1), b: startJ..<(bestJ + 1), matches: matches, contentMatches: content, score: best)
    }
}
