import TextAnalysis
/// An open-addressing hash table from byte strings to dense integer ids.
///
/// Keys live in one byte arena, so interning millions of token occurrences allocates nothing per
/// lookup; this is what lets the indexer run over bytes instead of `String`s.
package struct ByteStringTable: Sendable {
    private(set) var arena: [UInt8] = []
    private(set) var offsets: [UInt32] = [0]   // key i is arena[offsets[i]..<offsets[i+1]]
    private var slots: [Int32]                  // id, or -1 for empty
    private var hashes: [UInt32] = []
    private var mask: Int

    package init(capacity: Int = 1 << 12) {
        var n = 16
        while n < capacity * 2 { n <<= 1 }
        slots = Array(repeating: -1, count: n)
        mask = n - 1
    }

    /// A table of the keys `arena[offsets[i]..<offsets[i+1]]` (as a snapshot stores them), hashed anew.
    /// Nil if the offsets do not step through the arena in order.
    init?(arena: [UInt8], offsets: [UInt32]) {
        guard offsets.first == 0, Int(offsets.last ?? 1) == arena.count,
              zip(offsets, offsets.dropFirst()).allSatisfy({ $0 <= $1 }) else { return nil }
        self.init(capacity: offsets.count)
        self.arena = arena
        self.offsets = offsets
        hashes = arena.withUnsafeBufferPointer { a in
            (0..<(offsets.count - 1)).map { Self.hash(UnsafeBufferPointer(rebasing: a[Int(offsets[$0])..<Int(offsets[$0 + 1])])) }
        }
        fillSlots()
    }

    package var count: Int { offsets.count - 1 }

    /// The bytes of key `id`.
    func key(_ id: Int) -> ArraySlice<UInt8> { arena[Int(offsets[id])..<Int(offsets[id + 1])] }

    @inline(__always)
    static func hash(_ p: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for b in p { h = (h ^ UInt32(b)) &* 16_777_619 }
        return h
    }

    /// Returns the id of `key`, or nil.
    func find(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
        let h = Self.hash(key)
        var i = Int(h) & mask
        while true {
            let id = Int(slots[i])
            if id < 0 { return nil }
            if hashes[id] == h && equals(id, key) { return id }
            i = (i + 1) & mask
        }
    }

    /// Returns the id of `key`, inserting it if new; `inserted` tells which.
    @inline(__always)
    package mutating func intern(_ key: UnsafeBufferPointer<UInt8>) -> (id: Int, inserted: Bool) {
        let h = Self.hash(key)
        var i = Int(h) & mask
        while true {
            let id = Int(slots[i])
            if id < 0 { break }
            if hashes[id] == h && equals(id, key) { return (id, false) }
            i = (i + 1) & mask
        }
        let id = count
        arena.append(contentsOf: key)
        offsets.append(UInt32(arena.count))
        hashes.append(h)
        slots[i] = Int32(id)
        if count * 2 > slots.count { grow() }
        return (id, true)
    }

    /// Interns ASCII bytes lower-cased on the fly, given the hash of the lower-cased bytes (see
    /// `hashFoldingASCII`): the indexer's hot path, which copies nothing for a known word.
    @inline(__always)
    mutating func internFoldingASCII(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, hash h: UInt32) -> Int {
        var i = Int(h) & mask
        let n = end - start
        while true {
            let id = Int(slots[i])
            if id < 0 { break }
            if hashes[id] == h {
                let s = Int(offsets[id]), e = Int(offsets[id + 1])
                if e - s == n && arena.withUnsafeBufferPointer({ a in
                    for j in 0..<n where a[s + j] != Self.fold(p[start + j]) { return false }
                    return true
                }) { return id }
            }
            i = (i + 1) & mask
        }
        let id = count
        for j in start..<end { arena.append(Self.fold(p[j])) }
        offsets.append(UInt32(arena.count))
        hashes.append(h)
        slots[i] = Int32(id)
        if count * 2 > slots.count { grow() }
        return id
    }

    @inline(__always) static func fold(_ b: UInt8) -> UInt8 { CharacterClass.lowerASCII(b) }

    /// The hash of the lower-cased bytes, or nil if they are not all ASCII.
    @inline(__always)
    static func hashFoldingASCII(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt32? {
        var h: UInt32 = 2_166_136_261
        for i in start..<end {
            let b = p[i]
            if b >= 0x80 { return nil }
            h = (h ^ UInt32(fold(b))) &* 16_777_619
        }
        return h
    }

    @inline(__always)
    private func equals(_ id: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let s = Int(offsets[id]), e = Int(offsets[id + 1])
        guard e - s == key.count else { return false }
        return arena.withUnsafeBufferPointer { a in
            for j in 0..<key.count where a[s + j] != key[j] { return false }
            return true
        }
    }

    private mutating func grow() {
        let n = slots.count * 2
        slots = Array(repeating: -1, count: n)
        mask = n - 1
        fillSlots()
    }

    /// Puts every key's id in its slot (the slots must be empty).
    private mutating func fillSlots() {
        for id in 0..<count {
            var i = Int(hashes[id]) & mask
            while slots[i] >= 0 { i = (i + 1) & mask }
            slots[i] = Int32(id)
        }
    }
}
