#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// A file a corpus is read from: its path (relative to a corpus folder, or as given for a single
/// file), size and modification time, which a snapshot records to tell whether it is still current.
struct FileStamp: Sendable, Equatable {
    let path: String
    let size: Int
    /// Nanoseconds since 1970.
    let modified: Int64
}

/// Lists a corpus's source files with POSIX calls (one `stat` each: 100,000 files take a fraction of
/// a second).
enum SourceFiles {
    /// A folder's files that the loader reads (any format it knows, also gzip-compressed) and its
    /// metadata sidecars, recursively, hidden files and folders left out, each list sorted by path.
    /// Nil if the folder cannot be read.
    static func folder(_ root: String) -> (files: [FileStamp], sidecars: [FileStamp])? {
        var files: [FileStamp] = [], sidecars: [FileStamp] = []
        guard walk(root, relative: "", depth: 0, { file in
            if MetadataSidecar.fileNames.contains(file.path) { sidecars.append(file) }
            else if CorpusLoader.SourceFile(path: file.path, relativePath: file.path, single: false) != nil { files.append(file) }
        }) else { return nil }
        files.sort { $0.path < $1.path }
        sidecars.sort { $0.path < $1.path }
        return (files, sidecars)
    }

    /// One file, or nil if it is not a readable regular file.
    static func file(_ path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return FileStamp(path: path, size: Int(info.st_size), modified: modified(info))
    }

    private static func modified(_ info: stat) -> Int64 {
        Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    }

    /// Calls `found` with every regular file under `folder` (symbolic links to files included, to
    /// folders not followed); false if `folder` cannot be opened.
    private static func walk(_ folder: String, relative: String, depth: Int, _ found: (FileStamp) -> Void) -> Bool {
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
                found(FileStamp(path: rel, size: Int(info.st_size), modified: modified(info)))
            } else if entry.pointee.d_type == UInt8(DT_UNKNOWN), fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0,
                      info.st_mode & S_IFMT == S_IFDIR {
                _ = walk(PathName.join(folder, name), relative: rel, depth: depth + 1, found)
            }
        }
        return true
    }
}
