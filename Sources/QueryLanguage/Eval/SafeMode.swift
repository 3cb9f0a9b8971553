import Foundation

/// Safe mode (`--safe`, and `crq check` by default), so a shared script or notebook cannot do harm:
/// files are written only inside the working directory, and read only inside `readableFolders`
/// (the corpus's folder and the script's).
extension EvalContext {
    /// Resolves a path for writing (`save`, `.output`); in safe mode it must stay inside the working directory.
    package func writableURL(_ path: String, at range: SourceRange) throws(QueryError) -> URL {
        let url = resolve(path)
        if safeMode, !Self.isInside(url.deletingLastPathComponent(), [workingDirectory]) {
            throw QueryError(.runtime, "safe mode: '\(path)' is outside the current folder", at: range,
                             hint: "in safe mode crq writes only inside \(Self.real(workingDirectory))")
        }
        return url
    }

    /// In safe mode, throws unless `path` (to read: `.read`, `.load`) is inside `readableFolders`.
    package func checkReadable(_ path: String, at range: SourceRange) throws(QueryError) {
        if safeMode, !Self.isInside(resolve(path), readableFolders) {
            throw QueryError(.runtime, "safe mode: '\(path)' is outside the corpus and script folders", at: range,
                             hint: "in safe mode crq reads only inside " + readableFolders.map(Self.real).joined(separator: " and "))
        }
    }

    private func resolve(_ path: String) -> URL {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: workingDirectory, isDirectory: true)).standardizedFileURL
    }

    /// The folder with symbolic links resolved.
    private static func real(_ folder: String) -> String {
        URL(fileURLWithPath: folder).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// Whether `url` (symbolic links resolved) is one of `folders` or inside one.
    private static func isInside(_ url: URL, _ folders: [String]) -> Bool {
        let target = url.resolvingSymlinksInPath().path
        return folders.map(real).contains { target == $0 || target.hasPrefix($0 == "/" ? "/" : $0 + "/") }
    }
}
