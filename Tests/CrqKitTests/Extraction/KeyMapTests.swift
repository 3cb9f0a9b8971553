@testable import Annotation
import Testing
@testable import TextAnalysis

/// The open-addressing word-key map agrees with `Dictionary` through growth, key 0 and repeats.
struct KeyMapTests {
    @Test func agreesWithDictionaryThroughGrowth() {
        var map = KeyMap<Int>()
        var reference = [UInt64: Int]()
        // Keys that share low bits, so probes collide and the table grows several times.
        for i in 0..<3000 {
            let key = UInt64(i) << 40 | UInt64(i % 7)
            map.insert(key, i)
            reference[key] = i
        }
        map.insert(0, -1)
        reference[0] = -1
        for (key, value) in reference { #expect(map[key] == value) }
        #expect(map[UInt64(5000) << 40] == nil)
        #expect(!map.contains(12345))
    }

    @Test func firstValueOfARepeatedKeyIsKept() {
        let map = KeyMap([(WordKey.hash("ohio"), "Ohio"), (WordKey.hash("OHIO"), "Other"), (7, "seven")])
        #expect(map[WordKey.hash("Ohio")] == "Ohio")
        #expect(map[7] == "seven")
    }

    @Test func setHoldsItsKeysOnly() {
        var set = KeySet([WordKey.hash("times"), WordKey.hash("post")])
        set.insert(0)
        #expect(set.contains(WordKey.hash("Times")) && set.contains(WordKey.hash("post")) && set.contains(0))
        #expect(!set.contains(WordKey.hash("journal")))
    }

    /// A token's one look-up (`lookupWord`) reads a word as the table says, and every other word as itself.
    @Test func tableReadsAContractionAsItsPronoun() {
        let they = WordKey.hash("they"), theyve = WordKey.hash("they've"), pier = WordKey.hash("pier")
        let table = KeyTable(classes: [they: .personPronouns, pier: .sourceNouns], forms: [:], readAs: KeyMap([(theyve, they)]))
        let read = table.lookupWord(theyve)
        #expect(read.key == they && read.classes == .personPronouns && read.form == nil)
        #expect(table.lookup(theyve).0 == [])  // its own entry: no classes
        let plain = table.lookupWord(pier)
        #expect(plain.key == pier && plain.classes == .sourceNouns)
        let unknown = table.lookupWord(WordKey.hash("harbour"))
        #expect(unknown.key == WordKey.hash("harbour") && unknown.classes == [] && unknown.form == nil)
        // The lexicon's own table: "We’ve" and "they've" are read as "we" and "they", with their classes.
        for (contraction, pronoun) in [("We’ve", "we"), ("they've", "they")] {
            let word = SpeechCues.table.lookupWord(WordKey.hash(contraction))
            #expect(word.key == WordKey.hash(pronoun))
            #expect(word.classes == SpeechCues.table.lookup(WordKey.hash(pronoun)).0 && word.classes.contains(.subjectPronouns))
        }
    }

    /// A token range's key (remembered for the next asker of the same range) is the key of its text, asked in any order.
    @Test func rangeKeyIsTheKeyOfItsText() {
        let model = DocumentModel(ScannedText("UN Spokesperson Stéphane Dujarric said the Ministry of Foreign Affairs agreed."))
        for (first, end) in [(0, 2), (0, 2), (1, 3), (0, 2), (2, 4), (2, 4), (7, 11), (8, 11), (7, 11), (3, 4)] {
            let text = model.text(model.tokens[first].start, model.tokens[end - 1].end)
            #expect(model.rangeKey(first, end) == WordKey.hash(text), "\(text)")
        }
    }
}
