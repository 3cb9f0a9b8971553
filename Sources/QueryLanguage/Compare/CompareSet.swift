import CorpusModel
import TextAnalysis

/// One side of a comparison as written: `doc "ID"`, `source "NAME"`, `rest`, a bound name, or a
/// parenthesised pipeline. Every side resolves to sentences, the common ground of all aspects.
enum CompareSetSyntax: Sendable {
    case doc(String, SourceRange)
    case source(String, SourceRange)
    case rest(SourceRange)
    case name(String, SourceRange)
    /// A parenthesised pipeline, with its text as typed.
    case pipeline(Pipeline, text: String)

    var range: SourceRange {
        switch self {
        case let .doc(_, r), let .source(_, r), let .rest(r), let .name(_, r): return r
        case let .pipeline(p, _): return p.range
        }
    }

    var summary: String {
        switch self {
        case let .doc(d, _): return "doc \"\(d)\""
        case let .source(s, _): return "source \"\(s)\""
        case .rest: return "rest"
        case let .name(n, _): return n
        case let .pipeline(_, text): return "(\(text))"
        }
    }
}

/// A resolved side: a label for the output, its sentences (sorted row numbers), and the global
/// token positions its word counts leave out (`excluding shared`).
struct CompareSide {
    package let label: String
    let sentences: [Int32]
    /// Sorted, disjoint.
    var excluded: [Range<Int>] = []
    /// The rows of quotes or figures it was grouped from, sorted (`quotes | compare by speaker`): those
    /// an aspect on that unit takes, rather than every one its sentences hold.
    var own: (unit: String, rows: [Int32])?

    /// Whether word counts take the token at global position `p`.
    func isKept(_ p: Int) -> Bool {
        guard !excluded.isEmpty else { return true }
        var lo = 0, hi = excluded.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if excluded[mid].upperBound <= p { lo = mid + 1 } else { hi = mid }
        }
        return !(lo < excluded.count && excluded[lo].contains(p))
    }
}

extension Parser {
    /// `doc "ID" | source "NAME" | rest | NAME | ( pipeline )`
    mutating func compareSet() throws(QueryError) -> CompareSetSyntax {
        let t = peek
        switch t.kind {
        case .leftParen:
            advance()
            let inner = try pipeline()
            guard peek.kind == .rightParen else { throw expected("')' to close the pipeline") }
            advance()
            return .pipeline(inner, text: source.slice(inner.range))
        case let .identifier(word):
            advance()
            switch word {
            case "doc":
                let (s, r) = try expectString("a document id in quotes after 'doc'")
                return .doc(s, t.range.to(r))
            case "source":
                let (s, r) = try expectString("an outlet's name in quotes after 'source'")
                return .source(s, t.range.to(r))
            case "rest": return .rest(t.range)
            default: return .name(word, t.range)
            }
        default:
            throw expected("a set: doc \"ID\", source \"NAME\", rest, a name bound with let, or (a pipeline)")
        }
    }
}

/// Turns set syntax into sentences.
struct CompareSetResolver {
    let context: EvalContext
    var corpus: Corpus { context.corpus }

    func resolve(_ set: CompareSetSyntax) throws(QueryError) -> CompareSide {
        switch set {
        case let .doc(name, range):
            do {
                let d = try corpus.resolveDocument(name)
                return CompareSide(label: corpus.documents[d].shortID, sentences: sentences(ofDocuments: [d]))
            } catch {
                throw QueryError(.semantic, error.message, at: range, hint: error.hint)
            }
        case let .source(name, range):
            let sources = Set(corpus.documents.map(\.metadata.source)).filter { !$0.isEmpty }.sorted()
            let folded = WordKey.string(name)
            var matches = sources.filter { WordKey.string($0) == folded }
            if matches.isEmpty { matches = sources.filter { WordKey.string($0).hasPrefix(folded) } }
            guard matches.count == 1, let source = matches.first else {
                if matches.count > 1 {
                    throw QueryError(.semantic, "'\(name)' names more than one outlet: \(matches.prefix(5).joined(separator: ", "))", at: range,
                                     hint: "type more of the name")
                }
                throw QueryError(.semantic, "no outlet '\(name)'", at: range,
                                 hint: sources.didYouMean(name, otherwise: "docs | group by source lists the outlets"))
            }
            let docs = corpus.documents.indices.filter { corpus.documents[$0].metadata.source == source }
            return CompareSide(label: source, sentences: sentences(ofDocuments: docs))
        case let .name(name, range):
            return CompareSide(label: name, sentences: try sentences(of: NameSource(name: name, range: range).run(context), at: range))
        case let .pipeline(p, text):
            return CompareSide(label: "(\(text))", sentences: try sentences(of: Evaluator.run(p, in: context), at: p.range))
        case let .rest(range):
            throw QueryError(.semantic, "rest is everything not in the other set, so the other set cannot be rest too", at: range)
        }
    }

    func sentences(ofDocuments docs: [Int]) -> [Int32] {
        docs.flatMap { corpus.documents[$0].sentences.map(Int32.init) }
    }

    /// The sentences that rows stand for: a document's or paragraph's sentences, a quotation's or figure's sentence.
    func sentences(of relation: Relation, at range: SourceRange) throws(QueryError) -> [Int32] {
        guard case let .units(u) = relation else {
            throw QueryError(.semantic, "a set must be rows of docs, paragraphs, sentences, quotes or figures, not a table", at: range)
        }
        guard let text = u.unit.text else {
            throw QueryError(.semantic, "\(u.unit.name) are not part of the text, so they cannot be a set to compare", at: range,
                             hint: "quotes | compare by speaker compares each speaker's quotations with the rest's")
        }
        var out: [Int32] = []
        for row in u.rows {
            let bytes = text.bytes(corpus, Int(row))
            guard let first = corpus.sentence(containingByte: bytes.lowerBound) else { continue }
            // Rows made of whole sentences stand for all of them; quotations and figures for the sentence they start in.
            let last = text.tokens == nil || bytes.isEmpty ? first : corpus.sentence(containingByte: bytes.upperBound - 1) ?? first
            out.append(contentsOf: (first...last).map(Int32.init))
        }
        return SortedRows.unique(out)
    }
}

extension Array where Element == CompareSide {
    /// Sorts items of the text (quotations, figures) into the sides whose sentences hold their first
    /// byte: for each side, the indices of its items, in order. Items outside every side are dropped.
    func bucket(_ count: Int, of unit: String, _ corpus: Corpus, firstByte: (Int) -> Int, keep: (Int) -> Bool = { _ in true }) -> [[Int]] {
        if allSatisfy({ $0.own?.unit == unit }) { return map { $0.own!.rows.map(Int.init).filter(keep) } }
        var side = [Int32](repeating: -1, count: corpus.sentenceCount)
        for (g, s) in enumerated() { for sentence in s.sentences { side[Int(sentence)] = Int32(g) } }
        var out = [[Int]](repeating: [], count: self.count)
        for i in 0..<count where keep(i) {
            if let s = corpus.sentence(containingByte: firstByte(i)), side[s] >= 0 { out[Int(side[s])].append(i) }
        }
        return out
    }
}
