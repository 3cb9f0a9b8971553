#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Foundation
import Synchronization

/// Work spread over the cores this process may run on.
package enum Parallel {
    /// How many cores this process may run on: its CPU affinity on Linux (`taskset -c 0` gives 1),
    /// else the machine's active cores. What every parallel step sizes itself by, and what crq prints.
    package static let cores: Int = {
        #if os(Linux)
        // `sched_getaffinity` is a GNU extension the Glibc module does not export: found by name.
        typealias GetAffinity = @convention(c) (pid_t, Int, UnsafeMutableRawPointer?) -> Int32
        if let symbol = dlsym(nil, "sched_getaffinity") {
            var set = cpu_set_t()
            let n = withUnsafeMutableBytes(of: &set) { mask in
                unsafeBitCast(symbol, to: GetAffinity.self)(0, mask.count, mask.baseAddress) == 0 ? mask.reduce(0) { $0 + $1.nonzeroBitCount } : 0
            }
            if n > 0 { return n }
        }
        #endif
        return ProcessInfo.processInfo.activeProcessorCount
    }()

    /// `body` of every index in `0..<count`: at once on all cores, or in order on the calling thread when this process
    /// may run on one core (where threads only take turns, each evicting the other's data from the caches).
    package static func forEach(_ count: Int, _ body: @Sendable (Int) -> Void) {
        if cores == 1 {
            for i in 0..<count { body(i) }
        } else {
            DispatchQueue.concurrentPerform(iterations: count, execute: body)
        }
    }

    /// `transform` of every index in `0..<count`, in order, computed in chunks on all cores; nil if
    /// `stop` turns true first (it is polled every 64 elements). `progress` is told how many are done
    /// as each chunk ends.
    package static func map<T>(_ count: Int, unlessStopped stop: @escaping @Sendable () -> Bool = { false },
                               progress: (@Sendable (Int) -> Void)? = nil, _ transform: (Int) -> T) -> [T]? {
        let chunks = max(1, min(64, count / 256))
        // Each chunk writes only its own slot.
        nonisolated(unsafe) let results = UnsafeMutableBufferPointer<[T]>.allocate(capacity: chunks)
        results.initialize(repeating: [])
        defer { results.deinitialize().deallocate() }
        let stopped = Atomic<Bool>(false), done = Atomic<Int>(0)
        withoutActuallyEscaping(transform) { transform in
            nonisolated(unsafe) let transform = transform
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                let range = (c * count / chunks)..<((c + 1) * count / chunks)
                var out: [T] = []
                out.reserveCapacity(range.count)
                for i in range {
                    if i & 63 == 0, stopped.load(ordering: .relaxed) || stop() { return stopped.store(true, ordering: .relaxed) }
                    out.append(transform(i))
                }
                results[c] = out
                progress?(done.wrappingAdd(range.count, ordering: .relaxed).newValue)
            }
        }
        if stopped.load(ordering: .relaxed) { return nil }
        var all: [T] = []
        all.reserveCapacity(count)
        for c in 0..<chunks { all += results[c] }
        return all
    }

    /// `body` on each of `parts` contiguous, nearly equal slices of `0..<count`, at once on all cores;
    /// the results in slice order. For work that keeps state per slice (a cache, a vocabulary).
    package static func slices<T>(_ count: Int, parts: Int = 2 * cores,
                                  _ body: (Range<Int>) -> T) -> [T] {
        let parts = max(1, min(parts, count))
        nonisolated(unsafe) let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: parts)
        results.initialize(repeating: nil)
        defer { results.deinitialize().deallocate() }
        withoutActuallyEscaping(body) { body in
            nonisolated(unsafe) let body = body
            DispatchQueue.concurrentPerform(iterations: parts) { c in
                results[c] = body((c * count / parts)..<((c + 1) * count / parts))
            }
        }
        return results.map { $0! }
    }

    /// Gives the memory the allocator holds free back to the system. glibc keeps what a thread frees
    /// in that thread's arena, where work that follows on another thread cannot reuse it: call it when
    /// parallel work that freed much is done. Nothing where the allocator is not glibc's.
    package static func releaseFreeMemory() {
        #if canImport(Glibc)
        // `malloc_trim` is glibc's own (its header is not in Swift's Glibc module): looked up by name.
        if let trim = dlsym(nil, "malloc_trim") {
            _ = unsafeBitCast(trim, to: (@convention(c) (Int) -> Int32).self)(0)
        }
        #endif
    }
}
