import Foundation

/// Reads and writes delimited tables: CSV as RFC 4180 (double-quoted fields with `""` escapes and
/// embedded line breaks), TSV the same with tabs, or TSV without quoting. Each record keeps the line
/// it starts on so loaders can point at a faulty row.
package enum DelimitedText {
    /// One record and the 1-based line it starts on.
    struct Record: Sendable, Equatable {
        var fields: [String]
        var line: Int
    }

    /// What the reader meets, in file order.
    enum Item {
        /// A record (blank lines are skipped), and the byte offset just after it.
        case record(Record, end: Int)
        /// A quoted field opened on `line` never closes: the row is skipped and reading goes on at
        /// the next line.
        case unclosedQuote(line: Int)
    }

    /// The warning for a quoted field that never closes.
    static let unclosedQuoteMessage = "a quoted field opened on this line never closes; row skipped"

    /// The warning for a row whose number of fields is not the header's.
    static func fieldCountMessage(_ fields: Int, _ header: Int) -> String {
        "row has \(fields) fields, the header has \(header); row ignored"
    }

    /// Reads `bytes` record by record; `body` returns false to stop.
    static func read(_ bytes: [UInt8], delimiter: UInt8, quoting: Bool = true, _ body: (Item) -> Bool) {
        let quote = UInt8(ascii: "\""), lf: UInt8 = 0x0A, cr: UInt8 = 0x0D
        bytes.withUnsafeBufferPointer { b in
            let n = b.count
            var i = 0, line = 1
            func text(_ from: Int, _ to: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: b[from..<to]), as: UTF8.self) }
            while i < n {
                let recordLine = line
                var fields: [String] = []
                var ended = false
                record: while !ended {
                    var field = ""
                    if quoting && i < n && b[i] == quote {
                        // A quoted field: up to the quote not followed by another.
                        let quoteLine = line
                        var j = i + 1, chunk = j, closed = false
                        while j < n {
                            if b[j] == quote {
                                field += text(chunk, j)
                                if j + 1 < n && b[j + 1] == quote { field += "\""; j += 2; chunk = j; continue }
                                j += 1
                                closed = true
                                break
                            }
                            if b[j] == lf { line += 1 }
                            j += 1
                        }
                        guard closed else {
                            // Skip the row and go on after the line the quote opened on.
                            var k = i
                            while k < n && b[k] != lf { k += 1 }
                            i = k + 1
                            line = quoteLine + 1
                            if !body(.unclosedQuote(line: quoteLine)) { return }
                            break record
                        }
                        i = j
                    }
                    // The unquoted rest of the field (all of it when it was not quoted).
                    let start = i
                    while i < n && b[i] != delimiter && b[i] != lf && b[i] != cr { i += 1 }
                    if i > start { field += text(start, i) }
                    fields.append(field)
                    if i < n && b[i] == delimiter { i += 1; continue }
                    if i < n && b[i] == cr { i += 1 }
                    if i < n && b[i] == lf { i += 1 }
                    line += 1
                    ended = true
                }
                guard ended else { continue }
                if fields.allSatisfy({ $0.allSatisfy { $0 == " " || $0 == "\t" } }) { continue }
                if !body(.record(Record(fields: fields, line: recordLine), end: i)) { return }
            }
        }
    }

    /// All records of `bytes` and the lines of quoted fields that never close.
    static func parse(_ bytes: [UInt8], delimiter: UInt8, quoting: Bool = true) -> (records: [Record], unclosedQuotes: [Int]) {
        var records: [Record] = [], unclosed: [Int] = []
        read(bytes, delimiter: delimiter, quoting: quoting) { item in
            switch item {
            case let .record(r, _): records.append(r)
            case let .unclosedQuote(line): unclosed.append(line)
            }
            return true
        }
        return (records, unclosed)
    }

    /// Quotes a CSV field when it needs it.
    package static func csvField(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return s }
        var out: [UInt8] = [0x22]
        out.reserveCapacity(s.utf8.count + 8)
        for b in s.utf8 {
            if b == 0x22 { out.append(0x22) }
            out.append(b)
        }
        out.append(0x22)
        return String(decoding: out, as: UTF8.self)
    }

    /// Makes a value safe for a TSV cell: tabs and line breaks become spaces.
    package static func tsvField(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return s }
        return String(decoding: s.utf8.map { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 }, as: UTF8.self)
    }
}
