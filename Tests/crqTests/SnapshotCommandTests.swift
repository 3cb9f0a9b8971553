import Foundation
import Testing

/// Snapshots as a user meets them: `crq index`, a reopen from the snapshot, a bad snapshot said in
/// one line, `--no-cache`, and the seeds cached outside the package.
@Suite("crq and corpus snapshots", .timeLimit(.minutes(3)))
struct SnapshotCommandTests {
    static let count = ["-c", #"sentences | filter "restraint" | count"#]

    func corpus(_ fixture: ShellFixture) throws -> String {
        try fixture.write("news/a.txt", "Leaders urged restraint.\nThey urged restraint again. Then calm.\n")
        return try fixture.write("news/b.txt", "Another story on restraint.\n").replacingOccurrences(of: "/b.txt", with: "")
    }

    @Test func indexThenReopen() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let news = try corpus(fixture)
        let built = try fixture.run(["index", news])
        #expect(built.status == 0 && built.stderr == "")
        #expect(built.stdout.hasPrefix("wrote \(news)/.crq-snapshot (news: 2 documents, 4 sentences"))
        let again = try fixture.run(["index", news])
        #expect(again.stdout.hasPrefix("current: \(news)/.crq-snapshot (news: 2 documents"))
        let run = try fixture.run([news] + Self.count)
        #expect(run.status == 0 && run.stderr == "" && run.stdout.hasSuffix("    3\n"))
    }

    /// `crq index` keeps the annotations beside the snapshot (unless --no-annotations); a later
    /// process prints what a fresh extraction prints; a damaged file is said in one line and made again.
    @Test func indexKeepsTheAnnotations() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let quoted = try fixture.write("quoted/a.txt", "“We urge restraint,” the envoy said on Monday.\nOfficials said 12 people died.\n")
            .replacingOccurrences(of: "/a.txt", with: "")
        // One file per build of crq: .crq-snapshot-annotations-BUILD.
        func keptFiles() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: quoted).filter { $0.hasPrefix(".crq-snapshot-annotations-") }.map { quoted + "/" + $0 }
        }
        #expect(try fixture.run(["index", "--no-annotations", quoted]).status == 0)
        #expect(try keptFiles().isEmpty)
        let built = try fixture.run(["index", quoted])
        let kept = try #require(try keptFiles().first)
        #expect(try keptFiles().count == 1)
        #expect(built.status == 0 && built.stderr == "")
        #expect(built.stdout.hasSuffix("; \(kept) (2 quotations, 1 figures, 2 entities)\n"))
        let statement = ["-c", "quotes | show speaker, cue, text", "-c", "figures | show value, unit, given_by", "--mode", "tsv"]
        let fresh = try fixture.run(["--no-cache", quoted] + statement)
        let read = try fixture.run([quoted] + statement)
        #expect(read.stdout == fresh.stdout && read.stderr == "" && fresh.stdout.contains("envoy\tsaid\tWe urge restraint,"))
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: kept)))
        bytes[bytes.count - 2] ^= 0x40
        try Data(bytes).write(to: URL(fileURLWithPath: kept))
        let again = try fixture.run([quoted] + statement)
        #expect(again.stdout == fresh.stdout)
        #expect(again.stderr == "crq: \(kept): snapshot corrupt (its annotations fail their checksum); rebuilding it\n")
        #expect(try fixture.run([quoted] + statement).stderr == "")
    }

    @Test func aCorruptSnapshotIsSaidOnceAndRebuilt() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let news = try corpus(fixture)
        _ = try fixture.run(["index", news])
        let snapshot = news + "/.crq-snapshot"
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: snapshot)))
        bytes[bytes.count - 3] ^= 0x40
        try Data(bytes).write(to: URL(fileURLWithPath: snapshot))
        let run = try fixture.run([news] + Self.count)
        #expect(run.status == 0 && run.stdout.hasSuffix("    3\n"))
        #expect(run.stderr.hasPrefix("crq: \(snapshot): snapshot corrupt (its "))
        #expect(run.stderr.hasSuffix(" fails its checksum); rebuilding it\n"))
        #expect(run.stderr.split(separator: "\n").count == 1)
        #expect(try fixture.run([news] + Self.count).stderr == "")
    }

    @Test func noCacheWritesNothing() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let news = try corpus(fixture)
        let run = try fixture.run(["--no-cache", news] + Self.count)
        #expect(run.status == 0 && run.stdout.hasSuffix("    3\n"))
        #expect(!FileManager.default.fileExists(atPath: news + "/.crq-snapshot"))
        _ = try fixture.run([news] + Self.count)
        #expect(FileManager.default.fileExists(atPath: news + "/.crq-snapshot"))
    }

    @Test func theSeedsAreCachedOutsideThePackage() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let run = try fixture.run(Self.count)
        #expect(run.status == 0 && run.stdout.hasSuffix("   18\n"))
        let cached = try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path + "-cache/crq")
        #expect(cached.count == 1 && cached[0].hasPrefix("seeds-") && cached[0].hasSuffix(".crq-snapshot"))
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        #expect(!FileManager.default.fileExists(atPath: package.appendingPathComponent("seeds/.crq-snapshot").path))
    }
}
