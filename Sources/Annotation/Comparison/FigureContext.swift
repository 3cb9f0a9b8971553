import CorpusModel
import TextAnalysis

/// What one sentence says around its figures: the places, agents, events and days it names, and
/// who it cites ("according to …"). Positions are token indices, for picking the nearest.
struct SentenceCues {
    var end: Int
    var places: [(Int, String)] = []
    var agents: [(Int, String)] = []
    var events: [(Int, String)] = []
    /// Days named, and whether each is when something was said ("said on Thursday") rather than when it happened.
    var times: [(Int, FigureTime, reported: Bool)] = []
    var accordingTo: String?
}

extension FigureReader {
    typealias Cue = (Int, String)

    /// Fills in what `claim` counts, where, by whom, when and on whose word, from its sentence and,
    /// for place and agent, the sentences around it.
    func describe(_ claim: inout FigureClaim, first: Int, head: Int) {
        claim.counted = counted(claim)
        claim.isPart = ["killed", "injured", "arrested", "displaced"].contains(claim.happening) && claim.counted != "people"
        var k = first - 1
        while k >= max(0, first - 4), !words[k].isBoundary {
            if let w = key(k), L.revisionCues.contains(w) { claim.isRevision = true }
            k -= 1
        }
        let start = sentenceStart(first)
        let here = cues(start)
        if claim.happening == "interval" {
            // the time between two events: place and agent are those of the event it counts from
            // (after "after", "since", "of"); the event is the one it counts to, before the figure
            // or in the sentence before
            func after(_ list: [Cue]) -> String? { list.first { $0.0 > head }?.1 }
            claim.place = after(here.places)
            claim.agent = after(here.agents)
            claim.event = here.events.last { $0.0 < first }?.1 ?? previousSentence(start).flatMap { cues($0).events.last?.1 }
        } else {
            claim.place = nearest(here.places, first, head)
            claim.agent = nearest(here.agents, first, head)
            claim.event = nearest(here.events, first, head)
            // the day it happened: not when it was said, and for a revised toll not the day of the revision
            let days = here.times.filter { !$0.reported && (!claim.isRevision || $0.0 < first) }
            claim.time = days.min { abs($0.0 - first) < abs($1.0 - first) }?.1
            // neighbours: the two sentences before, then the one after, for what this one leaves unsaid
            var neighbours: [(SentenceCues, Bool)] = []
            var s = start
            for _ in 0..<2 {
                guard let previous = previousSentence(s) else { break }
                s = previous
                neighbours.append((cues(s), true))
            }
            var next = here.end
            while next < words.count, words[next].isBoundary { next += 1 }
            if next < words.count { neighbours.append((cues(next), false)) }
            for (cues, before) in neighbours {
                // a neighbour about another kind of event says nothing about this one
                if let event = claim.event, !cues.events.isEmpty, !cues.events.contains(where: { $0.1 == event }) { continue }
                if claim.place == nil, let p = (before ? cues.places.last : cues.places.first)?.1, p != claim.agent {
                    claim.place = p
                }
                if claim.agent == nil, let a = (before ? cues.agents.last : cues.agents.first)?.1, a != claim.place {
                    claim.agent = a
                }
            }
            if claim.event == nil, let previous = neighbours.first, previous.1 { claim.event = previous.0.events.last?.1 }
        }
        claim.givenBy = here.accordingTo
        claim.isHeadline = isHeadline(start)
    }

    /// The counted kind: "people" for totals, a part's common name, "site", "projectile", or the unit family.
    private func counted(_ claim: FigureClaim) -> String {
        let unit = PackedWord(claim.unit)
        switch claim.happening {
        case "killed", "injured", "arrested", "displaced":
            return L.totalNouns.contains(unit) ? "people" : L.partSynonyms[unit] ?? claim.unit
        case "hit" where L.siteNouns.contains(unit): return "site"
        case "fired" where L.munitionNouns.contains(unit): return "projectile"
        default: return L.unitScales[claim.unit]?.0 ?? claim.unit
        }
    }

    private func nearest(_ list: [Cue], _ first: Int, _ head: Int) -> String? {
        list.min { distance($0.0, first, head) < distance($1.0, first, head) }?.1
    }

    private func distance(_ k: Int, _ first: Int, _ head: Int) -> Int { k < first ? first - k : k > head ? k - head : 0 }

    /// The first token of the sentence that holds token `i`.
    func sentenceStart(_ i: Int) -> Int {
        var k = i
        while k > 0, !words[k - 1].isBoundary { k -= 1 }
        return k
    }

    /// The first token of the sentence before the one starting at `start`, across blank lines.
    private func previousSentence(_ start: Int) -> Int? {
        var k = start - 1
        while k >= 0, words[k].isBoundary { k -= 1 }
        return k >= 0 ? sentenceStart(k) : nil
    }

    /// True when the sentence starting at `start` is the text's first line, short and without a full stop.
    private func isHeadline(_ start: Int) -> Bool {
        guard !words.prefix(start).contains(where: { $0.kind == .lineBreak }) else { return false }
        var k = start
        while k < words.count, words[k].kind != .lineBreak {
            if words[k].isPunctuation(".") { return false }
            k += 1
        }
        return k - start <= 25
    }

    /// The cues of the sentence starting at `start`, scanned once.
    func cues(_ start: Int) -> SentenceCues {
        if let known = sentenceCues[start] { return known }
        var end = start
        while end < words.count, !words[end].isBoundary { end += 1 }
        var cues = SentenceCues(end: end)
        var k = start
        while k < end {
            guard let w = word(k) else {
                k += 1
                continue
            }
            if let e = eventNouns[w.key] { cues.events.append((k, e)) }
            let plain = w.isPossessive ? PackedWord(String(string(w.byteStart, w.byteEnd).dropLast(2))) : w.key  // PackedWord folds case
            func reported() -> Bool { (max(start, k - 3)..<k).contains { key($0).map(L.speechVerbs.contains) == true } }
            if let d = weekdays[plain], w.isCapitalized {
                cues.times.append((k, .weekday(d), reported()))
            } else if let d = relativeDays[plain] {
                cues.times.append((k, .relative(d), reported()))
            } else if let m = months[w.key], w.isCapitalized, let day = dayNumber(k + 1) ?? dayNumber(k - 1) {
                cues.times.append((k, .monthDay(month: m, day: day), reported()))
            }
            if w.key == Self.according, key(k + 1) == Self.to {
                var e = k + 2
                while e < end, e < k + 7, !words[e].isPunctuation(","), words[e].kind == .word { e += 1 }
                if e > k + 2 { cues.accordingTo = string(words[k + 2].byteStart, words[e - 1].byteEnd) }
            }
            if w.isCapitalized, let (country, isAdjective, last) = country(at: k) {
                role(of: country, isAdjective: isAdjective, first: k, last: last, end: end, &cues)
                k = last + 1
                continue
            }
            k += 1
        }
        sentenceCues[start] = cues
        return cues
    }

    /// Whether the country named at `first…last` is a place or an agent here, by the words around it.
    private func role(of country: String, isAdjective: Bool, first: Int, last: Int, end: Int, _ cues: inout SentenceCues) {
        func within(_ n: Int, _ list: PackedWordTable<Bool>) -> Bool {
            var k = last + 1
            while k <= last + n, k < end, let w = key(k) {
                if list.contains(w) { return true }
                k += 1
            }
            return false
        }
        let possessive = words[last].isPossessive
        if isAdjective || possessive {
            if within(2, L.placeNouns) { return cues.places.append((first, country)) }
            if within(3, L.forceNouns) { return cues.agents.append((first, country)) }
        }
        var p = first - 1
        if let w = key(p), w == Self.the || L.directionWords.contains(w) { p -= 1 }
        if let w = key(p) {
            if w == Self.by { return cues.agents.append((first, country)) }
            if !isAdjective, L.placePrepositions.contains(w) { return cues.places.append((first, country)) }
            if !isAdjective, w == Self.of, let n = key(p - 1), L.placeNouns.contains(n) { return cues.places.append((first, country)) }
        }
        if !isAdjective, !possessive, within(4, L.actionVerbs) { cues.agents.append((first, country)) }
    }

    /// The country named by the capitalised word(s) at `k` (a name, capital, nationality or region of one
    /// country), whether it was an adjective, and its last token. Looked up by word-key hash: no String is
    /// made for the capitalised words of a sentence.
    private func country(at k: Int) -> (String, Bool, Int)? {
        let start = words[k].byteStart
        let two = word(k + 1)?.isCapitalized == true && !words[k].isPossessive
        for last in stride(from: two ? k + 1 : k, through: k, by: -1) {
            if let (c, isAdjective) = Self.countryNames[nameKey(start, last)] { return (c, isAdjective, last) }
            if words[k].hasHyphen, let hyphen = (start..<words[k].byteEnd).first(where: { bytes[$0] == 0x2D }),
               let c = Self.regionCountries[WordKey.hash(bytes, start, hyphen)] {
                return (c, false, last)
            }
        }
        return nil
    }

    /// The key of the words from byte `start` to the end of word `last`, less the last two characters
    /// of its key when it is possessive ("Iran’s" → "iran").
    private func nameKey(_ start: Int, _ last: Int) -> UInt64 {
        let end = words[last].byteEnd
        guard words[last].isPossessive else { return WordKey.hash(bytes, start, end) }
        if let key = WordKey.hash(bytes, start, end, droppingLast: 2) { return key }
        var s = WordKey.string(string(start, end))
        s.removeLast(2)
        return WordKey.hash(s)
    }

    /// Folded name, capital, short form, nationality or region → its country, and whether it was an
    /// adjective: in this order of precedence.
    private static let countryNames: KeyMap<(String, Bool)> = {
        var table = KeyMap<(String, Bool)>()
        for (s, c) in L.regionCountries { table.insert(WordKey.hash(s), (c, false)) }
        for (s, c) in Gazetteer.adjective { table.insert(WordKey.hash(s), (c, true)) }
        for (s, full) in Gazetteer.aliases { if let c = Gazetteer.country[WordKey.string(full)] { table.insert(WordKey.hash(s), (c, false)) } }
        for (s, c) in Gazetteer.country { table.insert(WordKey.hash(s), (c, false)) }
        return table
    }()

    /// Region → its country, by key.
    private static let regionCountries = KeyMap(L.regionCountries.map { (WordKey.hash($0.key), $0.value) })

    /// A day of the month in digits at `k` ("18" in "January 18", "18 January").
    private func dayNumber(_ k: Int) -> Int? {
        guard k >= 0, k < words.count, words[k].kind == .digits, words[k].byteEnd - words[k].byteStart <= 2 else { return nil }
        let v = Int(string(words[k].byteStart, words[k].byteEnd)) ?? 0
        return (1...31).contains(v) ? v : nil
    }

    private static let according = PackedWord("according"), to = PackedWord("to"), the = PackedWord("the")
    private static let by = PackedWord("by"), of = PackedWord("of")
}
