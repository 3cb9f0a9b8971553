@testable import Annotation
@testable import CorpusModel
import Foundation
@testable import QueryLanguage
@testable import Rendering
@testable import Shell
import Testing
@testable import TextAnalysis

/// Corpora as analysts get them: CSV and TSV with a header, JSON arrays, JSONL, gzip-compressed,
/// with the field names of common news exports, and broken in the usual ways.
@Suite struct CorpusFormatTests {
    func load(_ folder: URL, _ file: String? = nil, mapping: [String] = []) throws -> Corpus {
        try CorpusLoader(fieldMapping: FieldMapping(mapping)).load(file.map { folder.appendingPathComponent($0).path } ?? folder.path)
    }

    func messages(_ c: Corpus) -> [String] {
        c.warnings.map { DiagnosticRenderer.render($0).replacingOccurrences(of: $0.file, with: PathName.fileName($0.file)) }
    }

    // MARK: Formats

    @Test func csvWithQuotingNewlinesAndMetadataColumns() throws {
        let dir = Fixtures.folder(text: ["corpus.csv": """
            id,text,source,date,section\r
            a1,"Officials urged restraint. ""Calm"", one said.",Wire,2024-01-18,World\r
            a2,"A story in two paragraphs,
            the second on its own line.",Post,2024-01-19,\r

            """])
        let c = try load(dir, "corpus.csv")
        #expect(c.documents.map(\.id) == ["a1", "a2"])
        #expect(c.documentText(0) == "Officials urged restraint. \"Calm\", one said.")
        #expect(c.documents[1].paragraphs.count == 2)
        #expect(c.documents.map(\.metadata.source) == ["Wire", "Post"])
        #expect(c.documents[0].date == PartialDate(year: 2024, month: 1, day: 18))
        #expect(c.documents[0].metadata.value("section") == "World")
        #expect(c.documents[1].metadata.value("section") == nil)
        #expect(c.documents.map(\.origin.count).allSatisfy { $0 > 0 } && c.documents.map(\.line) == [2, 3])
        #expect(c.warnings.isEmpty)
    }

    @Test func metadataColumnsAreFieldsOfEveryTextUnit() throws {
        let dir = Fixtures.folder(text: ["c.csv": "text,section,lang\nOne. Two.,World,en\nThree.,Sport,\nFour.,World,fr\n"])
        let c = try load(dir, "c.csv")
        #expect(c.extraFields == ["section", "lang"])
        #expect(try Fixtures.column("sentences | filter section = \"World\" | show text", "text", on: c) == ["One.", "Two.", "Four."])
        #expect(try Fixtures.column("docs | group by section", "section", on: c) == ["World", "Sport"])
        #expect(try Fixtures.column("paragraphs | sort by lang desc | show lang", "lang", on: c) == ["fr", "en", ""])
        #expect(throws: QueryError.self) { try Fixtures.run("speakers | show section", on: c) }
        #expect(throws: QueryError.self) { try Fixtures.run("docs | show sektion", on: c) }
        // Tab completion offers them where the unit has them, and the comparisons after them.
        let completer = SessionCompleter(session: Session(corpus: c, write: { _ in }, report: { _ in }))
        #expect(completer.completions(linePrefix: "docs | filter sec") == ["section"])
        #expect(completer.completions(linePrefix: "sentences | filter lang ") == CompareOp.afterField)
        #expect(!completer.completions(linePrefix: "speakers | filter ").contains("section"))
    }

    @Test func tsvWithHeaderAndQuotedTab() throws {
        let dir = Fixtures.folder(text: ["c.tsv": "headline\tbody\tpublication\nTalks resume\t\"Talks resumed\tat noon.\"\tDaily\nSecond\tMore text.\tWeekly\n"])
        let c = try load(dir, "c.tsv")
        #expect(c.documents.map(\.id) == ["c:2", "c:3"])
        #expect(c.documentText(0) == "Talks resumed\tat noon.")
        #expect(c.documents.map(\.metadata.title) == ["Talks resume", "Second"])
        #expect(c.documents.map(\.metadata.source) == ["Daily", "Weekly"])
    }

    @Test func jsonArrayAndNewsAPIObject() throws {
        let dir = Fixtures.folder(text: [
            "array.json": """
            [
              {"id": 7, "text": "First article.", "title": "One"},
              {"id": "x", "content": "Second article.", "tags": ["a", "b"]}
            ]
            """,
            "newsapi.json": """
            {"status": "ok", "totalResults": 2, "tags": ["news", "api"], "articles": [
              {"source": {"id": null, "name": "Example Times"}, "author": "Jane Doe", "title": "Talks",
               "publishedAt": "2024-01-18T10:00:00Z", "content": "Talks went on.", "url": "https://e.com/1"},
              {"source": {"id": "w", "name": "Wire"}, "author": null, "title": "More", "publishedAt": "2024-01-19T08:00:00Z",
               "content": "And on."}
            ]}
            """,
        ])
        let a = try load(dir, "array.json")
        #expect(a.documents.map(\.id) == ["7", "x"])
        #expect(a.documents.map(\.line) == [2, 3])
        #expect(a.documents[1].metadata.value("tags") == #"["a","b"]"#)
        let n = try load(dir, "newsapi.json")
        #expect(n.documents.map(\.metadata.source) == ["Example Times", "Wire"])
        #expect(n.documents[0].metadata.author == "Jane Doe")
        #expect(n.documents[0].date == PartialDate(year: 2024, month: 1, day: 18))
        #expect(n.documents[1].metadata.value("source.id") == "w")
        #expect(messages(n).contains { $0.hasPrefix("newsapi.json: note: fields: text ← content, title ← title, source ← source.name, date ← publishedAt, author ← author, url ← url") })
    }

    @Test func newsPleaseJSONLCompressed() throws {
        let records = """
            {"authors": ["Jane Doe", "Jo Roe"], "date_publish": "2024-01-18 10:00:00", "maintext": "Officials urged restraint.", "source_domain": "example.com", "text": null, "title": "Restraint", "url": "https://example.com/a"}
            {"authors": [], "date_publish": "2024-01-19 08:00:00", "maintext": "The talks went on.", "source_domain": "other.org", "title": "Talks"}

            """
        let dir = Fixtures.folder(["np.jsonl.gz": try Fixtures.gzip(records)])
        let c = try load(dir, "np.jsonl.gz")
        #expect(c.name == "np")
        #expect(c.documents.map(\.id) == ["np:1", "np:2"])
        #expect(c.documents.map(\.metadata.source) == ["example.com", "other.org"])
        #expect(c.documents.map(\.metadata.author) == ["Jane Doe, Jo Roe", ""])
        #expect(c.documents[1].date == PartialDate(year: 2024, month: 1, day: 19))
        #expect(messages(c) == ["np.jsonl.gz: note: fields: text ← maintext, title ← title, source ← source_domain, date ← date_publish, author ← authors, url ← url (--field FIELD=NAME chooses another)"])
        #expect(try Fixtures.column("docs | group by source", "source", on: c) == ["example.com", "other.org"])
    }

    @Test func aFolderMixingEveryFormat() throws {
        let dir = Fixtures.folder([
            "a.txt": Array("A plain text article.\n".utf8),
            "b.md": Array("# A Markdown article\n\nIts text.\n".utf8),
            "c.csv.gz": try Fixtures.gzip("text,source\nFrom a compressed CSV.,Csv Wire\n"),
            "d.tsv": Array("text\tsource\nFrom a TSV.\tTsv Wire\n".utf8),
            "e.json": Array(#"[{"text": "From a JSON array.", "source": "Json Wire"}]"#.utf8),
            "f.jsonl": Array(#"{"text": "From JSONL.", "source": "Jsonl Wire"}"#.utf8),
            "g.txt.gz": try Fixtures.gzip("A compressed text article.\n"),
            "metadata.tsv": Array("file\tsource\na.txt\tText Wire\ng.txt\tGz Wire\n".utf8),
        ])
        let c = try load(dir)
        #expect(c.documents.map(\.id) == ["a", "b", "c:2", "d:2", "e:1", "f:1", "g"])
        #expect(c.documents.map(\.metadata.source) == ["Text Wire", "", "Csv Wire", "Tsv Wire", "Json Wire", "Jsonl Wire", "Gz Wire"])
        #expect(c.documents.map(\.file) == ["a.txt", "b.md", "c:2", "d:2", "e:1", "f:1", "g.txt.gz"])
        #expect(c.warnings.isEmpty)
    }

    @Test func gzipWithSeveralMembers() throws {
        let dir = Fixtures.folder(["two.jsonl.gz": try Fixtures.gzip(#"{"text": "One."}"# + "\n") + Fixtures.gzip(#"{"text": "Two."}"# + "\n")])
        #expect(try load(dir, "two.jsonl.gz").documents.count == 2)
    }

    // MARK: Field names

    /// Each spelling of a field that exports use, in a JSONL record and as a CSV column.
    @Test(arguments: [
        ("text", "text"), ("text", "maintext"), ("text", "content"), ("text", "body"), ("text", "article"),
        ("title", "title"), ("title", "headline"),
        ("source", "source"), ("source", "publication"), ("source", "source_domain"), ("source", "hostname"), ("source", "media_name"),
        ("date", "date"), ("date", "date_publish"), ("date", "publish_date"), ("date", "published"), ("date", "publishedAt"),
        ("author", "author"), ("author", "authors"), ("url", "url"), ("url", "link"), ("id", "id"),
    ])
    func eachCommonFieldName(_ field: String, _ key: String) throws {
        let value = field == "date" ? "2024-03-05" : "Some value here."
        let other = field == "text" ? [:] : ["text": "The article's text."]
        let json = try JSONSerialization.data(withJSONObject: other.merging([key: value]) { $1 }, options: [.sortedKeys])
        let header = ([key] + other.keys).joined(separator: ","), row = ([value] + other.values).joined(separator: ",")
        let dir = Fixtures.folder(["r.jsonl": Array(json), "r.csv": Array("\(header)\n\(row)\n".utf8)])
        for file in ["r.jsonl", "r.csv"] {
            let d = try load(dir, file).documents[0]
            let read: String? = switch field {
            case "text": String(decoding: try load(dir, file).text[d.bytes], as: UTF8.self)
            case "id": d.id
            case "date": d.date?.description
            default: d.metadata.value(field)
            }
            #expect(read == value, "\(file): \(key) → \(field)")
            #expect(d.metadata.extra.isEmpty, "\(file): \(key) kept as an extra field too")
        }
    }

    @Test func authorsListedAreJoined() throws {
        let dir = Fixtures.folder(text: ["a.jsonl": #"{"text": "T.", "authors": ["Ann Lee", "Bo Chan"]}"#])
        #expect(try load(dir, "a.jsonl").documents[0].metadata.author == "Ann Lee, Bo Chan")
    }

    @Test func fieldsChosenOnTheCommandLine() throws {
        let dir = Fixtures.folder(text: ["c.csv": "story_id,full_story,outlet_name,text\n9,The story itself.,Gazette,not this\n"])
        let c = try load(dir, "c.csv", mapping: ["text=full_story", "source=outlet_name", "id=story_id"])
        #expect(c.documents.map(\.id) == ["9"])
        #expect(c.documentText(0) == "The story itself.")
        #expect(c.documents[0].metadata.source == "Gazette")
        #expect(c.documents[0].metadata.value("text") == "not this")
        #expect(messages(c).contains { $0.hasPrefix("c.csv: note: fields: text ← full_story, source ← outlet_name, id ← story_id") })
        // A chosen column the file lacks.
        let missing = Fixtures.folder(text: ["c.csv": "id,text\n1,Text.\n"])
        #expect(throws: LoadError.self) { try load(missing, "c.csv", mapping: ["text=body"]) }
    }

    @Test func badFieldSpecifications() throws {
        #expect(throws: FieldMapping.BadSpec.self) { try FieldMapping(["text"]) }
        #expect(throws: FieldMapping.BadSpec.self) { try FieldMapping(["colour=hue"]) }
        #expect(throws: FieldMapping.BadSpec.self) { try FieldMapping(["text="]) }
        let mapping = try FieldMapping([" Source = Outlet Name "])
        #expect(mapping.chosen == ["source": "Outlet Name"])
    }

    @Test func theFieldNoteIsSaidOncePerLoad() throws {
        let dir = Fixtures.folder(text: ["a.jsonl": #"{"maintext": "One."}"#, "b.jsonl": #"{"maintext": "Two."}"#])
        #expect(try load(dir).warnings.filter { $0.severity == .note }.count == 1)
    }

    // MARK: Bad input

    @Test func anUnbalancedQuoteSkipsItsRowOnly() throws {
        let dir = Fixtures.folder(text: ["c.csv": "id,text\n1,First.\n2,\"Never closed.\n3,Third.\n4,Fourth.\n"])
        let c = try load(dir, "c.csv")
        #expect(c.documents.map(\.id) == ["1", "3", "4"])
        #expect(messages(c) == ["c.csv:3: warning: a quoted field opened on this line never closes; row skipped"])
    }

    @Test func aMissingTextColumnSkipsTheFile() throws {
        let dir = Fixtures.folder(text: ["a.txt": "Loaded anyway.", "c.csv": "id,headline\n1,Only a title\n"])
        let c = try load(dir)
        #expect(c.documents.map(\.id) == ["a"])
        #expect(messages(c) == ["c.csv:1: warning: no text column (looked for text, maintext, content, body, article; the columns are id, headline); file skipped — --field text=NAME reads another"])
    }

    @Test func headerOnlyAndEmptyFiles() throws {
        let dir = Fixtures.folder(text: ["a.txt": "Loaded.", "h.csv": "id,text\n", "e.tsv": ""])
        #expect(messages(try load(dir)) == ["e.tsv: warning: empty file", "h.csv:1: warning: only a header line, no rows"])
    }

    @Test func aRowWithTooManyFields() throws {
        let dir = Fixtures.folder(text: ["c.csv": "id,text\n1,Has, a comma.\n2,Fine.\n"])
        let c = try load(dir, "c.csv")
        #expect(c.documents.map(\.id) == ["2"])
        #expect(messages(c) == ["c.csv:2: warning: row has 3 fields, the header has 2; row ignored"])
    }

    @Test func aCutGzipKeepsTheWholeLinesBeforeTheCut() throws {
        let lines = (1...200).map { #"{"id": "\#($0)", "text": "Article number \#($0) says something different: \#(String(repeating: "word\($0) ", count: $0 % 17))."}"# }
        let whole = try Fixtures.gzip(lines.joined(separator: "\n") + "\n")
        let dir = Fixtures.folder(["cut.jsonl.gz": Array(whole.prefix(whole.count / 2))])
        let c = try load(dir, "cut.jsonl.gz")
        let loaded = c.documents.count
        #expect(loaded > 10 && loaded < 200)
        #expect(c.documents.map(\.id) == (1...loaded).map(String.init))
        #expect(messages(c) == ["cut.jsonl.gz:\(loaded + 1): warning: the compressed data ends early (a cut file); the lines before this one were loaded"])
    }

    @Test func aGzipNameOnPlainTextAndDamagedData() throws {
        var damaged = try Fixtures.gzip(String(repeating: #"{"text": "Some text."}"# + "\n", count: 50))
        damaged[damaged.count - 6] ^= 0xFF  // the checksum at the end
        let dir = Fixtures.folder(["plain.jsonl.gz": Array(#"{"text": "x"}"#.utf8), "bad.jsonl.gz": damaged, "a.txt": Array("Fine.".utf8)])
        let c = try load(dir)
        let m = messages(c)
        #expect(c.documents.count == 51)
        #expect(m.count == 2)
        #expect(m.contains("bad.jsonl.gz:51: warning: the compressed data is damaged (incorrect data check); the lines before this one were loaded"))
        #expect(m.contains("plain.jsonl.gz: warning: not gzip-compressed data, although the name ends in .gz; skipped"))
    }

    @Test func mixedEncodingsNameTheLine() throws {
        let bytes = Array("id,text\n1,Plain text.\n2,Caf".utf8) + [0xE9] + Array(" cr\u{E8}me.\n3,More.\n".utf8)
        let c = try load(Fixtures.folder(["m.csv": bytes]), "m.csv")
        #expect(c.documents.count == 3)
        #expect(c.documentText(1) == "Caf\u{FFFD} crème.")
        #expect(messages(c) == ["m.csv:3: warning: not valid UTF-8: 1 undecodable sequence replaced with U+FFFD (at byte 27)"])
    }

    @Test func aSpreadsheetsUnicodeTextIsUTF16() throws {
        let text = "text\tsource\r\nCafé crème, 10 €.\tLe Monde\r\n"
        let le: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        for bytes in [le, be] {
            let c = try load(Fixtures.folder(["u.tsv": bytes]), "u.tsv")
            #expect(c.documentText(0) == "Café crème, 10 €.")
            #expect(c.documents[0].metadata.source == "Le Monde")
            #expect(messages(c) == ["u.tsv: note: UTF-16 text converted to UTF-8"])
        }
    }

    @Test func aJSONArrayThatEndsEarlyOrHoldsNoObjects() throws {
        let dir = Fixtures.folder(text: [
            "cut.json": "[\n{\"text\": \"One.\"},\n{\"text\": \"Two.\"},\n{\"text\": \"Thr",
            "odd.json": "[\n{\"text\": \"One.\"},\n42,\n{\"text\": broken}\n]",
        ])
        let cut = try load(dir, "cut.json")
        #expect(cut.documents.count == 2)
        #expect(messages(cut) == ["cut.json:4: warning: the JSON ends before its array of articles closes; the complete articles before this line were loaded"])
        let odd = try load(dir, "odd.json")
        #expect(odd.documents.count == 1)
        #expect(messages(odd) == ["odd.json:3: warning: not a JSON object; article skipped", "odd.json:4: warning: not valid JSON; article skipped"])
    }

    @Test func recordsWithoutTextAreWarnedOnceWithACount() throws {
        let dir = Fixtures.folder(text: ["n.jsonl": #"{"id": "1", "body_html": "x"}"# + "\n" + #"{"id": "2", "text": "Fine."}"# + "\n"
            + #"{"id": "3"}"# + "\n" + #"{"id": "4"}"# + "\n"])
        let c = try load(dir, "n.jsonl")
        #expect(c.documents.map(\.id) == ["2"])
        #expect(messages(c) == [
            "n.jsonl:1: warning: no text field (looked for text, maintext, content, body, article; it has body_html, id); article skipped — --field text=NAME reads another",
            "n.jsonl:3: warning: 2 more articles without text skipped, from this line on",
        ])
    }

    // MARK: Progress

    @Test func progressIsWorkInBytesWithFilesAndRateBeside() {
        let p = CorpusLoader.Progress(files: 1234, bytes: 50_000_000, totalBytes: 200_000_000, seconds: 4)
        #expect(p.fraction == 0.25)
        #expect(p.work == WorkProgress(task: "loading", done: 50_000_000, total: 200_000_000, detail: "1,234 files · 50.0 MB · 12.5 MB/s"))
        let start = CorpusLoader.Progress(files: 1, bytes: 0, totalBytes: 0, seconds: 0.05)
        #expect(start.fraction == nil)
        #expect(start.work == WorkProgress(task: "loading", done: 0, total: 0, detail: "1 file · 0.0 MB · 0.0 MB/s"))
    }

    @Test func progressCountsEveryByteOnDiskOnce() throws {
        var files: [String: [UInt8]] = [:]
        for i in 0..<50 { files["f\(i).txt"] = Array("Some text number \(i).".utf8) }
        let records = (0..<400).map { #"{"text": "Record \#($0) of the set."}"# }.joined(separator: "\n")
        files["big.jsonl"] = Array(records.utf8)
        files["big2.jsonl.gz"] = try Fixtures.gzip(records)
        files["c.csv"] = Array(("text\n" + (0..<100).map { "Row \($0)." }.joined(separator: "\n")).utf8)
        let dir = Fixtures.folder(files)
        let seen = Reports()
        _ = try CorpusLoader(onProgress: { seen.add($0) }).load(dir.path)
        let total = files.values.reduce(0) { $0 + $1.count }
        let last = try #require(seen.all.last)
        #expect(last == CorpusLoader.Progress(files: 53, bytes: total, totalBytes: total, seconds: last.seconds))
        #expect(last.fraction == 1)
        #expect(seen.all.allSatisfy { $0.totalBytes == total && $0.bytes <= total })
    }
}

/// Progress reports collected from the loader's callback.
final class Reports: @unchecked Sendable {
    private let lock = NSLock()
    private var reports: [CorpusLoader.Progress] = []
    func add(_ p: CorpusLoader.Progress) { lock.withLock { reports.append(p) } }
    var all: [CorpusLoader.Progress] { lock.withLock { reports } }
}
