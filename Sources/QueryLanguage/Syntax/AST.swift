import CorpusModel
import TextAnalysis

/// A parsed statement: a pipeline, or a pipeline bound to a name with `let`.
package struct Statement: Sendable {
    package enum Kind: Sendable {
        case pipeline
        case binding(name: String, nameRange: SourceRange)
    }
    package let kind: Kind
    package let pipeline: Pipeline
    let source: SourceText
}

/// Stages joined by `|`; the first one starts from nothing (a unit, a bound name, or a source verb).
package struct Pipeline: Sendable {
    let source: any SourceStage
    let stages: [any PipedStage]
    package let range: SourceRange
}

/// A condition of `filter` (and of sets in `compare`).
indirect enum Condition: Sendable {
    /// Consecutive normalised words (one word or a phrase), as typed in `display`.
    case words([String], display: String, range: SourceRange)
    case regex(CompiledRegex, range: SourceRange)
    /// Two word conditions within `distance` words of each other in one sentence.
    case near(Condition, distance: Int, Condition, range: SourceRange)
    case compare(field: String, fieldRange: SourceRange, op: CompareOp, value: Literal, range: SourceRange)
    case inList(field: String, fieldRange: SourceRange, values: [Literal], range: SourceRange)
    case and(Condition, Condition)
    case or(Condition, Condition)
    case not(Condition, range: SourceRange)

    var range: SourceRange {
        switch self {
        case let .words(_, _, r), let .regex(_, r), let .near(_, _, _, r), let .compare(_, _, _, _, r),
             let .inList(_, _, _, r), let .not(_, r):
            return r
        case let .and(a, b), let .or(a, b): return a.range.to(b.range)
        }
    }

    /// A canonical rendering, for `.ast` and tests.
    var summary: String {
        switch self {
        case let .words(w, _, _): return "words(\(w.joined(separator: " ")))"
        case let .regex(r, _): return "regex(/\(r.pattern)/\(r.caseSensitive ? "c" : ""))"
        case let .near(a, n, b, _): return "near(\(a.summary), \(n), \(b.summary))"
        case let .compare(f, _, op, v, _): return "\(f) \(op.rawValue) \(v.summary)"
        case let .inList(f, _, vs, _): return "\(f) in (\(vs.map(\.summary).joined(separator: ", ")))"
        case let .and(a, b): return "and(\(a.summary), \(b.summary))"
        case let .or(a, b): return "or(\(a.summary), \(b.summary))"
        case let .not(a, _): return "not(\(a.summary))"
        }
    }
}

/// Comparison operators of conditions.
package enum CompareOp: String, Sendable, CaseIterable {
    case equal = "=", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    /// Contains (case- and diacritic-insensitive), or matches a regex.
    case contains = "~"

    /// What may follow a field name in a condition: the operators, then `in (…)`. The parser's message
    /// for a field with none and Tab completion after a field name list it.
    package static let afterField = allCases.map(\.rawValue) + ["in"]
}

/// A literal value in a condition.
enum Literal: Sendable {
    case string(String, SourceRange)
    case number(Double, SourceRange)
    case date(PartialDate, SourceRange)
    case regex(CompiledRegex, SourceRange)

    var range: SourceRange {
        switch self {
        case let .string(_, r), let .number(_, r), let .date(_, r), let .regex(_, r): return r
        }
    }

    var summary: String {
        switch self {
        case let .string(s, _): return "\"\(s)\""
        case let .number(n, _): return Value.format(n)
        case let .date(d, _): return d.description
        case let .regex(r, _): return "/\(r.pattern)/"
        }
    }
}
