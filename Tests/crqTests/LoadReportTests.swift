import Foundation
import Testing

/// What crq says about the corpus it loaded: outside the shell each warning and note and the
/// summary go to standard error, so scripts notice them; `--quiet` silences them; `.warnings` lists
/// each warning once.
@Suite("load warnings on standard error", .timeLimit(.minutes(3)))
struct LoadReportTests {
    /// Two faulty lines among three records.
    static let faulty = """
        not json at all
        {"id": "a", "text": "Fine text."}
        {"id": "b", "text": "More.", "date": "someday"}

        """
    static let warnings = """
        w.jsonl:1: warning: not JSON; line skipped
        w.jsonl:3: warning: date 'someday' is not a date crq can read

        """

    /// Standard error without the load time, which varies.
    func withoutTime(_ text: String) -> String {
        text.replacingOccurrences(of: #" in \d+\.\d\d s"#, with: " in T s", options: .regularExpression)
    }

    @Test func aStatementGivenWithCSeesEachWarningAndTheSummary() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        try fixture.write("w.jsonl", Self.faulty)
        let run = try fixture.run(["w.jsonl", "-c", "docs | count"])
        #expect(run.stdout == "count\n─────\n    2\n")
        #expect(withoutTime(run.stderr) == Self.warnings + "w: 2 documents, 2 sentences, 3 tokens in T s; 2 warnings\n")
        #expect(run.status == 0)
    }

    /// Many warnings saying one thing are three lines and a count; `.warnings` still lists each.
    @Test func warningsAlikeAreCountedAfterThree() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        try fixture.write("w.jsonl", (1...5).map { "{\"id\": \"d\($0)\", \"text\": \"Text.\", \"date\": \"someday\"}\n" }.joined() + "no json\n")
        let run = try fixture.run(["w.jsonl", "-c", "docs | count"])
        let lines = withoutTime(run.stderr).split(separator: "\n")
        #expect(lines == ["w.jsonl:1: warning: date 'someday' is not a date crq can read",
                          "w.jsonl:2: warning: date 'someday' is not a date crq can read",
                          "w.jsonl:3: warning: date 'someday' is not a date crq can read",
                          "w.jsonl:6: warning: not JSON; line skipped",
                          "warning: 2 more like these: date 'someday' is not a date crq can read (.warnings lists them)",
                          "w: 5 documents, 5 sentences, 5 tokens in T s; 6 warnings"], "\(run.stderr)")
        let listed = try fixture.run(["w.jsonl", "--quiet", "-c", ".warnings"])
        #expect(listed.stdout.split(separator: "\n").count == 6)
    }

    @Test func quietSilencesThem() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        try fixture.write("w.jsonl", Self.faulty)
        for flag in ["--quiet", "-q"] {
            let run = try fixture.run(["w.jsonl", flag, "-c", "docs | count"])
            #expect(run.stdout == "count\n─────\n    2\n")
            #expect(run.stderr == "")
        }
    }

    @Test func scriptsAndPipedInputSeeThemToo() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        try fixture.write("w.jsonl", Self.faulty)
        try fixture.write("count.crq", "docs | count\n")
        let script = try fixture.run(["run", "count.crq", "--corpus", "w.jsonl"])
        #expect(script.stderr.hasPrefix(Self.warnings))
        let piped = try fixture.run(["w.jsonl"], input: "docs | count\n")
        #expect(piped.stderr.hasPrefix(Self.warnings))
        #expect(!piped.stderr.contains("loading"), "no progress when standard error is not a terminal")
    }

    @Test func dotWarningsListsEachOnceAndNoSummary() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        try fixture.write("w.jsonl", Self.faulty)
        let run = try fixture.run(["w.jsonl", "--quiet", "-c", ".warnings"])
        #expect(run.stdout == Self.warnings)
        #expect(run.stderr == "")
    }

    @Test func dotLoadOutsideTheShellSaysTheWarnings() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        try fixture.write("w.jsonl", Self.faulty)
        let run = try fixture.run(["-c", ".load w.jsonl", "-c", "docs | count"])
        #expect(withoutTime(run.stderr) == Self.warnings + "w: 2 documents, 2 sentences, 3 tokens in T s; 2 warnings\n")
        #expect(run.stdout == "count\n─────\n    2\n")
    }

    @Test func theFieldNoteIsSaidOnceForAFolder() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        try fixture.write("np/a.jsonl", #"{"maintext": "One.", "source_domain": "a.com"}"# + "\n")
        try fixture.write("np/b.jsonl", #"{"maintext": "Two.", "source_domain": "b.com"}"# + "\n")
        let run = try fixture.run(["np", "-c", "docs | count"])
        #expect(withoutTime(run.stderr).hasSuffix("""
            np/a.jsonl: note: fields: text ← maintext, source ← source_domain (--field FIELD=NAME chooses another)
            np: 2 documents, 2 sentences, 2 tokens in T s; 1 note

            """))
    }
}
