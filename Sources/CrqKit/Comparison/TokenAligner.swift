/// Longest-common-subsequence alignment of two token sequences with reusable scratch rows.
struct TokenAligner {
    private var row: [Int32] = []

    private var slots: [UInt32] = Array(repeating: 0, count: 256)
    private var masks: [UInt64] = Array(repeating: 0, count: 256)
    private var used: [Int] = []

    /// Length of the longest common subsequence of two token-id sequences: bit-parallel
    /// (Allison–Dix, Hyyrö) when the shorter has at most 64 tokens, dynamic programming otherwise.
    mutating func lcs(_ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>) -> Int {
        let (long, short) = a.count >= b.count ? (a, b) : (b, a)
        guard short.count <= 64, !short.isEmpty else { return lcsTable(a, b) }
        // match masks of the short sequence's tokens, in a small open-addressing table
        for (j, t) in short.enumerated() {
            var i = Int((t &* 0x9E37_79B1) >> 24)
            while masks[i] != 0 && slots[i] != t { i = (i + 1) & 255 }
            if masks[i] == 0 {
                slots[i] = t
                used.append(i)
            }
            masks[i] |= 1 << UInt64(j)
        }
        var v = UInt64.max
        for t in long {
            var i = Int((t &* 0x9E37_79B1) >> 24)
            while masks[i] != 0 && slots[i] != t { i = (i + 1) & 255 }
            let u = v & masks[i]
            v = (v &+ u) | (v &- u)
        }
        for i in used { masks[i] = 0 }
        used.removeAll(keepingCapacity: true)
        let window: UInt64 = short.count == 64 ? .max : (1 << UInt64(short.count)) - 1
        return short.count - (v & window).nonzeroBitCount
    }

    /// Length of the longest common subsequence of `a` and `b` by dynamic programming.
    mutating func lcsTable<T: Equatable>(_ a: UnsafeBufferPointer<T>, _ b: UnsafeBufferPointer<T>) -> Int {
        let (long, short) = a.count >= b.count ? (a, b) : (b, a)
        guard !short.isEmpty else { return 0 }
        if row.count < short.count + 1 { row = Array(repeating: 0, count: short.count + 1) }
        return row.withUnsafeMutableBufferPointer { r in
            for j in 0...short.count { r[j] = 0 }
            for x in long {
                var diagonal: Int32 = 0
                for j in 0..<short.count {
                    let up = r[j + 1]
                    r[j + 1] = x == short[j] ? diagonal + 1 : max(up, r[j])
                    diagonal = up
                }
            }
            return Int(r[short.count])
        }
    }

    /// 2·LCS / (|a| + |b|); 1 for equal sequences.
    mutating func dice(_ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>) -> Double {
        guard !(a.isEmpty && b.isEmpty) else { return 1 }
        if a.count == b.count, a.elementsEqual(b) { return 1 }
        return 2 * Double(lcs(a, b)) / Double(a.count + b.count)
    }
}
