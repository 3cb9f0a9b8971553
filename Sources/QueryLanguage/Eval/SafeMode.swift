import Foundation

/// Safe mode (`--safe`, and `crq check` by default), so a shared script or notebook cannot do harm:
/// files are written only inside the working directory, and read only inside `readableFolders`
/// (the corpus's folder and the script's).
extension EvalContext {
    /// Resolves a path for writing (`save`, `.output`); in safe mode it must stay inside the working directory.
    /// A path that cannot be written (a folder, or in a missing or read-only folder) is refused now, not
    /// after the statements whose results it was to hold.
    package func writableURL(_ path: String, at range: SourceRange) throws(QueryError) -> URL {
        let url = resolve(path)
        if safeMode, !Self.isInside(url.deletingLastPathComponent(), [workingDirectory]) {
            throw QueryError(.runtime, "safe mode: '\(path)' is outside the current folder", at: range,
                             hint: "in safe mode crq writes only inside \(Self.real(workingDirectory))")
        }
        let files = FileManager.default
        var isFolder: ObjCBool = false
        if files.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
            throw QueryError(.runtime, "cannot write '\(path)': it is a folder", at: range,
                             hint: "name a file in it, such as '\((path as NSString).appendingPathComponent("out.csv"))'")
        }
        let folder = url.deletingLastPathComponent().path
        guard files.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw QueryError(.runtime, "cannot write '\(path)': there is no folder '\(folder)'", at: range)
        }
        guard files.isWritableFile(atPath: folder) else {
            throw QueryError(.runtime, "cannot write '\(path)': the folder '\(folder)' is not writable", at: range)
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
