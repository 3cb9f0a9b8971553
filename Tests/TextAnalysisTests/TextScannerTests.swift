import Testing
@testable import TextAnalysis

/// The text layer's own pieces: the UTF-8 cursor, the character classification and the scanner's two views.
struct TextScannerTests {
    @Test func decodeAndEncodeRoundTripEveryLength() {
        let text = "a é € 𝄞"  // 1, 2, 3 and 4 bytes
        let scalars = UTF8Cursor.scalars(of: text)
        #expect(scalars == text.unicodeScalars.map(\.value))
        var bytes: [UInt8] = []
        for v in scalars { UTF8Cursor.encode(v, into: &bytes) }
        #expect(bytes == Array(text.utf8))
        #expect(bytes.map { UTF8Cursor.sequenceLength(lead: $0) }.prefix(3) == [1, 1, 2])
    }

    @Test func scalarAndByteOffsetsConvertBothWays() {
        let bytes = Array("Zoë’s 5€".utf8)
        bytes.withUnsafeBufferPointer { p in
            #expect(UTF8Cursor.scalarCount(p, 0..<p.count) == 8)
            let starts = UTF8Cursor.scalarStarts(p, 0..<p.count)
            #expect(starts == [0, 1, 2, 4, 7, 8, 9, 10, 13])
            for (scalar, byte) in starts.enumerated() { #expect(UTF8Cursor.scalarCount(p, 0..<byte) == scalar) }
        }
    }

    @Test func firstInvalidByteFindsBadSequences() {
        #expect(UTF8Cursor.firstInvalidByte(Array("fine ü".utf8)) == nil)
        #expect(UTF8Cursor.firstInvalidByte([0x61, 0xC3]) == 1)            // cut short
        #expect(UTF8Cursor.firstInvalidByte([0x61, 0x62, 0xE0, 0x80, 0x80]) == 2)  // overlong
        #expect(UTF8Cursor.firstInvalidByte([0xFF]) == 0)
    }

    @Test func scalarClassesAgreeWithByteClassesOnASCII() {
        for b in UInt8(0)..<0x80 {
            let v = UInt32(b)
            #expect(CharacterClass.isSpaceScalar(v) == CharacterClass.isSpace(b))
            #expect(CharacterClass.isDigitScalar(v) == CharacterClass.isDigit(b))
            #expect(CharacterClass.isLetterScalar(v) == CharacterClass.isASCIILetter(b))
            #expect(CharacterClass.isUpperScalar(v) == (b >= 65 && b <= 90))
        }
    }

    @Test func lettersSpacesAndCapitalsBeyondASCII() {
        #expect(CharacterClass.isLetterScalar(0xE9))      // é
        #expect(CharacterClass.isLetterScalar(0x0628))    // Arabic beh
        #expect(CharacterClass.isLetterScalar(0xB5))      // µ, Alphabetic in Unicode
        #expect(!CharacterClass.isLetterScalar(0xD7))     // ×
        #expect(!CharacterClass.isLetterScalar(0x2019))   // ’
        #expect(CharacterClass.isSpaceScalar(0xA0) && CharacterClass.isSpaceScalar(0x2009) && CharacterClass.isSpaceScalar(0x3000))
        #expect(!CharacterClass.isSpaceScalar(0x2019))
        #expect(CharacterClass.isUpperScalar(0xC9) && !CharacterClass.isUpperScalar(0xE9))  // É, é
        #expect(CharacterClass.fold(0xC9) == 0x65 && CharacterClass.fold(0x2019) == 0x27)
    }

    @Test func extractionTokensTellMarksFromApostrophes() throws {
        let s = UTF8Cursor.scalars(of: "Mr. Dale’s aide said: “We’ll see,” in the U.S.\nNext line.")
        let (tokens, paragraphs) = TextScanner.scan(s)
        #expect(paragraphs.count == 2)
        func text(_ t: TextToken) -> String { ScalarText.string(s, t.start, t.end) }
        #expect(tokens.map(text).prefix(12) == ["Mr.", "Dale", "’s", "aide", "said", ":", "“", "We’ll", "see", ",", "”", "in"])
        #expect(tokens[0].abbreviation && tokens[0].key == ScalarText.key("mr"))
        #expect(tokens[2].kind == .possessive && tokens[6].kind == .open && tokens[10].kind == .close)
        let us = try #require(tokens.first { text($0) == "U.S." })
        #expect(us.abbreviation && us.acronym && us.capitalised)
    }

    @Test func figureWordsCarryByteAndScalarOffsets() {
        let bytes = Array("Über 1,200 people—in Iran’s east.\n".utf8)
        let words = bytes.withUnsafeBufferPointer { TextScanner.figureWords($0) }
        #expect(words.map(\.kind) == [.word, .digits, .word, .punctuation, .word, .word, .word, .punctuation, .lineBreak])
        let digits = words[1]
        #expect(digits.byteStart == 6 && digits.byteEnd == 11 && digits.start == 5 && digits.end == 10)
        #expect(words[5].isPossessive && words[4].isAttached && !words[2].isAttached)
        #expect(words[2].key == PackedWord("people") && words[0].key == .none)  // non-ASCII words pack to none
        let last = words[8]
        #expect(last.end == UTF8Cursor.scalars(of: String(decoding: bytes, as: UTF8.self)).count)
    }
}
