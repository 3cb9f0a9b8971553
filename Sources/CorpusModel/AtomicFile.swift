import Foundation
import Synchronization

/// Writes files so that readers see the old content or the new, never a mix: a temporary file in
/// the same folder, flushed, then renamed over the target. On failure the temporary file is removed.
package enum AtomicFile {
    /// Why a write failed, in the system's words ("No space left on device").
    package struct Failure: LocalizedError, Sendable {
        let code: Int32
        package var errorDescription: String? { String(cString: strerror(code)) }
    }

    /// Writes `data` to `url`; `permissions` (e.g. the replaced file's) are given to the new file.
    package static func write(_ data: Data, to url: URL, permissions: Int? = nil) throws(Failure) {
        try write(to: url, permissions: permissions) { fd in writeAll(fd, data) }
    }

    /// Writes a file whose content `produce` writes to the file descriptor it is given, returning 0
    /// or an `errno` (then nothing is replaced): for files too big to hold twice in memory. Without
    /// `durable` the data is not flushed before the rename, for files that check themselves on reading
    /// (after a crash the file may be damaged, which its reader then notices).
    static func write(to url: URL, permissions: Int? = nil, durable: Bool = true, _ produce: (Int32) -> Int32) throws(Failure) {
        let temp = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).crq-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp").path
        InProgress.set(temp)
        defer { InProgress.clear() }
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw Failure(code: errno) }
        var code = produce(fd)
        if code == 0, let permissions, fchmod(fd, mode_t(permissions)) != 0 { code = errno }
        if code == 0, durable, fsync(fd) != 0 { code = errno }
        if close(fd) != 0, code == 0 { code = errno }
        if code == 0, rename(temp, url.path) != 0 { code = errno }
        if code != 0 {
            unlink(temp)
            throw Failure(code: code)
        }
    }
}

extension AtomicFile {
    /// Removes the temporary file of a write in progress, if any. Async-signal-safe: for a handler
    /// of SIGTERM and the like, so that a killed crq leaves no stray file (the target is untouched).
    package static func removeTemporaryFile() {
        if InProgress.armed.load(ordering: .acquiring) { unlink(InProgress.path) }
    }

    /// The path of the temporary file being written, in a fixed buffer a signal handler can read
    /// without allocating; `armed` says whether it holds one.
    private enum InProgress {
        static let capacity = Int(PATH_MAX) + 1
        nonisolated(unsafe) static let path = UnsafeMutablePointer<CChar>.allocate(capacity: capacity)
        static let armed = Atomic<Bool>(false)

        static func set(_ temp: String) {
            guard temp.utf8.count < capacity else { return }
            _ = temp.withCString { strcpy(path, $0) }
            armed.store(true, ordering: .releasing)
        }

        static func clear() { armed.store(false, ordering: .releasing) }
    }
}

/// Writes all of `data` to `fd`; returns 0 or the `errno` of the failed write.
private func writeAll(_ fd: Int32, _ data: Data) -> Int32 {
    data.withUnsafeBytes { writeAll(fd, $0) }
}

/// Writes all of `buffer` to `fd`; returns 0 or the `errno` of the failed write.
func writeAll(_ fd: Int32, _ buffer: UnsafeRawBufferPointer) -> Int32 {
    var offset = 0
    while offset < buffer.count {
        let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
        if n < 0 {
            if errno == EINTR { continue }
            return errno
        }
        offset += n
    }
    return 0
}
