import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Every heavy statement, on a corpus big enough that it runs for seconds, stops within half a
/// second of Ctrl-C and gives the prompt back; work over a second shows progress on the terminal.
@Suite(.timeLimit(.minutes(5)))
struct HeavyStatementTests {
    let fixture: ShellFixture

    init() throws { fixture = try ShellFixture() }

    /// Articles from many outlets, each quoting several people (sentences written for this test).
    func quotingCorpus(documents: Int) throws -> String {
        let verbs = ["protect", "rebuild", "inspect", "fund", "reopen", "monitor", "defend", "repair"]
        let things = ["bridges", "schools", "harbours", "clinics", "railways", "archives", "dams", "markets"]
        let places = ["the northern valley", "the old port", "the capital", "the border towns", "the river delta"]
        var lines: [String] = []
        for d in 0..<documents {
            var paragraphs: [String] = []
            for k in 0..<10 {
                let n = d &* 31 &+ k &* 7
                let who = "Mara Quill\(n % 60)"
                paragraphs.append("“We will \(verbs[n % 8]) the \(things[(n / 8) % 8]) in \(places[n % 5]) before the winter of year \(n % 13),” said \(who), the regional minister. "
                                  + "Officials from \(places[(n + 2) % 5]) said the plan for the \(things[n % 8]) would cost \(n % 90 + 10) million.")
            }
            let text = paragraphs.joined(separator: "\n\n").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n")
            lines.append(#"{"id": "d\#(d)", "source": "Outlet \#(d % 120)", "text": "\#(text)"}"#)
        }
        return try fixture.write("many.jsonl", lines.joined(separator: "\n") + "\n")
    }

    @Test func ctrlCStopsEveryHeavyStatementWithinHalfASecond() throws {
        defer { fixture.removeFolder() }
        let prompt = "many> "
        let shell = try fixture.startShell(arguments: [try quotingCorpus(documents: 14000)])
        try shell.expect(prompt, timeout: .seconds(60))
        /// Types `statement`, checks it is still running two seconds later, presses Ctrl-C, and
        /// times the way back to the prompt.
        func interrupt(_ statement: String, showsProgress: Bool = false) throws {
            try shell.type(statement + "\r")
            shell.drain(for: .seconds(2))
            let meanwhile = shell.unmatchedOutput
            #expect(!meanwhile.contains(prompt), "\(statement) finished within 2 s: the corpus is too small to test it")
            if showsProgress { #expect(meanwhile.contains("%"), "\(statement) shows no progress: \(meanwhile)") }
            let sent = ContinuousClock.now
            shell.send("\u{03}")
            let before = try shell.expect("cancelled", timeout: .seconds(5))
            if showsProgress {
                let afterLastDraw = before.components(separatedBy: "Ctrl-C stops").last ?? ""
                #expect(afterLastDraw.contains("\r\u{1B}[K"), "the progress line is cleared before the error: \(afterLastDraw.debugDescription)")
            }
            try shell.expect(prompt, timeout: .seconds(5))
            #expect(ContinuousClock.now - sent < .milliseconds(500), "\(statement)")
        }
        try interrupt("quotes | count", showsProgress: true)             // extraction
        try shell.type("quotes | count\r")                                 // this time to the end
        try shell.expect(prompt, timeout: .seconds(240))
        try interrupt("compare by source on quotes | count")
        try interrupt("sentences | sort by text | count")
        try interrupt("passages | count", showsProgress: true)          // clustering reused passages
        let saved = fixture.folder.appendingPathComponent("all.jsonl").path
        try interrupt(#"sentences | save ""# + saved + #"""#, showsProgress: true)
        #expect(!FileManager.default.fileExists(atPath: saved), "a cancelled save leaves no file")
        try shell.type("\u{04}")
        #expect(try shell.waitForExit(timeout: .seconds(10)) == 0)
    }
}
