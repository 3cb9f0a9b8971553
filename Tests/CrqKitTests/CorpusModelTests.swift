@testable import Annotation
@testable import CorpusModel
import Foundation
@testable import QueryLanguage
@testable import Rendering
@testable import Shell
import Testing
@testable import TextAnalysis

@Suite struct SeedCorpusTests {
    let c = Fixtures.seeds

    @Test func loadsFiveDocumentsWithShortIDs() {
        #expect(c.documents.count == 5)
        #expect(c.documents.map(\.shortID) == ["000", "001", "002", "003", "004"])
        #expect(c.documents[0].id == "000_ba6514e35100d3d6")
        #expect(c.warnings.filter { $0.severity == .warning }.isEmpty)
    }

    @Test func metadataComesFromTheSidecar() {
        #expect(c.documents[4].metadata.source == "Brussels Morning")
        #expect(c.documents[4].metadata.author == "Lailuma Sadid")
        #expect(c.documents[3].date == PartialDate(year: 2024, month: 2, day: 23))
        #expect(c.documents[1].metadata.source == "ICARO Media Group")
        #expect(c.documents[0].metadata.source == "")
    }

    @Test func theUSAdministrationSentenceIsOneSentence() throws {
        let hits = (0..<c.sentenceCount).filter { c.sentenceText($0).contains("the U.S. administration") }
        #expect(hits.count == 1)
        let s = try #require(hits.first)
        #expect(c.locator(sentence: s) == "000:5:1")
        #expect(c.sentenceText(s).hasPrefix("In Washington, National Security Council spokesperson John Kirby"))
        #expect(c.sentenceText(s).hasSuffix("tensions between the two countries."))
    }

    @Test func everySentenceIsTheSliceOfItsDocumentAtItsOffsets() throws {
        for s in 0..<c.sentenceCount {
            let d = c.document(ofSentence: s)
            let text = Array(c.documentText(d).unicodeScalars)
            let bytes = c.sentenceByteRange(s)
            let start = c.scalarOffset(ofByte: bytes.lowerBound, inDocument: d)
            let end = c.scalarOffset(ofByte: bytes.upperBound, inDocument: d)
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: text[start..<end])
            #expect(String(slice) == c.sentenceText(s))
        }
    }

    @Test func locatorsResolveByPrefix() throws {
        let target = try c.resolve(locator: "000:5:2")
        guard case let .sentence(s) = target else { Issue.record("not a sentence"); return }
        #expect(c.sentenceText(s).hasPrefix("Speaking to reporters accompanying President Joe Biden"))
        #expect(try c.resolve(locator: "004_3661") == .document(4))
        #expect(throws: LocatorError.self) { try c.resolve(locator: "00") }       // ambiguous
        #expect(throws: LocatorError.self) { try c.resolve(locator: "000:99") }   // out of range
        #expect(throws: LocatorError.self) { try c.resolve(locator: "zzz") }      // unknown
    }

    @Test func headingsAndBulletsAreTheirOwnSentences() throws {
        let heading = (0..<c.sentenceCount).first { c.sentenceText($0) == "China Offers Mediation" }
        #expect(heading != nil)
        // 003's bullet lines lose their bullet marker.
        let bullet = try #require((0..<c.sentenceCount).first { c.sentenceText($0).contains("Tehran deems the action") })
        #expect(c.sentenceText(bullet) == "Tehran deems the action ‘unacceptable.’")
    }
}

@Suite struct TextAnalysisTests {
    @Test func tokensAreNormalised() {
        #expect(WordKey.words("Iran’s U.S. de-escalation 1,200 3.5") == ["iran", "'s", "u.s.", "de-escalation", "1,200", "3.5"])
        #expect(WordKey.words("Stéphane STEPHANE Ste\u{301}phane") == ["stephane", "stephane", "stephane"])
        #expect(WordKey.words("Исламабад و پاکستان") == ["исламабад", "و", "پاکستان"])
    }

    @Test(arguments: [
        ("Mr. Smith met Gen. Jones. They talked.", ["Mr. Smith met Gen. Jones.", "They talked."]),
        ("He paid 3.5 million. Then he left.", ["He paid 3.5 million.", "Then he left."]),
        ("J. R. Smith arrived. No. 5 was there.", ["J. R. Smith arrived.", "No. 5 was there."]),
        ("He said “we go.” Then silence.", ["He said “we go.”", "Then silence."]),
        ("Wait... what happened? Nobody knows!", ["Wait... what happened?", "Nobody knows!"]),
        ("A heading without a stop", ["A heading without a stop"]),
        ("• A bullet. Second part.", ["A bullet.", "Second part."]),
        ("The U.S. said no.", ["The U.S. said no."]),
        // An initialism or an abbreviation ending a name ends the sentence before a word that only opens one.
        ("Trade fell in the U.S. While exports rose, jobs did not.", ["Trade fell in the U.S.", "While exports rose, jobs did not."]),
        ("She joined Harlow Inc. The firm grew.", ["She joined Harlow Inc.", "The firm grew."]),
        ("They met in Washington, D.C. He left early.", ["They met in Washington, D.C.", "He left early."]),
        ("The U.S. Navy and Gen. The Younger met.", ["The U.S. Navy and Gen. The Younger met."]),
        ("They left.\u{A0}Others stayed.", ["They left.", "Others stayed."]),  // a no-break space separates too
    ])
    func sentenceSplitting(_ text: String, _ expected: [String]) {
        let bytes = Array(text.utf8)
        let got = bytes.withUnsafeBufferPointer { p in
            SentenceSplitter.split(p, from: 0, to: p.count).map { String(decoding: bytes[$0], as: UTF8.self) }
        }
        #expect(got == expected)
    }

    @Test func datesInText() {
        #expect(DateParser.firstDate(in: "February, 23, 2024")?.date == PartialDate(year: 2024, month: 2, day: 23))
        #expect(DateParser.firstDate(in: "Published 18 January 2024 in London")?.date == PartialDate(year: 2024, month: 1, day: 18))
        #expect(DateParser.firstDate(in: "Jan. 18, 2024")?.date == PartialDate(year: 2024, month: 1, day: 18))
        #expect(DateParser.parse("2024-01-18") == PartialDate(year: 2024, month: 1, day: 18))
        #expect(DateParser.parse("2024-01") == PartialDate(year: 2024, month: 1))
        #expect(DateParser.parse("2024-02-30") == nil)
        #expect(PartialDate(year: 2024, month: 1, day: 18)?.isoWeek == "2024-W03")
    }
}
