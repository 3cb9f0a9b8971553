import CorpusModel
import TextAnalysis

/// Parses a statement into a `Statement`.
///
/// The grammar is small (see docs/language.md):
///
///     statement := 'let' NAME '=' pipeline | pipeline
///     pipeline  := head ('|' stage)*
///     head      := UNIT | NAME | source-verb …
///     stage     := verb …            -- each verb parses its own clauses (VerbRegistry)
///
/// When the input ends where more is needed (after `|`, inside parentheses) the error's kind is
/// `.incomplete`, which the shell takes as a request for another line; a string or regex ends on its
/// line, so one left open is an error at once.
package struct Parser {
    let source: SourceText
    let tokens: [Token]
    var position = 0
    /// The verb parsed last, so an error after it can show that verb's forms.
    var lastVerb: VerbSpec?
    /// The unit whose rows reach the stage being parsed, when the pipeline's head or a later stage names or
    /// produces it and every stage since keeps it (`quotes | filter …`, `sentences | quote`): `compare by`
    /// compares on it by default.
    var pipedUnit: String?

    init(_ source: SourceText) throws(QueryError) {
        self.source = source
        self.tokens = try Lexer(source).tokenize()
    }

    /// Parses one whole statement.
    package static func parse(_ source: SourceText) throws(QueryError) -> Statement {
        var p = try Parser(source)
        return try p.statement()
    }

    mutating func statement() throws(QueryError) -> Statement {
        if peek.identifier == "let" {
            advance()
            let nameToken = try expectIdentifier("a name after 'let'")
            let name = nameToken.identifier!
            if UnitRegistry.named(name) != nil || VerbRegistry.named(name) != nil {
                throw QueryError(.semantic, "'\(name)' is a built-in name and cannot be bound with let", at: nameToken.range,
                                 hint: "choose another name, e.g. my_\(name)")
            }
            try expect(.equals, "'=' after 'let \(name)'")
            let pipeline = try self.pipeline()
            try expectEnd()
            return Statement(kind: .binding(name: name, nameRange: nameToken.range), pipeline: pipeline, source: source)
        }
        let pipeline = try self.pipeline()
        try expectEnd()
        return Statement(kind: .pipeline, pipeline: pipeline, source: source)
    }

    /// `head ('|' stage)*`.
    mutating func pipeline() throws(QueryError) -> Pipeline {
        let start = peek.range
        let outer = pipedUnit  // a parenthesised pipeline inside a stage leaves the outer one's unit as it was
        defer { pipedUnit = outer }
        pipedUnit = nil
        let source = try head()
        if let named = source as? NameSource { pipedUnit = UnitRegistry.named(named.name)?.name } else { pipedUnit = lastVerb?.producesUnit }
        var stages: [any PipedStage] = []
        while peek.kind == .pipe {
            let bar = advance()
            // `||` is another language's "or": inside a condition, crq says `or`.
            if peek.kind == .pipe && peek.range.start == bar.range.end {
                throw expected("a verb after '|'", hint: "conditions join with 'or' (and 'and', 'not'); '|' passes the rows to the next verb")
            }
            let verbToken = try expectIdentifier("a verb after '|'")
            let name = verbToken.identifier!
            guard let verb = VerbRegistry.named(name), verb.canFollow else {
                throw unknownVerb(verbToken, afterPipe: true)
            }
            guard let stage = try verb.parse(&self, verbToken.range) as? any PipedStage else {
                throw unknownVerb(verbToken, afterPipe: true)
            }
            lastVerb = verb
            pipedUnit = verb.unit(after: pipedUnit)
            stages.append(stage)
        }
        return Pipeline(source: source, stages: stages, range: start.to(tokens[max(0, position - 1)].range))
    }

    private mutating func head() throws(QueryError) -> any SourceStage {
        let t = try expectIdentifier("a unit (docs, paragraphs, sentences, terms …) or a name bound with let")
        let name = t.identifier!
        if let verb = VerbRegistry.named(name) {
            guard verb.canStart, let source = try verb.parse(&self, t.range) as? any SourceStage else {
                throw QueryError(.syntax, "'\(name)' works on rows and cannot start a statement", at: t.range,
                                 hint: "start from a unit, e.g. sentences | \(name) …")
            }
            lastVerb = verb
            return source
        }
        // Another tool's verb written first (`head 3`): not a bound name, which `|` or the end follows.
        if ![.pipe, .end, .rightParen].contains(peek.kind), UnitRegistry.named(name) == nil,
           let verb = VerbRegistry.named(otherName: name) {
            throw QueryError(.syntax, "unknown verb '\(name)'", at: t.range,
                             hint: "crq calls it '\(verb.name)', after rows: sentences | \(verb.usage)")
        }
        return NameSource(name: name, range: t.range)
    }

    private func unknownVerb(_ t: Token, afterPipe: Bool) -> QueryError {
        let name = t.identifier!
        if let verb = VerbRegistry.named(name), !verb.canFollow {
            return QueryError(.syntax, "'\(name)' starts a statement and cannot follow '|'", at: t.range)
        }
        if UnitRegistry.named(name) != nil {
            return QueryError(.syntax, "'\(name)' is a unit; units start a statement", at: t.range,
                              hint: "write '\(name) | …' on its own")
        }
        if let verb = VerbRegistry.named(otherName: name) {
            return QueryError(.syntax, "unknown verb '\(name)'", at: t.range, hint: "crq calls it '\(verb.name)': \(verb.usage)")
        }
        let verbs = VerbRegistry.all.filter(\.canFollow).map(\.name)
        return QueryError(.syntax, "unknown verb '\(name)'", at: t.range, hint: verbs.didYouMean(name, otherwise: "verbs: " + verbs.joined(separator: ", ")))
    }

    // MARK: Token helpers for verbs

    /// The current token.
    var peek: Token { tokens[position] }
    /// The last token consumed.
    var previous: Token { tokens[max(0, position - 1)] }

    @discardableResult
    mutating func advance() -> Token {
        let t = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return t
    }

    /// An error at the current token: `.incomplete` at the end of input, `.syntax` elsewhere.
    func expected(_ what: String, hint: String? = nil) -> QueryError {
        if peek.kind == .end {
            return QueryError(.incomplete, "expected \(what)", at: peek.range, hint: hint)
        }
        return QueryError(.syntax, "expected \(what), found \(peek.display)", at: peek.range, hint: hint)
    }

    mutating func expect(_ kind: Token.Kind, _ what: String) throws(QueryError) {
        guard peek.kind == kind else { throw expected(what) }
        advance()
    }

    mutating func expectIdentifier(_ what: String) throws(QueryError) -> Token {
        guard peek.identifier != nil else { throw expected(what) }
        return advance()
    }

    /// Consumes the keyword if it is next.
    mutating func accept(_ keyword: String) -> Bool {
        guard peek.identifier == keyword else { return false }
        advance()
        return true
    }

    mutating func expectKeyword(_ keyword: String, hint: String? = nil) throws(QueryError) {
        guard accept(keyword) else { throw expected("'\(keyword)'", hint: hint) }
    }

    /// A whole number (for `limit`, `top`, `near`, `width`).
    mutating func expectCount(_ what: String, min: Int = 0) throws(QueryError) -> Int {
        guard case let .number(n) = peek.kind else { throw expected(what) }
        guard n == n.rounded(), n >= Double(min), n <= 1e9 else {
            throw QueryError(.semantic, "\(what) must be a whole number of at least \(min)", at: peek.range)
        }
        advance()
        return Int(n)
    }

    /// A quoted string.
    mutating func expectString(_ what: String) throws(QueryError) -> (String, SourceRange) {
        guard case let .string(s) = peek.kind else { throw expected(what) }
        let r = advance().range
        return (s, r)
    }

    mutating func expectEnd() throws(QueryError) {
        guard peek.kind == .end else {
            if peek.kind == .rightParen {
                throw QueryError(.syntax, "unmatched ')'", at: peek.range)
            }
            // A verb is a stage without its '|'; anything else after a unit or name alone (`what did Kirby
            // say`, `sentences "restraint"`) says how a statement goes on; after a verb, more than it takes.
            let hint: String?
            if let word = peek.identifier, VerbRegistry.named(word) != nil {
                hint = "join stages with '|'"
            } else if let lastVerb {
                hint = "\(lastVerb.name) takes: \(lastVerb.usage)"
            } else {
                hint = "a unit or name is followed by '| VERB …': sentences | filter \"WORDS\" | group by source; quote by \"NAME\" gives what someone said"
            }
            throw QueryError(.syntax, "unexpected \(peek.display) after the end of the statement", at: peek.range,
                             hint: hint)
        }
    }

    /// Compiles a regex token, pointing errors at the character PCRE2 names.
    func compileRegex(pattern: String, flags: String, range: SourceRange) throws(QueryError) -> CompiledRegex {
        do {
            return try CompiledRegex(pattern, caseSensitive: flags.contains("c"))
        } catch {
            let at = min(range.start + 1 + error.offset, range.end - 1)
            throw QueryError(.semantic, "bad regex: \(error.message)", at: SourceRange(at, at + 1))
        }
    }
}
