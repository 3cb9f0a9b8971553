@testable import Annotation
@testable import CorpusModel
import Foundation
@testable import QueryLanguage
@testable import Rendering
@testable import Shell
import Testing
@testable import TextAnalysis

@Suite struct LoaderTests {
    func load(_ url: URL) throws -> Corpus { try CorpusLoader().load(url.path) }

    @Test func folderWithCSVSidecarAndExtraFields() throws {
        let dir = Fixtures.folder(text: [
            "a.txt": "First headline\nBody text here. Second sentence.\n",
            "sub/b.md": "Another story\nMore text.\n",
            "metadata.csv": "file,title,source,date,section\na.txt,\"Title, with comma\",Outlet A,2024-01-18,World\nb.md,,Outlet B,2024-01,\n",
        ])
        let c = try load(dir)
        #expect(c.documents.map(\.id) == ["a", "b"])
        #expect(c.documents[0].metadata.title == "Title, with comma")
        #expect(c.documents[0].metadata.extra.first?.value == "World")
        #expect(c.documents[1].date == PartialDate(year: 2024, month: 1))
        // b has no title in the sidecar: derived from its first line, and said so.
        #expect(c.documents[1].metadata.title == "Another story")
        #expect(c.documents[1].metadata.derived.contains("title"))
    }

    @Test func derivesDateAndByline() throws {
        let dir = Fixtures.folder(text: ["x.txt": "Markets fall sharply\nBy Jane Doe\nJan. 18, 2024\nStocks fell on Monday.\n"])
        let d = try load(dir).documents[0]
        #expect(d.metadata.title == "Markets fall sharply")
        #expect(d.metadata.author == "Jane Doe")
        #expect(d.date == PartialDate(year: 2024, month: 1, day: 18))
        #expect(d.metadata.derived == ["title", "author", "date"])
    }

    /// Without a sidecar's source or date, a file's name gives its date and the outlet before it.
    @Test func fileNamesGiveDateAndOutlet() throws {
        let dir = Fixtures.folder(text: [
            "harbour-gazette_2021-03-04_pier-closes.txt": "Pier closes\nThe pier closed.\n",
            "wire_20210305-levy.txt": "Levy rises\nThe levy rose.\n",
            "notes-2021-13-40.txt": "Notes\nNothing here.\n",
            "2021-02-30-ferry.txt": "Ferry\nThe ferry ran.\n",
            "2021_03_06 ferry.txt": "Ferry again\nIt ran again.\n",
            "daily-post-2021-03-07.txt": "Quay\nThe quay opened.\n",
            "metadata.tsv": "file\tsource\tdate\ndaily-post-2021-03-07.txt\tThe Daily Post\t2021-03\n",
        ])
        let docs = Dictionary(uniqueKeysWithValues: try load(dir).documents.map { ($0.origin.split(separator: "/").last.map(String.init) ?? "", $0.metadata) })
        func fields(_ file: String) -> [String] { [docs[file]!.source, docs[file]!.date, docs[file]!.derived.filter { $0 != "title" }.sorted().joined(separator: ",")] }
        #expect(fields("harbour-gazette_2021-03-04_pier-closes.txt") == ["harbour-gazette", "2021-03-04", "date,source"])
        #expect(fields("wire_20210305-levy.txt") == ["wire", "2021-03-05", "date,source"])
        #expect(fields("notes-2021-13-40.txt") == ["", "", ""])         // no month 13
        #expect(fields("2021-02-30-ferry.txt") == ["", "", ""])         // no 30 February
        #expect(fields("2021_03_06 ferry.txt") == ["", "2021-03-06", "date"])   // nothing before the date
        #expect(fields("daily-post-2021-03-07.txt") == ["The Daily Post", "2021-03", ""])   // the sidecar's
    }

    /// A word every file name shares before its date names the collection, not an outlet: it would
    /// make one outlet of documents that may come from many.
    @Test func aWordAllFileNamesShareIsNoOutlet() throws {
        let docs = try load(Fixtures.folder(text: [
            "report_2021-03-04_v2.txt": "Pier closes\nThe pier closed.\n",
            "report_2021-03-05_v1.txt": "Levy rises\nThe levy rose.\n",
            "Report-2021-03-06.txt": "Ferry\nThe ferry ran.\n",
        ])).documents
        #expect(docs.map(\.metadata.source) == ["", "", ""])
        #expect(docs.map(\.metadata.date) == ["2021-03-06", "2021-03-04", "2021-03-05"])
        #expect(docs.allSatisfy { $0.metadata.derived.contains("date") && !$0.metadata.derived.contains("source") })
    }

    /// 29 February is a date in a file's name only in a leap year.
    @Test func fileNamesGiveTheTwentyNinthOfFebruaryInLeapYearsOnly() throws {
        #expect(PathMetadata.date(in: "wire_2024-02-29_levy")?.date == "2024-02-29")
        #expect(PathMetadata.date(in: "wire_2000-02-29_levy")?.date == "2000-02-29")
        #expect(PathMetadata.date(in: "wire_2023-02-29_levy") == nil)
        #expect(PathMetadata.date(in: "wire_19000229_levy") == nil)
    }

    /// Files in two or more top folders named like outlets take the folder as their source; a file at
    /// the top, or a folder named by a date, turns that off.
    @Test func topFoldersGiveTheOutlet() throws {
        let outlets = try load(Fixtures.folder(text: ["wire/a.txt": "A\nOne.\n", "gazette/2021/b.txt": "B\nTwo.\n"])).documents
        #expect(outlets.map(\.metadata.source).sorted() == ["gazette", "wire"])
        #expect(outlets.allSatisfy { $0.metadata.derived.contains("source") })
        let mixed = try load(Fixtures.folder(text: ["wire/a.txt": "A\nOne.\n", "gazette/b.txt": "B\nTwo.\n", "c.txt": "C\nThree.\n"])).documents
        #expect(mixed.allSatisfy { $0.metadata.source.isEmpty })
        let dated = try load(Fixtures.folder(text: ["2021-03/a.txt": "A\nOne.\n", "2021-04/b.txt": "B\nTwo.\n"])).documents
        #expect(dated.allSatisfy { $0.metadata.source.isEmpty })
    }

    @Test func jsonlWithUnknownFieldsAndFaultyLines() throws {
        let dir = Fixtures.folder(text: ["c.jsonl": """
            {"id": "one", "text": "Iran and Pakistan talk.", "source": "Wire", "tags": ["a", "b"], "score": 3}
            not json at all
            {"id": "two"}
            {"id": "one", "text": "A duplicate id."}

            """])
        let c = try load(dir.appendingPathComponent("c.jsonl"))
        #expect(c.documents.map(\.id) == ["one", "one~2"])
        #expect(c.documents[0].metadata.source == "Wire")
        #expect(c.documents[0].metadata.value("score") == "3")
        #expect(c.documents[0].metadata.value("tags") == "[\"a\",\"b\"]")
        let messages = c.warnings.map(DiagnosticRenderer.render)
        #expect(messages.contains { $0.contains("c.jsonl:2: warning: not JSON") })
        #expect(messages.contains { $0.contains("c.jsonl:3: warning: no text field") })
        #expect(messages.contains { $0.contains("c.jsonl:4: warning: duplicate id 'one'") })
    }

    @Test func missingPathEmptyFolderAndUnsupportedFile() throws {
        #expect(throws: LoadError.self) { try CorpusLoader().load("/nonexistent/crq/corpus") }
        let empty = Fixtures.folder()
        do {
            _ = try load(empty)
            Issue.record("an empty folder loaded")
        } catch {
            #expect((error as? LoadError)?.message.contains("no documents in this folder") == true)
        }
        let pdf = Fixtures.folder(text: ["x.pdf": "%PDF"])
        #expect(throws: LoadError.self) { try CorpusLoader().load(pdf.appendingPathComponent("x.pdf").path) }
    }

    @Test func filesAreReadWithoutFoundation() throws {
        // Regression (loader fuzzer): Foundation's FileManager.contents leaked 4 KB per empty file.
        let dir = Fixtures.folder(text: ["empty.txt": "", "full.txt": "Text é."])
        #expect(FileBytes.read(dir.appendingPathComponent("empty.txt").path) == [])
        #expect(FileBytes.read(dir.appendingPathComponent("full.txt").path) == Array("Text é.".utf8))
        #expect(FileBytes.read(dir.path) == nil)                                   // a folder
        #expect(FileBytes.read(dir.appendingPathComponent("missing.txt").path) == nil)
    }

    @Test func emptyFileIsWarnedAndKept() throws {
        let c = try load(Fixtures.folder(text: ["empty.txt": "", "full.txt": "Some text."]))
        #expect(c.documents.count == 2)
        #expect(c.warnings.contains { $0.file.hasSuffix("empty.txt") && $0.message == "empty document" })
    }

    /// A load that finds nothing says why in its hint: each file's warning on a line, rendered as warnings are.
    @Test func aLoadThatFindsNothingListsWhyInItsHint() throws {
        let folder = Fixtures.folder(text: ["a.jsonl": "not json\n", "b.csv": "title\nA headline\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            _ = try CorpusLoader().load(folder.path)
            Issue.record("nothing should have loaded")
        } catch {
            #expect(error.reasons.count == 2)
            let text = DiagnosticRenderer.render(error)
            #expect(text.hasPrefix("\(folder.path): error: no documents in this folder"), "\(text)")
            let hint = text.components(separatedBy: "\n").dropFirst()
            #expect(hint.first?.hasPrefix("  hint: ") == true && hint.first?.contains("a.jsonl:1: warning: ") == true, "\(text)")
            #expect(hint.dropFirst().first?.hasPrefix("  ") == true && hint.dropFirst().first?.contains("b.csv") == true, "\(text)")
        }
    }

    @Test func invalidUTF8IsRepairedWithTheByteOffset() throws {
        let bytes: [UInt8] = Array("Caf".utf8) + [0xE9] + Array(" au lait. Fine text.".utf8)
        let c = try load(Fixtures.folder(["latin1.txt": bytes]))
        let w = try #require(c.warnings.first { $0.severity == .warning })
        #expect(w.byteOffset == 3)
        #expect(DiagnosticRenderer.render(w).contains("latin1.txt: warning: ") && DiagnosticRenderer.render(w).contains("not valid UTF-8") && DiagnosticRenderer.render(w).hasSuffix(" (at byte 3)"), "\(DiagnosticRenderer.render(w))")
        #expect(c.documentText(0).hasPrefix("Caf\u{FFFD} au lait."))
    }

    @Test func bomCRLFAndNFD() throws {
        let c = try load(Fixtures.folder([
            "bom.txt": [0xEF, 0xBB, 0xBF] + Array("Title line\r\nFirst para here.\r\nSecond para.\r\n".utf8),
            "nfd.txt": Array("Ste\u{301}phane Dujarric spoke.".decomposedStringWithCanonicalMapping.utf8),
        ]))
        let bom = c.documents[0]
        #expect(bom.paragraphs.count == 3)
        #expect(c.paragraphText(bom.paragraphs.lowerBound + 1) == "First para here.")
        #expect(!c.documentText(0).hasPrefix("\u{FEFF}"))
        #expect(c.documentText(1).hasPrefix("Stéphane"))
        #expect(c.documentText(1).unicodeScalars.count == "Stéphane Dujarric spoke.".unicodeScalars.count)
        #expect(try Fixtures.column("sentences | filter \"Stephane\"", "id", on: c) == ["nfd:1:1"])
        #expect(c.warnings.contains { $0.message.contains("byte order mark") })
        #expect(c.warnings.contains { $0.message.contains("NFD") })
    }

    @Test func sidecarWithCRLFLineEndings() throws {
        let c = try load(Fixtures.folder(text: ["a.txt": "Text.", "b.txt": "More.", "metadata.tsv": "file\tsource\r\na.txt\tWire A\r\nb.txt\tWire B\r\n"]))
        #expect(c.documents.map(\.metadata.source) == ["Wire A", "Wire B"])
        #expect(c.warnings.isEmpty)
    }

    @Test func metadataRowForAMissingFile() throws {
        let c = try load(Fixtures.folder(text: ["a.txt": "Text.", "metadata.tsv": "file\ttitle\na.txt\tA\nghost.txt\tGhost\n"]))
        #expect(c.warnings.contains { $0.line == 3 && $0.message.contains("'ghost.txt', which is not in the corpus") })
    }

    @Test func aVeryLongSingleLine() throws {
        let sentence = "Word after word goes on without any end in sight and keeps going "
        let text = String(repeating: sentence, count: 200_000)  // ~13 MB, one line, no full stop
        let c = try load(Fixtures.folder(text: ["long.txt": text]))
        #expect(c.paragraphCount == 1)
        #expect(c.tokenCount == 13 * 200_000)
        #expect(try Fixtures.column("sentences | filter \"sight\" | count", "count", on: c) == ["1"])
    }

    /// After a load outside the shell, warnings saying one thing are three lines and a count, a note
    /// and a warning with the same message counted apart, each under its own severity.
    @Test func warningsAlikeAreCountedPerSeverity() {
        let w = (1...5).map { LoadWarning(.warning, file: "w\($0).txt", "same words") }
        let n = (1...4).map { LoadWarning(.note, file: "n\($0).txt", "same words") }
        let lines = Summary.listing(w + n).split(separator: "\n").map(String.init)
        #expect(lines.count == 8, "\(lines)")
        #expect(lines.filter { $0.contains(": warning: same words") }.count == 3)
        #expect(lines.filter { $0.contains(": note: same words") }.count == 3)
        #expect(lines.suffix(2) == ["warning: 2 more like these: same words (.warnings lists them)",
                                    "note: 1 more like these: same words (.warnings lists them)"], "\(lines)")
    }
}
