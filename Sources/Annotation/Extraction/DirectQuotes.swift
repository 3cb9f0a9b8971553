import TextAnalysis
import CorpusModel

/// Quotations in marks: direct speech or terms, and their speakers (attribution after the closing
/// mark, a cue earlier in the sentence, the enclosing reported clause, a continued or
/// colon-introduced paragraph, or the previous sentence's speaker).
extension DocumentModel {
    /// Runs every step and fills `quotations` in document order.
    func extract(sentenceStarts: [Int]) {
        pairQuotes()
        splitSentences(at: sentenceStarts)
        findMentions()
        var quotationOf = [Int?](repeating: nil, count: quotes.count)
        var nextQuote = 0
        for index in sentences.indices {
            findReportedSpeech(in: index)
            let sentence = sentences[index]
            while nextQuote < quotes.count && quoteFirstToken(nextQuote) < sentence.end {
                quotationOf[nextQuote] = addQuote(nextQuote, quotationOf)
                nextQuote += 1
            }
        }
        joinInterrupted(quotationOf)
        quotations.sort { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
    }

    /// Joins the pieces of one quotation: a quotation left open at the end of its paragraph and its
    /// continuation, and a quotation whose attribution follows it with the next quotation when only
    /// that attribution stands between them and the next has none of its own (“A,” she said, “B.”,
    /// or “A,” she said. “B.”, also when “B.” opens the next paragraph).
    private func joinInterrupted(_ quotationOf: [Int?]) {
        var root = [Int: Int]()  // a quotation joined into an earlier one → that one
        for q in quotes.indices where quotes[q].parent == nil {
            guard let i = quotationOf[q], quotations[i].kind == .direct, let j = continuation(of: q, i, quotationOf) else { continue }
            let r = root[i] ?? i
            let second = quotations[j]
            quotations[r].parts = quotations[r].pieces + second.pieces
            quotations[r].end = second.end
            quotations[r].text += " " + second.text
            if quotations[r].speaker == nil && (second.speaker != nil || quotations[r].asWritten == nil) {
                quotations[r].speaker = second.speaker; quotations[r].asWritten = second.asWritten; quotations[r].cue = second.cue
                quotations[r].speakerKind = second.speakerKind; quotations[r].speakerMention = second.speakerMention
                quotations[r].speakerMembers = second.speakerMembers
            }
            root[j] = r
        }
        if !root.isEmpty { quotations = quotations.indices.filter { root[$0] == nil }.map { quotations[$0] } }
    }

    /// The quotation continuing quotation `i` (quote span `q`), if any.
    private func continuation(of q: Int, _ i: Int, _ quotationOf: [Int?]) -> Int? {
        let p = quotes[q].paragraph
        guard let close = quotes[q].close else {
            let next = (q + 1..<quotes.count).first { quotes[$0].parent == nil }
            guard let n = next, quotes[n].continued, quotes[n].paragraph == p + 1 else { return nil }
            return quotationOf[n]
        }
        guard attributedAfter.contains(i) else { return nil }
        // The next quotation, past titles inside the attribution (said on “Meet the Press”).
        func skipped(_ n: Int) -> Bool {
            guard quotes[n].parent == nil, let open = quotes[n].open, let k = quotationOf[n] else { return true }
            return quotations[k].kind == .term && !isPunct(open - 1, 0x2C)
        }
        var next = q + 1
        while next < quotes.count && quotes[next].paragraph == p && skipped(next) { next += 1 }
        guard next < quotes.count, let open = quotes[next].open, let j = quotationOf[next], !attributedAfter.contains(j),
              quotes[next].paragraph == p || (quotes[next].paragraph == p + 1 && open == paragraphs[p + 1].firstToken && !signsOff(next)),
              open > close, open - close <= 80, quotations[j].speaker == nil || quotations[j].speaker == quotations[i].speaker else { return nil }
        // The next piece opens the sentence after the attribution's (which may go on with an
        // apposition, a relative clause or a participle: “A,” said X, who …. “B.”), or follows the
        // attribution's comma or colon in its sentence (“A,” she said, “B.”); never a quotation
        // inside the attribution's words, nor one after a sentence of narration.
        func firstOfSentence(_ t: Int) -> Bool { sentences[Int(sentenceOf[t])].first == t }
        var ends = 0, cues = 0
        for t in (close + 1)..<open where quoteOf[t] < 0 && cueForm(t).map({ !$0.flags.contains(.naming) }) ?? false { cues += 1 }
        if close + 2 <= open { for t in (close + 2)...open where firstOfSentence(t) { ends += 1 } }
        if firstOfSentence(open) { return ends == 1 && cues >= 1 ? j : nil }
        // After an abbreviation ending the attribution ("said in Troy, N.Y. “B.”"), which the splitter keeps in its sentence.
        if bytes[tokens[open - 1].end - 1] == 0x2E && tokens[open - 1].kind == .word { return ends == 0 && cues >= 1 ? j : nil }
        if isPunct(open - 1, 0x2C) || isPunct(open - 1, 0x3A) { return ends == 0 && cues == 1 ? j : nil }
        // A piece inside the next sentence ("“A,” she said. Instead, “B.”"), not one its own subject
        // and verb quote ("“A,” she said. He called it a “B.”").
        let own = (sentences[Int(sentenceOf[open])].first..<open).contains {
            mentionAt[$0] >= 0 || cueForm($0) != nil || tokens[$0].classes.contains(.subjectPronouns)
        }
        return ends == 1 && cues == 1 && !own ? j : nil
    }

    /// Whether quotation `q` ends on a comma inside its marks and words follow it in its paragraph
    /// (“B,” a steward wondered.): it has an attribution of its own, read or not.
    private func signsOff(_ q: Int) -> Bool {
        guard let close = quotes[q].close, quotes[q].innerEnd > quotes[q].innerFirst else { return false }
        return isPunct(quotes[q].innerEnd - 1, 0x2C) && close + 1 < paragraphs[quotes[q].paragraph].endToken && tokens[close + 1].kind == .word
    }

    private func wordCount(_ q: Int) -> Int {
        var n = 0
        for t in quotes[q].innerFirst..<quotes[q].innerEnd where tokens[t].kind == .word || tokens[t].kind == .number { n += 1 }
        return n
    }

    /// A quoted title or name: Title Case, or right after a word such as "book" or "operation".
    private func isLabel(_ q: Int) -> Bool {
        let span = quotes[q]
        if span.continued { return false }  // the rest of a quotation from the paragraph before
        if isSubhead(q) { return true }
        // "“A museum finds its new director,” by Jo Hale": an article's title before its byline, which a
        // comma sets off ("“… anointed” by his party" is no title).
        if let close = span.close, close > 0 {
            var n = close + 1
            let comma = isPunct(close - 1, 0x2C) || (n < tokens.count && isPunct(n, 0x2C))
            if n < tokens.count && isPunct(n, 0x2C) { n += 1 }
            let end = paragraphs[span.paragraph].endToken
            if comma && n + 1 < end && tokens[n].kind == .word && tokens[n].key == keyOf.by {
                let a = tokens[n + 1].key == keyOf.the ? n + 2 : n + 1  // "by the Gazette's Jo Hale"
                if a < end && tokens[a].kind == .word && tokens[a].capitalised && !tokens[a].classes.contains(.calendarWords) { return true }
            }
        }
        // "“No to the new toll!” (2009)", "“Harbour Lights” (Gazette, 1987)": a slogan or a work with its year in brackets.
        if let close = span.close, close + 3 < paragraphs[span.paragraph].endToken, isPunct(close + 1, 0x28),
           let shut = (close + 2..<min(paragraphs[span.paragraph].endToken, close + 10)).first(where: { isPunct($0, 0x29) }),
           tokens[shut - 1].kind == .number, tokens[shut - 1].end - tokens[shut - 1].start == 4 { return true }
        if let open = span.open, open > 0 {
            // "Jo Hale: ‘We Will Not Close The Pools.’": a headline's words after a person's name and a colon are speech
            // (in Title Case with a full stop, all the words after the colon).
            let end = paragraphs[span.paragraph].endToken
            if open >= 2, isPunct(open - 1, 0x3A), (mentionAt[open - 2] >= 0 && mentions[Int(mentionAt[open - 2])].kind == .person)
                || (span.close.map { $0 + 1 == end || ($0 + 2 == end && isPunct($0 + 1, 0x2E)) } == true && headlineSpeaker(colon: open - 1) != nil) {
                return false
            }
            // "on the network's “Night Desk,”": a name of a few words after a possessive is a show's or a work's title.
            if tokens[open - 1].kind == .possessive && span.innerEnd - span.innerFirst <= 5 && tokens[span.innerFirst].capitalised { return true }
            // A word such as "book" labels it only in its own paragraph, not as a headline's last word ("… Plan ¶ “We …”").
            let first = paragraphs[span.paragraph].firstToken
            var j = open - 1
            if tokens[j].key == keyOf.the && j > first { j -= 1 }
            if j >= first && tokens[j].kind == .word && tokens[j].classes.contains(.titleNouns) { return true }
        }
        var words = 0
        for t in span.innerFirst..<span.innerEnd {
            // Two sentences are speech, not a title (“Like Boston. Or Denver,”, “USA! USA!”).
            if t + 1 < span.innerEnd && isSentenceEndPunct(t) && tokens[t + 1].kind == .word { return false }
            guard tokens[t].kind == .word else { continue }
            words += 1
            if !tokens[t].capitalised && (words == 1 || !tokens[t].classes.contains(.titleFunctionWords)) { return false }
        }
        return words >= 2
    }

    /// "'A fight from start to finish.'" as a paragraph of its own (or before a colon and a headline's words), in
    /// single marks where the document quotes in double ones: a subhead, the title of the section below it.
    private func isSubhead(_ q: Int) -> Bool {
        let span = quotes[q]
        let para = paragraphs[span.paragraph]
        guard let open = span.open, let close = span.close, span.parent == nil, tokens[open].mark == 2, open == para.firstToken,
              close + 1 == para.endToken || isPunct(close + 1, 0x3A), wordCount(q) <= 10 else { return false }
        var double = 0
        for other in quotes where other.parent == nil { if let o = other.open { double += tokens[o].mark == 1 ? 1 : -1 } }
        return double > 0
    }

    /// Whether quotation `q` fills a noun's place in the writer's sentence ("a trailer for season four of
    /// “Harbor.”", "a job on ''Sunrise.''"): after a preposition, an article or a possessive, and no cry or
    /// question ("the cries of “Shame!”", "chants of “Roe! Roe!,”" are said there too).
    private func isInNounSlot(_ q: Int) -> Bool {
        let span = quotes[q]
        guard let open = span.open, open > 0, quoteOf[open - 1] < 0 else { return false }
        var last = span.innerEnd - 1
        while last > span.innerFirst && tokens[last].kind == .punct {
            if isPunct(last, 0x21) || isPunct(last, 0x3F) { return false }
            last -= 1
        }
        let before = tokens[open - 1]
        return before.kind == .possessive || (before.kind == .word && !before.capitalised
            && (before.classes.contains(.prepositions) || Self.articles.contains(before.key) || SpeechCues.possessiveDeterminers.contains(before.key)))
    }

    private static let articles = SpeechCues.keys("the a an")

    private func addQuote(_ q: Int, _ quotationOf: [Int?]) -> Int? {
        let span = quotes[q]
        let words = wordCount(q)
        guard words > 0 else { return nil }
        var kind: QuoteKind = isLabel(q) || (words <= 4 && !isWholeSentence(q)) ? .term : .direct
        var speaker: SpeakerRef?
        var cue: String?
        var attributed = false
        if kind == .term, let parent = span.parent, let pq = quotationOf[parent] {
            speaker = speakerRef(of: quotations[pq])
            cue = quotations[pq].cue
            attributed = true
        }
        if !attributed && kind == .term {
            if let found = chanted(q) {
                kind = .direct
                speaker = found.speaker; attributed = true
            } else if let k = namingCue(before: q), let found = speakerOfCue(k) {
                speaker = found; cue = tokenText(k); attributed = true
            } else if let found = ownedWords(q) {
                // "In Roe's words, “nobody asked.”": words said, however short.
                kind = .direct
                speaker = found.speaker; attributed = true
            } else if isTight(q) || isExclamationAfterCue(q), !isLabel(q) {
                // “We won,” she said.: a pronoun that fits no one still makes it speech, keeping its words.
                let after = afterAttribution(q), before = after == nil ? beforeAttribution(q) : nil
                if let found = after ?? before ?? afterAttribution(q, bare: true) {
                    if before == nil { attributedAfter.insert(quotations.count) }
                    kind = .direct
                    speaker = found.speaker; cue = found.cue; attributed = true
                }
            }
        }
        if !attributed, let reported = enclosingIndirect(span.start, span.end) {
            speaker = speakerRef(of: reported)
            cue = reported.cue
            attributed = true
        }
        if !attributed && kind == .term, let found = beforeAttribution(q, within: 12) {
            // "warned Israel of a “harsh response”": the speaker of the clause's cue.
            speaker = found.speaker; cue = found.cue; attributed = true
        }
        if !attributed && kind == .direct {
            // "Hale was asked, “…?”": words put to someone are only spoken by an attribution after them ("…,” the guard said).
            let putTo = isPutTo(q)
            // A chant is the crowd's, even when a cue follows it ("To chants of “…,” the mayor said …").
            let chant = chanted(q)
            var own: (speaker: SpeakerRef, cue: String?)? = chant == nil ? afterAttribution(q).map { ($0.speaker, $0.cue) } : chant
            if chant == nil, own != nil, !putTo, let before = introducedSentence(q) { own = before } else if chant == nil && own != nil { attributedAfter.insert(quotations.count) }
            // A pull quote's signature is no part of the words: the pieces before it take its name.
            if own == nil, let signed = pullQuoteSignature(q) {
                guard pieceChain.isEmpty else {
                    for i in pieceChain where quotations[i].speaker == nil {
                        quotations[i].speaker = signed.name; quotations[i].asWritten = signed.written
                        quotations[i].speakerKind = signed.kind; quotations[i].speakerMention = signed.mention
                        quotations[i].speakerMembers = signed.members
                    }
                    pieceChain.removeAll()
                    return nil
                }
                own = (signed, nil)
            }
            if own == nil && !span.continued && !putTo {
                // "called Hale's remarks a “…”": the naming verb's subject, not the owner of a cue's noun nearer the words.
                let named = namingCue(before: q).flatMap { k -> (speaker: SpeakerRef, cue: String?)? in
                    // Past a cue's noun only ("Hale's remarks"), not a verb of speech nearer the words.
                    guard ((k + 1)..<quotes[q].open!).allSatisfy({ cueForm($0) == nil || quoteOf[$0] >= 0 || tokens[$0 - 1].kind == .possessive
                                                                   || tokens[$0 - 1].classes.contains(.determiners) }) else { return nil }
                    return speakerOfCue(k).map { ($0, tokenText(k)) }
                }
                own = named ?? ownedWords(q) ?? colonClause(q) ?? nameColon(q) ?? beforeAttribution(q).map { ($0.speaker, $0.cue) } ?? colonAttribution(q)
                if own == nil { own = clauseSubject(q) ?? personBeforeColon(q) ?? laterAttribution(q) ?? signedAttribution(q) ?? adjacentAttribution(q) }
                // Else its own attribution by a pronoun that fits no one, which still joins the pieces.
                if own == nil, let found = afterAttribution(q, bare: true) { own = found; attributedAfter.insert(quotations.count) }
            }
            if let own {
                speaker = own.speaker; cue = own.cue
            } else if span.continued, let i = quotations.indices.reversed().prefix(20).first(where: { quotations[$0].kind == .direct }) {
                let previous = quotations[i]
                speaker = speakerRef(of: previous)
                cue = previous.cue
            }
        }
        let innerStart = span.innerFirst < span.innerEnd ? tokens[span.innerFirst].start : span.start
        let innerEnd = span.innerFirst < span.innerEnd ? tokens[span.innerEnd - 1].end : span.end
        let name = speaker.flatMap { $0.name.isEmpty ? nil : $0.name }  // nil for words naming no one ("Others shouted")
        quotations.append(Quotation(kind: kind, start: span.start, end: span.end, text: text(innerStart, innerEnd),
                                    speaker: name, asWritten: speaker?.written, cue: cue, speakerKind: name == nil ? nil : speaker?.kind,
                                    speakerMention: speaker?.mention, speakerMembers: name == nil ? [] : speaker?.members ?? []))
        let index = quotations.count - 1
        // Pieces of one quotation over several paragraphs share the speaker named after the last one.
        if span.parent == nil && kind == .direct {
            if !span.continued { pieceChain.removeAll() }
            if span.continued || span.close == nil { pieceChain.append(index) }
            if span.continued, let name {
                for i in pieceChain where quotations[i].speaker == nil {
                    quotations[i].speaker = name; quotations[i].asWritten = speaker?.written ?? name; quotations[i].cue = cue
                    quotations[i].speakerKind = speaker?.kind; quotations[i].speakerMention = speaker?.mention
                    quotations[i].speakerMembers = speaker?.members ?? []
                }
            }
        }
        return index
    }

    private func speakerRef(of quotation: Quotation) -> SpeakerRef? {
        quotation.speaker.map { SpeakerRef(name: $0, kind: quotation.speakerKind ?? .person, mention: quotation.speakerMention, written: quotation.asWritten,
                                           members: quotation.speakerMembers) }
    }

    private func enclosingIndirect(_ start: Int, _ end: Int) -> Quotation? {
        // Reported clauses precede their quotations in the same sentence: look back a few only.
        for i in quotations.indices.reversed().prefix(20) where quotations[i].kind == .indirect {
            if quotations[i].start <= start && quotations[i].end >= end { return quotations[i] }
        }
        return nil
    }

    /// A quotation that is a sentence of its own: “Not at all.”
    private func isWholeSentence(_ q: Int) -> Bool {
        let span = quotes[q]
        guard let open = span.open, let close = span.close, span.innerFirst < span.innerEnd,
              tokens[span.innerFirst].capitalised, isSentenceEndPunct(close - 1) else { return false }
        return startsSentence(open + 1) && !isInNounSlot(q)
    }

    /// A short quotation standing as a whole utterance: capitalised, and introduced by ": " / ", "
    /// after a cue or followed by ", he said".
    private func isTight(_ q: Int) -> Bool {
        let span = quotes[q]
        guard span.innerFirst < span.innerEnd, tokens[span.innerFirst].capitalised, let open = span.open else { return false }
        if open > 0 && (isPunct(open - 1, 0x3A) || isPunct(open - 1, 0x2C)) { return true }
        guard span.close != nil, !isInNounSlot(q) else { return false }
        let lastInner = span.innerEnd - 1
        return tokens[lastInner].kind == .punct && tokens[lastInner].mark != 0x2E && afterAttribution(q, bare: true) != nil
    }

    /// A short exclamation or question right after a speech verb: chanted “Four more years!”, asked “Why?”.
    private func isExclamationAfterCue(_ q: Int) -> Bool {
        let span = quotes[q]
        guard let open = span.open, open > 0, span.close != nil, span.innerFirst < span.innerEnd,
              let form = cueForm(open - 1), form.flags.contains(.clause), !form.flags.contains(.naming) else { return false }
        let last = span.innerEnd - 1
        return isPunct(last, 0x21) || isPunct(last, 0x3F)
    }

    /// A naming verb ("called", "codenamed", "deems", "described ... as") shortly before a term.
    private func namingCue(before q: Int) -> Int? {
        guard var open = quotes[q].open else { return nil }
        let first = sentences[Int(sentenceOf[open])].first
        var k = open - 1
        while k >= max(first, open - 12) {
            // "called it a “new low” and a “…”": a quotation joined by "and" or "or" to one the cue names.
            if quoteOf[k] >= 0, tokens[k].kind == .close, open - k <= 3, let outer = outerQuote(k),
               ((k + 1)..<open).allSatisfy({ tokens[$0].key == keyOf.and || tokens[$0].key == keyOf.or || tokens[$0].classes.contains(.determiners) }) {
                open = quoteFirstToken(outer); k = open - 1; continue
            }
            if quoteOf[k] >= 0 || isPunct(k, 0x2C) || isSentenceEndPunct(k) { return nil }
            if let form = cueForm(k), form.flags.contains(.naming) {
                let next = k + 1 < tokens.count ? tokens[k + 1].key : 0
                if next == keyOf.on || next == keyOf.upon || next == keyOf.for { return nil }
                return k
            }
            k -= 1
        }
        return nil
    }

    /// "the crowd reprised the chant “…”", "roused the audience to chants of “…”": words a noun for a chant or cry
    /// names are the crowd's that the sentence names before them, else no one's ("to chants of “…,” the mayor said").
    private func chanted(_ q: Int) -> (speaker: SpeakerRef, cue: String?)? {
        guard let open = quotes[q].open else { return nil }
        let first = sentences[Int(sentenceOf[open])].first
        var c = open - 1
        if c > first && tokens[c].key == keyOf.of { c -= 1 }
        guard c >= first, tokens[c].kind == .word, Self.chantNouns.contains(tokens[c].key) else { return nil }
        guard let g = (first..<c).last(where: { tokens[$0].kind == .word && quoteOf[$0] < 0 && Self.crowdNouns.contains(tokens[$0].key) }) else {
            return (SpeakerRef(name: "", kind: .person, mention: nil), nil)
        }
        let from = g > first && tokens[g - 1].classes.contains(.determiners) ? g - 1 : g
        return (SpeakerRef(name: WordKey.string(tokenText(g)), kind: .person, mention: nil, written: text(tokens[from].start, tokens[g].end)), nil)
    }
    private static let chantNouns = SpeechCues.keys("chant chants cries shouts chorus")
    private static let crowdNouns = SpeechCues.keys("crowd crowds audience audiences supporters protesters demonstrators attendees fans marchers hecklers delegates")

    /// “...,” he said / “...” Kirby said. / “...,” said the ministry.
    private func afterAttribution(_ q: Int, bare: Bool = false) -> (speaker: SpeakerRef, cue: String)? {
        guard let close = quotes[q].close else { return nil }
        let paragraphEnd = paragraphs[quotes[q].paragraph].endToken
        var t = close + 1
        if t < paragraphEnd && isPunct(t, 0x2C) { t += 1 }
        guard t < paragraphEnd else { return nil }
        // “…for records” that would answer requests from X, Jo Roe wrote: a relative clause on the quoted
        // words comes before the attribution, and a cue inside it speaks for the quoted noun, not for anyone.
        if t == close + 1, Self.quotedNounRelatives.contains(tokens[t].key), quotes[q].innerEnd > quotes[q].innerFirst,
           tokens[quotes[q].innerEnd - 1].kind == .word,
           let comma = (t + 1..<min(paragraphEnd, t + 16)).first(where: { isPunct($0, 0x2C) || isSentenceEndPunct($0) || isPunct($0, 0x3B) || tokens[$0].kind == .open }),
           isPunct(comma, 0x2C) {
            t = comma + 1
            guard t < paragraphEnd else { return nil }
        }
        // “...,” according to a statement from the army.
        if t + 2 < paragraphEnd && tokens[t].key == keyOf.according && tokens[t + 1].key == keyOf.to {
            var e = t + 2
            while e < paragraphEnd && tokens[e].kind != .punct && tokens[e].kind != .open { e += 1 }
            return attributedSource(t + 2, e).map { ($0, "according to") }
        }
        var k = t
        var cueToken: Int?
        // A name may carry an apposition before its cue (“…,” Jo Hale, the head of the county's party, said).
        let named = (mentionAt[t] >= 0 && mentions[Int(mentionAt[t])].kind == .person) || roleThenName(t, end: paragraphEnd) != nil
        let reach = named ? Self.appositionReach : 14
        let relative = mentionAt[t] < 0 ? describedThenRelative(t, end: paragraphEnd) : nil
        if let relative { cueToken = relative.cue; k = paragraphEnd }
        // "“…,” he growled, as Roe went on": a verb the cue lists lack ends the attribution before a later cue.
        let unlisted = unlistedVerb(after: t, end: paragraphEnd)
        while k < min(paragraphEnd, t + reach) && k != unlisted {
            // "Sen. Jo Hale (D-Ore.) said": a party label in parentheses.
            if isPunct(k, 0x28), let close = (k + 1..<min(paragraphEnd, k + 8)).first(where: { isPunct($0, 0x29) }) { k = close + 1; continue }
            // "Jo Hale, wearing “Vote Roe” pins, said": a short quotation inside a name's apposition.
            if named, k > t, tokens[k].kind == .open, let inner = outerQuote(k), let close = quotes[inner].close, close - k <= 6 { k = close + 1; continue }
            if tokens[k].kind == .open || isSentenceEndPunct(k) || isPunct(k, 0x3B) || (isPunct(k, 0x2C) && k - t > 9 && !named) { break }
            // Not a noun before the name it qualifies ("White House press secretary Jo Hale said") or
            // after "of" or a determiner ("Jo Hale, secretary of state for trade, said").
            if let form = cueForm(k), !form.participle, quoteOf[k] < 0,
               !(form.flags.contains(.nounLike) && !form.past && ((k + 1 < paragraphEnd && mentionAt[k + 1] >= 0) || (k > t && isNounSlot(k - 1)))),
               form.flags.contains(.clause) || (form.flags.contains(.directive) && !form.flags.contains(.naming)) {
                cueToken = k; break
            }
            k += 1
        }
        guard let k = cueToken ?? unlisted else { return nil }
        var after = k + 1
        var speaker: SpeakerRef?
        if let relative { speaker = relative.speaker } else if k > t { speaker = scanSubject(from: k - 1, limit: t, forward: false) }
        // “...,” the widow said / another witness wrote on Facebook: an unnamed speaker described by a
        // noun phrase, rather than a name after the cue.
        // Not the adverbs before the cue ("the widow then said").
        var subjectEnd = k
        while subjectEnd > t + 1 && tokens[subjectEnd - 1].classes.contains(.betweenSubjectAndCue) { subjectEnd -= 1 }
        if speaker == nil, k > t, let found = describedSpeaker(t, end: subjectEnd), found.end == subjectEnd { speaker = found.speaker }
        // “...,” the ruling issued Monday said: the description before a participle and a day.
        if speaker == nil, k > t + 2, isUnlistedPast(k - 2, k), tokens[k - 1].classes.contains(.calendarWords),
           let found = describedSpeaker(t, end: k - 2), found.end == k - 2 { speaker = found.speaker }
        // “...,” a staffer in the room wondered: the description before a prepositional phrase.
        if speaker == nil, k > t, let found = describedSpeaker(t, end: k, postmodified: true), tokens[found.end].classes.contains(.prepositions),
           (found.end..<k).allSatisfy({ tokens[$0].kind == .word }) { speaker = found.speaker }
        // “…,” they argued: with `bare`, a pronoun that fits no one keeps its words, without a name.
        if bare && speaker == nil && k > t { speaker = bareSubject(k, t) }
        if speaker == nil, after < paragraphEnd {
            // "said Ohio delegate Jo Hale": a place qualifying the role before the name is not who speaks.
            let placeRole = mentionAt[after] >= 0 && mentions[Int(mentionAt[after])].kind == .place ? roleThenName(after, end: paragraphEnd) : nil
            if mentionAt[after] >= 0 && placeRole == nil {
                var m = Int(mentionAt[after])
                // "opined Ohio's Daily Star": the name the possessive qualifies.
                let next = mentionTokens[m].upperBound + 1
                if next < paragraphEnd && tokens[next - 1].kind == .possessive && mentionAt[next] >= 0 { m = Int(mentionAt[next]) }
                speaker = self.speaker(mention: m)
                after = mentionTokens[m].upperBound
            } else if let m = placeRole ?? roleThenName(after, end: paragraphEnd) {
                // “...,” said former governor Jo Hale.
                speaker = self.speaker(mention: m)
                after = mentionTokens[m].upperBound
            } else if let found = groupOfBody(at: after, end: paragraphEnd) {
                // “...,” said members of the Acme board.
                speaker = found.speaker
                after = found.end
            } else if let found = scanSubject(from: subjectReach(after, paragraphEnd), limit: after, forward: true) {
                speaker = found
                after += 1
                while after < paragraphEnd && tokens[after].kind == .word && !tokens[after].classes.contains(.prepositions) { after += 1 }
            } else if after + 1 < paragraphEnd, let found = describedSpeaker(after, end: paragraphEnd, postmodified: k == t) {
                // “...,” said one firefighter.
                speaker = found.speaker
                after = found.end
            } else if after + 1 < paragraphEnd, Self.loneQuantifiers.contains(tokens[after].key), isLowerWord(after),
                      isSentenceEndPunct(after + 1) || isPunct(after + 1, 0x2C) {
                if isPunct(after + 1, 0x2C), let m = personNamed(inApposition: after + 2, paragraphEnd) {
                    // “...,” said one, a teacher named Jo Hale.: the person the apposition names.
                    speaker = self.speaker(mention: m).written(text(tokens[after].start, tokens[mentionTokens[m].upperBound - 1].end))
                    after = mentionTokens[m].upperBound
                } else {
                    // “...,” read one. / said another.: a quantifier alone keeps its words, with no name.
                    speaker = SpeakerRef(name: "", kind: .person, mention: nil, written: tokenText(after))
                    after += 1
                }
            }
        }
        // “...,” Cuban said / said King.: a capitalised word the name lists read otherwise (a
        // nationality, a title, a function word) standing alone as the subject.
        if speaker == nil, let name = [k == t + 1 ? t : -1, k + 1].first(where: { isBareName($0, paragraphEnd) }) {
            speaker = SpeakerRef(name: tokenText(name), kind: .person, mention: nil)
            if name > k { after = name + 1 }
        }
        guard let speaker else { return nil }
        // After a quotation that ends its sentence, the attribution must end one too, or run on
        // with an adverbial (“…?” Hale said to the crowd / as she left / on Tuesday), not a clause.
        let lastInner = quotes[q].innerEnd - 1
        if lastInner >= 0 && isSentenceEndPunct(lastInner) && after < paragraphEnd && !isSentenceEndPunct(after)
            && !isPunct(after, 0x2C) && !startsAdverbial(after) && (tokens[k].form?.flags.contains(.zeroThat) ?? true) {
            return nil
        }
        // “…” He added, “…”: a new sentence whose cue introduces the next quotation or a that-clause.
        if lastInner >= 0 && isSentenceEndPunct(lastInner) && introducesNext(after, paragraphEnd) { return nil }
        return (speaker, tokenText(k))
    }

    private static let quotedNounRelatives = SpeechCues.keys("that which")

    /// Whether the words from `after` (right after a cue) go on to what the cue introduces: a comma
    /// or colon and a quotation, or "that" within a few words ("He said, twice, that …").
    private func introducesNext(_ after: Int, _ end: Int) -> Bool {
        guard after + 1 < end else { return false }
        if (isPunct(after, 0x2C) || isPunct(after, 0x3A)) && tokens[after + 1].kind == .open { return true }
        for t in after..<min(end, after + 5) {
            if isSentenceEndPunct(t) || tokens[t].kind == .open { return false }
            if tokens[t].kind == .word && tokens[t].key == keyOf.that { return true }
        }
        return false
    }

    private static let adverbialStarters = SpeechCues.keys("as while when after before during adding later earlier")

    /// Whether token `t` starts an adverbial after a cue: a preposition, a day, a time word or conjunction.
    private func startsAdverbial(_ t: Int) -> Bool {
        let tok = tokens[t]
        guard tok.kind == .word else { return false }
        return tok.classes.contains(.prepositions) || tok.classes.contains(.calendarWords) || Self.adverbialStarters.contains(tok.key)
            || tok.classes.contains(.notClauseStart)
    }

    /// A capitalised word alone between the quotation's attribution marks: not a mention, not a pronoun,
    /// with punctuation or a cue on both sides.
    private func isBareName(_ t: Int, _ end: Int) -> Bool {
        guard t > 0, t + 1 < end, tokens[t].kind == .word, tokens[t].capitalised, !tokens[t].acronym, mentionAt[t] < 0,
              length(t) > 1,
              !tokens[t].classes.contains(.subjectPronouns), !tokens[t].classes.contains(.determiners) else { return false }
        let before = tokens[t - 1], next = tokens[t + 1]
        return (before.kind == .punct || before.kind == .close || cueForm(t - 1) != nil) && (next.kind == .punct || cueForm(t + 1) != nil)
    }

    /// “…,” an official, who was not allowed to speak on the record, said: a description, a relative
    /// clause between commas, then the cue; the description and the cue's token.
    private func describedThenRelative(_ t: Int, end: Int) -> (speaker: SpeakerRef, cue: Int)? {
        guard let d = describedSpeaker(t, end: end), d.end + 2 < end, isPunct(d.end, 0x2C), tokens[d.end + 1].key == keyOf.who,
              let c = (d.end + 2..<min(end, d.end + Self.appositionReach)).first(where: { tokens[$0].kind != .word && tokens[$0].kind != .number }),
              isPunct(c, 0x2C), c + 1 < end, quoteOf[c + 1] < 0, let form = cueForm(c + 1), form.flags.contains(.clause), !form.participle else { return nil }
        return (d.speaker, c + 1)
    }

    /// Whether token `t` is "of" or a determiner, after which a bare cue form is a noun ("of state", "the report").
    private func isNounSlot(_ t: Int) -> Bool {
        tokens[t].kind == .word && (tokens[t].key == keyOf.of || tokens[t].classes.contains(.determiners))
    }

    /// Not a speech verb, or one whose bare form is usually a noun ("report", "state").
    func canBeNoun(_ t: Int) -> Bool {
        tokens[t].form.map { $0.flags.contains(.nounLike) && !$0.past && !$0.participle } ?? true
    }

    /// How far a subject after cue token `after - 1` may reach: two words, or up to five when only
    /// words without a preposition come between ("said a New Hampshire Republican").
    private func subjectReach(_ after: Int, _ end: Int) -> Int {
        var e = after
        while e + 1 < end && e < after + 5 && tokens[e + 1].kind == .word && !tokens[e + 1].classes.contains(.prepositions)
                && tokens[e + 1].key != keyOf.who { e += 1 }
        return min(max(e, after + 2), end - 1)
    }

    /// The person an apposition opening at `t` names after "named" or "called" in a short description ("a teacher
    /// named Jo Hale"), before `end`.
    private func personNamed(inApposition t: Int, _ end: Int) -> Int? {
        guard let j = (t..<min(end, t + 6)).first(where: { !isLowerWord($0) }), j > t + 1, mentionAt[j] >= 0,
              case let m = Int(mentionAt[j]), mentions[m].kind == .person, mentionTokens[m].lowerBound == j,
              Self.namingParticiples.contains(tokens[j - 1].key),
              // Nouns and determiners only: no clause of the description's own ("a woman who called Jo Hale a liar").
              (t..<j - 1).allSatisfy({ (canBeNoun($0) || tokens[$0].classes.contains(.determiners))
                  && tokens[$0].classes.isDisjoint(with: [.relativeWords, .subjectPronouns]) })
        else { return nil }
        return m
    }

    private static let namingParticiples = SpeechCues.keys("named called")

    /// The person mention after up to five lower-case role words from `t`, places among them
    /// ("former secretary of state Jo Hale", "former Ohio governor Jo Hale").
    private func roleThenName(_ t: Int, end: Int) -> Int? {
        var j = t
        while j < min(end, t + 8) {
            // "Ohio delegate Jo Hale": a place may qualify the role, also before its first word.
            if mentionAt[j] >= 0 && mentions[Int(mentionAt[j])].kind == .place, case let after = mentionTokens[Int(mentionAt[j])].upperBound,
               j > t || (after < end && isLowerWord(after)) {
                j = after; continue
            }
            // Not past a relative clause ("said one aide who knew Jo Hale").
            guard isLowerWord(j) && (tokens[j].key == keyOf.of || !tokens[j].classes.contains(.prepositions))
                && canBeNoun(j) && !tokens[j].classes.contains(.subjectPronouns) && !Self.relativePronouns.contains(tokens[j].key) && tokens[j].key != keyOf.that else { break }
            j += 1
        }
        guard j > t, j < end, mentionAt[j] >= 0, mentions[Int(mentionAt[j])].kind == .person else { return nil }
        return Int(mentionAt[j])
    }

    /// “…,” the letter continued.: a name, pronoun or "the" noun then a past-tense verb ending the
    /// attribution; or “…,” beamed Jo Hale.: such a verb (or one in the present) then a name. The verb's token.
    private func unlistedVerb(after t: Int, end: Int) -> Int? {
        var v: Int
        // "“…,” agrees Jo Hale, 30, of Salem.": a present-tense verb after the comma, then a person
        // whose name ends the sentence or opens an apposition.
        if t > 0 && (isPunct(t - 1, 0x2C) || (tokens[t - 1].kind == .close && t > 1 && isPunct(t - 2, 0x2C))), isLowerWord(t), tokens[t].form == nil,
           isPresentSForm(t), !tokens[t].classes.contains(.prepositions),
           !tokens[t].classes.contains(.sentenceWords), !Self.secondClauseJoints.contains(tokens[t].key), t + 1 < end, mentionAt[t + 1] >= 0,
           case let m = Int(mentionAt[t + 1]), mentions[m].kind == .person, mentionTokens[m].lowerBound == t + 1,
           mentionTokens[m].upperBound < end, isSentenceEndPunct(mentionTokens[m].upperBound) || isPunct(mentionTokens[m].upperBound, 0x2C) {
            return t
        }
        if isUnlistedPast(t, end) {
            var n = tokens[t + 1].key == keyOf.the ? t + 2 : t + 1
            // "opined Ohio's Daily Star": the name the possessive qualifies.
            if n < end && mentionAt[n] >= 0 && mentionTokens[Int(mentionAt[n])].upperBound + 1 < end
                && tokens[mentionTokens[Int(mentionAt[n])].upperBound].kind == .possessive { n = mentionTokens[Int(mentionAt[n])].upperBound + 1 }
            if n < end && mentionAt[n] >= 0 && mentions[Int(mentionAt[n])].kind != .place && mentionTokens[Int(mentionAt[n])].lowerBound == n { return t }
        }
        if mentionAt[t] >= 0 {
            v = mentionTokens[Int(mentionAt[t])].upperBound
        } else if tokens[t].classes.contains(.personPronouns) || tokens[t].classes.contains(.thingPronouns) {
            v = t + 1
        } else if let m = roleThenName(t, end: end) {
            // "an angry Roe retaliated".
            v = mentionTokens[m].upperBound
        } else if describedSpeaker(t, end: end) ?? describedSpeaker(t, end: end, postmodified: true) != nil {
            // "the widow beamed.", "a staffer in the room wondered,": such a verb ending the words, after
            // the description and perhaps a short prepositional phrase (no auxiliary: not "Her notes are redacted.").
            // A capitalised description after a closing mark with no comma opens a new sentence (“…” The council agreed.).
            guard !tokens[t].capitalised || isPunct(t - 1, 0x2C),
                  let j = (t + 2..<max(t + 2, min(end - 1, t + 10))).prefix(while: { tokens[$0].kind == .word })
                .first(where: { isUnlistedPast($0, end) && tokens[$0 + 1].kind == .punct }),
                  !(t + 1..<j).contains(where: { tokens[$0].classes.contains(.auxiliaries) || cueForm($0) != nil }) else { return nil }
            v = j
        } else {
            return nil
        }
        // "Hale shot back.", "the mayor fired back with a laugh,": a verb and "back"; "she went on.": a verb
        // and "on" ending the attribution.
        let back = v + 2 < end && isLowerWord(v)
            && (tokens[v + 1].key == Self.back || (tokens[v + 1].key == keyOf.on && (isSentenceEndPunct(v + 2) || isPunct(v + 2, 0x2C))))
        // It ends the attribution, perhaps after a short adverbial ("fumed on Tuesday.", "recalled in an interview.").
        guard back || isUnlistedPast(v, end) else { return nil }
        let w = back ? v + 1 : v
        if isSentenceEndPunct(w + 1) || isPunct(w + 1, 0x2C) { return v }
        guard w + 2 < end, startsAdverbial(w + 1),
              let stop = (w + 2..<min(end, w + 7)).first(where: { tokens[$0].kind != .word && tokens[$0].kind != .number }),
              isSentenceEndPunct(stop) || isPunct(stop, 0x2C),
              ((w + 1)..<stop).allSatisfy({ cueForm($0) == nil && !isPastVerb($0) && !tokens[$0].classes.contains(.auxiliaries) }) else { return nil }
        return v
    }

    /// A lower-case past-tense word no cue list knows ("beamed", "continued"), with a token after it.
    private func isUnlistedPast(_ v: Int, _ end: Int) -> Bool { v + 1 < end && isPastVerb(v) }

    /// "the widow", "a witness", "one firefighter", "one of the aides", "a German user", "the paper's
    /// board", "the 46-year-old" (1–5 words after a determiner) from `t`; when `postmodified`, also
    /// before a relative clause or a prepositional phrase ("said the man who …", "wrote the authors of the report").
    func describedSpeaker(_ t: Int, end: Int, postmodified: Bool = false) -> (speaker: SpeakerRef, end: Int)? {
        let key = tokens[t].key
        let possessive = SpeechCues.possessiveDeterminers.contains(key)  // "her friend", "his lawyer"
        guard tokens[t].kind == .word, key == keyOf.the || key == keyOf.a || key == keyOf.an || key == keyOf.one
                || key == keyOf.another || possessive else { return nil }
        var w = t + 1  // the description's first word
        // "one of the aides", "one of two witnesses".
        if key == keyOf.one && w + 2 < end && tokens[w].key == keyOf.of
            && (tokens[w + 1].classes.contains(.determiners) || (tokens[w + 1].kind == .number && isLowerWord(w + 2)) || Self.counts.contains(tokens[w + 1].key)) { w += 2 }
        var e = w
        while e < min(end, w + 5) {
            // "the Ohio governor": a place may qualify the noun.
            if mentionAt[e] >= 0, mentions[Int(mentionAt[e])].kind == .place, mentionTokens[Int(mentionAt[e])].upperBound < end,
               isLowerWord(mentionTokens[Int(mentionAt[e])].upperBound) {
                e = mentionTokens[Int(mentionAt[e])].upperBound; continue
            }
            // "a German user", "a Republican strategist", "a Wednesday editorial", "the paper's board".
            if e + 1 < end && isLowerWord(e + 1) && (tokens[e].kind == .possessive ? e > w
                    : tokens[e].kind == .word && (Gazetteer.adjectiveByKey[tokens[e].key] != nil
                        || Gazetteer.partyAdjectives.contains(tokens[e].key) || tokens[e].classes.contains(.calendarWords))) {
                e += 1; continue
            }
            // "the 46-year-old", "a 30-year veteran", "a 2013 study": an age or a year as the noun or before it.
            if e == w && (isAgeWord(e) || (tokens[e].kind == .number && e + 1 < end && isLowerWord(e + 1))) { e += 1; continue }
            guard isLowerWord(e) && !tokens[e].classes.contains(.prepositions) && !tokens[e].classes.contains(.auxiliaries) && canBeNoun(e)
                    && !(postmodified && tokens[e].key == keyOf.who) else { break }
            e += 1
        }
        let postmodifier = postmodified && e < end && (tokens[e].key == keyOf.who || (isLowerWord(e) && tokens[e].classes.contains(.prepositions)))
        guard e > w, e == end || tokens[e].kind == .punct || postmodifier,
              isLowerWord(e - 1) || isAgeWord(e - 1) else { return nil }
        let words = text(tokens[w].start, tokens[e - 1].end)
        let name = possessive ? text(tokens[t].start, tokens[e - 1].end) : key == keyOf.the ? words : SpeakerRef.unnamed(words)
        return (SpeakerRef(name: name, kind: .person, mention: nil, written: text(tokens[t].start, tokens[e - 1].end)), e)
    }

    /// A number joined to lower-case words: "46-year-old", "30-year".
    private func isAgeWord(_ t: Int) -> Bool {
        tokens[t].kind == .number && (0x61...0x7A).contains(bytes[tokens[t].end - 1])
    }

    /// Words that join a second clause with its own subject ("…, but Roe wants …").
    private static let secondClauseJoints = SpeechCues.keys("and but " + SpeechCues.contrastWords)
    private static let back = WordKey.hash("back")
    private static let counts = SpeechCues.keys("two three four five six several many")

    /// "Hale was asked, “…?”", "The clerks were told: “…”": a passive cue of asking or telling right before
    /// the quotation's comma or colon gives it to whom it was put, who does not speak it.
    private func isPutTo(_ q: Int) -> Bool {
        guard let open = quotes[q].open, open >= 3, isPunct(open - 1, 0x2C) || isPunct(open - 1, 0x3A), case let k = open - 2,
              let form = cueForm(k), form.flags.contains(.question) || form.flags.contains(.addressee) else { return false }
        return isPassiveCue(k, sentences[Int(sentenceOf[k])].first)
    }

    /// The nearest cue before the quotation in its sentence that has a speaker.
    private func beforeAttribution(_ q: Int, within distance: Int = .max) -> (speaker: SpeakerRef, cue: String)? {
        guard let open = quotes[q].open else { return nil }
        let first = max(sentences[Int(sentenceOf[open])].first, open > distance ? open - distance : 0)
        var k = open - 1
        // "Roe told the panel when asked about it: “…”": the words answer the question, so the cue
        // before the reduced clause gives their speaker; the clause's own cue serves when none does.
        var asked: (speaker: SpeakerRef, cue: String)?
        while k >= first {
            if quoteOf[k] >= 0, let outer = outerQuote(k) {
                // "“Sick leave,” the handbook states, begins “after a year”": the attribution that interrupts
                // a sentence opening with a quotation speaks for the rest, when no cue nearer has a speaker.
                if asked == nil, quoteFirstToken(outer) == sentences[Int(sentenceOf[open])].first, let found = afterAttribution(outer) { return found }
                k = quoteFirstToken(outer) - 1; continue
            }
            if let p = channelPhrase(k, from: first) { k = p - 1; continue }
            // "The candidate added, “…”": a plain noun phrase when no name speaks.
            // "Others shouted, “…”": a quantifier keeps its words, with no name.
            // Not a participle used as an adjective ("in a written statement"; but "A statement from her said: “…”").
            if let form = cueForm(k), !(form.past && k > first && tokens[k - 1].classes.contains(.determiners)
                                        && !isObjectBeforeClause(k - 1, k, sentences[Int(sentenceOf[open])])),
               let found = invertedAside(k, open) ?? speakerOfCue(k) ?? describedSubject(k) ?? bareSubject(k, first) {
                guard asked == nil, form.past, k > first, Self.reducedClauseWords.contains(tokens[k - 1].key) else { return (found, tokenText(k)) }
                asked = (found, tokenText(k))
            }
            k -= 1
        }
        return asked
    }
    private static let reducedClauseWords = SpeechCues.keys("when if as once")
    private static let loneQuantifiers = SpeechCues.keys("one another")

    /// "wrote in a Churchillian post: “…”", "saying on the Roe website": a cue's noun after "in", "on" or
    /// "via" and its article names where an earlier cue of the clause spoke, not a speaker (nor a name
    /// qualifying it); the preposition's token.
    private func channelPhrase(_ k: Int, from first: Int) -> Int? {
        guard let form = cueForm(k), form.flags.contains(.nounLike), !form.past, !form.participle else { return nil }
        var d = k - 1
        while d > first && d > k - 4 && !tokens[d].classes.contains(.determiners) && (mentionAt[d] >= 0 || isLowerWord(d)) && cueForm(d) == nil { d -= 1 }
        guard d > first, tokens[d].classes.contains(.determiners), Self.channelWords.contains(tokens[d - 1].key),
              (first..<(d - 1)).contains(where: { quoteOf[$0] < 0 && cueForm($0) != nil }) else { return nil }
        return d - 1
    }
    private static let channelWords = SpeechCues.keys("in on via")

    /// "Hale nodded and said, “…” The mayor then recalled …": a quotation ending its sentence right after
    /// the cue that introduces it (cue, comma or colon, open mark) is that cue's, not the next sentence's.
    /// Also past a day after the cue ("said Wednesday, “…”").
    private func introducedSentence(_ q: Int) -> (speaker: SpeakerRef, cue: String?)? {
        guard let open = quotes[q].open, open >= 2, isPunct(open - 1, 0x2C) || isPunct(open - 1, 0x3A) else { return nil }
        let first = sentences[Int(sentenceOf[open])].first
        let cue = timePhraseStart(open - 2, first).map { $0 - 1 } ?? open - 2
        guard cue > first, let form = cueForm(cue), !form.participle, quotes[q].innerEnd > 0, isSentenceEndPunct(quotes[q].innerEnd - 1),
              let close = quotes[q].close, close + 1 < tokens.count, tokens[close + 1].kind == .word, tokens[close + 1].capitalised
        else { return nil }
        return beforeAttribution(q, within: open - cue).map { ($0.speaker, $0.cue) }
    }

    /// "But, said Jo Hale, “…”": a cue after a comma, then only a name and the comma or colon before the
    /// quotation; not a participle nor a cue taking an addressee ("…, telling the Gazette, “…”").
    private func invertedAside(_ k: Int, _ open: Int) -> SpeakerRef? {
        guard k > 0, isPunct(k - 1, 0x2C), let form = cueForm(k), !form.participle, !form.flags.contains(.addressee), !form.flags.contains(.directive), k + 2 < open, isPunct(open - 1, 0x2C) || isPunct(open - 1, 0x3A), mentionAt[k + 1] >= 0,
              case let m = Int(mentionAt[k + 1]), mentions[m].kind != .place, mentionTokens[m].upperBound == open - 1 else { return nil }
        return speaker(mention: m)
    }

    /// A quotation opening a paragraph after one that ends with a colon ("... concludes with these words:").
    private func colonAttribution(_ q: Int) -> (speaker: SpeakerRef, cue: String?)? {
        let p = quotes[q].paragraph
        guard p > 0, quotes[q].open == paragraphs[p].firstToken else { return nil }
        let colon = paragraphs[p - 1].endToken - 1
        guard isPunct(colon, 0x3A) else { return nil }
        let first = sentences[Int(sentenceOf[colon])].first
        var k = colon - 1
        var statement = false
        while k >= first {
            if quoteOf[k] < 0, cueForm(k) != nil, let found = speakerOfCue(k) { return (found, tokenText(k)) }
            if tokens[k].classes.contains(.statementNouns) { statement = true }
            k -= 1
        }
        // "The Foreign Ministry issued the following statement:"
        if statement, let found = scanSubject(from: colon - 1, limit: first, forward: false) { return (found, nil) }
        return nil
    }

    /// "In Hale's words, “…”", "…, in the words of Jo Hale, “…”" and "Hale's reply was short: “…”":
    /// the one whose words the phrase before the quotation says it gives; the phrase may also open the
    /// sentence the quotation ends ("In the words of Jo Hale, the levy is “a tax on hope.”").
    private func ownedWords(_ q: Int) -> (speaker: SpeakerRef, cue: String?)? {
        guard let open = quotes[q].open, open >= 3 else { return nil }
        let first = sentences[Int(sentenceOf[open - 1])].first
        // (the comma closing a phrase that opens the sentence with "In")
        let opening = tokens[first].key == keyOf.inWord && first + 3 < open ? (first + 3..<open).first { isPunct($0, 0x2C) } : nil
        for e in [open - 1, opening].compactMap({ $0 }) where isPunct(e, 0x2C) {
            if let found = wordsPhrase(ending: e, first: first) { return (found, nil) }
        }
        // "Hale's “a pier for every town” promise": a name owns the words that a noun for words after them names, when
        // they are a phrase of several words, not a short name's ("Hale's “whiplash” claim", "… “Harbor First” claim": a label).
        if tokens[open - 1].kind == .possessive, let close = quotes[q].close, close + 1 < tokens.count, isLowerWord(close + 1),
           case let words = (open + 1..<close).filter({ tokens[$0].kind == .word }), words.count >= 2,
           words.count > 3 || words.contains(where: { isLowerWord($0) && !tokens[$0].classes.contains(.sentenceWords) }),
           case let noun = tokens[close + 1], Self.ownedWordsNouns.contains(noun.key) || Self.replyNouns.contains(noun.key) || noun.classes.contains(.statementNouns),
           mentionAt[open - 2] >= 0, case let m = Int(mentionAt[open - 2]), mentionTokens[m].upperBound == open - 1, mentions[m].kind != .place {
            return (speaker(mention: m), nil)
        }
        guard isPunct(open - 1, 0x3A) else { return nil }
        let e = open - 1
        // "Hale's reply:", "Hale's final verdict was blunt:" opening the sentence: a few modifiers, the
        // noun, perhaps "was" and a word or two.
        guard mentionAt[first] >= 0, case let m = Int(mentionAt[first]), mentionTokens[m].lowerBound == first, mentions[m].kind != .place,
              case let p = mentionTokens[m].upperBound, p + 1 < e, tokens[p].kind == .possessive else { return nil }
        var n = p + 1
        while n < e && n < p + 3 && isLowerWord(n) && !Self.replyNouns.contains(tokens[n].key) { n += 1 }
        guard n < e, isLowerWord(n), Self.replyNouns.contains(tokens[n].key) || tokens[n].classes.contains(.statementNouns) else { return nil }
        n += 1
        guard n == e || (tokens[n].classes.contains(.beAuxiliaries) && e - n <= 3 && (n..<e).allSatisfy { isLowerWord($0) }) else { return nil }
        return (speaker(mention: m), nil)
    }
    /// The one "in Hale's (own) words" or "in the words of …" names, the phrase ending at comma `e`.
    private func wordsPhrase(ending e: Int, first: Int) -> SpeakerRef? {
        var p = e - 1
        if tokens[p].key == Self.words && p - 2 > first {
            p -= tokens[p - 1].key == Self.own ? 2 : 1
            if tokens[p].kind == .possessive, mentionAt[p - 1] >= 0, case let m = Int(mentionAt[p - 1]), mentions[m].kind != .place,
               mentionTokens[m].upperBound == p, mentionTokens[m].lowerBound > first, tokens[mentionTokens[m].lowerBound - 1].key == keyOf.inWord {
                return speaker(mention: m)
            }
            // "in the mayor's words": the description.
            if tokens[p].kind == .possessive, mentionAt[p - 1] < 0, let i = (max(first, p - 5)..<(p - 1)).last(where: { tokens[$0].key == keyOf.inWord }),
               let found = describedSpeaker(i + 1, end: p), found.end == p {
                return found.speaker
            }
        }
        // "in the words of the mayor, Al Roe,": the name the description's apposition gives, else what the phrase names.
        if let i = (max(first, e - 16)..<max(first, e - 4)).last(where: { tokens[$0].key == keyOf.inWord && tokens[$0 + 1].key == keyOf.the
                && tokens[$0 + 2].key == Self.words && tokens[$0 + 3].key == keyOf.of }) {
            if mentionAt[e - 1] >= 0, case let m = Int(mentionAt[e - 1]), mentions[m].kind == .person,
               mentionTokens[m].lowerBound > i + 5, isPunct(mentionTokens[m].lowerBound - 1, 0x2C) { return speaker(mention: m) }
            return attributedSource(i + 4, e)
        }
        return nil
    }
    private static let words = WordKey.hash("words"), own = WordKey.hash("own")
    /// Nouns for words someone is known by ("Hale's “…” pledge").
    private static let ownedWordsNouns = SpeechCues.keys("promise pledge vow slogan mantra motto refrain line catchphrase quip joke boast claim warning phrase")
    private static let replyNouns = SpeechCues.keys("reply response answer retort reaction verdict advice explanation assessment conclusion message pitch")

    /// "Kirby: “We are concerned.”": the source named alone before the colon that introduces a quotation.
    private func nameColon(_ q: Int) -> (speaker: SpeakerRef, cue: String?)? {
        guard let open = quotes[q].open, open >= 2, isPunct(open - 1, 0x3A) else { return nil }
        return colonSource(open - 1).map { ($0, nil) }
    }

    /// The source named right before `colon`, as transcripts, live reports and round-ups write it: a
    /// name opening its sentence ("Kirby:") or following a dash ("HEADLINE - Jo Hale:"), or what
    /// "according to" or a short "from" phrase names ("More from Hale:", "From the report:").
    func colonSource(_ colon: Int) -> SpeakerRef? {
        let first = sentences[Int(sentenceOf[colon])].first
        func isDash(_ t: Int) -> Bool { t >= first && self.isDash(t) }
        var s = colon - 1
        while s > first && s > colon - 8 && tokens[s].kind != .punct && tokens[s].key != keyOf.from
                && !(tokens[s].key == keyOf.to && tokens[s - 1].key == keyOf.according) { s -= 1 }
        // "from" opens the sentence or the words after a dash, after at most two words ("More from").
        var w = s
        while w > first && w > s - 3 && tokens[w - 1].kind == .word { w -= 1 }
        let according = tokens[s].key == keyOf.to && s > first && tokens[s - 1].key == keyOf.according
        if s + 1 < colon, according || (tokens[s].key == keyOf.from && (w == first || isDash(w - 1))) {
            return attributedSource(s + 1, colon)
        }
        if let found = headlineSpeaker(colon: colon) { return found }
        if mentionAt[colon - 1] >= 0 {
            var m = Int(mentionAt[colon - 1]), b = mentionTokens[m].lowerBound
            // "- Jo Hale and Al Roe:": the first of two names.
            if b >= 2 && tokens[b - 1].key == keyOf.and && mentionAt[b - 2] >= 0 { m = Int(mentionAt[b - 2]); b = mentionTokens[m].lowerBound }
            guard mentions[m].kind != .place, startsSentence(b) || isDash(b - 1) else { return nil }
            return speaker(mention: m)
        }
        // "- HuffPost Pollster:": a capitalised run no name list knows, after a dash.
        var b = colon
        while b > first + 1 && b > colon - 4 && tokens[b - 1].kind == .word && tokens[b - 1].capitalised { b -= 1 }
        guard b < colon, isDash(b - 1) else { return nil }
        return SpeakerRef(name: text(tokens[b].start, tokens[colon - 1].end), kind: .person, mention: nil)
    }

    /// "Hale: ‘…’", "Gov. Jo Hale: ‘…’": the capitalised words opening a headline before a colon, as the person the article
    /// names with them (a headline in Title Case has no mentions of its own): the surname, perhaps words of that
    /// person's name before it and titles before those ("Bill Roe:" is not Ann Roe; not "Hale On Roe:", "Hale Backs Roe:").
    func headlineSpeaker(colon: Int) -> SpeakerRef? {
        let paragraph = sentences[Int(sentenceOf[colon])].paragraph, first = paragraphs[paragraph].firstToken
        guard headline[paragraph], colon > first, colon - first <= 6, tokens[colon - 1].kind == .word else { return nil }
        for m in mentions.indices where mentions[m].kind == .person && tokens[mentionNameTokens[m].upperBound - 1].key == tokens[colon - 1].key {
            let name = mentionNameTokens[m].map { tokens[$0].key }
            var j = colon - 2
            while j >= first && tokens[j].kind == .word && name.contains(tokens[j].key) { j -= 1 }
            if j < first || (first...j).allSatisfy({ tokens[$0].classes.contains(.roles) || isPunct($0, 0x2E) }) {
                return speaker(mention: m).written(text(tokens[first].start, tokens[colon - 1].end))
            }
        }
        return nil
    }

    /// “X went even further: “…”” and "Roe blamed the court's “…”", "She offered “…”": a quotation inside a
    /// clause with no cue speaks for the clause's subject, when a lower-case word (its verb, not an auxiliary
    /// alone: "The post office will “…”") comes between them;
    /// a document heading the subject speaks for itself ("The ad targets a “…”").
    private func clauseSubject(_ q: Int) -> (speaker: SpeakerRef, cue: String?)? {
        guard let open = quotes[q].open, open >= 1 else { return nil }
        let sentence = sentences[Int(sentenceOf[open - 1])]
        // Not a quotation opening its sentence (that one follows the sentence before), unless a colon introduces it.
        guard sentenceOf[open - 1] == sentenceOf[open] || isPunct(open - 1, 0x3A) else { return nil }
        guard let found = documentSubject(of: Int(sentenceOf[open - 1])).flatMap({ $0.end < open ? $0 : nil })
                ?? subjectOfSentence(from: sentence.first, before: open - 1),
              found.end < open, (found.end..<open).contains(where: { isLowerWord($0) && ($0 < open - 1 || !tokens[$0].classes.contains(.auxiliaries)) })
        else { return nil }
        return (found.speaker, nil)
    }

    /// "The result does not surprise pollster Jo Hale: “…”": a person named last before the colon that
    /// introduces the quotation (not a preposition's object), when no person is the clause's subject.
    private func personBeforeColon(_ q: Int) -> (speaker: SpeakerRef, cue: String?)? {
        guard let open = quotes[q].open, open >= 2, isPunct(open - 1, 0x3A), mentionAt[open - 2] >= 0,
              case let m = Int(mentionAt[open - 2]), mentions[m].kind == .person, quoteOf[open - 2] < 0,
              !isPrepositionObject(mentionTokens[m].lowerBound) else { return nil }
        return (speaker(mention: m), nil)
    }

    /// "When Roe suggested …, Hale fired back: “…”": a quotation after a colon that ends a clause with
    /// no cue of its own, following a comma: the subject opening that clause, not a speaker earlier in the sentence.
    private func colonClause(_ q: Int) -> (speaker: SpeakerRef, cue: String?)? {
        guard let open = quotes[q].open, open >= 2, isPunct(open - 1, 0x3A), open > paragraphs[quotes[q].paragraph].firstToken else { return nil }
        let first = sentences[Int(sentenceOf[open - 1])].first
        var c = open - 2
        while c > first && !isPunct(c, 0x2C) {
            if quoteOf[c] >= 0 || cueForm(c) != nil || (tokens[c].kind != .word && tokens[c].kind != .possessive && mentionAt[c] < 0) { return nil }
            c -= 1
        }
        guard c > first, mentionAt[c + 1] >= 0, let found = subjectOfSentence(from: c + 1, before: open - 1),
              found.end < open - 1, isLowerWord(found.end) else { return nil }
        return (found.speaker, nil)
    }

    /// “…” if she lost, said Jo Hale, an analyst.: a quotation opening a clause whose attribution ends
    /// the sentence after a comma.
    private func laterAttribution(_ q: Int) -> (speaker: SpeakerRef, cue: String?)? {
        guard let close = quotes[q].close, quotes[q].parent == nil else { return nil }
        let end = sentences[Int(sentenceOf[close])].end
        for comma in (close + 1)..<end where isPunct(comma, 0x2C) && quoteOf[comma] < 0 {
            if let found = trailingAttribution(comma: comma, end) { return (found.speaker, tokenText(found.cue)) }
            // ", said Jo Hale, an analyst at …": an inverted cue and a name, whatever apposition follows.
            if comma + 2 < end, let form = cueForm(comma + 1), form.past, !form.flags.contains(.naming), mentionAt[comma + 2] >= 0,
               case let m = Int(mentionAt[comma + 2]), mentions[m].kind == .person, mentionTokens[m].lowerBound == comma + 2,
               mentionTokens[m].upperBound == end - 1 || isPunct(mentionTokens[m].upperBound, 0x2C) {
                return (speaker(mention: m), tokenText(comma + 1))
            }
        }
        return nil
    }

    /// A quotation standing as its paragraph and signed after a dash, on the same line ("“…” — Jo Hale")
    /// or on the next ("“…” ¶ — Jo Hale, mayor."), as round-ups of readers' and voters' words print them.
    private func signedAttribution(_ q: Int) -> (speaker: SpeakerRef, cue: String?)? {
        let p = quotes[q].paragraph
        guard let open = quotes[q].open, open == paragraphs[p].firstToken, let close = quotes[q].close else { return nil }
        var dash = close + 1, end = paragraphs[p].endToken
        if dash >= end || !isDash(dash) {
            guard close + 2 >= end, p + 1 < paragraphs.count else { return nil }
            dash = paragraphs[p + 1].firstToken; end = paragraphs[p + 1].endToken
        }
        guard dash + 1 < end, isDash(dash), let name = signature(dash + 1, end) else { return nil }
        return (name.speaker, nil)
    }

    /// The name signing a quotation at token `t`: a mention, or up to four capitalised words ending
    /// at punctuation or `end`; and the token after it.
    private func signature(_ t: Int, _ end: Int) -> (speaker: SpeakerRef, end: Int)? {
        if mentionAt[t] >= 0, case let m = Int(mentionAt[t]), mentionTokens[m].lowerBound == t { return (speaker(mention: m), mentionTokens[m].upperBound) }
        var e = t
        while e < end && tokens[e].kind == .word && tokens[e].capitalised { e += 1 }
        guard e > t, e - t <= 4, e == end || tokens[e].kind == .punct else { return nil }
        return (SpeakerRef(name: text(tokens[t].start, tokens[e - 1].end), kind: .person, mention: nil), e)
    }

    /// A pull quote signed on its own last line inside its marks, a name and where the person works:
    /// "“… ¶ Jo Hale, Center for Fiscal Studies.”" (`q`, the last piece, is that line).
    private func pullQuoteSignature(_ q: Int) -> SpeakerRef? {
        guard quotes[q].continued, quotes[q].close != nil, quotes[q].innerFirst < quotes[q].innerEnd else { return nil }
        var last = quotes[q].innerEnd - 1
        if isPunct(last, 0x2E) { last -= 1 }
        guard let name = signature(paragraphs[quotes[q].paragraph].firstToken, last), name.speaker.kind == .person, case let comma = name.end,
              comma < last, isPunct(comma, 0x2C), last - comma <= 8, tokens[comma + 1].capitalised,
              (comma + 1...last).allSatisfy({ tokens[$0].kind == .word && (tokens[$0].capitalised || tokens[$0].classes.contains(.titleFunctionWords)) })
        else { return nil }
        return name.speaker
    }

    /// A quotation that starts a sentence right after a sentence with an attributed cue.
    /// The quotations found so far, latest first, back to the first that starts before byte `from`
    /// (a look at all of them per quotation took minutes on a document of many quotations).
    private func quotations(since from: Int) -> some Sequence<Int> {
        quotations.indices.reversed().lazy.prefix { self.quotations[$0].start >= from }
    }

    private func adjacentAttribution(_ q: Int) -> (speaker: SpeakerRef, cue: String?)? {
        guard let open = quotes[q].open else { return nil }
        let index = Int(sentenceOf[open])
        guard index > 0, sentences[index].first == open else { return nil }
        let previous = sentences[index - 1]
        if previous.paragraph != sentences[index].paragraph {
            // A paragraph of quotation right after a paragraph ending with an attributed one.
            guard paragraphs[sentences[index].paragraph].firstToken == open else { return nil }
            let from = tokens[previous.first].start
            for i in quotations(since: from) where quotations[i].kind == .direct {
                if let found = speakerRef(of: quotations[i]) { return (found, nil) }
            }
            // Or a paragraph ending with reported speech ("Hale said that …" ¶ “…”).
            let last = quotations(since: from).first { quotations[$0].kind == .indirect }
            return last.flatMap { speakerRef(of: quotations[$0]) }.map { ($0, nil) } ?? actingSubject(previous, for: q)
        }
        // "“A,” Hale told a reporter when asked …. “B.”": the speaker of the quotation opening the
        // previous sentence, before any cue later in it.
        let opening = tokens[previous.first].start
        if let i = quotations.indices.reversed().prefix(8).first(where: { quotations[$0].start == opening && quotations[$0].kind == .direct }),
           attributedAfter.contains(i), let found = speakerRef(of: quotations[i]) { return (found, nil) }
        var k = previous.end - 1
        while k >= previous.first {
            if quoteOf[k] < 0, cueForm(k) != nil, let found = speakerOfCue(k) { return (found, nil) }
            k -= 1
        }
        // "Hale agreed. “…”": a sentence of only a name (perhaps after "Ohio State's") and a verb.
        let verb = previous.end - 2
        if verb > previous.first, isSentenceEndPunct(verb + 1), isLowerWord(verb), mentionAt[verb - 1] >= 0 {
            let m = Int(mentionAt[verb - 1]), b = mentionTokens[m].lowerBound
            let qualified = b >= 2 && tokens[b - 1].kind == .possessive && mentionAt[b - 2] >= 0 && mentionTokens[Int(mentionAt[b - 2])].lowerBound == previous.first
            if mentions[m].kind == .person, mentionTokens[m].upperBound == verb, b == previous.first || qualified { return (speaker(mention: m), nil) }
        }
        // "“A,” said X, a shopkeeper. “B.”": the speaker of the previous sentence's quotation; "One voter said
        // she was torn. “…”": that of its reported speech, when a description speaks there.
        let before = tokens[open].start
        for i in quotations(since: tokens[previous.first].start) where quotations[i].kind == .direct && quotations[i].start < before {
            if let found = speakerRef(of: quotations[i]) { return (found, nil) }
        }
        for i in quotations(since: tokens[previous.first].start) where quotations[i].kind == .indirect && quotations[i].start < before {
            if let found = speakerRef(of: quotations[i]) { return (found, nil) }
        }
        return actingSubject(previous, for: q)
    }

    /// "Mayor Jo Hale tweeted a warning. “…”", "Hale touted her record. “…”": a quotation with no
    /// attribution of its own after a sentence that opens with a named subject and its active verb
    /// (not "was", "is"): the one the narration was about goes on in their own words.
    private func actingSubject(_ sentence: TextSentence, for q: Int) -> (speaker: SpeakerRef, cue: String?)? {
        // Not when the quotation has its own "she said" that no one resolved: the narration's subject did not say it.
        if let close = quotes[q].close {
            let end = paragraphs[quotes[q].paragraph].endToken
            let t = close + 1 < end && isPunct(close + 1, 0x2C) ? close + 2 : close + 1
            if t + 1 < end, (tokens[t].classes.contains(.personPronouns) && cueForm(t + 1) != nil)
                || (cueForm(t) != nil && tokens[t + 1].classes.contains(.personPronouns)) { return nil }
        }
        guard let found = subjectOfSentence(from: sentence.first, before: sentence.end), found.speaker.mention != nil,
              found.speaker.kind != .place, found.end < sentence.end else { return nil }
        let m = Int(mentionAt[found.end - 1] >= 0 ? mentionAt[found.end - 1] : -1)
        // "He then had a question for the crowd. “…”": he or she as the sentence's subject, for whom it stands.
        let pronoun = m < 0 && tokens[found.end - 1].classes.contains(.personPronouns) && isSubject(found.end - 1)
        // The subject opens the sentence, or follows a fronted adjunct ("Outside the hall, Sen. Jo Hale tweeted").
        let opening = adjunctComma(sentence).flatMap { m >= 0 && $0 < mentionTokens[m].lowerBound ? $0 + 1 : nil } ?? firstWord(sentence)
        guard pronoun || (m >= 0 && (opening..<mentionTokens[m].lowerBound).allSatisfy({ tokens[$0].kind == .word && tokens[$0].capitalised })) else { return nil }
        // "Hale won't go that far, but Roe wants …": a second clause about someone else.
        for j in found.end..<(sentence.end - 1) where tokens[j].kind == .word && Self.secondClauseJoints.contains(tokens[j].key)
            && mentionAt[j + 1] >= 0 && mentions[Int(mentionAt[j + 1])].kind == .person { return nil }
        var v = found.end
        // "Jo Hale (D-Ore.), a candidate for mayor, tweeted": past an apposition to the verb.
        if isPunct(v, 0x28), let close = (v + 1..<min(sentence.end, v + 8)).first(where: { isPunct($0, 0x29) }) { v = close + 1 }
        if v < sentence.end && isPunct(v, 0x2C) {
            guard let c = (v + 1..<min(sentence.end, v + Self.appositionReach)).first(where: { isPunct($0, 0x2C) && quoteOf[$0] < 0 }) else { return nil }
            v = c + 1
        }
        let skipped = v
        v = (v..<sentence.end).first { !(tokens[$0].kind == .word && tokens[$0].classes.contains(.betweenSubjectAndCue) && !tokens[$0].classes.contains(.auxiliaries)) } ?? sentence.end
        func isVerb(_ t: Int) -> Bool {
            guard t < sentence.end && isLowerWord(t) && tokens[t].classes.isDisjoint(with: [.prepositions, .determiners, .subjectPronouns]) else { return false }
            // "had a question for the crowd": "had" or "has" before its object is the verb, not an auxiliary.
            return !tokens[t].classes.contains(.auxiliaries) || (Self.possessionVerbs.contains(tokens[t].key) && t + 1 < sentence.end && tokens[t + 1].classes.contains(.determiners))
        }
        // "Hale continued her remarks.": a past verb of those adverbs' list is the sentence's own verb when no verb follows it.
        guard isVerb(v) || (v > skipped && (isPastVerb(v - 1) || tokens[v - 1].form?.past == true) && isVerb(v - 1)) else { return nil }
        return (found.speaker, nil)
    }
    private static let possessionVerbs = SpeechCues.keys("had has")
}
