@testable import Annotation
@testable import CorpusModel
import Foundation
@testable import QueryLanguage
@testable import Rendering
@testable import Shell
import Testing
@testable import TextAnalysis

/// Quotations, speakers and entities on the seeds, and on small texts written for each pattern.
@Suite struct QuoteTests {
    let c = Fixtures.seeds
    var a: Annotations { c.annotations }

    func quotes(in text: String) -> [Quotation] { QuotationExtractor.analyze(text).quotations }

    /// `crq bench`'s steps line times the extraction's two steps apart: they find what the extraction keeps, and
    /// the clock is read around each step of each document.
    @Test func stepTimesCoverWhatTheExtractionFinds() {
        var reads = 0
        let steps = Annotations.stageSeconds(c, clock: { reads += 1; return Double(reads) })
        #expect(steps.quotations == a.quotes.count && steps.quotations > 0)
        #expect(steps.claims == a.figures.count && steps.claims > 0)
        #expect(reads == 3 * c.documents.count)
        // each read of this clock is one second on: every step of every document is one second
        #expect(steps.analysis == Double(c.documents.count) && steps.figures == Double(c.documents.count))
    }

    @Test func dujarricIsOneSpeakerIn000And004() throws {
        let e = try #require(a.resolver.entityIndex(forName: "Dujarric"))
        let docs = Set(a.quotes.filter { $0.speaker == e }.map { c.documents[$0.document].shortID })
        #expect(docs == ["000", "004"])
        #expect(a.resolver.entityIndex(forName: "Stephane Dujarric") == e)
        #expect(a.resolver.entityIndex(forName: "UN Spokesperson Stéphane Dujarric") == e)
        #expect(a.entities[e].canonical == "Stéphane Dujarric")
        #expect(a.entities[e].roles.contains("UN Chief"))   // 002's contradictory title is kept
    }

    @Test func guterresVariantsMerge() throws {
        let e = try #require(a.resolver.entityIndex(forName: "Guterres"))
        #expect(a.resolver.entityIndex(forName: "Antonio Guterres") == e)
        #expect(a.resolver.entityIndex(forName: "UN Secretary-General António Guterres") == e)
        #expect(a.resolver.entityIndex(forName: "Dujarric") != e)
    }

    @Test func unpairedMarkIn002DoesNotSwallowTheArticle() throws {
        let d = 2
        let text = c.documentText(d)
        for q in a.quotes where q.document == d && q.quotation.kind != .indirect {
            // No quotation runs past the end of the paragraph it starts in.
            let slice = Fixtures.slice(text, q.quotation.start..<q.quotation.end)
            #expect(!slice.contains("\n"), "quotation at \(q.quotation.start) crosses a paragraph")
        }
        #expect(a.quotes.contains { $0.document == d && $0.quotation.text.hasPrefix("We hope the worst is over") })
    }

    @Test func ministryStatementIn004IsAttributedToTheMinistry() throws {
        let ministry = try #require(a.resolver.entityIndex(forName: "Pakistan Ministry of Foreign Affairs"))
        let statement = a.quotes.filter { $0.document == 4 && $0.quotation.kind == .direct && $0.quotation.text.contains("This morning, Pakistan undertook") }
        #expect(statement.count == 1)
        #expect(statement.first?.speaker == ministry)
        // The following paragraphs of the statement, too.
        #expect(a.quotes.contains { $0.document == 4 && $0.speaker == ministry && $0.quotation.text.contains("so-called Sarmachars") })
    }

    @Test func offsetsAreByteOffsetsIntoTheText() throws {
        for q in a.quotes where q.quotation.kind == .direct {
            let text = Array(c.documentText(q.document).unicodeScalars)
            let scalar = { c.scalarOffset(ofDocumentByte: $0, inDocument: q.document) }
            let (start, end) = (scalar(q.quotation.start), scalar(q.quotation.end))
            #expect(q.bytes == c.documents[q.document].bytes.lowerBound + q.quotation.start..<c.documents[q.document].bytes.lowerBound + q.quotation.end)
            let first = text[start], last = text[end - 1]
            // A direct quotation starts at its mark, or at a paragraph that continues a statement without one.
            let atParagraph = start == 0 || text[start - 1] == "\n"
            #expect("“\"‘'".unicodeScalars.contains(first) || atParagraph, "direct quote at \(start) does not start at a mark")
            #expect("”\"’'".unicodeScalars.contains(last) || end == text.count || text[end] == "\n")
        }
    }

    @Test func interruptedQuotationHasOneSpeaker() {
        let qs = quotes(in: "“We will not retreat,” the minister said, “and we will not attack first.”\n")
        let direct = qs.filter { $0.kind == .direct }
        #expect(direct.count == 1 && direct.first?.parts.count == 2)
        #expect(qs.allSatisfy { $0.speaker?.lowercased().contains("minister") == true })
    }

    @Test func reportedSpeechAndAccordingTo() {
        let qs = quotes(in: "Iran emphasized that it would not allow external enemies to harm relations. According to the ministry, the talks will resume.\n")
        let indirect = qs.filter { $0.kind == .indirect }
        #expect(indirect.contains { $0.speaker == "Iran" && $0.text.hasPrefix("it would not allow") })
        #expect(indirect.contains { $0.text.hasPrefix("the talks will resume") })
    }

    @Test func pronounResolvesToTheLastSpeaker() {
        let qs = quotes(in: "Foreign Minister Hakan Fidan said the talks were useful. “We are hopeful,” he added.\n")
        #expect(qs.contains { $0.kind == .direct && $0.speaker == "Hakan Fidan" && $0.cue == "added" })
    }

    @Test func hardNegatives() {
        // An operation name and a book title in marks are terms, not speech; apostrophes are not quotes.
        let qs = quotes(in: "The army launched Operation ‘Marg Bar Sarmachar’ on Thursday. Pakistan’s leaders read “War and Peace” at school.\n")
        #expect(!qs.contains { $0.kind == .direct })
        #expect(!qs.contains { $0.text.contains("s leaders") })
    }

    @Test func openingMarkNeverClosedStopsAtTheParagraph() {
        let qs = quotes(in: "The official said: “We hope the worst is over.\nA second paragraph that is not quoted at all.\n")
        #expect(qs.allSatisfy { !$0.text.contains("second paragraph") })
        #expect(qs.contains { $0.kind == .direct && $0.text.contains("We hope the worst is over") })
    }

    @Test func quotesUnitFieldsAndSpeakerVariants() throws {
        let viaVariant = try Fixtures.column("quotes | filter speaker = \"Stephane Dujarric\"", "id")
        let viaSurname = try Fixtures.column("quote by \"Dujarric\"", "id")
        #expect(viaVariant == viaSurname)
        #expect(viaVariant == ["000:3:2", "000:4:1", "004:21:1"])
        let kinds = Set(try Fixtures.column("quotes", "kind"))
        #expect(kinds == ["direct", "indirect", "term"])
    }

    /// A quotation's id is its sentence's locator, with `.N` for the sentence's Nth quotation: every
    /// quotation has its own, whatever rows a statement keeps, and `.show` opens it as its sentence.
    @Test func quotationIdsAreDistinctAndStable() throws {
        let ids = try Fixtures.column("quotes", "id")
        #expect(Set(ids).count == ids.count)
        // 000:2:1 reports Pakistan's announcement and holds three scare quotes.
        #expect(try Fixtures.column("quotes | filter doc = \"000\" | limit 5 | filter id ~ \"000:2:1\"", "id")
                == ["000:2:1", "000:2:1.2", "000:2:1.3", "000:2:1.4"])
        #expect(try Fixtures.column("quotes | filter kind = \"term\" and text = \"terrorist hideouts\"", "id") == ["000:2:1.3"])
        #expect(try c.resolve(locator: "000:2:1.3") == c.resolve(locator: "000:2:1"))
        #expect(throws: LocatorError.malformed("000:2:1.1")) { try c.resolve(locator: "000:2:1.1") }  // the first is 000:2:1
        #expect(throws: LocatorError.malformed("000:2:1.x")) { try c.resolve(locator: "000:2:1.x") }
    }
}
