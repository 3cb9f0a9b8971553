import TextAnalysis

/// Conditions:
///
///     condition := and ('or' and)*
///     and       := unary ('and' unary)*
///     unary     := 'not' unary | atom
///     atom      := '(' condition ')' | text ['near' N text] | REGEX
///                | FIELD op VALUE | FIELD 'in' '(' VALUE, … ')'
///     text      := STRING                      -- a word or a phrase
extension Parser {
    /// The words of a condition that join it to what stands before them, so none starts a condition or
    /// a term (`filter and …` is an error; Tab does not offer them there).
    package static let joiningWords: Set<String> = ["and", "or", "near", "in"]

    mutating func condition() throws(QueryError) -> Condition {
        var left = try andCondition()
        while accept("or") { left = .or(left, try andCondition()) }
        return left
    }

    private mutating func andCondition() throws(QueryError) -> Condition {
        var left = try unaryCondition()
        while accept("and") { left = .and(left, try unaryCondition()) }
        return left
    }

    private mutating func unaryCondition() throws(QueryError) -> Condition {
        if peek.identifier == "not" {
            let r = advance().range
            let inner = try unaryCondition()
            return .not(inner, range: r.to(inner.range))
        }
        return try atom()
    }

    private mutating func atom() throws(QueryError) -> Condition {
        let t = peek
        switch t.kind {
        case .leftParen:
            advance()
            let inner = try condition()
            guard peek.kind == .rightParen else {
                throw expected("')' to close the '(' at column \(source.lineAndColumn(of: t.range.start).column)")
            }
            advance()
            return inner
        case let .string(s):
            advance()
            let text = try words(s, t.range)
            if accept("near") {
                let n = try expectCount("a distance in words after 'near'", min: 1)
                guard case let .string(s2) = peek.kind else { throw expected("a word or phrase in quotes after 'near \(n)'") }
                let r2 = advance().range
                let other = try words(s2, r2)
                return .near(text, distance: n, other, range: t.range.to(r2))
            }
            return text
        case let .regex(pattern, flags):
            advance()
            return .regex(try compileRegex(pattern: pattern, flags: flags, range: t.range), range: t.range)
        case let .identifier(name):
            advance()
            if Self.joiningWords.contains(name) {
                throw QueryError(.syntax, "'\(name)' needs something before it", at: t.range)
            }
            if accept("in") {
                try expect(.leftParen, "'(' after 'in'")
                var values: [Literal] = []
                repeat { values.append(try literal()) } while peek.kind == .comma && { advance(); return true }()
                try expect(.rightParen, "')' to close the list")
                return .inList(field: name, fieldRange: t.range, values: values, range: t.range.to(previous.range))
            }
            if peek.kind == .leftParen, FieldExpression.DatePart(rawValue: name) != nil {
                throw QueryError(.semantic, "\(name)(…) works in group by, sort by and show, not in conditions", at: t.range,
                                 hint: "compare the date itself: date = 2024-01 matches every day of January 2024")
            }
            guard let op = compareOp(peek.kind) else {
                throw QueryError(peek.kind == .end ? .incomplete : .syntax,
                                 "expected a comparison after '\(name)' (\(CompareOp.afterField.joined(separator: " ")))", at: peek.kind == .end ? peek.range : t.range,
                                 hint: "to search for the word, quote it: \"\(name)\"")
            }
            advance()
            let value = try literal()
            return .compare(field: name, fieldRange: t.range, op: op, value: value, range: t.range.to(value.range))
        default:
            throw expected("a condition: a word in quotes, a /regex/, or a field comparison")
        }
    }

    private func words(_ s: String, _ r: SourceRange) throws(QueryError) -> Condition {
        let w = WordKey.words(s)
        guard !w.isEmpty else {
            throw QueryError(.semantic, "\"\(s)\" has no words to search for", at: r, hint: "use a /regex/ to match punctuation")
        }
        return .words(w, display: s, range: r)
    }

    private func compareOp(_ k: Token.Kind) -> CompareOp? {
        switch k {
        case .equals: return .equal
        case .notEquals: return .notEqual
        case .less: return .less
        case .lessEqual: return .lessEqual
        case .greater: return .greater
        case .greaterEqual: return .greaterEqual
        case .tilde: return .contains
        default: return nil
        }
    }

    /// A value: a string, a number, a date or a regex.
    mutating func literal() throws(QueryError) -> Literal {
        let t = peek
        switch t.kind {
        case let .string(s): advance(); return .string(s, t.range)
        case let .number(n): advance(); return .number(n, t.range)
        case let .date(d): advance(); return .date(d, t.range)
        case let .regex(p, f): advance(); return .regex(try compileRegex(pattern: p, flags: f, range: t.range), t.range)
        case let .identifier(name):
            throw QueryError(.syntax, "expected a value, found the name '\(name)'", at: t.range, hint: "quote text values: \"\(name)\"")
        default:
            throw expected("a value (\"text\", a number, a date like 2024-01-18, or a /regex/)")
        }
    }
}
