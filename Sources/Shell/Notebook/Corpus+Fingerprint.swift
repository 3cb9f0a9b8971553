import CorpusModel
import Foundation
import QueryLanguage

extension Corpus {
    /// A stable 64-bit FNV-1a hash of the corpus content, in document order: each document's id,
    /// its normalised text (as loaded
    /// and queried: valid UTF-8, composed to NFC, no byte order mark) and the metadata it
    /// was given. Fields crq derived from the text are left out, so a better deriver in a later crq
    /// does not look like a changed corpus; the corpus name is left out, so a moved folder does not.
    var fingerprint: UInt64 {
        var hash = FNV1a()
        for document in documents {
            hash.add(document.id)
            hash.add(byte: 0xFE)
            withText { hash.add(UnsafeBufferPointer(rebasing: $0[document.bytes])) }
            let m = document.metadata
            for key in DocumentMetadata.standardFields where !m.derived.contains(key) {
                hash.add(byte: 0xFE)
                hash.add(key + "=" + (m.value(key) ?? ""))
            }
            for (key, value) in m.extra {
                hash.add(byte: 0xFE)
                hash.add(key + "=" + value)
            }
            hash.add(byte: 0xFF)
        }
        return hash.value
    }

    /// The fingerprint as 16 lower-case hex digits, as notebook headers record it.
    package var fingerprintHex: String { String(format: "%016llx", fingerprint) }
}

/// 64-bit FNV-1a. Separators are bytes that never occur in UTF-8 (0xFE, 0xFF), so fields cannot run together.
private struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        for b in bytes { add(byte: b) }
    }

    mutating func add(_ s: String) {
        var copy = s
        copy.withUTF8 { add($0) }
    }
}
