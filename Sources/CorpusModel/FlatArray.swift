/// A read-only array of plain values that lives either in Swift memory (a corpus just built) or in a
/// memory-mapped snapshot file (a corpus reopened), so the model's big arrays are used in place
/// without being copied. Reads are bounds-checked, as `Array`'s are.
package struct FlatArray<Element: BitwiseCopyable>: RandomAccessCollection, @unchecked Sendable {
    /// Keeps the memory alive: an `ArrayStorage` or a `MappedFile`. Never mutated.
    private let owner: AnyObject?
    private let buffer: UnsafeBufferPointer<Element>

    /// Takes over an array (no copy: the array's own storage is kept alive and read in place).
    package init(_ array: [Element]) {
        let storage = ArrayStorage(array)
        owner = storage
        buffer = storage.buffer
    }

    /// A view of memory that `owner` keeps alive for as long as this value exists.
    init(_ buffer: UnsafeBufferPointer<Element>, owner: AnyObject) {
        self.owner = owner
        self.buffer = buffer
    }

    init() { self.init([]) }

    package var startIndex: Int { 0 }
    package var endIndex: Int { buffer.count }
    package var count: Int { buffer.count }

    @inline(__always)
    package subscript(i: Int) -> Element {
        precondition(i >= 0 && i < buffer.count, "index out of range")
        return buffer[i]
    }

    package func withUnsafeBufferPointer<R, E: Error>(_ body: (UnsafeBufferPointer<Element>) throws(E) -> R) throws(E) -> R {
        try withExtendedLifetime(owner) { () throws(E) -> R in try body(buffer) }
    }

    /// The bytes of the elements, for writing them out.
    func withUnsafeBytes<R, E: Error>(_ body: (UnsafeRawBufferPointer) throws(E) -> R) throws(E) -> R {
        try withExtendedLifetime(owner) { () throws(E) -> R in try body(UnsafeRawBufferPointer(buffer)) }
    }
}

/// An array held by a class, so its (never mutated, hence never moved) storage can be read by pointer.
private final class ArrayStorage<Element: BitwiseCopyable> {
    let array: [Element]
    let buffer: UnsafeBufferPointer<Element>

    init(_ array: [Element]) {
        self.array = array
        // The array is a `let` of this object and is never mutated, so its storage stays put.
        buffer = array.withUnsafeBufferPointer { $0 }
    }
}

extension Slice {
    /// The slice's elements in place, as `ArraySlice.withUnsafeBufferPointer` gives them.
    package func withUnsafeBufferPointer<T: BitwiseCopyable, R>(_ body: (UnsafeBufferPointer<T>) throws -> R) rethrows -> R
    where Base == FlatArray<T> {
        try base.withUnsafeBufferPointer { p in try body(UnsafeBufferPointer(rebasing: p[startIndex..<endIndex])) }
    }
}
