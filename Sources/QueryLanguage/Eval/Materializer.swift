import CorpusModel
import TextAnalysis

/// Turns a relation into a table for display or export, reading only the rows it shows.
package enum Materializer {
    /// The table of `relation`: a unit's default columns (or `columns`), `limit` rows from row `start`.
    package static func table(_ relation: Relation, _ context: EvalContext, columns: [String]? = nil, from start: Int = 0, limit: Int? = nil) -> Table {
        switch relation {
        case let .table(t):
            guard start > 0 || (limit ?? .max) < t.rows.count else { return t }
            var cut = t
            cut.rows = Array(t.rows[min(start, t.rows.count)..<min(t.rows.count, start + min(limit ?? .max, t.rows.count))])
            return cut
        case let .units(u):
            let names = columns ?? u.columns ?? u.unit.defaultColumns
            let fields = names.compactMap { u.unit.field($0) }
            let end = min(u.rows.count, start + min(limit ?? u.rows.count, u.rows.count))
            var rows: [[Value]] = []
            rows.reserveCapacity(max(0, end - start))
            for i in min(start, end)..<end { rows.append(fields.map { $0.get(context.corpus, Int(u.rows[i])) }) }
            return Table(columns: fields.map { Table.Column($0.name, role: $0.name == "text" ? .text : .plain) }, rows: rows,
                         highlights: u.highlights)
        }
    }
}

/// Finds the byte ranges of highlighted words and regex matches in a text.
package enum Highlighter {
    package static func ranges(in text: String, _ highlights: [Highlight]) -> [Range<Int>] {
        let bytes = Array(text.utf8)
        var out: [Range<Int>] = []
        var tokens: [(Range<Int>, String)]? = nil
        for h in highlights {
            switch h {
            case let .words(phrase):
                if tokens == nil {
                    tokens = Tokenizer.tokenRanges(of: bytes).map { ($0, WordKey.string(String(decoding: bytes[$0], as: UTF8.self))) }
                }
                let t = tokens!
                guard t.count >= phrase.count else { continue }
                for i in 0...(t.count - phrase.count) where (0..<phrase.count).allSatisfy({ t[i + $0].1 == phrase[$0] }) {
                    out.append(t[i].0.lowerBound..<t[i + phrase.count - 1].0.upperBound)
                }
            case let .regex(re):
                out.append(contentsOf: re.matchRanges(in: text).filter { !$0.isEmpty })
            }
        }
        return merge(out)
    }

    /// Sorts and merges overlapping ranges.
    static func merge(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for r in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = out.last, r.lowerBound <= last.upperBound {
                out[out.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                out.append(r)
            }
        }
        return out
    }
}

extension Condition {
    /// What to highlight for this condition (words and regexes not under `not`).
    var highlights: [Highlight] {
        switch self {
        case let .words(w, _, _): return [.words(w)]
        case let .regex(r, _): return [.regex(r)]
        case let .near(a, _, b, _): return a.highlights + b.highlights
        case .compare, .inList, .not: return []
        case let .and(a, b), let .or(a, b): return a.highlights + b.highlights
        }
    }
}
