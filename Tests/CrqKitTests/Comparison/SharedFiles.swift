import Foundation

/// Finds the project's `shared/` folder (seeds and gold standard) above this source file.
enum SharedFiles {
    static let root: URL? = {
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        for _ in 0..<8 {
            let candidate = dir.appendingPathComponent("shared")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("eval/figures.tsv").path) {
                return candidate
            }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }()

    static var available: Bool { root != nil }

    /// The text of a seed article whose file name starts with `prefix` ("000").
    static func seed(_ prefix: String) throws -> String {
        let dir = root!.appendingPathComponent("seeds")
        let name = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted().first { $0.hasPrefix(prefix) }!
        return try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
    }

    /// Rows of a TSV file under `eval/`, as dictionaries keyed by the header.
    static func tsv(_ name: String) throws -> [[String: String]] {
        let text = try String(contentsOf: root!.appendingPathComponent("eval/\(name)"), encoding: .utf8)
        let lines = text.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        guard let header = lines.first else { return [] }
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }
}
