import CorpusModel
import TextAnalysis

/// A comparison of a field's values with a literal, type-checked once before any row is read.
struct ValueTest {
    private enum Check {
        case text((String) -> Bool)
        case number((Double) -> Bool)
        case date((PartialDate) -> Bool)
        case regex(CompiledRegex)
    }
    private let check: Check
    private let op: CompareOp

    init(op: CompareOp, literal: Literal, kind: FieldSpec.Kind, field: String) throws(QueryError) {
        self.op = op
        switch (kind, literal) {
        case let (_, .regex(re, r)):
            guard op == .contains else {
                throw QueryError(.semantic, "a regex is matched with '~', not '\(op.rawValue)'", at: r, hint: "\(field) ~ /\(re.pattern)/")
            }
            check = .regex(re)
        case let (.text, .string(s, _)):
            let needle = WordKey.string(s)
            switch op {
            case .contains: check = .text { WordKey.contains(WordKey.string($0), needle) }
            case .equal: check = .text { WordKey.string($0) == needle }
            case .notEqual: check = .text { WordKey.string($0) != needle }
            default: check = .text { ValueTest.order(WordKey.string($0), needle, op) }
            }
        case let (.text, other):
            throw QueryError(.semantic, "'\(field)' is text; quote the value", at: other.range, hint: "\(field) \(op.rawValue) \"…\"")
        case let (.number, .number(n, _)):
            guard op != .contains else { throw ValueTest.noContains(field, literal) }
            check = .number { ValueTest.order($0, n, op) }
        case let (.number, .string(s, r)):
            guard let n = Double(s), op != .contains else {
                throw QueryError(.semantic, "'\(field)' is a number; compare it with a number, not \"\(s)\"", at: r)
            }
            check = .number { ValueTest.order($0, n, op) }
        case let (.date, lit):
            guard op != .contains else { throw ValueTest.noContains(field, literal) }
            let d: PartialDate
            switch lit {
            case let .date(x, _): d = x
            case let .number(n, r):
                guard n == n.rounded(), abs(n) < 1e6, let y = PartialDate(year: Int(n)) else {
                    throw QueryError(.semantic, "'\(field)' is a date; expected a date like 2024-01-18", at: r)
                }
                d = y
            case let .string(s, r):
                guard let x = DateParser.parse(s) else {
                    throw QueryError(.semantic, "'\(field)' is a date; expected a date like 2024-01-18 or 2024-01, not \"\(s)\"", at: r)
                }
                d = x
            case .regex: preconditionFailure("handled above")
            }
            check = .date { v in
                switch op {
                case .equal: return v.lowerKey >= d.lowerKey && v.upperKey <= d.upperKey
                case .notEqual: return !(v.lowerKey >= d.lowerKey && v.upperKey <= d.upperKey)
                case .less: return v.upperKey < d.lowerKey
                case .lessEqual: return v.lowerKey <= d.upperKey
                case .greater: return v.lowerKey > d.upperKey
                case .greaterEqual: return v.upperKey >= d.lowerKey
                case .contains: return false
                }
            }
        case let (.number, other):
            throw QueryError(.semantic, "'\(field)' is a number; expected a number", at: other.range)
        }
    }

    private static func noContains(_ field: String, _ literal: Literal) -> QueryError {
        QueryError(.semantic, "'~' (contains) works on text, and '\(field)' is not text", at: literal.range,
                   hint: "use = < <= > >=")
    }

    private static func order<T: Comparable>(_ a: T, _ b: T, _ op: CompareOp) -> Bool {
        switch op {
        case .equal: return a == b
        case .notEqual: return a != b
        case .less: return a < b
        case .lessEqual: return a <= b
        case .greater: return a > b
        case .greaterEqual: return a >= b
        case .contains: return false
        }
    }

    /// Whether a value passes. A missing value (no date, say) passes only `!=`.
    func matches(_ v: Value) -> Bool {
        switch (check, v) {
        case (_, .null): return op == .notEqual
        case let (.text(f), _): return f(v.description)
        case let (.regex(re), _): return (try? re.matches(v.description)) ?? false
        case let (.number(f), _): return v.doubleValue.map(f) ?? false
        case let (.date(f), .date(d)): return f(d)
        default: return false
        }
    }
}
