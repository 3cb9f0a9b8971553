import Foundation

/// Finds the seed corpus when crq is run without a corpus: `$CRQ_SEEDS`, else a `seeds/` folder
/// (holding `metadata.tsv`) in the executable's folder or any folder above it (the package root,
/// for builds in `.build/`), else the package this binary was built from.
enum SeedLocator {
    static func path() -> String {
        if let env = ProcessInfo.processInfo.environment["CRQ_SEEDS"], !env.isEmpty { return env }
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        while dir.path != "/" {
            let candidate = dir.appendingPathComponent("seeds")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("metadata.tsv").path) { return candidate.path }
            dir = dir.deletingLastPathComponent()
        }
        // Sources/crq/SeedLocator.swift → the package root.
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds").path
    }
}
