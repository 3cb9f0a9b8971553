import CorpusModel
import TextAnalysis

/// Turns a statement into tokens. Comments run from `--` or `#` to the end of the line.
struct Lexer {
    private let bytes: [UInt8]

    init(_ source: SourceText) { bytes = source.bytes }

    /// All tokens, ending with `.end`.
    func tokenize() throws(QueryError) -> [Token] {
        var out: [Token] = []
        var i = 0
        let n = bytes.count
        func tok(_ k: Token.Kind, _ s: Int, _ e: Int) { out.append(Token(kind: k, range: SourceRange(s, e))) }
        while i < n {
            let b = bytes[i]
            if CharacterClass.isSpace(b) { i += 1; continue }
            if b == UInt8(ascii: "#") || (b == UInt8(ascii: "-") && i + 1 < n && bytes[i + 1] == UInt8(ascii: "-")) {
                while i < n && bytes[i] != 0x0A { i += 1 }
                continue
            }
            let s = i
            switch b {
            case UInt8(ascii: "|"): tok(.pipe, s, s + 1); i += 1
            case UInt8(ascii: "("): tok(.leftParen, s, s + 1); i += 1
            case UInt8(ascii: ")"): tok(.rightParen, s, s + 1); i += 1
            case UInt8(ascii: ","): tok(.comma, s, s + 1); i += 1
            case UInt8(ascii: "~"): tok(.tilde, s, s + 1); i += 1
            case UInt8(ascii: "="):
                i += (i + 1 < n && bytes[i + 1] == UInt8(ascii: "=")) ? 2 : 1
                tok(.equals, s, i)
            case UInt8(ascii: "!"):
                guard i + 1 < n, bytes[i + 1] == UInt8(ascii: "=") else {
                    throw QueryError(.syntax, "unexpected '!'", at: SourceRange(s, s + 1), hint: "'!=' means not equal; 'not' negates a condition")
                }
                tok(.notEquals, s, s + 2); i += 2
            case UInt8(ascii: "<"):
                if i + 1 < n && bytes[i + 1] == UInt8(ascii: "=") { tok(.lessEqual, s, s + 2); i += 2 }
                else if i + 1 < n && bytes[i + 1] == UInt8(ascii: ">") { tok(.notEquals, s, s + 2); i += 2 }
                else { tok(.less, s, s + 1); i += 1 }
            case UInt8(ascii: ">"):
                if i + 1 < n && bytes[i + 1] == UInt8(ascii: "=") { tok(.greaterEqual, s, s + 2); i += 2 } else { tok(.greater, s, s + 1); i += 1 }
            case UInt8(ascii: "\""), UInt8(ascii: "'"), 0xE2:
                if b == 0xE2 && !(i + 2 < n && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0x9C || bytes[i + 2] == 0x98)) {
                    throw unexpected(s, after: out)
                }
                let (value, end) = try string(from: s)
                tok(.string(value), s, end); i = end
            case UInt8(ascii: "/"):
                let (pattern, flags, end) = try regex(from: s)
                tok(.regex(pattern: pattern, flags: flags), s, end); i = end
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let (kind, end) = try number(from: s)
                tok(kind, s, end); i = end
            default:
                if CharacterClass.isASCIILetter(b) || b == UInt8(ascii: "_") || b >= 0x80 && isLetter(at: i) {
                    var e = i
                    while e < n, CharacterClass.isASCIIAlnum(bytes[e]) || bytes[e] == UInt8(ascii: "_") || (bytes[e] >= 0x80 && isLetter(at: e)) {
                        e += bytes[e] >= 0x80 ? scalarLength(at: e) : 1
                    }
                    tok(.identifier(String(decoding: bytes[s..<e], as: UTF8.self)), s, e); i = e
                } else {
                    throw unexpected(s, after: out)
                }
            }
        }
        tok(.end, n, n)
        return out
    }

    private func unexpected(_ s: Int, after out: [Token]) -> QueryError {
        let len = bytes[s] >= 0x80 ? scalarLength(at: s) : 1
        let ch = String(decoding: bytes[s..<min(bytes.count, s + len)], as: UTF8.self)
        return QueryError(.syntax, "unexpected character '\(ch)'", at: SourceRange(s, s + len), hint: hint(unexpected: ch, at: s, after: out))
    }

    /// What was meant by a character crq does not take (at byte `s`, after the tokens `out`), when it can tell.
    private func hint(unexpected ch: String, at s: Int, after out: [Token]) -> String? {
        switch ch {
        // "@csv docs" (the prefix `crq bench` takes) asks for an output mode, which the shell sets with .mode.
        case "@": return "results are printed as .mode says: .mode csv, then the statement (.help modes)"
        case "&": return "conditions join with 'and' (and 'or', 'not')"
        case ";": return "statements need no ';': one ends with its line, unless the line ends in '|'"
        // `limit -1`: counts and distances are whole numbers above 0, written without a sign.
        case "-" where s + 1 < bytes.count && CharacterClass.isDigit(bytes[s + 1]):
            return "numbers are written without a sign: limit 5, near 8"
        // `select * from docs`, `show *`: SQL's every column.
        case "*": return "a statement starts from a unit and names its columns: docs | show id, title (.help show)"
        case ".":
            // `save out.csv`: a file name without its quotes.
            guard out.count >= 2, out[out.count - 2].kind == .identifier("save"), case let .identifier(name) = out[out.count - 1].kind else { return nil }
            let rest = bytes[(s + 1)...].prefix { !(CharacterClass.isSpace($0) || $0 == UInt8(ascii: "|")) }
            return "a file name goes in quotes: save \"\(name).\(String(decoding: rest, as: UTF8.self))\""
        default: return nil
        }
    }

    private func scalarLength(at i: Int) -> Int { UTF8Cursor.sequenceLength(lead: bytes[i]) }

    private func isLetter(at i: Int) -> Bool {
        bytes.withUnsafeBufferPointer { p in
            let (v, _) = UTF8Cursor.decode(p, i, p.count)
            return CharacterClass.isWordScalar(v)
        }
    }

    /// A string in "…", '…' or curly quotes “…” / ‘…’; backslash escapes \" \\ \n \t.
    private func string(from s: Int) throws(QueryError) -> (String, Int) {
        var closers: [[UInt8]]
        var i: Int
        if bytes[s] == 0xE2 {
            closers = bytes[s + 2] == 0x9C ? [[0xE2, 0x80, 0x9D], [0xE2, 0x80, 0x9C]] : [[0xE2, 0x80, 0x99]]
            i = s + 3
        } else {
            closers = [[bytes[s]]]
            i = s + 1
        }
        var out: [UInt8] = []
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "\\") && i + 1 < bytes.count {
                let e = bytes[i + 1]
                out.append(e == UInt8(ascii: "n") ? 0x0A : e == UInt8(ascii: "t") ? 0x09 : e)
                i += 2
                continue
            }
            if let c = closers.first(where: { bytes[i...].starts(with: $0) }) {
                return (String(decoding: out, as: UTF8.self), i + c.count)
            }
            if bytes[i] == 0x0A { break }
            out.append(bytes[i])
            i += 1
        }
        // Not `.incomplete`: a string ends on its line, so more lines could never close it.
        throw QueryError(.syntax, "this string is not closed", at: SourceRange(s, min(s + 1, bytes.count)),
                         hint: "end it with the same quotation mark it starts with")
    }

    /// `/pattern/flags`; a `\/` inside the pattern is a slash.
    private func regex(from s: Int) throws(QueryError) -> (String, String, Int) {
        var i = s + 1
        var out: [UInt8] = []
        while i < bytes.count && bytes[i] != 0x0A {
            if bytes[i] == UInt8(ascii: "\\") && i + 1 < bytes.count {
                if bytes[i + 1] == UInt8(ascii: "/") { out.append(UInt8(ascii: "/")) } else { out.append(contentsOf: bytes[i...i + 1]) }
                i += 2
                continue
            }
            if bytes[i] == UInt8(ascii: "/") {
                var e = i + 1
                while e < bytes.count && CharacterClass.isASCIILetter(bytes[e]) { e += 1 }
                let flags = String(decoding: bytes[(i + 1)..<e], as: UTF8.self)
                if let bad = flags.first(where: { !"ci".contains($0) }) {
                    throw QueryError(.syntax, "unknown regex flag '\(bad)'", at: SourceRange(i + 1, e),
                                     hint: "flags: c (case-sensitive), i (case-insensitive, the default)")
                }
                return (String(decoding: out, as: UTF8.self), flags, e)
            }
            out.append(bytes[i])
            i += 1
        }
        throw QueryError(.syntax, "this regex is not closed", at: SourceRange(s, s + 1), hint: "end it with '/'")
    }

    /// A number, or a date `yyyy-mm-dd` / `yyyy-mm`.
    private func number(from s: Int) throws(QueryError) -> (Token.Kind, Int) {
        var e = s
        while e < bytes.count && (CharacterClass.isDigit(bytes[e]) || bytes[e] == UInt8(ascii: "-")) { e += 1 }
        let text = String(decoding: bytes[s..<e], as: UTF8.self)
        if text.contains("-") {
            guard let d = DateParser.parseISO(text), text.count >= 7 else {
                throw QueryError(.syntax, "'\(text)' is not a date", at: SourceRange(s, e), hint: "write dates as 2024-01-18 or 2024-01")
            }
            return (.date(d), e)
        }
        e = s
        while e < bytes.count && CharacterClass.isDigit(bytes[e]) { e += 1 }
        if e + 1 < bytes.count && bytes[e] == UInt8(ascii: ".") && CharacterClass.isDigit(bytes[e + 1]) {
            e += 1
            while e < bytes.count && CharacterClass.isDigit(bytes[e]) { e += 1 }
        }
        return (.number(Double(String(decoding: bytes[s..<e], as: UTF8.self))!), e)
    }
}
