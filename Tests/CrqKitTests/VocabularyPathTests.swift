@testable import Annotation
@testable import CorpusModel
import Foundation
@testable import QueryLanguage
@testable import Rendering
@testable import Shell
import Testing
@testable import TextAnalysis

/// Regexes answered through the vocabulary and `near` answered from postings agree with reading
/// every sentence.
@Suite struct VocabularyPathTests {
    let c = Fixtures.seeds

    /// Sentences whose text has a match, read one by one.
    func scanned(_ pattern: String, in c: Corpus = Fixtures.seeds) throws -> [Int32] {
        let regex = try CompiledRegex(pattern, caseSensitive: false)
        return try (0..<Int32(c.sentenceCount)).filter { try regex.matches(c.sentenceText(Int($0))) }
    }

    func filtered(_ condition: String, in c: Corpus = Fixtures.seeds) throws -> [Int32] {
        guard case let .units(u) = try Fixtures.run("sentences | filter \(condition)", on: c) else { throw CancellationError() }
        return u.rows
    }

    @Test func patternsThatStayInATokenGoThroughTheVocabulary() throws {
        for p in ["de-?escalat\\w*", "restraint", "(?:iran|pakistan)i?", "strik(e|es|ing)", "[a-c]\\w+tion", "\\d{2,3}", "self-defen[cs]e"] {
            #expect(VocabularyRegex.staysInToken(try CompiledRegex(p, caseSensitive: false)), "\(p)")
        }
        for p in ["maximum restraint", "\\w+ation\\b", "^Iran", "Iran.s", "de-", "-de", "x*", "[^a]bc", "a(?=b)", "it's"] {
            #expect(!VocabularyRegex.staysInToken(try CompiledRegex(p, caseSensitive: false)), "\(p)")
        }
        #expect(!VocabularyRegex.staysInToken(try CompiledRegex("Iran", caseSensitive: true)))
    }

    @Test func vocabularyRegexAgreesWithScanningEverySentence() throws {
        for p in ["de-?escalat\\w*", "restrain", "(?:iran|pakistan)i?", "strik(e|es|ing)", "[a-c]\\w+tion", "\\d{2,3}", "terror\\w*", "zzzq"] {
            let expected = try scanned(p)
            #expect(try filtered("/\(p)/") == expected, "\(p)")
            #expect(p == "zzzq" || !expected.isEmpty, "\(p) should match somewhere in the seeds")
        }
    }

    @Test func rowsOfTermsFoldedFromOtherLettersAreSearchedInTheirText() throws {
        // "Café" is indexed as "cafe", which /cafe/ matches but the text "Café" does not.
        let dir = Fixtures.folder(text: ["a.txt": "Cafe talk\nThe Café opened. The CAFE closed. A cafe and a Café.\n",
                                         "b.txt": "Other\nNo match here. Cafés abound. Decafed.\n"])
        let corpus = try CorpusLoader().load(dir.path)
        let v = corpus.index.vocabulary
        let cafe = try #require(v.id(of: "cafe")), talk = try #require(v.id(of: "talk"))
        #expect(!v.isSpelledAsTokens(cafe) && v.isSpelledAsTokens(talk))
        for p in ["cafe", "caf\\w", "cafes?", "decaf\\w*"] {
            let expected = try scanned(p, in: corpus)
            #expect(try filtered("/\(p)/", in: corpus) == expected, "\(p)")
            #expect(!expected.isEmpty && expected.count < corpus.sentenceCount, "\(p)")
        }
    }

    @Test func vocabularyMatchesRunningIntoTheNextTermAreTriedWithinTheirOwn() throws {
        // Terms are scanned end to end: "\w*" runs on into the next term, and a match may start in one term and end in the next.
        let regex = try CompiledRegex("n\\w*e", caseSensitive: false)
        let expected = (0..<c.index.vocabulary.count).filter { (try? regex.matches(c.index.vocabulary.term($0))) == true }
        #expect(try c.index.vocabulary.terms(matching: regex) == expected)
        #expect(expected.count > 10)
    }

    @Test func nearFromPostingsAgreesWithReadingEverySentence() throws {
        let pairs = [("Iran", "Pakistan"), ("restraint", "urged"), ("strikes", "Iran"), ("the", "of"), ("maximum restraint", "Guterres")]
        for (a, b) in pairs {
            for distance in [1, 2, 4, 8] {
                let wa = WordKey.words(a), wb = WordKey.words(b)
                let expected = (0..<Int32(c.sentenceCount)).filter {
                    ConditionMatcher.isNear(WordKey.words(c.sentenceText(Int($0))), wa, wb, distance)
                }
                #expect(try filtered("\"\(a)\" near \(distance) \"\(b)\"") == expected, "\(a) near \(distance) \(b)")
            }
        }
    }
}
