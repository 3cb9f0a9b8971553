import Foundation
@testable import Rendering
import Testing
@testable import Shell

/// `help`, `quit` and `exit` typed alone at the prompt, as other shells take them.
@Suite struct ShellWordTests {
    private func run(_ input: String, interactive: Bool) -> (out: String, err: String, session: Session) {
        var out = "", err = ""
        let session = Session(corpus: Fixtures.seeds, write: { out += $0 }, report: { err += $0 })
        session.run(FileLineSource(text: input), name: "<input>", interactive: interactive)
        return (out, err, session)
    }

    @Test func helpAloneShowsTheHelp() {
        let r = run("help\n", interactive: true)
        #expect(r.out.contains(".quit"))
        #expect(r.err.isEmpty)
        #expect(r.session.errorCount == 0)
    }

    /// `help VERB` (or unit, command, topic) at the prompt is `.help VERB`.
    @Test func helpWithATopicShowsThatHelp() {
        let r = run("help top\nhelp quotes\n", interactive: true)
        #expect(r.session.errorCount == 0, "\(r.err)")
        #expect(r.out.hasPrefix("top N [per FIELD]\n") && r.out.contains("as_written"))
        #expect(!run("quit now\n", interactive: true).session.quitRequested, "quit takes no words")
        let typo = run("help grup\n", interactive: true)
        #expect(typo.err.contains("no help on 'grup'") && typo.err.contains("did you mean 'group'"))
    }

    /// A mistyped command is pointed to the nearest, quoted as every other "did you mean" quotes a name.
    @Test func aMistypedCommandNamesTheNearest() {
        let typo = run(".mdoe csv\n", interactive: false).err
        #expect(typo.contains("<input>:1:1: error: unknown command '.mdoe'\n"))
        #expect(typo.contains("hint: did you mean '.mode'?\n"), "\(typo)")
        let far = run(".zzzzzzzz\n", interactive: false).err
        #expect(far.contains("unknown command '.zzzzzzzz'\n") && far.contains("hint: type .help for the list\n"), "\(far)")
    }

    @Test func quitAndExitLeave() {
        for word in ["quit", "exit;"] {
            let r = run("\(word)\ndocs | count\n", interactive: true)
            #expect(r.session.quitRequested)
            #expect(!r.out.contains("5"), "nothing runs after \(word)")
        }
    }

    /// `.exit` is another name of `.quit`: it leaves and completes, and `.help` lists it in quit's row only.
    @Test func dotExitIsQuitsOtherName() {
        #expect(run(".exit\n", interactive: false).session.quitRequested)
        let help = run(".help\n", interactive: true).out
        #expect(help.components(separatedBy: ".exit").count == 2, "one mention: (also .exit, Ctrl-D)")
        #expect(run(".help exit\n", interactive: true).out.hasPrefix(".quit\n"))
        let completer = SessionCompleter(session: Session(corpus: Fixtures.seeds, write: { _ in }, report: { _ in }))
        #expect(completer.completions(linePrefix: ".ex") == [".exit"])
    }

    @Test func aBoundNameWins() {
        let r = run("let help = docs\nhelp | count\nhelp\n", interactive: true)
        #expect(r.session.errorCount == 0)
        #expect(!r.out.contains(".quit"))
        #expect(r.out.contains("5"))
    }

    @Test func scriptsStayStrict() {
        let r = run("help\n", interactive: false)
        #expect(r.session.errorCount == 1)
        #expect(r.err.contains("unknown unit or name 'help'"))
    }
}

/// Positions in the shell count the lines typed, a statement recalled from history as the lines it holds.
@Suite struct ShellLineNumberTests {
    /// Gives each entry as one read, as the line editor gives back a recalled statement of several lines.
    final class Entries: LineSource {
        var entries: [String]
        init(_ entries: [String]) { self.entries = entries }
        func readLine(prompt: String) -> LineRead { entries.isEmpty ? .end : .line(entries.removeFirst()) }
        func addHistory(_ entry: String) {}
    }

    @Test func aRecalledStatementOfSeveralLinesCountsEachLine() {
        var err = ""
        let session = Session(corpus: Fixtures.seeds, write: { _ in }, report: { err += $0 })
        let recalled = "quotes |\n  filter kind = \"direct\" |\n  grup by speaker"
        session.run(Entries([recalled, recalled, "docs | grup by x"]), name: "<shell>", interactive: true)
        #expect(err.contains("<shell>:3:3: error: unknown verb 'grup'"))
        #expect(err.contains("<shell>:6:3: error: unknown verb 'grup'"))
        #expect(err.contains("<shell>:7:8: error: unknown verb 'grup'"), "\(err)")
    }
}

/// `.show` fits each paragraph or sentence to the terminal under its text; the target's lines are bold
/// each on its own (an escape never spans a line break, so a line's width is its text's).
@Suite struct ContextViewTests {
    @Test func theTargetIsFittedAndEachOfItsLinesIsBold() throws {
        let target = try Fixtures.seeds.resolve(locator: "000:5:2")
        let lines = ContextView.render(target, in: Fixtures.seeds, color: true, width: 60).split(separator: "\n")
        let bold = lines.filter { $0.contains("\u{1B}[1m") }
        #expect(bold.count >= 2, "the marked sentence takes several lines at 60 columns")
        #expect(bold.allSatisfy { $0.hasSuffix("\u{1B}[0m") })
        #expect(lines.map { $0.replacingOccurrences(of: "\u{1B}[1m", with: "").replacingOccurrences(of: "\u{1B}[0m", with: "") }.allSatisfy { $0.count <= 60 })
        #expect(!ContextView.render(target, in: Fixtures.seeds, color: false, width: 60).contains("\u{1B}"))
    }

    /// Styled output is spelled in one place: no escape code in the library layers outside
    /// `Rendering/Style.swift` (the executable's progress line moves the cursor; that is crq's).
    @Test func escapeCodesAreSpelledOnlyInStyle() throws {
        let sources = Fixtures.root.appendingPathComponent("Sources")
        let files = try #require(FileManager.default.subpathsOfDirectory(atPath: sources.path).filter { $0.hasSuffix(".swift") })
        #expect(files.count > 100)
        for file in files where !file.hasPrefix("crq/") && file != "Rendering/Style.swift" {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            #expect(!text.contains("\\u{1B}"), "\(file) spells an escape code")
        }
    }
}
