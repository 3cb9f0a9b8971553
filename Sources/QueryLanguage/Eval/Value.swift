import TextAnalysis
import CorpusModel
import Foundation

/// A cell of a result table.
package enum Value: Sendable, Hashable, CustomStringConvertible {
    case null
    case int(Int)
    case number(Double)
    case string(String)
    case date(PartialDate)

    /// Plain text, as in CSV and the table view (numbers with up to 4 decimals, no trailing zeros).
    package var description: String {
        switch self {
        case .null: return ""
        case let .int(i): return String(i)
        case let .number(d): return Value.format(d)
        case let .string(s): return s
        case let .date(d): return d.description
        }
    }

    /// Formats a number the same way everywhere: integers without a point, otherwise up to 4 decimals.
    package static func format(_ d: Double) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d > 0 ? "inf" : "-inf" }
        if d == d.rounded() && abs(d) < 1e15 { return String(Int(d)) }
        if abs(d) < 0.0001 { return String(format: "%.2e", d) }
        var s = String(format: "%.4f", d)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s == "-0" ? "0" : s
    }

    package var isNumeric: Bool {
        switch self {
        case .int, .number: return true
        default: return false
        }
    }

    package var doubleValue: Double? {
        switch self {
        case let .int(i): return Double(i)
        case let .number(d): return d
        default: return nil
        }
    }

    /// Compares text with runs of digits as numbers, so `000:2:1` comes before `000:10:1`.
    static func naturalLess(_ a: String, _ b: String) -> Bool {
        var i = a.unicodeScalars.makeIterator(), j = b.unicodeScalars.makeIterator()
        var x = i.next(), y = j.next()
        func digit(_ s: Unicode.Scalar?) -> Bool { s.map { CharacterClass.isDigitScalar($0.value) } ?? false }
        while let cx = x, let cy = y {
            if digit(cx) && digit(cy) {
                var nx = "", ny = ""
                while digit(x) { nx.unicodeScalars.append(x!); x = i.next() }
                while digit(y) { ny.unicodeScalars.append(y!); y = j.next() }
                let tx = nx.drop { $0 == "0" }, ty = ny.drop { $0 == "0" }
                if tx.count != ty.count { return tx.count < ty.count }
                if tx != ty { return tx < ty }
                if nx.count != ny.count { return nx.count < ny.count }
                continue
            }
            if cx != cy { return cx.value < cy.value }
            x = i.next()
            y = j.next()
        }
        return x == nil && y != nil
    }

    /// Total order for sorting: nulls first, then numbers, dates, text (case-insensitively, then exactly).
    package static func ordered(_ a: Value, _ b: Value) -> Bool {
        func rank(_ v: Value) -> Int {
            switch v {
            case .null: return 0
            case .int, .number: return 1
            case .date: return 2
            case .string: return 3
            }
        }
        switch (a, b) {
        case let (.int(x), .int(y)): return x < y
        case (.int, .number), (.number, .int), (.number, .number): return a.doubleValue! < b.doubleValue!
        case let (.date(x), .date(y)): return x < y
        case let (.string(x), .string(y)):
            let lx = x.lowercased(), ly = y.lowercased()
            return lx != ly ? naturalLess(lx, ly) : x < y
        default: return rank(a) < rank(b)
        }
    }
}
