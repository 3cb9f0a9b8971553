import TextAnalysis

/// Reported speech: a cue verb with its reported clause (that-clause, zero-that clause after
/// say-verbs, directive or claim infinitive, gerund), and attributions such as "according to X",
/// "as reported by X" or a sentence-final ", X said.".
extension DocumentModel {
    /// Adds the indirect quotations of sentence `index`.
    func findReportedSpeech(in index: Int) {
        let sentence = sentences[index]
        if findHeadlineStatement(sentence) { return }
        let added = quotations.count
        var coveredUntil = -1
        var found = false
        var firstCue = -1
        var t = sentence.first
        while t < sentence.end {
            defer { t += 1 }
            guard quoteOf[t] < 0, t > coveredUntil, tokens[t].kind == .word else { continue }
            var clause: (start: Int, verbPhrase: Bool)?
            var cueEnd = t + 1
            var madeClear = false
            var answer: Int?
            if let that = madeItClear(t, sentence) {
                clause = (that + 1, false)
                cueEnd = that
                madeClear = true
            } else if let form = cueForm(t) {
                clause = reportedClause(after: t, form: form, sentence: sentence)
                if let c = clause, form.flags.contains(.directive) && form.flags.contains(.naming), tokens[t + 1].kind == .word,
                   tokens[t + 1].key == keyOf.on || tokens[t + 1].key == keyOf.upon || tokens[t + 1].key == keyOf.for,
                   c.start > t + 1 {
                    cueEnd = t + 2
                }
                if form.flags.contains(.particle) { cueEnd = t + 2 }  // "pointed out"
                // "46 percent said yes, …", "the candidate said no.", "half said so in May": a one-word answer.
                if clause == nil, form.flags.contains(.zeroThat), let a = oneWordAnswer(after: t, sentence) { answer = a; clause = (a, false) }
            }
            // "complaints by the union that …": a noun for what was said, its source after "by" or "from"; the clause is
            // the noun's also when a cue before it reaches it as its object ("responded to complaints by Jo Hale that …":
            // Hale's), not through an adjunct ("said in response to complaints by Jo Hale that …", "insisted, despite
            // warnings from the union, that …": the cue's).
            if let c = clause, c.start > t + 3, tokens[t + 1].key == keyOf.to || !tokens[t + 1].classes.contains(.prepositions),
               (t + 1..<c.start - 1).contains(where: { n in
                   contentNounSource(n, sentence)?.that == c.start - 1 && !(t + 1..<n).contains(where: { isPunct($0, 0x2C) }) }) { continue }
            var nounSource: SpeakerRef?
            if clause.map({ $0.start > t + 3 }) ?? true, let (that, source) = contentNounSource(t, sentence), clause.map({ $0.start == that + 1 }) ?? true {
                clause = (that + 1, false)
                nounSource = source
            }
            guard let clause else { continue }
            // A question or its topic ends at the first comma ("When asked about the vote, she said: “…”").
            let question = tokens[t].form?.flags.contains(.question) ?? false
            let comma = question ? (clause.start..<sentence.end).first(where: { quoteOf[$0] >= 0 || isPunct($0, 0x2C) || isPunct($0, 0x3A) || isPunct($0, 0x3B) }) : nil
            guard var last = answer ?? comma.flatMap({ isPunct($0, 0x2C) ? $0 : nil }).map({ trimmedLast($0 - 1, clause.start - 1) })
                    ?? clauseEnd(from: clause.start, cue: t, sentence: sentence, verbPhrase: clause.verbPhrase) else { continue }
            if question, let c = (clause.start...last).first(where: { quoteOf[$0] < 0 && (isPunct($0, 0x2C) || (isTopic(clause.start) && endsTopic($0, last))) }) {
                guard let trimmed = trimmedLast(c - 1, clause.start - 1) else { continue }
                last = trimmed
            }
            var cutFronted = false
            if clause.start > t, !(t + 1..<clause.start).contains(where: { isPunct($0, 0x2C) }),
               let cut = endOfFrontedClause(cue: t, clause.start, last, sentence) { last = cut; cutFronted = true }
            // "Having announced that …, the mayor left": the participle speaks for the subject of the main clause.
            let mainSubject = cutFronted && t - 1 == firstWord(sentence) && tokens[t - 1].key == keyOf.having
                ? sentenceSubject(from: last + 1, before: sentence.end) : nil
            let speaker = mainSubject ?? nounSource ?? (madeClear ? scanSubject(from: t - 1, limit: sentence.first, forward: false) : asker(t, before: clause.start) ?? speakerOfCue(t) ?? describedSubject(t)
                ?? (followsApposition(t) ? sentenceSubject(from: sentence.first, before: t) : nil))
            // "She was asked whether ...", "When asked about ...": the asker is not named. A pronoun
            // or quantifier no name resolves ("Some said …") keeps its words, with no speaker.
            let unresolved = speaker == nil ? bareSubject(t, sentence.first) ?? subjectPhrase(t, sentence.first) ?? appositionSubject(t, sentence)
                ?? participleSubject(t, sentence) ?? coordinatedSubject(t, sentence) ?? dashAsideSubject(t, sentence)
                ?? subordinateParticipleSubject(t, sentence) : nil
            guard speaker != nil || unresolved != nil || isAskedOfSubject(t, sentence.first) else { continue }
            addIndirect(clause.start, last, speaker: pollSource(t, speaker ?? unresolved, sentence) ?? speaker ?? unresolved,
                        cue: text(tokens[t].start, tokens[cueEnd - 1].end))
            coveredUntil = last
            if !found { firstCue = t }
            found = true
        }
        if !found {
            findAttributedClause(in: sentence)
        } else {
            // "Jo told aides that she would run, according to two people present.": the whole clause is the sources' report.
            findAttributedClause(in: sentence, nested: true)
            findOuterReport(sentence, after: firstCue, from: added)
        }
        if found, firstCue > sentence.first, let comma = commaBeforeOwnCue(firstCue, sentence.first) {
            // "CLAUSE, a spokesman told reporters, adding that …", "CLAUSE, said Jo Lee, who notes that …":
            // the clause before is reported too.
            findTrailingAttribution(sentence, clauseStart: adjunctComma(sentence).map { $0 + 1 } ?? afterDateline(sentence), before: comma)
        }
    }

    /// "Hale said the plan failed, the paper reported.", "Hale called it “doomed,” the source recalled,
    /// adding …": an attribution ending a sentence whose clause has a cue of its own reports the whole
    /// clause, as "according to" does; the clause reported inside it (from quotation `added` on) ends
    /// before its comma.
    private func findOuterReport(_ sentence: TextSentence, after cue: Int, from added: Int) {
        let end = sentence.end
        guard cue + 2 < end - 1 else { return }
        for comma in (cue + 2)..<(end - 1) {
            let closing = tokens[comma].kind == .close && isPunct(comma - 1, 0x2C)
            guard (isPunct(comma, 0x2C) && quoteOf[comma] < 0) || closing else { continue }
            let boundary = closing ? tokens[comma].end : tokens[comma].start
            let inner = (added..<quotations.count).filter { quotations[$0].kind == .indirect && quotations[$0].start < boundary && quotations[$0].end > boundary }
            guard !inner.isEmpty, let (speaker, k) = trailingAttribution(comma: comma, end) else { continue }
            let start = adjunctComma(sentence).flatMap { $0 < cue ? $0 + 1 : nil } ?? afterDateline(sentence)
            // Not the attribution of a quotation in a dash aside ("Hale denied it - “No,” she said - and …"),
            // nor the reported speaker again ("Hale said that … “…,” he said."), nor the answer to an opening
            // question ("Asked whether …, 70 percent said yes"), nor a relative clause (", a claim that Roe denied").
            guard cue > start, (cue..<comma).count(where: { quoteOf[$0] < 0 && isDash($0) }) % 2 == 0,
                  !inner.contains(where: { quotations[$0].speaker != nil && quotations[$0].speaker == speaker.name }),
                  !(comma + 1..<k).contains(where: { tokens[$0].key == keyOf.that }),
                  let last = closing ? comma : trimmedLast(comma - 1, start) else { return }
            for i in inner {
                quotations[i].end = tokens[last].end
                quotations[i].text = text(quotations[i].start, tokens[last].end)
            }
            addIndirect(start, last, speaker: speaker, cue: tokenText(k))
            return
        }
    }

    /// "complaints by the union that …", "a warning from Jo Hale, the harbour master, that …": a noun for what
    /// was said (`SpeechCues.contentNouns`) at `t`, its source after "by" or "from", then the "that" opening
    /// what was said, with no verb between (not "claims by officials who …", "warnings from the mayor that were …",
    /// nor a time: "warnings from last year that …").
    private func contentNounSource(_ t: Int, _ sentence: TextSentence) -> (that: Int, source: SpeakerRef)? {
        let end = sentence.end
        guard t + 3 < end, tokens[t + 1].kind == .word, tokens[t + 1].key == keyOf.by || tokens[t + 1].key == keyOf.from,
              SpeechCues.contentNouns.contains(tokens[t].key),
              let that = (t + 3..<min(end, t + 20)).first(where: { quoteOf[$0] >= 0 || tokens[$0].kind == .open || isSentenceEndPunct($0)
                  || isPunct($0, 0x3B) || isPunct($0, 0x3A) || (tokens[$0].kind == .word && (tokens[$0].key == keyOf.that
                  || tokens[$0].classes.contains(.auxiliaries) || isPastVerb($0) || cueForm($0) != nil || tokens[$0].classes.contains(.relativeWords))) }),
              tokens[that].kind == .word, tokens[that].key == keyOf.that, quoteOf[that] < 0, !isOtherThat(that, afterNoun: true, end),
              case let e = isPunct(that - 1, 0x2C) ? that - 1 : that, timePhraseStart(e - 1, t + 1) != t + 2,
              let source = attributedSource(t + 2, e) else { return nil }
        return (that, source)
    }

    /// The comma before cue `k` when the cue starts a participle or relative clause of its own after
    /// an attribution (", adding that …", ", who notes that …").
    private func commaBeforeOwnCue(_ k: Int, _ first: Int) -> Int? {
        if isIngWord(k) { return isPunct(k - 1, 0x2C) ? k - 1 : nil }
        let j = beforeAdverbs(k - 1, first)
        return j > first && tokens[j].kind == .word && tokens[j].key == keyOf.who && isPunct(j - 1, 0x2C) ? j - 1 : nil
    }

    /// "After the mayor said the ferry was late, the council …", "Weeks before she announced …, ": a cue in a
    /// subordinate clause opening the sentence (at most four words before its conjunction) reports up to
    /// the comma that closes that clause.
    private func endOfFrontedClause(cue k: Int, _ start: Int, _ last: Int, _ sentence: TextSentence) -> Int? {
        var j = k - 1
        let opener = firstWord(sentence)
        while j >= opener && tokens[j].kind == .word && !Self.subordinators.contains(tokens[j].key) { j -= 1 }
        guard j >= opener, j - opener <= 4, tokens[j].kind == .word,
              (opener..<j).allSatisfy({ tokens[$0].kind == .word && cueForm($0) == nil }),
              let comma = (start...last).first(where: { (quoteOf[$0] < 0 && isPunct($0, 0x2C)) || (tokens[$0].kind == .close && isPunct($0 - 1, 0x2C)) })
        else { return nil }
        return tokens[comma].kind == .close ? comma : trimmedLast(comma - 1, start)
    }

    /// "said and left", "what she says and does": a coordinator after a cue starts no clause.
    static let coordinators = SpeechCues.keys("and but or")

    /// "reported just today", "said late last week": words of time alone up to the next punctuation, an
    /// adjunct of the speaking rather than what was said.
    private func isTimePhrase(_ u: Int, _ end: Int) -> Bool {
        var v = u
        while v < end && tokens[v].kind == .word && quoteOf[v] < 0 {
            let tok = tokens[v]
            guard tok.classes.contains(.calendarWords) || Self.timeAdverbs.contains(tok.key) || SpeechCues.timeWords.contains(tok.key)
                    || Self.timeQualifiers.contains(tok.key) else { return false }
            v += 1
        }
        return v > u && v < end && tokens[v].kind == .punct
    }

    private static let timeQualifiers = SpeechCues.keys("just late early ago night morning afternoon evening weekend")

    private static let subordinators = SpeechCues.keys(SpeechCues.subordinatorWords + " once unless if having")

    /// "made it clear that": returns the token of "that" (asked of every word, so inlined).
    @inline(__always) private func madeItClear(_ t: Int, _ sentence: TextSentence) -> Int? {
        let key = tokens[t].key
        guard key == keyOf.made || key == keyOf.make || key == keyOf.makes || key == keyOf.making else { return nil }
        var j = t + 1
        if j < sentence.end && tokens[j].key == keyOf.it { j += 1 }
        guard j + 1 < sentence.end, tokens[j].key == keyOf.clear, tokens[j + 1].key == keyOf.that else { return nil }
        return j + 1
    }

    private func addIndirect(_ first: Int, _ last: Int, speaker: SpeakerRef?, cue: String) {
        let start = tokens[first].start, end = tokens[last].end
        let named = speaker.map { !$0.name.isEmpty } ?? false
        quotations.append(Quotation(kind: .indirect, start: start, end: end, text: text(start, end), speaker: named ? speaker?.name : nil,
                                    asWritten: speaker?.written, cue: cue, speakerKind: named ? speaker?.kind : nil,
                                    speakerMention: speaker?.mention, speakerMembers: named ? speaker?.members ?? [] : []))
    }

    /// "According to a Gallup survey, 48 percent said …", "A Harris poll in May found that most voters
    /// said …", "… voters say …, according to the poll": respondents (no named person) answer for the
    /// poll the sentence gives as the source; "the poll" is the one named last.
    private func pollSource(_ k: Int, _ subject: SpeakerRef?, _ sentence: TextSentence) -> SpeakerRef? {
        // Respondents: words naming no one, a people, or a share of a group ("75 percent of Republicans").
        guard let subject, subject.mention.map({ (subject.kind == .organisation && isPeople(subject.name)) || isShareOf(mentionTokens[$0].lowerBound) }) ?? true
        else { return nil }
        for h in sentence.first..<sentence.end where tokens[h].kind == .word && quoteOf[h] < 0 && Self.pollHeads.contains(tokens[h].key) {
            let s = pollPhraseStart(h, sentence.first)
            let according = s >= sentence.first + 2 && tokens[s - 1].key == keyOf.to && tokens[s - 2].key == keyOf.according
            // "A poll showed that most voters said": the respondents in the finding's clause.
            let finding = h < k && ((h + 1)..<min(h + 6, k)).contains { f in
                Self.findingVerbs.contains(tokens[f].key) && ((h + 1)..<f).allSatisfy { tokens[$0].kind != .punct && cueForm($0) == nil }
                    && (tokens[f + 1].key == keyOf.that || ((f + 1)..<k).allSatisfy { tokens[$0].kind != .punct })
            }
            // "In a Gazette poll released Monday, likely voters said": a poll or survey opening the sentence after
            // "in" speaks for its respondents (not a study for its authors, nor a pronoun: "In another study, they …").
            let fronted = s - 1 == firstWord(sentence) && tokens[s - 1].key == keyOf.inWord && Self.surveyHeads.contains(tokens[h].key)
                && ((h + 1)..<k).contains { isPunct($0, 0x2C) && quoteOf[$0] < 0 }
                && !tokens[beforeAdverbs(k - 1, sentence.first)].classes.contains(.subjectPronouns)
            guard according || finding || fronted else { continue }
            var n = s
            while n < h && tokens[n].classes.contains(.determiners) { n += 1 }
            let written = text(tokens[s].start, tokens[h].end)
            if !(n..<h).contains(where: { tokens[$0].capitalised }) {
                // "the poll": the poll named last, within a few sentences.
                var b = s - 1
                while b >= 0 && b > s - 200 {
                    if tokens[b].kind == .word && quoteOf[b] < 0 && Self.pollHeads.contains(tokens[b].key),
                       case let e = pollPhraseStart(b, 0), let c = (e..<b).first(where: { tokens[$0].capitalised && !tokens[$0].classes.contains(.determiners) }) {
                        return SpeakerRef(name: text(tokens[c].start, tokens[b].end), kind: .organisation, mention: nil, written: written)
                    }
                    b -= 1
                }
            }
            return SpeakerRef(name: text(tokens[n].start, tokens[h].end), kind: .organisation, mention: nil, written: written)
        }
        return nil
    }

    /// The first token of the noun phrase a poll head `h` ends: its determiner, modifiers and names
    /// ("a new Reuters/Ipsos poll", "the CNN-ORC survey"), at most six tokens.
    private func pollPhraseStart(_ h: Int, _ first: Int) -> Int {
        var s = h
        while s > first && h - s < 6 && quoteOf[s - 1] < 0 {
            let tok = tokens[s - 1]
            if tok.kind == .word && tok.classes.contains(.determiners) { return s - 1 }
            let joint = isPunct(s - 1, 0x2F) || isPunct(s - 1, 0x2D)
            guard joint || tok.kind == .number || tok.kind == .possessive
                    || (tok.kind == .word && (tok.form == nil || tok.capitalised) && tok.classes.isDisjoint(with: [.prepositions, .auxiliaries, .subjectPronouns])
                        && !tok.classes.contains(.clauseJoints) && !isPastVerb(s - 1)) else { break }
            s -= 1
        }
        return s
    }

    /// "Americans", "Ohioans": a nation's people, who answer polls as a group.
    private func isPeople(_ name: String) -> Bool {
        name.hasSuffix("s") && !name.utf8.contains(0x20) && Gazetteer.adjective[WordKey.string(String(name.dropLast()))] != nil
    }

    private static let surveyWords = "poll polls survey surveys"
    private static let pollHeads = SpeechCues.keys(surveyWords + " study analysis")
    private static let surveyHeads = SpeechCues.keys(surveyWords)
    private static let findingVerbs = SpeechCues.keys("found finds showed shows showing suggests suggested indicates indicated")

    private static let quantifierSubjects = SpeechCues.keys("some others another many most few several both all")

    /// The subject right before cue `k` when it is a pronoun or a quantifier that names no one
    /// ("She says …", "Some said …", "Let me say …"): its words, with an empty name; "I" is the writer a
    /// first-person piece names (`writer(at:)`).
    func bareSubject(_ k: Int, _ first: Int) -> SpeakerRef? {
        guard !isPassiveCue(k, first) else { return nil }  // "It was reported that"
        let j = beforeAside(beforeAdverbs(k - 1, first), first)
        guard j >= first, tokens[j].kind == .word, quoteOf[j] < 0 else { return nil }
        // "Let me (just) say".
        if let me = j > first && isLetMe(j) ? j : (j > first + 1 && isLowerWord(j) && isLetMe(j - 1) ? j - 1 : nil) {
            return writer(at: me) ?? SpeakerRef(name: "", kind: .person, mention: nil, written: tokenText(me))
        }
        let c = tokens[j].classes
        guard c.contains(.personPronouns) || c.contains(.thingPronouns) || Self.quantifierSubjects.contains(tokens[j].key)
              || (c.contains(.subjectPronouns) && tokens[j].key != Self.there) else { return nil }
        // It starts its clause: the sentence, or after a comma, a conjunction, a dash or a relative ("which I said").
        guard j == first || tokens[j - 1].kind == .punct || tokens[j - 1].classes.contains(.clauseJoints)
                || Self.clauseStartRelatives.contains(tokens[j - 1].key) else { return nil }
        return writer(at: j) ?? SpeakerRef(name: "", kind: .person, mention: nil, written: tokenText(j))
    }

    /// The token before an aside set off by commas that ends at `j` ("Others, however, say",
    /// "The growers, for example, said"), or `j` when there is none.
    private func beforeAside(_ j: Int, _ first: Int) -> Int {
        guard j - 3 >= first, isPunct(j, 0x2C), tokens[j - 1].kind == .word else { return j }
        if Self.asides.contains(tokens[j - 1].key) && isPunct(j - 2, 0x2C) { return j - 3 }
        if j - 4 >= first, Self.asideEnds.contains(tokens[j - 1].key), Self.asideStarts.contains(tokens[j - 2].key), isPunct(j - 3, 0x2C) { return j - 4 }
        // "Others, reacting to the news, shouted": a participle's phrase set off by commas.
        if let c = (max(first, j - 16)..<(j - 1)).last(where: { tokens[$0].kind != .word && tokens[$0].kind != .possessive && tokens[$0].kind != .number }),
           c > first, isPunct(c, 0x2C), isIngWord(c + 1), cueForm(c + 1) == nil { return c - 1 }
        return j
    }

    private static let asides = SpeechCues.keys("however though too meanwhile instead moreover nonetheless")
    private static let asideStarts = SpeechCues.keys("for in of")
    private static let asideEnds = SpeechCues.keys("example instance turn course")

    /// The subject right before cue `k` when no name or pronoun rule resolves it ("More than half of
    /// the voters said …", "29 percent (and 43 percent of Republicans) said …"): its words, with an
    /// empty name. A noun phrase of at most eight words that starts its clause, with no verb in it.
    private func subjectPhrase(_ k: Int, _ first: Int) -> SpeakerRef? {
        guard !isPassiveCue(k, first) else { return nil }
        var j = beforeAllAdverbs(k - 1, first)
        if hasTo(j, k) { return nil }  // "refused to say": not a statement made
        j = beforeAside(j, first)
        // "A third of independents, 33%, say": a share between commas.
        if j > first + 2 && isPunct(j, 0x2C), let o = (max(first, j - 4)..<j).last(where: { isPunct($0, 0x2C) }), o < j - 1,
           ((o + 1)..<j).allSatisfy({ tokens[$0].kind == .number || isPunct($0, 0x25) }) {
            j = o - 1
        }
        if j > first && isPunct(j, 0x29) {  // an aside before the cue: "29 percent (and … of them) said"
            var o = j - 1
            while o > first && !isPunct(o, 0x28) && j - o < 12 { o -= 1 }
            guard isPunct(o, 0x28) else { return nil }
            j = o - 1
        }
        // "23 percent who said …", "a voter, who said …": the antecedent speaks.
        let relative = j > first && tokens[j].kind == .word && tokens[j].key == keyOf.who
        if relative {
            j -= 1
            if j > first && isPunct(j, 0x2C) { j -= 1 }
        }
        let last = j
        func inPhrase(_ i: Int) -> Bool {
            let tok = tokens[i]
            if quoteOf[i] >= 0 { return false }
            if tok.kind == .number || tok.kind == .possessive || (tok.kind == .punct && tok.mark == 0x25) { return true }
            // "voters polled", "veterans interviewed at the rallies": a participle after its noun; "the planning": a noun.
            let participle = isPastVerb(i) && i > first && isNounBefore(i - 1) && (i == last || tokens[i + 1].classes.contains(.prepositions))
            // "the planning", "hacking specialists" (an -ing word opening the phrase before its noun).
            let gerundNoun = isIngWord(i) && ((i > first && (tokens[i - 1].classes.contains(.determiners) || tokens[i - 1].kind == .possessive))
                || (i < last && isNounBefore(i + 1) && (i == first || tokens[i - 1].classes.contains(.clauseJoints))))
            guard tok.kind == .word, tok.form == nil || cueForm(i) == nil, !isPastVerb(i) || participle, !isIngWord(i) || gerundNoun else { return false }
            let c = tok.classes
            // "the head of the delegation to the forum": "to" before a noun phrase is a preposition.
            if tok.key == keyOf.to && i < last && (tokens[i + 1].classes.contains(.determiners) || tokens[i + 1].capitalised) { return true }
            return !c.contains(.auxiliaries) && !c.contains(.betweenSubjectAndCue) && !c.contains(.subjectPronouns)
                && !tok.classes.contains(.clauseJoints) && !tok.classes.contains(.relativeWords) && tok.key != keyOf.that
        }
        while j >= first && last - j < 14 && inPhrase(j) { j -= 1 }
        guard j < last, relative || j < first || tokens[j].kind == .punct || tokens[j].classes.contains(.clauseJoints)
                || Self.clauseStartRelatives.contains(tokens[j].key) else {
            return relativeSubject(k, first)
        }
        var s = j + 1
        if j < first, let t = afterOpeningTimePhrase(s, last) { s = t }  // "Two weeks after the storm hit the harbour master said"
        while s <= last && tokens[s].kind == .word && (tokens[s].classes.contains(.prepositions) || tokens[s].classes.contains(.adjunctStarters)) { s += 1 }
        guard s <= last, tokens[last].kind == .word || tokens[last].kind == .number || isPunct(last, 0x25),
              !tokens[last].classes.contains(.prepositions), !tokens[last].classes.contains(.determiners) else { return nil }
        // "Sen. Jo Hale (D-Maine), a supporter of the levy the council passed in May told": a longer apposition
        // missing its closing comma describes the name before it, as a short one does (`describedSubject`).
        if s == j + 1, s < last, tokens[s].classes.contains(.determiners), let person = nameBeforeApposition(comma: j, first: first) { return person }
        return SpeakerRef(name: "", kind: .person, mention: nil, written: text(tokens[s].start, tokens[last].end))
    }

    /// Whether token `i` can end a noun: a word that is no function word, verb or cue.
    private func isNounBefore(_ i: Int) -> Bool {
        tokens[i].kind == .word && tokens[i].form == nil && !isPastVerb(i) && !Self.objectPronouns.contains(tokens[i].key)
            && tokens[i].classes.isDisjoint(with: [.determiners, .prepositions, .auxiliaries, .betweenSubjectAndCue, .subjectPronouns])
    }

    /// "Rae Lind, a pastor from Salem, Ore., said …", "Several towns, including Salem, say …": the
    /// noun phrase opening the sentence (up to six words, no verb) before an apposition between commas
    /// that runs to cue `k`, when no name rule resolves it; its words, with an empty name.
    private func appositionSubject(_ k: Int, _ sentence: TextSentence) -> SpeakerRef? {
        guard followsApposition(k), !isPassiveCue(k, sentence.first) else { return nil }
        var first = firstWord(sentence)
        guard first < k, var comma = (first..<k).first(where: { isPunct($0, 0x2C) }), comma > first, comma - first <= 6 else { return nil }
        // "Last month, the Courier, a weekly, revealed": the subject follows an opening time phrase.
        if timePhraseStart(comma - 1, first - 1) == first, let next = (comma + 1..<k).first(where: { isPunct($0, 0x2C) }), next - comma - 1 <= 6 {
            (first, comma) = (comma + 1, next)
        }
        guard comma > first else { return nil }
        let opener = tokens[first]
        guard !opener.classes.contains(.prepositions), !opener.classes.contains(.adjunctStarters), !opener.classes.contains(.timeWords),
              !opener.classes.contains(.calendarWords), !opener.classes.contains(.clauseJoints), !Self.asides.contains(opener.key),
              !isParticipleForm(first) else { return nil }
        for j in first..<comma {
            let tok = tokens[j]
            guard quoteOf[j] < 0, tok.kind == .word || tok.kind == .possessive || tok.kind == .number, tok.form == nil,
                  !tok.classes.contains(.auxiliaries), !tok.classes.contains(.betweenSubjectAndCue), !isPastVerb(j),
                  !tok.classes.contains(.relativeWords), tok.key != keyOf.that else { return nil }
        }
        // The apposition: no quotation, cue, verb or sentence end of its own.
        for j in (comma + 1)..<k where quoteOf[j] >= 0 || cueForm(j) != nil || isSentenceEndPunct(j) || isPunct(j, 0x3B) || isPunct(j, 0x3A) { return nil }
        guard tokens[comma - 1].kind == .word, !tokens[comma - 1].classes.contains(.prepositions) else { return nil }
        return SpeakerRef(name: "", kind: .person, mention: nil, written: text(tokens[first].start, tokens[comma - 1].end))
    }

    /// "The agencies declined to comment, saying …": for a participle cue after a comma, the subject
    /// phrase before the first verb of its clause when no name gives it; its words, with an empty name.
    private func participleSubject(_ k: Int, _ sentence: TextSentence) -> SpeakerRef? {
        guard tokens[k].form?.participle ?? false, k > 0, isPunct(k - 1, 0x2C) else { return nil }
        let start = adjunctComma(sentence).flatMap { $0 < k ? $0 + 1 : nil } ?? afterDateline(sentence)
        guard let v = (start..<k).first(where: { tokens[$0].kind == .word && quoteOf[$0] < 0 && (isPastVerb($0) || Self.pastForms.contains(tokens[$0].key)
                || tokens[$0].classes.contains(.auxiliaries) || cueForm($0) != nil) }), v > start else { return nil }
        return subjectPhrase(v, start)
    }

    /// "The mayor — in a speech that drew cheers — declared …": for a cue after an aside between dashes,
    /// the subject before the aside.
    private func dashAsideSubject(_ k: Int, _ sentence: TextSentence) -> SpeakerRef? {
        let close = beforeAdverbs(k - 1, sentence.first)
        guard close > sentence.first + 1, isDash(close),
              let open = (max(sentence.first, close - 30)..<close).last(where: { isDash($0) && quoteOf[$0] < 0 }), open > sentence.first else { return nil }
        return scanSubject(from: open - 1, limit: sentence.first, forward: false) ?? subjectPhrase(open, sentence.first)
    }

    /// "…, while also saying that …", "By saying that …, the mayor …": a participle cue after a
    /// conjunction or "by" speaks for the subject of the main clause.
    private func subordinateParticipleSubject(_ k: Int, _ sentence: TextSentence) -> SpeakerRef? {
        guard tokens[k].form?.participle ?? false else { return nil }
        let j = beforeAdverbs(k - 1, sentence.first)
        guard j >= sentence.first, tokens[j].kind == .word, Self.subordinators.contains(tokens[j].key) || tokens[j].key == keyOf.by else { return nil }
        if j == firstWord(sentence) {
            guard let comma = ((k + 1)..<sentence.end).first(where: { quoteOf[$0] < 0 && isPunct($0, 0x2C) }) else { return nil }
            return sentenceSubject(from: comma + 1, before: sentence.end)
        }
        // The subject of the clause the conjunction belongs to (", while her rival, Jo Hale, won by saying").
        let clause = (sentence.first..<(j - 1)).last(where: { isPunct($0, 0x2C) && quoteOf[$0] < 0 && tokens[$0 + 1].kind == .word
            && (Self.subordinators.contains(tokens[$0 + 1].key) || tokens[$0 + 1].classes.contains(.clauseJoints)) }).map { $0 + 2 }
        return sentenceSubject(from: clause ?? sentence.first, before: j)
    }

    /// "The crew held a short meeting and told …", "the filing named two witnesses and said …": for a cue
    /// after "and", the noun phrase (up to eight words) opening the sentence before its first verb, when
    /// the verb phrase runs to the cue with no clause of its own; its words, with an empty name.
    private func coordinatedSubject(_ k: Int, _ sentence: TextSentence) -> SpeakerRef? {
        let j = beforeAllAdverbs(k - 1, sentence.first)
        guard j > sentence.first, !hasTo(j, k), tokens[j].kind == .word, tokens[j].key == keyOf.and, !isPunct(j - 1, 0x2C) else { return nil }
        let start = adjunctComma(sentence).flatMap { $0 < j ? $0 + 1 : nil } ?? afterDateline(sentence)
        var v = start
        while v < j && v - start <= 8 && quoteOf[v] < 0 && (tokens[v].kind == .word || tokens[v].kind == .possessive || tokens[v].kind == .number)
                && tokens[v].form == nil && !tokens[v].classes.contains(.auxiliaries) && !isPastVerb(v) && !Self.pastForms.contains(tokens[v].key)
                && !tokens[v].classes.contains(.subjectPronouns) && !tokens[v].classes.contains(.prepositions) && !tokens[v].classes.contains(.clauseJoints) { v += 1 }
        guard v > start, v < j, tokens[v].kind == .word, isPastVerb(v) || Self.pastForms.contains(tokens[v].key) || cueForm(v)?.past ?? false,
              ((v + 1)..<j).allSatisfy({ quoteOf[$0] < 0 && !isSentenceEndPunct($0) && !isPunct($0, 0x2C) && !isPunct($0, 0x3B) && !isPunct($0, 0x3A)
                  && !tokens[$0].classes.contains(.subjectPronouns) && tokens[$0].key != keyOf.that && !tokens[$0].classes.contains(.relativeWords)
                  && !tokens[$0].classes.contains(.clauseJoints) }) else { return nil }
        return scanSubject(from: v - 1, limit: start, forward: false) ?? SpeakerRef(name: "", kind: .person, mention: nil, written: text(tokens[start].start, tokens[v - 1].end))
    }

    /// "Supporters who have heard from the campaign say …", "groups that endorsed him say …": the noun
    /// phrase (up to four words, starting its clause) before a relative clause that runs to cue `k`
    /// with no comma and no cue of its own; its words, with an empty name.
    private func relativeSubject(_ k: Int, _ first: Int) -> SpeakerRef? {
        guard k > first + 2, let r = (max(first + 1, k - 14)..<k).last(where: { tokens[$0].kind == .word && Self.relativeStarts.contains(tokens[$0].key) }),
              ((r + 1)..<k).allSatisfy({ quoteOf[$0] < 0 && tokens[$0].kind != .punct && cueForm($0) == nil }) else { return nil }
        var s = r - 1
        while s >= first && r - s <= 4 && quoteOf[s] < 0 && (tokens[s].kind == .word || tokens[s].kind == .possessive)
                && tokens[s].form == nil && !tokens[s].classes.contains(.auxiliaries) && !tokens[s].classes.contains(.prepositions)
                && !tokens[s].classes.contains(.subjectPronouns) && !tokens[s].classes.contains(.clauseJoints) { s -= 1 }
        guard s < r - 1, s < first || tokens[s].kind == .punct || tokens[s].classes.contains(.clauseJoints),
              tokens[r - 1].kind == .word, !tokens[r - 1].classes.contains(.determiners) else { return nil }
        return SpeakerRef(name: "", kind: .person, mention: nil, written: text(tokens[s + 1].start, tokens[r - 1].end))
    }

    private static let relativeStarts = SpeechCues.keys("who that")
    private static let there = WordKey.hash("there")
    private static let indefinites = SpeechCues.keys("a an")
    private static let plainSubjects = SpeechCues.keys("they we")
    /// Conjunctions that open the narrator's contrast after an attribution (", X reported, while …").
    private static let contrastJoints = SpeechCues.keys("while whereas")

    /// "When asked by a reporter whether …", "Asked by Jo Hale if …": the one who asks, named between
    /// "by" and the question starting at `start` (a description keeps its words, with an empty name).
    private func asker(_ k: Int, before start: Int) -> SpeakerRef? {
        guard tokens[k].form?.flags.contains(.question) ?? false, k + 2 < start, tokens[k + 1].key == keyOf.by,
              ((k + 2)..<start).allSatisfy({ quoteOf[$0] < 0 && tokens[$0].kind != .punct }) else { return nil }
        if let named = scanSubject(from: start - 1, limit: k + 2, forward: true), !named.name.isEmpty { return named }
        return SpeakerRef(name: "", kind: .person, mention: nil, written: text(tokens[k + 2].start, tokens[start - 1].end))
    }

    /// A question cue whose subject is the one asked ("was asked", "when asked", "Asked about").
    private func isAskedOfSubject(_ k: Int, _ first: Int) -> Bool {
        guard let form = cueForm(k), form.flags.contains(.question), form.past else { return false }
        if isPassiveCue(k, first) || k == first { return true }
        let before = tokens[k - 1]
        return before.kind == .punct || (before.kind == .word && before.classes.contains(.adjunctStarters))
    }

    /// "Jo Ames, 22, of Salem, Ore., said": the cue follows the comma closing an apposition, so the
    /// speaker is the subject the sentence starts with.
    private func followsApposition(_ k: Int) -> Bool {
        let j = beforeAdverbs(k - 1, 0)
        return j >= 0 && isPunct(j, 0x2C)
    }

    /// "A spokesman for her said the …": "her" after a preposition, right before the cue, and a clause opening after the
    /// cue ("that", a determiner, a pronoun, a comma, colon or quotation mark, or a finite clause: "said Dale would …") is
    /// the preposition's object, not an owner ("her reported worth", "pointed to her reported Senate bid").
    func isObjectBeforeClause(_ b: Int, _ k: Int, _ sentence: TextSentence) -> Bool {
        guard b == k - 1, b > sentence.first, tokens[b].key == keyOf.her, tokens[b - 1].classes.contains(.prepositions), k + 1 < sentence.end else { return false }
        let next = tokens[k + 1]
        return next.key == keyOf.that || next.classes.contains(.determiners) || next.classes.contains(.subjectPronouns)
            || next.kind == .open || isPunct(k + 1, 0x3A) || isPunct(k + 1, 0x2C) || startsFiniteClause(k + 1, sentence.end)
    }

    /// The first token of the clause reported by the cue at `k`, and whether it is a verb phrase
    /// (infinitive or gerund) rather than a finite clause.
    private func reportedClause(after k: Int, form: CueForm, sentence: TextSentence) -> (start: Int, verbPhrase: Bool)? {
        let end = sentence.end
        var t = k + 1
        guard t < end, !form.flags.contains(.attributionOnly), !isWritersAside(k, sentence.first) else { return nil }
        // "his reported net worth", "the previously announced plan": a participle used as an adjective.
        if form.past, case let b = beforeMannerAdverbs(k - 1, sentence.first), b >= sentence.first,
           (tokens[b].kind == .possessive && b > sentence.first && tokens[b - 1].kind == .word && !tokens[b - 1].classes.contains(.subjectPronouns)
            && !tokens[b - 1].classes.contains(.relativeWords) && tokens[b - 1].key != keyOf.that)  // not "he's said"
            || (tokens[b].kind == .word && (Self.articles.contains(tokens[b].key) || tokens[b].classes.contains(.prepositions))
                && !isObjectBeforeClause(b, k, sentence)) { return nil }
        let flags = form.flags
        func word(_ i: Int) -> Bool { i < end && tokens[i].kind == .word }
        if flags.contains(.particle) {  // point out
            guard word(t) && tokens[t].key == keyOf.out else { return nil }
            t += 1
        }
        while word(t) && tokens[t].classes.contains(.betweenSubjectAndCue) && !tokens[t].classes.contains(.auxiliaries)
                && tokens[t].key != keyOf.to { t += 1 }  // "said repeatedly that"
        // "argued forcefully that", "said cheerfully on the radio": a manner adverb before "that" or an adjunct.
        // "said calmly as the band played": an adjunct of the speaking after the adverb.
        if word(t) && isMannerAdverb(t) && word(t + 1) && (tokens[t + 1].key == keyOf.that || tokens[t + 1].classes.contains(.prepositions)
                                                           || Self.adjunctConjunctions.contains(tokens[t + 1].key)) { t += 1 }
        if flags.contains(.directive) && flags.contains(.naming) {  // call on / upon / for
            guard word(t) else { return nil }
            let key = tokens[t].key
            if key == keyOf.for { return word(t + 1) && isIngWord(t + 1) ? (t + 1, true) : nil }
            guard key == keyOf.on || key == keyOf.upon else { return nil }
            t += 1
        }
        // "As Jo Hale told the paper on Monday, …": the clause after the attribution's comma; not after a
        // participle, which tells what went on meanwhile ("As Hale began posting photos of it, his son said …").
        if !form.participle, isAsAttribution(k, sentence), !canBeNoun(k), !isPassiveCue(k, sentence.first),
           !(sentence.first..<k).contains(where: { tokens[$0].classes.contains(.relativeWords) }),
           let c = (t..<min(end, t + 12)).first(where: { isPunct($0, 0x2C) || tokens[$0].kind != .word && tokens[$0].kind != .possessive
                && tokens[$0].kind != .number || quoteOf[$0] >= 0 || cueForm($0) != nil || tokens[$0].key == keyOf.that
                || tokens[$0].classes.contains(.questionWords) }), c > t, isPunct(c, 0x2C), word(c + 1) {
            return (c + 1, false)
        }
        if flags.contains(.question), let start = questionStart(t, end) { return start }
        if flags.contains(.directive) {
            var sawAddressee = isPassiveCue(k, sentence.first)
            var u = t
            while u < min(end, t + 18) {
                if quoteOf[u] >= 0 { break }
                let tok = tokens[u]
                if tok.key == keyOf.to && tok.kind == .word && u + 1 < end
                    && (tokens[u + 1].kind == .word || tokens[u + 1].kind == .open) && u > t {
                    if (sawAddressee || isAddresseePhrase(t, u)) && startsInfinitive(u + 1) { return (u, true) }
                    break
                }
                // "told aides that …": a that-clause, not a directive.
                // "If …, Jo Hale warned, growers plan to …": the comma ends the attribution; no directive crosses it.
                if isSentenceEndPunct(u) || isPunct(u, 0x3B) || isPunct(u, 0x3A) || (u == t && isPunct(u, 0x2C)) || (u > t && cueForm(u) != nil)
                    || (tok.kind == .word && tok.key == keyOf.that) { break }
                if mentionAt[u] >= 0 || tok.classes.contains(.addresseeNouns) { sawAddressee = true }
                u += 1
            }
            if !flags.contains(.clause) { return nil }
        }
        if flags.contains(.infinitive) && word(t) && tokens[t].key == keyOf.to && word(t + 1) && startsInfinitive(t + 1) { return (t, true) }
        // "admitted carrying …", not "admitted during an interview": a preposition in "-ing" is no gerund.
        if flags.contains(.gerund) && word(t) && isIngWord(t) && !tokens[t].classes.contains(.innerParticiples)
            && !tokens[t].classes.contains(.prepositions) { return (t, true) }
        if flags.contains(.stance) {
            var u = t
            if word(u) && tokens[u].classes.contains(.determiners) { u += 1 }
            if word(u) && tokens[u].classes.contains(.stanceNouns) && word(u + 1) && tokens[u + 1].key == keyOf.that && !isOtherThat(u + 1, afterNoun: true, end) {
                return (u + 2, false)
            }
            return nil
        }
        guard flags.contains(.clause) else { return nil }
        if word(t) && tokens[t].key == keyOf.that {
            return isOtherThat(t, afterNoun: canBeNoun(k), end) ? nil : (clauseStart(afterThat: t), false)
        }
        // "explained how …", "did not say whether …": an indirect question. After "say" only when the
        // answer is withheld ("said when he arrived" is an adjunct); "when" and "if" only then.
        if word(t), quoteOf[t] < 0, tokens[t].classes.contains(.questionWords), !isPassiveCue(k, sentence.first) {
            let adjunctLike = flags.contains(.zeroThat) || tokens[t].key == Self.when || tokens[t].key == Self.ifWord
            if isWithheld(k, sentence.first) { return (t, false) }
            // Not a cue after "to" or "help" ("difficult to predict how", "helps explain why"), nor one
            // whose subject is "which" ("which often reveals whether").
            let j = beforeAdverbs(k - 1, sentence.first)
            if !adjunctLike && !hasTo(j, k) && !(j >= sentence.first && tokens[j].kind == .word
                && (Self.helpForms.contains(tokens[j].key) || tokens[j].classes.contains(.relativeWords))) { return (t, false) }
        }
        if isPunct(t, 0x2C) {
            // "As the Post reported, …": the sentence's clause after the comma is what was reported.
            if isAsAttribution(k, sentence), word(t + 1) { return (t + 1, false) }
            var c = t + 1
            while c < min(end, t + 20) && !isPunct(c, 0x2C) && quoteOf[c] < 0 && !isSentenceEndPunct(c) { c += 1 }
            // "The files show, he said in an interview, that …": an attribution opening the words between the
            // commas reports the clause, not this cue's subject; its own cue finds it. Not one further in
            // (", in a report Roe wrote, that").
            let asideCue = !word(t + 1) ? c : tokens[t + 1].classes.contains(.subjectPronouns) ? t + 2
                : mentionAt[t + 1] >= 0 ? mentionTokens[Int(mentionAt[t + 1])].upperBound : c
            if c < end && isPunct(c, 0x2C) && word(c + 1) && tokens[c + 1].key == keyOf.that && !(asideCue < c && cueForm(asideCue) != nil) {
                return (c + 2, false)
            }
            return nil
        }
        var u = t
        if flags.contains(.zeroThat) && startsWithDemonstrative(u, end) { return (u, false) }  // "said this was …"
        if flags.contains(.zeroThat) && startsWithQuantity(u, end) { return (u, false) }  // "said about half of …"
        // "said “local forces” must lead", "testified “thousands” of emails had …": a short quotation opening the clause.
        if u < end && tokens[u].kind == .open && opensMixedClause(u), let close = quotes[Int(quoteOf[u])].close,
           ((close + 1)..<min(end, close + 5)).contains(where: { tokens[$0].kind == .word && quoteOf[$0] < 0
               && (tokens[$0].classes.contains(.auxiliaries) || isPastVerb($0) || Self.pastForms.contains(tokens[$0].key)) }) {
            return (u, false)
        }
        if u < end && isDash(u), let that = thatAfterAdjunct(u + 1, end) { return (that + 1, false) }
        // "says despite being a Salem native, she plans …": a concession fronted in the clause, up to a comma and the
        // clause's subject, is part of what was said.
        if flags.contains(.zeroThat) && word(u) && Self.concessions.contains(tokens[u].key),
           let c = (u + 2..<min(end, u + 14)).first(where: { tokens[$0].kind != .word && tokens[$0].kind != .possessive && tokens[$0].kind != .number }),
           isPunct(c, 0x2C), word(c + 1), tokens[c + 1].classes.contains(.subjectPronouns) || startsFiniteClause(c + 1, end) {
            return (u, false)
        }
        if word(u) && (tokens[u].classes.contains(.prepositions) || tokens[u].classes.contains(.calendarWords)
                       || Self.timeAdverbs.contains(tokens[u].key) || tokens[u].classes.contains(.timeRelations)
                       || flags.contains(.addressee)) {
            var v = u
            // After what was spoken of ("recalled of a meeting she had …", not "boasted of how …") or a noun ("this claim
            // on a remark Roe made", "defended Roe's remarks on the pier when the mayor came under attack"), a clause
            // without "that" is a relative clause on the noun before it, or an adjunct.
            let relativeOnly = (tokens[u].key == keyOf.of && !(u + 1 < end && tokens[u + 1].classes.contains(.questionWords)))
                || (canBeNoun(k) && k > sentence.first && (tokens[k - 1].classes.contains(.determiners) || tokens[k - 1].kind == .possessive))
            while v < min(end, u + 14) && (tokens[v].kind == .word || tokens[v].kind == .number || tokens[v].kind == .possessive)
                    && tokens[v].key != keyOf.that && cueForm(v) == nil {
                // "suggested after she won", "told aides as he left": a pronoun after a conjunction starts an adjunct.
                if !relativeOnly && v > u && v < u + 8 && tokens[v].classes.contains(.subjectPronouns) && !tokens[v - 1].classes.contains(.prepositions)
                    && !Self.subordinators.contains(tokens[v - 1].key) && tokens[v - 1].key != keyOf.as {
                    return (v, false)
                }
                // "told reporters this was …", "said Tuesday his plan is …": a subject and its finite verb after the addressee
                // or time; not a later word of an addressee's name ("told the Harbor Times the pier …", "told The Harbor Times
                // he was …"), nor
                // an adjunct's clause ("commented on the levy when the mayor came under attack").
                if !relativeOnly && v > u && v < u + 6 && !tokens[v - 1].classes.contains(.prepositions) && !tokens[v - 1].classes.contains(.determiners)
                    && !Self.subordinators.contains(tokens[v - 1].key) && tokens[v - 1].key != keyOf.as
                    && !tokens[v].classes.contains(.calendarWords) && !isPassiveCue(k, sentence.first)
                    && !endsName(v, end)
                    && (startsFiniteClause(v, end) || startsWithDemonstrative(v, end)) {
                    return (v, false)
                }
                v += 1
            }
            if word(v) && tokens[v].key == keyOf.that && v > u { return isOtherThat(v, afterNoun: true, end) ? nil : (clauseStart(afterThat: v), false) }
            if let that = thatAfterAdjunct(v, end) { return (clauseStart(afterThat: that), false) }
            // "told ABC's “This Week” that …": an addressee ending in a quoted title.
            if flags.contains(.addressee), v < end, tokens[v].kind == .open, let q = outerQuote(v), let close = quotes[q].close,
               close - v <= 8, word(close + 1), tokens[close + 1].key == keyOf.that { return (close + 2, false) }
            if !flags.contains(.addressee) || tokens[u].classes.contains(.prepositions) { return nil }
            u = t
        }
        // "said 33 civilians had"; after its own quotation ("“…,” she said 30 minutes into the debate") only with a verb.
        if u < end && tokens[u].kind == .number && flags.contains(.zeroThat)
            && (!attributesQuotation(k, sentence.first) || startsFiniteClause(u, end)) { return (u, false) }
        // "a cut which he said would hurt": the relative pronoun is the reported clause's subject.
        if flags.contains(.zeroThat) && word(u) && (tokens[u].classes.contains(.auxiliaries) || isPastVerb(u) || Self.pastForms.contains(tokens[u].key)),
           let r = relativeBeforeSubject(of: k, sentence.first) {
            return (r, false)
        }
        guard word(u) else { return nil }
        if tokens[u].classes.contains(.subjectPronouns) { return (u, false) }
        // "said Smith, who ..." / "said Smith." / ", says political scientist Jo Lee in Oslo.": the inverted subject, not a clause;
        // after a comma also with a role and its place before the name (", said former Ohio governor Jo Lee, who …").
        let named = followsComma(k) ? roleAndPlaceBefore(u, end) : u
        if mentionAt[named] >= 0 {
            let after = companionsEnd(after: mentionTokens[Int(mentionAt[named])].upperBound, end)
            if after >= end || (tokens[after].kind == .punct && !(flags.contains(.zeroThat) && isPunct(after, 0x2C) && k > 0 && tokens[k - 1].kind == .word
                                                                  && closesAppositionBeforeVerb(after, end))) { return nil }
        }
        if k > sentence.first, followsComma(k), isInvertedSubject(u, end) { return nil }
        // "…,” said the agency's director, Jo Lee.", "…, said a source close to the talks.": the speaker, not a clause.
        if followsComma(k) && (tokens[u].classes.contains(.determiners) || Self.quantifierSubjects.contains(tokens[u].key))
            && (namesRole(u, end) || tokens[k - 1].kind == .close) && isSpeakerPhraseToEnd(u, end) { return nil }
        if flags.contains(.zeroThat) && !tokens[u].classes.contains(.prepositions)
            && !tokens[u].classes.contains(.betweenSubjectAndCue) && (!isIngWord(u) || isGerundSubject(u, end))
            && !tokens[u].classes.contains(.notClauseStart) && tokens[u].key != keyOf.to
            && !Self.adjunctConjunctions.contains(tokens[u].key) && !Self.coordinators.contains(tokens[u].key) && !isTimePhrase(u, end)
            && (!attributesQuotation(k, sentence.first) || startsFiniteClause(u, end) || startsWithDemonstrative(u, end)) {
            return (u, false)
        }
        // "argue the rules were …", "insist the memo was …": a clause without "that" after other cues, when
        // a subject and its finite verb start it.
        if !flags.contains(.zeroThat) && !flags.contains(.naming) && !form.participle && (!canBeNoun(k) || isBareAfterPluralSubject(k) || isAfterNamedSubject(k))
            && !isPassiveCue(k, sentence.first)
            && startsFiniteClause(u, end) { return (u, false) }
        // "announced new support from …", "denied the claims": what the statement is of.
        if Self.objectCues.contains(tokens[k].key) && !isPassiveCue(k, sentence.first) && u == t
            && (tokens[u].classes.contains(.determiners) || (isLowerWord(u) && !tokens[u].classes.contains(.prepositions)
                && !Self.adjunctConjunctions.contains(tokens[u].key)
                && !tokens[u].classes.contains(.betweenSubjectAndCue) && !tokens[u].classes.contains(.notClauseStart)
                && !Self.objectPronouns.contains(tokens[u].key))),
           (u..<min(end, u + 3)).allSatisfy({ tokens[$0].kind == .word || tokens[$0].kind == .number || tokens[$0].kind == .possessive }) {
            return (u, true)  // three words at least: "denied the claims", not "acknowledged the operation,"
        }
        return nil
    }

    /// The first token of the clause "that" at `that` opens: after its comma when an adjunct follows it
    /// ("reported that, according to the records, …", "said that, if elected, she …").
    private func clauseStart(afterThat that: Int) -> Int {
        that + 2 < tokens.count && isPunct(that + 1, 0x2C) ? that + 2 : that + 1
    }

    /// The token of "yes", "no" or "so" right after say-cue `k` (one taking a clause without "that") when it is the whole answer: punctuation, a
    /// conjunction or a preposition follows it ("said yes, compared with …", "said so in May"; not "said so far").
    private func oneWordAnswer(after k: Int, _ sentence: TextSentence) -> Int? {
        let a = k + 1
        guard a < sentence.end, tokens[a].kind == .word, quoteOf[a] < 0, Self.answers.contains(tokens[a].key),
              !isWithheld(k, sentence.first) else { return nil }
        // "said no." keeps its full stop as the abbreviation "No." would, and may run on to the next sentence.
        guard a + 1 < sentence.end, !tokens[a].abbreviation else { return a }
        let next = tokens[a + 1]
        // Not "said no to the plan": a refusal, whose object is what was refused.
        guard next.kind == .punct || (next.kind == .word && (next.classes.contains(.clauseJoints) || next.classes.contains(.prepositions))
                                      && next.key != keyOf.to) else { return nil }
        // Nor "said so as to calm them": a purpose, with what was said unnamed.
        if next.key == keyOf.as && a + 2 < sentence.end && tokens[a + 2].key == keyOf.to { return nil }
        return a
    }

    private static let answers = SpeechCues.keys("yes no so")

    /// The first token after the role words ("former", "governor") and places ("Ohio") opening the words at `u`
    /// when a person's name follows them ("former Ohio governor Jo Lee"); else `u`.
    private func roleAndPlaceBefore(_ u: Int, _ end: Int) -> Int {
        var n = u
        while n < min(end, u + 6) {
            if mentionAt[n] >= 0 {
                let m = Int(mentionAt[n])
                if mentions[m].kind == .person { return n > u ? n : u }
                guard mentions[m].kind == .place else { return u }
                n = mentionTokens[m].upperBound
            } else if isLowerWord(n) && (tokens[n].classes.contains(.roles) || tokens[n].key == keyOf.former) {
                n += 1
            } else {
                return u
            }
        }
        return u
    }

    /// "It's worth noting …", "it is fair to say that …", "one could say …": the writer's own voice, no one's report.
    private func isWritersAside(_ k: Int, _ first: Int) -> Bool {
        var j = k - 1
        guard j > first, tokens[j].kind == .word else { return false }
        if Self.modals.contains(tokens[j].key) { return tokens[j - 1].key == keyOf.one }
        if tokens[j].key == Self.worth { j -= 1 } else if tokens[j].key == keyOf.to && tokens[j - 1].kind == .word && j - 2 >= first { j -= 2 } else { return false }
        // "it is", "it's" (one token read as "it", or "it" and "'s"); not a subject with a verb of its own ("It had to warn that").
        if j > first && (tokens[j].kind == .possessive || Self.copulas.contains(tokens[j].key)) { j -= 1 } else if tokens[j].end - tokens[j].start <= 2 { return false }
        return tokens[j].kind == .word && tokens[j].key == keyOf.it
    }

    private static let worth = WordKey.hash("worth")
    private static let modals = SpeechCues.keys("could can might may would")
    static let copulas = SpeechCues.keys("is was")

    /// Whether cue `k` attributes the quotation closing before it ("“…,” she said", "“…?” asked Jo Hale"): what
    /// follows the cue is then the speaking's adjunct unless a subject and its verb start a clause.
    private func attributesQuotation(_ k: Int, _ first: Int) -> Bool {
        var j = k - 1
        while j > first && k - j <= 8 && (tokens[j].kind == .word || tokens[j].kind == .possessive) && quoteOf[j] < 0
                && !tokens[j].classes.contains(.clauseJoints) { j -= 1 }
        // A quotation of a few words at least, not a title ("on “Hannity,” Jo Hale said the …").
        return j > first && tokens[j].kind == .close && tokens[j - 1].kind == .punct
            && quoteIndex(closingAt: j).map({ quotes[$0].parent == nil && quotes[$0].open.map { j - $0 > 5 } ?? false }) ?? false
    }

    /// "The Heritage Foundation notes …", "he claims …", "the candidate claims …": a noun-like cue right
    /// after a name, a pronoun or a referring noun is its verb.
    private func isAfterNamedSubject(_ k: Int) -> Bool {
        guard k > 0, tokens[k - 1].kind == .word, quoteOf[k - 1] < 0 else { return false }
        if mentionAt[k - 1] >= 0 { return mentions[Int(mentionAt[k - 1])].kind != .place }
        return !tokens[k - 1].classes.isDisjoint(with: [.personPronouns, .thingPronouns, .referringNouns])
    }

    /// "said Thursday during a town hall in Buffalo, New York, that …", "said — on the radio — that …",
    /// "said on ABC’s “This Week” that …": the "that" after a longer adjunct of the
    /// speaking (places, times, commas, dashes, a short quoted title; no verb, pronoun or other cue) from `v`.
    private func thatAfterAdjunct(_ v: Int, _ end: Int) -> Int? {
        var w = v
        while w < min(end, v + 24) {
            let tok = tokens[w]
            if tok.kind == .open {
                guard let q = outerQuote(w), let close = quotes[q].close, close - w <= 8 else { return nil }
                w = close + 1
                continue
            }
            if isSentenceEndPunct(w) || isPunct(w, 0x3B) || isPunct(w, 0x3A) || quoteOf[w] >= 0 { return nil }
            if tok.kind == .word {
                // A "that" after a common noun is mostly a relative pronoun ("a tactic that allows …").
                if tok.key == keyOf.that {
                    guard w + 1 < end else { return nil }  // no clause after it: "… said on Monday, that" ending the text
                    let before = tokens[w - 1], after = tokens[w + 1]
                    let complement = before.kind != .word || before.capitalised || before.classes.contains(.calendarWords)
                        || Self.timeAdverbs.contains(before.key) || after.classes.contains(.subjectPronouns) || after.classes.contains(.determiners)
                    return w > v && complement ? w : nil
                }
                if tok.classes.contains(.auxiliaries) || tok.classes.contains(.subjectPronouns) || isPastVerb(w) || Self.pastForms.contains(tok.key)
                    || tok.classes.contains(.questionWords) || tok.classes.contains(.relativeWords) || tok.classes.contains(.clauseJoints) || (cueForm(w) != nil && !tokens[w - 1].classes.contains(.determiners)) { return nil }
            }
            w += 1
        }
        return nil
    }

    /// Whether "that" at `t` is no complementiser: a relative pronoun before its verb ("a claim that is
    /// false", "the parties that have …", after a noun also "remarks that drew fire") or a determiner
    /// ("announced that same day", "reported that night").
    private func isOtherThat(_ t: Int, afterNoun: Bool, _ end: Int) -> Bool {
        guard t + 1 < end, tokens[t + 1].kind == .word else { return false }
        let next = tokens[t + 1]
        if Self.determinedByThat.contains(next.key) { return t + 2 >= end || !tokens[t + 2].classes.contains(.auxiliaries) }
        if Self.pluralAuxiliaries.contains(next.key) { return true }
        return afterNoun && (next.classes.contains(.auxiliaries) || isPastVerb(t + 1))
    }

    private static let determinedByThat = SpeechCues.keys("same day time " + timeSpanWords)
    private static let pluralAuxiliaries = SpeechCues.keys("have are were")

    private static let helpForms = SpeechCues.keys("help helps helped helping")
    private static let when = WordKey.hash("when")
    private static let whereWord = WordKey.hash("where")
    private static let ifWord = WordKey.hash("if")
    private static let withholding = SpeechCues.keys("declined refused refuses declines decline refuse")

    /// "did not say", "wouldn't say", "declined to say": cue `k` negated or declined.
    private func isWithheld(_ k: Int, _ first: Int) -> Bool {
        for j in stride(from: k - 1, through: max(first, k - 3), by: -1) where tokens[j].kind == .word {
            if Self.negations.contains(tokens[j].key) || Self.withholding.contains(tokens[j].key)
                || endsWith(j, "n't") || endsWith(j, "n’t") { return true }
        }
        return false
    }

    /// ", said Jo Hale and others,", ", said Jo Hale and other aides,": past the unnamed people joined to the name ending
    /// at `t` (the name speaks for them), so the comma after them ends an inverted subject, not a reported clause's.
    private func companionsEnd(after t: Int, _ end: Int) -> Int {
        guard t + 1 < end, tokens[t].key == keyOf.and else { return t }
        if tokens[t + 1].key == Self.othersWord { return t + 2 }
        return t + 2 < end && tokens[t + 1].key == Self.otherWord && isLowerWord(t + 2) && isPluralLike(t + 2) ? t + 3 : t
    }
    static let othersWord = WordKey.hash("others"), otherWord = WordKey.hash("other")

    /// ", says political scientist Jo Lee in Oslo.": up to the sentence's end, a name with at most
    /// four lower-case words before it (no preposition) and a short place or time after it, no verb.
    private func isInvertedSubject(_ u: Int, _ end: Int) -> Bool {
        var v = u, name = -1, after = 0
        while v < end && !isSentenceEndPunct(v) {
            let tok = tokens[v]
            guard quoteOf[v] < 0, tok.kind == .word || tok.kind == .possessive || tok.kind == .number,
                  !tok.classes.contains(.auxiliaries), cueForm(v) == nil, !isPastVerb(v) else { return false }
            if name < 0 && mentionAt[v] >= 0 {
                guard v - u <= 4 else { return false }
                name = v
                v = mentionTokens[Int(mentionAt[v])].upperBound
                continue
            }
            if name < 0 && (tok.capitalised || tok.classes.contains(.prepositions) || tok.key == keyOf.to) { return false }
            if name >= 0 { after += 1 }
            guard after <= 4, after != 1 || tok.classes.contains(.prepositions) else { return false }
            v += 1
        }
        return name >= 0 && v < end
    }

    /// Whether the words from `u` to the sentence's end are a noun phrase with no verb of its own, up to a
    /// relative clause ("the agency's director, Jo Lee, on Monday", "an official who oversaw …").
    private func isSpeakerPhraseToEnd(_ u: Int, _ end: Int) -> Bool {
        var v = u
        while v < end && !isSentenceEndPunct(v) {
            let tok = tokens[v]
            if tok.kind == .word && tok.classes.contains(.relativeWords) { return v > u }
            guard quoteOf[v] < 0, tok.kind != .open, !tok.classes.contains(.auxiliaries), !tok.classes.contains(.subjectPronouns),
                  cueForm(v) == nil, !isPastVerb(v), !Self.pastForms.contains(tok.key), tok.key != keyOf.that else { return false }
            v += 1
        }
        return v < end
    }

    /// Whether the word after a directive's or a claim's "to" can start its infinitive: a lower-case
    /// word that is no determiner ("invited her to the rally", "his claim to the nomination" are not).
    private func startsInfinitive(_ i: Int) -> Bool {
        tokens[i].kind == .open || (isLowerWord(i) && !tokens[i].classes.contains(.determiners))
    }

    /// Determiners before a noun phrase (not "both", "all" or "that", which can stand before a verb).
    private static let articles = SpeechCues.keys("the a an his her its their our my your this these those")

    /// The token before the manner adverbs that end at `j`.
    private func beforeMannerAdverbs(_ j: Int, _ first: Int) -> Int {
        var j = j
        while j >= first && isMannerAdverb(j) { j -= 1 }
        return j
    }

    /// `beforeAdverbs` that also steps over manner adverbs ("Roe on Monday forcefully said").
    private func beforeAllAdverbs(_ j: Int, _ first: Int) -> Int {
        var j = j
        while case let b = beforeMannerAdverbs(beforeAdverbs(j, first), first), b < j { j = b }
        return j
    }

    /// Whether "to" is among the words after `j` up to cue `k` ("refused to say"): an infinitive, not a statement made.
    private func hasTo(_ j: Int, _ k: Int) -> Bool {
        ((j + 1)..<k).contains { tokens[$0].key == keyOf.to }
    }

    /// A lower-case adverb in "-ly" of five letters or more ("forcefully", "cheerfully").
    private func isMannerAdverb(_ t: Int) -> Bool {
        let tok = tokens[t]
        return tok.kind == .word && !tok.capitalised && tok.form == nil && tok.end - tok.start > 4
            && bytes[tok.end - 2] == 0x6C && bytes[tok.end - 1] == 0x79
    }
    /// Conjunctions that open an adjunct of the speaking, not what was said ("she said as she left").
    private static let adjunctConjunctions = SpeechCues.keys("as while when")
    /// Prepositions of concession or contrast that open an adjunct of a reported clause rather than of the speaking.
    private static let concessions = SpeechCues.keys("despite unlike notwithstanding")

    /// Whether a finite clause starts at `u`: a subject of up to six words that opens with a determiner,
    /// a capitalised word or a number ("this", "the vote", "Party leaders") and has no preposition but
    /// "of" and no conjunction, then an auxiliary or a common verb in the past ("was", "would", "came").
    private func startsFiniteClause(_ u: Int, _ end: Int) -> Bool {
        if isBarePluralSubject(u, end) { return true }
        guard u < end, quoteOf[u] < 0, tokens[u].kind == .number
                || (tokens[u].kind == .word && (tokens[u].capitalised || tokens[u].classes.contains(.determiners))
                    && !tokens[u].classes.contains(.prepositions) && !tokens[u].classes.contains(.clauseJoints)
                    && !tokens[u].classes.contains(.questionWords)) else { return false }
        var v = u + 1
        while v < min(end, u + 7) {
            let tok = tokens[v]
            guard tok.kind == .word || tok.kind == .number || tok.kind == .possessive, quoteOf[v] < 0 else { return false }
            // "Latinos and Blacks have …": two names joined in the subject.
            if tok.key == keyOf.and && tokens[v - 1].capitalised && v + 1 < end && tokens[v + 1].kind == .word && tokens[v + 1].capitalised {
                v += 1
                continue
            }
            // A word of a name is no verb ("Charlie Rose that …").
            if tok.kind == .word && !tokens[v - 1].classes.contains(.determiners) && !insideName(v)
                && (tok.classes.contains(.auxiliaries) || Self.pastForms.contains(tok.key)
                    || (isPastVerb(v) && v + 1 < end && (tokens[v + 1].classes.contains(.determiners) || tokens[v + 1].classes.contains(.subjectPronouns)
                                                          || Self.objectPronouns.contains(tokens[v + 1].key)
                                                          || (SpeechCues.possessiveDeterminers.contains(tokens[u].key) && tokens[v + 1].kind == .word)))) { return true }
            if tok.key == keyOf.that || tok.classes.contains(.relativeWords) || tok.classes.contains(.clauseJoints)
                || tok.classes.contains(.questionWords) || cueForm(v) != nil
                || (tok.classes.contains(.prepositions) && tok.key != keyOf.of) { return false }
            v += 1
        }
        return false
    }

    /// "growers must …", "delegates were …": a bare plural noun and the auxiliary right after it.
    private func isBarePluralSubject(_ u: Int, _ end: Int) -> Bool {
        guard u + 2 < end, quoteOf[u] < 0, tokens[u].kind == .word, !tokens[u].capitalised, tokens[u].end - tokens[u].start >= 4,
              endsWith(u, "s"), !endsWith(u, "ss"),
              tokens[u].classes.isDisjoint(with: [.prepositions, .determiners, .auxiliaries, .betweenSubjectAndCue, .notClauseStart]),
              !tokens[u].classes.contains(.clauseJoints), !tokens[u].classes.contains(.questionWords), cueForm(u) == nil,
              tokens[u + 1].kind == .word, tokens[u + 1].classes.contains(.auxiliaries) else { return false }
        return tokens[u + 2].kind != .punct
    }

    /// "this was …", "these are …": a demonstrative subject and its auxiliary ("said this week" is no clause).
    private func startsWithDemonstrative(_ u: Int, _ end: Int) -> Bool {
        u + 2 < end && quoteOf[u] < 0 && tokens[u].kind == .word && Self.demonstratives.contains(tokens[u].key)
            && tokens[u + 1].kind == .word && tokens[u + 1].classes.contains(.auxiliaries) && tokens[u + 2].kind != .punct
    }

    private static let demonstratives = SpeechCues.keys("this these")
    private static let thisWord = WordKey.hash("this")

    /// "about half of the change …", "at least six planes …": a quantity opening a clause.
    private func startsWithQuantity(_ u: Int, _ end: Int) -> Bool {
        guard u + 2 < end, tokens[u].kind == .word, quoteOf[u] < 0 else { return false }
        let next = tokens[u + 1]
        if tokens[u].key == Self.about { return next.kind == .number || next.key == Self.half }
        return opensHedge(u, end - 1) && tokens[u + 2].kind != .punct
    }

    private static let half = WordKey.hash("half")
    static let at = WordKey.hash("at")
    static let least = WordKey.hash("least"), most = WordKey.hash("most")

    /// "Omar Haddad, the man who drove the truck, held …": from the comma at `comma` after a name, an
    /// apposition closing on a comma before a verb.
    private func closesAppositionBeforeVerb(_ comma: Int, _ end: Int) -> Bool {
        var v = comma + 1
        while v < min(end - 1, comma + 20) {
            if quoteOf[v] >= 0 || isSentenceEndPunct(v) || isPunct(v, 0x3B) || isPunct(v, 0x3A) { return false }
            if isPunct(v, 0x2C) {
                let next = v + 1
                return v > comma + 2 && tokens[next].kind == .word
                    && (tokens[next].classes.contains(.auxiliaries) || isPastVerb(next) || Self.pastForms.contains(tokens[next].key))
            }
            v += 1
        }
        return false
    }

    /// Common irregular verbs in the past, which end a clause's subject.
    static let pastForms = SpeechCues.keys("""
        came went got gave took saw knew thought left found felt kept lost won ran became began paid sent spent held \
        led meant brought bought fell grew rose stood put hit let made hid chose drove broke stole froze wore swore \
        tore threw drew flew blew withdrew fought caught taught sought struck stuck hung swung sank sang rang drank \
        forgot forgave ate shook overtook undertook mistook rode woke fled dealt lent built dug slid sold
        """)

    /// "As the Post reported," / "But as she noted,": cue `k` in an attribution opening its sentence with "as".
    private func isAsAttribution(_ k: Int, _ sentence: TextSentence) -> Bool {
        var first = firstWord(sentence)
        if first + 1 < k && (tokens[first].key == keyOf.but || tokens[first].key == keyOf.and) { first += 1 }  // "But as Jo Hale noted,"
        guard first < k, k - first <= 10, tokens[first].key == keyOf.as else { return false }
        return !(first..<k).contains { quoteOf[$0] >= 0 || tokens[$0].kind == .punct }
    }

    /// "which he said", "that officials say": the relative pronoun before the subject of cue `k`.
    private func relativeBeforeSubject(of k: Int, _ first: Int) -> Int? {
        let j = beforeAdverbs(k - 1, first)
        guard j > first, quoteOf[j] < 0 else { return nil }
        var s = j
        if mentionAt[j] >= 0 {
            s = mentionTokens[Int(mentionAt[j])].lowerBound
        } else if tokens[j].kind == .word && (tokens[j].classes.contains(.subjectPronouns) || tokens[j].classes.contains(.sourceNouns)
                                              || (isLowerWord(j) && tokens[j].form == nil && !tokens[j].classes.contains(.prepositions)
                                                  && !tokens[j].classes.contains(.auxiliaries) && !isPastVerb(j))) {
            while s - 1 > first && s > j - 3 && tokens[s - 1].kind == .word && !Self.clauseStartRelatives.contains(tokens[s - 1].key)
                    && (tokens[s - 1].classes.contains(.determiners) || isLowerWord(s - 1)) && tokens[s - 1].form == nil { s -= 1 }
        } else {
            return nil
        }
        let r = s - 1
        return r > first && tokens[r].kind == .word && Self.clauseStartRelatives.contains(tokens[r].key) ? r : nil
    }

    private static let clauseStartRelatives = SpeechCues.keys("which that what")

    /// "urged women to", "asked the court to": a short noun phrase of lower-case words at `from..<to`
    /// that starts with a determiner or ends in a plural, with no verb or preposition in it.
    private func isAddresseePhrase(_ from: Int, _ to: Int) -> Bool {
        guard to - from >= 1, to - from <= 4 else { return false }
        for i in from..<to {
            let tok = tokens[i]
            guard isLowerWord(i), tok.form == nil, !tok.classes.contains(.auxiliaries), !tok.classes.contains(.prepositions),
                  !tok.classes.contains(.betweenSubjectAndCue), !isPastVerb(i), !isIngWord(i) else { return false }
        }
        return tokens[from].classes.contains(.determiners) || bytes[tokens[to - 1].end - 1] == 0x73
    }

    /// Cue verbs in the past whose object noun phrase is the content of a statement.
    private static let objectCues = SpeechCues.keys("announced denied confirmed acknowledged disclosed revealed announces denies confirms recalled recalls explained")

    /// "asked (her) whether ...", "asked about the vote": where the question or its topic starts.
    private func questionStart(_ t: Int, _ end: Int) -> (start: Int, verbPhrase: Bool)? {
        var u = t
        while u < min(end, t + 10) && tokens[u].kind == .word && quoteOf[u] < 0 {
            let key = tokens[u].key
            if tokens[u].classes.contains(.questionWords) && u + 1 < end && (tokens[u + 1].kind == .word || tokens[u + 1].kind == .number) {
                return (u, false)
            }
            // "asked in Iowa last week whether …", "asked on Monday about the vote": a place or time may come
            // first, not "to" or "for"; "asked for a recount": what is asked for.
            if (key == Self.about || (key == keyOf.for && u == t)) && u + 1 < end && tokens[u + 1].kind != .punct
                && !tokens[u + 1].classes.contains(.clauseJoints) && tokens[u + 1].key != keyOf.or { return (u + 1, true) }
            if key == keyOf.to || key == keyOf.for || key == Self.about || cueForm(u) != nil { break }
            u += 1
        }
        return nil
    }

    /// Where the topic of a question ends ("asked about the plan during a debate", "asked for a photo
    /// and Jo agreed", "asked for copies as well"): the asking's adjunct or the narrator's next clause.
    private func endsTopic(_ u: Int, _ last: Int) -> Bool {
        guard tokens[u].kind == .word, u < last else { return false }
        let key = tokens[u].key, next = tokens[u + 1]
        if key == Self.during || (key == keyOf.as && next.key == Self.well && (u + 2 > last || tokens[u + 2].key != keyOf.as)) { return true }
        return (key == keyOf.and || key == keyOf.but) && next.kind == .word
            && (next.capitalised || next.classes.contains(.subjectPronouns) || isPastVerb(u + 1))
    }

    /// Whether a question's clause starting at `start` is its topic ("about …", "for …").
    private func isTopic(_ start: Int) -> Bool {
        start > 0 && tokens[start - 1].kind == .word && (tokens[start - 1].key == Self.about || tokens[start - 1].key == keyOf.for)
    }

    private static let during = WordKey.hash("during")
    private static let well = WordKey.hash("well")

    /// "said legalizing it would help": an -ing word starting the reported clause as its subject.
    private func isGerundSubject(_ u: Int, _ end: Int) -> Bool {
        guard u + 1 < end, cueForm(u) == nil, !tokens[u].classes.contains(.innerParticiples),
              tokens[u + 1].kind == .word || tokens[u + 1].kind == .number else { return false }
        let next = tokens[u + 1].key
        return next != keyOf.to && next != Self.with
    }

    private static let about = WordKey.hash("about")
    static let with = WordKey.hash("with")

    /// The first token after a dateline ("PORTO ALEGRE, Brazil —", "BEIJING, Dec. 8 (Reuters) -").
    func afterDateline(_ sentence: TextSentence) -> Int {
        var t = sentence.first
        while t < min(sentence.end, sentence.first + 12) {
            let tok = tokens[t]
            if isDash(t) && t > sentence.first {
                return t + 1
            }
            let abbreviation = isPunct(t, 0x2E) && t > sentence.first && tokens[t - 1].capitalised && length(t - 1) <= 4  // "Dec."
            let allowed = (tok.kind == .word && tok.capitalised) || tok.kind == .number || abbreviation
                || isPunct(t, 0x2C) || isPunct(t, 0x28) || isPunct(t, 0x29) || isPunct(t, 0x2F)
            if !allowed { break }
            t += 1
        }
        return sentence.first
    }

    /// Heads of noun phrases that can be a source ("according to official data", "the filing states that").
    static let sourceHeads = SpeechCues.keys("""
        data figures estimates estimate survey poll study media report documents document records filings filing count tally \
        statistics sources source account accounts outlet website complaint lawsuit ad advertisement editorial
        """)

    /// Words that start a time adverbial between a cue and its "that" ("said last week that").
    private static let timeAdverbs = SpeechCues.keys("last this next earlier later recently yesterday today tonight tomorrow")

    /// Past participles that open the narrator's comment after a comma (", based on polls").
    private static let closingParticiples = SpeechCues.keys("based prompted fueled fuelled driven spurred")

    static let objectPronouns = SpeechCues.keys("him her them it us me")

    /// A lower-case word ending in "ed" that is no cue: a past-tense verb.
    func isPastVerb(_ t: Int) -> Bool {
        let tok = tokens[t]
        return tok.kind == .word && !tok.capitalised && tok.end - tok.start > 4 && tok.form == nil && endsWith(t, "ed")
    }

    /// ", while India put ...": a contrast that leaves the reported clause.
    private static let contrastWords = SpeechCues.keys(SpeechCues.contrastWords)

    private static let compared = WordKey.hash("compared")
    private static let however = WordKey.hash("however")
    private static let doSupport = SpeechCues.keys("did does do")

    private static let quantityWords = SpeechCues.keys("least most all")

    func adjunctComma(_ sentence: TextSentence, participles: Bool = false) -> Int? {
        var first = afterDateline(sentence)
        while first < sentence.end && tokens[first].kind != .word { first += 1 }
        // With `participles`, also "Turning to the budget, Roe said": a participle clause opening the sentence.
        let participle = participles && first < sentence.end && tokens[first].kind == .word && tokens[first].capitalised && length(first) > 5
            && isIngWord(first, anyCase: true)
            && first + 1 < sentence.end && isLowerWord(first + 1)  // not a name ("Manning, a lawyer, said")
        guard first < sentence.end, tokens[first].classes.contains(.adjunctStarters) || participle else { return nil }
        if first + 1 < sentence.end && Self.quantityWords.contains(tokens[first + 1].key) { return nil }  // "At least 56 people"
        let clauseTaking = tokens[first].classes.contains(.clauseJoints) || tokens[first].classes.contains(.timeRelations)
        for t in first..<sentence.end where quoteOf[t] < 0 && isPunct(t, 0x2C) {
            // "On Tuesday she lost the primary but …, according to …": a short adjunct without its comma, then the
            // clause; the first comma is the clause's own.
            if !clauseTaking, let v = ((first + 1)..<t).first(where: { tokens[$0].kind == .word && (tokens[$0].classes.contains(.relativeWords)
                    || tokens[$0].key == keyOf.that || isIngWord($0) || tokens[$0].classes.contains(.subjectPronouns)) }),
               tokens[v].classes.contains(.subjectPronouns), tokens[v].key != Self.there, !tokens[v - 1].classes.contains(.prepositions) { return nil }
            return t
        }
        return nil
    }

    private func endsClauseAfterComma(_ n: Int, _ end: Int) -> Bool {
        guard n < end, tokens[n].kind == .word else { return false }
        let key = tokens[n].key
        if isIngWord(n) && !tokens[n].classes.contains(.innerParticiples) { return true }
        if Self.closingParticiples.contains(key) { return true }  // ", based on polls"
        if key == keyOf.according || Self.contrastWords.contains(key) { return true }
        if key == Self.compared && n + 1 < end && (tokens[n + 1].key == keyOf.to || tokens[n + 1].key == Self.with) { return true }
        // ", but he is …": a contrast the narrator adds (", but that …" goes on reporting).
        if key == keyOf.but && n + 1 < end && tokens[n + 1].key != keyOf.that { return true }
        // ", however this time …": the narrator's contrast (", however, that …" goes on reporting).
        if key == Self.however && n + 2 < end && tokens[n + 1].kind == .word && !isPunct(n + 2, 0x2C) { return true }
        if key == keyOf.as && n + 1 < end && (tokens[n + 1].key == keyOf.per || tokens[n + 1].key == keyOf.reported || reportedBy(after: n, end) != nil
                                                      || tokens[n + 1].classes.contains(.auxiliaries)) { return true }  // ", as have others"
        if tokens[n].classes.contains(.timeWords) {
            for j in (n + 1)..<min(end, n + 4) where tokens[j].classes.contains(.timeRelations) { return true }
        }
        return false
    }

    /// ", 32% call themselves …", ", 34 percent conservative": another share of those polled.
    private func startsOtherShare(_ n: Int, _ end: Int) -> Bool {
        guard n + 2 < end, tokens[n].kind == .number, quoteOf[n] < 0 else { return false }
        let unit = isPunct(n + 1, 0x25) || tokens[n + 1].key == Self.percent
        return unit && tokens[n + 2].kind == .word && !tokens[n + 2].classes.contains(.prepositions)
    }

    /// ", after half said so", ", when others said …": the narrator's clause with a report of its own.
    private func startsOtherReport(_ n: Int, _ end: Int) -> Bool {
        guard n < end, tokens[n].kind == .word, Self.reportJoints.contains(tokens[n].key) else { return false }
        for v in (n + 2)..<min(end, n + 7) {
            guard tokens[v].kind == .word || tokens[v].kind == .number, quoteOf[v] < 0 else { return false }
            if let form = cueForm(v), form.flags.contains(.clause), !form.participle, !tokens[v - 1].classes.contains(.determiners) { return true }
        }
        return false
    }

    private static let percent = WordKey.hash("percent")
    private static let reportJoints = SpeechCues.keys("after before when while as whereas")

    /// ", they are not …" after a clause with a finite verb and no subordinate conjunction before the
    /// comma ("they are on their way, they are not getting help"): a new sentence the comma joins.
    /// "if elected, he would …" is one clause.
    private func isCommaSplice(_ comma: Int, _ first: Int, _ end: Int) -> Bool {
        guard comma + 2 < end, comma > first, tokens[comma + 1].classes.contains(.subjectPronouns), tokens[comma + 1].key != Self.there,
              tokens[comma + 2].kind == .word,
              tokens[comma + 2].classes.contains(.auxiliaries) || Self.pastForms.contains(tokens[comma + 2].key) || isPastVerb(comma + 2)
        else { return false }
        var finite = false
        for j in first..<comma {
            guard quoteOf[j] < 0 else { return false }
            let tok = tokens[j]
            if tok.kind != .word { continue }
            if tok.classes.contains(.clauseJoints) || tok.classes.contains(.questionWords) || tok.classes.contains(.adjunctStarters) && j == first { return false }
            if tok.classes.contains(.auxiliaries) || Self.pastForms.contains(tok.key) { finite = true }
        }
        return finite
    }

    /// "… and others have said …", "… and one in four said …": a short subject (no verb, adverb,
    /// conjunction or pronoun of a relative clause) then a cue of its own that takes a clause.
    private func startsCoordinateReport(_ n: Int, _ end: Int) -> Bool {
        guard let v = (n..<min(end, n + 6)).first(where: { quoteOf[$0] >= 0 || tokens[$0].kind == .punct || cueForm($0) != nil }),
              v > n, quoteOf[v] < 0, let form = cueForm(v), form.flags.contains(.clause), !form.flags.contains(.naming),
              form.past || !form.participle, !canBeNoun(v), !tokens[v - 1].classes.contains(.determiners),
              !tokens[n].classes.contains(.auxiliaries) else { return false }
        return (n..<v).allSatisfy { j in
            let tok = tokens[j]
            if tok.kind == .number { return true }
            guard tok.kind == .word, !isPastVerb(j), !isIngWord(j), !endsWith(j, "ly") else { return false }
            let c = tok.classes
            return tok.key != keyOf.that && tok.key != keyOf.to && !c.contains(.prepositions)
                && !tok.classes.contains(.clauseJoints) && !tok.classes.contains(.questionWords) && !tok.classes.contains(.relativeWords)
                && (c.contains(.auxiliaries) || !c.contains(.betweenSubjectAndCue)) && !Self.negations.contains(tok.key)
        }
    }

    static let negations = SpeechCues.keys("never not no")

    /// "has championed", "have also expressed": a perfect auxiliary, an adverb or none, and a past participle.
    private func startsPerfect(_ n: Int) -> Bool {
        guard tokens[n].kind == .word, Self.perfects.contains(tokens[n].key) else { return false }
        var v = n + 1
        if v < tokens.count && tokens[v].kind == .word && tokens[v].classes.contains(.betweenSubjectAndCue) && !tokens[v].classes.contains(.auxiliaries) { v += 1 }
        return v < tokens.count && (isPastVerb(v) || (cueForm(v)?.past ?? false))
    }

    private static let perfects = SpeechCues.keys("has have")

    /// The last token of a reported clause starting at `first`, or nil when there is none (a clause
    /// that only introduces a quotation after a colon).
    private func clauseEnd(from first: Int, cue: Int, sentence: TextSentence, verbPhrase: Bool) -> Int? {
        let end = sentence.end
        var adjunct = adjunctComma(sentence).flatMap { $0 > cue ? $0 : nil }
        // In a relative clause (", who said ..., resigned"), the clause ends at the next comma.
        let r = beforeAdverbs(cue - 1, sentence.first)
        if r > sentence.first && tokens[r].kind == .word && tokens[r].classes.contains(.relativeWords) && isPunct(r - 1, 0x2C) {
            adjunct = (first..<sentence.end).first { quoteOf[$0] < 0 && isPunct($0, 0x2C) }
        } else if let rel = relativeBeforeSubject(of: cue, sentence.first), isPunct(rel - 1, 0x2C), tokens[rel].key != keyOf.that {
            adjunct = (first..<sentence.end).first { quoteOf[$0] < 0 && isPunct($0, 0x2C) }  // ", which officials said …, …"
        }
        var last = end - 1
        // "Voters who say the economy matters most were split", "The mayor's warning that the pier would fall went
        // unheeded", "A column suggesting that … drew replies": a relative clause, a cue's noun or a participle right
        // after a noun inside the sentence's subject ends before the main clause's verb, the second finite verb after
        // the cue (also a cue in the present: "Residents who said the pier was unsafe say …"). A participle heads a
        // subject only after a noun phrase opening with a determiner or holding a possessive, not after a verb ("Hale
        // kept saying …"). So does a noun for what was said opening the sentence ("Warnings from X that … were ignored").
        let opener = firstWord(sentence)
        if (cue == opener && SpeechCues.contentNouns.contains(tokens[cue].key))
            || (r >= opener && ((r > opener && tokens[r].kind == .word && tokens[r].key == keyOf.who && tokens[r - 1].kind == .word)
            || (r == cue - 1 && !(tokens[cue].form?.past ?? false) && (tokens[r].kind == .possessive || Self.articles.contains(tokens[r].key))
                && opensWithOwner(opener, r))
            || (r == cue - 1 && r > opener && tokens[r].kind == .word && (tokens[cue].form?.participle ?? false)
                && (Self.articles.contains(tokens[opener].key) || (opener..<r).contains(where: { tokens[$0].kind == .possessive }))
                && !Self.pastForms.contains(tokens[r].key) && !isPastVerb(r)
                && !tokens[r].classes.contains(.determiners) && !Self.quantityWords.contains(tokens[r].key)
                && !(opener..<r).contains(where: { Self.pastForms.contains(tokens[$0].key) || cueForm($0) != nil || tokens[$0].key == keyOf.that
                    || tokens[$0].classes.contains(.relativeWords) })))
                && (opener..<r).allSatisfy({ tokens[$0].kind != .punct && quoteOf[$0] < 0 && !isPastVerb($0) && !tokens[$0].classes.contains(.auxiliaries) })) {
            var finite = 0
            for v in first..<end where quoteOf[v] < 0 && tokens[v].kind == .word
                && (tokens[v].classes.contains(.auxiliaries) || Self.pastForms.contains(tokens[v].key) || isPastVerb(v)
                    || (finite == 1 && cueForm(v).map({ !$0.past && !$0.participle }) ?? false)) {
                if tokens[v - 1].kind == .punct || tokens[v - 1].classes.contains(.clauseJoints) || tokens[v - 1].classes.contains(.relativeWords)
                    || tokens[v - 1].key == keyOf.that || tokens[v - 1].classes.contains(.auxiliaries) { continue }
                finite += 1
                if finite == 2 { last = v - 1; break }
            }
        }
        var t = first
        scan: while t < end {
            if quoteOf[t] >= 0 {
                if tokens[t].kind == .close, quoteIndex(closingAt: t).map({ quotes[$0].parent == nil }) ?? false,
                   t > 0, isPunct(t - 1, 0x2C), endsClauseAfterComma(t + 1, end) {
                    last = t
                    break
                }
                t += 1
                continue
            }
            let tok = tokens[t]
            if tok.kind == .punct {
                switch tok.mark {
                case 0x3B:
                    last = t - 1; break scan
                case 0x3A:
                    // A clause that only introduces the quotation after its colon is none ("said the following:");
                    // a longer one is reported ("said that …, to which Jo Hale replied: “…”").
                    if t + 1 < end && tokens[t + 1].kind == .open && (first..<t).count(where: { tokens[$0].kind == .word }) < 8 { return nil }
                    last = t - 1; break scan
                case 0x2C:
                    if let close = attributionInsideClause(t, end) { t = close + 1; continue scan }
                    if t == adjunct || endsClauseAfterComma(t + 1, end) || isCommaSplice(t, first, end) || startsOtherShare(t + 1, end)
                        || startsOtherReport(t + 1, end) { last = t - 1; break scan }
                    // ", an ambitious goal that …", ", another sign of …", ", remarks that …" running to the end of the
                    // sentence: the narrator's apposition.
                    if t > first + 3 && opensClosingApposition(t, end) { last = t - 1; break scan }
                    // ", who has been …", ", whom he described as …", ", for whom he …" running to the end of the
                    // sentence describes a name; it is not reported.
                    if t + 2 < end && tokens[t + 1].kind == .word && opensNonRestrictiveRelative(t + 1)
                        && !((t + 2)..<end).contains(where: { quoteOf[$0] < 0 && (isPunct($0, 0x2C) || isDash($0)) }) {
                        last = t - 1; break scan
                    }
                case 0x2014, 0x2013, 0x2015, 0x2D:
                    // " — a modest boost …", " - noting that …", " – though …": the narrator's apposition or
                    // comment after the clause (a spaced dash; a hyphen inside a word is no token of its own).
                    if t + 1 < end && tokens[t + 1].kind == .word && (tokens[t + 1].classes.contains(.determiners)
                        || endsClauseAfterComma(t + 1, end)) { last = t - 1; break scan }
                    // " — and he singled out …": the narrator goes on with the subject's next act.
                    if t + 2 < end && (tokens[t + 1].key == keyOf.and || tokens[t + 1].key == keyOf.but)
                        && tokens[t + 2].classes.contains(.personPronouns) { last = t - 1; break scan }
                default: break
                }
            } else if tok.kind == .word && (tok.key == keyOf.and || tok.key == keyOf.but) && t > first {
                var n = t + 1
                while n < end && tokens[n].kind == .word && tokens[n].classes.contains(.betweenSubjectAndCue)
                        && !tokens[n].classes.contains(.auxiliaries) { n += 1 }
                if n < end && !isIngWord(n) && cueForm(n) != nil && tokens[n].form.map({ !$0.flags.contains(.naming) || $0.flags.contains(.directive) }) ?? false {
                    last = t - 1; break scan
                }
                if verbPhrase && n < end && tokens[n].classes.contains(.auxiliaries) { last = t - 1; break scan }
                // "said the talks failed and she accused …": a person pronoun with a cue of its own.
                if n == t + 1 && n + 1 < end && tokens[n].classes.contains(.personPronouns) && cueForm(n + 1) != nil && !isIngWord(n + 1) {
                    last = t - 1; break scan
                }
                // "said they would stay and others have said they would not": a short subject with a cue of its own.
                if !isPunct(t - 1, 0x2C), !isPunct(t - 2, 0x2C), n == t + 1, startsCoordinateReport(n, end) { last = t - 1; break scan }
                // "said that … but did not say …": the subject's next act, not the report.
                if tok.key == keyOf.but && n < end && Self.doSupport.contains(tokens[n].key) { last = t - 1; break scan }
                // ", and the White House emphasized ...": a new subject with its own cue.
                if t > first && isPunct(t - 1, 0x2C) {
                    var v = n
                    while v < min(end, n + 7) && (tokens[v].kind == .word || tokens[v].kind == .number) && cueForm(v) == nil { v += 1 }
                    if v < end && v > n && cueForm(v) != nil && !isIngWord(v) { last = t - 2; break scan }
                    // ", and they rejected …": a person pronoun with a verb of its own starts the narrator's clause.
                    if n == t + 1 && n + 1 < end && (tokens[n].classes.contains(.personPronouns) || Self.plainSubjects.contains(tokens[n].key))
                        && (isPastVerb(n + 1) || tokens[n + 1].classes.contains(.auxiliaries) || cueForm(n + 1) != nil) { last = t - 2; break scan }
                    // ", and the city has already sued": a new subject with a finite verb of its own.
                    if n == t + 1 && n < end && tokens[n].key != keyOf.that && (tokens[n].classes.contains(.determiners) || tokens[n].capitalised) {
                        var w = n + 1
                        while w < min(end, n + 8) && (tokens[w].kind == .word || tokens[w].kind == .possessive) && !tokens[w].classes.contains(.auxiliaries) { w += 1 }
                        if w < end && tokens[w].kind == .word && tokens[w].classes.contains(.auxiliaries) && w > n + 1 { last = t - 2; break scan }
                    }
                }
                // "said the plan was dead and criticized him", ", and asked for more", "and quoted Reagan": the
                // subject's next act.
                if n == t + 1 && n + 1 < end && isPastVerb(n)
                    && (isPunct(t - 1, 0x2C) || tokens[n + 1].classes.contains(.determiners) || tokens[n + 1].classes.contains(.subjectPronouns)
                        || Self.objectPronouns.contains(tokens[n + 1].key) || (tokens[n + 1].kind == .word && tokens[n + 1].capitalised)) {
                    last = t - 1; break scan
                }
                // "and has championed …", "but suggesting that …" (no -ing word before: "calling X and making Y" is one list).
                if n == t + 1 && n + 2 < end && quoteOf[n] < 0 && quoteOf[n + 1] < 0 && (startsPerfect(n) || (isIngWord(n) && !tokens[n].classes.contains(.innerParticiples)
                    && (tokens[n + 1].classes.contains(.determiners) || tokens[n + 1].key == keyOf.that || tokens[n + 1].classes.contains(.questionWords))
                    && !(first..<t).contains(where: { isIngWord($0) }))) {
                    last = t - 1; break scan
                }
            }
            t += 1
        }
        while last >= first && tokens[last].kind == .punct { last -= 1 }
        if let adjunct = speakingAdjunct(first + 2, last) { last = adjunct - 1 }
        var words = 0
        if last >= first { for j in first...last where tokens[j].kind == .word { words += 1 } }
        return words >= 2 ? last : nil
    }

    /// "said the permits, according to the records, went to donors": the comma closing an "according to" phrase
    /// after `comma` that a finite verb follows, so the clause goes on past the attribution set off inside it.
    private func attributionInsideClause(_ comma: Int, _ end: Int) -> Int? {
        guard comma + 3 < end, tokens[comma + 1].key == keyOf.according, tokens[comma + 2].key == keyOf.to else { return nil }
        var e = comma + 3
        while e < end && !isPunct(e, 0x2C) && !isSentenceEndPunct(e) && quoteOf[e] < 0 { e += 1 }
        guard e + 1 < end, isPunct(e, 0x2C), tokens[e + 1].kind == .word, quoteOf[e + 1] < 0,
              tokens[e + 1].classes.contains(.auxiliaries) || Self.pastForms.contains(tokens[e + 1].key) || isPastVerb(e + 1),
              attributedSource(comma + 3, e) != nil else { return nil }
        return e
    }

    /// Whether the words from `opener` to `r` are only a noun phrase owning the noun after `r` ("The mayor's",
    /// "Jo Hale's", "A"), no verb ("Hale rejects Roe's").
    private func opensWithOwner(_ opener: Int, _ r: Int) -> Bool {
        var b = opener
        if b < r && Self.articles.contains(tokens[b].key) { b += 1 }
        if b < r && mentionAt[b] >= 0 && mentionTokens[Int(mentionAt[b])].lowerBound == b { return mentionTokens[Int(mentionAt[b])].upperBound == r }
        return b == r || (b > opener && r - b <= 2 && (b..<r).allSatisfy { isLowerWord($0) && !endsWith($0, "s") })
    }

    /// Whether the word at `v` is a later word of a name ("told the Harbor Times the pier …"), or the capitalised words
    /// from `v` run up to a subject pronoun ("The Harbor Times he …", "… they …"); not a person's name that the
    /// capitals run on into after an outlet's, its acronym or its last word a body's ("told CNN Ben Roe would …", "told
    /// the Harbor Times Jo Hale was …": two or three words, none a body's or a role, open the clause).
    private func endsName(_ v: Int, _ end: Int) -> Bool {
        if insideName(v) {
            let name = mentionTokens[Int(mentionAt[v])]
            let outlet = (name.lowerBound == v - 1 && tokens[v - 1].acronym) || tokens[v - 1].classes.contains(.organisationWords)
            let person = (2...3).contains(name.upperBound - v) && (v..<name.upperBound).allSatisfy {
                tokens[$0].kind == .word && tokens[$0].capitalised && !tokens[$0].acronym
                    && tokens[$0].classes.isDisjoint(with: [.organisationWords, .roles, .sentenceWords])
            }
            if !(outlet && person) { return true }
        }
        var w = v
        while w < end && tokens[w].kind == .word && tokens[w].capitalised { w += 1 }
        return w > v && w < end && tokens[w].kind == .word && tokens[w].classes.contains(.subjectPronouns)
    }

    /// Whether token `v` is a later word of a name ("Times" in "the Harbor Times", "Rose" in "Charlie Rose").
    private func insideName(_ v: Int) -> Bool { mentionAt[v] >= 0 && mentionTokens[Int(mentionAt[v])].lowerBound < v }

    /// "who", "which", "whose" or "whom" at `n`, or a preposition and "whom" ("for whom").
    private func opensNonRestrictiveRelative(_ n: Int) -> Bool {
        let key = tokens[n].key
        if tokens[n].classes.contains(.relativeWords) || key == Self.whom { return true }
        return tokens[n].classes.contains(.prepositions) && n + 1 < tokens.count && tokens[n + 1].key == Self.whom
    }

    private static let whom = WordKey.hash("whom")

    /// A noun phrase at `n` that sums up what came before it: "a …", "another …", "the latter …", or "one" or
    /// a statement's noun before a relative pronoun ("one that …", "remarks that …").
    private func opensApposition(_ n: Int) -> Bool {
        let key = tokens[n].key
        if Self.indefinites.contains(key) || key == keyOf.another { return true }
        guard n + 1 < tokens.count, tokens[n].kind == .word else { return false }
        if key == keyOf.the { return tokens[n + 1].key == Self.latter }
        return (key == keyOf.one || tokens[n].classes.contains(.statementNouns))
            && (tokens[n + 1].key == keyOf.that || tokens[n + 1].classes.contains(.relativeWords))
    }

    private static let latter = WordKey.hash("latter")

    /// Whether the comma at `t` opens the narrator's apposition running to the sentence's end (", another sign of
    /// …", ", the latter a reference to …"), with no comma, dash or cue of its own.
    private func opensClosingApposition(_ t: Int, _ end: Int) -> Bool {
        t + 2 < end && opensApposition(t + 1)
            && !((t + 2)..<end).contains(where: { quoteOf[$0] < 0 && (isPunct($0, 0x2C) || isDash($0) || cueForm($0) != nil) })
    }

    /// "… through his lawyer", "… on condition of anonymity", "… in an interview with the paper": a phrase
    /// ending the reported clause that tells how the words were given, not what was said; its first token.
    private func speakingAdjunct(_ from: Int, _ last: Int) -> Int? {
        guard from < last else { return nil }
        for p in from..<last where tokens[p].kind == .word && quoteOf[p] < 0 && Self.speakingPrepositions.contains(tokens[p].key) {
            var h = p + 1
            while h <= last && h <= p + 4 && tokens[h].kind == .word && !Self.speakingNouns.contains(tokens[h].key)
                    && !tokens[h].classes.contains(.prepositions) { h += 1 }
            // The noun heads its phrase ("on the email server" is no such phrase).
            guard h <= last, tokens[h].kind == .word, Self.speakingNouns.contains(tokens[h].key),
                  h == last || tokens[h + 1].classes.contains(.prepositions) || tokens[h + 1].kind == .punct,
                  ((p + 1)...last).allSatisfy({ quoteOf[$0] < 0 && !isSentenceEndPunct($0) && !(tokens[$0].kind == .word
                      && (tokens[$0].classes.contains(.auxiliaries) || isPastVerb($0) || tokens[$0].classes.contains(.subjectPronouns) || tokens[$0].key == keyOf.that
                          || tokens[$0].classes.contains(.relativeWords))) }) else { continue }
            return p
        }
        return nil
    }

    private static let speakingPrepositions = SpeechCues.keys("in during through via on")
    private static let speakingNouns = SpeechCues.keys("""
        interview interviews statement statements email emails tweet tweets lawyer lawyers attorney attorneys spokesman \
        spokeswoman spokesperson condition anonymity briefing
        """)

    private struct Attribution {
        var first: Int
        var phraseEnd: Int
        var cue: String
        var speaker: SpeakerRef?
    }

    /// The "by" of "as reported by" or "as first reported by" after the "as" at `t`.
    private func reportedBy(after t: Int, _ end: Int) -> Int? {
        var r = t + 1
        if r < end && tokens[r].kind == .word && (tokens[r].key == Self.first || tokens[r].classes.contains(.betweenSubjectAndCue)) { r += 1 }
        return r + 1 < end && tokens[r].key == keyOf.reported && tokens[r + 1].key == keyOf.by ? r + 1 : nil
    }
    private static let first = WordKey.hash("first")

    /// "according to X", "as per X", "as (first) reported by X", and a sentence-final ", X reported.". With
    /// `nested` (the sentence reports speech of its own) only a final "…, according to X." that follows a comma.
    private func findAttributedClause(in sentence: TextSentence, nested: Bool = false) {
        let end = sentence.end
        var marks = [Attribution]()
        var t = sentence.first
        while t + 1 < end {
            defer { t += 1 }
            guard quoteOf[t] < 0, tokens[t].kind == .word else { continue }
            let key = tokens[t].key, next = tokens[t + 1].key
            var phrase: Int?
            var cue = ""
            if key == keyOf.according && next == keyOf.to {
                phrase = t + 2; cue = "according to"
            } else if key == keyOf.as && next == keyOf.per {
                phrase = t + 2; cue = "as per"
            } else if key == keyOf.as, let by = reportedBy(after: t, end) {
                phrase = by + 1; cue = "as reported by"
            }
            guard let start = phrase else { continue }
            // The phrase ends at a comma, the sentence's end or a bracket closing one opened before it ("(…, according to X)"),
            // not one its own brackets close ("according to the Harbour Board (HB).").
            var e = start, bracketed = false
            while e < end && !isPunct(e, 0x2C) && !(isPunct(e, 0x29) && !bracketed) && !isSentenceEndPunct(e) && quoteOf[e] < 0 {
                if isPunct(e, 0x28) { bracketed = true } else if isPunct(e, 0x29) { bracketed = false }
                e += 1
            }
            if let u = appositiveNameEnd(comma: e, after: start, end, opening: t == firstWord(sentence)) { e = u }
            let speaker = attributedSource(start, e)
            if speaker != nil { marks.append(Attribution(first: t, phraseEnd: e, cue: cue, speaker: speaker)) }  // not "according to plan"
            t = e - 1
        }
        if nested && marks.isEmpty { return }
        let clauseStart = adjunctComma(sentence).map { $0 + 1 } ?? afterDateline(sentence)
        if let mark = marks.first {
            let opener = firstWord(sentence)
            if mark.first == opener || (mark.first == opener + 1 && tokens[opener].classes.contains(.clauseJoints))
                || (mark.first == clauseStart && mark.first > opener) {
                // (But) (In addition,) According to X, CLAUSE: the whole clause, even one with a cue of its own
                // ("According to the paper, the mayor said …" reports both), but not one that only frames a
                // quotation ("According to X, the mayor said, “…”"). A poll already answers for its respondents' clause.
                guard mark.phraseEnd < end, isPunct(mark.phraseEnd, 0x2C),
                      !nested || !(mark.first..<mark.phraseEnd).contains(where: { Self.pollHeads.contains(tokens[$0].key) }),
                      !(mark.phraseEnd..<max(mark.phraseEnd, end - 2)).contains(where: { quoteOf[$0] < 0 && tokens[$0].kind == .word && cueForm($0) != nil
                          && (isPunct($0 + 1, 0x2C) || isPunct($0 + 1, 0x3A)) && tokens[$0 + 2].kind == .open }) else { return }
                // "According to the Tribune, a daily paper, …", "According to Jo Hale, the city engineer, …": the clause starts
                // after the source's apposition (one a definite article opens describes a person named by a role).
                var start = mark.phraseEnd + 1
                if start < end, Self.indefinites.contains(tokens[start].key) || (tokens[start].key == keyOf.the && mark.speaker?.kind == .person),
                   let c = (start..<min(end, start + 10)).first(where: { tokens[$0].kind != .word && tokens[$0].kind != .possessive }),
                   isPunct(c, 0x2C), Self.indefinites.contains(tokens[start].key) || isLowerWord(c - 1) && !tokens[c - 1].classes.isDisjoint(with: [.roles, .personReferringNouns]) {
                    start = c + 1
                }
                if let last = trimmedLast(end - 1, start), mark.speaker != nil {
                    addIndirect(start, last, speaker: mark.speaker, cue: mark.cue)
                }
                return
            }
            // "That’s according to the county's figures.": the pronoun stands for what the sentence before said.
            if mark.first == opener + 2, tokens[opener].key == keyOf.that || tokens[opener].key == Self.thisWord,
               tokens[opener + 1].kind == .possessive || tokens[opener + 1].key == keyOf.isWord, isSentenceEndPunct(mark.phraseEnd) {
                if !nested { addIndirect(opener, opener, speaker: mark.speaker, cue: mark.cue) }
                return
            }
            // "… victims (the real share is 15 percent, according to X).": the words in the brackets only.
            // (also past a web address's dot: "according to Factline.org)")
            // (Not when an adjunct's comma comes after the attribution: "In May according to X (XB), …".)
            if mark.first > clauseStart, (mark.phraseEnd..<end).contains(where: { isPunct($0, 0x29) }),
               let bracket = (clauseStart..<mark.first).last(where: { isPunct($0, 0x28) || isPunct($0, 0x29) }), isPunct(bracket, 0x28) {
                if let last = trimmedLast(mark.first - 1, bracket + 1) { addIndirect(bracket + 1, last, speaker: mark.speaker, cue: mark.cue) }
                return
            }
            // "… by 20 points according to a CNN count.": without a comma (or a quotation closing on one: "…,” according to) only a named or sourcing phrase.
            let bare = tokens[mark.first - 1].kind == .word && (mark.speaker?.mention != nil || mark.speaker?.kind == .organisation)
            guard mark.first > clauseStart, followsComma(mark.first) || bare else { return }
            // A chain of attributions to the end of the sentence, or one in the middle of it.
            var final = true
            var e = mark.phraseEnd
            for other in marks.dropFirst() where other.first == e + 1 { e = other.phraseEnd }
            // "…, according to X, a pollster who …" / "…, according to X, adding …": the attribution ends the clause.
            if e < end && !isSentenceEndPunct(e)
                && !(isPunct(e, 0x2C) && e + 1 < end && (endsClauseAfterComma(e + 1, end) || Self.indefinites.contains(tokens[e + 1].key)
                                                         || tokens[e + 1].classes.contains(.relativeWords) || tokens[e + 1].key == Self.whereWord
                                                         || isAppositionToEnd(e + 1, end))) { final = false }
            let source = marks.last(where: { $0.speaker?.mention != nil }) ?? mark
            guard source.speaker != nil else { return }
            // Nested, "…, which held $2 million, according to X": the attribution may be the relative clause's alone.
            // A poll already answers for its respondents' clause.
            guard final || !bare, !nested || (final && followsComma(mark.first) && !(clauseStart..<mark.first).contains(where: {
                quoteOf[$0] < 0 && isPunct($0, 0x2C) && tokens[$0 + 1].classes.contains(.relativeWords) })
                && !(mark.first..<mark.phraseEnd).contains(where: { Self.pollHeads.contains(tokens[$0].key) })) else { return }
            // "But, according to the poll, 46 percent …", "… after, according to him, the network …", "While most were …,
            // according to an official, two were …": after a conjunction, or a subordinate clause, the clause that follows
            // (not a verb going on with the subject before: "… and, according to officials, adopted …").
            // Right after a conjunction the clause must follow, even one read as the narrator's apposition ("… because,
            // according to officials, the levy pays for it": not "… because"), though not a description of the source.
            let before = mark.first - 2
            let afterJoint = isPunct(mark.first - 1, 0x2C) && before >= clauseStart && tokens[before].kind == .word
                && (tokens[before].classes.contains(.clauseJoints) || Self.subordinators.contains(tokens[before].key))
            if !final || (afterJoint && e + 1 < end && !Self.indefinites.contains(tokens[e + 1].key) && !tokens[e + 1].classes.contains(.relativeWords)),
               isPunct(e, 0x2C), isPunct(mark.first - 1, 0x2C), before >= clauseStart, tokens[before].kind == .word,
               e + 1 < end, !isPastVerb(e + 1), !tokens[e + 1].classes.contains(.auxiliaries),
               afterJoint || (tokens[clauseStart].kind == .word && Self.subordinators.contains(tokens[clauseStart].key)) {
                if let last = trimmedLast(end - 1, e + 1) { addIndirect(e + 1, last, speaker: source.speaker, cue: source.cue) }
                return
            }
            let last = final ? trimmedLast(mark.first - 1, clauseStart) : trimmedLast(end - 1, clauseStart)
            if let last { addIndirect(clauseStart, last, speaker: source.speaker, cue: source.cue) }
            return
        }
        if nested { return }
        // CLAUSE, X said. / CLAUSE, said X. / CLAUSE, X said, CLAUSE. / CLAUSE, X said, noting “….”
        // A quotation ending the sentence inside a clause of the narrator's (", noting he “…”"), not one a cue opens.
        let midClauseClose = tokens[end - 1].kind == .close && end - 2 > sentence.first
            && quoteIndex(closingAt: end - 1).map({ isMidClause(quotes[$0].open) }) ?? false
        // "The streets were empty, he added, “but ….”": a quotation after a comma ending the sentence.
        let commaClose = !midClauseClose && tokens[end - 1].kind == .close && end - 2 > sentence.first
            && quoteIndex(closingAt: end - 1).map({ quotes[$0].parent == nil && quotes[$0].open.map { $0 > 0 && isPunct($0 - 1, 0x2C) } ?? false }) ?? false
        let stop = midClauseClose || commaClose ? end - 2 : end - 1
        guard end - sentence.first > 6, isSentenceEndPunct(stop), tokens[clauseStart].kind != .open || opensMixedClause(clauseStart) else { return }
        if findParentheticalAttribution(sentence, from: afterDateline(sentence), quotedEnd: midClauseClose, openQuote: commaClose) { return }
        if !midClauseClose && !commaClose { findTrailingAttribution(sentence, clauseStart: clauseStart, before: end - 2) }
    }

    /// "“Fresh paint” would help, she said.": a short quotation opening the clause at `open`
    /// that closes on a word (not "…,” said") before a lower-case word going on with the clause.
    private func opensMixedClause(_ open: Int) -> Bool {
        guard quoteOf[open] >= 0, let close = quotes[Int(quoteOf[open])].close, close + 1 < tokens.count, close - open <= 9 else { return false }
        return tokens[close - 1].kind == .word && isLowerWord(close + 1) && quoteOf[close + 1] < 0 && cueForm(close + 1) == nil
    }

    /// "CLAUSE, X said.", "CLAUSE, said X, …", "CLAUSE, a spokesman for the company told reporters on
    /// Monday, adding …": the first comma before `limit` that an attribution follows ends the clause.
    private func findTrailingAttribution(_ sentence: TextSentence, clauseStart: Int, before limit: Int) {
        let end = sentence.end
        let bodyFirst = afterDateline(sentence)
        guard bodyFirst + 1 < limit else { return }
        for comma in (bodyFirst + 1)..<limit {
            let bodyStart = comma > clauseStart ? clauseStart : bodyFirst
            // "… was “heartbreaking,” she said.": the comma inside the closing mark ends the clause.
            let closing = tokens[comma].kind == .close && isPunct(comma - 1, 0x2C)
                && quoteIndex(closingAt: comma).map({ quotes[$0].parent == nil && isMidClause(quotes[$0].open) }) ?? false
            guard (isPunct(comma, 0x2C) && quoteOf[comma] < 0 && quoteOf[comma - 1] < 0) || closing, comma > bodyStart + 3,
                  let (speaker, k) = trailingAttribution(comma: comma, end) ?? asAttribution(comma, end) else { continue }
            // "As the speech went on, Jo Hale replied …": a subordinate clause alone is no report.
            if tokens[bodyStart].kind == .word && (Self.subordinators.contains(tokens[bodyStart].key) || tokens[bodyStart].key == keyOf.as)
                && !(bodyStart..<comma).contains(where: { isPunct($0, 0x2C) }) { return }
            if let last = closing ? comma : trimmedLast(comma - 1, bodyStart) {
                addIndirect(bodyStart, last, speaker: speaker, cue: tokenText(k))
            }
            return
        }
    }

    /// Whether the words at `n`, after an attribution's closing comma, go on with the clause before it: "by"
    /// and a gerund or a noun phrase, "including", or "to" and a verb.
    private func continuesClause(_ n: Int, _ end: Int) -> Bool {
        guard n + 1 < end, tokens[n].kind == .word, quoteOf[n] < 0, cueForm(n + 1) == nil else { return false }
        let key = tokens[n].key
        if key == keyOf.by { return isIngWord(n + 1) || tokens[n + 1].classes.contains(.determiners) }
        if key == keyOf.to { return isLowerWord(n + 1) && !tokens[n + 1].classes.contains(.determiners) }
        return key == keyOf.including
    }


    /// The speaker and cue token of an attribution that follows the comma at `comma` and ends its
    /// clause (", said Jo Hale, a lawyer.", ", the court said."), if there is one.
    func trailingAttribution(comma: Int, _ end: Int) -> (speaker: SpeakerRef, cue: Int)? {
        // ", tells Breitbart News": a cue taking an addressee is not inverted; its subject comes before the comma.
        // ", said of the mayor": what was spoken of, not who spoke.
        guard let k = attributionCue(after: comma, end), !(k == comma + 1 && cueForm(k)?.flags.contains(.addressee) ?? false),
              !(k == comma + 1 && k + 1 < end && tokens[k + 1].key == keyOf.of) else { return nil }
        // "…, said the harbour's director, Jo Lee.": a description when no name follows the cue.
        let speaker = k == comma + 1 ? scanSubject(from: attributionEnd(after: k, end) - 1, limit: k + 1, forward: true)
                ?? (namesRole(k + 1, end) ? describedSpeaker(k + 1, end: attributionEnd(after: k, end), postmodified: true)?.speaker : nil)
            : jointDescription(last: beforeAdverbs(k - 1, comma + 1), from: comma + 1)
                ?? headOfBody(k, last: beforeAdverbs(k - 1, comma + 1), from: comma + 1) ?? scanSubject(from: k - 1, limit: comma + 1, forward: false)
                ?? describedSpeaker(comma + 1, end: k)?.speaker ?? loneSubject(comma + 1, cue: k) ?? subjectPhrase(k, comma + 1)
        return speaker.map { ($0, k) }
    }

    /// "…, as the harbour paper reported.", "…, as one of them, Jo Lee, reported.": an attribution opening with "as".
    private func asAttribution(_ comma: Int, _ end: Int) -> (speaker: SpeakerRef, cue: Int)? {
        guard comma + 2 < end, tokens[comma + 1].kind == .word, tokens[comma + 1].key == keyOf.as, tokens[comma + 2].key != keyOf.it,
              let found = trailingAttribution(comma: comma + 1, end), found.cue > comma + 2 else { return nil }
        return found
    }

    /// The cue of an attribution starting after the comma at `comma`: a say-verb within a subject's
    /// length of it, with no verb, relative pronoun or quotation before it.
    private func attributionCue(after comma: Int, _ end: Int) -> Int? {
        var k = comma + 1
        var pair = false
        while k < min(end - 1, comma + 16) {
            let tok = tokens[k]
            if let form = cueForm(k) {
                return form.flags.contains(.clause) && (form.past || !form.participle) && !form.flags.contains(.naming)
                    && !(pair && (canBeNoun(k) || tokens[k - 1].key == keyOf.and)) && endsAttribution(k, form, end)
                    && !(canBeNoun(k) && (tokens[k - 1].classes.contains(.determiners) || Self.negations.contains(tokens[k - 1].key))) ? k : nil
            }
            if quoteOf[k] >= 0 || isSentenceEndPunct(k) || isPunct(k, 0x3B) || isPunct(k, 0x3A) { return nil }
            // "…, Jo Hale has said.", "…, tenants and owners say.": an auxiliary before the cue, "and" inside the subject.
            if tok.kind == .word && (isPerfectBeforeCue(k) || (tok.key == keyOf.and && k > comma + 1 && tokens[k - 1].kind == .word
                                                             && tokens[k + 1].kind == .word && !tokens[k + 1].classes.contains(.subjectPronouns))) {
                pair = pair || tok.key == keyOf.and
                k += 1
                continue
            }
            // Not a verb's "-ed" or "-ing" form, but an adjective between a determiner and its noun ("the unsigned opinion").
            let adjective = isPastVerb(k) && tokens[k - 1].classes.contains(.determiners) && isLowerWord(k + 1)
            if tok.kind == .word && (tok.classes.contains(.auxiliaries) || tok.classes.contains(.relativeWords) || tok.classes.contains(.questionWords)
                                     || tok.classes.contains(.clauseJoints) || (isPastVerb(k) && !adjective) || isIngWord(k)) { return nil }
            k += 1
        }
        return nil
    }

    /// "has said", "have long argued": an auxiliary other than "be" at `k`, then only adverbs before a cue.
    private func isPerfectBeforeCue(_ k: Int) -> Bool {
        guard tokens[k].classes.contains(.auxiliaries), !tokens[k].classes.contains(.beAuxiliaries) else { return false }
        var j = k + 1
        while j < tokens.count && tokens[j].kind == .word && tokens[j].classes.contains(.betweenSubjectAndCue)
                && !tokens[j].classes.contains(.beAuxiliaries) && tokens[j].key != keyOf.to && cueForm(j) == nil { j += 1 }
        return j < tokens.count && j > k && cueForm(j) != nil
    }

    /// Whether cue `k` ends its clause's attribution: what follows it up to the sentence's end, or to
    /// a comma before a participle or relative clause (", noting …", ", who …"), is at most an
    /// addressee and adverbials ("told a Senate panel on Monday"), not an object or a clause of its own.
    private func endsAttribution(_ k: Int, _ form: CueForm, _ end: Int) -> Bool {
        var e = k + 1
        while e < end - 1 && !isPunct(e, 0x2C) {
            let tok = tokens[e]
            // "…, analysts say; in 2012 …", "…, she often says: …", "…, the office reported -- a …": the
            // attribution ends at a semicolon, a colon or a dash.
            if isPunct(e, 0x3B) || isPunct(e, 0x3A) || isDash(e) { return true }
            if quoteOf[e] >= 0 || e > k + 12 || isPunct(e, 0x3B) || isPunct(e, 0x3A) { return false }
            if tok.kind == .word {
                let c = tok.classes
                // "…, she told the crew as she left": an adjunct clause of the speaking ends the attribution.
                if Self.subordinators.contains(tok.key) || tok.key == keyOf.as { return true }
                // "told the court in his filing": an -ing noun after a determiner.
                if tok.key == keyOf.that || c.contains(.subjectPronouns) || c.contains(.auxiliaries)
                    || tok.classes.contains(.questionWords) || cueForm(e) != nil || isPastVerb(e)
                    || (isIngWord(e) && !tokens[e - 1].classes.contains(.determiners)) { return false }
                // "wrote in a memo to the staff": "to" before a noun phrase, not an infinitive.
                if tok.key == keyOf.to && !(e + 1 < end && tokens[e + 1].kind == .word && e > k + 1
                                                   && (tokens[e + 1].capitalised || tokens[e + 1].classes.contains(.determiners))) { return false }
                // "said the agency's director": an inverted subject naming a role; after a subject, an object (not a
                // time phrase: "…, a study concluded this year.").
                if e == k + 1 && c.contains(.determiners) && !form.flags.contains(.addressee) && !(followsComma(k) && namesRole(e + 1, end))
                    && !(e + 1 < end && timePhraseStart(e + 1, k) == e) { return false }
            }
            e += 1
        }
        return e >= end - 1 || tokens[e + 1].classes.contains(.relativeWords) || endsClauseAfterComma(e + 1, end)
            || (followsComma(k) && isAppositionToEnd(e + 1, end))
    }

    /// Whether token `k` comes right after a comma, or after a quotation closing on one ("…,” said").
    private func followsComma(_ k: Int) -> Bool {
        k > 1 && (isPunct(k - 1, 0x2C) || (tokens[k - 1].kind == .close && isPunct(k - 2, 0x2C)))
    }

    /// Whether the noun phrase from `n` up to its first preposition has a name, a role or a source noun
    /// in it ("the agency's director", "a spokesman for the city", not "an assessment of …").
    private func namesRole(_ n: Int, _ end: Int) -> Bool {
        var v = n
        while v < min(end, n + 8) && tokens[v].kind != .punct && !tokens[v].classes.contains(.prepositions) {
            if mentionAt[v] >= 0 || !tokens[v].classes.isDisjoint(with: [.roles, .personReferringNouns, .anonymousNouns, .sourceNouns]) { return true }
            v += 1
        }
        return false
    }

    /// ", said Jo Lee, a pastor in Salem, who …", ", said Jo Lee, professor of law.": from `n` to the
    /// sentence's end, a noun phrase describing the speaker just named, up to a relative clause or a
    /// participle; no verb, quotation or cue of its own. A lower-case opening word ending in "s" may be
    /// a verb ("makes sense") and is not taken.
    private func isAppositionToEnd(_ n: Int, _ end: Int) -> Bool {
        guard n < end - 1, tokens[n].kind == .word, !tokens[n].classes.contains(.clauseJoints), !tokens[n].classes.contains(.subjectPronouns),
              tokens[n].capitalised || tokens[n].classes.contains(.determiners) || bytes[tokens[n].end - 1] != 0x73 else { return false }
        var v = n
        while v < end && !isSentenceEndPunct(v) {
            let tok = tokens[v]
            if quoteOf[v] >= 0 || isPunct(v, 0x3B) || isPunct(v, 0x3A) { return false }
            if isPunct(v, 0x2C) && v + 1 < end && (tokens[v + 1].classes.contains(.relativeWords) || endsClauseAfterComma(v + 1, end)) { return true }
            if tok.kind == .word {
                // "a longtime ally who served …", "a union that has …".
                if (tok.classes.contains(.relativeWords) || tok.key == keyOf.that) && v > n { return true }
                if tok.classes.contains(.auxiliaries) || cueForm(v) != nil || isPastVerb(v) || Self.pastForms.contains(tok.key)
                    || tok.classes.contains(.clauseJoints) && tok.key != keyOf.and { return false }
            }
            v += 1
        }
        return v > n
    }

    /// Where an attribution ending its clause stops: the next comma, or the sentence's end.
    private func attributionEnd(after k: Int, _ end: Int) -> Int {
        var e = k + 1
        while e < end - 1 && !isPunct(e, 0x2C) && quoteOf[e] < 0 { e += 1 }
        return e
    }

    /// ", Cuban said." / ", she said,": a capitalised word no name list knows, or a pronoun no name
    /// resolves, alone between the comma at `first` - 1 and the cue `k`.
    private func loneSubject(_ first: Int, cue k: Int) -> SpeakerRef? {
        guard k == first + 1, tokens[first].kind == .word else { return nil }
        if tokens[first].capitalised && mentionAt[first] < 0 && !tokens[first].classes.contains(.subjectPronouns)
            && !tokens[first].classes.contains(.sentenceWords) {
            return SpeakerRef(name: tokenText(first), kind: .person, mention: nil)
        }
        return bareSubject(k, first)
    }

    /// A quotation opening after a word, inside a clause ("was “heartbreaking,”"), not after a cue's
    /// comma or colon.
    private func isMidClause(_ open: Int?) -> Bool {
        guard let open, open > 0 else { return false }
        return tokens[open - 1].kind == .word
    }

    /// "according to the city engineer, Jo Hale.": the end of a person's name that follows the comma at `comma` and a
    /// description in lower case from `start` (no text's noun: not "according to the report, Jo Hale …"), when the name
    /// ends the sentence or a relative clause follows it (", Jo Hale, who …"; not ", Jo Hale, 34, was …"): the name is the
    /// description's apposition, part of the source phrase; "according to the city engineer, who asked …" has none.
    private func appositiveNameEnd(comma: Int, after start: Int, _ end: Int, opening: Bool = false) -> Int? {
        guard comma > start, comma + 1 < end, isPunct(comma, 0x2C), quoteOf[comma] < 0, isLowerWord(comma - 1), canBeNoun(comma - 1),
              (start..<comma).allSatisfy({ tokens[$0].kind == .word || tokens[$0].kind == .possessive }),
              case let head = tokens[comma - 1].key, !Self.documentNouns.contains(head), !SpeechCues.statementNouns.contains(head),
              !SpeechCues.dataNouns.contains(head), !Self.notSources.contains(head),
              mentionAt[comma + 1] >= 0, case let m = Int(mentionAt[comma + 1]), mentions[m].kind == .person,
              mentionTokens[m].lowerBound == comma + 1, case let u = mentionTokens[m].upperBound, u < end, quoteOf[u] < 0,
              isSentenceEndPunct(u) || (isPunct(u, 0x2C) && u + 1 < end && tokens[u + 1].classes.contains(.relativeWords))
                // opening the sentence, also before its clause; not a name with an apposition of its own, which is the
                // clause's subject ("According to an FBI summary, Jo Hale, a top aide, sent …")
                || (opening && isPunct(u, 0x2C) && u + 1 < end && !Self.indefinites.contains(tokens[u + 1].key)) else { return nil }
        return u
    }

    /// The source named by tokens `start..<e` after "according to": a name, or an unnamed source
    /// given by its noun phrase ("according to Egyptian mediators", "according to the news outlet").
    func attributedSource(_ start: Int, _ e: Int) -> SpeakerRef? {
        guard e > start else { return nil }
        // "according to him": the one "he" would stand for; unresolved, the pronoun as written with no name.
        if e == start + 1, let form = Self.subjectForm(of: tokens[start].key) {
            return (resolvePronoun(start, as: form) ?? SpeakerRef(name: "", kind: .person, mention: nil)).written(tokenText(start))
        }
        // "the secretary of the Harbor Agency, Jo Hale": the person an apposition ending the phrase names, not whom the
        // description would refer to.
        if mentionAt[e - 1] >= 0, case let m = Int(mentionAt[e - 1]), mentions[m].kind == .person, mentionTokens[m].upperBound == e,
           case let c = mentionTokens[m].lowerBound - 1, c > start, isPunct(c, 0x2C) { return speaker(mention: m) }
        if let found = scanSubject(from: e - 1, limit: start, forward: true) { return found }
        var first = start
        while first < e && tokens[first].classes.contains(.determiners) { first += 1 }
        // "according to their instinctive preference": a pronoun's quality or leaning, an abstract noun that is no noun
        // for words ("according to his insistence"), names no one: its words are kept with no speaker ("according to
        // her aides", "… his physician" speak).
        if Self.possessivePronouns.contains(tokens[start].key) && isAbstractNoun(e - 1) {
            return SpeakerRef(name: "", kind: .person, mention: nil, written: text(tokens[start].start, tokens[e - 1].end))
        }
        let head = tokens[e - 1].classes
        let sourceLike = head.contains(.sourceNouns) || head.contains(.statementNouns) || head.contains(.referringNouns)
            || head.contains(.organisationWords) || Self.sourceHeads.contains(tokens[e - 1].key)
        let words = (first..<e).allSatisfy { tokens[$0].kind == .word || tokens[$0].kind == .possessive }
        if first < e && sourceLike && words && e - first <= 5 {
            return SpeakerRef(name: text(tokens[first].start, tokens[e - 1].end), kind: .organisation, mention: nil)
        }
        // Any short noun phrase of a determiner and lower-case words ("an attendee", "people in
        // attendance", "one research firm"), not a plan or a schedule.
        let described = start < first || e - first >= 2
        if described, first < e, e - start <= 7, (first..<e).allSatisfy({ isLowerWord($0) || tokens[$0].kind == .possessive }),
           !tokens[e - 1].classes.contains(.prepositions), !tokens[e - 1].classes.contains(.determiners),
           !Self.notSources.contains(tokens[e - 1].key), cueForm(e - 1) == nil {
            return SpeakerRef(name: text(tokens[first].start, tokens[e - 1].end), kind: .person, mention: nil,
                              written: text(tokens[start].start, tokens[e - 1].end))
        }
        // A longer noun phrase whose head comes before its first preposition ("exit polls", "people
        // familiar with the plans", "the officer in charge of the base that night").
        guard first < e, e - start <= 14, (start..<e).allSatisfy({ tokens[$0].kind == .word || tokens[$0].kind == .possessive || tokens[$0].kind == .number }) else { return nil }
        var h = first
        while h + 1 < e && !tokens[h + 1].classes.contains(.prepositions) && !tokens[h + 1].classes.contains(.relativeWords)
                && tokens[h + 1].key != keyOf.that { h += 1 }
        let headToken = tokens[h]
        guard headToken.kind == .word, !headToken.classes.contains(.prepositions), !headToken.classes.contains(.determiners),
              !headToken.classes.contains(.subjectPronouns),
              !Self.notSources.contains(headToken.key), cueForm(h) == nil, !isIngWord(h) else { return nil }
        return SpeakerRef(name: text(tokens[first].start, headToken.end), kind: .person, mention: nil, written: text(tokens[start].start, tokens[e - 1].end))
    }

    private static let possessivePronouns = SpeechCues.keys("his her their its")

    /// Whether the word at `t` is an abstract noun by its ending ("preference", "guidance", "fairness", "sincerity",
    /// "conservatism"), not a noun for words ("insistence", "assurance") nor one of the nouns with those endings for
    /// people or a body ("acquaintance", "charity", "municipality").
    private func isAbstractNoun(_ t: Int) -> Bool {
        isLowerWord(t) && length(t) > 6 && Self.abstractEndings.contains { endsWith(t, $0) }
            && tokens[t].classes.isDisjoint(with: [.statementNouns, .sourceNouns, .organisationWords, .roles])
            && !SpeechCues.contentNouns.contains(tokens[t].key) && !Self.bodiesWithAbstractEndings.contains(tokens[t].key)
    }
    private static let abstractEndings: [StaticString] = ["ence", "ance", "ness", "ity", "ism"]
    private static let bodiesWithAbstractEndings = SpeechCues.keys("""
        acquaintance charity municipality fraternity sorority celebrity majority minority entity utility \
        audience business witness
        """)

    /// Heads of "according to" phrases that name no source ("according to plan").
    private static let notSources = SpeechCues.keys("plan plans schedule script tradition custom rules rule law expectations design form")

    /// "The decision, the court said, was final.": the whole sentence is reported.
    /// With `quotedEnd` (the sentence ends in a quotation opening inside a clause) the clause before an
    /// attribution that a participle follows is reported ("The plan is dead, he said, noting it “….”"),
    /// else the whole sentence ("The plan, he said, is “dead.”"). With `openQuote` (it ends in a
    /// quotation opening after a comma) the whole sentence when a clause of its own comes before a bare
    /// attribution ("The hall was empty, he added, “but ….”"), not an adjunct ("Later, she said, “….”").
    private func findParentheticalAttribution(_ sentence: TextSentence, from first: Int, quotedEnd: Bool, openQuote: Bool) -> Bool {
        let end = sentence.end
        var c = first + 1
        while c < end - 4 {
            defer { c += 1 }
            guard isPunct(c, 0x2C), quoteOf[c] < 0 else { continue }
            var c2 = c + 1
            while c2 < min(end, c + 9) && tokens[c2].kind == .word { c2 += 1 }
            guard c2 < end - 3, c2 > c + 2, isPunct(c2, 0x2C) else { continue }
            for k in (c + 1)..<c2 {
                // Not a cue only a quotation beside it makes one ("- during the debate, Hale cracked, “…” -").
                guard let form = cueForm(k), form.flags.contains(.clause), !form.participle, !form.flags.contains(.besideQuotation) else { continue }
                // "His view, often stated on TV, was that …": a past form after adverbs only, then a preposition
                // other than "by" (or the comma), has no subject; the owner of the noun opening the sentence stated it.
                if form.past && (k + 1 == c2 || (tokens[k + 1].classes.contains(.prepositions) && tokens[k + 1].key != keyOf.by))
                    && ((c + 1)..<k).allSatisfy({ isLowerWord($0) && endsWith($0, "ly") }) {
                    guard let owner = openingOwner(first, comma: c), let last = trimmedLast(end - 1, first) else { return false }
                    addIndirect(first, last, speaker: owner, cue: tokenText(k))
                    return true
                }
                let speaker = scanSubject(from: k - 1, limit: c + 1, forward: false)
                    ?? scanSubject(from: c2 - 1, limit: k + 1, forward: true)
                    ?? describedSpeaker(c + 1, end: k)?.speaker ?? loneSubject(c + 1, cue: k)
                    ?? (k == c2 - 1 && isBareSubject(c + 1, k) ? subjectPhrase(k, c + 1) : nil)  // ", opponents say," ", tech executives say,"
                guard let speaker else { return false }
                // ", X announced, a move welcomed by ...", ", X reported, while …", ", X said on Monday, two days
                // after …", ", said X, the head of …": what follows is an apposition or an adjunct, not the clause.
                let next = tokens[c2 + 1]
                let inverted = k == c + 1 && ((k + 1)..<c2).allSatisfy { tokens[$0].capitalised || tokens[$0].classes.contains(.roles) }
                let finalRelative = next.classes.contains(.relativeWords)
                    && !((c2 + 2)..<end).contains { quoteOf[$0] < 0 && isPunct($0, 0x2C) }
                let participle = isIngWord(c2 + 1) && endsClauseAfterComma(c2 + 1, end) && endsAttribution(k, form, end)
                // "Late last month, the company wrote a long letter, calling it “…”": a cue with an object is no aside.
                guard !quotedEnd || participle || (!canBeNoun(k) && (form.flags.contains(.addressee) || !tokens[k + 1].classes.contains(.determiners))) else { return false }
                guard !openQuote || (!canBeNoun(k) && isClauseOfItsOwn(first, c) && (inverted || (c + 1..<k).allSatisfy({ isSubjectWord($0) }))) else { return false }
                // "…, Jo Hale said, by a wide margin" goes on with the clause.
                // "The levy, said Jo Hale, the council chairman, will pay for …": after the speaker's apposition the clause goes on.
                let resumed = inverted && next.classes.contains(.determiners)
                    && ((c2 + 2)..<min(end - 1, c2 + 10)).first(where: { !isLowerWord($0) || cueForm($0) != nil }).map {
                        isPunct($0, 0x2C) && quoteOf[$0] < 0 && tokens[$0 + 1].classes.contains(.auxiliaries) } ?? false
                let apposition = c - first >= 3 && next.kind == .word && !continuesClause(c2 + 1, end) && !resumed
                    && (Self.indefinites.contains(next.key) || ((quotedEnd || openQuote) && participle) || next.classes.contains(.prepositions) || Self.contrastJoints.contains(next.key)
                        || finalRelative || (inverted && next.classes.contains(.determiners)) || ((inverted || (k == c + 1 && namesRole(k + 1, c2))) && isAppositionToEnd(c2 + 1, end))
                        || (next.classes.contains(.timeWords) && c2 + 2 < end && tokens[c2 + 2].classes.contains(.timeWords)))
                // "Most closures, he said, involved small courses, the latter a reference to …": the narrator's apposition ends it.
                // (Not the last item of a list after a colon or semicolon: "…: a, b; and above all, a sense that …".)
                let closing = apposition ? nil : (c2 + 2..<end).first(where: { quoteOf[$0] < 0 && isPunct($0, 0x2C) && opensClosingApposition($0, end) })
                    .flatMap { comma in (c2 + 1..<comma).contains(where: { isPunct($0, 0x3B) || isPunct($0, 0x3A) }) ? nil : comma }
                guard !(quotedEnd && apposition && !participle),
                      let last = apposition ? trimmedLast(c - 1, first) : trimmedLast((closing ?? end) - 1, first) else { return false }
                addIndirect(first, last, speaker: speaker, cue: tokenText(k))
                return true
            }
        }
        return false
    }

    /// The owner of the noun a sentence opens with before the comma at `c` ("His view,", "Roe's view,"): whom the
    /// pronoun stands for, or the name.
    private func openingOwner(_ first: Int, comma c: Int) -> SpeakerRef? {
        if c == first + 2 && Self.ownerPronouns.contains(tokens[first].key) {
            return resolvePronoun(first)?.written(text(tokens[first].start, tokens[first + 1].end))
        }
        guard mentionAt[first] >= 0, case let m = Int(mentionAt[first]), mentionTokens[m].lowerBound == first,
              case let p = mentionTokens[m].upperBound, p + 2 == c, tokens[p].kind == .possessive else { return nil }
        return speaker(mention: m)
    }

    /// Whether `first..<c` is a clause with a finite verb, not an adjunct ("In May, as he left"), nor a
    /// phrase that the attribution interrupts ("aimed at critics, including").
    private func isClauseOfItsOwn(_ first: Int, _ c: Int) -> Bool {
        guard c - first >= 3, !tokens[c - 1].classes.contains(.prepositions), tokens[first].form == nil, !isParticipleForm(first) else { return false }
        var finite = false
        for j in first..<c where tokens[j].kind == .word {
            let tok = tokens[j]
            if quoteOf[j] >= 0 || tok.classes.contains(.clauseJoints) || tok.classes.contains(.questionWords) || tok.classes.contains(.relativeWords) { return false }
            if tok.classes.contains(.auxiliaries) || Self.pastForms.contains(tok.key) || isPastVerb(j) { finite = true }
        }
        return finite
    }

    /// A word ending in "-ed" or "-ing", capitalised or not ("Asked about it", "Speaking later").
    private func isParticipleForm(_ t: Int) -> Bool {
        let tok = tokens[t]
        return tok.kind == .word && tok.end - tok.start > 4 && (endsWith(t, "ed", foldingCase: true) || endsWith(t, "ing", foldingCase: true))
    }

    /// Whether `from..<k` is a plain subject before cue `k` ("tech executives", "members and leaders",
    /// "people close to the mayor"): words of a subject, "and" or a preposition only inside it.
    private func isBareSubject(_ from: Int, _ k: Int) -> Bool {
        k > from && tokens[from].kind == .word && !tokens[from].classes.contains(.clauseJoints) && tokens[from].key != keyOf.or
            && !tokens[from].classes.contains(.prepositions)
            && (from..<k).allSatisfy { tokens[$0].kind == .word && (isSubjectWord($0) || tokens[$0].key == keyOf.and
                                                                    || ($0 > from && tokens[$0].classes.contains(.prepositions))) }
    }

    /// A word of an attribution's subject: no preposition, relative pronoun, conjunction or verb.
    private func isSubjectWord(_ j: Int) -> Bool {
        let tok = tokens[j]
        return tok.kind != .word || !(tok.classes.contains(.prepositions) || tok.classes.contains(.relativeWords)
                                      || tok.classes.contains(.clauseJoints) || isPastVerb(j) || tok.classes.contains(.auxiliaries))
    }

    func firstWord(_ sentence: TextSentence) -> Int {
        var first = sentence.first
        while first < sentence.end && tokens[first].kind != .word { first += 1 }
        return first
    }

    /// "Hale: Harbor Will Close By May.": the words after the colon of the article's headline that opens with a
    /// person's name (`headlineSpeaker`) report what the person said, unless one quotation fills them (speech of its
    /// own); not a subhead further down ("Hale: Now or never."), which names a section.
    private func findHeadlineStatement(_ sentence: TextSentence) -> Bool {
        guard sentence.paragraph == 0, headline[0], sentence.first == paragraphs[0].firstToken,
              let colon = (sentence.first..<min(sentence.end, sentence.first + 7)).first(where: { isPunct($0, 0x3A) }),
              let last = trimmedLast(sentence.end - 1, colon + 1), !isProfileTitle(colon + 1, last), let speaker = headlineSpeaker(colon: colon),
              !(tokens[colon + 1].kind == .open && quoteOf[colon + 2] >= 0 && quoteOf[last] == quoteOf[colon + 2]) else { return false }
        addIndirect(colon + 1, last, speaker: speaker, cue: ":")
        return true
    }

    /// "Hale: A Life In Politics", "Hale: The Mayor Who Would Not Quit": words from `first` to `last` opening with an
    /// article, with no auxiliary but inside a relative clause, name what a profile is about ("Hale: The Bill Will
    /// Not Pass", "Hale: Our Party Lost Its Way" say something).
    private func isProfileTitle(_ first: Int, _ last: Int) -> Bool {
        guard first <= last, Self.titleArticles.contains(tokens[first].key) else { return false }
        for t in first...last {
            if t > first && (Self.relativePronouns.contains(tokens[t].key) || tokens[t].key == keyOf.that) { return true }
            if tokens[t].classes.contains(.auxiliaries) { return false }
        }
        return true
    }
    private static let titleArticles = SpeechCues.keys("a an the")

    private func trimmedLast(_ last: Int, _ first: Int) -> Int? {
        var last = last
        while last >= first && tokens[last].kind == .punct { last -= 1 }
        return last - first >= 2 ? last : nil
    }
}
