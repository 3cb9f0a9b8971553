import CorpusModel

/// An open-addressing table from folded-word hashes to lexicon classes and speech-verb forms,
/// faster than `Dictionary` for the one look-up every token needs.
struct KeyTable: Sendable {
    private var keys: [UInt64]
    private var classes: [WordClass]
    private var forms: [CueForm?]
    private let mask: Int

    init(classes byKey: [UInt64: WordClass], forms byForm: [UInt64: CueForm]) {
        let all = Set(byKey.keys).union(byForm.keys)
        var capacity = 16
        while capacity < all.count * 4 { capacity *= 2 }
        mask = capacity - 1
        keys = [UInt64](repeating: 0, count: capacity)
        classes = [WordClass](repeating: [], count: capacity)
        forms = [CueForm?](repeating: nil, count: capacity)
        for key in all {
            var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
            while keys[i] != 0 { i = (i + 1) & mask }
            keys[i] = key
            classes[i] = byKey[key] ?? []
            forms[i] = byForm[key]
        }
    }

    /// The classes and speech-verb form of a word hash.
    @inline(__always) func lookup(_ key: UInt64) -> (WordClass, CueForm?) {
        var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while true {
            let k = keys[i]
            if k == key { return (classes[i], forms[i]) }
            if k == 0 { return ([], nil) }
            i = (i + 1) & mask
        }
    }
}
