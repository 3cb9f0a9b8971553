#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Reads a whole file into bytes with POSIX calls: one allocation of the file's size and no copy
/// through `Data` (Foundation's `FileManager.contents(atPath:)` also leaks 4 KB per empty file,
/// which LeakSanitizer reports while fuzzing the loaders).
package enum FileBytes {
    /// The file's bytes, or nil if it cannot be opened or read.
    package static func read(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var filled = 0
        let ok = bytes.withUnsafeMutableBytes { buffer -> Bool in
            while filled < buffer.count {
                let n = Glibc.read(fd, buffer.baseAddress! + filled, buffer.count - filled)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return n == 0 }
                filled += n
            }
            return true
        }
        guard ok else { return nil }
        if filled < bytes.count { bytes.removeLast(bytes.count - filled) }
        return bytes
    }

    /// Why `read(path)` gave nothing, for a message ("cannot read 'a.crq': there is no such file").
    package static func whyUnreadable(_ path: String) -> String {
        var info = stat()
        if stat(path, &info) != 0 { return errno == ENOENT ? "there is no such file" : String(cString: strerror(errno)).lowercased() }
        if info.st_mode & S_IFMT == S_IFDIR { return "it is a folder" }
        return access(path, R_OK) != 0 ? "permission denied" : "it could not be read"
    }
}
