@testable import Annotation
@testable import CorpusModel
import Foundation
@testable import QueryLanguage
@testable import Rendering
@testable import Shell
import Synchronization
import Testing
@testable import TextAnalysis

/// News-like text made up from pseudo-words (no article text): sentences, stock phrases, and
/// copies of passages with edits at a known rate.
private struct NewsText {
    var rng: SplitMix
    let words: [String]
    static let function = ["the", "of", "and", "to", "in", "a", "said", "that", "on", "for", "with", "by", "was", "is", "from"]
    /// Stock phrases that unrelated articles share.
    static let phrases = [
        "according to a statement released by", "in accordance with the principles of", "said in a statement on",
        "called on both sides to", "the two countries have", "the foreign ministry said", "in a press conference on",
        "at least two people were", "as tensions rose in the region", "officials told reporters that",
    ]

    init(seed: UInt64) {
        var rng = SplitMix(seed: seed)
        let syllables = "ka ri to me na lo su vi de ra po li ne sa ta mo ku fe ga hi jo be ze wu ya dro stan bal mir har zan kor tel".split(separator: " ")
        var seen = Set<String>(), list: [String] = []
        while list.count < 4000 {
            let w = (0..<Int.random(in: 2...4, using: &rng)).map { _ in String(syllables.randomElement(using: &rng)!) }.joined()
            if seen.insert(w).inserted { list.append(w) }
        }
        words = list
        self.rng = rng
    }

    /// A word: a function word a third of the time, else a content word with Zipf-like frequencies.
    mutating func word() -> String {
        if Double.random(in: 0..<1, using: &rng) < 0.33 { return Self.function.randomElement(using: &rng)! }
        let u = Double.random(in: 0..<1, using: &rng)
        return words[min(words.count - 1, Int(pow(Double(words.count), u)) - 1)]
    }

    /// A sentence of 8–20 words, a stock phrase inside one time in two; the last word carries the full stop.
    mutating func sentence() -> [String] {
        var s = (0..<Int.random(in: 8...20, using: &rng)).map { _ in word() }
        if Bool.random(using: &rng) {
            let phrase = Self.phrases.randomElement(using: &rng)!.split(separator: " ").map(String.init)
            s.insert(contentsOf: phrase, at: Int.random(in: 0...s.count, using: &rng))
        }
        s[0] = s[0].prefix(1).uppercased() + s[0].dropFirst()
        s[s.count - 1] += "."
        return s
    }

    mutating func sentences(_ range: ClosedRange<Int>) -> [[String]] { (0..<Int.random(in: range, using: &rng)).map { _ in sentence() } }

    /// The passage with `rate` of its words edited (an insertion, deletion or substitution each) and,
    /// one time in two, two neighbouring sentences swapped.
    mutating func edited(_ passage: [[String]], rate: Double) -> [[String]] {
        var sentences = passage
        if sentences.count >= 2 && Bool.random(using: &rng) {
            let i = Int.random(in: 0..<(sentences.count - 1), using: &rng)
            sentences.swapAt(i, i + 1)
        }
        let total = sentences.reduce(0) { $0 + $1.count }
        for _ in 0..<Int((Double(total) * rate).rounded()) {
            let s = Int.random(in: 0..<sentences.count, using: &rng)
            let i = Int.random(in: 0..<sentences[s].count, using: &rng)
            switch Int.random(in: 0..<3, using: &rng) {
            case 0: sentences[s].insert(word(), at: i)
            case 1 where sentences[s].count > 3:
                // A deleted last word leaves its full stop: an edit changes words, not where sentences end.
                if sentences[s].remove(at: i).hasSuffix("."), !sentences[s][i - 1].hasSuffix(".") { sentences[s][i - 1] += "." }
            default: sentences[s][i] = word() + (sentences[s][i].hasSuffix(".") ? "." : "")
            }
        }
        // Sentences still start with a capital after their first word is edited.
        for s in sentences.indices { sentences[s][0] = sentences[s][0].prefix(1).uppercased() + sentences[s][0].dropFirst() }
        return sentences
    }
}

/// A document being generated: its paragraphs and where the copied passage is, in words.
private struct GeneratedDocument {
    var paragraphs: [String] = []
    var words = 0
    var passage: Range<Int>? = nil

    mutating func add(_ sentences: [[String]], isPassage: Bool = false) {
        let start = words
        paragraphs.append(sentences.map { $0.joined(separator: " ") }.joined(separator: " "))
        words += sentences.reduce(0) { $0 + $1.count }
        if isPassage { passage = start..<words }
    }
}

@Suite struct ReuseTests {
    func table(_ s: String, on corpus: Corpus = Fixtures.seeds) throws -> Table {
        let relation = try Fixtures.run(s, on: corpus)
        return Materializer.table(relation, EvalContext(corpus: corpus), columns: relation.fieldNames)
    }

    func column(_ t: Table, _ name: String) throws -> [String] {
        let c = try #require(t.columnIndex(name))
        return t.rows.map { $0[c].description }
    }

    @Test func alignerFindsAnEditedCopyInsideUnrelatedText() throws {
        var aligner = BandedAligner()
        let a: [UInt32] = [90, 91, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 92, 93]
        let b: [UInt32] = [80, 1, 2, 3, 55, 5, 6, 7, 8, 9, 10, 81, 82]   // 4 substituted
        let full = Array(repeating: 0..<b.count, count: a.count)
        let found = try #require(a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in aligner.align(x, y, bands: full) } })
        #expect(found.a == 2..<12 && found.b == 1..<11 && found.matches == 9)
        // With a band that misses the diagonal, nothing of it is found.
        let off = Array(repeating: 10..<13, count: a.count)
        let none = a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in aligner.align(x, y, bands: off) } }
        #expect((none?.matches ?? 0) < 2)
    }

    /// Edits among a sentence's first words leave the local alignment short of its start; with the
    /// sentence starts known, the passage is taken to them when the words left out share enough.
    @Test func passageEndsKeepToTheirSentences() {
        let copy = (100..<120).map(UInt32.init)
        let x: [UInt32] = [50, 51, 60, 61] + copy, y: [UInt32] = [50, 51, 62, 63] + copy
        let z: [UInt32] = [70, 71, 72, 73] + copy  // nothing shared before the copy
        func passages(_ a: [UInt32], _ b: [UInt32], sentences: Bool) -> [LocalAlignment] {
            var aligner = PassageAligner()
            aligner.functionWords = (0..<200).map { $0 == 50 || $0 == 51 }  // as "the", "said": no chance match to grow on
            return a.withUnsafeBufferPointer { a in
                b.withUnsafeBufferPointer { b in aligner.passages(a, b, sentences: sentences ? ([0], [0]) : ([], [])) }
            }
        }
        #expect(passages(x, y, sentences: false).map(\.a) == [4..<24])
        let kept = passages(x, y, sentences: true)
        #expect(kept.map(\.a) == [0..<24] && kept.map(\.b) == [0..<24])
        #expect(kept.first?.matches == 22 && kept.first?.contentMatches == 20)
        #expect(passages(x, z, sentences: true).map(\.a) == [4..<24])
    }

    @Test func seedsAlignTheGuterresStatementWithItsEdits() throws {
        let t = try table("compare doc \"002\" with doc \"004\" on passages")
        let diffs = try column(t, "diff")
        let statement = try #require(diffs.first { $0.contains("good neighbo") || $0.contains("security concerns") })
        #expect(statement.contains("between [-Iran and Pakistan-] {+the two countries+}"))
        #expect(statement.contains("addressed [-by-] {+through+}"))
        #expect(diffs.contains { $0.hasPrefix("to exercise maximum restraint to avoid [-a-] further escalation of tensions") })
        // The passage crosses a paragraph: from the restraint call into the next paragraph's statement.
        let a = try column(t, "a"), b = try column(t, "b")
        let i = try #require(diffs.firstIndex(of: statement))
        #expect(a[i] == "002:7:2" && b[i] == "004:20:1")
        // The Marg Bar Sarmachar passage, with its spelling change.
        #expect(diffs.contains { $0.contains("[-Siestan-o-Baluchistan-] {+Sistan-o-Baluchistan+}") && $0.contains("Marg Bar Sarmachar") })
    }

    @Test func excludingSharedLeavesTheSharedWordsOut() throws {
        let with = try column(table("compare doc \"002\" with doc \"004\" on terms"), "term")
        let without = try column(table("compare doc \"002\" with doc \"004\" on terms excluding shared"), "term")
        #expect(with.contains("restraint") && with.contains("maximum"))
        #expect(!without.contains("restraint") && !without.contains("maximum"))
        // Words outside the shared passages still count.
        #expect(without.contains("guterres"))
    }

    @Test func passagesUnitClustersCopiesWithTheEarliestFirst() throws {
        let t = try table("passages | show cluster, doc, first, similarity")
        let clusters = try column(t, "cluster"), docs = try column(t, "doc"), firsts = try column(t, "first")
        let similarity = try column(t, "similarity").map { Double($0)! }
        #expect(Set(docs) == ["000", "002", "004"])
        for (i, c) in clusters.enumerated() {
            let first = try #require(clusters.firstIndex(of: c))
            #expect(docs[first] == firsts[i])
            #expect(i != first || similarity[i] == 1)
            #expect(similarity[i] > 0.3)
        }
    }

    /// Many articles from one outlet end with the same footer; two outlets share an edited passage.
    @Test func boilerplateOfOneOutletIsKeptApart() throws {
        var text = NewsText(seed: 7)
        let footer = text.sentences(2...2)
        let shared = text.sentences(3...3)
        var files: [String: String] = [:]
        var metadata = "file\tsource\tdate\n"
        for i in 0..<6 {
            var d = GeneratedDocument()
            d.add(text.sentences(3...5))
            if i == 2 { d.add(shared, isPassage: true) }
            if i == 5 { d.add(text.edited(shared, rate: 0.1), isPassage: true) }
            if i < 4 { d.add(footer) }
            files["d\(i).txt"] = d.paragraphs.joined(separator: "\n\n") + "\n"
            metadata += "d\(i).txt\t\(i < 4 ? "Daily Kite" : "Evening Star")\t2024-01-1\(i)\n"
        }
        files["metadata.tsv"] = metadata
        let corpus = try CorpusLoader().load(Fixtures.folder(text: files).path)
        #expect(Set(try column(table("boilerplate | show doc", on: corpus), "doc")) == ["d0", "d1", "d2", "d3"])
        let passages = try table("passages | show doc, first", on: corpus)
        #expect(try column(passages, "doc") == ["d2", "d5"])
        #expect(try column(passages, "first") == ["d2", "d2"])
    }

    /// A passage 24 outlets carry is held by too many documents to count as rare, yet it is reuse,
    /// not a stock phrase: one cluster with all 24.
    @Test func aPassageManyDocumentsCarryIsOneCluster() throws {
        var text = NewsText(seed: 11)
        let wire = text.sentences(3...3)
        var files: [String: String] = [:]
        var metadata = "file\tsource\tdate\n"
        for i in 0..<24 {
            var d = GeneratedDocument()
            d.add(text.sentences(2...4))
            d.add(i % 2 == 0 ? wire : text.edited(wire, rate: 0.05), isPassage: true)
            d.add(text.sentences(1...3))
            files["w\(i).txt"] = d.paragraphs.joined(separator: "\n\n") + "\n"
            metadata += "w\(i).txt\tOutlet \(i)\t2024-02-\(String(format: "%02d", i + 1))\n"
        }
        files["metadata.tsv"] = metadata
        let corpus = try CorpusLoader().load(Fixtures.folder(text: files).path)
        let t = try table("passages | show cluster, doc, first", on: corpus)
        let clusters = try column(t, "cluster"), docs = try column(t, "doc")
        let biggest = try #require(Dictionary(grouping: clusters.indices, by: { clusters[$0] }).values.max { $0.count < $1.count })
        #expect(Set(biggest.map { docs[$0] }) == Set((0..<24).map { "w\($0)" }))
        #expect(try column(t, "first")[biggest[0]] == "w0")
    }

    @Test func aCancelledStatementStopsTheSearchAndTheNextOneRedoesIt() throws {
        let corpus = try CorpusLoader().load(Fixtures.seedsPath)
        let cancelled = EvalContext(corpus: corpus, isCancelled: { true })
        #expect(throws: QueryError.self) { try Evaluator.run("passages | count", in: cancelled) }
        let counts = try Fixtures.column("passages | count", "count", on: corpus)
        #expect(counts == [String(corpus.reuseCounts.copies - corpus.reuseClusters.boilerplateMembers.count)])
        #expect(counts != ["0"])
    }

    @Test func aStoppedSearchKeepsNothing() throws {
        let c = Fixtures.seeds
        let input = ReuseClusters.Input(tokens: c.index.tokens, documents: c.documents.map(\.tokens), byDate: Array(c.documents.indices),
                                        sources: c.documents.map { _ in -1 })
        #expect(ReuseClusters.build(input, unlessStopped: { true }) == nil)
        #expect(ReuseClusters.build(input, unlessStopped: { false }) != nil)
    }

    @Test func theSearchReportsItsProgressInThousandths() throws {
        let c = Fixtures.seeds
        let input = ReuseClusters.Input(tokens: c.index.tokens, documents: c.documents.map(\.tokens), byDate: Array(c.documents.indices),
                                        sources: c.documents.map { _ in -1 })
        let seen = Mutex<[Int]>([])
        #expect(ReuseClusters.build(input, unlessStopped: { false }, progress: { p in seen.withLock { $0.append(p) } }) != nil)
        let values = seen.withLock { $0 }
        #expect(values.first == 0 && values.allSatisfy { (0...1000).contains($0) })
        // Every stage is reported: the index, the alignments (from 400) and the clustering (from 900).
        #expect(values.contains { (400..<900).contains($0) } && values.contains { $0 >= 900 })
    }

    @Test func aSortInPiecesSortsAndStops() {
        var rng = SplitMix(seed: 3)
        let items = (0..<50_000).map { _ in Int.random(in: 0..<1_000_000, using: &rng) }
        var sorted = items
        #expect(ReuseClusters.sortInPieces(&sorted, buckets: 12, bucket: { $0 * 12 / 1_000_000 }, by: <, stop: { false }))
        #expect(sorted == items.sorted())
        var stopped = items
        #expect(!ReuseClusters.sortInPieces(&stopped, buckets: 12, bucket: { $0 * 12 / 1_000_000 }, by: <, stop: { true }))
        #expect(stopped == items)
    }

    /// Edited copies embedded in unrelated text: recall of the copies per edit rate, precision
    /// against articles that share only stock phrases, and spans within three words of the truth.
    /// Measured on three seeds; the worst figures must meet the issue's targets.
    @Test func generatedEditedCopiesAreFoundAndNothingElse() throws {
        let rates = [0.0, 0.05, 0.1, 0.15, 0.2]
        var worstPrecision = 1.0, worstRecall = rates.map { _ in 1.0 }
        for seed: UInt64 in [20240117, 7_731, 415_926] {
            let (precision, recall) = try measureReuse(seed: seed, rates: rates)
            print("reuse seed \(seed): precision \(precision), recall " + zip(rates, recall).map { "\(Int($0 * 100)) %: \($1)" }.joined(separator: ", "))
            worstPrecision = min(worstPrecision, precision)
            worstRecall = zip(worstRecall, recall).map { min($0, $1) }
        }
        #expect(worstPrecision >= 0.95, "precision \(worstPrecision)")
        // The issue's goal at every rate (worst of the three seeds measured: 1.0, 0.96, 1.0, 1.0, 1.0).
        for (rate, recall) in zip(rates, worstRecall) {
            #expect(recall >= 0.95, "recall \(recall) at \(Int(rate * 100)) % edited words")
        }
    }

    /// Precision and recall per rate (both copies in one cluster, each span within three words of
    /// the truth) on text made from `seed`.
    func measureReuse(seed: UInt64, rates: [Double]) throws -> (precision: Double, recall: [Double]) {
        var text = NewsText(seed: seed)
        let perRate = 24
        var documents: [GeneratedDocument] = []
        var pairs: [(a: Int, b: Int, rate: Double)] = []
        for rate in rates {
            for _ in 0..<perRate {
                let passage = text.sentences(3...5)
                var a = GeneratedDocument(), b = GeneratedDocument()
                a.add(text.sentences(2...6))
                a.add(passage, isPassage: true)
                a.add(text.sentences(1...5))
                b.add(text.sentences(2...6))
                b.add(text.edited(passage, rate: rate), isPassage: true)
                b.add(text.sentences(1...5))
                pairs.append((documents.count, documents.count + 1, rate))
                documents += [a, b]
            }
        }
        // Unrelated articles sharing only the stock phrases.
        for _ in 0..<120 {
            var d = GeneratedDocument()
            d.add(text.sentences(4...10))
            documents.append(d)
        }
        var files: [String: String] = [:]
        var metadata = "file\tsource\tdate\n"
        for (i, d) in documents.enumerated() {
            let name = String(format: "g%04d.txt", i)
            files[name] = d.paragraphs.joined(separator: "\n\n") + "\n"
            metadata += "\(name)\tOutlet \(i % 7)\t2024-\(String(format: "%02d", 1 + i % 12))-\(String(format: "%02d", 1 + i % 28))\n"
        }
        files["metadata.tsv"] = metadata
        let corpus = try CorpusLoader().load(Fixtures.folder(text: files).path)
        let index = Dictionary(uniqueKeysWithValues: corpus.documents.enumerated().map { ($0.element.id, $0.offset) })
        func doc(_ i: Int) -> Int { index[String(format: "g%04d", i)]! }
        let clusters = corpus.reuseClusters

        // Precision: every member lies on a copied passage.
        var truth: [Int: Range<Int>] = [:]
        for (i, d) in documents.enumerated() {
            if let p = d.passage {
                let base = corpus.documents[doc(i)].tokens.lowerBound
                truth[doc(i)] = (base + p.lowerBound)..<(base + p.upperBound)
            }
        }
        let members = clusters.members
        let correct = members.filter { m in truth[Int(m.document)].map { $0.overlaps(m.tokens) } ?? false }.count
        let precision = members.isEmpty ? 0 : Double(correct) / Double(members.count)

        func near(_ m: ReuseClusters.Member, _ t: Range<Int>) -> Bool {
            abs(m.tokens.lowerBound - t.lowerBound) <= 3 && abs(m.tokens.upperBound - t.upperBound) <= 3
        }
        let recall = rates.map { rate in
            let ofRate = pairs.filter { $0.rate == rate }
            let found = ofRate.filter { p in
                let (da, db) = (doc(p.a), doc(p.b))
                return members.indices.contains { i in
                    guard Int(members[i].document) == da, near(members[i], truth[da]!) else { return false }
                    return clusters.members(of: Int(clusters.clusterOfMember[i])).contains {
                        Int(members[$0].document) == db && near(members[$0], truth[db]!)
                    }
                }
            }
            return Double(found.count) / Double(ofRate.count)
        }
        return (precision, recall)
    }
}
