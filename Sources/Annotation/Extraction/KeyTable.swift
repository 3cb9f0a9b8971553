import CorpusModel

/// An open-addressing table from folded-word hashes to lexicon classes and speech-verb forms,
/// faster than `Dictionary` for the one look-up every token needs; a word may be read as another
/// (`readAs`: "they've" as "they"), so a token needs only the one look-up.
struct KeyTable: Sendable {
    private var keys: [UInt64]
    private var classes: [WordClass]
    private var forms: [CueForm?]
    /// The key each word is read as: its own, or the one `readAs` gives it.
    private var readAs: [UInt64]
    private let mask: Int

    init(classes byKey: [UInt64: WordClass], forms byForm: [UInt64: CueForm], readAs: KeyMap<UInt64> = KeyMap()) {
        let all = Set(byKey.keys).union(byForm.keys).union(readAs.members)
        var capacity = 16
        while capacity < all.count * 4 { capacity *= 2 }
        mask = capacity - 1
        keys = [UInt64](repeating: 0, count: capacity)
        classes = [WordClass](repeating: [], count: capacity)
        forms = [CueForm?](repeating: nil, count: capacity)
        self.readAs = [UInt64](repeating: 0, count: capacity)
        for key in all {
            var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
            while keys[i] != 0 { i = (i + 1) & mask }
            keys[i] = key
            classes[i] = byKey[key] ?? []
            forms[i] = byForm[key]
            self.readAs[i] = readAs[key] ?? key
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

    /// The key a token's word is read as (`readAs`, else its own), with that key's classes and speech-verb form.
    @inline(__always) func lookupWord(_ key: UInt64) -> (key: UInt64, classes: WordClass, form: CueForm?) {
        var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while true {
            let k = keys[i]
            if k == key {
                let read = readAs[i]
                guard read == key else {
                    let (c, f) = lookup(read)
                    return (read, c, f)
                }
                return (key, classes[i], forms[i])
            }
            if k == 0 { return (key, [], nil) }
            i = (i + 1) & mask
        }
    }
}

/// An open-addressing map from word keys to values: word keys are hashes already, so a look-up
/// skips the seeded hashing of `Dictionary`; for the gazetteer look-ups and per-document word sets.
struct KeyMap<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    /// The value of key 0, which marks an empty slot in `keys`.
    private var zero: Value?
    private var mask: Int
    private var filled = 0

    init(minimumCapacity: Int = 0) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity *= 2 }
        mask = capacity - 1
        keys = [UInt64](repeating: 0, count: capacity)
        values = [Value?](repeating: nil, count: capacity)
    }

    /// A map of `pairs`, the first value of a repeated key kept.
    init(_ pairs: some Sequence<(UInt64, Value)>) {
        self.init(minimumCapacity: pairs.underestimatedCount)
        for (key, value) in pairs where self[key] == nil { insert(key, value) }
    }

    @inline(__always) private func slot(_ key: UInt64) -> Int {
        var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while keys[i] != key && keys[i] != 0 { i = (i + 1) & mask }
        return i
    }

    /// The value of `key`, or nil.
    @inline(__always) subscript(key: UInt64) -> Value? {
        key == 0 ? zero : values[slot(key)]
    }

    @inline(__always) func contains(_ key: UInt64) -> Bool { self[key] != nil }

    /// The keys held, in table order.
    var members: [UInt64] {
        (zero == nil ? [] : [0]) + zip(keys, values).compactMap { $1 == nil ? nil : $0 }
    }

    /// Sets the value of `key`.
    mutating func insert(_ key: UInt64, _ value: Value) {
        guard key != 0 else { zero = value; return }
        let i = slot(key)
        if keys[i] == 0 {
            guard (filled + 1) * 2 <= keys.count else {
                grow()
                return insert(key, value)
            }
            keys[i] = key
            filled += 1
        }
        values[i] = value
    }

    private mutating func grow() {
        let old = zip(keys, values)
        var bigger = KeyMap(minimumCapacity: keys.count)
        bigger.zero = zero
        for case let (key, value?) in old where key != 0 { bigger.insert(key, value) }
        self = bigger
    }
}

/// A set of word keys (see `KeyMap`).
typealias KeySet = KeyMap<Bool>

extension KeyMap where Value == Bool {
    /// A set of `keys`.
    init(_ keys: some Sequence<UInt64>) {
        self.init(minimumCapacity: keys.underestimatedCount)
        for key in keys { insert(key) }
    }

    mutating func insert(_ key: UInt64) { insert(key, true) }
}

/// Numbers distinct values in order of their first occurrence, found by the word key of a name of
/// theirs (`WordKey.hash`, cheaper than `Dictionary`'s String hashing; values of one key are compared
/// in full). Names equal as Strings have one key: texts are composed (NFC) when they load.
struct KeyNumbers<Value: Equatable> {
    private(set) var values: [Value] = []
    /// The last value numbered with each key, and before each value the previous one with its key (-1 for none).
    private var lastOfKey = KeyMap<Int32>()
    private var previous: [Int32] = []

    /// The number of `value`, whose name has word key `key`; a new one if it has not occurred yet.
    mutating func number(_ value: Value, key: UInt64) -> Int32 {
        number(key: key, isValue: { $0 == value }, value: { value })
    }

    /// `number(_:key:)` of the value that `isValue` tells equal to it, made by `value()` only when it has not
    /// occurred yet (most values have: a name recurs).
    mutating func number(key: UInt64, isValue: (Value) -> Bool, value: () -> Value) -> Int32 {
        let last = lastOfKey[key] ?? -1
        var n = last
        while n >= 0 {
            if isValue(values[Int(n)]) { return n }
            n = previous[Int(n)]
        }
        previous.append(last)
        lastOfKey.insert(key, Int32(values.count))
        values.append(value())
        return Int32(values.count - 1)
    }
}
