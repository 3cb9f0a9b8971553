import Foundation
import Testing

/// `crq run --update`, `crq check` and `crq render` as a user runs them, on the seeds.
@Suite(.timeLimit(.minutes(3)))
struct NotebookCommandTests {
    static let notebook = """
        -- Who urged restraint, per outlet?
        sentences | filter "restraint" | group by source
        -- Where "maximum restraint" occurs.
        kwic "maximum restraint" width 30

        """

    let fixture: ShellFixture
    let file: URL

    init() throws {
        fixture = try ShellFixture()
        file = fixture.folder.appendingPathComponent("restraint.crq")
        try Data(Self.notebook.utf8).write(to: file)
    }

    /// Runs a program in the scratch folder; returns its exit status, standard output and standard error.
    func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        let out = fixture.folder.appendingPathComponent(".out"), err = fixture.folder.appendingPathComponent(".err")
        for url in [out, err] { _ = FileManager.default.createFile(atPath: url.path, contents: nil) }
        defer { for url in [out, err] { try? FileManager.default.removeItem(at: url) } }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = fixture.environment()
        process.currentDirectoryURL = fixture.folder
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, try String(contentsOf: out, encoding: .utf8), try String(contentsOf: err, encoding: .utf8))
    }

    func crq(_ arguments: String...) throws -> (status: Int32, out: String, err: String) {
        try run(ShellFixture.binary, arguments)
    }

    func contents() throws -> String { try String(contentsOf: file, encoding: .utf8) }

    /// Files in the scratch folder other than the notebook (left-over temporary files).
    func strayFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path).filter { $0 != file.lastPathComponent }
    }

    @Test func updateThenCheckPassesAndTheFileStillRunsAsAScript() throws {
        defer { fixture.removeFolder() }
        let update = try crq("run", "--update", file.path)
        #expect(update.status == 0, "\(update.err)")
        #expect(update.err == "\(file.path): recorded 2 statements\n")
        let text = try contents()
        #expect(text.hasPrefix("-- crq notebook · corpus seeds · 5 documents · fingerprint "))
        #expect(text.contains("--> 004:20:1  004  Brussels Morning  "))
        let check = try crq("check", file.path)
        #expect(check.status == 0)
        #expect(check.out == "\(file.path): ok, 2 statements match\n")
        let script = try crq("run", file.path)
        #expect(script.status == 0)
        #expect(script.out.components(separatedBy: "\n").map { $0.isEmpty ? "-->" : "--> " + $0 }.dropLast()
                == text.components(separatedBy: "\n").filter { $0.hasPrefix("-->") })
    }

    @Test func checkShowsADiffAtTheEditedStatement() throws {
        defer { fixture.removeFolder() }
        _ = try crq("run", "--update", file.path)
        try Data(try contents().replacingOccurrences(of: "width 30", with: "width 10").utf8).write(to: file)
        let check = try crq("check", file.path)
        #expect(check.status == 1)
        #expect(check.out.hasPrefix("\(file.path):12: the output differs from the recorded output of\n  kwic \"maximum restraint\" width 10\n--- recorded\n+++ now\n@@ "))
        #expect(check.out.hasSuffix("\(file.path): 1 of 2 statements differs; if the new output is right, record it with crq run --update\n"))
    }

    @Test func checkOnAnEditedCorpusSaysSoFirst() throws {
        defer { fixture.removeFolder() }
        _ = try crq("run", "--update", file.path)
        let seeds = fixture.folder.appendingPathComponent("seeds")
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        try FileManager.default.copyItem(at: package.appendingPathComponent("seeds"), to: seeds)
        let article = seeds.appendingPathComponent("003_af08a837e2d8f2b7.txt")
        try Data((try String(contentsOf: article, encoding: .utf8) + "\nAll sides urged restraint.\n").utf8).write(to: article)
        let check = try crq("check", "--corpus", seeds.path, file.path)
        #expect(check.status == 1)
        #expect(check.out.hasPrefix("\(file.path): the corpus changed: recorded on seeds (5 documents, fingerprint "))
        #expect(check.out.contains("\n+--> Infostani International      5"))
    }

    @Test func aFailingStatementIsReportedWithItsLineAndRecorded() throws {
        defer { fixture.removeFolder() }
        _ = try crq("run", "--update", file.path)
        let recorded = try contents()
        try Data(recorded.replacingOccurrences(of: "group by source", with: "group by sorce").utf8).write(to: file)
        let update = try crq("run", "--update", file.path)
        #expect(update.status == 1)
        #expect(update.err.hasPrefix("\(file.path):3:43: error: sentences have no field 'sorce'\n"))
        #expect(update.err.hasSuffix("\(file.path): recorded 2 statements, 1 failed\n"))
        let text = try contents()
        #expect(text.contains("group by sorce\n--! error: sentences have no field 'sorce'\n"))
        #expect(text.components(separatedBy: "\n").filter { $0.hasPrefix("--> 00") }.count == 4, "the kwic output is kept")
        #expect(try crq("check", file.path).status == 0, "the recorded error is the expected output")
    }

    @Test func updatingAReadOnlyFileFailsWithTheFileIntact() throws {
        defer { fixture.removeFolder() }
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: file.path)
        let update = try crq("run", "--update", file.path)
        #expect(update.status == 1)
        #expect(update.err == "\(file.path): error: the file is read-only; nothing was written\n")
        #expect(try contents() == Self.notebook)
    }

    /// A file size limit makes writing fail part-way, as a full disk does: with SIGXFSZ ignored the
    /// write returns an error; otherwise the signal kills the process mid-write, as SIGTERM would,
    /// and crq's handler removes the temporary file first.
    @Test(arguments: [true, false]) func aWriteThatFailsPartWayLeavesTheFileIntact(ignoreSignal: Bool) throws {
        defer { fixture.removeFolder() }
        try Data((Self.notebook + "kwic \"Iran\" width 40\n").utf8).write(to: file)
        let script = (ignoreSignal ? "trap '' XFSZ; " : "") + "ulimit -f 2; exec \"$0\" run --update \"$1\""
        let update = try run("/bin/bash", ["-c", script, ShellFixture.binary, file.path])
        #expect(update.status != 0)
        #expect(try contents() == Self.notebook + "kwic \"Iran\" width 40\n")
        #expect(try strayFiles() == [], "the temporary file is removed")
        if ignoreSignal {
            #expect(update.err.contains("\(file.path): error: cannot write: File too large"))
            #expect(update.err.hasSuffix("; the file is unchanged\n"))
        }
    }

    @Test func renderWritesMarkdownTablesAndCodeBlocks() throws {
        defer { fixture.removeFolder() }
        // Nothing is recorded yet: render runs the statements.
        let render = try crq("render", file.path, "-o", "restraint.md")
        #expect(render.status == 0 && render.out.isEmpty)
        let markdown = try String(contentsOf: fixture.folder.appendingPathComponent("restraint.md"), encoding: .utf8)
        #expect(markdown.hasPrefix("Who urged restraint, per outlet?\n\n```crq\nsentences | filter \"restraint\" | group by source\n```\n\n| source | count | share | bar |\n"))
        #expect(markdown.contains("| (none) | 8 | 0.4444 | ████████████████████ |"))
        #expect(markdown.contains("| 004:23:1 | 004 | Brussels Morning | ors in the region to exercise  | maximum restraint |  and to work towards de-escala |"))
        _ = try crq("run", "--update", file.path)
        let recorded = try crq("render", file.path)
        #expect(recorded.out.hasPrefix("*Recorded with crq 0.1.0 on the corpus seeds (5 documents, fingerprint `"))
        #expect(recorded.out.hasSuffix(markdown))
    }

    /// The examples in scripts/examples, from the package root.
    static let examples: [URL] = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("scripts/examples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".crq") }.sorted().map { folder.appendingPathComponent($0) }
    }()

    @Test func renderOfEveryExampleShowsFullValuesInItsTables() throws {
        defer { fixture.removeFolder() }
        #expect(Self.examples.count >= 9)
        for example in Self.examples {
            let render = try crq("render", example.path)
            #expect(render.status == 0 && render.err.isEmpty, "\(example.lastPathComponent): \(render.err)")
            let rows = render.out.split(separator: "\n").filter { $0.hasPrefix("| ") }
            #expect(!rows.isEmpty, "\(example.lastPathComponent)")
            for row in rows { #expect(!row.contains("…"), "\(example.lastPathComponent): \(row)") }
            #expect(!render.out.contains("more column"))
        }
        let who = try crq("render", try #require(Self.examples.first { $0.lastPathComponent == "who-is-quoted.crq" }).path)
        #expect(who.out.contains("| Pakistan Ministry of Foreign Affairs | 5 | 6 | 0 | 0 | 11 |  |"))
        #expect(who.out.contains("| Institute for the Study of War | 0 | 0 | 1 | 0 | 1 | ICARO Media Group |"))
    }

    @Test func renderOnAnotherCorpusShowsTheRecordedText() throws {
        defer { fixture.removeFolder() }
        _ = try crq("run", "--update", file.path)
        try fixture.write("other/a.txt", "Calls for restraint grew in the region.\n")
        let render = try crq("render", file.path, "--corpus", "other")
        #expect(render.status == 0)
        #expect(render.err.contains("the corpus is not the one recorded"))
        #expect(render.out.contains("```text\nsource                   count   share  bar\n"))
        #expect(!render.out.contains("| source |"))
    }

    @Test func renderHTMLWritesOnePageWithCharts() throws {
        defer { fixture.removeFolder() }
        let render = try crq("render", "--html", file.path, "-o", "restraint.html")
        #expect(render.status == 0 && render.out.isEmpty)
        let html = try String(contentsOf: fixture.folder.appendingPathComponent("restraint.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!doctype html>"))
        #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart bars\""))
        #expect(html.contains("<td>(none)</td>"))
        #expect(!html.contains("<script"))
    }

    @Test func unreadableNotebooksExitWith66() throws {
        defer { fixture.removeFolder() }
        let check = try crq("check", "missing.crq")
        #expect(check.status == 66)
        #expect(check.err == "missing.crq: error: cannot read this file: there is no such file\n")
        #expect(try crq("run", "--update", "missing.crq").status == 66)
        #expect(try crq("run", "--update", "--mode", "csv", file.path).status == 64)
    }
}
