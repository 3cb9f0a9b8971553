@testable import Annotation
@testable import CorpusModel
import Foundation
@testable import QueryLanguage
@testable import Rendering
@testable import Shell
import Testing
@testable import TextAnalysis

/// Runs every row of `docs/errors.md` and compares the first line crq reports with the row's
/// message, so the catalogue cannot drift from what crq says.
///
/// A row is `| area | how | input | message |`; `how` says what the input is:
/// - `statement`, `command`: a statement or dot-command, run on the seeds (`safe`: in safe mode);
/// - `script`: the lines of `script.crq`, run on the seeds;
/// - `load`: `PATH ; FILE: CONTENT ; …` — files written to a fresh folder, then PATH in it loaded
///   (`CORPUS` stands for that folder in messages);
/// - `notebook`: `PATH ; FILE: CONTENT ; …` — files written to a fresh folder, then PATH updated as a notebook.
/// In inputs, `\n`, `\t`, `\xHH` and `\|` are escapes.
@Suite struct ErrorCatalogueTests {
    struct Row: CustomTestStringConvertible, Sendable {
        let line: Int
        let area: String
        let how: String
        let input: String
        let message: String
        var testDescription: String { "errors.md:\(line) \(how) \(input)" }
    }

    static let rows: [Row] = {
        let text = (try? String(contentsOf: Fixtures.root.appendingPathComponent("docs/errors.md"), encoding: .utf8)) ?? ""
        return text.components(separatedBy: "\n").enumerated().compactMap { i, line in
            let cells = cells(of: line)
            guard cells.count == 4, ["statement", "command", "safe", "script", "load", "notebook"].contains(cells[1]) else { return nil }
            return Row(line: i + 1, area: cells[0], how: cells[1], input: code(cells[2]), message: code(cells[3]))
        }
    }()

    /// The cells of a Markdown table row, `\|` unescaped.
    static func cells(of line: String) -> [String] {
        guard line.hasPrefix("|") else { return [] }
        var cells: [String] = [], cell = "", escaped = false
        for ch in line.dropFirst() {
            if escaped { cell.append(ch == "|" ? "|" : "\\\(ch)"); escaped = false; continue }
            switch ch {
            case "\\": escaped = true
            case "|": cells.append(cell.trimmingCharacters(in: .whitespaces)); cell = ""
            default: cell.append(ch)
            }
        }
        return cells
    }

    /// A cell's text without its backticks.
    static func code(_ cell: String) -> String {
        cell.hasPrefix("`") && cell.hasSuffix("`") && cell.count >= 2 ? String(cell.dropFirst().dropLast()) : cell
    }

    /// `\n`, `\t` and `\xHH` as the bytes they stand for.
    static func bytes(_ text: String) -> [UInt8] {
        var out: [UInt8] = [], chars = Array(text.utf8), i = 0
        while i < chars.count {
            if chars[i] == UInt8(ascii: "\\"), i + 1 < chars.count {
                switch chars[i + 1] {
                case UInt8(ascii: "n"): out.append(0x0A); i += 2; continue
                case UInt8(ascii: "t"): out.append(0x09); i += 2; continue
                case UInt8(ascii: "x") where i + 3 < chars.count:
                    if let b = UInt8(String(decoding: chars[(i + 2)...(i + 3)], as: UTF8.self), radix: 16) { out.append(b); i += 4; continue }
                default: break
                }
            }
            out.append(chars[i])
            i += 1
        }
        return out
    }

    /// Writes the `FILE: CONTENT` parts of an input into a fresh folder; returns it and the PATH part.
    static func files(_ input: String) -> (folder: URL, path: String) {
        let parts = input.components(separatedBy: " ; ")
        var files: [String: [UInt8]] = [:]
        for part in parts.dropFirst() {
            let name = String(part.prefix { $0 != ":" })
            files[name] = bytes(String(part.dropFirst(name.count + 1).drop { $0 == " " }))
        }
        return (Fixtures.folder(files), parts[0])
    }

    /// The first line crq reports for a row's input.
    static func firstLine(_ row: Row) -> String {
        var errors = ""
        let report: (String) -> Void = { errors += $0 }
        switch row.how {
        case "load", "notebook":
            let (folder, path) = files(row.input)
            defer { try? FileManager.default.removeItem(at: folder) }
            let full = path == "." ? folder.path : folder.appendingPathComponent(path).path
            do {
                if row.how == "load" {
                    errors = try CorpusLoader().load(full).warnings.first.map(DiagnosticRenderer.render) ?? ""
                } else {
                    _ = try NotebookUpdater(runner: NotebookRunner(corpus: Fixtures.seeds), version: "test").update(full)
                }
            } catch let error as LoadError {
                errors = DiagnosticRenderer.render(error)
            } catch let error as NotebookError {
                errors = DiagnosticRenderer.render(path: error.path, error.message)
            } catch {
                errors = "\(error)"
            }
            return errors.components(separatedBy: "\n")[0]
                .replacingOccurrences(of: folder.path + "/", with: "").replacingOccurrences(of: folder.path, with: "CORPUS")
        default:
            let session = Session(corpus: Fixtures.seeds, options: .fixed, write: { _ in }, report: report)
            session.context.safeMode = row.how == "safe"
            session.context.readableFolders = [Fixtures.seedsPath]
            switch row.how {
            case "script": session.run(FileLineSource(text: String(decoding: bytes(row.input), as: UTF8.self)), name: "script.crq", interactive: false)
            case _ where row.input.hasPrefix("."): session.runMeta(row.input)
            default: session.execute(row.input)
            }
            return errors.components(separatedBy: "\n")[0]
        }
    }

    @Test func theCatalogueHasThirtyRowsOrMoreInEveryArea() {
        #expect(Self.rows.count >= 30)
        let areas = Set(Self.rows.map(\.area))
        for area in ["corpus path", "encoding", "JSONL", "JSON", "CSV", "gzip", "metadata", "size", "syntax", "type", "regex", "unknown name", "script", "notebook", "compare"] {
            #expect(areas.contains(area), "no row for \(area)")
        }
    }

    @Test(arguments: rows) func crqGivesTheCataloguedMessage(_ row: Row) {
        #expect(Self.firstLine(row) == row.message)
    }
}
