import CorpusModel

/// Quotations grouped into statements, for comparing many groups at once: each quotation joins the
/// earlier statement whose first rendering it matches best (`QuoteMatcher`'s test), or starts one.
///
/// One index, of the first renderings' content words, serves every quotation whatever the number
/// of groups, so grouping N quotations costs about N look-ups. A quotation is looked up by its
/// rarest content words (those it must share with any rendering it matches, given the matcher's
/// thresholds), so common words do not make every statement a candidate.
package struct StatementClusters {
    /// Per rendering, in input order: its statement's number (statements are numbered in order of
    /// their first rendering); nil for a rendering with no content words, which matches nothing.
    package let statement: [Int32?]
    /// Per statement: the input position of its first rendering.
    package let first: [Int]
    /// Per rendering: its content words' ids (`StatementWordCodes`).
    package let words: [[Int32]]

    /// nil if `stop` turns true first (polled every 64 renderings); `progress` is told how many
    /// renderings are placed, every 1,024.
    package init?(_ renderings: [QuoteRendering], matcher: QuoteMatcher = QuoteMatcher(), unlessStopped stop: @escaping @Sendable () -> Bool,
          progress: (Int) -> Void = { _ in }) {
        guard let codes = StatementWordCodes(renderings.count, text: { renderings[$0].text }, unlessStopped: stop) else { return nil }
        let coded = codes.words
        self.words = coded
        // In how many renderings each word occurs (the rarest are looked up).
        var frequency = [Int32](repeating: 0, count: codes.vocabulary.count)
        var seenWord = [Int](repeating: -1, count: codes.vocabulary.count)
        for (i, ws) in coded.enumerated() {
            for id in ws where seenWord[Int(id)] != i {
                seenWord[Int(id)] = i
                frequency[Int(id)] += 1
            }
        }
        if stop() { return nil }
        // Speakers as numbers, equal when their names are equal ignoring case; -1 when unknown.
        var speakerIDs: [String: Int32] = [:]
        let speakers = renderings.map { r in
            r.speaker.map { name -> Int32 in
                let key = name.lowercased()
                if let id = speakerIDs[key] { return id }
                speakerIDs[key] = Int32(speakerIDs.count)
                return Int32(speakerIDs.count - 1)
            } ?? -1
        }
        var statement = [Int32?](repeating: nil, count: renderings.count)
        var first: [Int] = []
        var postings = [[Int32]](repeating: [], count: frequency.count)   // word → statements whose first rendering has it
        var exact: [[Int32]: Int32] = [:]                                   // content words → statement
        var seen = [Int](repeating: -1, count: 0)                           // statement → last rendering that looked at it
        // Per word: how often the rendering being placed has it, and how many of those the candidate
        // being compared has not used yet (valid when `usedBy` is that candidate's number).
        var have = [Int32](repeating: 0, count: frequency.count), left = have
        // Every rendering's words in one array (`flat[starts[i]..<starts[i + 1]]`): the inner loop reads them without reference counting.
        let flat = coded.flatMap { $0 }
        var starts = [0]
        starts.reserveCapacity(coded.count + 1)
        for ws in coded { starts.append(starts.last! + ws.count) }
        var usedBy = [Int](repeating: -1, count: frequency.count), candidate = 0
        for (i, w) in coded.enumerated() {
            if i & 63 == 0 {
                if stop() { return nil }
                if i & 1023 == 0 { progress(i) }
            }
            guard !w.isEmpty else { continue }
            if let s = exact[w] { statement[i] = s; continue }
            // A match shares at least max(minimumShared, threshold × shorter) words, so at least one of
            // the rarest count − that + 1 of this rendering's words (when it is the shorter).
            var distinct = w.filter { id in
                guard seenWord[Int(id)] != -2 - i else { return false }
                seenWord[Int(id)] = -2 - i
                return true
            }
            distinct.sort { frequency[Int($0)] != frequency[Int($1)] ? frequency[Int($0)] < frequency[Int($1)] : $0 < $1 }
            let needed = max(matcher.minimumShared, Int((matcher.threshold * Double(w.count)).rounded(.up)))
            var best: (statement: Int32, score: Double)?
            for id in w { have[Int(id)] += 1 }
            for word in distinct.prefix(max(1, distinct.count - needed + 1)) {
                for s in postings[Int(word)] where seen[Int(s)] != i {
                    // Postings ascend; once a match scores 1 (the most there is), later statements cannot beat it.
                    if let best, best.score >= 1, s > best.statement { break }
                    seen[Int(s)] = i
                    let f = first[Int(s)]
                    // The words both have, counted with repeats: a bound on what they share in order.
                    candidate += 1
                    var common = 0
                    for k in starts[f]..<starts[f + 1] {
                        let id = Int(flat[k])
                        if usedBy[id] != candidate { usedBy[id] = candidate; left[id] = have[id] }
                        if left[id] > 0 { left[id] -= 1; common += 1 }
                    }
                    let same = speakers[i] >= 0 && speakers[i] == speakers[f]
                    guard let score = matcher.match(w, coded[f], sameSpeaker: same, sharedAtMost: common)?.score else { continue }
                    if best.map({ score > $0.score || score == $0.score && s < $0.statement }) ?? true { best = (s, score) }
                }
            }
            for id in w { have[Int(id)] = 0 }
            if let best {
                statement[i] = best.statement
                exact[w] = best.statement
                continue
            }
            let s = Int32(first.count)
            first.append(i)
            seen.append(-1)
            exact[w] = s
            statement[i] = s
            for word in distinct { postings[Int(word)].append(s) }
        }
        self.statement = statement
        self.first = first
    }
}
