import Foundation
import TextAnalysis

/// Makes raw file bytes into the UTF-8 text crq stores, and says what it changed.
///
/// Text in UTF-16 with a byte order mark (what spreadsheets save as "Unicode text") is converted
/// to UTF-8; a UTF-8 byte order mark is removed; bytes that are not UTF-8 become U+FFFD (the first offending byte
/// offset is reported); text in decomposed Unicode (NFD) is composed (NFC) so that searches and
/// regular expressions typed in composed form find it. Offsets crq reports are into the cleaned text.
enum TextCleaner {
    static func clean(_ raw: [UInt8], file: String, line: Int? = nil, warnings: inout [LoadWarning]) -> [UInt8] {
        var bytes = raw
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            let units = stride(from: 2, to: bytes.count - 1, by: 2).map {
                little ? UInt16(bytes[$0]) | UInt16(bytes[$0 + 1]) << 8 : UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1])
            }
            bytes = Array(String(decoding: units, as: UTF16.self).utf8)
            warnings.append(LoadWarning(.note, file: file, line: line, "UTF-16 text converted to UTF-8"))
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes.removeFirst(3)
            warnings.append(LoadWarning(.note, file: file, line: line, "UTF-8 byte order mark removed"))
        }
        if String(validating: bytes, as: UTF8.self) == nil, let bad = UTF8Cursor.firstInvalidByte(bytes) {
            let repaired = Array(String(decoding: bytes, as: UTF8.self).utf8)
            let replaced = repaired.count >= 3 ? countReplacements(repaired) : 0
            warnings.append(LoadWarning(file: file, line: line, byteOffset: bad,
                "not valid UTF-8: \(replaced) undecodable sequence\(replaced == 1 ? "" : "s") replaced with U+FFFD"))
            bytes = repaired
        }
        if hasCombiningMarks(bytes) {
            let text = String(decoding: bytes, as: UTF8.self)
            let composed = text.precomposedStringWithCanonicalMapping
            if composed.utf8.count != bytes.count || !composed.utf8.elementsEqual(bytes) {
                bytes = Array(composed.utf8)
                warnings.append(LoadWarning(.note, file: file, line: line,
                    "decomposed Unicode (NFD) composed to NFC; offsets refer to the composed text"))
            }
        }
        return bytes
    }

    private static func countReplacements(_ b: [UInt8]) -> Int {
        var count = 0
        var i = 0
        while i + 2 < b.count {
            if b[i] == 0xEF && b[i + 1] == 0xBF && b[i + 2] == 0xBD { count += 1; i += 3 } else { i += 1 }
        }
        return count
    }

    /// Whether the bytes contain a combining diacritical mark (U+0300–U+036F: CC 80 … CD AF).
    private static func hasCombiningMarks(_ b: [UInt8]) -> Bool {
        b.withUnsafeBufferPointer { p in
            var i = 0
            while i + 1 < p.count {
                let c = p[i]
                if c >= 0xCC, (c == 0xCC && p[i + 1] >= 0x80) || (c == 0xCD && p[i + 1] <= 0xAF) { return true }
                i += 1
            }
            return false
        }
    }
}
