import Testing
@testable import TextAnalysis

/// The text layer's own pieces: the UTF-8 cursor, the character classification and the scanner's two views.
struct TextScannerTests {
    @Test func decodeAndEncodeRoundTripEveryLength() {
        let text = "a é € 𝄞"  // 1, 2, 3 and 4 bytes
        var scalars: [UInt32] = []
        Array(text.utf8).withUnsafeBufferPointer { p in
            var i = 0
            while i < p.count {
                let (v, n) = UTF8Cursor.decode(p, i, p.count)
                scalars.append(v)
                i += n
            }
        }
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
            let starts = [0, 1, 2, 4, 7, 8, 9, 10, 13]
            for (scalar, byte) in starts.enumerated() { #expect(UTF8Cursor.scalarCount(p, 0..<byte) == scalar) }
            for k in 1..<starts.count { #expect(UTF8Cursor.scalarStart(p, before: starts[k], from: 0) == starts[k - 1]) }
        }
    }

    /// Scalars counted from the bytes agree with the scalars over every range of a mixed text.
    @Test func scalarCountAgreesOverEveryRange() {
        let text = "Zoë’s 5€ in 𝄞 Исламабад, d’Ivoire — Ste\u{301}phane said."
        let bytes = Array(text.utf8)
        let byteStarts = text.unicodeScalars.indices.map { text.utf8.distance(from: text.startIndex, to: $0) } + [bytes.count]
        bytes.withUnsafeBufferPointer { p in
            for a in byteStarts.indices {
                for b in a..<byteStarts.count {
                    #expect(UTF8Cursor.scalarCount(p, byteStarts[a]..<byteStarts[b]) == b - a)
                }
            }
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
    }

    /// The one word key: every form of it (String, hash, packed, statement word) folds alike.
    @Test func everyWordKeyIsAViewOfOneFolding() {
        #expect(WordKey.string("Ste\u{301}phane STÉPHANE Iran’s co\u{2011}operate") == "stephane stephane iran's co-operate")
        #expect(WordKey.string("Исламабад ΑΘΗΝΑ") == "исламабад αθηνα")
        let bytes = Array("Éric".utf8)
        #expect(bytes.withUnsafeBufferPointer { WordKey.hash($0, 0, $0.count) } == WordKey.hash("eric"))
        #expect(WordKey.hash("Dale’s") == WordKey.hash("dale's") && WordKey.hash("dale") != WordKey.hash("dales"))
        // a key less its last characters, from the bytes: only where each of them is one character of the key
        func less(_ word: String, _ n: Int) -> UInt64? { Array(word.utf8).withUnsafeBufferPointer { WordKey.hash($0, 0, $0.count, droppingLast: n) } }
        #expect(less("Iran’s", 2) == WordKey.hash("iran") && less("Zoé's", 2) == WordKey.hash("zoe") && less("Iran's-backed", 2) == WordKey.hash("iran's-back"))
        #expect(less("Abbé", 1) == nil && less("s", 2) == nil)
        #expect(PackedWord("Über") == PackedWord("uber") && PackedWord("Iran’s") == PackedWord("iran's"))
        #expect(PackedWord("internationalisation") == .none)  // over 16 bytes
        #expect(WordKey.key(ofStatementWord: "“Éric’s,”") == "erics")
    }

    /// The hash and the packed key read ASCII eight bytes at a time: they must give the key's value
    /// wherever a word lies (group boundaries, non-ASCII in any group, the start or end of a short buffer).
    @Test func wordAtATimeKeysAgreeWithTheFolding() {
        let words = ["a", "Iran", "ABCDEFGH", "Abcdefghi", "Ministère", "ÉCOLE", "Affaires-Étrangères",
                     "Ste\u{301}phane", "co\u{2011}operate", "internationalisation", "Исламабад"]
        for word in words {
            let key = WordKey.string(word)
            for (before, after) in [("", ""), ("x ", ""), ("", " y"), ("the word ", " and more text")] {
                let bytes = Array((before + word + after).utf8), from = before.utf8.count, to = from + word.utf8.count
                bytes.withUnsafeBufferPointer { p in
                    #expect(WordKey.hash(p, from, to) == WordKey.hash(key), "\(word) in \(before)…\(after)")
                    #expect(PackedWord(p, from, to) == PackedWord(key), "\(word) in \(before)…\(after)")
                }
            }
        }
        #expect(Set(words.map { WordKey.hash($0) }).count == words.count)
        #expect(WordKey.hash("abcdefgh") != WordKey.hash("abcdefghabcdefgh") && WordKey.hash("ab") != WordKey.hash("ba"))
        // Keys of one length that differ only after the first group, or only in its last byte, stay apart.
        let alike = ["ministerial", "ministerian", "ministeriam", "ministerialist", "ministerialisn", "ministeb", "ministec"]
        #expect(Set(alike.map { WordKey.hash($0) }).count == alike.count)
        // Every word of up to two letters has its own key (each group's step is a bijection).
        let letters = "abcdefghijklmnopqrstuvwxyz'-"
        let short = letters.map { String($0) } + letters.flatMap { a in letters.map { b in String([a, b]) } }
        #expect(Set(short.map { WordKey.hash($0) }).count == short.count)
    }

    /// Letters and capitals counted eight ASCII bytes at a time agree with the scalar classes.
    @Test func letterCountsAgreeWithTheScalarClasses() {
        for word in ["NATO", "McFarn", "MoFA", "U.S", "Al-Qaeda", "iPhone", "ÉTATS", "Ab1C", "ABCDEFGHI", "x"] {
            let scalars = word.unicodeScalars.map(\.value)
            let expected = (scalars.filter(CharacterClass.isLetterScalar).count, scalars.filter(CharacterClass.isUpperScalar).count,
                            CharacterClass.isUpperScalar(scalars.last!))
            for before in ["", "a long line of text before "] {
                let bytes = Array((before + word).utf8)
                let counts = bytes.withUnsafeBufferPointer { CharacterClass.letterCounts($0, before.utf8.count, $0.count) }
                #expect(counts == expected, "\(word)")
            }
        }
    }

    /// The scanner's ASCII fast path (a word of up to eight bytes read at once) says what the scalar-by-scalar
    /// path says of capitals, hyphens and acronyms, and gives the same key.
    @Test func asciiWordsAtOnceAgreeWithTheScalarPath() {
        var words = ["a", "I", "US", "MoFA", "NATO", "Iran", "al-Adl", "el-Sisi", "al-adl", "al-", "an-Nur", "e-Mail",
                     "Gaza-led", "X-Ray", "Ab-C", "A-b", "-A", "AB-", "ABC-d", "ABCDEFGH", "Abcdefgh", "iPhone", "McFarn",
                     "aB", "eU", "A1", "B2B", "Jo's", "O'Neil", "o'", "AbCd-Ef", "ab-CD-ef", "Zz", "zZ", "Ze-", "@A", "[Z"]
        // Every word of up to three bytes from letters of both cases, a hyphen, an apostrophe and a digit.
        let alphabet = Array("aAeEzZ-'1")
        words += alphabet.flatMap { a in alphabet.flatMap { b in [String([a, b])] + alphabet.map { c in String([a, b, c]) } } }
        for word in words {
            for (before, after) in [("", ""), ("the word ", " and more text")] {
                let bytes = Array((before + word + after).utf8), from = before.utf8.count, n = word.utf8.count
                bytes.withUnsafeBufferPointer { p in
                    let w = UTF8Cursor.load(p, from, n)
                    let fast = TextScanner.capitalisation(ascii: w, count: n), slow = TextScanner.capitalisation(p, from, from + n)
                    #expect(fast == slow, "\(word)")
                    #expect(WordKey.hash(ascii: w, count: n) == WordKey.hash(p, from, from + n), "\(word)")
                }
            }
        }
        #expect(CharacterClass.bytes8(0x2D41_2D2C_2E2D, equalTo: 0x2D) == 0x8000_8000_0080)
    }

    /// The scan's runs of ASCII letters, read eight bytes at a time, end where a byte-by-byte reading ends
    /// them: before every byte that is no ASCII letter (any byte from 0x80 up included), at any distance
    /// from the start and from the end of the text.
    @Test func letterRunsEightAtOnceEndWhereByteByByteEndsThem() {
        for letters in 0...17 {
            for stop in UInt8(0)...UInt8(0xFF) {
                for tail in [[], [0x62], [0x63, 0xC3, 0xA9, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69]] as [[UInt8]] {
                    var bytes: [UInt8] = [0x20, 0x20]
                    for k in 0..<letters { bytes.append(UInt8(k % 2 == 0 ? 0x61 + k : 0x41 + k)) }  // "aBcD…"
                    bytes.append(stop)
                    bytes += tail
                    bytes.withUnsafeBufferPointer { p in
                        for from in 0..<p.count {
                            var plain = from
                            while plain < p.count && CharacterClass.isASCIILetter(p[plain]) { plain += 1 }
                            #expect(TextScanner.asciiLetterRunEnd(p, from: from) == plain, "\(bytes) from \(from)")
                        }
                    }
                }
            }
        }
        // A scan through a run ending in letters outside ASCII keeps them in it.
        #expect(ScannedText("Zoëlla’s café").pieces.map(\.kind) == [.letters, .other, .letters, .space, .letters])
    }

    /// Outside Latin, Greek and Cyrillic the key reads tables or the scalar itself, not a decomposition
    /// per letter: it must still equal the written-out folding wherever texts are composed.
    @Test func foldingAboveCyrillicMatchesTheWrittenOutFolding() {
        func folded(_ v: UInt32) -> [UInt32] { var out: [UInt32] = []; WordKey.fold(v) { out.append($0) }; return out }
        // Armenian capital, Hebrew point, Arabic alef with madda, Devanagari nukta letter, Vietnamese ễ,
        // Greek with breathing, a curly apostrophe, CJK, Hangul, a combining mark for symbols, fullwidth A,
        // Roman numeral two, a circled capital.
        for v: UInt32 in [0x531, 0x5B4, 0x622, 0x929, 0x1EC5, 0x1F08, 0x2019, 0x4E2D, 0xD55C, 0x20D7, 0xFF21, 0x2161, 0x24B6] {
            let expected = v == 0xD55C ? [v] : WordKey.foldedScalars(v)  // Hangul stays composed, as loaded text is
            #expect(folded(v) == expected, "U+\(String(v, radix: 16))")
        }
        #expect(WordKey.string("ՀԱՅ Ｉｒａｎ") == "հայ ｉｒａｎ")
    }

    @Test func oneScanCutsTheTextIntoPiecesBothViewsRead() {
        let s = ScannedText("Iran’s G7: 1,200 é\u{A0}\nx")
        #expect(s.pieces.map(\.kind) == [.letters, .other, .letters, .space, .letters, .digits, .other, .space, .digits, .other,
                                          .digits, .space, .letters, .space, .lineBreak, .letters])
        #expect(s.pieces.first?.start == 0 && s.pieces.last?.end == s.bytes.count)
        #expect(zip(s.pieces, s.pieces.dropFirst()).allSatisfy { $0.end == $1.start })  // they tile the text
        // The views join pieces differently: extraction keeps "G7" and "1,200" whole and splits the
        // possessive; figure words split "G" from "7" and keep "Iran’s" whole.
        let tokens = s.tokens.tokens.map { String(decoding: s.bytes[$0.start..<$0.end], as: UTF8.self) }
        #expect(tokens == ["Iran", "’s", "G7", ":", "1,200", "é", "x"])
        let words = s.figureWords.map { String(decoding: s.bytes[$0.byteStart..<$0.byteEnd], as: UTF8.self) }
        #expect(words == ["Iran’s", "G", "7", ":", "1,200", "é", "\n", "x"])
    }

    @Test func extractionTokensTellMarksFromApostrophes() throws {
        let s = Array("Mr. Dale’s aide said: “We’ll see,” in the U.S.\nNext line.".utf8)
        let (tokens, paragraphs) = ScannedText(String(decoding: s, as: UTF8.self)).tokens
        #expect(paragraphs.count == 2)
        func text(_ t: TextToken) -> String { String(decoding: s[t.start..<t.end], as: UTF8.self) }
        #expect(tokens.map(text).prefix(12) == ["Mr.", "Dale", "’s", "aide", "said", ":", "“", "We’ll", "see", ",", "”", "in"])
        #expect(tokens[0].abbreviation && tokens[0].key == WordKey.hash("mr"))
        #expect(tokens[2].kind == .possessive && tokens[6].kind == .open && tokens[10].kind == .close)
        let us = try #require(tokens.first { text($0) == "U.S." })
        #expect(us.abbreviation && us.acronym && us.capitalised)
    }

    @Test func aYearCutShortWithTheOpeningMarkOpensNoQuotation() {
        // "in ‘08": an apostrophe; "‘60 Minutes’", which a mark closes later, still opens.
        for (line, opens) in [("Roe said in ‘08 that the race changed.", 0), ("Roe backed Hale in ‘08, then Quint.", 0),
                              ("The show ‘60 Minutes’ aired it.", 1), ("‘20 years on, nothing has changed,’ she said.", 1),
                              ("She replied: ‘20 years is too long.’", 1), ("‘We won in ‘08,’ she said.", 1)] {
            let (tokens, _) = ScannedText(line).tokens
            #expect(tokens.filter { $0.kind == .open }.count == opens, "\(line)")
        }
    }

    @Test func figureWordsCarryByteOffsets() {
        let bytes = Array("Über 1,200 people—in Iran’s east.\n".utf8)
        let words = ScannedText(String(decoding: bytes, as: UTF8.self)).figureWords
        #expect(words.map(\.kind) == [.word, .digits, .word, .punctuation, .word, .word, .word, .punctuation, .lineBreak])
        let digits = words[1]
        #expect(digits.byteStart == 6 && digits.byteEnd == 11)
        #expect(words[5].isPossessive && words[4].isAttached && !words[2].isAttached)
        #expect(words[2].key == PackedWord("people") && words[0].key == PackedWord("uber"))  // keys fold diacritics
        let last = words[8]
        #expect(last.kind == .lineBreak && last.byteEnd == bytes.count)
    }

    @Test func lowerCasedComparisonAgreesWithLowercased() {
        let strings = ["Jo Hale", "jo hale", "JO HALE", "Jo Hal", "Jo Hale ", "Stéphane", "stéphane", "STÉPHANE", "İstanbul", "i̇stanbul", "", "[Jo]", "{jo}"]
        for s in strings {
            for other in strings {
                let folded = other.lowercased()
                #expect(s.lowercased(is: folded) == (s.lowercased() == folded), "\(s) against \(folded)")
            }
        }
    }
}
