@testable import Annotation
@testable import CorpusModel
import Foundation
@testable import QueryLanguage
@testable import Rendering
@testable import Shell
import Testing
@testable import TextAnalysis

/// The seed articles: $CRQ_SEEDS, or seeds/ (or shared/seeds/) in a folder above this file.
struct SeedTests {
    static let folder: URL? = {
        if let path = ProcessInfo.processInfo.environment["CRQ_SEEDS"] { return URL(fileURLWithPath: path) }
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        for _ in 0..<6 {
            for candidate in ["seeds", "../shared/seeds", "shared/seeds"] {
                let url = dir.appendingPathComponent(candidate)
                if FileManager.default.fileExists(atPath: url.appendingPathComponent("000_ba6514e35100d3d6.txt").path) { return url }
            }
            dir.deleteLastPathComponent()
        }
        return nil
    }()

    static func seed(_ prefix: String) throws -> String {
        let folder = try #require(folder)
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasPrefix(prefix) })
        return try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    private func slice(_ text: String, _ q: Quotation) -> String { Fixtures.slice(text, q.start..<q.end) }

    @Test func dujarricHasOneCanonicalSpeakerIn000And004() throws {
        let texts = [try Self.seed("000"), try Self.seed("004")]
        let analyses = texts.map { QuotationExtractor.analyze($0) }
        let resolver = EntityResolver(analyses)
        var indexes = Set<Int>()
        for (d, analysis) in analyses.enumerated() {
            for (q, quotation) in analysis.quotations.enumerated() where quotation.kind == .direct {
                if WordKey.string(quotation.speaker ?? "").contains("dujarric") {
                    indexes.insert(try #require(resolver.speakerIndex(doc: d, quotation: q)))
                }
            }
        }
        #expect(indexes.count == 1)
        let entity = resolver.entities[try #require(indexes.first)]
        #expect(entity.canonical == "Stéphane Dujarric")
        #expect(resolver.entityIndex(forName: "Dujarric") == indexes.first)
        #expect(resolver.entityIndex(forName: "Stephane Dujarric") == indexes.first)
        // Each document quotes him directly once.
        let perDoc = analyses.map { $0.quotations.filter { $0.kind == .direct && ($0.speaker ?? "").hasSuffix("Dujarric") }.count }
        #expect(perDoc == [1, 1])
    }

    @Test func unpairedMarkIn002DoesNotSwallowTheArticle() throws {
        let text = try Self.seed("002")
        let quotations = QuotationExtractor.analyze(text).quotations
        let stray = try #require(quotations.first { $0.kind == .direct && $0.text.hasPrefix("A number of terrorists") })
        #expect(slice(text, stray).hasSuffix("Sarmachar,”"))
        #expect(stray.speaker == "Pakistan Ministry of Foreign Affairs")
        // The code name it holds is a term ending at the same mark.
        #expect(quotations.contains { $0.kind == .term && $0.end == stray.end && $0.text.hasPrefix("Marg Bar Sarmachar") })
        // Later quotations are still found, with their own speakers.
        let guterres = quotations.filter { $0.start > stray.end && $0.speaker == "Antonio Guterres" }
        #expect(guterres.count >= 4)
        #expect(quotations.allSatisfy { Fixtures.scalarOffset(text, $0.end) - Fixtures.scalarOffset(text, $0.start) < 600 })
    }

    @Test func ministryStatementOverParagraphsIn004() throws {
        let text = try Self.seed("004")
        let quotations = QuotationExtractor.analyze(text).quotations
        let statement = quotations.filter { $0.kind == .direct && (5000..<7000).contains(Fixtures.scalarOffset(text, $0.start)) }
        #expect(statement.count == 3)
        #expect(statement.allSatisfy { $0.speaker == "Pakistan Ministry of Foreign Affairs" && $0.speakerKind == .organisation })
        // One quotation over two paragraphs: the first piece has no closing mark and ends with its
        // paragraph; the second has no opening mark.
        let pieces = statement[0].pieces
        try #require(pieces.count == 2)
        #expect(Fixtures.slice(text, pieces[0]).hasSuffix("Sarmachar.’"))
        #expect(Fixtures.slice(text, pieces[1]).hasPrefix("However"))
    }

    @Test func seedsTogether() throws {
        var direct = 0, indirect = 0, term = 0
        for prefix in ["000", "001", "002", "003", "004"] {
            for q in QuotationExtractor.analyze(try Self.seed(prefix)).quotations {
                switch q.kind {
                case .direct: direct += 1
                case .indirect: indirect += 1
                case .term: term += 1
                }
            }
        }
        #expect(direct >= 20 && indirect >= 35 && term >= 15)
        // 001 has no quotation marks: only reported speech.
        #expect(QuotationExtractor.analyze(try Self.seed("001")).quotations.allSatisfy { $0.kind == .indirect })
    }
}
