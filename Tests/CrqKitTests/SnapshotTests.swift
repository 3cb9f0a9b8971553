@testable import Annotation
@testable import CorpusModel
import Foundation
@testable import QueryLanguage
@testable import Rendering
@testable import Shell
import Synchronization
import Testing
@testable import TextAnalysis

/// Snapshots: a reopened corpus is the corpus that was loaded, and every bad snapshot is said in one
/// line and rebuilt.
@Suite struct SnapshotTests {
    /// A corpus folder with the seeds plus a non-ASCII article, a sidecar and a JSONL file (so
    /// metadata, dates, extra fields and warnings all go through the snapshot).
    static func corpusFolder() throws -> URL {
        let dir = Fixtures.folder(text: [
            "extra/ü.txt": "Grüße aus Köln\nDer Bürgermeister sagte: „Wir bleiben ruhig.“ Mehr folgt.\n",
            "feed.jsonl": #"{"id": "j1", "text": "A wire story. It quotes \"nobody\".", "source": "Wire", "date": "2024-02", "desk": "World"}"# + "\nnot json\n",
        ])
        for name in try FileManager.default.contentsOfDirectory(atPath: Fixtures.seedsPath) {
            try FileManager.default.copyItem(atPath: PathName.join(Fixtures.seedsPath, name), toPath: dir.appendingPathComponent(name).path)
        }
        return dir
    }

    /// A store writing its cache under a fresh folder, collecting what it says.
    final class Store: Sendable {
        final class Log: Sendable { let lines = Mutex<[String]>([]) }
        let log = Log()
        let store: SnapshotStore

        init(version: String = "9.9.9", placement: SnapshotStore.Placement = .beside, verify: Bool = false) {
            var store = SnapshotStore(crqVersion: version, placement: placement, environment: ["XDG_CACHE_HOME": Fixtures.folder().path])
            store.verify = verify
            let log = self.log
            store.notice = { n in log.lines.withLock { $0.append(n.description) } }
            self.store = store
        }

        func index(_ path: String, loader: CorpusLoader = CorpusLoader()) throws -> SnapshotStore.Built { try store.index(path, loader: loader) }
        var said: [String] { log.lines.withLock { $0 } }
    }

    static let statements = [
        "docs | show id, title, source, date, author", "sentences | filter \"restraint\" | group by source",
        "sentences | filter /de-?escalat\\w*/ | count", "terms | top 8", "quotes | show kind, speaker, text, id",
        "kwic \"Guterres\" width 30", "paragraphs | filter \"Iran\" near 5 \"Pakistan\" | show id",
        "figures | show value, unit, text", "docs | filter source = \"Wire\" | show id, date",
    ]

    /// Everything a query can see of a corpus, as text.
    static func outputs(_ c: Corpus) throws -> [String] {
        try statements.map { statement in
            let relation = try Fixtures.run(statement, on: c)
            let table = Materializer.table(relation, EvalContext(corpus: c), columns: relation.fieldNames)
            return table.rows.map { $0.map(\.description).joined(separator: "|") }.joined(separator: "\n")
        } + [c.warnings.map(DiagnosticRenderer.render).joined(separator: "\n")]
    }

    @Test func reopenedCorpusIsTheLoadedOne() throws {
        let dir = try Self.corpusFolder()
        let store = Store()
        let first = try store.index(dir.path)
        #expect(first.written && first.path == dir.appendingPathComponent(".crq-snapshot").path)
        let second = try store.index(dir.path)
        #expect(!second.written && second.path == first.path)
        #expect(store.said.isEmpty)
        try Self.expectSame(first.corpus, second.corpus)
    }

    /// Checks that two corpora hold the same text, tables, index, documents and warnings.
    static func expectSame(_ a: Corpus, _ b: Corpus) throws {
        #expect(Array(a.text) == Array(b.text))
        #expect(Array(a.index.tokens) == Array(b.index.tokens) && Array(a.index.postings) == Array(b.index.postings))
        #expect(Array(a.sentenceTokens.starts) == Array(b.sentenceTokens.starts))
        #expect(a.paragraphs.map { [$0.byteStart, $0.byteEnd, $0.firstSentence, $0.document] }
                == b.paragraphs.map { [$0.byteStart, $0.byteEnd, $0.firstSentence, $0.document] })
        #expect(a.sentences.map { [$0.byteStart, $0.byteEnd, $0.paragraph] } == b.sentences.map { [$0.byteStart, $0.byteEnd, $0.paragraph] })
        #expect((0..<a.index.vocabulary.count).map(a.index.vocabulary.term) == (0..<b.index.vocabulary.count).map(b.index.vocabulary.term))
        #expect(b.index.vocabulary.id(of: "bürgermeister") == a.index.vocabulary.id(of: "bürgermeister"))
        #expect(a.index.vocabulary.foldedTerms == b.index.vocabulary.foldedTerms && !b.index.vocabulary.foldedTerms.isEmpty)
        for (x, y) in zip(a.documents, b.documents) {
            #expect(x.id == y.id && x.shortID == y.shortID && x.origin == y.origin && x.metadata == y.metadata && x.date == y.date)
            #expect(x.bytes == y.bytes && x.paragraphs == y.paragraphs && x.sentences == y.sentences && x.tokens == y.tokens && x.isASCII == y.isASCII)
        }
        #expect(a.warnings == b.warnings && !b.warnings.isEmpty)
        #expect(try Self.outputs(a) == Self.outputs(b))
    }

    /// Text files read on all cores, a few at a time or many, make the corpus a load of one file after
    /// the other makes: ids (a stem twice falls back to one at a time), term ids, warnings, tables.
    @Test func textFilesReadAtOnceMakeTheSameCorpus() throws {
        let dir = try Self.corpusFolder()
        var files: [String: String] = [
            "a.txt": "Twin stem\nThe first a.\n", "a.md": "Twin stem\nThe second a, renamed a~2.\n", "empty.txt": "",
            "nfd.txt": "Cafe\u{301} talk\nThe cafe\u{301} opened. Caf\u{E9} staff spoke.\n",
        ]
        for i in 0..<40 { files["n\(i).txt"] = "Story \(i)\nWord\(i % 7) and Ünïcödé\(i % 3) met on day \(i). Mr. Khan’s aide said “no”.\n" }
        for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
        var serial = CorpusLoader()
        serial.textFilesAtOnce = 1
        let one = try serial.load(dir.path)
        #expect(one.documents.contains { $0.id == "a~2" } && one.documents.count > 45)
        for n in [3, 4096] {
            var loader = CorpusLoader()
            loader.textFilesAtOnce = n
            try Self.expectSame(one, try loader.load(dir.path))
        }
    }

    @Test func aChangedFileRebuildsTheSnapshot() throws {
        let dir = try Self.corpusFolder()
        let store = Store()
        _ = try store.index(dir.path)
        try Data("Brand new text about restraint.\n".utf8).write(to: dir.appendingPathComponent("000_ba6514e35100d3d6.txt"))
        let again = try store.index(dir.path)
        #expect(again.written)
        #expect(store.said == ["\(again.path): snapshot out of date (000_ba6514e35100d3d6.txt changed); rebuilding it"])
        #expect(again.corpus.documentText(0) == "Brand new text about restraint.\n")
        try Data("x\n".utf8).write(to: dir.appendingPathComponent("new.txt"))
        _ = try store.index(dir.path)
        #expect(store.said.last?.contains("(new.txt added)") == true)
    }

    /// Opens `dir` after `damage` has been done to its snapshot: one line, a rebuild, the same corpus.
    func afterDamage(_ damage: (inout [UInt8]) -> Void, says expected: String, store: Store = Store()) throws {
        let dir = try Self.corpusFolder()
        let built = try store.index(dir.path)
        let url = URL(fileURLWithPath: built.path)
        var bytes = [UInt8](try Data(contentsOf: url))
        damage(&bytes)
        try Data(bytes).write(to: url)
        let again = try store.index(dir.path)
        #expect(store.said.count == 1)
        #expect(store.said.first == "\(built.path): \(expected); rebuilding it")
        #expect(again.written)
        #expect(try Self.outputs(again.corpus) == Self.outputs(built.corpus))
        #expect(!(try store.index(dir.path).written))
    }

    @Test func truncatedSnapshots() throws {
        try afterDamage({ $0.removeLast($0.count / 3) }, says: "snapshot truncated")
        try afterDamage({ $0.removeLast($0.count - 20) }, says: "snapshot truncated")
        try afterDamage({ $0.removeAll() }, says: "not a crq snapshot")
    }

    @Test func bitFlippedSnapshots() throws {
        let table = SnapshotFormat.headerSize + 5 * SnapshotFormat.entrySize + 9
        try afterDamage({ $0[table] ^= 0x10 }, says: "snapshot corrupt (its section table fails its checksum)")
        try afterDamage({ $0[4096 + 3] ^= 0x01 }, says: "snapshot corrupt (its info section fails its checksum)")
        for section in [SnapshotFormat.Section.text, .tokens, .postings, .documents, .sentences] {
            try afterDamage({ bytes in
                let at = Self.offset(of: section, in: bytes)
                bytes[at + 5] ^= 0x80
            }, says: "snapshot corrupt (its \(section) section fails its checksum)")
        }
    }

    /// Where a section starts, from the section table.
    static func offset(of section: SnapshotFormat.Section, in bytes: [UInt8]) -> Int {
        let table = bytes.withUnsafeBytes { try! SnapshotReader.sections($0) }
        return Int(table[section]!.offset)
    }

    @Test func foreignAndOtherVersionSnapshots() throws {
        try afterDamage({ $0 = Array("just some text that happens to have this name\n".utf8) }, says: "not a crq snapshot")
        try afterDamage({ $0[8] = 0; $0[9] = 0 }, says: "snapshot made by another version of crq (snapshot format 0; this crq reads format \(SnapshotFormat.version))")
        // A snapshot written by another crq version is rebuilt by this one.
        let dir = try Self.corpusFolder()
        let old = Store(version: "0.0.1"), new = Store(version: "0.0.2")
        let first = try old.index(dir.path)
        let second = try new.index(dir.path)
        #expect(new.said == ["\(first.path): snapshot made by crq 0.0.1; this is crq 0.0.2; rebuilding it"])
        #expect(second.written && second.path == first.path)
    }

    @Test func aSnapshotOfAnotherCorpus() throws {
        let a = try Self.corpusFolder()
        let b = Fixtures.folder(text: ["one.txt": "Only one story here.\n", "two.txt": "And a second one.\n"])
        let store = Store()
        let built = try store.index(a.path)
        try FileManager.default.copyItem(atPath: built.path, toPath: b.appendingPathComponent(".crq-snapshot").path)
        let other = try store.index(b.path)
        #expect(store.said == ["\(other.path): snapshot out of date (it is of other files); rebuilding it"])
        #expect(other.written && other.corpus.documents.map(\.id) == ["one", "two"])
    }

    @Test func verifyComparesContent() throws {
        let dir = try Self.corpusFolder()
        _ = try Store().index(dir.path)
        #expect(!(try Store(verify: true).index(dir.path).written))
        // Same size and modification time, other content: only --verify notices.
        let path = try #require(FileManager.default.contentsOfDirectory(atPath: dir.path).first { $0.hasPrefix("001") })
        let url = dir.appendingPathComponent(path)
        var info = stat()
        #expect(stat(url.path, &info) == 0)
        var bytes = [UInt8](try Data(contentsOf: url))
        bytes[bytes.count / 2] = bytes[bytes.count / 2] == UInt8(ascii: "x") ? UInt8(ascii: "y") : UInt8(ascii: "x")
        try Data(bytes).write(to: url)
        let times = [info.st_atim, info.st_mtim]
        #expect(utimensat(AT_FDCWD, url.path, times, 0) == 0)
        let plain = Store()
        #expect(!(try plain.index(dir.path).written))
        let verifying = Store(verify: true)
        #expect(try verifying.index(dir.path).written)
        #expect(verifying.said.first?.hasSuffix("snapshot out of date (\(path) has other content); rebuilding it") == true)
    }

    @Test func cachePlacementAndPathSpelling() throws {
        let dir = try Self.corpusFolder()
        let store = Store(placement: .cache)
        let built = try store.index(dir.path)
        #expect(built.path.hasPrefix(store.store.cacheFolder + "/") && built.path.hasSuffix(".crq-snapshot"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent(".crq-snapshot").path))
        // The same folder spelled otherwise: the snapshot is used, and origins say the new spelling.
        let spelled = dir.path + "/./"
        let again = try store.index(spelled)
        #expect(!again.written && store.said.isEmpty)
        #expect(again.corpus.documents.allSatisfy { $0.origin.hasPrefix(spelled) })
        // A single JSONL file gets its own snapshot beside it.
        let jsonl = dir.appendingPathComponent("feed.jsonl").path
        let file = try store.index(jsonl)
        #expect(file.written && file.corpus.documents.map(\.id) == ["j1"])
        #expect(!(try store.index(jsonl).written))
    }

    @Test func sourceFilesAreWhatTheLoaderReads() throws {
        let dir = Fixtures.folder(text: ["a.txt": "A.\n", "deep/er/b.md": "B.\n", ".hidden.txt": "H.\n", ".git/c.txt": "C.\n",
                                         "notes.pdf": "P", "metadata.tsv": "file\ttitle\na.txt\tA\n", "x.jsonl": "{\"text\": \"X.\"}\n"])
        _ = try Store().index(dir.path)   // the snapshot beside it is hidden: not a source, not a document
        let fingerprint = try #require(SourceFingerprint.of(dir.path))
        #expect(fingerprint.files.map(\.path) == ["a.txt", "deep/er/b.md", "metadata.tsv", "x.jsonl"])
        #expect(fingerprint.files.map(\.size) == [3, 3, 19, 15])
        #expect(try CorpusLoader().load(dir.path).documents.map(\.id) == ["a", "b", "x:1"])
        let file = try #require(SourceFingerprint.of(dir.appendingPathComponent("x.jsonl").path))
        #expect(file.files.map(\.path) == ["x.jsonl"])
    }

    @Test func otherFieldChoicesRebuildTheSnapshot() throws {
        let dir = Fixtures.folder(text: ["a.csv": "id,body,text\n1,Words of the body.,Words of the text.\n"])
        let store = Store()
        #expect(try store.index(dir.path).corpus.documentText(0) == "Words of the text.")
        let body = CorpusLoader(fieldMapping: try FieldMapping(["text=body"]))
        let again = try store.index(dir.path, loader: body)
        #expect(again.written && again.corpus.documentText(0) == "Words of the body.")
        #expect(store.said == ["\(again.path): snapshot out of date (it was read with other --field choices); rebuilding it"])
        #expect(!(try store.index(dir.path, loader: body).written))
    }
}
