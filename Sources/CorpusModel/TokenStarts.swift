/// The first global token position of each row of a unit that tiles the token stream (sentences,
/// paragraphs, documents), ascending. Maps token positions to rows: the row holding token `t` is the
/// last row starting at or before `t` (so a row without tokens never holds one).
package struct TokenStarts: Sendable {
    let starts: FlatArray<UInt32>
    /// One past the last token of the last row.
    let end: Int

    package init(starts: FlatArray<UInt32>, end: Int) {
        (self.starts, self.end) = (starts, end)
    }

    package var count: Int { starts.count }

    /// The first token of row `r`, or `end` for `r == count`.
    @inline(__always)
    package func start(_ r: Int) -> Int { r < starts.count ? Int(starts[r]) : end }

    /// The token positions of row `r`.
    func tokens(_ r: Int) -> Range<Int> { start(r)..<start(r + 1) }

    /// The row holding token `t` (binary search).
    package func row(of t: Int) -> Int {
        var lo = 0, hi = starts.count
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if Int(starts[mid]) <= t { lo = mid } else { hi = mid }
        }
        return lo
    }

    /// Maps ascending token positions to rows by moving forward from the last row found, galloping
    /// (1, 2, 4, … rows ahead, then bisecting), so walking sorted postings costs no full search each.
    package struct Cursor {
        let starts: UnsafeBufferPointer<UInt32>
        /// The row of the last position asked for.
        private(set) var row = 0

        init(_ starts: UnsafeBufferPointer<UInt32>) { self.starts = starts }

        /// The first token of the row after the current one (`Int.max` after the last row).
        @inline(__always)
        package var nextStart: Int { row + 1 < starts.count ? Int(starts[row + 1]) : Int.max }

        /// Moves to the row holding token `t`, which must not be before the previous position asked for.
        @inline(__always)
        package mutating func advance(to t: Int) -> Int {
            guard nextStart <= t else { return row }
            // starts[lo] <= t; find the last such row by galloping then bisecting (lo, hi).
            var lo = row + 1, step = 1
            while lo + step < starts.count && Int(starts[lo + step]) <= t {
                lo += step
                step &<<= 1
            }
            var hi = min(lo + step, starts.count)
            while hi - lo > 1 {
                let mid = (lo + hi) / 2
                if Int(starts[mid]) <= t { lo = mid } else { hi = mid }
            }
            row = lo
            return lo
        }
    }

    /// Calls `body` with a cursor over the rows.
    package func withCursor<R, E: Error>(_ body: (inout Cursor) throws(E) -> R) throws(E) -> R {
        let result: Result<R, E> = starts.withUnsafeBufferPointer { p in
            var cursor = Cursor(p)
            do throws(E) { return .success(try body(&cursor)) } catch { return .failure(error) }
        }
        return try result.get()
    }
}
