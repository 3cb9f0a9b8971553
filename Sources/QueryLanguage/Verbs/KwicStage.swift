import CorpusModel
import TextAnalysis

/// `kwic "WORDS"|/REGEX/ [width N]`: concordance lines, one per occurrence, with left and right context.
struct KwicStage: SourceOrPipedStage {
    let pattern: Condition
    package let width: Int
    let range: SourceRange
    var summary: String { "kwic \(pattern.summary) width \(width)" }

    static let spec = VerbSpec(
        name: "kwic", usage: "kwic \"WORDS\"|/REGEX/ [width N]",
        summary: "concordance: each occurrence with N characters of context each side",
        details: """
        As a source, searches all sentences; after '|', the rows piped in (sentences, paragraphs or docs). \
        Columns: id (the sentence's locator), doc, source, left, match, right; sort by left or right \
        to see the patterns around a word. Context stays inside the document; width defaults to 40.
        Examples:
          kwic "restraint" width 40
          kwic "restraint" | sort by right
          sentences | filter source ~ "Brussels" | kwic /escalat\\w*/
        """,
        canStart: true, canFollow: true,
        keywords: ["width"],
        parse: { p, r throws(QueryError) in
            let t = p.peek
            let pattern: Condition
            switch t.kind {
            case let .string(s):
                p.advance()
                let w = WordKey.words(s)
                guard !w.isEmpty else { throw QueryError(.semantic, "\"\(s)\" has no words to search for", at: t.range) }
                pattern = .words(w, display: s, range: t.range)
            case let .regex(pat, flags):
                p.advance()
                pattern = .regex(try p.compileRegex(pattern: pat, flags: flags, range: t.range), range: t.range)
            default:
                throw p.expected("a word in quotes or a /regex/ after 'kwic'")
            }
            var width = 40
            if p.accept("width") { width = try p.expectCount("a number of characters after 'width'", min: 1) }
            return KwicStage(pattern: pattern, width: min(width, 1000), range: r.to(p.previous.range))
        })

    func run(_ input: Relation?, _ context: EvalContext) throws(QueryError) -> Relation {
        let corpus = context.corpus
        let unit: UnitSpec
        var rows: [Int32]
        switch input {
        case nil:
            unit = SentencesUnit.spec
            rows = (0..<Int32(corpus.sentenceCount)).map { $0 }
        case let .units(u)? where u.unit.text != nil:
            unit = u.unit
            rows = u.inCorpusOrder ? u.rows : u.rows.sorted()
        case let other?:
            throw QueryError(.semantic, "kwic needs text rows, and \(other.describe) have none", at: range)
        }
        // Narrow to rows with a match, then find each occurrence's bytes.
        rows = try ConditionMatcher(context: context).rows(pattern, rows, unit: unit)
        var out: [[Value]] = []
        try corpus.withText { (p: UnsafeBufferPointer<UInt8>) throws(QueryError) in
            for (i, row) in rows.enumerated() {
                if i & 1023 == 0 { try context.checkCancelled(range) }
                let bytes = unit.text!.bytes(corpus, Int(row))
                let doc = unit.document(corpus, Int(row))
                for m in matches(in: bytes, p) {
                    out.append(line(m, doc: doc, p, corpus))
                }
            }
        }
        let columns = [Table.Column("id"), Table.Column("doc"), Table.Column("source"),
                       Table.Column("left", role: .leftContext), Table.Column("match"), Table.Column("right", role: .text)]
        return .table(Table(columns: columns, rows: out))
    }

    /// Byte ranges of the pattern's occurrences in a row's text.
    private func matches(in bytes: Range<Int>, _ p: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        switch pattern {
        case let .words(words, _, _):
            var tokens: [(Range<Int>, String)] = []
            Tokenizer.forEachToken(in: p, from: bytes.lowerBound, to: bytes.upperBound) { s, e in
                tokens.append((s..<e, WordKey.string(String(decoding: UnsafeBufferPointer(rebasing: p[s..<e]), as: UTF8.self))))
            }
            guard tokens.count >= words.count else { return [] }
            return (0...(tokens.count - words.count)).filter { i in (0..<words.count).allSatisfy { tokens[i + $0].1 == words[$0] } }
                .map { tokens[$0].0.lowerBound..<tokens[$0 + words.count - 1].0.upperBound }
        case let .regex(re, _):
            var out: [Range<Int>] = []
            try? re.forEachMatch(in: p, bytes) { if !$0.isEmpty { out.append($0) }; return true }
            return out
        default:
            return []
        }
    }

    private func line(_ m: Range<Int>, doc: Int, _ p: UnsafeBufferPointer<UInt8>, _ corpus: Corpus) -> [Value] {
        let docBytes = corpus.documents[doc].bytes
        func text(_ r: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: p[r]), as: UTF8.self)
                .replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
        }
        // Take generously in bytes, then cut to `width` characters.
        let leftBytes = max(docBytes.lowerBound, m.lowerBound - width * 4)..<m.lowerBound
        let rightBytes = m.upperBound..<min(docBytes.upperBound, m.upperBound + width * 4)
        let left = String(text(leftBytes).suffix(width))
        let right = String(text(rightBytes).prefix(width))
        let id = corpus.locator(atByte: m.lowerBound, inDocument: doc)
        return [.string(id), .string(corpus.documents[doc].shortID), .string(corpus.documents[doc].metadata.source),
                .string(left), .string(text(m)), .string(right)]
    }
}
