@testable import Annotation
@testable import CorpusModel
import Foundation
@testable import QueryLanguage
@testable import Rendering
@testable import Shell
import Testing
@testable import TextAnalysis

/// Odd inputs never crash the extraction, and every span stays inside its paragraph.
struct RobustnessTests {
    private static let pieces = [
        "“", "”", "\"", "'", "‘", "’", ",", ".", ":", ";", "—", "(", ")", "•", "\n", "\n\n", "\r\n", " ", "said", "told",
        "that", "to", "urged", "according", "he", "it", "The", "ministry", "Kirby", "John Kirby", "UN", "U.S.", "Mr.",
        "Iran’s", "who", "and", "called", "on", "for", "as", "per", "reported", "by", "é", "👩‍🍳", "\u{a0}", "One",
        "official", "2,000", "Following", "Ministry of Foreign Affairs", "(MoFA)", "spokesperson", "al-Adl", "was", "invited",
    ]

    @Test func randomTextsGiveValidSpans() {
        var state: UInt64 = 42
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<next(160) {
                text += Self.pieces[next(Self.pieces.count)]
                if next(2) == 0 { text += " " }
            }
            Self.expectValidSpans(text)
        }
    }

    /// Analyses `text` and checks that every quotation, piece and mention lies inside it, each piece
    /// inside its quotation and one paragraph.
    static func expectValidSpans(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let bytes = Array(text.utf8)
        let analysis = QuotationExtractor.analyze(text)
        for q in analysis.quotations {
            #expect(q.start >= 0 && q.start < q.end && q.end <= bytes.count, "\(text)", sourceLocation: sourceLocation)
            // A quotation in several pieces may run over paragraphs; none of its pieces does.
            for piece in q.pieces {
                #expect(q.start <= piece.lowerBound && piece.lowerBound < piece.upperBound && piece.upperBound <= q.end,
                        "\(text)", sourceLocation: sourceLocation)
                #expect(!bytes[piece].contains(0x0A), "\(text)", sourceLocation: sourceLocation)
            }
        }
        for m in analysis.mentions {
            #expect(m.start >= 0 && m.start < m.end && m.end <= bytes.count, "\(text)", sourceLocation: sourceLocation)
        }
        _ = EntityResolver([analysis])
    }

    /// Every paragraph of the seed articles cut at every token boundary (a token's start or end), its
    /// prefix and its suffix each analysed as a document: a quotation or attribution cut short at the
    /// text's edge ('“…,” said Jo Hale and', 'adding that …') reads no word past either end (about 9 s in
    /// the debug build).
    @Test func seedParagraphsCutAtTokenBoundariesGiveValidSpans() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Fixtures.seedsPath).filter { $0.hasSuffix(".txt") }.sorted()
        var cuts = 0
        for file in files {
            let text = try String(contentsOfFile: Fixtures.seedsPath + "/" + file, encoding: .utf8)
            for paragraph in text.split(separator: "\n") {
                let bytes = Array(paragraph.utf8)
                let boundaries = Set(Tokenizer.tokenRanges(of: bytes).flatMap { [$0.lowerBound, $0.upperBound] }).sorted()
                for cut in boundaries {
                    Self.expectValidSpans(String(decoding: bytes[..<cut], as: UTF8.self))
                    Self.expectValidSpans(String(decoding: bytes[cut...], as: UTF8.self))
                    cuts += 1
                }
            }
        }
        #expect(cuts > 1000)
    }

    @Test func emptyAndMarkOnlyTexts() {
        #expect(QuotationExtractor.analyze("").quotations.isEmpty)
        let marks = String(repeating: "“", count: 40) + "”" + String(repeating: "‘’", count: 10) + String(repeating: "\"", count: 31)
        let analysis = QuotationExtractor.analyze(marks)
        #expect(analysis.quotations.isEmpty)  // marks with no words are no quotation
    }

    /// A text that opens with an apposition's comma: the look for a name before it stops at the text's start.
    @Test func aTextOpeningWithACommaBeforeAnAppositionIsRead() {
        let analysis = QuotationExtractor.analyze(", the editor of the paper, Jo Hale, said the ferry was late.")
        #expect(analysis.quotations.map(\.text) == ["the ferry was late"])
        #expect(analysis.quotations.first?.speaker == "Jo Hale")
    }
}
