@testable import Annotation
@testable import CorpusModel
import Foundation
@testable import QueryLanguage
@testable import Rendering
@testable import Shell
import Testing
@testable import TextAnalysis

@Suite struct NotebookTests {
    static let analysis = """
        -- # Restraint
        -- Who urged it, per outlet.\t
        sentences | filter "restraint" | group by source

        let us = sentences | filter "Kirby" or "Biden"
        us | terms
           | top 3
        -- the concordance
        kwic "maximum restraint" width 20

        """

    /// Writes `text` to a notebook file in a fresh folder.
    func notebookFile(_ text: String = analysis) throws -> URL {
        let url = Fixtures.folder().appendingPathComponent("analysis.crq")
        try Data(text.utf8).write(to: url)
        return url
    }

    func updater(_ corpus: Corpus = Fixtures.seeds) -> NotebookUpdater {
        NotebookUpdater(runner: NotebookRunner(corpus: corpus), version: "test")
    }

    func check(_ url: URL, on corpus: Corpus = Fixtures.seeds) throws -> NotebookCheck {
        let notebook = try Notebook(path: url.path)
        return NotebookCheck(notebook, outcomes: NotebookRunner(corpus: corpus).run(notebook, name: url.path),
                             current: NotebookHeader(corpus: corpus, version: "test"))
    }

    func contents(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    /// A plain script (never recorded) is said to be so in one line, not diffed statement by statement.
    @Test func aScriptNeverRecordedIsSaidOnce() throws {
        let never = try check(try notebookFile())
        #expect(!never.passed)
        #expect(never.report(name: "analysis.crq") == "analysis.crq: nothing recorded yet (no notebook header); record it with crq run --update\n")
        // Its errors are still said, as a script run says them.
        let failing = try check(try notebookFile("docs | count\nsentences | fliter \"x\"\n"))
        let report = failing.report(name: "a.crq")
        #expect(report.hasPrefix("a.crq: nothing recorded yet (no notebook header); record it with crq run --update\n"))
        #expect(report.contains(":2:13: error: unknown verb 'fliter'\n") && report.hasSuffix("a.crq: 1 of 2 statements failed\n"), "\(report)")
        // Output recorded by hand under a statement, without a header: compared, and the rest diffed.
        let partly = try check(try notebookFile("docs | count\n--> count\n--> ─────\n-->     5\nterms | top 1\n"))
        #expect(!partly.passed && partly.differences.map(\.line) == [5])
    }

    // MARK: The format

    @Test func readsStatementsCommandsAndRecordsWithTheirLines() {
        let notebook = Notebook("""
            -- crq notebook · corpus seeds · 5 documents · fingerprint 00000000000000ff · crq 0.1.0
            -- prose
            docs
            | count
            --> count
            --> ─────
            -->     5

            .mode csv
            --! error: stale
            terms | top 1
            """)
        #expect(notebook.header == NotebookHeader(corpusName: "seeds", documents: 5, fingerprint: "00000000000000ff", version: "0.1.0"))
        #expect(notebook.cells.map(\.text) == ["docs\n| count", ".mode csv", "terms | top 1"])
        #expect(notebook.cells.map(\.kind) == [.statement, .command, .statement])
        #expect(notebook.cells.map(\.line) == [3, 9, 11])
        #expect(notebook.cells.map(\.recorded) == [["--> count", "--> ─────", "-->     5"], ["--! error: stale"], nil])
    }

    @Test func headerRoundTripsAndRejectsOtherComments() {
        let header = NotebookHeader(corpus: Fixtures.seeds, version: "9.9")
        #expect(NotebookHeader(line: header.line) == header)
        #expect(header.line.hasPrefix("-- crq notebook · corpus seeds · 5 documents · fingerprint "))
        #expect(NotebookHeader(line: "-- crq notebook about restraint") == nil)
    }

    // MARK: Update and check

    @Test func updateThenCheckIsClean() throws {
        let url = try notebookFile()
        let result = try updater().update(url.path)
        #expect(result.outcomes.count == 4 && result.failed == 0 && result.changed)
        let text = try contents(url)
        #expect(text.contains("--> Infostani International      4  0.2222  ██████████\n"))
        #expect(text.contains("--> us: 6 sentences\n"))
        let check = try check(url)
        #expect(check.passed, "\(check.report(name: "analysis.crq"))")
        #expect(check.notes.isEmpty && check.compared == 4)
        // A second update finds nothing to change and does not rewrite the file.
        #expect(try updater().update(url.path).changed == false)
        #expect(try contents(url) == text)
    }

    @Test func updateKeepsStatementsAndProseByteForByteAndReplacesOldRecords() throws {
        let url = try notebookFile("-- prose with trailing spaces   \n\tdocs | count  -- inline\r\n--> stale output\n--> more\n\n-- end")
        _ = try updater().update(url.path)
        let lines = FileLineSource.lines(of: try contents(url)) + [""]
        #expect(lines.first == NotebookHeader(corpus: Fixtures.seeds, version: "test").line)
        #expect(lines.dropFirst().filter { !Notebook.isRecorded($0) } == ["-- prose with trailing spaces   ", "\tdocs | count  -- inline\r", "", "-- end", ""])
        #expect(lines.filter(Notebook.isRecorded) == ["--> count", "--> ─────", "-->     5"])
    }

    @Test func aCRLFNotebookStaysCRLFAndChecksClean() throws {
        let url = try notebookFile("-- counts\r\ndocs\r\n| count\r\n")
        _ = try updater().update(url.path)
        let text = try contents(url)
        #expect(text.hasSuffix("docs\r\n| count\r\n--> count\r\n--> ─────\r\n-->     5\r\n"))
        #expect(text.utf8.split(separator: UInt8(ascii: "\n")).allSatisfy { $0.last == UInt8(ascii: "\r") })
        #expect(try check(url).passed)
        #expect(try updater().update(url.path).changed == false)
    }

    @Test func anEditedStatementFailsCheckWithADiffAtItsLine() throws {
        let url = try notebookFile()
        _ = try updater().update(url.path)
        let edited = try contents(url).replacingOccurrences(of: "| top 3", with: "| top 2")
        try Data(edited.utf8).write(to: url)
        let check = try check(url)
        #expect(!check.passed)
        let difference = try #require(check.differences.first)
        #expect(check.differences.count == 1)
        let line = edited.components(separatedBy: "\n").firstIndex(of: "us | terms")! + 1
        #expect(difference.line == line)
        #expect(difference.diff.hasPrefix("--- recorded\n+++ now\n@@ "))
        #expect(difference.diff.contains("\n---> (3 rows)\n+--> (2 rows)\n"))
        let report = check.report(name: "analysis.crq")
        #expect(report.contains("analysis.crq:\(line): the output differs"))
        #expect(report.hasSuffix("analysis.crq: 1 of 4 statements differs; if the new output is right, record it with crq run --update\n"))
    }

    @Test func aChangedCorpusIsReportedFirst() throws {
        let url = try notebookFile()
        _ = try updater().update(url.path)
        let copy = Fixtures.folder()
        for name in try FileManager.default.contentsOfDirectory(atPath: Fixtures.seedsPath) {
            try FileManager.default.copyItem(atPath: Fixtures.seedsPath + "/" + name, toPath: copy.appendingPathComponent(name).path)
        }
        let edited = copy.appendingPathComponent("001_43a4afb976c735ea.txt")
        try Data((try contents(edited) + "\nThe minister urged restraint once more.\n").utf8).write(to: edited)
        let corpus = try CorpusLoader().load(copy.path)
        #expect(corpus.fingerprintHex != Fixtures.seeds.fingerprintHex)
        let check = try check(url, on: corpus)
        #expect(check.notes.first?.hasPrefix("the corpus changed: recorded on seeds (5 documents, fingerprint \(Fixtures.seeds.fingerprintHex))") == true)
        #expect(check.report(name: "a.crq").hasPrefix("a.crq: the corpus changed"))
        #expect(!check.passed)
        // Under another name it may be another corpus: how to give the recorded one is said; under the same name, not.
        #expect(check.notes.first?.hasSuffix("; to run it on seeds, give its path with --corpus") == true)
        let header = NotebookHeader(corpus: Fixtures.seeds, version: "0.1.0")
        var other = header
        other.fingerprint = "0000000000000000"
        #expect(other.corpusChange(to: header)?.contains("--corpus") == false)
    }

    @Test func fingerprintIsOfTheNormalisedTextAndGivenMetadata() throws {
        func fingerprint(_ files: [String: [UInt8]]) throws -> String { try CorpusLoader().load(Fixtures.folder(files).path).fingerprintHex }
        let plain = try fingerprint(["a.txt": Array("Title\nSt\u{E9}phane said so.\n".utf8)])
        // A byte order mark and decomposed accents are normalised away when loading.
        #expect(try fingerprint(["a.txt": [0xEF, 0xBB, 0xBF] + Array("Title\nSte\u{301}phane said so.\n".utf8)]) == plain)
        #expect(try fingerprint(["a.txt": Array("Title\nStephane said so.\n".utf8)]) != plain)
        #expect(try fingerprint(["a.txt": Array("Title\nSt\u{E9}phane said so.\n".utf8), "metadata.tsv": Array("file\tsource\na.txt\tWire\n".utf8)]) != plain)
        #expect(try fingerprint(["b.txt": Array("Title\nSt\u{E9}phane said so.\n".utf8)]) != plain)
        #expect(plain.count == 16 && plain.allSatisfy(\.isHexDigit))
        #expect(try CorpusLoader().load(Fixtures.seedsPath).fingerprint == Fixtures.seeds.fingerprint)
    }

    @Test func aStatementErrorIsRecordedWithoutDestroyingOtherOutput() throws {
        let url = try notebookFile()
        _ = try updater().update(url.path)
        let good = try contents(url)
        let broken = good.replacingOccurrences(of: "us | terms", with: "us | trems")
        try Data(broken.utf8).write(to: url)
        var reported = ""
        var runner = NotebookRunner(corpus: Fixtures.seeds)
        runner.report = { reported += $0 }
        let result = try NotebookUpdater(runner: runner, version: "test").update(url.path)
        #expect(result.failed == 1)
        let line = broken.components(separatedBy: "\n").firstIndex(of: "us | trems")! + 1
        #expect(reported.hasPrefix("\(url.path):\(line):6: error: "))
        let text = try contents(url)
        #expect(text.contains("us | trems\n   | top 3\n--! error: "))
        // Every other statement keeps its output.
        let before = Notebook(good).cells.map(\.recorded), after = Notebook(text).cells.map(\.recorded)
        #expect(after.count == 4 && before[2] != after[2])
        #expect([0, 1, 3].map { after[$0] } == [0, 1, 3].map { before[$0] })
        #expect(after[0]?.contains("--> Infostani International      4  0.2222  ██████████") == true)
        // The recorded error carries no file position, so it survives edits above it.
        #expect(!text.contains("--! \(url.path)"))
        #expect(try check(url).passed)
    }

    @Test func safeModeKeepsSaveInsideTheCurrentFolder() {
        var runner = NotebookRunner(corpus: Fixtures.seeds)
        runner.safeMode = true
        let outcome = runner.run(Notebook("docs | save \"/nonexistent-folder/x.csv\"\n"), name: "n.crq")
        #expect(outcome.first?.record.first == "--! error: safe mode: '/nonexistent-folder/x.csv' is outside the current folder")
    }

    // MARK: Writing fails cleanly

    @Test func aReadOnlyNotebookIsLeftIntact() throws {
        let url = try notebookFile()
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: url.path)
        #expect(throws: NotebookError.self) { try updater().update(url.path) }
        #expect(try contents(url) == Self.analysis)
    }

    @Test func aFailedWriteLeavesTheOriginalIntact() throws {
        let url = try notebookFile()
        var full = updater()
        full.write = { _, _, _ in throw POSIXError(.ENOSPC) }
        do {
            _ = try full.update(url.path)
            Issue.record("the update should have failed")
        } catch {
            #expect(!error.isUnreadable)
            #expect(error.message.contains("the file is unchanged"))
        }
        #expect(try contents(url) == Self.analysis)
        #expect(try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path) == ["analysis.crq"])
    }

    @Test func atomicWriteUnderAFileFailsAndCreatesNothing() throws {
        let file = try notebookFile()
        #expect(throws: (any Error).self) { try AtomicFile.write(Data("x".utf8), to: file.appendingPathComponent("child.crq")) }
        #expect(try contents(file) == Self.analysis)
        #expect(try FileManager.default.contentsOfDirectory(atPath: file.deletingLastPathComponent().path) == ["analysis.crq"])
    }

    @Test func updateKeepsTheFilesPermissions() throws {
        let url = try notebookFile()
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
        _ = try updater().update(url.path)
        #expect(try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int == 0o600)
    }

    // MARK: Diff and Markdown

    @Test func unifiedDiffMatchesDiffU() {
        let old = (1...10).map { "line \($0)" }
        var new = old
        new[4] = "line five"
        new.insert("extra", at: 9)
        #expect(LineDiff.unified(old, new, oldName: "a", newName: "b", context: 1) == """
            --- a
            +++ b
            @@ -4,3 +4,3 @@
             line 4
            -line 5
            +line five
             line 6
            @@ -9,2 +9,3 @@
             line 9
            +extra
             line 10

            """)
        #expect(LineDiff.unified(old, old, oldName: "a", newName: "b").isEmpty)
        #expect(LineDiff.unified([], ["x"], oldName: "a", newName: "b") == "--- a\n+++ b\n@@ -0,0 +1 @@\n+x\n")
    }

    @Test func markdownHasProseCodeBlocksAndTablesFromData() throws {
        let url = try notebookFile(Self.analysis + "docs | show nope\n")
        _ = try updater().update(url.path)
        let notebook = try Notebook(path: url.path)
        let (page, differs) = NotebookPage.rendering(notebook, name: url.path, runner: NotebookRunner(corpus: Fixtures.seeds))
        #expect(!differs)
        let markdown = NotebookMarkdown.render(page)
        #expect(markdown.contains("\n# Restraint\nWho urged it, per outlet.\n\n```crq\nsentences | filter \"restraint\" | group by source\n```\n"))
        #expect(markdown.contains("| source | count | share | bar |\n| --- | ---: | ---: | --- |\n| (none) | 8 | 0.4444 | ████████████████████ |\n| Infostani International | 4 | 0.2222 | ██████████ |\n"))
        #expect(markdown.contains("```text\nus: 6 sentences\n```"))
        #expect(markdown.contains("```crq\nus | terms\n   | top 3\n```"))
        #expect(markdown.contains("Error:\n\n```text\nerror: docs have no field 'nope'"))
        #expect(markdown.contains("*(4 rows)*"))
        // The tables are the results' data, not the recorded text: a run of the page's blocks finds them.
        let tables = page.blocks.compactMap { if case let .table(t, _) = $0 { t } else { nil } }
        #expect(tables.count == 3)
        #expect(tables[0].chart == .bars(value: 1))
    }

    @Test func onAnotherCorpusTheRecordedTextIsShownInACodeBlock() throws {
        let url = try notebookFile()
        _ = try updater().update(url.path)
        let other = try CorpusLoader().load(Fixtures.folder(text: ["a.txt": "Calls for restraint grew. \"Restraint,\" Kirby said.\n"]).path)
        let notebook = try Notebook(path: url.path)
        let (page, differs) = NotebookPage.rendering(notebook, name: url.path, runner: NotebookRunner(corpus: other))
        #expect(differs)
        #expect(!page.blocks.contains { if case .table = $0 { true } else { false } })
        let markdown = NotebookMarkdown.render(page)
        // The seeds' recorded table, as text, not the other corpus's result.
        #expect(markdown.contains("```text\nsource                   count   share  bar\n"))
        #expect(markdown.contains("Infostani International      4  0.2222  ██████████\n"))
    }

    @Test func aWideTableKeepsEveryColumnAndFullNamesInMarkdown() throws {
        let notebook = Notebook("compare by source on speakers\nquotes | filter speaker = \"Guterres\" | show speaker, text\n")
        let markdown = NotebookMarkdown.render(NotebookPage.rendering(notebook, name: "w.crq", runner: NotebookRunner(corpus: Fixtures.seeds)).page)
        #expect(markdown.contains("| Pakistan Ministry of Foreign Affairs | 5 | 6 | 0 | 0 | 11 |  |"))
        #expect(markdown.contains("| Infostani International | total | only |"))
        #expect(!markdown.contains("more column"))
        let quote = try #require(Fixtures.column("quotes | filter speaker = \"Guterres\"", "text").max { $0.count < $1.count })
        #expect(quote.count > 100)
        #expect(markdown.contains("| António Guterres | \(quote) |"))
        #expect(!markdown.split(separator: "\n").filter { $0.hasPrefix("|") }.contains { $0.contains("…") })
    }
}
