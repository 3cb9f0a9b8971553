import CorpusModel

/// A pair of quotation marks (or a piece of a quotation bounded by its paragraph).
struct QuoteSpan: Sendable {
    /// Token of the opening mark, nil when the piece starts at the paragraph start.
    var open: Int?
    /// Token of the closing mark, nil when the quotation runs to the end of its paragraph.
    var close: Int?
    var start: Int
    var end: Int
    /// First and past-the-last token of the quoted words.
    var innerFirst: Int
    var innerEnd: Int
    /// Enclosing quotation, if nested.
    var parent: Int?
    package var paragraph: Int
    /// Continues a quotation left open at the end of the previous paragraph.
    var continued: Bool
}

/// Pairs quotation marks paragraph by paragraph: nesting, a closing mark shared by two opening
/// marks, the multi-paragraph convention, and marks never closed (kept to the end of their paragraph).
extension DocumentModel {
    func pairQuotes() {
        quoteOf = [Int32](repeating: -1, count: tokens.count)
        // The mark of a quotation left open at the end of the paragraph before (0: none): double marks, or
        // single ones where they are the primary marks (‘… ¶ ‘…).
        var leftMark: UInt32 = 0
        // Each paragraph's work lists, emptied for the next one (their storage kept).
        var local = [QuoteSpan](), valid = [Bool](), newIndex = [Int]()
        var stack = [Int]()  // indexes into `local`
        // The opening and closing marks, in order: a paragraph's loop below reads only those.
        let marks = tokens.withUnsafeBufferPointer { tokens in tokens.indices.filter { tokens[$0].kind == .open || tokens[$0].kind == .close } }
        var nextMark = 0
        for (p, para) in paragraphs.enumerated() {
            while nextMark < marks.count && marks[nextMark] < para.firstToken { nextMark += 1 }
            // Without a mark, and with no quotation left open before it, a paragraph holds no quotation.
            if leftMark == 0 && (nextMark == marks.count || marks[nextMark] >= para.endToken) { continue }
            local.removeAll(keepingCapacity: true)
            valid.removeAll(keepingCapacity: true)
            stack.removeAll(keepingCapacity: true)
            func create(open: Int?, continued: Bool) -> Int {
                local.append(QuoteSpan(open: open, close: nil, start: 0, end: 0, innerFirst: 0, innerEnd: 0,
                                       parent: stack.last, paragraph: p, continued: continued))
                valid.append(true)
                return local.count - 1
            }
            func mark(_ i: Int) -> UInt32 { local[i].open.map { tokens[$0].mark } ?? 1 }
            // A paragraph continuing an open quotation: either it opens again (the convention) or
            // it lacks the opening mark and closes somewhere.
            if leftMark == 1 {
                var t = para.firstToken
                while t < para.endToken && !(tokens[t].mark == 1 && (tokens[t].kind == .open || tokens[t].kind == .close)) { t += 1 }
                if t < para.endToken && tokens[t].kind == .close {
                    let q = create(open: nil, continued: true)
                    local[q].close = t
                }
            }
            func closesLeft(_ from: Int) -> Bool {
                var t = from
                while t < para.endToken {
                    if tokens[t].mark == 1 {
                        if tokens[t].kind == .close { return true }
                        if tokens[t].kind == .open { return false }
                    }
                    t += 1
                }
                return false
            }
            while nextMark < marks.count && marks[nextMark] < para.endToken {
                let t = marks[nextMark]
                nextMark += 1
                let tok = tokens[t]
                switch tok.kind {
                case .open:
                    let q = create(open: t, continued: leftMark == tok.mark && t == para.firstToken)
                    stack.append(q)
                case .close:
                    if local.first?.close == t && local.first?.open == nil { continue }
                    guard let depth = stack.lastIndex(where: { mark($0) == tok.mark }) else { continue }
                    for above in stack[(depth + 1)...] { valid[above] = false }
                    local[stack[depth]].close = t
                    stack.removeSubrange(depth...)
                    // One closing mark serves an outer quotation of the same kind when no other one follows, but
                    // not one closing words inside a sentence that goes on in lower case ("\"It isn't about “fair play”
                    // anymore. ¶ \"…": the outer quotation goes on).
                    if tok.mark == 1 && !closesLeft(t + 1)
                        && !(tokens[t - 1].kind == .word && t + 1 < para.endToken && isLowerWord(t + 1)) {
                        while let outer = stack.last, mark(outer) == 1 {
                            local[outer].close = t
                            stack.removeLast()
                        }
                    }
                default:
                    continue
                }
            }
            leftMark = 0
            for q in stack {
                if mark(q) == 1 {
                    leftMark = 1
                } else if q == stack.first && opensNext(after: p, mark: mark(q)) {
                    leftMark = mark(q)  // a single-marked quotation goes on in the next paragraph, which opens again
                } else {
                    valid[q] = false
                }
            }
            // Keep valid quotations, remapping parents.
            newIndex.removeAll(keepingCapacity: true)
            newIndex.append(contentsOf: repeatElement(-1, count: local.count))
            for i in local.indices where valid[i] {
                var span = local[i]
                var parent = span.parent
                while let pi = parent, !valid[pi] { parent = local[pi].parent }
                span.parent = parent.map { newIndex[$0] }
                span.start = span.open.map { tokens[$0].start } ?? para.start
                span.end = span.close.map { tokens[$0].end } ?? para.end
                span.innerFirst = span.open.map { $0 + 1 } ?? para.firstToken
                span.innerEnd = span.close ?? para.endToken
                newIndex[i] = quotes.count
                let first = span.open ?? para.firstToken
                let last = span.close ?? (para.endToken - 1)
                for t in first...last { quoteOf[t] = Int32(quotes.count) }
                quotes.append(span)
            }
        }
    }

    /// Whether the paragraph after paragraph `p` opens with an opening mark of kind `mark`.
    private func opensNext(after p: Int, mark: UInt32) -> Bool {
        guard p + 1 < paragraphs.count, paragraphs[p + 1].firstToken < paragraphs[p + 1].endToken else { return false }
        let t = tokens[paragraphs[p + 1].firstToken]
        return t.kind == .open && t.mark == mark
    }
}
