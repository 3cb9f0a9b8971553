import Foundation
import Testing

/// Analysts' own files given to `crq` on the command line: CSV, gzip-compressed news-please JSONL,
/// `--field`, and `.load … --field`.
@Suite("crq on CSV and JSONL exports", .timeLimit(.minutes(3)))
struct CorpusFormatCommandTests {
    static let csv = """
        id,story,outlet,date
        1,"Officials urged restraint. ""Calm"", one said.",Wire,2024-01-18
        2,"A second story,
        over two lines.",Post,2024-01-19

        """
    static let newsPlease = """
        {"authors": ["Jane Doe"], "date_publish": "2024-01-18 10:00:00", "maintext": "Officials urged restraint.", "source_domain": "example.com", "text": null, "title": "Restraint"}
        {"authors": [], "date_publish": "2024-01-19 08:00:00", "maintext": "The talks went on.", "source_domain": "other.org", "title": "Talks"}
        {"authors": [], "date_publish": "2024-01-19 09:00:00", "maintext": "And on.", "source_domain": "other.org", "title": "More talks"}

        """

    @Test func aCSVCorpus() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        try fixture.write("corpus.csv", "id,text,source\n1,First article.,Wire\n2,\"Second, with a comma.\",Post\n")
        let run = try fixture.run(["corpus.csv", "-c", "docs | count"])
        #expect(run.stdout == "count\n─────\n    2\n")
        #expect(run.status == 0)
    }

    @Test func aCompressedNewsPleaseExport() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        try fixture.write("news-please.jsonl", Self.newsPlease)
        #expect(try fixture.run(executable: "/bin/gzip", ["news-please.jsonl"]).status == 0)
        let run = try fixture.run(["news-please.jsonl.gz", "-c", ".mode csv", "-c", "docs | group by source", "-c", "docs | show title, author, date"])
        #expect(run.stdout == """
            source,count,share
            other.org,2,0.6667
            example.com,1,0.3333
            title,author,date
            Restraint,Jane Doe,2024-01-18
            Talks,,2024-01-19
            More talks,,2024-01-19

            """)
        #expect(run.stderr.hasPrefix("news-please.jsonl.gz: note: fields: text ← maintext, title ← title, source ← source_domain, date ← date_publish, author ← authors (--field FIELD=NAME chooses another)\nnews-please: 3 documents,"))
        #expect(run.status == 0)
    }

    @Test func fieldsNamedOnTheCommandLineAndInLoad() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        try fixture.write("export.csv", Self.csv)
        let mapped = try fixture.run(["export.csv", "--field", "text=story", "--field", "source=outlet", "-c", ".mode csv",
                                      "-c", "sentences | filter \"restraint\" | show doc, source, text"])
        #expect(mapped.stdout == "doc,source,text\n1,Wire,Officials urged restraint.\n")
        #expect(mapped.status == 0)
        // Without --field the file has no text column: nothing to load.
        let unmapped = try fixture.run(["export.csv", "-c", "docs | count"])
        #expect(unmapped.status == 66)
        #expect(unmapped.stderr.contains("export.csv:1: warning: no text column (looked for text, maintext, content, body, article; the columns are id, story, outlet, date)"))
        // .load takes its own --field.
        let loaded = try fixture.run(["-c", ".load export.csv --field text=story --field source=outlet", "-c", "docs | group by source"])
        #expect(loaded.stdout.contains("Wire"))
        #expect(loaded.stdout.contains("Post"))
        #expect(loaded.status == 0)
    }

    @Test func notebooksOnAMappedCSV() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        try fixture.write("export.csv", Self.csv)
        try fixture.write("nb.crq", "docs | group by source\n")
        let field = ["--corpus", "export.csv", "--field", "text=story", "--field", "source=outlet"]
        #expect(try fixture.run(["run", "--update", "nb.crq"] + field).status == 0)
        let check = try fixture.run(["check", "nb.crq"] + field)
        #expect(check.stdout == "nb.crq: ok, 1 statement matches\n")
        #expect(check.status == 0)
        let render = try fixture.run(["render", "nb.crq", "--quiet"] + field)
        #expect(render.stdout.contains("| Wire"))
        #expect(try fixture.run(["check", "nb.crq", "--corpus", "export.csv"]).status == 66, "without --field the CSV has no text column")
    }

    @Test func aBadFieldIsABadCommandLine() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let run = try fixture.run(["--field", "colour=hue", "-c", "docs | count"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("--field colour=hue: unknown field 'colour'; fields: text, title, source, date, author, url, id"))
        let load = try fixture.run(["-c", ".load x.csv --field text"])
        #expect(load.status == 1)
        #expect(load.stderr.hasPrefix("-c:1:7: error: --field text: 'text' is not FIELD=NAME"))
    }
}
