import TextAnalysis
import CorpusModel

/// Finds numeric claims ("at least seven militant sites", "nine deaths", "a day after") in news
/// text with hand-written rules over a one-pass scan of the UTF-8 bytes (no regular expressions).
///
/// A claim is a number in digits or words, an optional hedge before it, and the counted noun
/// after it (modifiers in between are kept in the span). Not claims: years, dates, clock times,
/// ordinals, numbers inside names ("Air Force One", "Resolution 2334"), vague quantities
/// ("a few", "dozens of", "a number of"), and references to the parties of an event
/// ("the two countries", "two close allies").
enum FigureExtractor {
    /// All claims in `text`, in order, with byte offsets.
    static func extract(_ text: String) -> [FigureClaim] { extract(ScannedText(text)) }

    static func extract(_ text: ScannedText) -> [FigureClaim] {
        let words = text.figureWords
        return text.bytes.withUnsafeBufferPointer { bytes in
            FigureReader(bytes: bytes, words: words).claims()
        }
    }
}

/// A number found by `FigureReader`: token range, value, and how it was written.
private struct FigureNumber {
    var first: Int
    var last: Int
    var value: Double
    /// Written as "a", "an", "one" or "1": needs a unit noun to count as a claim.
    var isUnitary: Bool
    /// The unit of a hyphenated compound ("two-day", "48-hour").
    var compoundUnit: String?
}

/// The rules of `FigureExtractor` over one scanned text. A class: a method of a mutable struct this
/// large copies it at each call.
final class FigureReader {
    let bytes: UnsafeBufferPointer<UInt8>
    let words: [FigureWord]
    typealias L = FigureLexicon
    /// What is read at every word, taken once per text: a static is reached through `swift_once` at each use.
    let cardinals = L.cardinals, eventNouns = L.eventNouns, weekdays = L.weekdays, relativeDays = L.relativeDays, months = L.months
    private let a = PackedWord("a"), an = PackedWord("an")
    /// Per sentence (by its first token), the places and agents it names; filled as claims need them.
    var sentenceCues: [Int: SentenceCues] = [:]

    init(bytes: UnsafeBufferPointer<UInt8>, words: [FigureWord]) {
        (self.bytes, self.words) = (bytes, words)
    }

    func claims() -> [FigureClaim] {
        var out: [FigureClaim] = []
        var i = 0
        while i < words.count {
            guard mayStartNumber(words[i]), let number = number(at: i) else {
                i += 1
                continue
            }
            if case (var claim, let head)? = claim(for: number) {
                describe(&claim, first: number.first, head: head)
                out.append(claim)
                i = head + 1
            } else {
                i = number.last + 1
            }
        }
        return out
    }

    // MARK: token helpers

    func word(_ i: Int) -> FigureWord? {
        i >= 0 && i < words.count && words[i].kind == .word ? words[i] : nil
    }

    func key(_ i: Int) -> PackedWord? { word(i)?.key }

    func string(_ from: Int, _ to: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
    }

    func lowered(_ t: FigureWord) -> String { string(t.byteStart, t.byteEnd).lowercased() }

    /// True when the token at `i` starts a sentence (nothing, a boundary or an opening mark before it).
    func startsSentence(_ i: Int) -> Bool {
        guard i > 0 else { return true }
        let p = words[i - 1]
        if p.isBoundary { return true }
        guard p.kind == .punctuation else { return false }
        switch p.key.low {
        case 0x201C, 0x2018, 0x22, 0x27, 0x28, 0x2014, 0x2013, 0x2D: return true
        default: return false
        }
    }

    private func digitsValue(_ t: FigureWord) -> Double {
        var whole: Double = 0, scale: Double = 0
        for k in t.byteStart..<t.byteEnd {
            let b = bytes[k]
            if b == 0x2E {
                scale = 1
            } else if CharacterClass.isDigit(b) {
                if scale > 0 {
                    scale /= 10
                    whole += Double(b - 0x30) * scale
                } else {
                    whole = whole * 10 + Double(b - 0x30)
                }
            }
        }
        return whole
    }

    // MARK: numbers

    /// Whether a number can start at word `t`: digits, a hyphenated word, "a", "an" or a cardinal. Asked
    /// of every word before `number(at:)`, which most words would enter only to be ruled out.
    @inline(__always) private func mayStartNumber(_ t: FigureWord) -> Bool {
        t.kind == .digits || (t.kind == .word && (t.hasHyphen || t.key == a || t.key == an || cardinals.contains(t.key)))
    }

    private func number(at i: Int) -> FigureNumber? {
        let t = words[i]
        switch t.kind {
        case .digits:
            if t.isAttached, i > 0 {
                let p = words[i - 1]
                if p.kind == .word || p.kind == .digits { return nil }
                if p.kind == .punctuation, [0x2D, 0x2F, 0x2E, 0x3A, 0x23].contains(p.key.low) { return nil }
            }
            if i + 1 < words.count, words[i + 1].isAttached {
                let n = words[i + 1]
                if n.kind == .punctuation, [0x3A, 0x2F, 0x2D].contains(n.key.low),
                   i + 2 < words.count, words[i + 2].kind == .digits { return nil }
                if n.kind == .punctuation, n.key.low == 0x2D, let unit = compoundUnit(i + 2) {
                    return FigureNumber(first: i, last: i + 2, value: digitsValue(t), isUnitary: false, compoundUnit: unit)
                }
                if n.kind == .word, L.digitSuffixes.contains(n.key) { return nil }
            }
            let (value, last) = multiplied(digitsValue(t), after: i)
            return FigureNumber(first: i, last: last, value: value, isUnitary: value == 1 && last == i, compoundUnit: nil)
        case .word:
            if t.hasHyphen { return hyphenated(at: i) }
            if t.key == a || t.key == an {
                if let m = key(i + 1).flatMap({ L.multipliers[$0] }) {
                    let (value, last) = multiplied(m, after: i + 1)
                    return FigureNumber(first: i, last: last, value: value, isUnitary: false, compoundUnit: nil)
                }
                // "a day", "a full week", "an official": anything else is an ordinary article
                let unitNear = [i + 1, i + 2].contains { k in
                    key(k).map { L.singularUnits.contains($0) || L.personNouns.contains($0) } == true
                }
                return unitNear ? FigureNumber(first: i, last: i, value: 1, isUnitary: true, compoundUnit: nil) : nil
            }
            guard let v = cardinals[t.key] else { return nil }
            let (value, last) = multiplied(v, after: i)
            return FigureNumber(first: i, last: last, value: value, isUnitary: value == 1, compoundUnit: nil)
        default:
            return nil
        }
    }

    /// Applies "hundred", "thousand", "million", "dozen" and "and"-joined tails after a number.
    private func multiplied(_ start: Double, after i: Int) -> (Double, Int) {
        var total: Double = 0, current = start, last = i, sawHundred = false
        while true {
            guard let k = key(last + 1) else { break }
            if let m = L.multipliers[k] {
                if m < 1000 {
                    current *= m
                    sawHundred = true
                } else {
                    total += current * m
                    current = 0
                }
                last += 1
            } else if sawHundred, k == Self.and, let c = key(last + 2).flatMap({ cardinals[$0] }) {
                current += c
                last += 2
            } else if sawHundred, let c = cardinals[k] {
                current += c
                last += 1
            } else {
                break
            }
        }
        return (total + current, last)
    }

    /// "twenty-five" (a number) or "two-day" (a number with its unit); anything else is no number.
    private func hyphenated(at i: Int) -> FigureNumber? {
        let t = words[i]
        guard let (head, tail) = hyphenParts(t), let first = cardinals[head] else { return nil }
        if first >= 20, let second = cardinals[tail], second < 10 {
            let (value, last) = multiplied(first + second, after: i)
            return FigureNumber(first: i, last: last, value: value, isUnitary: false, compoundUnit: nil)
        }
        guard L.singularUnits.contains(tail) else { return nil }
        let unit = String(lowered(t).split(separator: "-")[1])
        return FigureNumber(first: i, last: i, value: first, isUnitary: false, compoundUnit: unit)
    }

    /// The keys of the two parts of a hyphenated word split at its hyphens (empty parts omitted), nil
    /// when it has more or fewer; an ASCII word is packed straight from its bytes.
    private func hyphenParts(_ t: FigureWord) -> (PackedWord, PackedWord)? {
        let span = UnsafeBufferPointer(rebasing: bytes[t.byteStart..<t.byteEnd])
        guard span.allSatisfy({ $0 < 0x80 }) else {
            let parts = lowered(t).split(separator: "-").map { PackedWord(String($0)) }
            return parts.count == 2 ? (parts[0], parts[1]) : nil
        }
        // One pass, each part packed as it is read (no array of parts).
        var parts = 0, head = PackedWord.none, tail = PackedWord.none, packer = PackedWord.Packer(), empty = true
        func endPart() {
            if empty { return }
            parts += 1
            if parts == 1 { head = packer.word } else { tail = packer.word }
        }
        for b in span {
            if b == 0x2D {
                endPart()
                (packer, empty) = (PackedWord.Packer(), true)
            } else {
                packer.append(UInt32(b))
                empty = false
            }
        }
        endPart()
        return parts == 2 ? (head, tail) : nil
    }

    /// The unit of "48-hour": the word at `i` when it is a singular unit without a further hyphen.
    private func compoundUnit(_ i: Int) -> String? {
        guard let t = word(i), t.isAttached, !t.hasHyphen, L.singularUnits.contains(t.key) else { return nil }
        return lowered(t)
    }

    // MARK: claims

    private func claim(for number: FigureNumber) -> (FigureClaim, Int)? {
        let t = words[number.first]
        // a currency symbol right before digits: "$5 million"
        let symbol = t.kind == .digits && t.isAttached && words[number.first - 1].kind == .punctuation
            ? L.currencySymbols[words[number.first - 1].key.low] : nil
        let lead = symbol == nil ? number.first : number.first - 1
        let hedgeStart = hedge(endingAt: lead - 1)
        let first = hedgeStart ?? lead
        let before = first - 1

        if let b = key(before), L.blockingPredecessors.contains(b) { return nil }
        if isDateOrTime(number, hedged: hedgeStart != nil) { return nil }
        // numbers inside names: "Air Force One", "Resolution 2334"
        if hedgeStart == nil, symbol == nil, let p = word(before), p.isCapitalized, !startsSentence(before),
           !L.calendarWords.contains(p.key), !L.stopWords.contains(p.key), !isPlaceName(p),
           t.kind == .digits || t.isCapitalized { return nil }

        let head: Int
        var unit: String
        var happening: String?
        if let symbol {
            head = number.last
            unit = symbol
        } else if let compound = number.compoundUnit {
            head = number.last
            unit = compound
        } else if let h = percentHead(after: number.last) {
            head = h
            unit = "percent"
        } else if let h = countedNoun(after: number.last, unitary: number.isUnitary) {
            head = h
            unit = lemma(words[h])
        } else if let bare = bareVictims(before: first, last: number.last) {
            head = number.last
            (unit, happening) = bare
        } else {
            return nil
        }
        unit = L.unitSpellings[unit] ?? unit

        // references to the parties: "the two countries", "two close allies"
        if L.partyNouns.contains(words[head].key),
           number.value == 2 || key(before).map(L.determiners.contains) == true || key(head + 1) == Self.of {
            return nil
        }

        let unitKey = PackedWord(unit)
        if happening == nil, L.personNouns.contains(words[head].key) || L.personNouns.contains(unitKey)
            || (head > number.last && words[head].isCapitalized) {
            happening = cue(before: first, after: head, in: [("killed", L.killCues), ("injured", L.injuryCues),
                                                              ("arrested", L.arrestCues), ("displaced", L.displacedCues)])
        } else if happening == nil, L.siteNouns.contains(unitKey) {
            happening = cue(before: first, after: head, in: [("hit", L.hitCues)])
        } else if happening == nil, L.munitionNouns.contains(unitKey) {
            happening = cue(before: first, after: head, in: [("fired", L.fireCues), ("hit", L.hitCues)])
        }
        var resolved = happening ?? L.unitMeasures[unit] ?? unit
        if resolved == "duration", isInterval(after: head, within: hedgeStart.map { key($0) == Self.within } == true) {
            resolved = "interval"
        }
        if number.isUnitary {
            // "a", "one": only units ("a day after", "less than a day") and victims count
            switch resolved {
            case "killed", "injured", "arrested", "displaced": break
            case "duration", "distance", "interval":
                let framed = hedgeStart != nil || key(before).map(L.unitLeaders.contains) == true
                    || key(head + 1).map(L.unitFollowers.contains) == true
                if !framed { return nil }
            default: return nil
            }
        }
        var claim = FigureClaim(
            start: words[first].byteStart, end: words[head].byteEnd,
            text: string(words[first].byteStart, words[head].byteEnd),
            value: number.value, unit: unit,
            hedge: hedgeStart.map { h in
                (h..<lead).map { lowered(words[$0]) }.joined(separator: " ")
            })
        claim.happening = resolved
        return (claim, head)
    }

    /// A number with no noun after it that still counts victims: right after a killing or injuring
    /// verb ("killing at least 12."), or after a toll ("the death toll rose to 48").
    private func bareVictims(before first: Int, last: Int) -> (String, String)? {
        // "Nine killed as …", "20 wounded"
        if let n = key(last + 1), L.killVerbs.contains(n) { return ("person", "killed") }
        if let n = key(last + 1), L.injuryVerbs.contains(n) { return ("person", "injured") }
        if let n = word(last + 1), !L.stopWords.contains(n.key) { return nil }
        // "22 were injured", "14 have been killed"
        var k = last + 1
        while k <= last + 3, let w = key(k), L.passiveAuxiliaries.contains(w) { k += 1 }
        if k > last + 1, let w = key(k) {
            if L.killVerbs.contains(w) { return ("person", "killed") }
            if L.injuryVerbs.contains(w) { return ("person", "injured") }
        }
        if let k = key(first - 1) {
            if L.killVerbs.contains(k) { return ("person", "killed") }
            if L.injuryVerbs.contains(k) { return ("person", "injured") }
        }
        // "the toll rose to 48"; after "rose to", "climbed to" the toll may be further back
        let revised = key(first - 1) == Self.to && key(first - 2).map(L.revisionCues.contains) == true
        var i = first - 1
        while i >= 0, i >= first - (revised ? 16 : 5), !words[i].isBoundary {
            if key(i) == Self.toll { return ("death", "killed") }
            i -= 1
        }
        return nil
    }

    /// The first token of the longest hedge whose last word is at `end`.
    private func hedge(endingAt end: Int) -> Int? {
        var best: Int?
        for (phrase, _) in L.hedges {
            let start = end - phrase.count + 1
            guard start >= 0, start < (best ?? Int.max) else { continue }
            var ok = true
            for (k, w) in phrase.enumerated() where key(start + k) != w {
                ok = false
                break
            }
            if ok { best = start }
        }
        return best
    }

    /// Years, days of the month and clock times.
    private func isDateOrTime(_ number: FigureNumber, hedged: Bool) -> Bool {
        let t = words[number.first]
        let next = number.last + 1
        if let n = key(next), L.calendarWords.contains(n) || L.clockWords.contains(n) { return true }
        if let p = key(number.first - 1), L.calendarWords.contains(p) { return true }
        if number.first >= 2, words[number.first - 1].isPunctuation(","), let p = key(number.first - 2),
           L.calendarWords.contains(p) { return true }
        guard t.kind == .digits else { return false }
        // "10 a.m.", "10 p.m."
        if let n = key(next), n == a || n == Self.p, next + 1 < words.count,
           words[next + 1].isPunctuation(".") { return true }
        let length = t.byteEnd - t.byteStart
        if !hedged, length == 4, number.last == number.first {
            let v = digitsValue(t)
            if v >= 1800 && v <= 2100 { return true }
        }
        return false
    }

    /// "48%", "12 percent", "12 per cent".
    private func percentHead(after last: Int) -> Int? {
        let k = last + 1
        guard k < words.count else { return nil }
        if words[k].isPunctuation("%") { return k }
        if key(k) == Self.percent { return k }
        if key(k) == Self.per, key(k + 1) == Self.cent { return k + 1 }
        return nil
    }

    /// The counted noun after a number: the first plural-looking word within a few modifiers, or
    /// for "a"/"one", a singular unit or person noun right after it.
    private func countedNoun(after last: Int, unitary: Bool) -> Int? {
        var k = last + 1
        let limit = min(words.count, last + 1 + (unitary ? 2 : 4))
        while k < limit {
            guard let t = word(k), !t.isPossessive, !L.stopWords.contains(t.key),
                  !L.calendarWords.contains(t.key) else { return nil }
            // a participle after a noun opens a clause ("eleven bodies identified as"), unless an
            // adverb modifies it ("two heavily armed groups")
            if k > last + 1, endsWithED(t), !endsWithLY(words[k - 1]) { return nil }
            if unitary {
                if L.singularUnits.contains(t.key) || L.personNouns.contains(t.key) { return k }
            } else if L.adjectiveHeads.contains(t.key) {
                if let n = word(k + 1), !L.stopWords.contains(n.key) {
                    k += 1
                    continue
                }
                return k
            } else if L.irregularPlurals[t.key] != nil || looksPlural(t) {
                // a plural noun can modify another: "police officers", "arms dealers"
                while let n = word(k + 1), !n.isCapitalized, !n.isPossessive, !L.stopWords.contains(n.key),
                      L.irregularPlurals[n.key] != nil || looksPlural(n) { k += 1 }
                return k
            }
            k += 1
        }
        return nil
    }

    private func endsWithED(_ t: FigureWord) -> Bool {
        t.byteEnd - t.byteStart > 4 && bytes[t.byteEnd - 1] | 0x20 == 0x64 && bytes[t.byteEnd - 2] | 0x20 == 0x65
    }

    private func endsWithLY(_ t: FigureWord) -> Bool {
        t.byteEnd - t.byteStart > 3 && bytes[t.byteEnd - 1] | 0x20 == 0x79 && bytes[t.byteEnd - 2] | 0x20 == 0x6C
    }

    private func looksPlural(_ t: FigureWord) -> Bool {
        let n = t.byteEnd - t.byteStart
        guard n >= 3, !L.notPlural.contains(t.key) else { return false }
        let last = bytes[t.byteEnd - 1] | 0x20, prev = bytes[t.byteEnd - 2] | 0x20
        return last == 0x73 && prev != 0x73 && prev != 0x75 && prev != 0x69 && prev != 0x27
    }

    /// A singular lemma for a counted noun.
    private func lemma(_ t: FigureWord) -> String {
        if let irregular = L.irregularPlurals[t.key] { return irregular }
        let w = lowered(t)
        guard looksPlural(t) else { return w }
        if w.hasSuffix("ies"), w.count > 4 { return String(w.dropLast(3)) + "y" }
        for suffix in ["sses", "ches", "shes", "xes", "zzes"] where w.hasSuffix(suffix) {
            return String(w.dropLast(2))
        }
        return String(w.dropLast())
    }

    /// The name of the first cue list with a word within three words before the figure or four
    /// after it ("killed", "injured", …), skipping a parenthetical breakdown after it.
    private func cue(before first: Int, after head: Int, in lists: [(String, PackedWordTable<Bool>)]) -> String? {
        func cue(_ i: Int) -> String? {
            guard let k = key(i) else { return nil }
            return lists.first { $0.1.contains(k) }?.0
        }
        var i = first - 1
        // a cue before "and", "but" or "while" belongs to the clause before ("14 died and 22 were injured")
        while i >= 0, i >= first - 3, !words[i].isBoundary, !(key(i).map(L.clauseJoins.contains) ?? false) {
            if let c = cue(i) { return c }
            i -= 1
        }
        i = head + 1
        var limit = head + 4
        while i < words.count, i <= limit, !words[i].isBoundary {
            if let c = cue(i) { return c }
            // "three children were among the 20 people killed": the cue of the whole counts for its part
            if key(i) == Self.among { limit = i + 6 }
            // skip a parenthetical breakdown: "27 people, including 11 children, were killed"
            if words[i].isPunctuation(","), key(i + 1) == Self.including {
                var close = i + 2
                while close < words.count, close < i + 12, !words[close].isBoundary, !words[close].isPunctuation(",") {
                    close += 1
                }
                if close < words.count, words[close].isPunctuation(",") {
                    limit += close - i
                    i = close
                }
            }
            i += 1
        }
        return nil
    }

    /// True when a duration measures the time between two events: "a day after", "48 hours of",
    /// "less than a day had passed since".
    private func isInterval(after head: Int, within: Bool) -> Bool {
        var k = head + 1
        while k <= head + 3, let w = key(k) {
            if L.intervalLinks.contains(w) || (within && w == Self.of) { return true }
            guard w == Self.had || w == Self.has || w == Self.passed || w == Self.elapsed else { return false }
            k += 1
        }
        return false
    }

    private static let p = PackedWord("p")
    private static let of = PackedWord("of"), and = PackedWord("and"), percent = PackedWord("percent")
    /// A country or capital ("met in Qatar 48 hours after"): a number after one is not part of a name.
    private func isPlaceName(_ t: FigureWord) -> Bool {
        Gazetteer.country[WordKey.string(string(t.byteStart, t.byteEnd))] != nil
    }

    private static let within = PackedWord("within"), to = PackedWord("to"), among = PackedWord("among"), had = PackedWord("had"), has = PackedWord("has"), passed = PackedWord("passed"), elapsed = PackedWord("elapsed")
    private static let toll = PackedWord("toll"), including = PackedWord("including"), per = PackedWord("per"), cent = PackedWord("cent")
}
