import Annotation
import CorpusModel
import Dispatch
import Synchronization
import TextAnalysis

/// Evaluates a condition over rows.
///
/// On unit rows, word, phrase and `near` conditions are answered from the inverted index when the
/// candidate set is large (postings map straight to rows) and by walking each row's tokens when it
/// is small; regular expressions scan the text with PCRE2; field comparisons read fields row by row.
/// Sets of rows are sorted arrays of row numbers; `and` narrows the candidates before evaluating
/// its right side, so cheap conditions first make later ones cheap.
struct ConditionMatcher {
    let context: EvalContext
    var corpus: Corpus { context.corpus }

    // MARK: Unit rows

    /// The rows among `candidates` (sorted) that satisfy `condition`, sorted.
    func rows(_ condition: Condition, _ candidates: [Int32], unit: UnitSpec) throws(QueryError) -> [Int32] {
        switch condition {
        case let .and(a, b):
            let left = try rows(a, candidates, unit: unit)
            return left.isEmpty ? [] : try rows(b, left, unit: unit)
        case let .or(a, b):
            return SortedRows.union(try rows(a, candidates, unit: unit), try rows(b, candidates, unit: unit))
        case let .not(a, _):
            return SortedRows.subtract(candidates, try rows(a, candidates, unit: unit))
        case let .words(words, _, range):
            let text = try textAccess(unit, range)
            guard let ids = termIDs(words) else { return [] }
            return try phraseRows(ids, candidates, unit: unit, text: text, range: range)
        case let .regex(regex, range):
            return try regexRows(regex, candidates, unit: unit, text: try textAccess(unit, range), range: range)
        case let .near(a, distance, b, range):
            let text = try textAccess(unit, range)
            guard case let .words(wa, _, ra) = a, case let .words(wb, _, rb) = b,
                  let ia = termIDs(wa), let ib = termIDs(wb) else { return [] }
            if let startsOf = text.tokenStarts, candidates.count * 4 > unit.count(corpus) {
                let found = try nearRows(ia, ib, distance, rows: startsOf(corpus), range: range)
                return candidates.count == unit.count(corpus) ? found : SortedRows.intersect(found, candidates)
            }
            let both = try phraseRows(ib, try phraseRows(ia, candidates, unit: unit, text: text, range: ra), unit: unit, text: text, range: rb)
            guard let tokensOf = text.tokens else {
                return try filterRows(both, range) { Self.isNear(WordKey.words(corpus.string(text.bytes(corpus, Int($0)))), wa, wb, distance) }
            }
            return try filterRows(both, range) { isNear(ia, ib, distance, in: tokensOf(corpus, Int($0))) }
        case let .compare(field, fieldRange, op, value, _):
            let reader = try FieldReader(.units(UnitRows(unit: unit, rows: [])), field, at: fieldRange, context)
            if op == .equal || op == .notEqual { try checkKnown(value, field, unit) }
            let literal = op == .equal || op == .notEqual ? canonical(value, field, unit) : value
            let test = try ValueTest(op: op, literal: literal, kind: reader.kind, field: field)
            guard reader.hasMembers else { return try filterRows(candidates, fieldRange) { test.matches(reader.value(ofUnitRow: Int($0))) } }
            return try filterRows(candidates, fieldRange) { r in
                let value = reader.value(ofUnitRow: Int(r))
                guard let members = reader.members(ofUnitRow: Int(r)) else { return test.matches(value) }
                // `!=`: neither the value nor any member is the literal
                return op == .notEqual ? test.matches(value) && members.allSatisfy(test.matches)
                    : test.matches(value) || members.contains(where: test.matches)
            }
        case let .inList(field, fieldRange, values, _):
            let reader = try FieldReader(.units(UnitRows(unit: unit, rows: [])), field, at: fieldRange, context)
            let tests = try values.map { (v: Literal) throws(QueryError) -> ValueTest in
                try checkKnown(v, field, unit)
                return try ValueTest(op: .equal, literal: canonical(v, field, unit), kind: reader.kind, field: field)
            }
            return try filterRows(candidates, fieldRange) { r in
                let values = [reader.value(ofUnitRow: Int(r))] + (reader.members(ofUnitRow: Int(r)) ?? [])
                return tests.contains { t in values.contains(where: t.matches) }
            }
        }
    }

    /// A text value compared for equality with a field whose values have variants (a speaker's
    /// name): the canonical name it stands for, so `= "Guterres"` and `in ("Guterres")` find "António Guterres".
    private func canonical(_ value: Literal, _ field: String, _ unit: UnitSpec) -> Literal {
        guard case let .string(s, r) = value, let name = unit.canonicalize?(corpus, field, s) else { return value }
        return .string(name, r)
    }

    /// A text value that a field of few fixed values cannot hold (`kind = "directs"`) is an error, not an empty result.
    private func checkKnown(_ value: Literal, _ field: String, _ unit: UnitSpec) throws(QueryError) {
        guard case let .string(s, r) = value, let values = unit.field(field, in: corpus)?.values,
              !values.contains(where: { WordKey.string($0) == WordKey.string(s) }) else { return }
        let list = values.dropLast().joined(separator: ", ") + (values.count > 1 ? " or " : "") + (values.last ?? "")
        throw QueryError(.semantic, "\(field) is \(list), not '\(s)'", at: r, hint: values.didYouMean(s.lowercased()))
    }

    private func filterRows(_ rows: [Int32], _ range: SourceRange, _ test: (Int32) -> Bool) throws(QueryError) -> [Int32] {
        var out: [Int32] = []
        for (i, r) in rows.enumerated() {
            if i & 4095 == 0 { try context.checkCancelled(range) }
            if test(r) { out.append(r) }
        }
        return out
    }

    private func textAccess(_ unit: UnitSpec, _ range: SourceRange) throws(QueryError) -> UnitSpec.TextAccess {
        guard let text = unit.text else {
            throw QueryError(.semantic, "\(unit.name) have no text to search", at: range,
                             hint: "search sentences, paragraphs or docs, or compare a field: FIELD ~ \"text\"")
        }
        return text
    }

    /// The term ids of normalised words, or nil if any word is not in the corpus.
    func termIDs(_ words: [String]) -> [UInt32]? {
        var ids: [UInt32] = []
        for w in words {
            guard let id = corpus.index.vocabulary.id(of: w) else { return nil }
            ids.append(UInt32(id))
        }
        return ids
    }

    /// Rows among `candidates` holding the phrase `ids` (consecutive tokens within one row).
    private func phraseRows(_ ids: [UInt32], _ candidates: [Int32], unit: UnitSpec, text: UnitSpec.TextAccess,
                            range: SourceRange) throws(QueryError) -> [Int32] {
        if candidates.isEmpty { return [] }
        let index = corpus.index
        // The rarest word drives the postings walk.
        var pivot = 0
        for k in ids.indices where index.frequency(Int(ids[k])) < index.frequency(Int(ids[pivot])) { pivot = k }
        let postings = index.positions(Int(ids[pivot]))
        let tokens = index.tokens
        if let startsOf = text.tokenStarts, postings.count < candidates.count * 4 {
            let found = try Self.rowsHolding(ids, pivot: pivot, postings: postings, tokens: tokens, rows: startsOf(corpus)) {
                () throws(QueryError) in try context.checkCancelled(range)
            }
            return candidates.count == unit.count(corpus) ? found : SortedRows.intersect(found, candidates)
        }
        guard let tokensOf = text.tokens else {
            // Rows that are not whole sentences (quotations): tokenise their text.
            let words = ids.map { corpus.index.vocabulary.term(Int($0)) }
            return try filterRows(candidates, range) { Self.contains(WordKey.words(corpus.string(text.bytes(corpus, Int($0)))), words) }
        }
        return try filterRows(candidates, range) { row in
            let r = tokensOf(corpus, Int(row))
            guard r.count >= ids.count else { return false }
            var p = r.lowerBound
            while p + ids.count <= r.upperBound {
                if tokens[p] == ids[0] && Self.matchesAt(p, ids, tokens) { return true }
                p += 1
            }
            return false
        }
    }

    /// The rows (sorted, distinct) holding the phrase `ids`, walking the postings of `ids[pivot]` and
    /// the rows' first tokens together. `poll` is called every 65,536 postings (for cancellation).
    static func rowsHolding<E: Error>(_ ids: [UInt32], pivot: Int, postings: FlatArray<UInt32>.SubSequence, tokens: FlatArray<UInt32>,
                                      rows: TokenStarts, poll: () throws(E) -> Void) throws(E) -> [Int32] {
        var found: [Int32] = []
        // Through the postings' memory, not the slice's generic Collection walk.
        try postings.base.withUnsafeBufferPointer { (all: UnsafeBufferPointer<UInt32>) throws(E) in
            try rows.withCursor { (cursor: inout TokenStarts.Cursor) throws(E) in
                var n = 0
                for q in all[postings.startIndex..<postings.endIndex] {
                    n &+= 1
                    if n & 65535 == 0 { try poll() }
                    let p = Int(q) - pivot
                    guard p >= 0, p + ids.count <= tokens.count, ids.count == 1 || Self.matchesAt(p, ids, tokens) else { continue }
                    let row = Int32(cursor.advance(to: p))
                    if found.last != row && p + ids.count <= cursor.nextStart { found.append(row) }
                }
            }
        }
        return found
    }

    @inline(__always)
    private static func matchesAt(_ p: Int, _ ids: [UInt32], _ tokens: FlatArray<UInt32>) -> Bool {
        for k in ids.indices where tokens[p + k] != ids[k] { return false }
        return true
    }

    /// The rows (sorted, distinct) where phrase `a` occurs within `distance` words of phrase `b` in
    /// one sentence: one walk along both phrases' postings, with no row's tokens read.
    private func nearRows(_ a: [UInt32], _ b: [UInt32], _ distance: Int, rows: TokenStarts, range: SourceRange) throws(QueryError) -> [Int32] {
        let index = corpus.index, tokens = index.tokens
        func starts(_ ids: [UInt32]) -> [Int] {
            // Through the postings' memory: the slice's generic Collection walk dominated the statement.
            index.positions(Int(ids[0])).withUnsafeBufferPointer { (p: UnsafeBufferPointer<UInt32>) -> [Int] in
                var out: [Int] = []
                out.reserveCapacity(p.count)
                for x in p where Int(x) + ids.count <= tokens.count && (ids.count == 1 || Self.matchesAt(Int(x), ids, tokens)) { out.append(Int(x)) }
                return out
            }
        }
        let pa = starts(a), pb = starts(b)
        var found: [Int32] = []
        try rows.withCursor { (row: inout TokenStarts.Cursor) throws(QueryError) in
            try corpus.sentenceTokens.withCursor { (sentence: inout TokenStarts.Cursor) throws(QueryError) in
                var lo = 0
                for (n, x) in pa.enumerated() {
                    if n & 65535 == 0 { try context.checkCancelled(range) }
                    let s = sentence.advance(to: x)
                    let sentenceStart = corpus.sentenceTokens.start(s), sentenceEnd = min(sentence.nextStart, tokens.count)
                    guard x + a.count <= sentenceEnd else { continue }
                    // b may start from `distance` words before a's start (less its own length) to as far after a's end.
                    let first = max(sentenceStart, x - distance - b.count + 1), last = min(sentenceEnd - b.count, x + a.count - 1 + distance)
                    while lo < pb.count && pb[lo] < first { lo += 1 }
                    var k = lo
                    while k < pb.count && pb[k] <= last && pb[k] == x { k += 1 }
                    guard k < pb.count && pb[k] <= last else { continue }
                    let r = Int32(row.advance(to: x))
                    if found.last != r { found.append(r) }
                }
            }
        }
        return found
    }

    /// Whether the phrases occur within `distance` words of each other in one sentence of `range`.
    private func isNear(_ a: [UInt32], _ b: [UInt32], _ distance: Int, in range: Range<Int>) -> Bool {
        let tokens = corpus.index.tokens
        func starts(_ ids: [UInt32]) -> [Int] {
            var out: [Int] = []
            var p = range.lowerBound
            while p + ids.count <= range.upperBound {
                if Self.matchesAt(p, ids, tokens) { out.append(p) }
                p += 1
            }
            return out
        }
        let pa = starts(a), pb = starts(b)
        for x in pa {
            for y in pb where x != y {
                // Distance between the nearer ends of the two phrases, in words.
                let gap = x < y ? y - (x + a.count - 1) : x - (y + b.count - 1)
                if gap <= distance && corpus.sentence(containingToken: x) == corpus.sentence(containingToken: y) { return true }
            }
        }
        return false
    }

    /// Rows among `candidates` with a regex match. All rows: one scan of every document; a subset: each row's text.
    private func regexRows(_ regex: CompiledRegex, _ candidates: [Int32], unit: UnitSpec, text: UnitSpec.TextAccess,
                           range: SourceRange) throws(QueryError) -> [Int32] {
        let total = unit.count(corpus)
        var candidates = candidates, sure: [Int32] = []
        if let startsOf = text.tokenStarts, candidates.count * 4 > total, VocabularyRegex.staysInToken(regex) {
            let holding = try rowsHoldingTerms(matching: regex, rows: startsOf(corpus), range: range)
            let all = candidates.count == total
            sure = all ? holding.sure : SortedRows.intersect(holding.sure, candidates)
            candidates = all ? holding.maybe : SortedRows.intersect(holding.maybe, candidates)
        }
        var found: [Int32] = []
        do {
            try corpus.withText { (p: UnsafeBufferPointer<UInt8>) throws(QueryError) in
                if candidates.count == total, let rowOfByte = text.rowOfByte {
                    found = try scanAllRows(regex, p, text: text, rowOfByte: rowOfByte, range: range)
                } else {
                    found = try rowsWithMatch(regex, p, candidates, text: text, range: range)
                }
            }
        }
        return sure.isEmpty ? found : SortedRows.union(sure, found)
    }

    /// The rows among `candidates` whose text has a match, searched on both cores.
    private func rowsWithMatch(_ regex: CompiledRegex, _ p: UnsafeBufferPointer<UInt8>, _ candidates: [Int32], text: UnitSpec.TextAccess,
                               range: SourceRange) throws(QueryError) -> [Int32] {
        let corpus = self.corpus, context = self.context
        let tooCostly = Atomic<Bool>(false)
        let parts = Parallel.slices(candidates.count, parts: candidates.count < 4096 ? 1 : 8) { slice -> [Int32] in
            let scratch = regex.makeScratch()
            var rows: [Int32] = []
            for i in slice {
                if i & 1023 == 0, context.shouldStop || tooCostly.load(ordering: .relaxed) { break }
                let row = candidates[i]
                do {
                    if try regex.firstMatch(in: p, text.bytes(corpus, Int(row)), scratch) != nil { rows.append(row) }
                } catch {
                    tooCostly.store(true, ordering: .relaxed)
                    break
                }
            }
            return rows
        }
        if tooCostly.load(ordering: .relaxed) { throw Self.tooCostly(regex, range) }
        try context.checkCancelled(range)
        return parts.flatMap { $0 }
    }

    /// Every row with a match, scanning all documents on both cores. After a row's first match the
    /// scan jumps to the row's end, so dense patterns cost one match per row.
    private func scanAllRows(_ regex: CompiledRegex, _ p: UnsafeBufferPointer<UInt8>, text: UnitSpec.TextAccess,
                             rowOfByte: @escaping @Sendable (Corpus, Int) -> Int?, range: SourceRange) throws(QueryError) -> [Int32] {
        let corpus = self.corpus, context = self.context
        let documents = corpus.documents.count
        let chunks = max(1, min(16, documents / 32))
        // Each chunk writes only its own slot; the text is not modified while scanning.
        nonisolated(unsafe) let results = UnsafeMutableBufferPointer<[Int32]>.allocate(capacity: chunks)
        results.initialize(repeating: [])
        defer { results.deinitialize().deallocate() }
        nonisolated(unsafe) let buffer = p
        let failure = Mutex<QueryError?>(nil)
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let scratch = regex.makeScratch()
            var rows: [Int32] = []
            for d in (c * documents / chunks)..<((c + 1) * documents / chunks) {
                if d & 255 == 0, context.isCancelled() || failure.withLock({ $0 != nil }) {
                    failure.withLock { $0 = $0 ?? QueryError(.runtime, "cancelled", at: range) }
                    break
                }
                let bytes = corpus.documents[d].bytes
                var position = bytes.lowerBound
                do {
                    while position < bytes.upperBound, let m = try regex.firstMatch(in: buffer, position..<bytes.upperBound, scratch) {
                        guard let row = rowOfByte(corpus, m.lowerBound) else { position = max(m.upperBound, m.lowerBound + 1); continue }
                        rows.append(Int32(row))
                        position = max(m.upperBound, text.bytes(corpus, row).upperBound)
                    }
                } catch {
                    failure.withLock { $0 = $0 ?? Self.tooCostly(regex, range) }
                    break
                }
            }
            results[c] = rows
        }
        if let error = failure.withLock({ $0 }) { throw error }
        return SortedRows.unique(results.flatMap { $0 })
    }

    static func tooCostly(_ regex: CompiledRegex, _ range: SourceRange) -> QueryError {
        QueryError(.runtime, "the regex /\(regex.pattern)/ took too many steps on one text and was stopped", at: range,
                   hint: "nested repetition such as (a+)+ backtracks without end; simplify the pattern")
    }

    /// Runs a regex scan, turning an exceeded match limit into an error at the regex.
    static func costly(_ regex: CompiledRegex, _ range: SourceRange, _ body: () throws(CompiledRegex.TooCostly) -> Void) throws(QueryError) {
        do { try body() } catch { throw tooCostly(regex, range) }
    }

    // MARK: Table rows

    /// Whether table row `i` satisfies the condition. Text conditions read the `text` column.
    func test(_ condition: Condition, _ table: Table, _ i: Int) throws(QueryError) -> Bool {
        switch condition {
        case let .and(a, b):
            guard try test(a, table, i) else { return false }
            return try test(b, table, i)
        case let .or(a, b):
            if try test(a, table, i) { return true }
            return try test(b, table, i)
        case let .not(a, _): return try !test(a, table, i)
        case let .words(words, _, range):
            return Self.contains(WordKey.words(try textCell(table, i, range)), words)
        case let .regex(regex, range):
            let cell = try textCell(table, i, range)
            var hit = false
            try Self.costly(regex, range) { () throws(CompiledRegex.TooCostly) in hit = try regex.matches(cell) }
            return hit
        case let .near(a, distance, b, range):
            guard case let .words(wa, _, _) = a, case let .words(wb, _, _) = b else { return false }
            let w = WordKey.words(try textCell(table, i, range))
            return Self.isNear(w, wa, wb, distance)
        case let .compare(field, fieldRange, op, value, _):
            let reader = try FieldReader(.table(table), field, at: fieldRange, context)
            return try ValueTest(op: op, literal: value, kind: reader.kind, field: field).matches(reader.value(at: i))
        case let .inList(field, fieldRange, values, _):
            let reader = try FieldReader(.table(table), field, at: fieldRange, context)
            let v = reader.value(at: i)
            for literal in values {
                if try ValueTest(op: .equal, literal: literal, kind: reader.kind, field: field).matches(v) { return true }
            }
            return false
        }
    }

    private func textCell(_ table: Table, _ i: Int, _ range: SourceRange) throws(QueryError) -> String {
        guard let c = table.columnIndex("text") else {
            throw QueryError(.semantic, "this table has no text column to search", at: range,
                             hint: "columns: \(table.columns.map(\.name).joined(separator: ", ")); compare a column instead: COLUMN ~ \"text\"")
        }
        return table.rows[i][c].description
    }

    /// Whether two phrases occur within `distance` words of each other in a list of words.
    static func isNear(_ w: [String], _ a: [String], _ b: [String], _ distance: Int) -> Bool {
        let pa = starts(w, a), pb = starts(w, b)
        return pa.contains { x in pb.contains { y in x != y && (x < y ? y - (x + a.count - 1) : x - (y + b.count - 1)) <= distance } }
    }

    static func starts(_ words: [String], _ phrase: [String]) -> [Int] {
        guard words.count >= phrase.count else { return [] }
        return (0...(words.count - phrase.count)).filter { Array(words[$0..<($0 + phrase.count)]) == phrase }
    }

    static func contains(_ words: [String], _ phrase: [String]) -> Bool { !starts(words, phrase).isEmpty }
}

/// Set operations on sorted arrays of row numbers.
enum SortedRows {
    static func intersect(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        var out: [Int32] = []
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if a[i] < b[j] { i += 1 } else if a[i] > b[j] { j += 1 } else { out.append(a[i]); i += 1; j += 1 }
        }
        return out
    }

    static func union(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        var out: [Int32] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i] < b[j]) { out.append(a[i]); i += 1 }
            else if i == a.count || b[j] < a[i] { out.append(b[j]); j += 1 }
            else { out.append(a[i]); i += 1; j += 1 }
        }
        return out
    }

    static func subtract(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        var out: [Int32] = []
        var j = 0
        for x in a {
            while j < b.count && b[j] < x { j += 1 }
            if j < b.count && b[j] == x { continue }
            out.append(x)
        }
        return out
    }

    static func unique(_ a: [Int32]) -> [Int32] {
        var s = a.sorted()
        var w = 0
        for x in s where w == 0 || s[w - 1] != x { s[w] = x; w += 1 }
        s.removeLast(s.count - w)
        return s
    }
}
