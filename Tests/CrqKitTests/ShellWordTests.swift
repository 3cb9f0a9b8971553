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

    @Test func quitAndExitLeave() {
        for word in ["quit", "exit;"] {
            let r = run("\(word)\ndocs | count\n", interactive: true)
            #expect(r.session.quitRequested)
            #expect(!r.out.contains("5"), "nothing runs after \(word)")
        }
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
