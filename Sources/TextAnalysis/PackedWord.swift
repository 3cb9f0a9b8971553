/// A lower-cased ASCII word of at most 16 bytes packed into two integers, used as a cheap
/// dictionary key for lexicon look-ups without creating strings on hot paths.
public struct PackedWord: Hashable, Sendable {
    @usableFromInline package var low: UInt64
    @usableFromInline package var high: UInt64

    /// The key that matches no lexicon entry (non-ASCII or over-long words).
    @inlinable package static var none: PackedWord { PackedWord(low: 0, high: 0) }

    @inlinable package init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    @inlinable public static func == (a: PackedWord, b: PackedWord) -> Bool { a.low == b.low && a.high == b.high }
    @inlinable public func hash(into hasher: inout Hasher) {
        hasher.combine(low)
        hasher.combine(high)
    }

    /// Packs `word`, lower-casing ASCII letters; ’ counts as an apostrophe.
    package init(_ word: String) {
        var packer = Packer()
        for scalar in word.unicodeScalars {
            if scalar == "’" { packer.append(0x27) } else if scalar.isASCII { packer.append(UInt8(scalar.value)) } else { packer.invalidate() }
        }
        self = packer.word
    }

    /// Incremental builder used by the scanner while it walks the bytes of a word.
    package struct Packer {
        package private(set) var count = 0
        package init() {}
        private var low: UInt64 = 0
        private var high: UInt64 = 0
        private var valid = true

        /// Adds one byte; non-ASCII bytes or a 17th byte make the word unpackable.
        package mutating func append(_ byte: UInt8) {
            guard valid, byte < 0x80, count < 16 else {
                valid = false
                return
            }
            let lower = (byte >= 65 && byte <= 90) ? byte + 32 : byte
            if count < 8 {
                low |= UInt64(lower) << (8 * UInt64(count))
            } else {
                high |= UInt64(lower) << (8 * UInt64(count - 8))
            }
            count += 1
        }

        /// Marks the word as not packable (it then matches nothing).
        package mutating func invalidate() { valid = false }

        package var word: PackedWord { valid && count > 0 ? PackedWord(low: low, high: high) : .none }
    }
}
