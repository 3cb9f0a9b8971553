import Synchronization

/// Data that higher layers derive from a corpus (its annotations), built on first use and kept with
/// the corpus. The corpus knows nothing of what is kept: each kind is keyed by its type.
package final class DerivedStore: Sendable {
    private let values = Mutex<[ObjectIdentifier: any Sendable]>([:])

    /// The kept value of type `T`, or the one `build` makes now; nil, and nothing kept, if `build` gives nil.
    /// Concurrent callers wait for the first build rather than build twice.
    package func value<T: Sendable>(_ build: () -> T?) -> T? {
        values.withLock { kept in
            if let value = kept[ObjectIdentifier(T.self)] as? T { return value }
            let value = build()
            kept[ObjectIdentifier(T.self)] = value
            return value
        }
    }

    /// Whether a value of type `T` is kept.
    package func contains<T>(_ type: T.Type) -> Bool { values.withLock { $0[ObjectIdentifier(type)] != nil } }
}
