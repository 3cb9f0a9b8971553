@testable import Annotation
@testable import CorpusModel
import Foundation
@testable import QueryLanguage
@testable import Rendering
@testable import Shell
import Testing
@testable import TextAnalysis

/// compare on the seeds: content, not only shape.
@Suite struct CompareTests {
    func table(_ s: String) throws -> Table { try Fixtures.table(s) }

    func rows(_ t: Table, where column: String, is value: String) -> [[String: String]] {
        let c = t.columnIndex(column)!
        return t.rows.filter { $0[c].description == value }.map { row in
            Dictionary(uniqueKeysWithValues: zip(t.columns.map(\.name), row.map(\.description)))
        }
    }

    @Test func g2MatchesAHandComputation() throws {
        let t = try table("compare doc \"000\" with doc \"004\"")
        let row = try #require(rows(t, where: "term", is: "parties").first)
        #expect(row["count_a"] == "4" && row["count_b"] == "0" && row["total_a"] == "586" && row["total_b"] == "1139")
        // Dunning: E1 = A(a+b)/(A+B), E2 = B(a+b)/(A+B), G² = 2 Σ o ln(o/E), 0 ln 0 = 0.
        let a = 4.0, b = 0.0, A = 586.0, B = 1139.0
        let e1 = A * (a + b) / (A + B)
        let g2 = 2 * a * log(a / e1)  // b = 0 adds 0 ln 0 = 0
        #expect(abs(Double(row["g2"]!)! - g2) < 0.0001)
        #expect(abs(g2 - 8.6373) < 0.0001)
        // p from chi-square with one degree of freedom; log ratio with 0.5 for the zero count.
        #expect(abs(Double(row["p"]!)! - erfc(sqrt(g2 / 2))) < 0.0001)
        #expect(abs(Double(row["log_ratio"]!)! - log2((a / A) / (0.5 / B))) < 0.0001)
        #expect(row["key_for"] == "000")
    }

    @Test func twoWordPhrasesAreTermsToo() throws {
        let t = try table("compare source \"Brussels Morning\" with rest")
        let row = try #require(rows(t, where: "term", is: "brussels morning").first)
        #expect(row["count_a"] == "4" && row["count_b"] == "0" && row["key_for"] == "Brussels Morning")
        // Stop words never form a phrase.
        #expect(!t.rows.contains { $0[0].description.split(separator: " ").contains { StopWords.english.contains(String($0)) } })
    }

    @Test func kirbysRemarksMatchAcross000And004WithTheDifferingWords() throws {
        let t = try table("compare doc \"000\" with doc \"004\" on quotes")
        let kirby = rows(t, where: "match", is: "both").filter { $0["speaker_a"] == "John Kirby" && ($0["text"] ?? "").contains("South Asia and Central Asia") }
        let row = try #require(kirby.first)
        #expect(row["a"] == "000:5:1" && row["b"] == "004:19:2")
        #expect(row["attribution"] == "same")
        #expect(row["text"]!.contains("[-") && row["text"]!.contains("{+"))
        #expect(row["text"]!.contains("{+to avoid a certain+}"))
    }

    @Test func guterresStatementIsMatchedAndItsAttributionFlagged() throws {
        let t = try table("compare doc \"002\" with doc \"004\" on quotes")
        let differs = rows(t, where: "attribution", is: "differs")
        let row = try #require(differs.first { ($0["text"] ?? "").lowercased().contains("security concerns") })
        #expect(row["speaker_a"] == "António Guterres")
        #expect(row["speaker_b"] == "Stéphane Dujarric")
        #expect(row["a"] == "002:8:1" && row["b"] == "004:21:1")
    }

    @Test func aDocumentWithItselfHasNoKeywords() throws {
        let c = Fixtures.seeds
        var counts: [Int: Int] = [:]
        for t in c.tokens(ofDocument: 0) { counts[Int(c.index.tokens[t]), default: 0] += 1 }
        let total = c.tokens(ofDocument: 0).count
        #expect(Keyness.compare(counts, counts, totalA: total, totalB: total, minimumFrequency: 1).isEmpty)
        // And the statement says so instead of printing an empty table.
        #expect(throws: QueryError.self) { try Fixtures.run("compare doc \"000\" with doc \"000\"") }
    }

    @Test func passagesByDocumentAreClustersCarriedByTwoDocuments() throws {
        let t = try table("compare by doc on passages")
        let carried = t.rows.map { $0[t.columnIndex("carried_by")!].description }
        #expect(carried.contains("002; 004") && carried.contains("000; 004"))
        #expect(t.rows.allSatisfy { Int($0[t.columnIndex("groups")!].description)! >= 2 })
    }

    @Test func speakersMatrixCountsAddUp() throws {
        let t = try table("compare by source on speakers")
        let quoted = try Fixtures.column("quotes | filter speaker != \"\" | count", "count")
        let total = t.rows.reduce(0) { $0 + Int($1[t.columnIndex("total")!].description)! }
        #expect(String(total) == quoted.first)
        let onlyBrussels = rows(t, where: "only", is: "Brussels Morning").map { $0["speaker"]! }
        #expect(onlyBrussels.contains("Nasser Kanani"))
    }

    @Test func badSets() throws {
        func message(_ s: String) -> String? {
            do { _ = try Fixtures.run(s); return nil } catch let e as QueryError { return e.message } catch { return nil }
        }
        #expect(message("compare source \"Nope\" with rest") == "no outlet 'Nope'")
        #expect(message("compare (sentences | filter \"zzzz\") with rest")?.contains("is empty") == true)
        #expect(message("compare source \"I\" with rest")?.contains("more than one outlet") == true)
    }
}

/// `compare by KEY on quotes`: every group's quotations against one grouping into statements.
@Suite struct CompareByKeyQuotesTests {
    @Test func renderingsOfOneStatementShareAStatementAndOthersDoNot() throws {
        let texts = [
            "We urge both sides to exercise maximum restraint and avoid any further escalation of tensions in the region.",
            "We urge both sides to exercise maximum restraint and avoid any escalation.",              // truncated and reworded
            "The harvest this year was the largest the farmers of the valley can remember.",          // unrelated
            "We urge both sides to exercise maximum restraint and avoid any further escalation of tensions in the region.",
            "Yes, indeed.",                                                                            // no content to match on
            "The harvest this year was the largest the valley farmers could remember.",
        ]
        let built = StatementClusters(texts.map { QuoteRendering($0, speaker: "Ana Lind") }, unlessStopped: { false })
        let clusters = try #require(built)
        #expect(clusters.statement[0] == 0 && clusters.statement[1] == 0 && clusters.statement[3] == 0)
        #expect(clusters.statement[2] == 1 && clusters.statement[5] == 1)
        #expect(clusters.statement[4] == nil || clusters.statement[4]! >= 2)
        #expect(clusters.first.prefix(2) == [0, 2])
    }

    @Test func aLongerRenderingWithWordsOfItsOwnJoinsTheShorterStatement() throws {
        // The longer rendering's rarest words are its own: it must still be looked up by a word it shares.
        let texts = [
            "We do not want an escalation in the region and across the border.",
            "We want to avoid a certain escalation in the region and across the border. Additionally, we are in contact with our counterparts in the capital and the provinces every day.",
        ]
        let built = StatementClusters(texts.map { QuoteRendering($0, speaker: "Ana Lind") }, unlessStopped: { false })
        let clusters = try #require(built)
        #expect(clusters.statement[0] == 0 && clusters.statement[1] == 0)
    }

    @Test func blocksMatchedAtOnceGroupAsOnePassInOrderDoes() throws {
        // Variants of a few statements (words dropped, swapped, truncated) by a few speakers, from a fixed generator.
        let words = ["harvest", "valley", "farmers", "river", "bridge", "council", "budget", "school", "winter", "railway",
                     "market", "prices", "workers", "strike", "hospital", "nurses", "drought", "wells", "village", "mayor"]
        var seed: UInt64 = 42
        func next(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int(seed >> 33) % n
        }
        let bases = (0..<12).map { _ in (0..<(5 + next(8))).map { _ in words[next(words.count)] } }
        let renderings = (0..<600).map { _ -> QuoteRendering in
            var text = bases[next(bases.count)]
            for _ in 0..<next(3) where text.count > 3 { text.remove(at: next(text.count)) }
            if next(4) == 0 { text[next(text.count)] = words[next(words.count)] }
            return QuoteRendering(text.joined(separator: " "), speaker: ["Ana Lind", "Bo Berg", "?"][next(3)])
        }
        let one = StatementClusters(renderings, blockSize: 1, unlessStopped: { false })
        let single = try #require(one)
        // Renderings that joined a statement they are not a word-for-word copy of: the grouping is not trivial.
        let joined = single.statement.indices.filter { i in
            single.statement[i].map { single.first[Int($0)] != i && single.words[single.first[Int($0)]] != single.words[i] } ?? false
        }
        #expect(joined.count > 100 && single.first.count > 12)
        for size in [7, 64, 4096] {
            let built = StatementClusters(renderings, blockSize: size, unlessStopped: { false })
            let blocked = try #require(built)
            #expect(blocked.statement == single.statement, "block size \(size)")
            #expect(blocked.first == single.first, "block size \(size)")
        }
    }

    @Test func everyQuotationIsListedOnceUnderItsGroupWithAMatchFromAnotherGroup() throws {
        guard case let .table(t) = try Fixtures.run("compare by doc on quotes") else { Issue.record("not a table"); return }
        let c = Fixtures.seeds, a = c.annotations
        let speech = a.quotes.indices.filter { a.quotes[$0].quotation.kind != .term }
        let col = { (name: String) in t.columnIndex(name)! }
        #expect(t.rows.count == speech.count)
        let both = t.rows.filter { $0[col("match")].description == "both" }
        #expect(both.count >= 10)
        for row in both {
            // a is in its group's document, b in another's.
            #expect(row[col("a")].description.hasPrefix(row[col("group")].description + ":") || row[col("group")].description.count > 3)
            #expect(row[col("a")].description.prefix(3) != row[col("b")].description.prefix(3))
            // Dice over both renderings: low when b is a long statement a quotes a few words of.
            let similarity = Double(row[col("similarity")].description)!
            #expect(similarity > 0.2 && similarity <= 1)
        }
        // Kirby's remark, carried by 000 and 004, is matched from both sides.
        let kirby = both.filter { $0[col("text")].description.contains("South Asia and Central Asia") }
        #expect(Set(kirby.map { $0[col("a")].description.prefix(3) }) == ["000", "004"])
    }

    /// Two speakers quoted in one sentence: `quotes | compare by speaker` keeps each quotation under its
    /// own speaker (it went to whichever group came last for the sentence), and so do the counts on speakers.
    @Test func groupsOfQuotationsSharingASentenceKeepEachUnderItsOwnKey() throws {
        let corpus = try CorpusLoader().load(Fixtures.folder(text: [
            "a.txt": "Harbour\n\nJo Hale said the pier was safe, but Ed Roe said the pier would fall into the sea.\n",
            "b.txt": "Pier\n\n“We have checked every beam twice,” Jo Hale said.\n",
        ]).path)
        let quotes = try Fixtures.table("quotes | compare by speaker | show group, a", on: corpus)
        #expect(Set(quotes.rows.map { $0.map(\.description) }) == [["Ed Roe", "a:2:1.2"], ["Jo Hale", "a:2:1"], ["Jo Hale", "b:2:1"]])
        let speakers = try Fixtures.table("quotes | compare by speaker on speakers", on: corpus)
        let roe = try #require(speakers.columnIndex("Ed Roe")), hale = try #require(speakers.columnIndex("Jo Hale"))
        #expect(Set(speakers.rows.map { [$0[0], $0[roe], $0[hale]].map(\.description) }) == [["Jo Hale", "0", "2"], ["Ed Roe", "1", "0"]])
    }
}
