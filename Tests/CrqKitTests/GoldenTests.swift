import Foundation
import Testing
@testable import CrqKit

/// Runs the `.crqtest` files in `Golden/`: statements with the exact output (or error) they must give
/// on the seed corpus, in fixed-width table mode.
///
///     # a comment
///     query                      -- or: error
///     .mode csv                  -- optional meta-commands, run first
///     sentences | filter "restraint" | count
///     ----
///     count
///     ─────
///        18
///
/// A block ends at a blank line. `CRQ_GOLDEN_UPDATE=1 swift test --filter Golden` rewrites the
/// expectations from the actual output (review the diff before committing).
@Suite(.serialized) struct GoldenTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let file: String
        let line: Int
        let expectError: Bool
        let setup: [String]
        let statement: String
        let expected: String
        var testDescription: String { "\(file):\(line)" }
    }

    static let folder = Bundle.module.resourceURL!.appendingPathComponent("Golden")
    static let sourceFolder = Fixtures.root.appendingPathComponent("Tests/CrqKitTests/Golden")

    static func parse(_ file: String, _ text: String) -> [Case] {
        var cases: [Case] = []
        let lines = text.components(separatedBy: "\n")
        var i = 0
        while i < lines.count {
            let line = lines[i]
            guard line == "query" || line == "error" else { i += 1; continue }
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
            cases.append(Case(file: file, line: start, expectError: line == "error", setup: setup,
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
        session.execute(c.statement)
        return (output.trimmingCharacters(in: .newlines), errors.trimmingCharacters(in: .newlines))
    }

    @Test func thereAreCasesForEveryVerb() {
        let text = Self.cases.map(\.statement).joined(separator: "\n")
        for verb in VerbRegistry.all { #expect(text.contains(verb.name), "no golden case uses \(verb.name)") }
        #expect(Self.cases.filter(\.expectError).count >= 10)
    }

    @Test(arguments: cases)
    func golden(_ c: Case) throws {
        guard !Self.updating else { return }
        let (output, errors) = Self.actual(c)
        if c.expectError {
            #expect(output.isEmpty, "an error case printed a result")
            #expect(errors == c.expected)
        } else {
            #expect(errors.isEmpty, "unexpected error: \(errors)")
            #expect(output == c.expected)
        }
    }

    static var updating: Bool { ProcessInfo.processInfo.environment["CRQ_GOLDEN_UPDATE"] == "1" }

    /// With CRQ_GOLDEN_UPDATE=1: rewrites every file in the source tree with the actual outputs.
    @Test(.enabled(if: updating)) func updateExpectations() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.sourceFolder.path).filter { $0.hasSuffix(".crqtest") }
        for file in files {
            let url = Self.sourceFolder.appendingPathComponent(file)
            let lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
            let cases = Self.parse(file, lines.joined(separator: "\n"))
            var out: [String] = []
            var i = 0, k = 0
            while i < lines.count {
                out.append(lines[i])
                if lines[i] == "----", k < cases.count {
                    let (output, errors) = Self.actual(cases[k])
                    let got = cases[k].expectError ? errors : output
                    if !got.isEmpty { out += got.components(separatedBy: "\n") }
                    k += 1
                    i += 1
                    while i < lines.count && !lines[i].isEmpty { i += 1 }
                    continue
                }
                i += 1
            }
            try out.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        }
    }
}
