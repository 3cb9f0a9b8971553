@testable import Annotation
@testable import CorpusModel
import Foundation
@testable import QueryLanguage
@testable import Rendering
@testable import Shell
import Testing
@testable import TextAnalysis

/// The fast paths agree with the plain ones they replace: cursor walks with binary searches,
/// merge walks with per-row lookups, cut `terms` tables with full ones.
@Suite struct FastPathTests {
    let c = Fixtures.seeds

    @Test func cursorAgreesWithBinarySearch() {
        var rng = SplitMix(seed: 11)
        for _ in 0..<200 {
            // Random row starts, with repeats (rows without tokens) and long gaps.
            var starts: [UInt32] = [0]
            for _ in 0..<Int.random(in: 0..<60, using: &rng) {
                starts.append(starts.last! + UInt32([0, 0, 1, 2, 7, 40].randomElement(using: &rng)!))
            }
            let rows = TokenStarts(starts: FlatArray(starts), end: Int(starts.last!) + 5)
            let positions = (0..<Int.random(in: 0..<80, using: &rng)).map { _ in Int.random(in: 0..<rows.end, using: &rng) }.sorted()
            rows.withCursor { (cursor: inout TokenStarts.Cursor) in
                for t in positions {
                    let r = cursor.advance(to: t)
                    #expect(r == rows.row(of: t))
                    #expect(rows.tokens(r).contains(t))
                    #expect(cursor.nextStart == (r + 1 < rows.count ? rows.start(r + 1) : Int.max))
                }
            }
        }
    }

    @Test func showBeforeLimitOrTopMakesOnlyTheRowsKept() throws {
        let all = try Fixtures.table("sentences | show id, text | limit 1000000")
        let cut = try Fixtures.table("sentences | show id, text | limit 7")
        #expect(all.rows.count > 7 && cut.rows == Array(all.rows.prefix(7)))
        #expect(try Fixtures.table("sentences | show id, text | top 5").rows == Array(all.rows.prefix(5)))
        // A count column is sorted on by `top`: every row is made first.
        let groups = try Fixtures.table("sentences | group by source | show source, count")
        let top = try Fixtures.table("sentences | group by source | show source, count | top 2")
        let counts = groups.rows.map { Int($0[1].description)! }.sorted(by: >)
        #expect(groups.rows.count > 2 && top.rows.map { Int($0[1].description)! } == Array(counts.prefix(2)))
    }

    @Test func startsAreTheRowsTokens() {
        for s in 0..<c.sentenceCount { #expect(c.sentence(containingToken: c.tokens(ofSentence: s).lowerBound) == s || c.tokens(ofSentence: s).isEmpty) }
        for p in 0..<c.paragraphCount {
            let ss = c.sentences(ofParagraph: p)
            #expect(c.tokens(ofParagraph: p) == c.tokens(ofSentence: ss.lowerBound).lowerBound..<c.tokens(ofSentence: ss.upperBound - 1).upperBound)
        }
        for d in c.documents.indices { #expect(c.documentTokens.tokens(d) == c.documents[d].tokens) }
    }

    @Test func postingsWalkAgreesWithRowScans() throws {
        let tokens = c.index.tokens
        var rng = SplitMix(seed: 12)
        let units = [SentencesUnit.spec, ParagraphsUnit.spec, DocsUnit.spec]
        for _ in 0..<60 {
            // A random one- to three-word phrase from the text, or a pair of random words.
            let at = Int.random(in: 0..<(tokens.count - 3), using: &rng)
            let ids = Bool.random(using: &rng) ? Array(tokens[at..<(at + Int.random(in: 1...3, using: &rng))])
                                               : [tokens.randomElement(using: &rng)!, tokens.randomElement(using: &rng)!]
            for unit in units {
                let text = try #require(unit.text)
                let starts = text.tokenStarts!(c)
                let walked = ConditionMatcher.rowsHolding(ids, pivot: ids.count - 1, postings: c.index.positions(Int(ids.last!)),
                                                         tokens: tokens, rows: starts) {}
                let scanned = (0..<Int32(unit.count(c))).filter { r in
                    let span = text.tokens!(c, Int(r))
                    return span.count >= ids.count && (span.lowerBound...(span.upperBound - ids.count)).contains { p in
                        ids.indices.allSatisfy { tokens[p + $0] == ids[$0] }
                    }
                }
                #expect(walked == scanned, "\(unit.name) \(ids)")
            }
        }
    }

    @Test func groupWalkAgreesWithLookups() throws {
        for unit in ["sentences", "paragraphs", "docs"] {
            for filter in ["", " | filter \"Iran\"", " | filter \"restraint\" or \"Pakistan\""] {
                // `sort` takes the rows out of corpus order, so group looks documents up row by row.
                let a = try Fixtures.table("\(unit)\(filter) | group by source, doc")
                let b = try Fixtures.table("\(unit)\(filter) | sort by words | group by source, doc")
                #expect(a == b, "\(unit)\(filter)")
            }
        }
    }

    @Test func cutTermsAreTheFirstRowsOfAllTerms() throws {
        for source in ["terms", "sentences | filter \"Iran\" | terms", "docs | terms"] {
            let all = try Fixtures.table(source)
            for n in [1, 2, 5, 20, 37, 1000, all.rows.count + 3] {
                for verb in ["top", "limit"] {
                    let cut = try Fixtures.table("\(source) | \(verb) \(n)")
                    #expect(cut.rows == Array(all.rows.prefix(n)), "\(source) | \(verb) \(n)")
                }
            }
        }
    }

    @Test func nthLargest() {
        var rng = SplitMix(seed: 13)
        for _ in 0..<100 {
            let counts = (0..<Int.random(in: 0..<50, using: &rng)).map { _ in Int32.random(in: 1...6, using: &rng) }
            let n = Int.random(in: 1...10, using: &rng)
            #expect(TermsStage.nthLargest(counts, n) == (counts.count > n ? counts.sorted(by: >)[n - 1] : nil))
        }
    }
}
