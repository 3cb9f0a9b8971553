@testable import Annotation
@testable import CorpusModel
import Foundation
@testable import QueryLanguage
@testable import Rendering
@testable import Shell
import Testing
@testable import TextAnalysis

/// Runs the `.crqtest` files in `Golden/`: statements with the exact output (or error, or parse
/// tree) they must give on the seed corpus, in fixed-width table mode, as `crq -c` prints them.
///
///     # a comment
///     query                      -- or: error, or: ast (the tree `.ast` prints)
///     .mode csv                  -- optional meta-commands, run first
///     sentences | filter "restraint" | count
///     ----
///     count
///     ─────
///        18
///
/// A block ends at a blank line. `scripts/golden-update` rewrites the expectations from what the
/// built `crq` prints (review the diff before committing).
@Suite struct GoldenTests {
    enum Kind: String, Sendable { case query, error, ast }
    struct Case: CustomTestStringConvertible, Sendable {
        let file: String
        let line: Int
        let kind: Kind
        let setup: [String]
        let statement: String
        let expected: String
        var testDescription: String { "\(file):\(line)" }
    }

    static let folder = Bundle.module.resourceURL!.appendingPathComponent("Golden")

    static func parse(_ file: String, _ text: String) -> [Case] {
        var cases: [Case] = []
        let lines = text.components(separatedBy: "\n")
        var i = 0
        while i < lines.count {
            guard let kind = Kind(rawValue: lines[i]) else { i += 1; continue }
            let start = i + 1
            i += 1
            var setup: [String] = [], statement: [String] = [], expected: [String] = []
            while i < lines.count && lines[i] != "----" {
                if lines[i].hasPrefix(".") && statement.isEmpty { setup.append(lines[i]) } else { statement.append(lines[i]) }
                i += 1
            }
            i += 1
            while i < lines.count && !lines[i].isEmpty {
                expected.append(lines[i])
                i += 1
            }
            cases.append(Case(file: file, line: start, kind: kind, setup: setup,
                              statement: statement.joined(separator: "\n"), expected: expected.joined(separator: "\n")))
        }
        return cases
    }

    static let cases: [Case] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.filter { $0.hasSuffix(".crqtest") }.sorted() ?? []
        return files.flatMap { f in parse(f, (try? String(contentsOf: folder.appendingPathComponent(f), encoding: .utf8)) ?? "") }
    }()

    static func actual(_ c: Case) -> (output: String, errors: String) {
        var output = "", errors = ""
        let session = Session(corpus: Fixtures.seeds, options: .fixed, write: { output += $0 }, report: { errors += $0 })
        for meta in c.setup { session.runMeta(meta) }
        if c.kind == .ast { session.runMeta(".ast " + c.statement) } else { session.execute(c.statement, name: "-c") }
        return (output.trimmingCharacters(in: .newlines), errors.trimmingCharacters(in: .newlines))
    }

    @Test func thereAreCasesForEveryVerb() {
        let text = Self.cases.map(\.statement).joined(separator: "\n")
        for verb in VerbRegistry.all { #expect(text.contains(verb.name), "no golden case uses \(verb.name)") }
        #expect(Self.cases.filter { $0.kind == .error }.count >= 10)
        #expect(Self.cases.filter { $0.kind == .ast }.count >= 20)
    }

    @Test(arguments: cases)
    func golden(_ c: Case) throws {
        let (output, errors) = Self.actual(c)
        if c.kind == .error {
            #expect(output.isEmpty, "an error case printed a result")
            #expect(errors == c.expected)
        } else {
            #expect(errors.isEmpty, "unexpected error: \(errors)")
            #expect(output == c.expected)
        }
    }
}
