@testable import Annotation
@testable import CorpusModel
import Foundation
@testable import QueryLanguage
import Testing

/// The annotations kept beside a snapshot: a reopened corpus reads them instead of extracting them,
/// with output identical to a fresh extraction; a bad file is said in one line and made again.
@Suite struct SnapshotAnnotationTests {
    typealias Store = SnapshotTests.Store

    /// Every field of every annotation unit, as text.
    static let statements = [
        "quotes | show id, kind, speaker, as_written, cue, text, start, end, parts",
        "speakers | show name, kind, roles, quotes, mentions, docs, variants, sources",
        "entities | show name, kind, roles, quotes, mentions, docs, variants, sources",
        "figures | show id, value, unit, hedge, happening, counted, part, place, agent, event, time, given_by, headline, quantity, status, amount, low, high, text",
        "quantities", "quotes | filter speaker = \"Kirby\" | count", "compare by source on speakers", "quotes | group by speaker",
    ]

    static func outputs(_ c: Corpus, _ statements: [String] = statements) throws -> [String] {
        try statements.map { statement in
            let relation = try Fixtures.run(statement, on: c)
            let table = Materializer.table(relation, EvalContext(corpus: c), columns: relation.fieldNames)
            return table.rows.map { $0.map(\.description).joined(separator: "\t") }.joined(separator: "\n")
        }
    }

    /// The identity of the file at `path` (it changes when the file is written anew).
    static func inode(_ path: String) -> UInt64? {
        var info = stat()
        return stat(path, &info) == 0 ? UInt64(info.st_ino) : nil
    }

    /// Indexes `dir`, extracts its annotations (which keeps them), reopens it and compares.
    func keptAndReopened(_ dir: URL, store: Store = Store()) throws -> (built: Corpus, reopened: Corpus, path: String) {
        let built = try store.index(dir.path)
        let expected = try Self.outputs(built.corpus)
        let companion = try #require(built.corpus.companion)
        #expect(companion.path == SnapshotCompanion.path(ofSnapshot: built.path, build: store.store.build))
        let file = try #require(Self.inode(companion.path), "the annotations were not written beside the snapshot")
        let reopened = try store.index(dir.path)
        #expect(!reopened.written)
        #expect(!reopened.corpus.hasAnnotations)
        #expect(try Self.outputs(reopened.corpus) == expected)
        #expect(Self.inode(companion.path) == file, "the reopened corpus extracted its annotations again")
        #expect(store.said.isEmpty)
        return (built.corpus, reopened.corpus, companion.path)
    }

    @Test func theSeedsAnnotationsAreReadBack() throws {
        let (built, reopened, _) = try keptAndReopened(try SnapshotTests.corpusFolder())
        let (a, b) = (built.annotations, reopened.annotations)
        #expect(a.quotes.count > 50 && a.quotes.count == b.quotes.count && a.figures.count == b.figures.count)
        for (x, y) in zip(a.quotes, b.quotes) {
            #expect(x.quotation == y.quotation && x.document == y.document && x.speaker == y.speaker && x.members == y.members && x.bytes == y.bytes)
        }
        #expect(zip(a.figures, b.figures).allSatisfy { $0.claim == $1.claim && $0.bytes == $1.bytes && $0.quantity == $1.quantity })
        #expect(a.entities.map(\.canonical) == b.entities.map(\.canonical) && a.resolver.variants == b.resolver.variants)
        #expect(a.documents == b.documents && a.speakers == b.speakers && a.entityOrder == b.entityOrder && a.outlets == b.outlets)
        for name in ["Kirby", "john kirby", "Dujarric", "Pakistani Foreign Ministry", "nobody at all"] {
            #expect(a.resolver.entityIndex(forName: name) == b.resolver.entityIndex(forName: name))
        }
    }

    /// A corpus of many outlets (names, places, dates and numbers varied; sentences written for this test).
    @Test func aVariedCorpusReadsTheSame() throws {
        let given = ["Mara", "Jon", "Ilse", "Tomas", "Rhea", "Piet"], family = ["Quill", "Ostrander", "Vey", "Lindqvist", "Abara"]
        let roles = ["the regional minister", "a police spokeswoman", "the mayor", "an aid worker"]
        let places = ["Norvale", "the old port", "Kestrel Bay", "the border towns", "Ardmoor", "the river delta"]
        let events = ["were killed", "were injured", "were arrested", "were displaced"]
        var files: [String: String] = [:], metadata = ["file\tsource\tdate"]
        for d in 0..<150 {
            var paragraphs: [String] = []
            for k in 0..<6 {
                let n = d &* 37 &+ k &* 11
                let who = "\(given[n % 6]) \(family[(n / 6) % 5])", other = "\(given[(n + 1) % 6]) \(family[(n / 6 + 2) % 5])"
                paragraphs.append("“We will rebuild \(places[n % 6]) before the winter,” said \(who), \(roles[n % 4]). "
                                  + "\(other) and \(who) said the ferries would run again by May. "
                                  + "At least \(n % 40 + 3) people \(events[(n / 3) % 4]) in \(places[(n + d) % 6]) on Monday, \(family[n % 5]) said. "
                                  + "\(family[(n / 6) % 5]) told reporters that the plan would cost \(n % 90 + 10) million dollars.")
            }
            files["a\(d).txt"] = paragraphs.joined(separator: "\n\n")
            metadata.append("a\(d).txt\tOutlet \(d % 17)\t2024-03-\(String(format: "%02d", d % 28 + 1))")
        }
        files["metadata.tsv"] = metadata.joined(separator: "\n") + "\n"
        let (built, reopened, _) = try keptAndReopened(Fixtures.folder(text: files))
        #expect(built.annotations.quotes.count > 1000 && built.annotations.quantities.count > 20)
        // joint speakers ("Rhea Vey and Jon Quill said") and their members read back
        let members = built.annotations.quotes.map(\.members)
        #expect(members.filter { $0.count == 2 }.count > 500)
        #expect(reopened.annotations.quotes.map(\.members) == members)
    }

    /// Opens `dir` after `damage` has been done to its kept annotations: one line, a new extraction
    /// (the same output), and the file written again.
    func afterDamage(_ damage: (inout [UInt8]) -> Void, says expected: String) throws {
        let dir = try SnapshotTests.corpusFolder()
        let store = Store()
        let (built, _, path) = try keptAndReopened(dir, store: store)
        let url = URL(fileURLWithPath: path)
        var bytes = [UInt8](try Data(contentsOf: url))
        damage(&bytes)
        try Data(bytes).write(to: url)
        let again = try store.index(dir.path).corpus
        #expect(try Self.outputs(again) == Self.outputs(built))
        #expect(store.said == ["\(path): \(expected); rebuilding it"])
        let fixed = try store.index(dir.path).corpus
        #expect(fixed.companion?.read { bytes throws(SnapshotProblem) in try Annotations(decoding: bytes, of: fixed) }?.quotes.count == built.annotations.quotes.count)
        #expect(store.said.count == 1)
    }

    @Test func truncatedAnnotations() throws {
        try afterDamage({ $0.removeLast($0.count / 2) }, says: "snapshot truncated")
        try afterDamage({ $0.removeLast($0.count - 20) }, says: "snapshot truncated")
        try afterDamage({ $0.removeAll() }, says: "not a crq snapshot")
    }

    @Test func bitFlippedAnnotations() throws {
        try afterDamage({ $0[SnapshotCompanion.headerSize + 40] ^= 0x04 }, says: "snapshot corrupt (its annotations fail their checksum)")
        try afterDamage({ $0[$0.count - 1] ^= 0x80 }, says: "snapshot corrupt (its annotations fail their checksum)")
        try afterDamage({ $0[28] ^= 0x01 }, says: "snapshot corrupt (its header fails its checksum)")
    }

    /// `bytes` (a kept annotations file) with its header rewritten as `change` says and its checksums made right.
    static func resealed(_ bytes: [UInt8], _ change: (inout [UInt8]) -> Void) -> [UInt8] {
        var header = Array(bytes[0..<SnapshotCompanion.headerSize])
        change(&header)
        let payload = Array(bytes[SnapshotCompanion.headerSize...])
        func u64(_ at: Int) -> UInt64 { header.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: at, as: UInt64.self) } }
        var out = SnapshotCompanion.header(payload: payload, snapshot: u64(24), build: u64(32))
        out.replaceSubrange(8..<12, with: header[8..<12])
        let check = out[0..<48].withUnsafeBytes { SnapshotChecksum.hash($0, seed: 0xA770) }
        withUnsafeBytes(of: check.littleEndian) { out.replaceSubrange(48..<56, with: $0) }
        return out + payload
    }

    @Test func foreignOldAndOtherSnapshotsAnnotations() throws {
        try afterDamage({ $0 = Array("some other file that happens to sit here\n".utf8) }, says: "not a crq snapshot")
        try afterDamage({ $0 = Self.resealed($0) { $0[8] = 9 } },
                        says: "snapshot made by another version of crq (annotations format 9; this crq reads format \(SnapshotCompanion.version))")
        try afterDamage({ $0 = Self.resealed($0) { $0[24] ^= 1 } }, says: "snapshot out of date (its snapshot was rebuilt)")
        try afterDamage({ $0 = Self.resealed($0) { $0[32] ^= 1 } }, says: "snapshot made by another build of crq")
        // Resealed but damaged inside: the decoder's checks say so.
        try afterDamage({ bytes in
            bytes = Self.resealed(Array(bytes[0..<(bytes.count - 9)]) + [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01]) { _ in }
        }, says: "snapshot corrupt (a quotation in its annotations is damaged)")
    }

    /// The annotations of one corpus beside the snapshot of another are out of date, and a rebuilt
    /// snapshot drops the annotations of the old one.
    @Test func annotationsOfAnotherCorpusOrSnapshot() throws {
        let store = Store()
        let (_, _, path) = try keptAndReopened(try SnapshotTests.corpusFolder(), store: store)
        let other = Fixtures.folder(text: ["a.txt": "“We will talk,” the minister said. Officials said 12 people died.\n"])
        let built = try store.index(other.path)
        let kept = SnapshotCompanion.path(ofSnapshot: built.path, build: store.store.build)
        try FileManager.default.copyItem(atPath: path, toPath: kept)
        let quotes = try Self.outputs(built.corpus, ["quotes | show speaker, text"])[0]
        #expect(quotes.contains("\tminister\tperson\tdescribed\tthe minister\tsaid\tWe will talk,\t")
                && quotes.contains("\tofficials\tgroup\tdescribed\tOfficials\tsaid\t12 people died\t"))
        #expect(store.said == ["\(kept): snapshot out of date (its snapshot was rebuilt); rebuilding it"])
        try Data("“Changed,” she said.\n".utf8).write(to: other.appendingPathComponent("a.txt"))
        #expect(try store.index(other.path).written)
        #expect(!FileManager.default.fileExists(atPath: kept))
    }

    /// Builds of crq used side by side on one corpus each keep their own annotations (they were one
    /// file, which each build found made by the other and extracted again); at most `buildsKept`
    /// builds' files stay, the least recently used deleted; a rebuilt snapshot drops them all.
    @Test func eachBuildKeepsItsOwnAnnotationsUpToABound() throws {
        let dir = try SnapshotTests.corpusFolder()
        let cache = Fixtures.folder().path
        let stores = (1...5).map { n in
            var store = SnapshotStore(crqVersion: "9.9.9", environment: ["XDG_CACHE_HOME": cache])
            store.build = UInt64(n) << 40
            return store
        }
        func open(_ n: Int) throws -> (corpus: Corpus, kept: String) {
            usleep(30_000)   // file times tick coarsely (a few ms): each use is later than the last
            let corpus = try stores[n].open(dir.path, loader: CorpusLoader())
            _ = corpus.annotations
            return (corpus, try #require(corpus.companion).path)
        }
        let (first, kept0) = try open(0), (_, kept1) = try open(1)
        #expect(kept0 != kept1)
        let files = [kept0, kept1].map(Self.inode)
        for _ in 0..<2 {   // each build, reopened, reads its own file: none is written again
            for (n, path) in [kept0, kept1].enumerated() {
                let again = try open(n)
                #expect(again.kept == path)
                #expect(try Self.outputs(again.corpus) == Self.outputs(first))
            }
            #expect([kept0, kept1].map(Self.inode) == files)
        }
        let snapshot = String(kept0.dropLast("-annotations-".count + 16))
        #expect(Set(SnapshotCompanion.all(ofSnapshot: snapshot).map(\.path)) == [kept0, kept1])
        // Three more builds: the two used least recently (0, then 1, after 0 was read last) go.
        _ = try open(1); _ = try open(0)
        let (_, kept2) = try open(2), (_, kept3) = try open(3)
        #expect(Set(SnapshotCompanion.all(ofSnapshot: snapshot).map(\.path)) == [kept0, kept2, kept3])
        let (_, kept4) = try open(4)
        #expect(Set(SnapshotCompanion.all(ofSnapshot: snapshot).map(\.path)) == [kept2, kept3, kept4])
        // A file of the build before there was one per build is one of them, and a rebuilt snapshot drops them all.
        try FileManager.default.copyItem(atPath: kept2, toPath: snapshot + "-annotations")
        #expect(SnapshotCompanion.all(ofSnapshot: snapshot).count == 4)
        try Data("“Changed,” she said.\n".utf8).write(to: dir.appendingPathComponent("extra/ü.txt"))
        #expect(try stores[0].index(dir.path, loader: CorpusLoader()).written)
        #expect(SnapshotCompanion.all(ofSnapshot: snapshot).isEmpty)
    }

    /// Kept annotations damaged past their checksums (as `scripts/fuzz snapshots` does at length): each
    /// is refused with a reason or, if its numbers still hold, queried without trapping.
    @Test func damagedPayloadsNeverTrap() throws {
        let dir = try SnapshotTests.corpusFolder().path
        let corpus = try CorpusLoader().load(dir)
        let payload = corpus.annotations.encoded(corpus)
        var generator = SplitMix(seed: 11)
        var refused = 0
        for round in 0..<300 {
            var bytes = payload
            for _ in 0...(round % 4) { bytes[Int.random(in: 0..<bytes.count, using: &generator)] ^= UInt8.random(in: 1...255, using: &generator) }
            if round % 10 == 0 { bytes.removeLast(Int.random(in: 1...bytes.count, using: &generator)) }
            let fresh = try CorpusLoader().load(dir)
            do {
                let read = try bytes.withUnsafeBytes { raw throws(SnapshotProblem) in try Annotations(decoding: raw, of: fresh) }
                _ = fresh.derived.value { read }
                _ = try Self.outputs(fresh)
            } catch let problem as SnapshotProblem {
                #expect(problem.description.hasPrefix("snapshot corrupt ("))
                refused += 1
            }
        }
        #expect(refused > 100)
    }

    /// A count of records larger than the bytes left is refused as it is read, before anything is
    /// reserved for it (a damaged count could otherwise ask for gigabytes).
    @Test func aCountPastTheBytesLeftIsRefusedAtOnce() throws {
        let corpus = try CorpusLoader().load(try SnapshotTests.corpusFolder().path)
        var e = SnapshotEncoder()
        e.int(1)                      // the table: one long string, so the file is longer than the count below
        e.string(String(repeating: "x", count: 400))
        e.int(corpus.documents.count)
        for _ in 0..<5 { e.int(0) }   // no entities, variants, keys, surnames or first names
        e.int(0)                      // no quantities
        e.int(100)                    // 100 figures, with 60 bytes left
        let bytes = e.bytes + [UInt8](repeating: 0, count: 60)
        var problem: SnapshotProblem?
        do {
            _ = try bytes.withUnsafeBytes { raw throws(SnapshotProblem) in try Annotations(decoding: raw, of: corpus) }
        } catch let error as SnapshotProblem { problem = error }
        #expect(problem == .corrupt("a number in its annotations section is out of range"))
    }

    /// A shard resolving names against its whole corpus keeps nothing (its annotations are the corpus's).
    @Test func shardsResolvingAgainstTheirCorpusKeepNothing() throws {
        let dir = try SnapshotTests.corpusFolder()
        let built = try Store().index(dir.path)
        built.corpus.resolveEntities(against: [])
        _ = built.corpus.annotations
        #expect(SnapshotCompanion.all(ofSnapshot: built.path).isEmpty)
    }
}
