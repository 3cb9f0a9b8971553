@testable import Annotation
@testable import CorpusModel
import Foundation
@testable import QueryLanguage
@testable import Rendering
@testable import Shell
import Testing
@testable import TextAnalysis

/// Shared test fixtures: the seed corpus (loaded once) and scratch folders.
enum Fixtures {
    /// The package root, from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seedsPath = root.appendingPathComponent("seeds").path

    static let seeds: Corpus = {
        do { return try CorpusLoader().load(seedsPath) } catch { fatalError("seeds do not load: \(error)") }
    }()

    /// The text of a span given in Unicode scalar offsets (as quotations give them).
    /// The text of a byte range (annotations' offsets are bytes inside).
    static func slice(_ text: String, _ range: Range<Int>) -> String {
        String(decoding: Array(text.utf8)[range], as: UTF8.self)
    }

    /// A byte offset of `text` in Unicode scalars, as users see offsets.
    static func scalarOffset(_ text: String, _ byte: Int) -> Int {
        String(decoding: Array(text.utf8)[..<byte], as: UTF8.self).unicodeScalars.count
    }

    /// A fresh empty folder.
    static func folder() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("crq-test-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes files (name → bytes) into a fresh folder.
    static func folder(_ files: [String: [UInt8]]) -> URL {
        let url = folder()
        for (name, bytes) in files {
            let file = url.appendingPathComponent(name)
            try! FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try! Data(bytes).write(to: file)
        }
        return url
    }

    static func folder(text files: [String: String]) -> URL { folder(files.mapValues { Array($0.utf8) }) }

    /// The corpus of stories written for a suite (file name → text), for its `static let`: stories that do
    /// not load are the suite's own mistake, so they stop the run.
    static func stories(_ files: [String: String]) -> Corpus {
        do { return try CorpusLoader().load(folder(text: files).path) } catch { fatalError("the stories do not load: \(error)") }
    }

    /// `bytes` compressed by the system's `gzip`, as analysts' exports are.
    static func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
        let input = folder().appendingPathComponent("data")
        defer { try? FileManager.default.removeItem(at: input.deletingLastPathComponent()) }
        try Data(bytes).write(to: input)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-c", "-n", input.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Array(data)
    }

    static func gzip(_ text: String) throws -> [UInt8] { try gzip(Array(text.utf8)) }

    /// Runs a statement on a corpus and returns the relation.
    static func run(_ statement: String, on corpus: Corpus = seeds) throws -> Relation {
        try Evaluator.run(statement, in: EvalContext(corpus: corpus))
    }

    /// Runs a statement whose result must be a table (the test fails otherwise).
    static func table(_ statement: String, on corpus: Corpus = seeds) throws -> Table {
        try #require(try run(statement, on: corpus).table, "\(statement) gives rows, not a table")
    }

    /// The table a statement's result prints as, every row of it (a last `show` leaves unit rows unread).
    static func shown(_ statement: String, on corpus: Corpus = seeds) throws -> Table {
        Materializer.table(try run(statement, on: corpus), EvalContext(corpus: corpus))
    }

    /// The values of one field for every row of a statement's result (the test fails when the field is missing).
    static func column(_ statement: String, _ field: String, on corpus: Corpus = seeds) throws -> [String] {
        let relation = try run(statement, on: corpus)
        let table = Materializer.table(relation, EvalContext(corpus: corpus), columns: relation.fieldNames)
        let c = try #require(table.columnIndex(field), "no column \(field) in \(table.columns.map(\.name))")
        return table.rows.map { $0[c].description }
    }
}

/// A small deterministic random generator (splitmix64) for property and robustness tests.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension Relation {
    /// The table, when the relation is one.
    var table: Table? {
        if case let .table(t) = self { return t }
        return nil
    }
}
