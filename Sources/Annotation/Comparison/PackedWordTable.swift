import TextAnalysis
import CorpusModel

/// A small immutable hash table keyed by `PackedWord`, with a multiplicative hash instead of
/// `Hasher` (SipHash), for lexicon look-ups on every word of a text.
struct PackedWordTable<Value: Sendable>: Sendable {
    private var keys: [PackedWord]
    private var values: [Value?]
    private let shift: UInt64

    init(_ pairs: [(PackedWord, Value)]) {
        var bits: UInt64 = 4
        while (1 << bits) < pairs.count * 4 { bits += 1 }
        shift = 64 - bits
        keys = Array(repeating: .none, count: 1 << bits)
        values = Array(repeating: nil, count: 1 << bits)
        for (key, value) in pairs where key != .none {
            var i = slot(key)
            while keys[i] != .none && keys[i] != key { i = (i + 1) & (keys.count - 1) }
            if keys[i] == .none {
                keys[i] = key
                values[i] = value
            }
        }
    }

    @inline(__always) private func slot(_ key: PackedWord) -> Int {
        Int(truncatingIfNeeded: ((key.low ^ (key.high &* 0xC2B2_AE3D_27D4_EB4F)) &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// Inlined: a look-up is made for most words of a text.
    @inline(__always) subscript(key: PackedWord) -> Value? {
        guard key != .none else { return nil }
        var i = slot(key)
        while keys[i] != .none {
            if keys[i] == key { return values[i] }
            i = (i + 1) & (keys.count - 1)
        }
        return nil
    }

    @inline(__always) func contains(_ key: PackedWord) -> Bool { self[key] != nil }
}
