import Foundation
import Testing

/// UTF-8 decoding and character classification live in TextAnalysis only (`UTF8Cursor`,
/// `CharacterClass`): no other target's source may hold the signs of a second decoder or of its own
/// letter, digit, case or space tests.
struct TextLayerTests {
    /// What a UTF-8 decoder or encoder, or a character classification, is written with.
    static let forbidden = [
        #"& 0x3F"#, #"0x80 \|"#, #"& 0xC0"#, #"0xC0 \|"#,                       // UTF-8 bit twiddling
        #"isAlphabetic"#, #"generalCategory"#, #"properties\.is(Upper|Lower)case"#,  // Unicode classes
        #"CharacterSet\.(alphanumerics|letters|whitespaces|decimalDigits|uppercaseLetters|lowercaseLetters)"#,
        #">= 0x41"#, #">= 0x61"#, #">= 0x30 &&"#, #">= 48 &&"#,                   // ASCII ranges
        #"func is(Letter|Space|Upper|Lower|Digit|Alnum)\(_"#,
    ]

    @Test func decodingAndClassificationOnlyInTextAnalysis() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")
        let files = try #require(FileManager.default.enumerator(atPath: sources.path)).compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") && !$0.hasPrefix("TextAnalysis/") }
        #expect(files.count > 50, "the sources were not found at \(sources.path)")
        let patterns = try Self.forbidden.map { try NSRegularExpression(pattern: $0) }
        var found: [String] = []
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let s = String(line), range = NSRange(s.startIndex..., in: s)
                if patterns.contains(where: { $0.firstMatch(in: s, range: range) != nil }) {
                    found.append("Sources/\(file):\(n + 1): \(s.trimmingCharacters(in: .whitespaces))")
                }
            }
        }
        #expect(found.isEmpty, "decoding or classifying characters outside TextAnalysis:\n\(found.joined(separator: "\n"))")
    }

    /// The check finds what it looks for (a decoder written out, a letter test of one's own).
    @Test func forbiddenPatternsMatchTheirExamples() throws {
        let patterns = try Self.forbidden.map { try NSRegularExpression(pattern: $0) }
        for example in ["(UInt32(p[i + 1]) & 0x3F)", "func isLetter(_ c: UInt32) -> Bool",
                        "s.properties.generalCategory", "b >= 0x41 && b <= 0x5A"] {
            let range = NSRange(example.startIndex..., in: example)
            #expect(patterns.contains { $0.firstMatch(in: example, range: range) != nil }, "\(example)")
        }
    }
}
