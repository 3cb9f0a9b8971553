import Foundation

/// Reads and writes delimited tables (TSV, and CSV as RFC 4180 with quoted fields), keeping the
/// line number each record starts on so loaders can point at a faulty row.
public enum DelimitedText {
    /// One record and the 1-based line it starts on.
    public struct Record: Sendable, Equatable {
        public var fields: [String]
        public var line: Int
    }

    /// Parses TSV: tab-separated fields, one record per line, no quoting. Blank lines are skipped.
    public static func parseTSV(_ text: String) -> [Record] {
        var out: [Record] = []
        // "\r\n" is one Character in Swift, so split on both forms of line break.
        for (n, line) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            out.append(Record(fields: line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init), line: n + 1))
        }
        return out
    }

    /// Parses CSV (RFC 4180): commas, double-quoted fields with `""` escapes and embedded line breaks.
    /// Returns nil with the line of an unterminated quote.
    public static func parseCSV(_ text: String) -> Result<[Record], UnterminatedQuote> {
        var out: [Record] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1, recordLine = 1, quoteLine = 1
        var chars = text.makeIterator()
        var pending: Character? = nil
        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty) { out.append(Record(fields: fields, line: recordLine)) }
            fields = []
            field = ""
        }
        while let c = pending ?? chars.next() {
            pending = nil
            if inQuotes {
                if c == "\"" {
                    if let next = chars.next() {
                        if next == "\"" { field.append("\"") } else { inQuotes = false; pending = next }
                    } else { inQuotes = false }
                } else {
                    if c == "\n" || c == "\r\n" { line += 1 }
                    field.append(c)
                }
                continue
            }
            switch c {
            case "\"" where field.isEmpty: inQuotes = true; quoteLine = line
            case ",": fields.append(field); field = ""
            case "\n", "\r\n", "\r":
                endRecord()
                line += 1
                recordLine = line
            default: field.append(c)
            }
        }
        if inQuotes { return .failure(UnterminatedQuote(line: quoteLine)) }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return .success(out)
    }

    /// A quoted CSV field that never closes.
    public struct UnterminatedQuote: Error, Sendable { public let line: Int }

    /// Quotes a CSV field when it needs it.
    public static func csvField(_ s: String) -> String {
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
    public static func tsvField(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return s }
        return String(decoding: s.utf8.map { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 }, as: UTF8.self)
    }
}
