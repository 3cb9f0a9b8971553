import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite struct PseudoTerminalHarnessTests {
    /// The terminal is the child's controlling terminal, so Ctrl-C in cooked mode is SIGINT
    /// (which the real shell's "cancel a running statement" tests rely on).
    @Test func ctrlCInCookedModeSendsSIGINT() throws {
        let child = try PseudoTerminal(executable: "/bin/sh", arguments: ["-c", "echo ready; exec sleep 30"],
                                       environment: ["PATH": "/usr/bin:/bin"])
        try child.expect("ready")
        child.send("\u{03}")
        #expect(try child.waitForExit() == 128 + SIGINT)
    }
}

/// Keys, as a terminal sends them.
private enum Key {
    static let enter = "\r"
    static let tab = "\t"
    static let ctrlC = "\u{03}"
    static let ctrlD = "\u{04}"
    static let up = "\u{1b}[A"
}

extension PseudoTerminal {
    /// Waits for the table of a `count` statement and returns the number in it. On a terminal the
    /// header is bold, so this matches the rule under it and the line after.
    func expectCount(timeout: Duration = .seconds(10)) throws -> Int? {
        try expect("─────\r\n", timeout: timeout)
        let line = try expect("\r\n", timeout: timeout)
        return Int(line.trimmingCharacters(in: .whitespaces))
    }
}

/// The real shell on the seed corpus, driven through a pseudo-terminal as a person would.
@Suite("crq on a pseudo-terminal", .timeLimit(.minutes(3)))
struct ShellTerminalTests {
    static let prompt = "seeds> "
    static let restraint = #"sentences | filter "restraint" | count"#

    @Test func promptNamesTheSeedCorpusAndAStatementPrintsItsTable() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let shell = try fixture.startShell()
        let banner = try shell.expect(Self.prompt)
        #expect(banner.contains("seeds: 5 documents, 150 sentences"))
        try shell.type(Self.restraint + Key.enter)
        // Bold header on a terminal, the rule, the right-aligned number.
        try shell.expect("\u{1b}[1mcount\u{1b}[0m\r\n─────\r\n   18\r\n")
        try shell.expect(Self.prompt)
        try shell.type(".quit" + Key.enter)
        #expect(try shell.waitForExit() == 0)
    }

    /// Loading shows progress through the same line as statements, which draws only work that runs
    /// over a second: a load of five files shows none, only its summary.
    @Test func aShortLoadDrawsNoProgressLine() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let shell = try fixture.startShell()
        let banner = try shell.expect(Self.prompt)
        #expect(!banner.contains("loading"))
        #expect(banner.contains("seeds: 5 documents"))
        try shell.type(".quit" + Key.enter)
        #expect(try shell.waitForExit() == 0)
    }

    @Test func promptNamesAnotherCorpus() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        try fixture.write("fieldnotes/a.txt", "Field notes\n\nA first sentence. A second one.\n")
        let shell = try fixture.startShell(arguments: [fixture.folder.appendingPathComponent("fieldnotes").path])
        try shell.expect("fieldnotes> ")
        try shell.type("docs | count" + Key.enter)
        #expect(try shell.expectCount() == 1)
        try shell.expect("fieldnotes> ")
    }

    @Test func noColourWhenNO_COLORIsSet() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let shell = try fixture.startShell(environment: ["NO_COLOR": "1"])
        try shell.expect(Self.prompt)
        try shell.type(Self.restraint + Key.enter)
        try shell.expect("\r\ncount\r\n─────\r\n   18\r\n")
        try shell.type("sentences | fliter \"x\"" + Key.enter)
        try shell.expect("<shell>:2:13: error: unknown verb 'fliter'")
        try shell.expect(Self.prompt)
        #expect(!shell.transcript.contains("\u{1b}[1m"))
        #expect(!shell.transcript.contains("\u{1b}[1;31m"))
    }

    @Test func continuationPromptJoinsLines() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let shell = try fixture.startShell()
        try shell.expect(Self.prompt)
        try shell.type(#"sentences | filter "restraint" |"# + Key.enter)
        let between = try shell.expect("...> ")
        #expect(!between.contains("error"), "an unfinished statement is not run")
        try shell.type("count" + Key.enter)
        #expect(try shell.expectCount() == 18)
        try shell.expect(Self.prompt)
        // An open parenthesis continues too.
        try shell.type(#"sentences | filter ("restraint""# + Key.enter)
        try shell.expect("...> ")
        try shell.type(#"or "Kirby") | count"# + Key.enter)
        let count = try shell.expectCount()
        #expect(count.map { $0 > 18 } == true, "restraint or Kirby: more than restraint alone, got \(String(describing: count))")
    }

    /// An empty line at `...> ` stops waiting: the statement is taken as typed and says what it lacks,
    /// pointing at its end; the prompt comes back and the next statement's lines count right.
    @Test func anEmptyContinuationLineSaysWhatIsMissing() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let shell = try fixture.startShell(environment: ["NO_COLOR": "1"])
        try shell.expect(Self.prompt)
        try shell.type("sentences | filter" + Key.enter)
        try shell.expect("...> ")
        try shell.type(Key.enter)
        let error = try shell.expect(Self.prompt)
        #expect(error.contains("<shell>:1:19: error: expected a condition"), "\(error)")
        #expect(error.contains("  sentences | filter\r\n                    ^"), "the caret under the end of what was typed: \(error)")
        try shell.type("sentences | fliter" + Key.enter)
        try shell.expect("<shell>:3:13: error: unknown verb 'fliter'")
    }

    /// A string left open is an error at once, with its caret and hint, and the prompt comes back: a
    /// string ends on its line, so asking for more lines would hold the analyst until Ctrl-C.
    @Test func anOpenStringIsAnErrorAtOnce() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let shell = try fixture.startShell(environment: ["NO_COLOR": "1"])
        try shell.expect(Self.prompt)
        try shell.type(#"sentences | filter "restraint"# + Key.enter)
        let error = try shell.expect("hint: end it with the same quotation mark it starts with")
        #expect(error.contains("<shell>:1:20: error: this string is not closed"))
        #expect(error.contains("^"))
        #expect(!error.contains("...> "), "no continuation prompt")
        try shell.expect(Self.prompt)
        try shell.type(Self.restraint + Key.enter)
        #expect(try shell.expectCount() == 18)
    }

    @Test func diacriticsAreFoldedInTypedText() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let shell = try fixture.startShell()
        try shell.expect(Self.prompt)
        try shell.type(#"sentences | filter "Stéphane" | count"# + Key.enter)
        let accented = try shell.expectCount()
        try shell.expect(Self.prompt)
        try shell.type(#"sentences | filter "Stephane" | count"# + Key.enter)
        let plain = try shell.expectCount()
        #expect(accented == 3)
        #expect(accented == plain)
        try shell.expect(Self.prompt)
        // The accented query finds the sentences written without the accent, and the other way round.
        try shell.type(#"sentences | filter "Stéphane" | show id"# + Key.enter)
        try shell.expect("000:3:2")
        try shell.expect("002:7:1")
        try shell.expect("004:21:1")
    }

    @Test func historyIsSavedAndRecalledInANewProcess() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let first = try fixture.startShell()
        try first.expect(Self.prompt)
        try first.type(Self.restraint + Key.enter)
        #expect(try first.expectCount() == 18)
        try first.expect(Self.prompt)
        // Saved after the entry, before the shell exits, with no temporary file left behind.
        let saved = try String(contentsOfFile: fixture.historyPath, encoding: .utf8)
        #expect(saved.contains(#"sentences\040|\040filter\040"restraint"\040|\040count"#))
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path) == ["history"])
        try first.type(Key.ctrlD)
        #expect(try first.waitForExit() == 0)

        let second = try fixture.startShell()
        try second.expect(Self.prompt)
        try second.type(Key.up + Key.enter)
        #expect(try second.expectCount() == 18, "the recalled statement runs")
        try second.expect(Self.prompt)
        try second.type(Key.ctrlD)
        #expect(try second.waitForExit() == 0)
    }

    @Test func aContinuedStatementIsOneHistoryEntry() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let first = try fixture.startShell()
        try first.expect(Self.prompt)
        try first.type("docs |" + Key.enter)
        try first.expect("...> ")
        try first.type("count" + Key.enter)
        #expect(try first.expectCount() == 5)
        try first.expect(Self.prompt)
        try first.type(Key.ctrlD)
        #expect(try first.waitForExit() == 0)

        let second = try fixture.startShell()
        try second.expect(Self.prompt)
        try second.type(Key.up + Key.enter)
        #expect(try second.expectCount() == 5)
    }

    @Test func aFileThatIsNotAHistoryIsNeverOverwritten() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        try "my notes\n".write(toFile: fixture.historyPath, atomically: true, encoding: .utf8)
        let shell = try fixture.startShell()
        try shell.expect("is not a history file")
        try shell.expect(Self.prompt)
        try shell.type("docs | count" + Key.enter)
        #expect(try shell.expectCount() == 5)
        try shell.type(Key.ctrlD)
        #expect(try shell.waitForExit() == 0)
        #expect(try String(contentsOfFile: fixture.historyPath, encoding: .utf8) == "my notes\n")
    }

    @Test func tabCompletesAMetaCommand() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let shell = try fixture.startShell()
        try shell.expect(Self.prompt)
        // `.mo` → `.mode ` (with a space); without completion `.mocsv` would be an unknown command.
        try shell.type(".mo" + Key.tab + "csv" + Key.enter)
        try shell.expect(Self.prompt)
        try shell.type("docs | count" + Key.enter)
        try shell.expect("\r\ncount\r\n5\r\n")
        #expect(!shell.transcript.contains("error"))
    }

    @Test func tabCompletesAVerbAndItsArgument() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let shell = try fixture.startShell()
        try shell.expect(Self.prompt)
        try shell.type("sentences | filt" + Key.tab + #""restraint" | cou"# + Key.tab + Key.enter)
        #expect(try shell.expectCount() == 18)
        try shell.expect(Self.prompt)
        try shell.type(".mode mark" + Key.tab + Key.enter)
        try shell.expect(Self.prompt)
        try shell.type("docs | count" + Key.enter)
        try shell.expect("| count |\r\n| ---: |\r\n| 5 |\r\n")
    }

    @Test func tabListsAmbiguousCandidatesInColumns() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let shell = try fixture.startShell()
        try shell.expect(Self.prompt)
        try shell.type("sentences | s" + Key.tab)
        // Listed on a line of their own, then the line is redrawn.
        try shell.expect("\r\nsave  show  sort\r\n")
        try shell.expect(Self.prompt + "sentences | s")
        try shell.type("ort by words desc | limit 1 | show id, words" + Key.enter)
        try shell.expect("004:22:1     66")
    }

    @Test
    func tabCompletesAUnitAtTheStartOfAStatement() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let shell = try fixture.startShell()
        try shell.expect(Self.prompt)
        try shell.type("sent" + Key.tab + "| count" + Key.enter)
        #expect(try shell.expectCount() == 150)
    }

    @Test
    func tabCompletesAnOutletInQuotes() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let shell = try fixture.startShell()
        try shell.expect(Self.prompt)
        try shell.type(#"docs | filter source = "Brus"# + Key.tab + "| count" + Key.enter)
        #expect(try shell.expectCount() == 1)
        try shell.expect(Self.prompt)
    }

    @Test func ctrlCAbandonsTheLineAndTheShellGoesOn() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let shell = try fixture.startShell()
        try shell.expect(Self.prompt)
        try shell.type("sentences | count" + Key.ctrlC)
        try shell.expect("^C")
        try shell.expect(Self.prompt)
        // Ctrl-C on a continuation line abandons the whole statement.
        try shell.type("paragraphs |" + Key.enter)
        try shell.expect("...> ")
        try shell.type("count" + Key.ctrlC)
        try shell.expect(Self.prompt)
        try shell.type("docs | count" + Key.enter)
        let between = try shell.expect("─────\r\n    5\r\n")
        #expect(!between.contains("─────"), "nothing else ran: \(between)")
        #expect(!shell.transcript.contains("─────\r\n  150"), "the abandoned `sentences | count` did not run")
        try shell.expect(Self.prompt)
        let history = try String(contentsOfFile: fixture.historyPath, encoding: .utf8)
        #expect(!history.contains("sentences"))
        #expect(!history.contains("paragraphs"))
        try shell.type(Key.ctrlD)
        #expect(try shell.waitForExit() == 0)
    }

    @Test func ctrlDOnAnEmptyLineExitsWithStatusZero() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let shell = try fixture.startShell()
        try shell.expect(Self.prompt)
        try shell.type(Key.ctrlD)
        #expect(try shell.waitForExit() == 0)
        #expect(!shell.transcript.contains("error"))
    }

    @Test func anErrorIsReportedAndTheShellGoesOn() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let shell = try fixture.startShell()
        try shell.expect(Self.prompt)
        try shell.type(#"sentences | fliter "x""# + Key.enter)
        try shell.expect("<shell>:1:13: ")
        try shell.expect("error")
        try shell.expect("unknown verb 'fliter'\r\n")
        try shell.expect("  sentences | fliter \"x\"\r\n              ^~~~~~\r\n")
        try shell.expect("  hint: did you mean 'filter'?")
        try shell.expect(Self.prompt)
        try shell.type("docs | count" + Key.enter)
        #expect(try shell.expectCount() == 5)
        try shell.type(Key.ctrlD)
        #expect(try shell.waitForExit() == 0)
    }

    @Test func loadingAMissingFolderKeepsTheCorpus() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let shell = try fixture.startShell()
        try shell.expect(Self.prompt)
        try shell.type(".load /nonexistent/crq-corpus" + Key.enter)
        try shell.expect("/nonexistent/crq-corpus: no such file or folder; the current corpus stays open")
        try shell.expect(Self.prompt)
        try shell.type("docs | count" + Key.enter)
        #expect(try shell.expectCount() == 5)
        try shell.expect(Self.prompt)
    }

    @Test func pipedInputGetsNoPromptAndNoHistory() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let input = """
            sentences | filter "restraint" |\r
            count
            -- a comment
            .mode csv
            docs | count
            .quit
            sentences | count

            """
        let run = try fixture.run([], input: input)
        #expect(run.stdout == "count\n─────\n   18\ncount\n5\n")
        #expect(run.stderr == "")
        #expect(!(run.stdout + run.stderr).contains("> "), "no prompt")
        #expect(run.status == 0)
        #expect(!FileManager.default.fileExists(atPath: fixture.historyPath))
    }

    @Test func pipedInputStopsAtTheFirstError() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let run = try fixture.run([], input: "docs | count\nfliter\nsentences | count\n")
        #expect(run.status == 1)
        #expect(run.stdout == "count\n─────\n    5\n")
        #expect(run.stderr.hasPrefix("<stdin>:2:1: error: unknown unit or name 'fliter'\n"))
    }
}
