import CorpusModel

/// A lexical token of the query language, with its range in the statement.
struct Token: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case identifier(String)
        /// A quoted string, with escapes resolved.
        case string(String)
        /// `/pattern/flags`.
        case regex(pattern: String, flags: String)
        case number(Double)
        /// `2024-01-18`, `2024-01`.
        case date(PartialDate)
        case pipe, leftParen, rightParen, comma, equals, notEquals, less, lessEqual, greater, greaterEqual, tilde
        case end
    }
    let kind: Kind
    let range: SourceRange

    /// How the token reads in an error message.
    var display: String {
        switch kind {
        case let .identifier(s): return "'\(s)'"
        case let .string(s): return "\"\(s)\""
        case let .regex(p, f): return "/\(p)/\(f)"
        case let .number(n): return Value.format(n)
        case let .date(d): return d.description
        case .pipe: return "'|'"
        case .leftParen: return "'('"
        case .rightParen: return "')'"
        case .comma: return "','"
        case .equals: return "'='"
        case .notEquals: return "'!='"
        case .less: return "'<'"
        case .lessEqual: return "'<='"
        case .greater: return "'>'"
        case .greaterEqual: return "'>='"
        case .tilde: return "'~'"
        case .end: return "the end of the statement"
        }
    }

    var identifier: String? {
        if case let .identifier(s) = kind { return s }
        return nil
    }
}
