import Foundation
import Testing
@testable import crq

/// The built `crq` run as a program: arguments in, standard output, standard error and exit
/// status out (0 ok, 1 a statement or command failed, 64 bad command line, 66 unreadable input).
@Suite("crq on the command line", .timeLimit(.minutes(3)))
struct CommandLineTests {
    static let restraint = #"sentences | filter "restraint" | count"#

    /// A script with a statement continued on a line starting with `|`, comments, blank lines and
    /// a `.mode` line.
    static let script = """
        -- How often restraint is urged, and by whom.
        docs | count

        sentences | filter "restraint"
          | count
        # the outlets, as CSV
        .mode csv
        docs | show id, source

        """
    static let scriptOutput = """
        count
        ─────
            5
        count
        ─────
           18
        id,source
        000,
        001,ICARO Media Group
        002,
        003,Infostani International
        004,Brussels Morning

        """

    /// Line 3 names a verb that does not exist (column 13).
    static let failingScript = """
        docs | count
        -- the next statement is wrong
        sentences | fliter "restraint" | count
        sentences | filter "restraint" | count

        """

    // MARK: -c

    @Test func aStatementGivenWithC() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let run = try fixture.run(["-c", Self.restraint])
        #expect(run.stdout == "count\n─────\n   18\n")
        #expect(run.stderr == "")
        #expect(run.status == 0)
    }

    @Test func severalCRunInOrder() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let run = try fixture.run(["-c", "docs | count", "-c", ".mode csv", "-c", Self.restraint, "-c", "paragraphs | count"])
        #expect(run.stdout == "count\n─────\n    5\ncount\n18\ncount\n90\n")
        #expect(run.stderr == "")
        #expect(run.status == 0)
    }

    @Test func aFailingCStopsTheRestUnlessKeepGoing() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let stopped = try fixture.run(["-c", "docs | count", "-c", "docs | fliter", "-c", "sentences | count"])
        #expect(stopped.status == 1)
        #expect(stopped.stdout == "count\n─────\n    5\n")
        #expect(stopped.stderr.hasPrefix("-c:1:8: error: unknown verb 'fliter'\n"))
        let going = try fixture.run(["--keep-going", "-c", "docs | count", "-c", "docs | fliter", "-c", "sentences | count"])
        #expect(going.status == 1)
        #expect(going.stdout == "count\n─────\n    5\ncount\n─────\n  150\n")
    }

    // MARK: --mode

    @Test func csvModeHasAHeaderRow() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let run = try fixture.run(["--mode", "csv", "-c", "docs | show id, source, title"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "id,source,title")
        #expect(lines.count == 7, "header, 5 rows, final newline")
        #expect(lines.contains("004,Brussels Morning,Tensions in relations between Tehran and Islamabad"))
        // A field holding a comma is quoted.
        #expect(lines.contains(#"002,,"Islamabad, Tehran seek to de-escalate tensions: Report""#))
    }

    @Test func tsvModeHasAHeaderRow() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let run = try fixture.run(["--mode", "tsv", "-c", "docs | show id, source"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("id\tsource\n000\t\n001\tICARO Media Group\n"))
    }

    @Test func jsonModeIsOneArrayOfObjects() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let run = try fixture.run(["--mode", "json", "-c", "docs | show id, source, words"])
        #expect(run.status == 0)
        let parsed = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
        let rows = try #require(parsed as? [[String: Any]])
        #expect(rows.count == 5)
        #expect(rows.map { $0["id"] as? String } == ["000", "001", "002", "003", "004"])
        #expect(rows[4]["source"] as? String == "Brussels Morning")
        #expect(rows.allSatisfy { ($0["words"] as? NSNumber).map { $0.intValue > 0 } == true }, "words is a number")
        // Every row in json mode, not only the first 100 of a table.
        let all = try fixture.run(["--mode", "json", "-c", "sentences | show id"])
        let sentences = try #require(try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [[String: Any]])
        #expect(sentences.count == 150)
    }

    @Test func jsonlModeIsOneObjectPerLine() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let run = try fixture.run(["--mode", "jsonl", "-c", "docs | show id, source"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 5)
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["id"] is String, "\(line)")
        }
    }

    @Test func anUnknownModeIsABadCommandLine() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let run = try fixture.run(["--mode", "xml", "-c", "docs | count"])
        #expect(run.status == 64)
        #expect(run.stdout == "")
        #expect(run.stderr.contains("unknown mode 'xml'"))
    }

    // MARK: Scripts

    @Test(arguments: [["run", "analysis.crq"], ["analysis.crq"]])
    func aScriptRuns(arguments: [String]) throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        try fixture.write("analysis.crq", Self.script)
        let run = try fixture.run(arguments)
        #expect(run.stdout == Self.scriptOutput)
        #expect(run.stderr == "")
        #expect(run.status == 0)
    }

    /// `crq FILE.crq` is `crq run FILE.crq`, `--corpus` included.
    @Test(arguments: [["run", "analysis.crq", "--corpus", "fieldnotes"], ["analysis.crq", "--corpus", "fieldnotes"]])
    func aScriptRunsOnAnotherCorpus(arguments: [String]) throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        try fixture.write("fieldnotes/a.txt", "Field notes\n\nA first sentence about restraint. A second one.\n")
        try fixture.write("fieldnotes/b.md", "# More notes\n\nNothing here.\n")
        try fixture.write("analysis.crq", "docs | count\n\(Self.restraint)\n")
        let run = try fixture.run(arguments)
        #expect(run.stdout == "count\n─────\n    2\ncount\n─────\n    1\n")
        #expect(run.stderr == "")
        #expect(run.status == 0)
    }

    /// What `crq FILE.crq` would silently ignore is refused: statements given beside the script, a
    /// `--corpus` beside a corpus.
    @Test(arguments: [(["analysis.crq", "-c", "docs | count"], "-c runs statements on a corpus"),
                      (["fieldnotes", "--corpus", "fieldnotes"], "--corpus goes with a FILE.crq")])
    func aScriptTakesNoStatementsAndACorpusNoCorpus(arguments: [String], message: String) throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        try fixture.write("fieldnotes/a.txt", "Field notes\n\nA sentence.\n")
        try fixture.write("analysis.crq", "docs | count\n")
        let run = try fixture.run(arguments)
        #expect(run.status == 64)
        #expect(run.stdout == "")
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }

    @Test func aScriptStopsAtItsFirstError() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        try fixture.write("analysis.crq", Self.failingScript)
        let run = try fixture.run(["run", "analysis.crq"])
        #expect(run.status == 1)
        #expect(run.stdout == "count\n─────\n    5\n", "the statement before the error printed, the one after did not run")
        #expect(run.stderr == """
            analysis.crq:3:13: error: unknown verb 'fliter'
              sentences | fliter "restraint" | count
                          ^~~~~~
              hint: did you mean 'filter'?

            """)
    }

    @Test func anErrorOnAContinuationLineNamesThatLine() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        try fixture.write("analysis.crq", "docs | count\n\nsentences\n  | fliter \"x\"\n  | count\n")
        let run = try fixture.run(["analysis.crq"])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("analysis.crq:4:5: error: unknown verb 'fliter'\n    | fliter \"x\"\n      ^~~~~~\n"))
    }

    @Test func keepGoingRunsPastAnError() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        try fixture.write("analysis.crq", Self.failingScript)
        for arguments in [["run", "analysis.crq", "--keep-going"], ["analysis.crq", "--keep-going"]] {
            let run = try fixture.run(arguments)
            #expect(run.status == 1, "still a failure")
            #expect(run.stdout == "count\n─────\n    5\ncount\n─────\n   18\n")
            #expect(run.stderr.hasPrefix("analysis.crq:3:13: error: unknown verb 'fliter'\n"))
        }
    }

    @Test func aFailingMetaCommandStopsAScript() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        try fixture.write("analysis.crq", "docs | count\n\n.mode xml\ndocs | count\n")
        let run = try fixture.run(["analysis.crq"])
        #expect(run.status == 1)
        #expect(run.stdout == "count\n─────\n    5\n")
        #expect(run.stderr.hasPrefix("analysis.crq:3:"))
        #expect(run.stderr.contains("error: unknown mode 'xml'"))
    }

    @Test
    func aFailingMetaCommandIsReportedLikeAStatement() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        try fixture.write("analysis.crq", "docs | count\n\n.mode xml\n")
        let run = try fixture.run(["analysis.crq"])
        #expect(run.stderr.hasPrefix("analysis.crq:3:7: error: unknown mode 'xml'\n  .mode xml\n        ^~~\n"))
    }

    @Test func readRunsAScriptFromTheShell() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let path = try fixture.write("analysis.crq", Self.script)
        let run = try fixture.run(["-c", ".read \(path)", "-c", "docs | count"])
        #expect(run.stdout == Self.scriptOutput + "count\n5\n", ".mode set by the script stays")
        #expect(run.status == 0)
    }

    @Test func aMissingScriptIsUnreadable() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        for arguments in [["run", "missing.crq"], ["missing.crq"]] {
            let run = try fixture.run(arguments)
            #expect(run.status == 66)
            #expect(run.stderr == "missing.crq: error: cannot read this script: there is no such file\n")
            #expect(run.stdout == "")
        }
        // A folder named like a script says so.
        let folder = try fixture.write("scripts.crq/a.txt", "x").replacingOccurrences(of: "/a.txt", with: "")
        let run = try fixture.run(["run", folder])
        #expect(run.status == 66 && run.stderr == "\(folder): error: cannot read this script: it is a folder\n")
    }

    // MARK: Bad command lines and corpora

    @Test func aMissingCorpusIsUnreadable() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let path = "/nonexistent/crq-corpus-\(UUID().uuidString)"
        let run = try fixture.run([path, "-c", "docs | count"])
        #expect(run.status == 66)
        #expect(run.stdout == "")
        #expect(run.stderr.contains(path))
        #expect(run.stderr.contains("no such file or folder"))
    }

    @Test func aMissingCorpusForAScriptIsUnreadable() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        try fixture.write("analysis.crq", Self.script)
        let run = try fixture.run(["run", "analysis.crq", "--corpus", "nowhere"])
        #expect(run.status == 66)
        #expect(run.stdout == "")
        #expect(run.stderr.contains("nowhere"))
    }

    @Test(arguments: [["--bogus"], ["-c"], ["run"], ["-c", "docs | count", "--mode"]])
    func aBadCommandLineExits64(arguments: [String]) throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let run = try fixture.run(arguments)
        #expect(run.status == 64)
        #expect(run.stdout == "")
        #expect(run.stderr.contains("Error:"))
        #expect(run.stderr.contains("Usage:"))
    }

    /// A mistyped command (or one crq lacks) followed by a file read as a corpus, and the parser said only
    /// "Unexpected argument 'analysis.crq'"; a bare word near a command's name said "no such file or folder".
    @Test func aMistypedCommandIsNamed() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        try fixture.write("analysis.crq", Self.script)
        let typo = try fixture.run(["chek", "analysis.crq"])
        #expect(typo.status == 64)
        #expect(typo.stderr.contains("Error: unknown command 'chek' (nor a corpus of that name); did you mean 'check'?"), "\(typo.stderr)")
        let alone = try fixture.run(["rnu"])
        #expect(alone.status == 64)
        #expect(alone.stderr.contains("unknown command 'rnu' (nor a corpus of that name); did you mean 'run'?"), "\(alone.stderr)")
        let other = try fixture.run(["notebook", "analysis.crq"])
        #expect(other.status == 64)
        #expect(other.stderr.contains("unknown command 'notebook' (nor a corpus of that name); commands: run, check, render"), "\(other.stderr)")
        // After options too: the options' values are skipped, and a command is run with the options after it.
        let late = try fixture.run(["--mode", "tsv", "--no-cache", "chek", "analysis.crq"])
        #expect(late.status == 64)
        #expect(late.stderr.contains("Error: unknown command 'chek' (nor a corpus of that name); did you mean 'check'?"), "\(late.stderr)")
        let checked = try fixture.run(["--no-cache", "check", "analysis.crq"])
        let reference = try fixture.run(["check", "analysis.crq", "--no-cache"])
        #expect(!checked.stderr.contains("Unexpected argument") && !reference.stderr.contains("Error:"), "\(checked.stderr)")
        #expect(checked.status == reference.status && checked.stdout == reference.stdout && checked.stderr == reference.stderr)
        let wrongOption = try fixture.run(["--mode", "tsv", "check", "analysis.crq"])
        #expect(wrongOption.status == 64 && wrongOption.stderr.contains("--mode"), "\(wrongOption.stderr)")
        // A corpus of that name is still opened; a missing one before an option is still unreadable.
        try fixture.write("chek/a.txt", "One short document about restraint.\n")
        #expect(try fixture.run(["chek", "-c", "docs | count", "--quiet"]).stdout == "count\n─────\n    1\n")
        #expect(try fixture.run(["corpus", "-c", "docs | count"]).status == 66)
        // An empty word is no command mistyped: it is a corpus path that names nothing.
        let empty = try fixture.run([""])
        #expect(empty.status == 66 && !empty.stderr.contains("unknown command"), "\(empty.stderr)")
    }

    /// The word after an option that takes a value is skipped when looking for a command: the list must hold
    /// every such option of `crq`'s help.
    @Test func theOptionsThatTakeAValueAreKnown() {
        let help = Crq.helpMessage(columns: 1000)
        let valued = Set(help.matches(of: /\n\s+(?:-[a-z], )?(-{1,2}[a-z-]+) <[^>]+>/).map { String($0.output.1) })
        #expect(!valued.isEmpty)
        #expect(valued == Crq.valuedOptions, "\(help)")
    }

    @Test func versionAndHelp() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let version = try fixture.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout == Crq.version + "\n")
        #expect(Crq.version.split(separator: ".").count == 3)
        let help = try fixture.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("64 bad command line"), "the exit statuses are documented")
        #expect(help.stdout.contains("run "), "the run subcommand is listed")
    }

    /// `crq help` and `crq help run` (the help's last line names them) give help, not "help: no such file".
    @Test func helpAsAWord() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let help = try fixture.run(["help"])
        #expect(help.status == 0, "\(help.stderr)")
        #expect(help.stdout.contains("crq help <subcommand>"))
        #expect(help.stdout.contains("crq check FILE.crq"), "the usage names check")
        let run = try fixture.run(["help", "run"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("USAGE: crq run <file>"))
        #expect(run.stdout.contains("--update"))
        // A corpus folder named `help` is still opened.
        try fixture.write("help/a.txt", "One short document about restraint.\n")
        let corpus = try fixture.run(["help", "-c", "docs | count", "--quiet"])
        #expect(corpus.status == 0, "\(corpus.stderr)")
        #expect(corpus.stdout == "count\n─────\n    1\n")
    }

    @Test
    func helpListsTheShellOptions() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let help = try fixture.run(["--help"])
        #expect(help.stdout.contains("-c <statement>"))
        #expect(help.stdout.contains("--mode"))
        #expect(help.stdout.contains("--keep-going"))
    }

    // MARK: Cores

    /// `crq bench` says how many cores the process may use (its affinity), not how many the machine has.
    @Test func benchSaysTheCoresTheProcessMayUse() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        try fixture.write("news/a.txt", "“We will talk,” the minister said on Monday. Officials said 12 people died.\n")
        let taskset = try #require(["/usr/bin/taskset", "/bin/taskset"].first { FileManager.default.isExecutableFile(atPath: $0) })
        let run = try fixture.run(executable: taskset, ["-c", "0", ShellFixture.binary, "bench", "news", "--annotations", "--runs", "1"],
                                  timeout: .seconds(60))
        #expect(run.status == 0, "\(run.stderr)")
        let extract = try #require(run.stdout.split(separator: "\n").first { $0.hasPrefix("extract\t") })
        #expect(extract.contains(" MB/s on 1 core\tcpu "), "\(extract)")
        #expect(extract.contains(" MB per cpu second)\t"), "\(extract)")
        // Load's CPU time beside its elapsed time, so that load + extract can be compared on a busy machine.
        let load = try #require(run.stdout.split(separator: "\n").first { $0.hasPrefix("load\t") })
        #expect(load.contains(" s\tcpu ") && load.contains(" s\tpeak "), "\(load)")
        // The extraction's steps on one thread: the analysis and the figures, each with its CPU time and what it found.
        let steps = try #require(run.stdout.split(separator: "\n").first { $0.hasPrefix("steps\tone thread\t") })
        #expect(steps.contains("quotations)") && steps.contains("figures cpu ") && steps.contains("(1 figures)"), "\(steps)")
    }

    // MARK: Pipes

    /// Far more output than a pipe holds, so crq writes into a pipe `head` has closed.
    @Test func outputPipedIntoHeadEndsQuietly() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let many = Array(repeating: "-c 'sentences'", count: 20).joined(separator: " ")
        let command = "{ '\(ShellFixture.binary)' --mode csv \(many); echo $? > crq-status; } | head -1"
        let run = try fixture.run(executable: "/bin/sh", ["-c", command])
        #expect(run.status == 0)
        #expect(run.stdout == "id,source,text\n")
        #expect(run.stderr == "")
        let status = try String(contentsOf: fixture.folder.appendingPathComponent("crq-status"), encoding: .utf8)
        #expect(status == "0\n")

        let table = try fixture.run(executable: "/bin/sh", ["-c", "'\(ShellFixture.binary)' -c 'sentences' | head -1"])
        #expect(table.status == 0)
        #expect(table.stdout.hasPrefix("id "))
        #expect(table.stderr == "")
    }

    // MARK: Meta-commands

    @Test func loadingAMissingFolderKeepsTheCorpus() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let run = try fixture.run(["--keep-going", "-c", ".load /nonexistent/crq-corpus", "-c", "docs | count"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("/nonexistent/crq-corpus: no such file or folder; the current corpus stays open"))
        #expect(run.stdout == "count\n─────\n    5\n")
    }

    @Test func loadingAnotherCorpusReplacesIt() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        try fixture.write("fieldnotes/a.txt", "Field notes\n\nA first sentence. A second one.\n")
        let run = try fixture.run(["-c", ".load fieldnotes", "-c", "docs | count"])
        #expect(run.status == 0)
        #expect(run.stdout == "count\n─────\n    1\n")
        #expect(run.stderr == "", "outside the shell a corpus without warnings loads silently")
    }

    /// `.load PATH --no-cache` reads and writes no snapshot, as `crq --no-cache PATH` does; the option was
    /// taken for part of the path ("PATH --no-cache: no such file or folder"). Another option is named.
    @Test func loadTakesNoCache() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        try fixture.write("notes/a.txt", "Harbour talks\n\nThe pier will close, Jo Hale said.\n")
        let run = try fixture.run(["-c", ".load notes --no-cache", "-c", "docs | count"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "count\n─────\n    1\n")
        #expect(!FileManager.default.fileExists(atPath: fixture.folder.appendingPathComponent("notes/.crq-snapshot").path))
        #expect(try fixture.run(["-c", ".load notes"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: fixture.folder.appendingPathComponent("notes/.crq-snapshot").path), "without it, the snapshot is written")
        let other = try fixture.run(["-c", ".load notes --quiet"])
        #expect(other.status == 1)
        #expect(other.stderr.contains("expected --field FIELD=NAME or --no-cache, found '--quiet'"), "\(other.stderr)")
    }

    @Test func showMarksTheSentenceInItsParagraph() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let run = try fixture.run(["-c", ".show 000:5:2"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "000 (000_ba6514e35100d3d6)")
        let marked = lines.filter { $0.hasPrefix("»") }
        #expect(marked.count == 1)
        #expect(marked.first?.hasPrefix("» [000:5:2]  Speaking to reporters accompanying President Joe Biden") == true)
        #expect(lines.contains { $0.hasPrefix("  [000:5:1]  In Washington") }, "its neighbour, unmarked")
        #expect(!run.stdout.contains("\u{1b}["), "no colour in a pipe")
        // Fitted to the width (100 in a pipe): a long sentence goes on under its text, not under the locator.
        #expect(lines.allSatisfy { $0.count <= 100 })
        let next = try #require(lines.firstIndex { $0.hasPrefix("» ") }.map { lines[$0 + 1] })
        #expect(next.hasPrefix(String(repeating: " ", count: "» [000:5:2]  ".count)) && next.dropFirst("» [000:5:2]  ".count).first != " ")
    }

    @Test func showOfAnUnknownLocatorFails() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let run = try fixture.run(["-c", ".show 000:99:1"])
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr.hasPrefix("-c:1:7: error: no 000:99:1"))
    }

    @Test func timerPrintsRunTimeOnStandardError() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let run = try fixture.run(["-c", ".timer on", "-c", "docs | count", "-c", ".timer off", "-c", "docs | count"])
        #expect(run.status == 0)
        #expect(run.stdout == "count\n─────\n    5\ncount\n─────\n    5\n", "timings are not mixed into results")
        let pattern = /Run Time: real \d+\.\d{3} user \d+\.\d{3} sys \d+\.\d{3}\n/
        #expect(run.stderr.wholeMatch(of: pattern) != nil, "exactly one timing line: \(run.stderr)")
    }

    @Test
    func sortByIdFollowsTheDocument() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let run = try fixture.run(["--mode", "csv", "-c", "sentences | sort by id | limit 3 | show id"])
        #expect(run.stdout == "id\n000:1:1\n000:1:2\n000:2:1\n")
    }
}
