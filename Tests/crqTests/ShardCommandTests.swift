import Foundation
import Testing

/// `crq shard`, `crq worker` and `crq merge` as the Spark driver runs them: the merged output is the
/// whole corpus's, a refusal has a caret and exit status 1, an unreadable shard is named.
@Suite("crq shard, worker and merge", .timeLimit(.minutes(3)))
struct ShardCommandTests {
    func corpus(_ fixture: ShellFixture) throws -> String {
        try fixture.write("news/a.txt", "Leaders urged restraint.\nThey urged restraint again. Then calm.\n")
        try fixture.write("news/b.txt", "Another story on restraint.\nNo calm.\n")
        try fixture.write("news/c.txt", "Markets.\nCalm markets, calm traders.\n")
        return try fixture.write("news/metadata.tsv", "file\tsource\na.txt\tWire\nb.txt\tDaily\nc.txt\tWire\n")
            .replacingOccurrences(of: "/metadata.tsv", with: "")
    }

    @Test func workersMergedPrintAsTheWholeCorpus() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let news = try corpus(fixture)
        let shards = fixture.folder.path + "/shards"
        let cut = try fixture.run(["shard", news, "--parts", "2", "--out", shards])
        #expect(cut.status == 0 && cut.stdout.split(separator: "\n").count == 2)
        for statement in [#"sentences | filter "calm" | group by source"#, "terms | top 3", #"sentences | sort by id desc | limit 2"#] {
            var partials = ""
            for k in 0..<2 {
                let worker = try fixture.run(["worker", shards + "/part-0000\(k)", "--part", "\(k)", "--quiet", "-c", statement])
                #expect(worker.status == 0 && worker.stderr == "")
                partials += worker.stdout
            }
            let merged = try fixture.run(["merge", "-c", statement], input: partials)
            let whole = try fixture.run([news, "--quiet", "-c", statement])
            #expect(merged.status == 0 && merged.stdout == whole.stdout && !whole.stdout.isEmpty, "\(statement)")
        }
    }

    @Test func refusalsAndUnreadableShards() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let refused = try fixture.run(["merge", "--check", "-c", "passages | kwic \"Iran\""])
        #expect(refused.status == 1 && refused.stdout == "")
        #expect(refused.stderr.hasPrefix("-c:1:12: error: 'kwic' cannot run over shards yet"))
        #expect(refused.stderr.contains("\n             ^~~~~~~~~~~\n"))
        // Passages run once the corpus's clusters are found from every shard's words: the check says so.
        let passages = try fixture.run(["merge", "--check", "-c", "passages | top 5"])
        #expect(passages.status == 0 && passages.stdout == "passages\n")
        // Quotations run in two passes: the check says so, and a worker without the corpus's names refuses.
        let quotes = try fixture.run(["merge", "--check", "-c", "quotes | count"])
        #expect(quotes.status == 0 && quotes.stdout == "entities\n")
        let alone = try fixture.run(["worker", try corpus(fixture), "--quiet", "-c", "quotes | count"])
        #expect(alone.status == 1 && alone.stderr.contains("error: its speakers are resolved across the whole corpus"))
        let missing = fixture.folder.path + "/no-such-shard"
        let worker = try fixture.run(["worker", missing, "-c", "docs | count"])
        #expect(worker.status == 66 && worker.stderr.hasPrefix("\(missing): error: no such file or folder"))
        let noPartial = try fixture.run(["merge", "-c", "docs | count"], input: "")
        #expect(noPartial.status == 1 && noPartial.stderr.hasPrefix("-c:1:1: error: no shard's partial result to merge"))
    }
}
