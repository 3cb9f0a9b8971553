#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// A file a corpus is read from: its path (relative to a corpus folder, or as given for a single
/// file), size and modification time. The loader reads these files; a snapshot records them to tell
/// whether it is still current.
struct SourceFile: Sendable, Equatable {
    let path: String
    let size: Int
    /// Nanoseconds since 1970.
    let modified: Int64
}

/// Lists a corpus's source files with POSIX calls (one `stat` each: 100,000 files take a fraction of
/// a second, where Foundation's enumerator takes seconds).
enum SourceFiles {
    /// A folder's articles (`.txt`, `.md`), JSONL files and metadata sidecars, recursively, hidden
    /// files and folders left out, each list sorted by path. Nil if the folder cannot be read.
    static func folder(_ root: String) -> (texts: [SourceFile], jsonl: [SourceFile], sidecars: [SourceFile])? {
        var texts: [SourceFile] = [], jsonl: [SourceFile] = [], sidecars: [SourceFile] = []
        guard walk(root, relative: "", depth: 0, { file in
            let ext = PathName.fileExtension(file.path)
            if CorpusLoader.textExtensions.contains(ext) { texts.append(file) }
            else if CorpusLoader.jsonlExtensions.contains(ext) { jsonl.append(file) }
            else if MetadataSidecar.fileNames.contains(file.path) { sidecars.append(file) }
        }) else { return nil }
        texts.sort { $0.path < $1.path }
        jsonl.sort { $0.path < $1.path }
        sidecars.sort { $0.path < $1.path }
        return (texts, jsonl, sidecars)
    }

    /// One file, or nil if it is not a readable regular file.
    static func file(_ path: String) -> SourceFile? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return SourceFile(path: path, size: Int(info.st_size), modified: modified(info))
    }

    private static func modified(_ info: stat) -> Int64 {
        Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    }

    /// Calls `found` with every regular file under `folder` (symbolic links to files included, to
    /// folders not followed); false if `folder` cannot be opened.
    private static func walk(_ folder: String, relative: String, depth: Int, _ found: (SourceFile) -> Void) -> Bool {
        guard depth < 64, let dir = opendir(folder) else { return false }
        defer { closedir(dir) }
        let fd = dirfd(dir)
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            guard !name.hasPrefix(".") else { continue }
            let rel = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            if entry.pointee.d_type == UInt8(DT_DIR) {
                _ = walk(PathName.join(folder, name), relative: rel, depth: depth + 1, found)
            } else if fstatat(fd, name, &info, 0) == 0, info.st_mode & S_IFMT == S_IFREG {
                found(SourceFile(path: rel, size: Int(info.st_size), modified: modified(info)))
            } else if entry.pointee.d_type == UInt8(DT_UNKNOWN), fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0,
                      info.st_mode & S_IFMT == S_IFDIR {
                _ = walk(PathName.join(folder, name), relative: rel, depth: depth + 1, found)
            }
        }
        return true
    }
}
