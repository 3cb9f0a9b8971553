import TextAnalysis
import CorpusModel

/// A speaker found for a cue: a display name, its kind and the mention it comes from.
struct SpeakerRef: Sendable {
    var name: String
    var kind: EntityKind
    var mention: Int?
    /// The words naming the speaker where it is cited ("he", "the senator"), when not `name`.
    var written: String? = nil
    /// For people named together as one speaker ("Jo Hale and Ed Roe"), each of them.
    var members: [SpeakerMember] = []

    /// The name of someone the text describes but does not name ("city official": "unnamed city official"); words
    /// that already say so ("an unnamed city official") are not prefixed again.
    static func unnamed(_ words: String) -> String {
        words.hasPrefix("unnamed ") || words.hasPrefix("Unnamed ") ? "unnamed " + words.dropFirst(8) : "unnamed " + words
    }

    /// The same speaker as the words at the citation name it.
    func written(_ words: String) -> SpeakerRef {
        var copy = self
        copy.written = words
        return copy
    }
}

/// Finds who speaks for a cue verb: the subject before it (skipping adverbs, prepositional objects,
/// quotations and appositives), the agent of a passive, the subject of a coordinated or participial
/// cue, and pronouns or role nouns resolved to the nearest fitting earlier speaker.
extension DocumentModel {
    /// The cue form of token `t` when it is used as a speech verb here (asked of every word: what
    /// rules out a word with no cue form is inlined).
    @inline(__always) func cueForm(_ t: Int) -> CueForm? {
        guard tokens[t].kind == .word, let form = tokens[t].form else { return nil }
        return cueForm(t, form)
    }

    /// `cueForm(t)` of a word with the speech-verb form `form`.
    private func cueForm(_ t: Int, _ form: CueForm) -> CueForm? {
        let tok = tokens[t]
        // Headlines capitalise their cues ("Mayor Says Roads Will Reopen"); "Said Hale, “…”" opens a sentence with one.
        if tok.capitalised && !(t > 0 && !sentenceOf.isEmpty && headline[sentences[Int(sentenceOf[t])].paragraph] && !startsSentence(t))
            && !isInvertedCue(t) && !isOpeningQuestion(t) && !isOpeningParticiple(t) { return nil }
        if form.flags.contains(.particle) && !(t + 1 < tokens.count && tokens[t + 1].key == keyOf.out) { return nil }
        if form.flags.contains(.besideQuotation) && !isBesideQuotation(t) { return nil }
        if form.flags.contains(.thatClause) && (!(t + 1 < tokens.count && tokens[t + 1].key == keyOf.that)
                                                || (t >= 2 && (tokens[t - 1].key == Self.so || tokens[t - 2].key == Self.so))) { return nil }
        if form.flags.contains(.nounLike) && !form.past && !form.participle {
            guard t > 0 else { return nil }
            let prev = tokens[t - 1]
            // After a subject it is a verb ("the report states that"); after a determiner, a number or
            // an adjective it is a noun, and a following "that" starts a relative clause ("the states that"); so is
            // an -s form after a plural noun for sources ("police reports", not "police report that").
            let sForm = bytes[tok.end - 1] == 0x73
            let afterSubject = !(sForm && prev.classes.contains(.sourceNouns)) && ((mentionAt[t - 1] >= 0 && mentions[Int(mentionAt[t - 1])].kind != .place)
                || prev.classes.contains(.personPronouns) || prev.classes.contains(.thingPronouns)
                || prev.classes.contains(.sourceNouns) || (prev.classes.contains(.auxiliaries) && !sForm)
                || prev.classes.contains(.statementNouns) || prev.classes.contains(.referringNouns) || Self.sourceHeads.contains(prev.key)
                || Self.relativePronouns.contains(prev.key) || isBareAfterPluralSubject(t))
            if afterSubject { return form }
            if t + 1 < tokens.count {
                let next = tokens[t + 1].key
                if next == keyOf.on || next == keyOf.upon || next == keyOf.for || next == keyOf.to { return form }
                // "X's claim that …", "an earlier claim that …", "the filing states that …"; "a letter to donors
                // notes that …": the -s form agrees with a singular head before a prepositional phrase.
                if next == keyOf.that && (prev.kind == .possessive || Self.sourceHeads.contains(prev.key)
                    || SpeechCues.contentNouns.contains(tok.key) || (sForm && isPluralAfterPreposition(t - 1))) { return form }
            }
            return nil
        }
        return form
    }

    /// Whether the cue at `t` stands beside a quotation: before a comma or colon and its opening mark ("Hale cracked,
    /// “…”"), or after its closing mark, right after it or past a few words of its speaker ("“…,” the crowd jeered"), with no
    /// object after it ("“Stop.” Police cracked down", "“…,” he said. Detectives cracked the case" are no cues).
    private func isBesideQuotation(_ t: Int) -> Bool {
        if t + 2 < tokens.count && (isPunct(t + 1, 0x2C) || isPunct(t + 1, 0x3A)) && tokens[t + 2].kind == .open { return true }
        guard t > 0 else { return false }
        let inverted = tokens[t - 1].kind == .close
        if t + 1 < tokens.count && tokens[t + 1].kind == .word {
            let next = tokens[t + 1]
            // A present form before a preposition is a noun ("“Vote!” jeers from the back drowned her out").
            let present = tokens[t].form.map { !$0.past } ?? false
            guard Self.phraseBreaks.contains(next.key) || (next.classes.contains(.prepositions) && !present)
                    || (inverted && (mentionAt.count > t + 1 && mentionAt[t + 1] >= 0 || next.classes.contains(.determiners))) else { return false }
        }
        var b = t - 1
        while b >= 0 && b >= t - 6 {
            let tok = tokens[b]
            if tok.kind == .close { return true }
            // The speaker's words, not a participle or a verb ("“…,” drawing loud jeers").
            guard tok.kind == .word || tok.kind == .possessive, tok.form == nil, !Self.phraseBreaks.contains(tok.key),
                  !tok.classes.contains(.auxiliaries), !isIngWord(b), !isPastVerb(b) else { return false }
            b -= 1
        }
        return false
    }

    /// "Said Jo Hale, “…”": a capitalised past-tense cue opening its sentence, then a name and a comma or colon.
    func isInvertedCue(_ t: Int) -> Bool {
        guard let form = tokens[t].form, form.past, !sentenceOf.isEmpty, startsSentence(t) else { return false }
        var e = t + 1
        while e < tokens.count && e < t + 8 && ((tokens[e].kind == .word && tokens[e].capitalised) || isInitialStop(e)) { e += 1 }
        return e > t + 1 && e < tokens.count && (isPunct(e, 0x2C) || isPunct(e, 0x3A))
    }

    /// "Adding, “…”": a participle opening its sentence before a comma or colon and a quotation, which goes on
    /// from the sentence before.
    func isOpeningParticiple(_ t: Int) -> Bool {
        guard let form = tokens[t].form, form.participle, !sentenceOf.isEmpty, startsSentence(t), t + 2 < tokens.count else { return false }
        return (isPunct(t + 1, 0x2C) || isPunct(t + 1, 0x3A)) && tokens[t + 2].kind == .open
    }

    /// "Asked whether …, she said": a question cue opening its sentence, its asker unnamed.
    func isOpeningQuestion(_ t: Int) -> Bool {
        guard let form = tokens[t].form, form.past, form.flags.contains(.question), !sentenceOf.isEmpty, startsSentence(t) else { return false }
        return t + 1 < tokens.count && tokens[t + 1].kind == .word && !tokens[t + 1].capitalised
    }

    /// "Patient groups note that …", "critics claim the …", "we claim": a noun-like cue in its bare
    /// form after a plural subject is a verb (a noun there would mostly take the plural "notes", "claims").
    func isBareAfterPluralSubject(_ t: Int) -> Bool {
        guard t > 0, tokens[t].kind == .word, let form = tokens[t].form, form.flags.contains(.nounLike), !form.past, !form.participle,
              bytes[tokens[t].end - 1] != 0x73 else { return false }
        let prev = tokens[t - 1]
        guard prev.kind == .word, quoteOf[t - 1] < 0 else { return false }
        if Self.pluralSubjects.contains(prev.key) || prev.classes.contains(.sourceNouns) { return true }
        // "the jobs report that …" is a compound noun; other plural subjects only with cues rarely a compound's head.
        guard !form.flags.contains(.zeroThat), !prev.capitalised, !prev.classes.contains(.determiners), !prev.classes.contains(.prepositions),
              !prev.classes.contains(.auxiliaries), !prev.classes.contains(.betweenSubjectAndCue) else { return false }
        return isPluralLike(t - 1)
    }

    private static let pluralSubjects = SpeechCues.keys("they we i you who")

    /// Whether token `p` is a lower-case plural ending a prepositional phrase of at most three words ("to donors",
    /// "to his supporters").
    private func isPluralAfterPreposition(_ p: Int) -> Bool {
        guard p >= 2, isLowerWord(p), isPluralLike(p), !tokens[p].classes.contains(.prepositions) else { return false }
        return (max(0, p - 3)..<p).contains { tokens[$0].kind == .word && tokens[$0].classes.contains(.prepositions) }
            && (max(0, p - 3)..<p).allSatisfy { tokens[$0].kind == .word || tokens[$0].kind == .possessive }
    }

    /// Whether token `first` (the start of a noun phrase) is the object of a preposition, past
    /// determiners and lower-case roles ("criticism of the front-runner Roe").
    func isPrepositionObject(_ first: Int) -> Bool {
        var j = first - 1
        var steps = 0
        while j >= 0 && steps < 3 && tokens[j].kind == .word
                && (tokens[j].classes.contains(.determiners) || (!tokens[j].capitalised && tokens[j].classes.contains(.personReferringNouns))) {
            j -= 1; steps += 1
        }
        return j >= 0 && tokens[j].kind == .word && tokens[j].classes.contains(.prepositions)
    }

    /// Whether the name opening at `b` (after `first`) is the object of a preposition after a noun for a group of
    /// people, or of "of" after a role in lower case or a noun for those against it, past an article ("The family of Tom
    /// Hale", "members of Congress", "members of the Acme board", "the head of the Harbor Agency", "Critics of the harbor
    /// police"): the people the words describe, not the name.
    private func followsPeopleNoun(_ b: Int, from first: Int) -> Bool {
        var p = b - 1
        if p > first && tokens[p].classes.contains(.determiners) { p -= 1 }
        guard p > first, tokens[p].classes.contains(.prepositions) else { return false }
        return Self.groupNouns.contains(tokens[p - 1].key)
            || (tokens[p].key == keyOf.of && (Self.opposingNouns.contains(tokens[p - 1].key) || (isLowerWord(p - 1) && tokens[p - 1].classes.contains(.roles))))
    }

    /// Nouns for people who stand against a body or a person ("critics of the harbor police"): never its voice, so the
    /// words name them, where "officials of the harbor police" may speak for the body and are read as it.
    private static let opposingNouns = SpeechCues.keys("critics detractors rivals foes adversaries enemies skeptics sceptics")

    /// "“…,” said members of the Acme board.": a group of a body right after an inverted cue, its group's noun at `g`,
    /// is named by all its words as before the cue (`followsPeopleNoun`), not by the body's name; the words' speaker and
    /// the token after them, before `end`.
    func groupOfBody(at g: Int, end: Int) -> (speaker: SpeakerRef, end: Int)? {
        guard g + 2 < end, isLowerWord(g), Self.groupNouns.contains(tokens[g].key) || Self.opposingNouns.contains(tokens[g].key),
              tokens[g + 1].classes.contains(.prepositions) else { return nil }
        let b = tokens[g + 2].classes.contains(.determiners) ? g + 3 : g + 2
        guard b < end, mentionAt[b] >= 0, case let m = Int(mentionAt[b]), mentionTokens[m].lowerBound == b, followsPeopleNoun(b, from: g) else { return nil }
        // The name may qualify a noun after it ("the Acme board").
        var e = mentionTokens[m].upperBound
        while e < end && isLowerWord(e) && canBeNoun(e) && cueForm(e) == nil && tokens[e].classes.isDisjoint(with: [.prepositions, .auxiliaries, .determiners]) { e += 1 }
        return (SpeakerRef(name: describedName(g, e - 1), kind: .person, mention: nil, written: text(tokens[g].start, tokens[e - 1].end)), e)
    }

    /// The speaker of the cue at token `k`, memoised.
    func speakerOfCue(_ k: Int) -> SpeakerRef? {
        if let cached = cueSpeakers[k] { return cached }
        let found = computeSpeaker(k)
        cueSpeakers[k] = found
        return found
    }

    private func previousCue(before j: Int, from first: Int) -> Int? {
        var t = j - 1
        while t >= first {
            if quoteOf[t] >= 0, let q = outerQuote(t) { t = quoteFirstToken(q) - 1; continue }
            if let form = cueForm(t) {
                // Not a cue's noun in an object ("criticised Roe over his call for …", "posted a Facebook comment").
                var d = t - 1
                if d > first, mentionAt[d] >= 0, form.flags.contains(.nounLike), !form.past { d = mentionTokens[Int(mentionAt[d])].lowerBound - 1 }
                let noun = d >= first && (tokens[d].kind == .possessive
                                          || (tokens[d].classes.contains(.determiners) && tokens[d].key != keyOf.that))
                // Nor a gerund after a preposition ("mocked Roe for calling him …, noting"): the object is its subject.
                let gerund = form.participle && t > first && tokens[t - 1].classes.contains(.prepositions)
                if !noun && !gerund { return t }
            }
            t -= 1
        }
        return nil
    }

    /// "Clark said Lee had begun calling members but said …": the cue whose reported clause holds cue
    /// `p` (a clause-taking cue before it, no comma, dash, semicolon, conjunction or quotation closing
    /// on a comma between), whose subject a cue coordinated after that clause shares; else `p`.
    private func reportingCue(of p: Int, from first: Int) -> Int {
        var found = p
        var t = p - 1
        while t >= first {
            // A quotation closing on a comma ends a clause too ("Roe cannot say that “…,” Hale added, saying").
            if tokens[t].kind == .close && t > 0 && isPunct(t - 1, 0x2C) { break }
            if quoteOf[t] >= 0, let q = outerQuote(t) { t = quoteFirstToken(q) - 1; continue }
            if isPunct(t, 0x2C) || isPunct(t, 0x3B) || isDash(t) || tokens[t].key == keyOf.and || tokens[t].key == keyOf.but { break }
            if let form = cueForm(t), form.flags.contains(.clause), !form.participle { found = t }
            t -= 1
        }
        return found
    }

    private func computeSpeaker(_ k: Int) -> SpeakerRef? {
        let sentence = sentences[Int(sentenceOf[k])]
        guard let form = cueForm(k) else { return nil }
        var j = beforeAdverbs(k - 1, sentence.first)
        if isPassive(k, after: j) {
            if k + 1 < sentence.end && tokens[k + 1].key == keyOf.by {
                return scanSubject(from: min(k + 9, sentence.end - 1), limit: k + 2, forward: true)
            }
            // "In this statement, it is also mentioned that": the author of the statement quoted last.
            let aboutStatement = (sentence.first..<sentence.end).contains { tokens[$0].classes.contains(.statementNouns) }
            return aboutStatement ? lastQuotationSpeaker(before: tokens[k].start) : nil
        }
        if tokens[k].capitalised && isInvertedCue(k) {
            return scanSubject(from: min(k + 8, sentence.end - 1), limit: k + 1, forward: true)
        }
        // "Hale praised the vote. Adding, “…”": the speaker quoted in the sentence before, in the same paragraph, else
        // its subject.
        if tokens[k].capitalised && isOpeningParticiple(k) {
            let s = Int(sentenceOf[k])
            guard s > 0, case let before = sentences[s - 1], before.paragraph == sentence.paragraph else { return nil }
            let from = tokens[before.first].start
            if let i = earlier(quotations.count, { self.quotations[$0].start < self.tokens[k].start }).first(where: { quotations[$0].speaker != nil }),
               quotations[i].start >= from, let name = quotations[i].speaker, let kind = quotations[i].speakerKind {
                return SpeakerRef(name: name, kind: kind, mention: quotations[i].speakerMention, members: quotations[i].speakerMembers)
            }
            return sentenceSubject(from: before.first, before: before.end)
        }
        // "Vidal's claim that": the owner of the claim; "the mayor's warning that": the one a role noun stands for.
        if j == k - 1 && j >= sentence.first + 1 && tokens[j].kind == .possessive && quoteOf[j] < 0 {
            if mentionAt[j - 1] >= 0 { return speaker(mention: Int(mentionAt[j - 1])) }
            if j >= sentence.first + 2, tokens[j - 2].key == keyOf.the, tokens[j - 1].classes.contains(.referringNouns),
               let found = resolveReferring(j - 1, from: j - 1) { return found.written(text(tokens[j - 2].start, tokens[j - 1].end)) }
        }
        // "Roe drew jeers over her remark that", "Roe stood by his warning that": whom the pronoun stands
        // for owns the statement, when a named subject comes first (in an opening phrase, "Contrary to
        // his claim that …,", where the statement ends is less clear) and no object pronoun before it
        // may be the owner instead ("they pressed him over his claim that"; not "her" owning a noun, "her visit").
        // A word may qualify the noun ("drew jeers over his recent claim that"), or an adverb the look-back
        // skipped ("her earlier claim that": `j` is the owner).
        let owner = j == k - 1 && j > sentence.first && isLowerWord(j) && cueForm(j) == nil
            && tokens[j].classes.isDisjoint(with: [.prepositions, .determiners, .auxiliaries, .subjectPronouns]) ? j - 1 : j
        if owner >= sentence.first && quoteOf[owner] < 0 && Self.ownerPronouns.contains(tokens[owner].key)
            && (form.flags.contains(.nounLike) || form.participle) && !form.past
            && k + 1 < sentence.end && tokens[k + 1].key == keyOf.that && sentenceSubject(from: sentence.first, before: owner) != nil
            && !(sentence.first..<owner).contains(where: { tokens[$0].key == Self.him || isObjectHer($0) }) {
            return resolvePronoun(owner)?.written(tokenText(owner))
        }
        // "The judges who ruled against Roe said": the antecedent of a relative clause, not its object.
        if let r = relativeClause(before: j, from: sentence.first) { return scanSubject(from: r - 1, limit: sentence.first, forward: false) }
        // "A spokesman for her said", "A statement from him said": a pronoun a preposition governs right before the cue
        // is no subject; the words before it speak, or whom "she" or "he" would stand for after a statement's noun
        // and "from" or "by" (not "A letter to her said": she is its addressee).
        if j == k - 1, j >= sentence.first + 2, quoteOf[j] < 0, !form.flags.contains(.nounLike) || form.past,
           let subjectForm = Self.subjectForm(of: tokens[j].key), tokens[j - 1].classes.contains(.prepositions) {
            if let found = scanSubject(from: j - 2, limit: sentence.first, forward: false) { return found }
            if tokens[j - 2].classes.contains(.statementNouns) && (tokens[j - 1].key == keyOf.from || tokens[j - 1].key == keyOf.by) {
                return resolvePronoun(j, as: subjectForm)?.written(tokenText(j))
            }
        }
        // A mention right before the cue is its subject, whatever precedes it ("of Tehran claiming"),
        // unless it is the object of a preposition before a verb and a subject comes before it ("aides
        // close to Roe say").
        // A participle may follow an adverb ("with Roe reportedly shouting").
        if j >= sentence.first && (j == k - 1 || form.participle), mentionAt[j] >= 0 {
            // "Jo Hale and Ed Roe said": both, as one subject.
            let m = Int(mentionAt[j]), joint = jointPeople(m), b = joint?.first ?? mentionTokens[m].lowerBound
            if mentionTokens[m].upperBound == j + 1 && quoteOf[j] < 0 {
                let object = !form.participle && !form.flags.contains(.nounLike) && isPrepositionObject(b) && !isShareOf(b)
                // "answered on Facebook writing", "wrote to the Gazette explaining": the channel or addressee does not speak.
                var p = b - 1
                if p > sentence.first && tokens[p].classes.contains(.determiners) { p -= 1 }
                if form.participle && mentions[m].kind != .place && p > sentence.first && Self.channelPrepositions.contains(tokens[p].key),
                   let found = sentenceSubject(from: sentence.first, before: p) { return found }
                // "A doctor in Kandahar said": the place after a preposition does not speak; the words before it do,
                // back to a subordinator opening their clause ("… after a woman in Portland told him").
                let clause = object && mentions[m].kind == .place && b - 1 > sentence.first
                    ? (max(sentence.first, b - 6)..<(b - 1)).last(where: { Self.adverbialOpeners.contains(tokens[$0].key) && tokens[$0 + 1].classes.contains(.determiners) }) : nil
                // "The family of Tom Hale said": the group of people whose the person is speaks, as described; "The head
                // of the Harbor Agency said": the one who heads it.
                let kin = object && followsPeopleNoun(b, from: sentence.first)
                return (object ? scanSubject(from: b - 1, limit: clause.map { $0 + 1 } ?? sentence.first, forward: false) : nil)
                    ?? (object && (mentions[m].kind == .place || kin) ? describedSubject(k) : nil)
                    ?? joint?.speaker ?? speaker(mention: m)
            }
        }
        // "Hale broke with the chairman, Jo Roe, to argue that": an infinitive of purpose after a comma speaks for
        // the sentence's subject, not the object before it (but "urged Roe, the chairman, to explain", "hired Roe, a
        // lawyer, to argue": the one urged or hired; not one hired in a clause of its own: "Hale, who hired a clerk, broke
        // with …").
        if k - 2 == j, j > sentence.first, isPunct(j, 0x2C), tokens[k - 1].key == keyOf.to,
           !(sentence.first..<j).contains(where: { quoteOf[$0] < 0 && (cueForm($0)?.flags.contains(.directive) == true
               || (Self.hiringVerbs.contains(tokens[$0].key) && !(($0 + 1)..<j).contains(where: { Self.pastForms.contains(tokens[$0].key) || isPastVerb($0) }))) }),
           let found = sentenceSubject(from: sentence.first, before: j) { return found }
        // "Roe sent the council a letter on Monday alleging that": a text right before a participle speaks for the
        // subject who sent or issued it (the one nearest the verb: "Hale spoke, and Roe issued a letter alleging": Roe),
        // not the one it was sent to.
        if form.participle, j > sentence.first + 2, tokens[j].classes.contains(.statementNouns), isLowerWord(j),
           let v = (max(sentence.first, j - 6)..<j).last(where: { Self.issuingVerbs.contains(tokens[$0].key) }),
           ((v + 1)..<j).allSatisfy({ tokens[$0].kind == .word && quoteOf[$0] < 0 }),
           let found = scanSubject(from: v, limit: sentence.first, forward: false) ?? describedSubject(v) { return found }
        // "…, having suggested that": a perfect participle; a dash sets it off as a comma does.
        var participle = form.participle
        if j > sentence.first && tokens[j].key == keyOf.having && form.past { participle = true; j -= 1 }
        let afterComma = j >= sentence.first && (isPunct(j, 0x2C) || (tokens[j].kind == .close && j > 0 && isPunct(j - 1, 0x2C))
                                                 || (participle && isDash(j)))
        let afterConjunction = j >= sentence.first && (tokens[j].key == keyOf.and || tokens[j].key == keyOf.but)
        // "Hale attacked Roe by reminding voters that": a gerund of means or time speaks for the clause's subject.
        if form.participle && j > sentence.first && Self.gerundPrepositions.contains(tokens[j].key),
           let found = finiteClauseSubject(before: j, from: adjunctComma(sentence, participles: true).flatMap { $0 < j ? $0 + 1 : nil } ?? sentence.first, near: true) {
            return found
        }
        // "Hale was making a pitch to voters saying": a participle right after people who are the object of "to" speaks for
        // the subject of the clause, not for the ones spoken to (a clause with a verb and no comma or quotation before "to").
        if form.participle, j > sentence.first + 2, quoteOf[j] < 0, tokens[j].classes.contains(.sourceNouns) || Self.groupNouns.contains(tokens[j].key),
           let p = (max(sentence.first + 2, j - 3)..<j).last(where: { tokens[$0].key == keyOf.to }),
           ((p + 1)...j).allSatisfy({ isLowerWord($0) && cueForm($0) == nil && tokens[$0].classes.isDisjoint(with: [.prepositions, .auxiliaries, .subjectPronouns]) }),
           isLowerWord(p - 1), !tokens[p - 1].classes.contains(.auxiliaries),
           case let from = adjunctComma(sentence).flatMap({ $0 < p ? $0 + 1 : nil }) ?? sentence.first,
           (from..<p).allSatisfy({ quoteOf[$0] < 0 && tokens[$0].kind != .punct }),
           // "to" after a noun and its determiner (a pitch or a letter made to them), not after a verb: "listened to voters
           // saying" is the voters'.
           tokens[p - 2].classes.contains(.determiners), canBeNoun(p - 1),
           let v = (from + 1..<p).first(where: { tokens[$0].classes.contains(.auxiliaries) || isPastVerb($0) || Self.pastForms.contains(tokens[$0].key) }),
           let found = scanSubject(from: v, limit: from, forward: false) ?? describedSubject(v) { return found }
        if (participle && afterComma) || afterConjunction {
            // Not a cue inside an opening adjunct ("Turning to the budget, Roe rejected …, saying").
            let adjunct = adjunctComma(sentence, participles: true).flatMap { $0 < j ? $0 + 1 : nil }
            if participle, let found = finiteClauseSubject(before: j, from: adjunct ?? sentence.first) { return found }
            // "…, the harbour master said, adding": the words of a described subject when they name no one
            // and no other clause comes between (", and the union has sued …, saying": the union's).
            if let previous = previousCue(before: j, from: adjunct ?? sentence.first),
               case let reporting = reportingCue(of: previous, from: adjunct ?? sentence.first),
               let found = speakerOfCue(reporting) ?? (((previous + 1)..<j).contains { quoteOf[$0] < 0 && (isPunct($0, 0x2C) || tokens[$0].key == keyOf.and) }
                                                       ? nil : describedSubject(reporting)) { return found }
            // "Olsen signed the order, while Hale proposed a vote and said": a cue joined by "and" or "but"
            // shares the subject of the clause it is joined to, also one a subordinator opens.
            // "Some strategists fear that Hale … and warn that": a verb in its plural form is the group's heading
            // the sentence, not a named person's.
            if afterConjunction, !form.past, !form.participle, bytes[tokens[k].end - 1] != 0x73, case let s = Int(sentenceOf[k]),
               let start = subjectStart(s), start < j, let found = group(at: start, in: s) { return found }
            if afterConjunction, let found = finiteClauseSubject(before: j, from: adjunct ?? sentence.first, subordinate: true) { return found }
            // "X, however, has threatened to veto ..., calling them" and "X rejected the idea and said
            // that": the subject of the sentence.
            if participle || afterConjunction, let found = sentenceSubject(from: sentence.first, before: j) { return found }
        }
        // "Roe spoke as the heckler yelled", "… when an Iowa voter asked", "… as some aides have said": a
        // described subject opening a clause of its own names no one before it; words may qualify its noun.
        if j > sentence.first + 1, isLowerWord(j),
           let d = (max(sentence.first + 1, j - 3)..<j).last(where: { tokens[$0].classes.contains(.determiners) || Self.shares.contains(tokens[$0].key) }),
           Self.adverbialOpeners.contains(tokens[d - 1].key), tokens[d].classes.isDisjoint(with: [.personPronouns, .thingPronouns]), opensClause(d - 1, sentence.first),
           ((d + 1)..<j).allSatisfy({ tokens[$0].kind == .word && cueForm($0) == nil && tokens[$0].classes.isDisjoint(with: [.prepositions, .auxiliaries]) }) {
            return candidate(at: j, allowPrepositionObject: false)?.speaker
        }
        // "Jo Hale — who once said she would … — said": the subject before an aside between dashes, not
        // a name or a pronoun inside it; but "A former candidate — Jo Hale, who lost in 2008 — said": the
        // name that opens the aside is whom the description before it stands for.
        if !participle, j > sentence.first + 1, isDash(j), quoteOf[j] < 0,
           var open = (sentence.first + 1..<(j - 1)).last(where: { isDash($0) && quoteOf[$0] < 0 }) {
            let inside = open + 1
            while open > sentence.first + 1 && isDash(open - 1) { open -= 1 }
            if mentionAt[inside] >= 0, mentions[Int(mentionAt[inside])].kind == .person, mentionAt[open - 1] < 0 {
                return speaker(mention: Int(mentionAt[inside]))
            }
            // "Jo Hale, director of the Harbour Trust — which backs the plan — said": the aside follows an
            // apposition, whose person speaks, not the body the apposition ends with.
            if let person = appositive(comma: open, limit: sentence.first), person.kind == .person { return person }
            return scanSubject(from: open - 1, limit: sentence.first, forward: false)
        }
        // "Many farmers will stay away and others have said …": "others" opening a clause are not the ones named before
        // them (but "Hale and others said": Hale speaks for them).
        if j >= sentence.first, tokens[j].key == Self.others, quoteOf[j] < 0, j == sentence.first || isPunct(j - 1, 0x2C)
            || ((tokens[j - 1].key == keyOf.and || tokens[j - 1].key == keyOf.but) && !(j - 2 >= sentence.first && mentionAt[j - 2] >= 0)) {
            return nil
        }
        if let found = jointDescription(last: j, from: sentence.first) ?? headOfBody(k, last: j, from: sentence.first) { return found }
        return scanSubject(from: j, limit: sentence.first, forward: false)
    }
    private static let others = WordKey.hash("others")

    /// "The chief of the harbor police and the mayor said": two descriptions joined by "and" as a cue's subject, the
    /// second a determiner and up to three lower-case words ending at `last`, the first opening with an article after
    /// `first`, a comma or a dash, with no verb in it; one speaker, as "Jo Hale and Ed Roe said" is, named by all the
    /// words ("chief of the harbor police and the mayor") and linked to no one the document names.
    func jointDescription(last j: Int, from first: Int) -> SpeakerRef? {
        func isNoun(_ t: Int) -> Bool {
            isLowerWord(t) && canBeNoun(t) && cueForm(t) == nil && quoteOf[t] < 0
                && tokens[t].classes.isDisjoint(with: [.prepositions, .determiners, .auxiliaries, .subjectPronouns])
        }
        guard j > first + 3, isNoun(j) else { return nil }
        var d = j - 1
        while d > j - 3 && d > first && isNoun(d) { d -= 1 }
        guard d > first + 2, tokens[d].classes.contains(.determiners), tokens[d].kind == .word, tokens[d - 1].key == keyOf.and,
              isNoun(d - 2) || mentionAt[d - 2] >= 0 else { return nil }
        var s = d - 2
        while s >= first && s > d - 12 && quoteOf[s] < 0 && (tokens[s].kind == .word || tokens[s].kind == .possessive)
                && tokens[s].key != keyOf.and && cueForm(s) == nil && !isPastVerb(s) && !tokens[s].classes.contains(.auxiliaries) { s -= 1 }
        guard s < first || tokens[s].kind == .punct, case let start = s + 1, start + 1 < d - 1,
              tokens[start].key == keyOf.the || tokens[start].key == keyOf.a || tokens[start].key == keyOf.an else { return nil }
        return SpeakerRef(name: describedName(start + 1, j), kind: .person, mention: nil, written: text(tokens[start].start, tokens[j].end))
    }

    /// "The chief of the harbor police said", "The chairman of the Acme board said", and after the words reported, "…,
    /// the chief of the harbor police said": a body's words in lower case ending at `last` before cue `k` (up to three,
    /// or a name and its nouns: "Acme board") after "of" and its article, which a role or a group's noun governs, describe
    /// the one who speaks (not the body, nor the role alone), as a body's name there does ("the head of the Harbor
    /// Agency", "the family of Tom Hale"); the words start after `first`.
    func headOfBody(_ k: Int, last j: Int, from first: Int) -> SpeakerRef? {
        guard j > first + 2, quoteOf[j] < 0 else { return nil }
        var b = j
        if mentionAt[j] >= 0 {
            guard case let m = Int(mentionAt[j]), mentionTokens[m].upperBound == j + 1, case let start = mentionTokens[m].lowerBound,
                  start > first + 1, followsPeopleNoun(start, from: first) else { return nil }
            return describedSubject(k)
        }
        guard isLowerWord(j), canBeNoun(j), cueForm(j) == nil else { return nil }
        while b > j - 3 && b - 1 > first {
            if mentionAt[b - 1] >= 0 { b = mentionTokens[Int(mentionAt[b - 1])].lowerBound; break }
            guard isLowerWord(b - 1), canBeNoun(b - 1), cueForm(b - 1) == nil,
                  tokens[b - 1].classes.isDisjoint(with: [.prepositions, .determiners, .auxiliaries, .subjectPronouns]) else { break }
            b -= 1
        }
        guard b > first + 2, tokens[b - 1].key == keyOf.the, followsPeopleNoun(b, from: first) else { return nil }
        return describedSubject(k)
    }

    /// "…, and Hale fired his deputy, Jo Roe, admitting", "while rivals called for …, Hale stayed …,
    /// noting": the name opening the clause of the nearest past-tense verb before `j` (after "and",
    /// "but", a comma or at `from`), which a participle after it speaks for; or its words, with no
    /// name, when a description opens it ("…, Roe's chief aide rallied supporters, saying").
    /// Not past a relative pronoun; with `near` (a gerund without a comma), nor past "that" or "to".
    /// With `subordinate`, a clause may also open after a subordinator ("while Hale proposed …").
    private func finiteClauseSubject(before j: Int, from: Int, near: Bool = false, subordinate: Bool = false) -> SpeakerRef? {
        var v = j - 1
        while v > from {
            if quoteOf[v] >= 0, let q = outerQuote(v) { v = quoteFirstToken(q) - 1; continue }
            if isSentenceEndPunct(v) || isPunct(v, 0x3B) || isPunct(v, 0x3A) { return nil }
            if Self.relativePronouns.contains(tokens[v].key) || (near && (tokens[v].key == keyOf.that || tokens[v].key == keyOf.to)) { return nil }
            // Not past a subordinator into the clause before ("… as he spoke of … and urged": which clause is joined is unclear).
            if subordinate && Self.adverbialOpeners.contains(tokens[v].key) { return nil }
            if tokens[v].kind == .word && !tokens[v].capitalised && (isPastVerb(v) || tokens[v].form?.past == true || Self.pastForms.contains(tokens[v].key)) {
                // "Roe gave no details about how he planned to …, saying": not the verb of a clause that a
                // pronoun opens after "how" or "that".
                if v >= 2, tokens[v - 1].classes.contains(.subjectPronouns), Self.subordinateOpeners.contains(tokens[v - 2].key) { v -= 2; continue }
                break
            }
            v -= 1
        }
        guard v > from else { return nil }
        var s = v - 1
        while s > from && tokens[s].kind == .word && tokens[s].classes.contains(.betweenSubjectAndCue) { s -= 1 }
        // Not a name joined to another ("Roe and Hale had helped").
        func opensClause(_ b: Int) -> Bool {
            b >= from && (b == from || isPunct(b - 1, 0x2C) || (subordinate && Self.adverbialOpeners.contains(tokens[b - 1].key))
                          || ((tokens[b - 1].key == keyOf.and || tokens[b - 1].key == keyOf.but) && !(b - 2 >= from && mentionAt[b - 2] >= 0)))
        }
        // "while Jo Hale, the former harbour master, proposed": the person an apposition describes.
        if subordinate, isPunct(s, 0x2C), let person = appositive(comma: s, limit: from), let m = person.mention,
           person.kind == .person, opensClause(mentionTokens[m].lowerBound) { return person }
        if mentionAt[s] >= 0 {
            let m = Int(mentionAt[s])
            // Lower-case words may describe the name ("council member Jo Hale", "Democratic incumbent Jo Hale").
            var b = mentionTokens[m].lowerBound
            func describes(_ t: Int) -> Bool {
                if tokens[t].kind == .word && tokens[t].capitalised { return Gazetteer.isPartyOrPeople(tokens[t].key) }
                return isLowerWord(t) && tokens[t].form == nil && !isPastVerb(t) && !Self.phraseBreaks.contains(tokens[t].key)
                    && tokens[t].classes.isDisjoint(with: [.prepositions, .auxiliaries, .subjectPronouns, .determiners])
            }
            while b > from && b > mentionTokens[m].lowerBound - 4 && describes(b - 1) { b -= 1 }
            if b > from && mentionAt[b - 1] >= 0 && tokens[b - 1].capitalised { b = mentionTokens[Int(mentionAt[b - 1])].lowerBound }
            guard mentions[m].kind != .place, mentionTokens[m].upperBound == s + 1, opensClause(b) || opensClause(mentionTokens[m].lowerBound) else { return nil }
            return speaker(mention: m)
        }
        // "He explained the Harbor Times headline by saying": a pronoun opening the clause is its subject.
        if tokens[s].classes.contains(.personPronouns), tokens[s].classes.contains(.subjectPronouns), quoteOf[s] < 0, opensClause(s) {
            return resolvePronoun(s)?.written(tokenText(s))
        }
        // A description: a noun, the words before it back to a determiner or a name's possessive.
        guard isLowerWord(s), quoteOf[s] < 0, tokens[s].classes.isDisjoint(with: [.prepositions, .determiners, .subjectPronouns, .auxiliaries]) else { return nil }
        var b = s
        var owner = false
        while b > from && b > s - 6 && quoteOf[b - 1] < 0 {
            let p = b - 1
            if tokens[p].kind == .possessive, p > from, mentionAt[p - 1] >= 0 { b = mentionTokens[Int(mentionAt[p - 1])].lowerBound; owner = true; break }
            // "Some mayors": a word capitalised only as it opens the sentence.
            if tokens[p].kind == .word && (tokens[p].classes.contains(.determiners) || (p == from && mentionAt[p] < 0)) { b = p; break }
            guard isLowerWord(p), tokens[p].classes.isDisjoint(with: [.prepositions, .subjectPronouns, .auxiliaries]), tokens[p].form == nil,
                  !Self.phraseBreaks.contains(tokens[p].key) else { break }
            b = p
        }
        // Opening the sentence or after a comma; not a pronoun.
        guard b < s, b == from || isPunct(b - 1, 0x2C), !tokens[b].classes.contains(.subjectPronouns) else { return nil }
        let written = text(tokens[b].start, tokens[s].end)
        // "The senator addressed …, remarking": a role noun names whom it refers to.
        if tokens[b].key == keyOf.the, let role = candidate(at: s, allowPrepositionObject: false)?.speaker { return role.written(written) }
        // "Roe's campaign" is named by its words; "The retired surgeon sighed and said", "His chief aide stood and said"
        // as they would be before the cue ("retired surgeon", "chief aide"), when an article or a possessive opens them and
        // no -ly word may end them; "Some aides" and the like keep their words with no name.
        if !owner, tokens[b].key == keyOf.the || tokens[b].key == keyOf.a || tokens[b].key == keyOf.an
            || SpeechCues.possessiveDeterminers.contains(tokens[b].key), !endsWith(s, "ly"),
           let described = describedSubject(v), !described.name.isEmpty, described.written == written { return described }
        return SpeakerRef(name: owner ? written : "", kind: .person, mention: nil, written: written)
    }

    /// Whether the noun phrase at `first` follows a share's "of" ("26 percent of Democrats", "half of
    /// the voters"): the group speaks through the share.
    func isShareOf(_ first: Int) -> Bool {
        guard let w = wordBeforeOf(first) else { return false }
        return tokens[w].kind == .number || Self.shares.contains(tokens[w].key) || bytes[tokens[w].end - 1] == 0x25
    }

    /// Whether token `t` is an article opening its sentence ("The heads of …").
    private func opensSentenceWithArticle(_ t: Int) -> Bool {
        startsSentence(t) && tokens[t].kind == .word && Self.articles.contains(tokens[t].key)
    }

    /// The token before an "of" whose object opens at `first`, past determiners ("half of the voters": half; "heads of
    /// both firms": heads); nil when no "of" takes it.
    private func wordBeforeOf(_ first: Int) -> Int? {
        var j = first - 1
        while j > 0 && tokens[j].kind == .word && tokens[j].classes.contains(.determiners) { j -= 1 }
        return j > 0 && tokens[j].key == keyOf.of ? j - 1 : nil
    }
    private static let shares = SpeechCues.keys("percent half third thirds quarter majority minority most many some several few all none plurality share")

    /// The relative pronoun opening a clause of lower-case words that ends at `j` right before a cue,
    /// after a noun it describes ("the judges who ruled against the law [said]"), if any; not one whose
    /// clause has a pronoun subject of its own ("the halls which he said …": he speaks).
    func relativeClause(before j: Int, from first: Int) -> Int? {
        var r = j
        func back() {
            while r > first && r > j - 18 && quoteOf[r] < 0 && (tokens[r].kind == .word || tokens[r].kind == .number || tokens[r].kind == .possessive)
                    && !Self.relativePronouns.contains(tokens[r].key) { r -= 1 }
        }
        back()
        // "a fisherman who worked at the pier and who asked not to be named said": two clauses joined, from the first.
        if r > first + 1, Self.relativePronouns.contains(tokens[r].key), tokens[r - 1].key == keyOf.and, case let second = r {
            r -= 2
            back()
            if !(r > first && tokens[r].key == tokens[second].key) { r = second }
        }
        guard r > first, r < j, tokens[r].kind == .word, Self.relativePronouns.contains(tokens[r].key), isLowerWord(r + 1),
              !tokens[r + 1].classes.contains(.subjectPronouns),
              tokens[r - 1].kind == .word, !tokens[r - 1].classes.contains(.prepositions), !Self.phraseBreaks.contains(tokens[r - 1].key), cueForm(r - 1) == nil,
              // Not one that reports speech itself ("the aides who said the vote was close say"); a cue there
              // with a preposition or "not" after it reports nothing ("the groups who wrote to the mayor say", "a
              // member who asked not to be named said").
              !((r + 1)...j).contains(where: { cueForm($0) != nil && !($0 < j && (tokens[$0 + 1].classes.contains(.prepositions)
                                                                                 || Self.negations.contains(tokens[$0 + 1].key))) }) else { return nil }
        return r
    }

    /// The first token of a time phrase ending at `j` between a subject and its cue, when a subject
    /// can come before it ("Roe on Tuesday said", "Roe last week said", "Roe this past week announced").
    func timePhraseStart(_ j: Int, _ first: Int) -> Int? {
        guard j > first, tokens[j].kind == .word, mentionAt[j] < 0, quoteOf[j] < 0 else { return nil }
        if tokens[j].classes.contains(.calendarWords) {
            return Self.dayOpeners.contains(tokens[j - 1].key) && j - 1 > first ? j - 1 : j
        }
        guard Self.timeSpans.contains(tokens[j].key), Self.spanOpeners.contains(tokens[j - 1].key) else { return nil }
        var s = j - 1
        if tokens[s].key == Self.past && s - 1 > first && Self.spanOpeners.contains(tokens[s - 1].key) { s -= 1 }  // "this past week"
        return s > first ? s : nil
    }

    /// The token before the adverbs, auxiliaries, time phrases and "for its part" asides that end at `j` ("has also",
    /// "on Tuesday", ", for its part,").
    func beforeAdverbs(_ j: Int, _ first: Int) -> Int {
        var j = j
        while j >= first {
            if tokens[j].kind == .word && tokens[j].classes.contains(.betweenSubjectAndCue) { j -= 1 } else if let s = timePhraseStart(j, first) { j = s - 1 }
            // "An earlier version incorrectly indicated": a word in -ly the closed class lacks (not "the family").
            else if j > first, isLowerWord(j), isLyAdverb(j), cueForm(j) == nil, isLowerWord(j - 1) || tokens[j - 1].kind == .possessive || mentionAt[j - 1] >= 0 { j -= 1 }
            else if j - 5 >= first, isPunct(j, 0x2C), tokens[j - 1].key == Self.part, isPunct(j - 4, 0x2C),
                    SpeechCues.possessiveDeterminers.contains(tokens[j - 2].key), tokens[j - 3].key == keyOf.for { j -= 5 }  // ", for its part,"
            else { break }
        }
        return j
    }
    private static let part = WordKey.hash("part")

    /// Whether cue `k` is a passive past form ("was reported", "is on Tuesday said"): a form of "be" among the
    /// adverbs and auxiliaries between it and `beforeAdverbs(k - 1, _)`, which is `j`.
    func isPassive(_ k: Int, after j: Int) -> Bool {
        guard let form = tokens[k].form, form.past, !form.participle else { return false }
        return ((j + 1)..<k).contains { tokens[$0].classes.contains(.beAuxiliaries) }
    }

    /// `isPassive` for cue `k` in a sentence starting at `first`.
    func isPassiveCue(_ k: Int, _ first: Int) -> Bool {
        isPassive(k, after: beforeAdverbs(k - 1, first))
    }

    private static let channelPrepositions = SpeechCues.keys("to on via at")
    private static let gerundPrepositions = SpeechCues.keys("by after before without")
    /// Words that open an adverbial clause with a subject of its own ("while Hale proposed …").
    private static let adverbialOpeners = SpeechCues.keys("as " + SpeechCues.subordinatorWords)
    private static let dayOpeners = SpeechCues.keys("on last this next early late")
    /// Spans of time a time phrase names ("last week", "that night").
    static let timeSpanWords = "week weekend month year night morning afternoon evening"
    private static let timeSpans = SpeechCues.keys(timeSpanWords)
    private static let spanOpeners = SpeechCues.keys("last this next past that")
    private static let past = WordKey.hash("past")

    /// The first candidate speaker from `first` up to `end` outside quotations and prepositional phrases.
    func sentenceSubject(from first: Int, before end: Int) -> SpeakerRef? {
        subjectOfSentence(from: first, before: end)?.speaker
    }

    /// `sentenceSubject` with the token after the words naming the subject.
    func subjectOfSentence(from first: Int, before end: Int) -> (speaker: SpeakerRef, end: Int)? {
        let sentence = sentences[Int(sentenceOf[first])]
        var f = first
        if mentionAt[f] >= 0, case let m = Int(mentionAt[f]), mentions[m].kind == .place || tokens[f].acronym, isDateline(mentionTokens[m]) {
            f = afterDateline(sentence)
        }
        // "In response to Roe's plan, Hale rallied supporters, saying": the subject after a fronted
        // adjunct, not a name inside it, when there is one (but "As Roe, a lawyer, put it": that comma
        // opens an apposition).
        if first == sentence.first, let comma = adjunctComma(sentence, participles: true), comma + 1 < end,
           mentionAt[comma - 1] < 0 || mentions[Int(mentionAt[comma - 1])].kind != .person {
            if let found = firstCandidate(from: comma + 1, before: end) { return found }
            // "In the Acme debate, candidates dodged …": a group opening the main clause, not the name in the adjunct.
            if let found = groupPhrase(at: comma + 1, in: Int(sentenceOf[comma])), found.end <= end { return found }
        }
        return firstCandidate(from: f, before: end)
    }

    private func firstCandidate(from first: Int, before end: Int) -> (speaker: SpeakerRef, end: Int)? {
        var f = first
        while f < end {
            if quoteOf[f] >= 0, let q = outerQuote(f) { f = (quotes[q].close ?? f) + 1; continue }
            // "The mayor, Jo Hale, rose to say", "the other candidate on the stage, former councillor Jo Hale, drew a
            // contrast, saying": the person a description's apposition names (past a phrase on the description's noun
            // and words of a title before the name).
            if tokens[f].kind == .word, !tokens[f].classes.isDisjoint(with: [.sourceNouns, .roles, .personReferringNouns]),
               let c = (f + 1..<min(end, f + 6)).first(where: { tokens[$0].kind != .word }), isPunct(c, 0x2C),
               c == f + 1 || tokens[f + 1].classes.contains(.prepositions),
               let p = (c + 1..<min(end, c + 5)).first(where: { mentionAt[$0] >= 0 || tokens[$0].kind != .word }), mentionAt[p] >= 0,
               (c + 1..<p).allSatisfy({ isLowerWord($0) || tokens[$0].classes.contains(.roles) }),
               case let m = Int(mentionAt[p]), mentions[m].kind == .person,
               mentionTokens[m].lowerBound == p, case let e = mentionTokens[m].upperBound, e < end, isPunct(e, 0x2C) {
                return (speaker(mention: m), e)
            }
            if let found = candidate(at: f, allowPrepositionObject: false) {
                if let speaker = found.speaker {
                    let after = mentionAt[f] >= 0 ? mentionTokens[Int(mentionAt[f])].upperBound : f + 1
                    // "Several Acme employees, speaking on condition of anonymity, said": the group the name qualifies, its noun
                    // right after the name or after a body's nouns ("Acme board members"; not "Jo Hale met survivors").
                    if mentionAt[f] >= 0, let last = groupNounAfterName(after, through: end - 1),
                       (after..<last).allSatisfy({ tokens[$0].classes.contains(.organisationWords) || Self.groupNouns.contains(tokens[$0].key) }) {
                        return (qualifiedGroup(from: found.first, last: last), last + 1)
                    }
                    return speaker.kind == .organisation ? personQualified(after: after, before: end) ?? (speaker, after) : (speaker, after)
                }
                if mentionAt[f] >= 0 { f = mentionTokens[Int(mentionAt[f])].upperBound; continue }
            }
            f += 1
        }
        return nil
    }

    /// "The Post columnist Jo Hale": the person an organisation's name and a role word or two qualify,
    /// named from token `t`.
    private func personQualified(after t: Int, before end: Int) -> (speaker: SpeakerRef, end: Int)? {
        var p = t
        while p < end && p < t + 3 && isLowerWord(p)
                && (tokens[p].classes.contains(.roles) || tokens[p].classes.contains(.personReferringNouns) || Self.writerNouns.contains(tokens[p].key)) { p += 1 }
        guard p > t, p < end, mentionAt[p] >= 0, case let m = Int(mentionAt[p]), mentions[m].kind == .person,
              mentionTokens[m].lowerBound == p, mentionTokens[m].upperBound <= end else { return nil }
        return (speaker(mention: m), mentionTokens[m].upperBound)
    }

    /// Roles of people who write or speak for an outlet, besides `SpeechCues.roles`.
    private static let writerNouns = SpeechCues.keys("columnist writer contributor pollster host anchor moderator commentator")

    /// Scans for the nearest subject candidate from `from` towards `limit` (backwards, or forwards
    /// from `limit` to `from` when `forward`).
    func scanSubject(from: Int, limit: Int, forward: Bool) -> SpeakerRef? {
        if forward {
            var t = limit
            while t <= from {
                if let found = candidate(at: t, allowPrepositionObject: true) {
                    // "said one Iowa Democrat": a place qualifies the speaker that follows it.
                    if found.speaker == nil && mentionAt[t] >= 0 && mentions[Int(mentionAt[t])].kind == .place {
                        t = mentionTokens[Int(mentionAt[t])].upperBound
                        continue
                    }
                    return found.speaker
                }
                if isSentenceEndPunct(t) || tokens[t].key == keyOf.to { return nil }
                t += 1
            }
            return nil
        }
        var j = from
        // "Hale, who calls Roe a “crook,” said": the comma closing an aside may stand inside closing marks.
        let comma = j > limit && tokens[j].kind == .close && isPunct(j - 1, 0x2C) ? j - 1 : j
        if comma >= limit && isPunct(comma, 0x2C), let found = appositive(comma: comma, limit: limit) { return found }
        while j >= limit {
            if quoteOf[j] >= 0, let q = outerQuote(j) { j = quoteFirstToken(q) - 1; continue }
            if isPunct(j, 0x3B) || isPunct(j, 0x3A) || isPunct(j, 0x2C) || tokens[j].key == keyOf.that { return nil }
            // Past an aside between dashes ("Roe's allies — aiming to … — go on to assure"), but not past a lone dash
            // ("Roe was a planner - a former aide said …": not Roe).
            if j < from && isDash(j) {
                // Not past one closing a phrase before a subject of its own words ("… -- and coming of age then --
                // more than two-thirds of the town's young people predict"): that subject is a description (not a
                // phrase a preposition opens: "Jo Hale — who lost in 2008 — in a statement said").
                if !tokens[j + 1].classes.contains(.prepositions),
                   ((j + 1)...from).contains(where: { tokens[$0].classes.contains(.determiners) || tokens[$0].kind == .possessive }) { return nil }
                var close = j
                while close > limit && isDash(close - 1) { close -= 1 }  // "--"
                guard var open = (limit..<close).last(where: { isDash($0) && quoteOf[$0] < 0 }) else { return nil }
                while open > limit && isDash(open - 1) { open -= 1 }
                j = open - 1
                continue
            }
            if tokens[j].kind == .word && Self.relativePronouns.contains(tokens[j].key) {
                // "Smith, who said ...": the antecedent if it is named, else no speaker.
                var a = j - 1
                if a >= limit && isPunct(a, 0x2C) {
                    // "Jo Hale, a former aide, who said": the person the apposition describes.
                    if let person = appositionHead(comma: a, limit: limit) { return person }
                    a -= 1
                }
                if a >= limit, let found = candidate(at: a, allowPrepositionObject: true), let speaker = found.speaker { return speaker }
                return nil
            }
            if let found = candidate(at: j, allowPrepositionObject: false) {
                // "Several Harlow Party leaders told", "Hale advisers say", "Acme board members said": a name before a
                // group's noun in lower case, or before up to two nouns and it, qualifies the group, which speaks; named by
                // its words with the name's capital ("Acme employees"), not the name ("Mr. Xi and other leaders": Xi).
                if found.speaker != nil, mentionAt[j] >= 0, let last = groupNounAfterName(mentionTokens[Int(mentionAt[j])].upperBound, through: from) {
                    // "Ivo Marsh and other Harbor Party leaders said": the person named before "and other" leads them and
                    // speaks, as "Mr. Xi and other leaders" gives Xi.
                    if found.first - 3 >= limit, tokens[found.first - 1].key == Self.otherWord, tokens[found.first - 2].key == keyOf.and,
                       mentionAt[found.first - 3] >= 0, mentions[Int(mentionAt[found.first - 3])].kind == .person {
                        j = found.first - 3
                        continue
                    }
                    return qualifiedGroup(from: found.first, last: last)
                }
                if let speaker = found.speaker { return speaker }
                // "Ohio Republican leaders said": a place qualifies the group after it.
                if mentionAt[j] >= 0 && mentions[Int(mentionAt[j])].kind == .place && j < from,
                   let group = group(at: found.first, in: Int(sentenceOf[j])) { return group }
                j = found.first - 1
                continue
            }
            j -= 1
        }
        return nil
    }

    /// How many tokens an apposition between a name and its cue may span.
    static let appositionReach = 34

    /// "John Kirby, spokesperson for ..., told" and "A spokesperson for ..., Nasser Kanani, stated".
    private func appositive(comma: Int, limit: Int) -> SpeakerRef? {
        guard let c = commaBefore(comma, limit: limit) else { return nil }
        // A long apposition ("Jo Hale, a lawyer who … at the Center for …, said") follows a person's name.
        let long = comma - c > 17
        // "Ann Lee, the head of the union, which backs Smith, said": a relative clause names someone
        // else; the speaker is the subject before it.
        if tokens[c + 1].kind == .word && Self.relativePronouns.contains(tokens[c + 1].key) {
            // "After she left, Jo Hale, who …, said": a name opening the clause before the relative clause.
            // Also after an opening parenthesis or dash ("(Jo Hale, who …, once said, “…”)").
            if mentionAt[c - 1] >= 0, case let m = Int(mentionAt[c - 1]), mentions[m].kind == .person, mentionTokens[m].upperBound == c,
               case let b = mentionTokens[m].lowerBound, b > limit, isPunct(b - 1, 0x2C) || isPunct(b - 1, 0x28) || isDash(b - 1) { return speaker(mention: m) }
            return sentenceSubject(from: limit, before: c)
        }
        // The name is the whole apposition (", Nasser Kanani,"), not a name inside it (", a lawyer who
        // sued Mr. Roe,").
        if mentionAt[comma - 1] >= 0 {
            let m = Int(mentionAt[comma - 1])
            if mentions[m].kind == .person && mentionTokens[m].lowerBound == c + 1 && mentionTokens[m].upperBound == comma {
                // "Jo Hale, the editor of the city's paper, Harbor Times, said": a name after a description of
                // the person named before it names the description's last noun, not the speaker.
                if let d = commaBefore(c, limit: limit), d > limit, isLowerWord(d + 1), mentionAt[d - 1] >= 0, case let p = Int(mentionAt[d - 1]),
                   mentions[p].kind == .person, mentionTokens[p].upperBound == d { return speaker(mention: p) }
                return speaker(mention: m)
            }
        }
        // "One pastor backing Mr. Roe, Jo Hale of First Church, said": a name opening the apposition
        // names the subject described before it, whose words end with a name a verb or preposition governs.
        if c - 1 >= limit, mentionAt[c + 1] >= 0, case let a = Int(mentionAt[c + 1]), mentions[a].kind == .person,
           mentionTokens[a].lowerBound == c + 1, mentionAt[c - 1] >= 0, case let b = Int(mentionAt[c - 1]), mentionTokens[b].upperBound == c,
           mentionTokens[b].lowerBound > limit, followsVerb(mentionTokens[b].lowerBound) || isPrepositionObject(mentionTokens[b].lowerBound) {
            return speaker(mention: a)
        }
        let found = c - 1 >= limit ? candidate(at: c - 1, allowPrepositionObject: false)?.speaker : nil
        if found?.kind == .person && (!long || found?.mention != nil) { return found }
        if long { return nil }
        // A longer apposition, or one of several ("Jo Hale, editor of The Star, a weekly paper, wrote"):
        // a person named right before an earlier comma.
        var e = c - 1
        while e > limit && e > comma - Self.appositionReach && !isSentenceEndPunct(e) && quoteOf[e] < 0 {
            if isPunct(e, 0x2C) && mentionAt[e - 1] >= 0 {
                let m = Int(mentionAt[e - 1])
                if mentions[m].kind == .person, mentionTokens[m].upperBound == e, mentionTokens[m].lowerBound >= limit,
                   let person = candidate(at: e - 1, allowPrepositionObject: false)?.speaker { return person }
            }
            e -= 1
        }
        return found
    }

    /// The comma opening the apposition that `comma` closes, within reach and outside quotations; a
    /// quoted word inside the apposition is passed over ("Hale, who calls Roe a “crook,” said").
    private func commaBefore(_ comma: Int, limit: Int) -> Int? {
        var c = comma - 1
        while c > limit && c > comma - Self.appositionReach && !isPunct(c, 0x2C) && !isSentenceEndPunct(c) {
            if quoteOf[c] >= 0 {
                guard let q = outerQuote(c), case let open = quoteFirstToken(q), open > limit, c - open < 6 else { break }
                c = open - 1
                continue
            }
            c -= 1
        }
        return c >= limit && isPunct(c, 0x2C) && quoteOf[c] < 0 ? c : nil
    }

    /// "Jo Hale, a former aide to the mayor, who": the named person before an apposition that
    /// describes them (it opens with a determiner or a lower-case word, not another name).
    private func appositionHead(comma: Int, limit: Int) -> SpeakerRef? {
        guard let c = commaBefore(comma, limit: limit), c > limit, mentionAt[c + 1] < 0, tokens[c + 1].kind == .word,
              tokens[c + 1].classes.contains(.determiners) || isLowerWord(c + 1),
              !Self.relativePronouns.contains(tokens[c + 1].key), !Self.phraseBreaks.contains(tokens[c + 1].key),
              mentionAt[c - 1] >= 0, mentions[Int(mentionAt[c - 1])].kind == .person,
              let found = candidate(at: c - 1, allowPrepositionObject: true)?.speaker, found.mention != nil else { return nil }
        return found
    }

    /// "Ann Wilcox and Tom Hale": two people named as one subject, as one speaker ("Ann Wilcox and
    /// Tom Hale", kind person, no mention, the two its members), with the first token of the pair; so two
    /// firms whose first ends in its abbreviation ("Bolt Co. and Acme Corp.", kind organisation); nil
    /// for a list of more ("Roe, Lee and Hale"), a possessive or other names.
    private func jointPeople(_ m: Int) -> (first: Int, speaker: SpeakerRef)? {
        let kind = mentions[m].kind
        guard kind == .person || kind == .organisation else { return nil }
        let range = mentionTokens[m]
        var pair: (Int, Int)?
        if range.lowerBound >= 2 && tokens[range.lowerBound - 1].key == keyOf.and && mentionAt[range.lowerBound - 2] >= 0 {
            pair = (Int(mentionAt[range.lowerBound - 2]), m)
        } else if range.upperBound + 1 < tokens.count && tokens[range.upperBound].key == keyOf.and && mentionAt[range.upperBound + 1] >= 0 {
            let b = Int(mentionAt[range.upperBound + 1])
            if mentionTokens[b].lowerBound == range.upperBound + 1 { pair = (m, b) }
        }
        guard let (a, b) = pair, a != b, mentions[a].kind == kind, mentions[b].kind == kind,
              mentionTokens[a].upperBound + 1 == mentionTokens[b].lowerBound,
              kind == .person ? namesAPerson(a) && namesAPerson(b) : Self.firmAbbreviations.contains(tokens[mentionTokens[a].upperBound - 1].key),
              sentenceOf[mentionTokens[a].lowerBound] == sentenceOf[mentionTokens[b].lowerBound],
              quoteOf[mentionTokens[a].lowerBound] < 0,
              !(mentionTokens[a].lowerBound > 0 && isPunct(mentionTokens[a].lowerBound - 1, 0x2C)),
              !(mentionTokens[b].upperBound < tokens.count && tokens[mentionTokens[b].upperBound].kind == .possessive),
              mentionNames[a] != mentionNames[b] else { return nil }
        let first = mentionTokens[a].lowerBound
        return (first, SpeakerRef(name: mentionNames[a] + " and " + mentionNames[b], kind: kind, mention: nil,
                                  written: text(tokens[first].start, tokens[mentionTokens[b].upperBound - 1].end), members: [member(a), member(b)]))
    }

    /// "Jo Roe, along with Tom Hale of the appeals court and Ann Wilcox, a professor, wrote …": the person
    /// named and the people named after "along with" or "together with" before the subject's verb, as one
    /// speaker ("Jo Roe, Tom Hale and Ann Wilcox"); nil when no other person is named there.
    private func companions(of m: Int) -> (first: Int, speaker: SpeakerRef)? {
        let range = mentionTokens[m]
        let w = range.upperBound + 2
        guard mentions[m].kind == .person, namesAPerson(m), w + 1 < tokens.count, isPunct(range.upperBound, 0x2C),
              Self.accompanying.contains(tokens[range.upperBound + 1].key), tokens[w].key == Self.with else { return nil }
        var names = [mentionNames[m]], members = [member(m)]
        var j = w + 1
        let end = sentences[Int(sentenceOf[range.lowerBound])].end
        // Up to the subject's verb: the first word not in a name that is a cue, a verb in the past, or a word
        // after a comma other than a determiner or "and" (", leads the group that …").
        while j < end && quoteOf[j] < 0 {
            if mentionAt[j] >= 0 {
                let o = Int(mentionAt[j])
                if mentions[o].kind == .person && namesAPerson(o) && !names.contains(mentionNames[o]) {
                    names.append(mentionNames[o])
                    members.append(member(o))
                }
                j = mentionTokens[o].upperBound
                continue
            }
            if isLowerWord(j) && (cueForm(j) != nil || isPastVerb(j) || tokens[j].classes.contains(.auxiliaries)
                || (isPunct(j - 1, 0x2C) && !tokens[j].classes.contains(.determiners) && tokens[j].key != keyOf.and)) { break }
            j += 1
        }
        guard j < end, names.count >= 2 else { return nil }
        var last = j - 1
        while last > range.lowerBound && tokens[last].kind == .punct { last -= 1 }
        let name = names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
        return (range.lowerBound, SpeakerRef(name: name, kind: .person, mention: nil, written: text(tokens[range.lowerBound].start, tokens[last].end),
                                             members: members))
    }
    private static let accompanying = SpeechCues.keys("along together")

    /// Mention `m` as one of the people a joint speaker joins.
    private func member(_ m: Int) -> SpeakerMember { SpeakerMember(name: mentionNames[m], mention: m) }

    /// An interview printed as a transcript, its paragraphs opening "Q:" and "A:": the person its
    /// introduction says was spoken with ("Q&A with Jo Hale", "We spoke with the economist Jo Hale"),
    /// else the one person named in the last paragraph before the first question that names anyone, or
    /// the one of them opening a sentence there (nil when nothing tells who answers); an answer runs from an "A:" paragraph to the next "Q:".
    func findInterview() -> (person: Int, answers: [Bool])? {
        func label(_ p: Int) -> UInt64? {
            let t = paragraphs[p].firstToken
            guard t + 1 < paragraphs[p].endToken, tokens[t].kind == .word, tokens[t].capitalised, length(t) == 1, isPunct(t + 1, 0x3A) else { return nil }
            return tokens[t].key == Self.questionLabel || tokens[t].key == Self.answerLabel ? tokens[t].key : nil
        }
        guard let firstQuestion = paragraphs.indices.first(where: { label($0) == Self.questionLabel }),
              paragraphs.indices.contains(where: { label($0) == Self.answerLabel }) else { return nil }
        let people = mentions.indices.prefix { mentionTokens[$0].lowerBound < paragraphs[firstQuestion].firstToken }
            .filter { mentions[$0].kind == .person }
        // "with the economist Jo Hale", "spoke to harbor master Omar Voss": up to three words describing the name.
        func spokenWith(_ m: Int) -> Bool {
            var j = mentionTokens[m].lowerBound - 1
            while j >= 0 && j >= mentionTokens[m].lowerBound - 4 && isLowerWord(j) && mentionAt[j] < 0 {
                if Self.interviewedBy.contains(tokens[j].key) { return true }
                if tokens[j].key == keyOf.to && j > 0 && Self.spokeTo.contains(tokens[j - 1].key) { return true }
                j -= 1
            }
            return false
        }
        func paragraph(_ m: Int) -> Int { sentences[Int(sentenceOf[mentionTokens[m].lowerBound])].paragraph }
        func one(_ found: [Int]) -> Int? { found.first.flatMap { f in found.allSatisfy { mentionNames[$0] == mentionNames[f] } ? f : nil } }
        // Else who that paragraph names, or the one of them opening a sentence there ("Actress Jo Hale has …").
        guard let person = people.first(where: spokenWith) ?? people.last.flatMap({ last in
            let named = people.filter { paragraph($0) == paragraph(last) }
            return one(named) ?? one(named.filter { opensSentence(mentionTokens[$0].lowerBound) })
        }) else { return nil }
        var answers = [Bool](repeating: false, count: paragraphs.count), answering = false
        for p in paragraphs.indices {
            if let l = label(p) { answering = l == Self.answerLabel }
            answers[p] = answering
        }
        return (person, answers)
    }
    private static let interviewedBy = SpeechCues.keys("with interviewed"), spokeTo = SpeechCues.keys("spoke spoken talked")
    private static let questionLabel = WordKey.hash("q"), answerLabel = WordKey.hash("a")

    /// Where the letters of a letters page start (see `letterStarts`).
    func findLetterStarts() -> [Int] {
        // The person paragraph `p` is only the name of ("Jo Hale."), or nil.
        func signer(_ p: Int) -> Int? {
            let first = paragraphs[p].firstToken
            var end = paragraphs[p].endToken
            guard end - first <= 6 else { return nil }
            if end > first + 1 && isPunct(end - 1, 0x2E) { end -= 1 }
            guard mentionAt[first] >= 0, case let m = Int(mentionAt[first]), mentions[m].kind == .person, mentionTokens[m] == first..<end else { return nil }
            return m
        }
        // A short line without a lower-case word (a name, a place, a section's label).
        func isLabel(_ p: Int) -> Bool {
            paragraphs[p].endToken - paragraphs[p].firstToken <= 8 && !(paragraphs[p].firstToken..<paragraphs[p].endToken).contains(where: isLowerWord)
        }
        // A letter is signed below it, so the page ends in a signature (a place line may follow); a name heading a
        // section ("Jo Hale. ¶ The former governor has …") comes before its text.
        var last = paragraphs.count - 1
        while last >= 0 && isLabel(last) && signer(last) == nil { last -= 1 }
        guard last >= 0, signer(last) != nil else { return [] }
        var starts = [Int]()
        for p in paragraphs.indices {
            guard let m = signer(p) else { continue }
            // The letter after it opens past short lines (a place, a section's label).
            var next = p + 1
            while next < paragraphs.count && isLabel(next) { next += 1 }
            guard next < paragraphs.count else { break }
            let body = paragraphs[next].firstToken..<paragraphs[next].endToken
            guard !body.contains(where: { mentionAt[$0] >= 0 && mentionNames[Int(mentionAt[$0])] == mentionNames[m] }) else { continue }
            starts.append(body.lowerBound)
        }
        return starts
    }

    /// The author of a piece written in the first person, as its last paragraph names them: a tagline naming
    /// someone the text has not named before ("Jo Hale, a law professor, is a member of the paper's board."), or a
    /// credit ("From HARBOR DAYS by Jo Hale. Copyright © 2015 by Jo Hale."); nil when it names no one so, or two.
    func findAuthor() -> Int? {
        guard paragraphs.count > 1, let last = paragraphs.last, last.firstToken < last.endToken else { return nil }
        let from = mentionCount(startingBefore: tokens[last.firstToken].start)
        let people = (from..<mentions.count).filter { mentions[$0].kind == .person }
        guard let m = people.first else { return nil }
        // A credit: the paragraph opens "From", "Excerpted", "Copyright", …, and the author follows "by".
        if Self.creditOpeners.contains(tokens[last.firstToken].key) {
            // After "From", a title or a year before "by" ("From HARBOR DAYS by", "Copyright 2015 by"; not "From Monday,
            // the pier will be run by Jo Hale").
            let opensFrom = tokens[last.firstToken].key == keyOf.from
            let credited = people.filter {
                let by = mentionTokens[$0].lowerBound - 1
                guard by > 0, tokens[by].key == keyOf.by else { return false }
                return !opensFrom || tokens[by - 1].kind == .number || tokens[by - 1].kind == .close || (tokens[by - 1].kind == .word && tokens[by - 1].capitalised)
            }
            return credited.first.flatMap { c in credited.allSatisfy { mentionNames[$0] == mentionNames[c] } ? c : nil }
        }
        // A tagline: a full or titled name opening the paragraph, an apposition, then "is" or "was".
        guard mentionTokens[m].lowerBound == last.firstToken, mentionNameTokens[m].count >= 2 || mentions[m].role != nil,
              !(0..<from).contains(where: { mentionNames[$0] == mentionNames[m] }) else { return nil }
        var u = mentionTokens[m].upperBound
        let end = sentences[Int(sentenceOf[last.firstToken])].end
        if u < end && isPunct(u, 0x2C), let close = ((u + 1)..<end).first(where: { isPunct($0, 0x2C) }) { u = close + 1 }
        guard u < end, Self.copulas.contains(tokens[u].key),
              // Not two authors ("Jo Hale is …. Tim Vane is …").
              !people.contains(where: { mentionNames[$0] != mentionNames[m] && opensSentence(mentionTokens[$0].lowerBound) }) else { return nil }
        return m
    }
    /// The "me" of "Let me say": the writer, not a noun phrase.
    func isLetMe(_ t: Int) -> Bool { t > 0 && tokens[t].key == Self.me && tokens[t - 1].key == Self.letWord }
    private static let me = WordKey.hash("me"), letWord = WordKey.hash("let"), so = WordKey.hash("so")
    private static let creditOpeners = SpeechCues.keys("from excerpted adapted reprinted copyright")

    /// "I" (or "I’ve", …) in an interview's answer (outside quotation marks): the one interviewed.
    private func interviewee(at t: Int) -> SpeakerRef? {
        guard SpeechCues.firstPersonWords.contains(tokens[t].key), tokens[t].capitalised, quoteOf[t] < 0, let interview,
              interview.answers[sentences[Int(sentenceOf[t])].paragraph] else { return nil }
        return speaker(mention: interview.person).written(tokenText(t))
    }

    /// "I" (or "I’ve", …, or the "me" of "Let me say") as the subject of a cue outside quotation marks, in a
    /// piece that is no interview: the author its last paragraph names (`findAuthor`).
    func writer(at t: Int) -> SpeakerRef? {
        guard (SpeechCues.firstPersonWords.contains(tokens[t].key) && tokens[t].capitalised) || isLetMe(t), quoteOf[t] < 0,
              interview == nil, let author else { return nil }
        return speaker(mention: author).written(tokenText(t))
    }

    /// A subject candidate at token `t`: a mention, a pronoun, an unnamed source or a role noun.
    /// Returns the first token of the candidate and its speaker (nil speaker: skip it and go on).
    private func candidate(at t: Int, allowPrepositionObject: Bool) -> (first: Int, speaker: SpeakerRef?)? {
        let tok = tokens[t]
        if mentionAt[t] >= 0 {
            let m = Int(mentionAt[t])
            let range = mentionTokens[m]
            let followedByPossessive = range.upperBound < tokens.count && tokens[range.upperBound].kind == .possessive
            let minorPlace = mentions[m].kind == .place && !mentionIsCountry[m]
            let parenthesised = range.lowerBound > 0 && isPunct(range.lowerBound - 1, 0x28)
            // "WASHINGTON — Sen. Roe said", "PARIS, May 2 (AFP) —": a dateline names no speaker.
            let dateline = (mentions[m].kind == .place || range.allSatisfy { tokens[$0].acronym }) && isDateline(range)
            if followedByPossessive || minorPlace || parenthesised || dateline || (!allowPrepositionObject && isPrepositionObject(range.lowerBound)) {
                return (range.lowerBound, nil)
            }
            if let joint = jointPeople(m) {
                return (joint.first, allowPrepositionObject || !isPrepositionObject(joint.first) ? joint.speaker : nil)
            }
            return (range.lowerBound, speaker(mention: m))
        }
        guard tok.kind == .word else { return nil }
        if tok.classes.contains(.personPronouns) || tok.classes.contains(.thingPronouns) {
            let found = resolvePronoun(t)?.written(tokenText(t))
            // "delegates included on it told": a pronoun a preposition governs is not the subject, so whom it stands for is
            // no speaker; the words stay, unnamed (not a pronoun opening a clause: "as it said").
            if !allowPrepositionObject && t > 0 && quoteOf[t - 1] < 0 && tokens[t - 1].kind == .word
                && tokens[t - 1].classes.contains(.prepositions) && !Self.clauseOpeningPrepositions.contains(tokens[t - 1].key) {
                return (t, found.map { _ in SpeakerRef(name: "", kind: .person, mention: nil, written: tokenText(t)) })
            }
            return (t, found)
        }
        if let found = interviewee(at: t) { return (t, found) }
        if tok.classes.contains(.sourceNouns) {
            // The words on the noun: up to three ("senior administration officials", "law enforcement officials"),
            // past the first only words no closed class holds ("Sunday", "many"), and a name before them ("U.S.
            // officials", "Clinton campaign aides"); not a hedge ("At least six residents": "six residents"), nor a word
            // opening the clause ("…, though voters said", "why critics say", "which officials say": voters, critics, officials).
            func modifies(_ k: Int) -> Bool {
                guard k >= 0 && tokens[k].kind == .word && mentionAt[k] < 0 && sentenceOf[k] == sentenceOf[t] && tokens[k].form == nil
                    && tokens[k].key != keyOf.and && tokens[k].key != keyOf.but && !(k > 0 && opensHedge(k - 1, t))
                    && tokens[k].classes.isDisjoint(with: [.relativeWords, .questionWords, .adjunctStarters]) else { return false }
                if k == t - 1 {
                    guard tokens[k].classes.isDisjoint(with: [.determiners, .prepositions, .betweenSubjectAndCue]) else { return false }
                } else {
                    // Further back, a verb's form ends the phrase ("a poll shows more voters", "echoing security experts").
                    guard tokens[k].classes.isDisjoint(with: [.determiners, .prepositions, .betweenSubjectAndCue, .sentenceWords, .calendarWords, .timeWords, .auxiliaries]),
                          !(isLowerWord(k) && (isPluralLike(k) || isIngWord(k))) else { return false }
                }
                // "Roe rebuked critics", "Roe sharply wants voters": a verb after a name is the name's, not the noun's;
                // so is a past verb after a noun an article opens or a plural ("The storm forced officials", "Rains
                // forced officials"; not "two retired officials", "the newly elected officials").
                guard (isPastVerb(k) || (isLowerWord(k) && isPresentSForm(k))) && k >= 1 else { return true }
                let before = k - 1 - (k >= 2 && isLowerWord(k - 1) && endsWith(k - 1, "ly") ? 1 : 0)
                guard tokens[before].kind == .word else { return mentionAt[before] < 0 }
                let closed = !tokens[before].classes.isDisjoint(with: [.determiners, .sentenceWords])
                let noun = isPastVerb(k) && isLowerWord(before) && !closed
                    && (isPluralLike(before) || (before >= 1 && tokens[before - 1].classes.contains(.determiners)))
                return mentionAt[before] < 0 && !(tokens[before].capitalised && !closed) && !noun
            }
            var first = t
            while first > t - 3 && modifies(first - 1) { first -= 1 }
            if first > 0 && (first == t || tokens[first].classes.isDisjoint(with: [.sentenceWords, .calendarWords, .timeWords])),
               mentionAt[first - 1] >= 0, sentenceOf[first - 1] == sentenceOf[t], case let m = Int(mentionAt[first - 1]),
               quoteOf[first - 1] < 0, !isPrepositionObject(mentionTokens[m].lowerBound) {
                first = mentionTokens[m].lowerBound
            }
            return (first, SpeakerRef(name: describedName(first, t), kind: .person, mention: nil, written: text(tokens[first].start, tok.end)))
        }
        // "A government source said …. The source added": the unnamed source of that noun quoted last, in
        // this paragraph or the one before.
        if t > 0 && tokens[t - 1].key == keyOf.the && tok.classes.contains(.anonymousNouns)
            && !tok.classes.contains(.referringNouns) && !tok.classes.contains(.personReferringNouns) {
            let from = tokens[paragraphs[max(0, sentences[Int(sentenceOf[t])].paragraph - 1)].firstToken].start
            let noun = " " + WordKey.string(tokenText(t))
            for i in earlier(quotations.count, { self.quotations[$0].start < tok.start }) {
                guard quotations[i].start >= from else { break }
                if quotations[i].speakerMention == nil, let name = quotations[i].speaker, name.hasPrefix("unnamed "), WordKey.string(name).hasSuffix(noun) {
                    return (t - 1, SpeakerRef(name: name, kind: .person, mention: nil, written: text(tokens[t - 1].start, tok.end)))
                }
            }
        }
        // "One official", "a New Hampshire Democrat": someone the text does not name.
        if tok.classes.contains(.anonymousNouns) || tok.classes.contains(.personReferringNouns) {
            var j = t - 1
            while j >= max(0, t - 4) && tokens[j].kind == .word && !Self.phraseBreaks.contains(tokens[j].key) {
                // "this source": an unnamed source the text mentioned before, when the noun refers to no title.
                if j == t - 1 && Self.anaphoric.contains(tokens[j].key) && !tok.classes.contains(.referringNouns) && !tok.classes.contains(.personReferringNouns) {
                    return (j, SpeakerRef(name: SpeakerRef.unnamed(tokenText(t)), kind: .person, mention: nil, written: text(tokens[j].start, tok.end)))
                }
                if Self.indefinite.contains(tokens[j].key) {
                    let found = SpeakerRef(name: SpeakerRef.unnamed(text(tokens[j + 1].start, tok.end)), kind: .person, mention: nil)
                    return (j, tok.classes.contains(.anonymousNouns) ? found : found.written(text(tokens[j].start, tok.end)))
                }
                j -= 1
            }
        }
        // "The Fed's statement said": the statement's author; "the ministry's statement said": whom the noun refers to.
        if tok.classes.contains(.statementNouns) && t >= 2 && tokens[t - 1].kind == .possessive && mentionAt[t - 2] >= 0 {
            let m = Int(mentionAt[t - 2])
            return (mentionTokens[m].lowerBound, speaker(mention: m))
        }
        if tok.classes.contains(.statementNouns) && t >= 3 && tokens[t - 1].kind == .possessive && tokens[t - 3].key == keyOf.the
            && tokens[t - 2].kind == .word && tokens[t - 2].classes.contains(.referringNouns), let author = resolveReferring(t - 2, from: t - 2) {
            return (t - 3, author.written(text(tokens[t - 3].start, tok.end)))
        }
        // "The Roe campaign", "the Roe administration", "the Roe presidential campaign": a named person's body, the same
        // speaker as "Roe's campaign", not the person; as the object of a preposition ("officials in the Roe
        // administration said") no speaker.
        if t >= 2, case let owner = isRaceWord(t - 1) ? t - 2 : t - 1, mentionAt[owner] >= 0,
           case let first = mentionTokens[Int(mentionAt[owner])].lowerBound, first >= 1,
           tokens[first - 1].key == keyOf.the, !(t + 1 < tokens.count && tokens[t + 1].kind == .possessive), let name = ownedBodyName(first, t) {
            let the = first - 1
            guard allowPrepositionObject || !isPrepositionObject(the) else { return (the, nil) }
            return (the, SpeakerRef(name: name, kind: .organisation, mention: nil, written: text(tokens[the].start, tok.end)))
        }
        // "His campaign" opening a sentence: the body of whom the pronoun stands for, when a person named in this
        // paragraph or the one before, as "Roe's campaign" would name it; else the noun stays as written.
        if t >= 1 && startsSentence(t - 1) && Self.ownerPronouns.contains(tokens[t - 1].key) && quoteOf[t - 1] < 0
            && Self.ownedBodies.contains(tok.key) && isLowerWord(t) && !(t + 1 < tokens.count && tokens[t + 1].kind == .possessive),
           let owner = resolvePronoun(t - 1), owner.kind == .person, let m = owner.mention,
           sentences[Int(sentenceOf[mentionTokens[m].lowerBound])].paragraph + 1 >= sentences[Int(sentenceOf[t])].paragraph {
            return (t - 1, SpeakerRef(name: owner.name + " " + tokenText(t), kind: .organisation, mention: nil, written: text(tokens[t - 1].start, tok.end)))
        }
        if tok.classes.contains(.referringNouns) && !(t + 1 < tokens.count && tokens[t + 1].kind == .possessive) {
            var j = t - 1
            // "the Vermont senator": a place may qualify the noun; so may an organisation a person's role
            // ("the Senate majority leader"), not a body's ("the Roe campaign" is named by its words).
            while j >= max(0, t - 4) && tokens[j].kind == .word
                    && (mentionAt[j] < 0 || mentions[Int(mentionAt[j])].kind == .place
                        || (mentions[Int(mentionAt[j])].kind == .organisation && tok.classes.contains(.personReferringNouns)))
                    && tokens[j].classes.isDisjoint(with: [.prepositions, .auxiliaries, .beAuxiliaries]) {  // not "the qualifications to be president"
                if tokens[j].key == keyOf.the {
                    // "people close to the mayor": not the object of a preposition, as for a name.
                    if !allowPrepositionObject && isPrepositionObject(j) { return (j, nil) }
                    // "the senator from Vermont", "the governor of Ohio": the place after the noun is part of its words.
                    var last = t
                    if t + 2 < tokens.count, tokens[t + 1].key == keyOf.from || tokens[t + 1].key == keyOf.of, mentionAt[t + 2] >= 0,
                       case let p = Int(mentionAt[t + 2]), mentions[p].kind == .place, mentionTokens[p].lowerBound == t + 2 {
                        last = mentionTokens[p].upperBound - 1
                    }
                    return (j, resolveReferring(t, from: j + 1)?.written(text(tokens[j].start, tokens[last].end)))
                }
                j -= 1
            }
            // "China's foreign ministry", "Taiwan's presidential office": a body of a named state.
            // "Powell's office", "Smith's campaign": a person's organisation.
            if j >= 1 && tokens[j].kind == .possessive && mentionAt[j - 1] >= 0 {
                let m = Int(mentionAt[j - 1])
                if mentions[m].kind != .person || !tok.classes.contains(.personReferringNouns) {
                    let first = mentionTokens[m].lowerBound
                    let kind: EntityKind = tok.classes.contains(.personReferringNouns) ? .person : .organisation
                    let written = text(tokens[first].start, tok.end)
                    return (first, SpeakerRef(name: ownedBodyName(first, t) ?? written, kind: kind, mention: nil, written: written))
                }
            }
        }
        // "the statement said": the author of the statement quoted last.
        if tok.classes.contains(.statementNouns) && t >= 1 && tokens[t - 1].key == keyOf.the {
            return (t - 1, lastQuotationSpeaker(before: tok.start)?.written(text(tokens[t - 1].start, tok.end)))
        }
        return nil
    }

    /// Prepositions that may open a clause of their own, its subject a pronoun ("as it said", "after he left").
    private static let clauseOpeningPrepositions = SpeechCues.keys("after before since as until till than like for")

    /// Whether the place or capitals of `range` open a dateline ("WASHINGTON —", "PARIS, May 2 (AFP) —").
    private func isDateline(_ range: Range<Int>) -> Bool {
        let sentence = sentences[Int(sentenceOf[range.lowerBound])]
        return range.lowerBound == sentence.first && afterDateline(sentence) > range.upperBound
    }

    static let relativePronouns = SpeechCues.keys("who whom which who'd who've who's")
    private static let personRelatives = SpeechCues.keys("who who'd who've who's")
    private static let numberWords = SpeechCues.keys("one two three four five six seven eight nine ten")
    private static let indefinite = SpeechCues.keys("a an one another")
    private static let anaphoric = SpeechCues.keys("this that")

    /// Words that open a subordinate clause before its subject ("how he planned", "that she won").
    private static let subordinateOpeners = SpeechCues.keys("how why whether what that because if when where")
    /// Words that end a subject noun phrase on its left ("and", "who", "that", "but").
    private static let phraseBreaks = SpeechCues.keys("and or but who whom which that when while because if as so than though although")

    /// "Almost half of the respondents said", "the candidate claims": the plain noun phrase right
    /// before cue `k` as its speaker, when no named or referring speaker was found.
    func describedSubject(_ k: Int) -> SpeakerRef? {
        let first = sentences[Int(sentenceOf[k])].first
        // "His comments came after being asked …": the one asked is the subject, and no words before it ask.
        if let form = cueForm(k), form.flags.contains(.question), isPassiveCue(k, first) { return nil }
        var j = beforeAdverbs(k - 1, first)
        // "teachers unions who said", "some who warned": the antecedent of a "who" right before the cue speaks
        // (not one spoken to: "customers who were told").
        let antecedent = j > first && tokens[j].kind == .word && Self.personRelatives.contains(tokens[j].key) && tokens[j - 1].kind != .punct
            && !isPassive(k, after: j)
        if antecedent { j -= 1 }
        // "Those who back her say": the antecedent names the speaker; its relative clause stays in the words.
        let clause = antecedent ? nil : relativeClause(before: j, from: first).map { ($0, j) }
        if let (r, _) = clause { j = r - 1 }
        // "One attendee, who spoke on condition of anonymity, said": a short description before an aside opening
        // with "who" speaks, as a name does there; it must open with a determiner or a number word (checked below).
        var aside = false
        if !antecedent, clause == nil, j > first + 2, quoteOf[j] < 0,
           case let comma = tokens[j].kind == .close && isPunct(j - 1, 0x2C) ? j - 1 : j, isPunct(comma, 0x2C),
           let c = commaBefore(comma, limit: first), c > first, tokens[c + 1].kind == .word, Self.personRelatives.contains(tokens[c + 1].key),
           isLowerWord(c - 1), cueForm(c - 1) == nil {
            aside = true
            j = c - 1
        }
        // "Several growers, including Nora Quill, said": the group whose member the aside names.
        if j > first, isPunct(j, 0x2C), let c = (max(first, j - 10)..<j).last(where: { isPunct($0, 0x2C) }),
           tokens[c + 1].key == keyOf.including, (c + 1..<j).allSatisfy({ quoteOf[$0] < 0 }) { j = c - 1 }
        // "A fisherman in Portland, Oregon, said": the state or country set off after a place ends the words at the place
        // (a town a name list misreads is still the object of its preposition: "near Eau Claire, Wisconsin,").
        if j > first + 2, isPunct(j, 0x2C), mentionAt[j - 1] >= 0, case let s = Int(mentionAt[j - 1]), mentions[s].kind == .place,
           mentionTokens[s].upperBound == j, case let c = mentionTokens[s].lowerBound - 1, c > first, isPunct(c, 0x2C),
           mentionAt[c - 1] >= 0, case let p = Int(mentionAt[c - 1]), mentionTokens[p].upperBound == c,
           mentions[p].kind == .place || isPrepositionObject(mentionTokens[p].lowerBound) { j = c - 1 }
        // "The mayor's warning that": the owner of a cue's noun, not the possessive.
        if j == k - 1 && j > first && tokens[j].kind == .possessive { j -= 1 }
        let last = j
        // "Let me (just) say": the writer, not a noun phrase.
        if last > first && (isLetMe(last) || (last > first + 1 && isLetMe(last - 1))) { return nil }
        // "Her remarks suggested that": a subject of a pronoun and a noun for words is whom the pronoun stands for.
        if last > first, tokens[last].classes.contains(.statementNouns), case let owner = last - 1, quoteOf[owner] < 0,
           Self.ownerPronouns.contains(tokens[owner].key), owner == first || tokens[owner - 1].kind == .punct {
            return resolvePronoun(owner)?.written(text(tokens[owner].start, tokens[last].end))
        }
        var lower = 0
        // The words are short, but a hedge and its count opening them are kept past that length ("At least a dozen
        // members of the city council said").
        // A subject an article opens at the sentence's start is kept to ten words ("The deputy head of the delegation to the
        // forum said").
        let reach = antecedent || aside ? 4 : last - first < 10 && opensSentenceWithArticle(first) ? 10 : 8
        func inHedge(_ j: Int) -> Bool { (max(first, j - 5)...j).contains { pastHedge($0, last).map { $0 > j } ?? false } }
        while j >= first && (j > last - reach || inHedge(j)) && quoteOf[j] < 0 {
            // A name followed by a possessive belongs to the phrase ("the senator's top advisers").
            // So does a place qualifying a noun ("one California delegate", "Iowa farm groups"), or any name doing so
            // after a group's noun and its preposition ("members of the Acme board").
            if mentionAt[j] >= 0 {
                let m = Int(mentionAt[j]), range = mentionTokens[m]
                // And a name after a preposition ends it ("a representative for Mr. Roe").
                let object = range.upperBound == last + 1 && j > first && isPrepositionObject(range.lowerBound)
                let qualifies = isLowerWord(range.upperBound) && (mentions[m].kind == .place || followsPeopleNoun(range.lowerBound, from: first))
                guard range.upperBound < tokens.count, range.upperBound <= last || object,
                      object || tokens[range.upperBound].kind == .possessive || qualifies else { break }
                j = range.lowerBound - 1
                continue
            }
            // The antecedent of "who" is a short noun phrase that starts after a preposition ("including some who
            // warned"; not after "in" between numbers: "four in 10 who said").
            if antecedent && isAntecedentStart(j) { break }
            // A cue's noun after a determiner names the text that speaks ("One tweet said").
            let noun = j == k - 1 && j > first && (tokens[j - 1].classes.contains(.determiners) || tokens[j - 1].key == keyOf.one)
            guard tokens[j].kind == .number || tokens[j].kind == .possessive
                    || (tokens[j].kind == .word && !Self.phraseBreaks.contains(tokens[j].key) && !opensDescribedClause(j, first) && (cueForm(j) == nil || noun)
                        && (!isIngWord(j) || modifiesNoun(j, before: last))
                        && !tokens[j].classes.contains(.subjectPronouns) && !tokens[j].classes.contains(.auxiliaries)) else { break }
            // (a group's noun counts though the sentence's capital opens it: "Friends of Hale said")
            if (isLowerWord(j) || (j == first && Self.groupNouns.contains(tokens[j].key)))
                && !tokens[j].classes.contains(.prepositions) && !tokens[j].classes.contains(.determiners) { lower += 1 }
            j -= 1
        }
        var start = j + 1
        let inHeadline = headline[sentences[Int(sentenceOf[k])].paragraph]
        // A subject starts the sentence or follows a comma, a dash or a phrase break.
        // "The 12 said": a determiner and a lone number stand for the people as "The two" does.
        let count = last == start + 1 && tokens[start].classes.contains(.determiners) && tokens[last].kind == .number
        guard start <= last, lower > 0 || count || inHeadline || clause != nil || antecedent,
              j < first || tokens[j].kind == .punct || Self.phraseBreaks.contains(tokens[j].key) || opensDescribedClause(j, first)
                || (antecedent && isAntecedentStart(j)) else { return nil }
        // The description before a "who" aside opens its clause with a determiner or a number word ("One attendee", "A
        // resident", "Two aides"; not "the crane that the pilots, who …, said").
        if aside && !((j < first || tokens[j].kind == .punct || tokens[j].key == keyOf.and || tokens[j].key == keyOf.but)
                      && (tokens[start].classes.contains(.determiners) || Self.indefinite.contains(tokens[start].key)
                          || Self.numberWords.contains(tokens[start].key) || tokens[start].kind == .number)) { return nil }
        // Not the object of a preposition naming a place or a body ("a staff member in Philadelphia who said"), nor "those who said".
        if antecedent && (mentionAt[last] >= 0 && mentions[Int(mentionAt[last])].kind != .person
                          || (start == last && tokens[last].classes.contains(.determiners))) { return nil }
        // "In addition to stating that …, Roe has vowed …": the cue, a gerund after a preposition, is in a
        // phrase opening the sentence; the subject after that phrase speaks (but "Despite warnings urging
        // calm": the warnings do).
        if j < first && tokens[start].classes.contains(.prepositions) && isIngWord(k) && tokens[k - 1].classes.contains(.prepositions) {
            let sentence = sentences[Int(sentenceOf[k])]
            guard let comma = adjunctComma(sentence), comma > k else { return nil }
            return sentenceSubject(from: comma + 1, before: sentence.end)
        }
        if j < first, let s = afterOpeningTimePhrase(start, last) { start = s }
        while start < last && !opensHedge(start, last)
                && (tokens[start].classes.contains(.prepositions) || (isLowerWord(start) && tokens[start].classes.contains(.sentenceWords) && !tokens[start].classes.contains(.determiners))) { start += 1 }
        guard !tokens[start].classes.contains(.prepositions) || opensHedge(start, last) else { return nil }
        let nameStart = descriptionStart(start, last)
        // "Sen. Jo Hale (D-Maine), a supporter of the levy told": an apposition whose closing comma is missing
        // describes the name opening the clause before it.
        if nameStart > start, clause == nil, let person = nameBeforeApposition(comma: start - 1, first: first) { return person }
        let written = text(tokens[start].start, tokens[clause?.1 ?? last].end)
        if inHeadline && lower == 0 {
            // A headline names its speaker as the article does: the person of the article with that surname.
            func person(named key: UInt64) -> Int? {
                mentions.indices.first { mentions[$0].kind == .person && tokens[mentionNameTokens[$0].upperBound - 1].key == key }
            }
            if let m = person(named: gluedTimeName(last).map { WordKey.hash($0) } ?? tokens[last].key) { return speaker(mention: m).written(written) }
            // Title case capitalises an adverb between the name and the cue ("Roe Just Revealed …", "Roe Finally
            // Admits"): it ends no name. Not a noun the article writes in lower case ("Trump's Son Says").
            var end = last
            while end > nameStart && end + 2 > last
                    && (Self.headlineAdverbs.contains(tokens[end].key) || (isLyAdverb(end) && writtenInLowerCase(tokens[end].key))) {
                end -= 1
            }
            if end < last, let m = person(named: tokens[end].key) { return speaker(mention: m).written(written) }
            // A body's noun after a name ("Roe Campaign Says"): the body speaks, not the person it is named after.
            func isBody(_ j: Int) -> Bool {
                tokens[j].classes.contains(.organisationWords) || (tokens[j].classes.contains(.referringNouns) && !tokens[j].classes.contains(.personReferringNouns))
            }
            // Title case runs a verb phrase into the subject ("Jo Roe Just Got Asked", "Jo Roe Blasts Critics, Quotes …"):
            // the article's person whose surname comes first in it, unless it qualifies someone, a body or a group after it
            // ("Roe's Son Says", "Former Roe Pollster Says", "Roe Campaign Says", "Roe Family Says").
            func qualifies(_ t: Int) -> Bool {
                tokens[t + 1].kind == .possessive || ((t + 1)...end).contains { j in
                    !tokens[j].classes.isDisjoint(with: [.roles, .personReferringNouns])
                        || GivenNames.gender(ofDescription: tokenText(j)) != nil || isBody(j) || Self.groupNouns.contains(tokens[j].key)
                }
            }
            if let t = (nameStart..<end).first(where: { person(named: tokens[$0].key) != nil }), !qualifies(t), let m = person(named: tokens[t].key) {
                return speaker(mention: m).written(written)
            }
            // A capitalised article inside the words is no name ("Rebuilding Isn't The Only Reason …").
            if (nameStart + 1..<end + 1).contains(where: { tokens[$0].key == keyOf.the || tokens[$0].key == keyOf.a }) { return nil }
            // Else the name after any title ("President Jane Roe" → "Jane Roe"); words title case capitalised
            // that the article writes in lower case describe the speaker ("Woman Says …": "woman").
            let nameFrom = (nameStart...end).last { tokens[$0].classes.contains(.roles) }.map { $0 + 1 } ?? nameStart
            let name = text(tokens[nameFrom <= end ? nameFrom : nameStart].start, tokens[end].end)
            let described = (nameStart...end).allSatisfy { !tokens[$0].acronym && writtenInLowerCase(tokens[$0].key) }
            let kind: EntityKind = described ? .person : isBody(end) ? .organisation : Self.groupNouns.contains(tokens[end].key) ? .group : .person
            return SpeakerRef(name: described ? WordKey.string(name) : name, kind: kind, mention: nil, written: written)
        }
        // Not a noun phrase but an adverb or a verb phrase ("Roe, alternately …", "Roe issued a statement
        // saying"): the sentence's named subject speaks, if any.
        if isVerbOrAdverb(start, last) || isPredicate(start, first) { return sentenceSubject(from: first, before: start) }
        // "The village released a statement saying", "His office put out a statement saying": a subject, its past verb (and
        // a particle) and the verb's object; the subject speaks. Before an infinitive cue, also a verb and a preposition's
        // object or a verb and one word ("The judge pointed to a ruling to say", "the court's liberals seemed ready to say"; not "Crews interviewed at the pier said", a participle, nor "a
        // report released by the institute", a participle and its agent).
        let infinitive = k > 0 && tokens[k - 1].key == keyOf.to
        if nameStart + 1 < last, let v = (nameStart + 1..<last).first(where: { isLowerWord($0 - 1) && isPredicate($0, $0 - 1, named: false)
            && (tokens[$0 + 1].classes.contains(.determiners) || (infinitive && $0 + 1 == last) || ($0 + 2 < last && (Self.particles.contains(tokens[$0 + 1].key)
                || (infinitive && tokens[$0 + 1].classes.contains(.prepositions) && tokens[$0 + 1].key != keyOf.by))
                && tokens[$0 + 2].classes.contains(.determiners))) }) {
            return SpeakerRef(name: describedName(nameStart, v - 1), kind: .person, mention: nil,
                              written: text(tokens[start].start, tokens[v - 1].end))
        }
        return SpeakerRef(name: describedName(nameStart, last), kind: .person, mention: nil, written: written)
    }

    /// Whether the antecedent of a "who" before a cue starts after token `j`: a preposition or "including", not
    /// "in" between numbers ("four in 10").
    private func isAntecedentStart(_ j: Int) -> Bool {
        tokens[j].kind == .word && (tokens[j].classes.contains(.prepositions) || tokens[j].key == keyOf.including)
            && !(tokens[j + 1].kind == .number && (tokens[j - 1].kind == .number || Self.numberWords.contains(tokens[j - 1].key)))
    }

    /// "Days before the vote the clerk said", "Minutes later the clerk said": a time phrase opening the sentence
    /// with no comma after it is no part of the subject; the subject starts after "later" or "earlier", or at the
    /// determiner or name after the object of "before", "after" or "since", not one a preposition takes ("Days before
    /// the vote on the levy the clerk said": the clerk) (at `start`, before `last`).
    func afterOpeningTimePhrase(_ start: Int, _ last: Int) -> Int? {
        guard let r = (start..<min(last, start + 4)).first(where: { tokens[$0].classes.contains(.timeRelations) }), r > start,
              tokens[r - 1].classes.contains(.timeWords), !tokens[r - 1].classes.contains(.determiners),
              (start..<r).allSatisfy({ tokens[$0].kind == .number || tokens[$0].classes.contains(.timeWords) || tokens[$0].classes.contains(.determiners) })
        else { return nil }
        if Self.laterWords.contains(tokens[r].key) { return r + 1 }
        guard r + 2 <= last else { return nil }
        return (r + 2...last).first { !tokens[$0 - 1].classes.contains(.prepositions)
            && (Self.articles.contains(tokens[$0].key) || (mentionAt[$0] >= 0 && mentionTokens[Int(mentionAt[$0])].lowerBound == $0)) }
    }

    private static let laterWords = SpeechCues.keys("later earlier")
    /// Verbs of sending or putting out a text ("sent the council a letter alleging …").
    private static let issuingVerbs = SpeechCues.keys("sent sends issued issues released releases published publishes posted filed circulated distributed")
    /// Verbs that take someone to act for the subject ("hired Jo Roe, a lawyer, to argue that …").
    private static let hiringVerbs = SpeechCues.keys("""
        hire hired hires hiring appoint appointed appoints tap tapped taps enlist enlisted enlists recruit recruited recruits \
        retain retained retains assign assigned assigns send sent sends commission commissioned commissions
        """)

    /// The person named right before `comma` (perhaps with a party in brackets: "Jo Hale (D-Maine),"),
    /// when the name opens its clause: the sentence, or after a comma, past a title.
    func nameBeforeApposition(comma: Int, first: Int) -> SpeakerRef? {
        guard comma > first, isPunct(comma, 0x2C), quoteOf[comma] < 0 else { return nil }
        var e = comma - 1
        // The brackets may be part of the name ("Jo Hale (D-NY)", an acronym in them).
        if mentionAt[e] < 0, isPunct(e, 0x29), let open = (max(first, e - 8)..<e).last(where: { isPunct($0, 0x28) }) { e = open - 1 }
        guard e >= first, mentionAt[e] >= 0, case let m = Int(mentionAt[e]), mentions[m].kind == .person, mentionTokens[m].upperBound == e + 1 else { return nil }
        var b = mentionTokens[m].lowerBound
        // A title before it ("Sen.", "Gov.").
        while b > first && b > mentionTokens[m].lowerBound - 3
                && ((tokens[b - 1].kind == .word && tokens[b - 1].capitalised && mentionAt[b - 1] < 0)
                    || (tokens[b - 1].mark == 0x2E && b - 2 >= first && tokens[b - 2].kind == .word && tokens[b - 2].capitalised && tokens[b - 2].end == tokens[b - 1].start)) { b -= 1 }
        let opens = b == first || isPunct(b - 1, 0x2C) || (tokens[b - 1].kind == .close && b - 2 >= first && isPunct(b - 2, 0x2C))
        return opens ? speaker(mention: m) : nil
    }

    /// "Local fishing leaders", "several voting rights groups": an -ing word after a determiner or quantifier (and
    /// perhaps one word) qualifying the noun phrase that ends at `last`, with no preposition or pronoun after it;
    /// not a participle with an object ("citing the report", "speaking on condition", "retirees carrying signs").
    private func modifiesNoun(_ j: Int, before last: Int) -> Bool {
        // Its noun phrase opens the sentence or follows a determiner or quantifier, and is no preposition's object
        // ("to the drafting committee"; but "many of the fishing leaders", and the object of "of" after a noun an article
        // opening the sentence takes: "The heads of both lobbying firms").
        func opens(_ p: Int) -> Bool {
            if tokens[p].kind == .word && tokens[p].capitalised && startsSentence(p) && !tokens[p].classes.contains(.sentenceWords) { return true }
            guard tokens[p].kind == .number || tokens[p].classes.contains(.determiners) || Self.shares.contains(tokens[p].key) else { return false }
            return !isPrepositionObject(p) || isShareOf(p)
                || wordBeforeOf(p).map { $0 >= 1 && opensSentenceWithArticle($0 - 1) && isLowerWord($0) && cueForm($0) == nil && !isIngWord($0) } == true
        }
        let qualified = opens(j) || (j >= 1 && opens(j - 1))
            || (j >= 2 && isLowerWord(j - 1) && tokens[j - 1].form == nil && !isIngWord(j - 1) && opens(j - 2))
        return qualified && j < last && cueForm(j) == nil
            && ((j + 1)...last).allSatisfy { isLowerWord($0) && cueForm($0) == nil && !isIngWord($0) && !Self.phraseBreaks.contains(tokens[$0].key)
                && !Self.objectPronouns.contains(tokens[$0].key)
                && tokens[$0].classes.isDisjoint(with: [.prepositions, .determiners, .auxiliaries, .personPronouns, .thingPronouns, .subjectPronouns, .betweenSubjectAndCue]) }
    }

    /// Whether token `j` opens an adverbial clause whose subject a determiner starts ("… will oppose the levy after a
    /// woman …"; see `opensClause`).
    private func opensDescribedClause(_ j: Int, _ first: Int) -> Bool {
        tokens[j].kind == .word && Self.adverbialOpeners.contains(tokens[j].key) && j + 1 < tokens.count && tokens[j + 1].classes.contains(.determiners)
            && opensClause(j, first)
    }

    /// Whether a subordinator at `j` opens a clause: its sentence's ("When a reporter asked", "But as a reporter
    /// noted"), or one after a verb ("will oppose", "have grown", "spoke", "said"); not a preposition inside a
    /// subject ("Fishermen on the pier since the storm say").
    private func opensClause(_ j: Int, _ first: Int) -> Bool {
        (first..<j).allSatisfy { tokens[$0].kind == .punct || tokens[$0].key == keyOf.and || tokens[$0].key == keyOf.but }
            || (first..<j).contains { isLowerWord($0) && quoteOf[$0] < 0 && (tokens[$0].classes.contains(.auxiliaries) || tokens[$0].form != nil
                                                                           || isPastVerb($0) || Self.pastForms.contains(tokens[$0].key)) }
    }

    /// The name a live blog's time stamp is glued to when its page is flattened ("9:23PMRubio" → "Rubio").
    private func gluedTimeName(_ t: Int) -> String? {
        guard tokens[t].kind == .number else { return nil }
        let word = tokenText(t).drop { $0.isNumber }
        guard word.hasPrefix("AM") || word.hasPrefix("PM"), case let name = word.dropFirst(2), name.count > 1,
              name.first?.isUppercase ?? false, name.dropFirst().allSatisfy({ $0.isLowercase }) else { return nil }
        return String(name)
    }

    /// Words that stand for people on their own ("most said", "others argue").
    private static let quantifiers = SpeechCues.keys("some many most several one two another others few both all each")

    /// Whether the words `start...last` before a cue are an adverb or a verb ("pointedly", "before",
    /// "declined"), start with a verb and its object ("released a statement") or end with a preposition
    /// ("began by saying", "aside from saying"), rather than naming anyone.
    private func isVerbOrAdverb(_ start: Int, _ last: Int) -> Bool {
        if isLowerWord(last) && tokens[last].classes.contains(.prepositions) { return true }
        let head = tokens[start]
        guard head.kind == .word, !head.capitalised, !head.classes.contains(.determiners) else { return false }
        // "went on to say", "began by saying": a noun phrase does not end in a preposition.
        if start < last && tokens[last].kind == .word && tokens[last].classes.contains(.prepositions) { return true }
        // "rose to say", "stood up to announce": lower-case words before the cue's "to" are a verb's.
        if last + 1 < tokens.count && tokens[last + 1].kind == .word && tokens[last + 1].key == keyOf.to { return true }
        if start == last {
            return (length(start) > 4 && endsWith(start, "ly")) || endsInEd(start, longerThan: 4) || head.classes.contains(.prepositions)
                || (head.classes.contains(.sentenceWords) && !Self.quantifiers.contains(head.key))
        }
        return endsInEd(start, longerThan: 4) && tokens[start + 1].kind == .word && tokens[start + 1].classes.contains(.determiners)
    }
    /// Adverbs title case capitalises between a headline's speaker and its cue (besides those in -ly).
    private static let headlineAdverbs = SpeechCues.keys("just now also still even again never already soon once")
    private static let she = WordKey.hash("she")
    /// Possessive pronouns of one person, before the noun of what they said.
    static let ownerPronouns = SpeechCues.keys("his her")
    private static let him = WordKey.hash("him")
    /// The subject form of a pronoun naming a source as an object ("according to him": "he"), or nil.
    static func subjectForm(of key: UInt64) -> UInt64? {
        key == him ? he : key == SpeechCues.k.her ? she : key == them ? they : nil
    }
    private static let he = WordKey.hash("he"), them = WordKey.hash("them"), his = WordKey.hash("his")
    /// Whether the word at `j` is the pronoun `key` ("he", "she") in any form ("his", "him"; "her").
    private func isForm(_ j: Int, of key: UInt64) -> Bool {
        let k = tokens[j].key
        return k == key || Self.subjectForm(of: k) == key || (k == Self.his && key == Self.he)
    }

    /// "Jo Hale, a Roe supporter, fanned controversy with …", "Hale rebuked critics who …": a lower-case
    /// past verb (not after a determiner) opening the words, after a person named earlier in the sentence.
    /// With `named` false, only the verb: a lower-case past form not after a determiner.
    private func isPredicate(_ start: Int, _ first: Int, named: Bool = true) -> Bool {
        let head = tokens[start]
        guard head.kind == .word, !head.capitalised, start > first, !tokens[start - 1].classes.contains(.determiners),
              endsInEd(start, longerThan: 4) || Self.pastVerbs.contains(head.key) else { return false }
        return !named || (first..<start).contains { mentionAt[$0] >= 0 && mentions[Int(mentionAt[$0])].kind == .person && quoteOf[$0] < 0 }
    }
    private static let pastVerbs = SpeechCues.keys("led took came made gave held sent put")

    /// Whether "he" or "she" can stand for a speaker: a name ("Jo Hale") or one person described
    /// ("the reporter", "his brother"), not several ("witnesses", "the parents"), nor a share, a text
    /// or a body ("most", "ten percent", "one news account", "the book", "the paper", "the agency").
    static func isOnePerson(_ name: String) -> Bool {
        if holds(name, " and ") { return false }
        // "Mr. Roe's advisers", "Roe’s campaign": judged by the noun after the possessive.
        let owned = holds(name, "'s ") || holds(name, "’s ")
        if !owned && EntityResolver.isProper(name) { return true }
        let last = name.utf8.suffix(2)
        guard !(last.last == 0x73 && last.first != 0x73), let head = name.split(separator: " ").last else { return false }
        let key = WordKey.hash(String(head))
        return !(head.first?.isNumber ?? true) && !quantifiers.contains(key) && !notPeople.contains(key)
            && !sourceHeads.contains(key) && !groupNouns.contains(key) && !documentNouns.contains(key)
            && SpeechCues.table.lookup(key).0.isDisjoint(with: [.statementNouns, .organisationWords])
    }
    /// Words for a share or a number of people ("ten percent", "half", "a number of voters").
    static let notPeople = SpeechCues.keys("percent per cent share majority minority half third quarter number")

    /// Whether the UTF-8 of `text` holds that of `part`: a byte search (`String.contains` of a String
    /// goes through Foundation's NSString search, some thousands of instructions).
    private static func holds(_ text: String, _ part: String) -> Bool {
        var (text, part) = (text, part)
        return text.withUTF8 { t in
            part.withUTF8 { p in
                p.count <= t.count && (0...(t.count - p.count)).contains { i in (0..<p.count).allSatisfy { t[i + $0] == p[$0] } }
            }
        }
    }

    /// The speaker of the last quotation that starts before `position` (a text offset) and not before offset
    /// `since`; of a person, one person, of the gender `female` tells when it is given and theirs is known.
    func lastQuotationSpeaker(before position: Int, since: Int = 0, kind: EntityKind? = nil, female: Bool? = nil) -> SpeakerRef? {
        for i in earlier(quotations.count, { self.quotations[$0].start < position }) {
            if quotations[i].start < since { break }
            guard let name = quotations[i].speaker, let speakerKind = quotations[i].speakerKind else { continue }
            if let kind, speakerKind != kind { continue }
            guard !Self.documentNouns.contains(Self.lastWordKey(name)) else { continue }
            if kind == .person && (!Self.isOnePerson(name) || speaksAsI(i)) { continue }
            if let female, let known = genders[name] ?? GivenNames.gender(ofDescription: name), known != female { continue }
            return SpeakerRef(name: name, kind: speakerKind, mention: quotations[i].speakerMention, members: quotations[i].speakerMembers)
        }
        return nil
    }

    /// Whether quotation `i` is spoken as "I" ("I’ve", the "me" of "Let me say"): by an interviewee or a piece's
    /// author, who is not "he" or "she" there.
    private func speaksAsI(_ i: Int) -> Bool {
        // Only "I…" or "me" may be: no hashing of every other name.
        guard let written = quotations[i].asWritten, let first = written.utf8.first, first == 0x49 || first == 0x6D else { return false }
        let key = WordKey.hash(written)
        return SpeechCues.firstPersonWords.contains(key) || key == Self.me
    }

    /// Whether the name at `first` is a person's affiliation ("Jo Hale of the Gazette"): "of" (and "the") after a person.
    private func isAffiliation(_ first: Int) -> Bool {
        var p = first - 1
        if p > 0 && tokens[p].key == keyOf.the { p -= 1 }
        return p > 0 && tokens[p].key == keyOf.of && mentionAt[p - 1] >= 0 && mentions[Int(mentionAt[p - 1])].kind == .person
    }

    /// The key of the last word of `name` ("report" of "the Roe report"), read in place.
    private static func lastWordKey(_ name: String) -> UInt64 {
        var name = name
        return name.withUTF8 { WordKey.hash($0, $0.lastIndex(of: 0x20).map { $0 + 1 } ?? 0, $0.count) }
    }

    /// How many earlier quotations or mentions a reference looks back at.
    static let lookBack = 200

    /// The indices below `count` that `isEarlier` accepts, nearest (highest) first, at most `limit`: a
    /// reference reads back over the quotations or mentions before it, wherever it stands in a long document.
    func earlier(_ count: Int, limit: Int = lookBack, _ isEarlier: @escaping (Int) -> Bool) -> some Sequence<Int> {
        (0..<count).reversed().lazy.filter(isEarlier).prefix(limit)
    }

    /// he/she: the person quoted last in this or the previous paragraph (unless a fitting person is
    /// named after that quotation), else the nearest earlier person named outside quotations; it/they: the nearest
    /// organisation or country in the same sentence, else the last organisation quoted, else the
    /// nearest earlier one named.
    /// `form` is the pronoun the word is read as ("according to him": "he").
    func resolvePronoun(_ t: Int, as form: UInt64? = nil) -> SpeakerRef? {
        let key = form ?? tokens[t].key
        let person = SpeechCues.personPronouns.contains(key) || Self.ownerPronouns.contains(key)
        let female = key == Self.she || key == keyOf.her
        let sentenceFirst = sentences[Int(sentenceOf[t])].first
        func fits(_ m: Int) -> Bool {
            if qualifiesNounAfter(m) { return false }
            if person {
                guard mentions[m].kind == .person && namesAPerson(m) else { return false }
                // Skip a person known to be of the other gender (by title, or an earlier he/she).
                return genders[mentionNames[m]].map { $0 == female } ?? true
            }
            // A country is "it" in news; "they" is its people or officials, whom a name does not give.
            // A people ("Americans", "Ohio Democrats") is "they", never "it".
            if key != Self.they && isPeople(m) { return false }
            return mentions[m].kind == .organisation || (mentionIsCountry[m] && key != Self.they)
        }
        if let found = asForTopic(of: t, fits: fits) ?? (person ? addressee(of: t, as: key, fits: fits) : nil) { return found }
        // Reported clauses before the pronoun: someone named inside one is talked about, not talking.
        let here = tokens[t].start
        // (by index: a loop over the elements would copy each quotation, its strings retained)
        let recent = max(0, quotations.count - Self.lookBack)..<quotations.count
        let reported = recent.filter { quotations[$0].kind == .indirect && !(quotations[$0].start <= here && here < quotations[$0].end) }
            .map { quotations[$0].start..<quotations[$0].end }
        // A pronoun inside someone's reported words is a weaker guess: it does not teach the gender.
        let nested = recent.contains { quotations[$0].start <= here && here < quotations[$0].end }
        // "Roe, who …, fits the bill, he added": the words before the pronoun are what it reports, and
        // who is named there is talked about; the search starts before the sentence.
        let start = reportsSentenceStart(t) ? sentenceFirst - 1 : t - 1
        // "Aides stressed that Hale's plan included two parts. She announced …": an owner opening the reported
        // clause of the sentence right before is that clause's topic, for he/she opening its own sentence.
        func isClauseTopic(_ m: Int) -> Bool {
            let range = mentionTokens[m]
            return person && t == sentenceFirst && sentenceOf[range.lowerBound] + 1 == sentenceOf[t] && range.lowerBound > 0
                && tokens[range.lowerBound - 1].key == keyOf.that && range.upperBound < tokens.count
                && tokens[range.upperBound].kind == .possessive
        }
        // he/she: the first fitting person of the nearest sentence that has one (its subject, as a
        // reader takes it); it/they: the nearest fitting name, from `top` (the pronoun, or where a search that found none stopped).
        func search(from top: Int = start, down to: Int, objects: Bool = false) -> SpeakerRef? {
            var j = top
            var clause = reported.count - 1
            var best: Int?, actor: Int?, subject: Int?, lone: Int?
            while j >= to {
                if let b = best ?? lone, sentenceOf[j] != sentenceOf[mentionTokens[b].lowerBound] { break }
                // "Though he did not name Roe, he said": the same pronoun as subject before the name is
                // who the sentence is about; the name is an object, and the referent is found earlier.
                if person && best != nil && tokens[j].key == key && quoteOf[j] < 0 && isSubject(j) {
                    best = nil; actor = nil; subject = nil
                    j = sentences[Int(sentenceOf[j])].first - 1
                    continue
                }
                if mentionAt[j] >= 0 && quoteOf[j] < 0 {
                    let m = Int(mentionAt[j])
                    let range = mentionTokens[m]
                    let possessive = range.upperBound < tokens.count && tokens[range.upperBound].kind == .possessive
                    let position = tokens[range.lowerBound].start
                    while clause >= 0 && reported[clause].lowerBound > position { clause -= 1 }
                    // "… pointed out that Hale said only that …. He also said": one who speaks there is not talked about.
                    let clauseTopic = isClauseTopic(m)
                    let talkedAbout = person && clause >= 0 && reported[clause].contains(position) && !speaksAfter(range.upperBound) && !clauseTopic
                    // "Obama's remarks were …": a possessive opening its sentence is the sentence's topic.
                    let topic = possessive && person && (startsSentence(range.lowerBound) || clauseTopic)
                    // With `objects` ("it" in its own sentence) a body a preposition brings in may be it ("Files from the
                    // Trust circulated after it announced"), not a country nor a person's affiliation ("Jo Hale of the Gazette").
                    if fits(m) && (!possessive || topic) && !talkedAbout && ((objects && !mentionIsCountry[m] && !isAffiliation(range.lowerBound)) || !isPrepositionObject(range.lowerBound)) {
                        if !person { return speaker(mention: m) }
                        // "…,” said Jo Hale": who speaks in that sentence is who it is about.
                        if best == nil && followsInvertedSay(range.lowerBound) { return speaker(mention: m) }
                        best = m
                        if !followsVerb(range.lowerBound) { actor = m }
                        // "Noting that Roe had won, Hale said": the subject after an opening adjunct.
                        if person && subject == nil && isSubject(range.lowerBound) { subject = m }
                    } else if person && best == nil && lone == nil && !possessive && !talkedAbout
                                && sentenceOf[j] + 1 >= sentenceOf[t] && isLoneName(m) {
                        lone = m
                    }
                    j = range.lowerBound - 1
                    continue
                }
                j -= 1
            }
            // "Roe has demonized Wall Street, and Doe has …": a name after a verb is its object.
            if let m = subject ?? actor ?? best { return speaker(mention: m) }
            return lone.map { SpeakerRef(name: mentionNames[$0], kind: .person, mention: $0, written: mentions[$0].surface) }
        }
        if person {
            // On a letters page no one before the letter's start is its "he" or "she".
            let letter = letterStarts.last(where: { $0 <= t }) ?? 0
            let horizon = max(letter, t - Self.lookBack * 20)
            // A woman or man described just before, unless the words the pronoun signs open on that person
            // ("But the senator may …. ¶ “His best bet is …,” he said": someone else says them).
            let opensOnPronoun = tokens[sentenceFirst].kind == .open && sentenceFirst + 1 < t && isForm(sentenceFirst + 1, of: key)
            let described = opensOnPronoun ? nil : genderedSubject(before: t, pronoun: key, female: female)
            // "…, courtesy of Jo Hale, a delegate from Ohio who …. “…,” he said": one a preposition brings in with
            // a description in the sentence right before a quotation the pronoun signs is the new voice.
            let newcomer = tokens[sentenceFirst].kind == .open && sentenceFirst > 0
                ? newcomer(in: Int(sentenceOf[sentenceFirst - 1]), pronoun: key, fits: fits) : nil
            // A reader takes he/she for whoever was last quoted, in this paragraph or the one
            // before, unless a fitting person starts a sentence after that quotation.
            if var found = recentSpeaker(before: t, since: letter, female: female) {
                // "Mrs. Roe might name him, … “Wow,” she said": a person named after that quotation whose
                // title or name gives the pronoun's gender, when the quoted speaker's is not known.
                // A new paragraph that names someone before the pronoun, the quotation being in the one before,
                // is about that person ("There is the chance that Mrs. Roe, if elected, might …. “Wow,” she said").
                // So is the subject of the sentence that quotation ends in, when the subject's gender is the
                // pronoun's and the quoted speaker's is not known ("Hale faulted Reed for saying that farmers
                // “…”. “…,” she said": Hale).
                let paragraphStart = tokens[paragraphs[sentences[Int(sentenceOf[t])].paragraph].firstToken].start
                if let other = search(down: horizon), let m = other.mention,
                   case let gendered = genders[mentionNames[m]] == female && genders[found.speaker.name] == nil,
                   isSubject(mentionTokens[m].lowerBound) || gendered || isClauseTopic(m)
                    || (found.quotationEnd <= paragraphStart && mentions[m].start >= paragraphStart && opensClause(mentionTokens[m].lowerBound)
                        && GivenNames.gender(tokens[mentionNameTokens[m].lowerBound].key, title: false).map({ $0 == female }) ?? true),
                   mentions[m].start > found.quotationEnd || isTalkedAbout(found.speaker.mention, by: m)
                    || (gendered && isSubject(mentionTokens[m].lowerBound)
                        && found.quotationEnd <= tokens[sentences[Int(sentenceOf[mentionTokens[m].lowerBound])].end - 1].end) { found.speaker = other }
                // The new voice, in a sentence after that quotation (not "“…,” said Roe, flanked by Hale, a …").
                if let newcomer, tokens[sentences[Int(sentenceOf[mentionTokens[newcomer].lowerBound])].first].start >= found.quotationEnd {
                    found.speaker = speaker(mention: newcomer)
                }
                // A woman or man described after that quotation, nearer than the one found.
                if let described, tokens[sentences[described.sentence].first].start >= found.quotationEnd,
                   found.speaker.mention.map({ Int(sentenceOf[mentionTokens[$0].lowerBound]) < described.sentence }) ?? true {
                    found.speaker = described.speaker
                }
                if !nested && genders[found.speaker.name] == nil { genders[found.speaker.name] = female }
                return found.speaker
            }
            // Else the one person of that gender a preposition introduced just before ("He was joined
            // by Jo Roe. She said").
            var found = newcomer.map { speaker(mention: $0) } ?? search(down: horizon)
                ?? lastQuotationSpeaker(before: tokens[t].start, since: tokens[letter].start, kind: .person, female: female)
                ?? (sentenceFirst > 0 ? introduced(from: sentences[Int(sentenceOf[sentenceFirst - 1])].first, before: t, fits: fits) : nil)
            if let described, found?.mention.map({ Int(sentenceOf[mentionTokens[$0].lowerBound]) < described.sentence }) ?? true {
                found = described.speaker
            }
            if let found, !nested && genders[found.name] == nil { genders[found.name] = female }
            return found
        }
        if key != Self.they, let found = bodyHeadingSentence(of: t) { return found }
        if let found = search(down: sentenceFirst, objects: key != Self.they) { return found }
        if key == Self.they, let found = recentGroup(before: t, nearby: true) { return found }
        if key != Self.they, let found = recentDocument(before: t) { return found }
        if let found = earlierSubject(of: t, as: key) { return found }
        // Else an organisation quoted or named in this paragraph or the one before.
        let paragraphStart = paragraphs[max(0, sentences[Int(sentenceOf[t])].paragraph - 1)].firstToken
        return (key == Self.they ? recentGroup(before: t) : nil)
            ?? lastQuotationSpeaker(before: tokens[t].start, kind: .organisation)
            ?? search(from: min(start, sentenceFirst - 1), down: paragraphStart)
    }
    private static let they = WordKey.hash("they")

    /// "When I emailed Hale to thank him, he replied" (also after an opening word: "Later, when …"): the one person an
    /// opening "when" clause names, as its verb's object, is whom the pronoun right after the clause's comma stands
    /// for (who was asked answers), unless the clause has that pronoun too.
    private func addressee(of t: Int, as key: UInt64, fits: (Int) -> Bool) -> SpeakerRef? {
        var a = sentences[Int(sentenceOf[t])].first
        if a + 2 < t && isPunct(a + 1, 0x2C) { a += 2 }
        guard a + 3 < t, tokens[a].key == Self.when, isPunct(t - 1, 0x2C) else { return nil }
        var found: Int?
        var j = a + 1
        while j < t - 1 {
            if quoteOf[j] >= 0 || tokens[j].key == key { return nil }
            if mentionAt[j] >= 0 {
                let m = Int(mentionAt[j])
                // A surname the document never gives a first name may be the one ("when I emailed Hale").
                if mentions[m].kind == .person || isLoneWord(m) {
                    if found != nil { return nil }
                    found = m
                }
                j = mentionTokens[m].upperBound
                continue
            }
            j += 1
        }
        guard let m = found, fits(m) || isLoneWord(m), followsVerb(mentionTokens[m].lowerBound),
              tokens[mentionTokens[m].upperBound].kind != .possessive else { return nil }
        return SpeakerRef(name: mentionNames[m], kind: .person, mention: m, written: mentions[m].surface)
    }
    private static let when = WordKey.hash("when")

    /// "As for Roe, he said …" (also after "But" or "And"): the one an opening "as for" names, the phrase
    /// ending at the comma right before the pronoun, is whom the pronoun stands for.
    private func asForTopic(of t: Int, fits: (Int) -> Bool) -> SpeakerRef? {
        var a = sentences[Int(sentenceOf[t])].first
        if tokens[a].key == keyOf.but || tokens[a].key == keyOf.and { a += 1 }
        guard a + 3 < t, tokens[a].key == keyOf.as, tokens[a + 1].key == keyOf.for, isPunct(t - 1, 0x2C),
              mentionAt[t - 2] >= 0 else { return nil }
        let m = Int(mentionAt[t - 2])
        let first = mentionTokens[m].lowerBound
        guard first == a + 2 || (first == a + 3 && tokens[a + 2].key == keyOf.the), fits(m) else { return nil }
        return speaker(mention: m)
    }

    /// he/she: a person described, not named, by a noun of the pronoun's gender ("a woman", "the
    /// 29-year-old Berlin woman") heading the subject of the pronoun's sentence before it or of the
    /// sentence before ("A young Ohio woman was fined after she posted …. “…,” she wrote"), or brought in
    /// by "a" and "who" in the sentence before when it names no one the pronoun may stand for ("…, begging
    /// a woman who claimed to be undecided …. After he answered her, she said"): the description as the
    /// speaker, and its sentence.
    private func genderedSubject(before t: Int, pronoun: UInt64, female: Bool) -> (speaker: SpeakerRef, sentence: Int)? {
        let own = Int(sentenceOf[t])
        for s in stride(from: own, through: max(0, own - 1), by: -1) {
            let end = min(t, sentences[s].end)
            if let j = subjectStart(s), j < t, quoteOf[j] < 0, mentionAt[j] < 0,
               tokens[j].classes.contains(.determiners) || tokens[j].key == keyOf.one, let k = genderedNoun(after: j, end: end, female: female) {
                return (describedBy(j, k, kind: .person), s)
            }
            if let found = roleSubject(of: s, before: end, female: female) { return (found, s) }
            // Only in the sentence before: in the pronoun's own, the one brought in is the one met ("After hugging
            // a woman who …, she said"); nor when that sentence has the pronoun ("She hugged a woman who …").
            let first = sentences[s].first
            guard s < own, !(first..<end).contains(where: { (mentionAt[$0] >= 0 && mentions[Int(mentionAt[$0])].kind == .person
                                                    && (genders[mentionNames[Int(mentionAt[$0])]].map { $0 == female } ?? true))
                                                    || (tokens[$0].key == pronoun && quoteOf[$0] < 0) }) else { continue }
            for j in first..<end where quoteOf[j] < 0 && (tokens[j].key == keyOf.a || tokens[j].key == keyOf.an) && isLowerWord(j) {
                if let k = genderedNoun(after: j, end: end, female: female), k + 1 < end, tokens[k + 1].kind == .word,
                   Self.relativePronouns.contains(tokens[k + 1].key) {
                    return (describedBy(j, k, kind: .person), s)
                }
            }
        }
        return nil
    }

    /// The person a role noun after "the" heading sentence `s` before `end` refers to, when not known to be of the
    /// other gender ("Asked about the shoal, the admiral chuckled. ¶ “…,” he said": whom "the admiral" is; also
    /// past an opening phrase a dash closes), named in its paragraph or the two before; not an owner ("the admiral's answer").
    private func roleSubject(of s: Int, before end: Int, female: Bool) -> SpeakerRef? {
        let first = sentences[s].first
        func opens(_ j: Int) -> Bool { j < end && tokens[j].key == keyOf.the && quoteOf[j] < 0 }
        // subjectStart gives the name after an article ("the Ohio senator": Ohio).
        guard let j = subjectStart(s).flatMap({ opens($0) ? $0 : $0 > first && opens($0 - 1) && mentionAt[$0] >= 0 ? $0 - 1 : nil })
                ?? (opensWithAdjunct(first) ? (first + 1..<end).first(where: { isDash($0 - 1) && opens($0) }) : nil) else { return nil }
        // Past words and a place or body describing the noun ("the Ohio governor", "the retired admiral").
        var k = j + 1
        while k < end && k < j + 5 {
            if mentionAt[k] >= 0 && mentions[Int(mentionAt[k])].kind != .person { k = mentionTokens[Int(mentionAt[k])].upperBound; continue }
            guard isLowerWord(k) && !tokens[k].classes.contains(.personReferringNouns) && cueForm(k) == nil
                    && tokens[k].classes.isDisjoint(with: [.prepositions, .auxiliaries, .determiners]) else { break }
            k += 1
        }
        guard k + 1 < end, isLowerWord(k), tokens[k].classes.contains(.personReferringNouns), tokens[k + 1].kind == .word,
              let found = resolveReferring(k, from: j), let m = found.mention, mentions[m].kind == .person,
              genders[mentionNames[m]].map({ $0 == female }) ?? true,
              mentions[m].start >= tokens[paragraphs[max(0, sentences[s].paragraph - 2)].firstToken].start else { return nil }
        return found
    }

    /// The noun of the pronoun's gender that the description opening at `j` ends in, past words
    /// describing it ("young", "29-year-old", a place or a body: "Ohio", "Google"), before `end`; nil
    /// for another noun, a person's name or an owner ("a woman's account").
    private func genderedNoun(after j: Int, end: Int, female: Bool) -> Int? {
        var k = j + 1
        while k < min(end, j + 8) {
            if mentionAt[k] >= 0 {
                let m = Int(mentionAt[k])
                guard mentions[m].kind != .person else { return nil }
                k = mentionTokens[m].upperBound
                continue
            }
            guard isLowerWord(k) || tokens[k].kind == .number || isPunct(k, 0x2D), cueForm(k) == nil,
                  tokens[k].classes.isDisjoint(with: [.prepositions, .auxiliaries, .determiners, .subjectPronouns]) else { return nil }
            let gender: Bool? = GivenNames.femaleNouns.contains(tokens[k].key) ? true : GivenNames.maleNouns.contains(tokens[k].key) ? false : nil
            if let gender {
                guard gender == female, k + 1 >= tokens.count || tokens[k + 1].kind != .possessive else { return nil }
                return k
            }
            k += 1
        }
        return nil
    }

    /// "it" in a later clause of a sentence whose subject is a body described by its noun ("The group
    /// works for … what it calls", "The Roe campaign countered …, which it had rejected"): that body, as
    /// "the group said" would name it; nil for an owner's ("his team") or one's words ("the agency's report").
    private func bodyHeadingSentence(of t: Int) -> SpeakerRef? {
        let s = Int(sentenceOf[t])
        guard let j = subjectStart(s), j < t, quoteOf[j] < 0, !Self.ownerPronouns.contains(tokens[j].key) else { return nil }
        var k = j
        while k < min(t, j + 5) {
            if mentionAt[k] >= 0 { k = mentionTokens[Int(mentionAt[k])].upperBound; continue }
            let classes = tokens[k].classes
            // A second article starts another phrase ("the paper notes the government …").
            // The article opening the sentence is capitalised ("The group works for …").
            guard isLowerWord(k) || (k == j && classes.contains(.determiners)), cueForm(k) == nil, k == j || !classes.contains(.determiners),
                  classes.isDisjoint(with: [.prepositions, .auxiliaries, .subjectPronouns, .thingPronouns]) else { return nil }
            if classes.contains(.referringNouns) && !classes.contains(.personReferringNouns) {
                guard k + 1 < t, tokens[k + 1].kind != .possessive else { return nil }
                return candidate(at: k, allowPrepositionObject: false)?.speaker ?? describedBy(j, k, kind: .organisation)
            }
            k += 1
        }
        return nil
    }

    /// The speaker a description from `first` to `last` names, without its article: its words, keeping
    /// their capitals when a name is among them ("29-year-old Ohio woman", "Roe campaign").
    private func describedBy(_ first: Int, _ last: Int, kind: EntityKind) -> SpeakerRef {
        SpeakerRef(name: describedName(descriptionStart(first, last), last), kind: kind, mention: nil, written: text(tokens[first].start, tokens[last].end))
    }

    /// Where a speaker's name begins in a description from `first` through `last`: past a determiner opening it ("the
    /// campaign", "his aides"), which stays before a lone number or participle standing for the people ("the two",
    /// "those surveyed").
    private func descriptionStart(_ first: Int, _ last: Int) -> Int {
        // "at least a dozen members of Congress", "at most 20 aides": the name begins past the hedge and its count.
        if let j = pastHedge(first, last) { return j }
        guard first < last, tokens[first].classes.contains(.determiners) else { return first }
        let noNoun = last == first + 1 && (tokens[last].kind == .number || Self.numberWords.contains(tokens[last].key) || isPastVerb(last))
        return noNoun ? first : first + 1
    }

    /// Whether "at least" or "at most" at `t` opens a description that goes on to `last`.
    func opensHedge(_ t: Int, _ last: Int) -> Bool {
        t + 2 <= last && tokens[t].key == Self.at && (tokens[t + 1].key == Self.least || tokens[t + 1].key == Self.most)
    }

    /// Where the words after a hedge opening at `t` and its count begin ("at least a dozen", "at most 20"), in a
    /// description going on to `last`; nil when no hedge opens at `t`.
    private func pastHedge(_ t: Int, _ last: Int) -> Int? {
        guard opensHedge(t, last) else { return nil }
        var j = t + 2
        if j < last && Self.indefinite.contains(tokens[j].key) { j += 1 }
        while j < last && (tokens[j].kind == .number || Self.numberWords.contains(tokens[j].key) || Self.countWords.contains(tokens[j].key)) { j += 1 }
        return j
    }
    private static let countWords = SpeechCues.keys("dozen dozens hundred hundreds thousand thousands")

    /// The words from token `first` through `last` of a description as a speaker's name: as written, but a
    /// capital that only opens the sentence or comes of a headline's title case is lowered unless the word is
    /// a people's or party's adjective or the article capitalises it elsewhere on its own ("Senior aides" →
    /// "senior aides"; "Israeli officials", "Pentagon officials" keep theirs).
    func describedName(_ first: Int, _ last: Int) -> String {
        func lowered(_ j: Int) -> Bool {
            let key = tokens[j].key
            guard tokens[j].kind == .word && tokens[j].capitalised && !tokens[j].acronym && mentionAt[j] < 0 else { return false }
            // A determiner the words keep ("The two": "the two") opens no name.
            if j == first && tokens[j].classes.contains(.determiners) { return true }
            return (startsSentence(j) || headline[sentences[Int(sentenceOf[j])].paragraph]) && Gazetteer.adjectiveByKey[key] == nil && !Gazetteer.groupAdjectives.contains(key)
                && !Gazetteer.partyAdjectives.contains(key)
                && !tokens.indices.contains { i in
                    // Capitalised elsewhere on its own, not as a word of a longer name ("the Valley Nurses Guild").
                    tokens[i].key == key && tokens[i].capitalised && !startsSentence(i) && !headline[sentences[Int(sentenceOf[i])].paragraph]
                        && (mentionAt[i] < 0 || mentionTokens[Int(mentionAt[i])].count == 1)
                }
        }
        var name = "", from = tokens[first].start
        for j in first...last where lowered(j) {
            let word = tokenText(j)
            name += text(from, tokens[j].start) + word.prefix(1).lowercased() + word.dropFirst()
            from = tokens[j].end
        }
        return name + text(from, tokens[last].end)
    }

    /// The name of a body a named person owns, from token `first` through `last`: "Roe's campaign", "Mrs. Roe's
    /// campaign", "Jo Roe’s campaign" and "Roe's presidential campaign" are one speaker, the person's name as the
    /// document resolves it and the body's noun ("Jo Roe campaign"), as news names a candidate's campaign, office or
    /// team. Nil for anything more ("Roe's press office") or a body no person owns ("China's foreign ministry").
    private func ownedBodyName(_ first: Int, _ last: Int) -> String? {
        guard last > first, Self.ownedBodies.contains(tokens[last].key), isLowerWord(last), mentionAt[first] >= 0,
              case let m = Int(mentionAt[first]), mentions[m].kind == .person, !mentionIsCountry[m],
              mentionTokens[m].lowerBound == first, case let end = mentionTokens[m].upperBound,
              case let noun = isRaceWord(last - 1) ? last - 1 : last,
              end == noun || (end == noun - 1 && tokens[end].kind == .possessive) else { return nil }
        return mentionNames[m] + " " + tokenText(last)
    }

    /// Bodies a person leads or runs for office with, which speak for them under their name ("Roe's campaign").
    static let ownedBodies = SpeechCues.keys("campaign office administration team")

    /// Whether token `t` is a word in lower case for the race a person runs ("presidential", "reelection"), which news
    /// puts between the owner and the body's noun with no change of body ("the Roe presidential campaign").
    private func isRaceWord(_ t: Int) -> Bool { isLowerWord(t) && Self.raceWords.contains(tokens[t].key) }
    private static let raceWords = SpeechCues.keys("presidential reelection re-election gubernatorial mayoral senate congressional")

    /// The last person mention from `first` to `t`, outside quotations, that `fits` and that a
    /// preposition introduces ("joined by Jo Roe", "courtesy of Jo Roe").
    private func introduced(from first: Int, before t: Int, fits: (Int) -> Bool) -> SpeakerRef? {
        var j = t - 1
        while j >= first {
            if mentionAt[j] >= 0 && quoteOf[j] < 0 {
                let m = Int(mentionAt[j])
                if fits(m) && isPrepositionObject(mentionTokens[m].lowerBound) { return speaker(mention: m) }
                j = mentionTokens[m].lowerBound
            }
            j -= 1
        }
        return nil
    }

    /// The one person that `fits` whom a preposition in sentence `s` brings in with a description after a
    /// comma ("courtesy of Jo Hale, a delegate from Ohio", "joined by Jo Hale, the head of …"), when no
    /// person that fits, nor the `pronoun` itself, is the sentence's subject ("He was joined by Jo Hale, …").
    private func newcomer(in s: Int, pronoun: UInt64, fits: (Int) -> Bool) -> Int? {
        var found: Int?
        var j = sentences[s].first
        while j < sentences[s].end {
            guard mentionAt[j] >= 0 && quoteOf[j] < 0 else {
                if quoteOf[j] < 0 && tokens[j].key == pronoun && isSubject(j) { return nil }
                j += 1
                continue
            }
            let m = Int(mentionAt[j]), range = mentionTokens[m]
            if fits(m) {
                if isSubject(range.lowerBound) { return nil }
                if isPrepositionObject(range.lowerBound), range.upperBound + 2 < sentences[s].end, isPunct(range.upperBound, 0x2C),
                   Self.articles.contains(tokens[range.upperBound + 1].key), isLowerWord(range.upperBound + 2) {
                    if found != nil { return nil }
                    found = m
                }
            }
            j = range.upperBound
        }
        return found
    }

    /// Whether speaker mention `q` of a quotation is someone the subject `m` of the same sentence
    /// talks about ("Roe dismissed Doe's claim that …"): a possessive after `m`, not the subject.
    private func isTalkedAbout(_ q: Int?, by m: Int) -> Bool {
        guard let q, q > m else { return false }
        let first = mentionTokens[q].lowerBound, after = mentionTokens[q].upperBound
        return sentenceOf[first] == sentenceOf[mentionTokens[m].lowerBound] && after < tokens.count && tokens[after].kind == .possessive
            && !isSubject(first)
    }

    /// Whether a speech verb in the past or present follows token `after`, past adverbs and auxiliaries
    /// ("Hale said only that", "Hale has also argued").
    private func speaksAfter(_ after: Int) -> Bool {
        var k = after
        while k < tokens.count && tokens[k].kind == .word && tokens[k].classes.contains(.betweenSubjectAndCue) { k += 1 }
        guard k < tokens.count, isLowerWord(k), let form = cueForm(k) else { return false }
        return !form.participle && !form.flags.contains(.nounLike)
    }

    /// Whether the name at `first` follows a verb in the past or in -ing ("has demonized Wall Street",
    /// "a pastor supporting Mr. Roe"): its object rather than a subject.
    func followsVerb(_ first: Int) -> Bool {
        let v = first - 1
        guard v > 0, tokens[v].kind == .word, !tokens[v].capitalised, length(v) > 3, sentenceOf[v] == sentenceOf[first],
              isIngWord(v) || endsWith(v, "ed") else { return false }
        let classes = tokens[v].classes
        return !classes.contains(.sentenceWords) && !classes.contains(.prepositions) && !classes.contains(.betweenSubjectAndCue)
            && !classes.contains(.roles) && !classes.contains(.personReferringNouns)
    }

    /// Whether mention `m` names a party or a people by a plural of its adjective ("Ohio Democrats",
    /// "Young Iraqis", "Americans").
    private func isPeople(_ m: Int) -> Bool {
        let range = mentionNameTokens[m]
        guard !range.isEmpty else { return false }
        let last = tokens[range.upperBound - 1]
        guard bytes[last.end - 1] == 0x73, last.end - last.start > 3 else { return false }
        let singular = bytes.withUnsafeBufferPointer { WordKey.hash($0, last.start, last.end - 1) }
        return Gazetteer.isPartyOrPeople(singular)
    }

    /// Whether mention `m` is one plain capitalised word typed an organisation only because the document
    /// gives it no first name ("Brandvold also addressed …"): no alias, acronym, country or institution
    /// word, opening its sentence before a lower-case word. As the subject of the pronoun's sentence or the
    /// one before, with no person in it, he/she stands for it.
    private func isLoneName(_ m: Int) -> Bool {
        let t = mentionNameTokens[m].lowerBound
        return t == sentences[Int(sentenceOf[t])].first && t + 1 < tokens.count && tokens[t + 1].kind == .word
            && !tokens[t + 1].capitalised && isLoneWord(m)
    }

    /// Whether mention `m` is one plain capitalised word typed an organisation, as `isLoneName` reads it
    /// wherever it stands.
    private func isLoneWord(_ m: Int) -> Bool {
        let range = mentionNameTokens[m], t = range.lowerBound
        guard mentions[m].kind == .organisation, !mentionIsCountry[m], range.count == 1, mentionTokens[m] == range,
              length(t) > 3, bytes[tokens[t].end - 1] != 0x73, t == 0 || !tokens[t - 1].classes.contains(.determiners) else { return false }
        let token = tokens[t]
        // No word of any list ("Beyond", "Oversight") and no article before ("the Patriarchate").
        guard !token.acronym, token.classes.isEmpty, Gazetteer.aliasByKey[token.key] == nil,
              Gazetteer.adjectiveByKey[token.key] == nil, !Gazetteer.partyAdjectives.contains(token.key),
              !Gazetteer.groupAdjectives.contains(token.key) else { return false }
        // One capital, then letters only: no "I'd", "Al-Shabaab".
        guard (token.start + 1..<token.end).allSatisfy({ (0x61...0x7A).contains(bytes[$0]) || bytes[$0] >= 0x80 }) else { return false }
        // Not the first word of a longer name in the document ("State" of "State Department").
        return !mentionNameTokens.contains { $0.count > 1 && tokens[$0.lowerBound].key == token.key }
    }

    /// Whether person mention `m` reads as a person's name that he/she can stand for, not words the
    /// mention finder took for one: a name opening with a preposition, an article, a verb in -ing or
    /// a party or group adjective ("Regarding Trump", "Democratic"), or holding an institution's word
    /// or a word in capitals ("National Convention", "FULL TEXT"), or naming the owner of a body after "the"
    /// ("The Roe campaign mocked …", "The Roe presidential campaign mocked …": the campaign, not Roe).
    private func namesAPerson(_ m: Int) -> Bool {
        let range = mentionNameTokens[m]
        guard !range.isEmpty else { return true }
        let (start, end) = (mentionTokens[m].lowerBound, mentionTokens[m].upperBound)
        let noun = end < tokens.count && isRaceWord(end) ? end + 1 : end
        if start > 0 && tokens[start - 1].key == keyOf.the && noun < tokens.count && ownedBodyName(start, noun) != nil { return false }
        let first = tokens[range.lowerBound]
        if first.classes.contains(.prepositions) || first.classes.contains(.determiners) || isIngWord(range.lowerBound, anyCase: true)
            || Gazetteer.partyAdjectives.contains(first.key) || Gazetteer.groupAdjectives.contains(first.key) { return false }
        if mentions[m].role == nil && qualifiesNoun(range) { return false }
        if isPeople(m) { return false }
        return !range.contains { tokens[$0].classes.contains(.organisationWords) || (tokens[$0].acronym && length($0) > 2 && !isPunct($0 + 1, 0x2E) && bytes[tokens[$0].end - 1] != 0x2E) }
    }

    /// Whether the name `range`, of words no given name opens, follows an article: right after it
    /// ("the Granite State"), or after words that qualify it when a noun follows the name ("a
    /// 1930s-era Art Deco movie theater", "a long puffy North Face coat"), or a possessive before that
    /// noun ("the paper's Off Message podcast"): it qualifies a thing and names no one. (A single name
    /// can be a person's even so: "a Roe interview, in which he …".)
    private func qualifiesNoun(_ range: Range<Int>) -> Bool {
        let before = range.lowerBound - 1
        guard range.count >= 2, GivenNames.gender(tokens[range.lowerBound].key, title: false) == nil, before > 0 else { return false }
        let possessive = tokens[before].kind == .possessive
        if !possessive {
            guard tokens[before].kind == .word || tokens[before].kind == .number, !tokens[before].capitalised else { return false }
            if Self.articles.contains(tokens[before].key) { return true }
        }
        // "a clerk named Roe Quill", "the young Roe Quill said": a participle before the name or a verb
        // after it marks a person.
        let after = range.upperBound
        guard after < tokens.count, tokens[after].kind == .word, !tokens[after].capitalised, tokens[after].form == nil,
              !tokens[after].classes.contains(.betweenSubjectAndCue), !tokens[after].classes.contains(.auxiliaries) else { return false }
        if possessive { return true }
        var j = before
        while j > max(0, before - 3) && (tokens[j].kind == .word || tokens[j].kind == .number) && !tokens[j].capitalised
                && !Self.articles.contains(tokens[j].key) {
            let classes = tokens[j].classes
            guard !classes.contains(.roles), !classes.contains(.personReferringNouns), !classes.contains(.prepositions),
                  !endsInEd(j, longerThan: 3) else { return false }
            j -= 1
        }
        return j < before && Self.articles.contains(tokens[j].key)
    }
    private static let articles = SpeechCues.keys("a an the")

    /// Whether mention `m` qualifies the lower-case noun right after it, so that a pronoun stands for that noun's
    /// phrase, not the name: before a plural for people ("Pacific Islander voters", "Salem police"), or, not being a
    /// person's name ("a Roe interview, in which he"), after "a" or "an" and at most three words that qualify it too
    /// ("an Orlando dockside warehouse", "a 30-second Web ad"; not "a day after Tehran hit …").
    private func qualifiesNounAfter(_ m: Int) -> Bool {
        let range = mentionTokens[m], after = range.upperBound
        guard after < tokens.count, isLowerWord(after), quoteOf[after] < 0, tokens[after].form == nil, !isPastVerb(after), !isIngWord(after),
              tokens[after].classes.isDisjoint(with: [.determiners, .prepositions, .auxiliaries, .beAuxiliaries, .betweenSubjectAndCue,
                  .clauseJoints, .relativeWords, .subjectPronouns, .personPronouns, .thingPronouns, .timeWords, .calendarWords]) else { return false }
        if tokens[after].classes.contains(.sourceNouns) { return true }
        guard mentions[m].kind != .person else { return false }
        var j = range.lowerBound - 1
        while j >= 0 && range.lowerBound - j <= 4 && quoteOf[j] < 0 && (isLowerWord(j) || tokens[j].kind == .number || isPunct(j, 0x2D)) {
            if tokens[j].key == keyOf.a || tokens[j].key == keyOf.an { return true }
            guard tokens[j].classes.isDisjoint(with: [.determiners, .prepositions, .clauseJoints, .relativeWords, .sentenceWords, .adjunctStarters,
                                                      .timeWords, .calendarWords]) else { return false }
            j -= 1
        }
        return false
    }

    /// it/they: the subject of the nearest earlier sentence, in this paragraph or the one before, that
    /// fits — an organisation or country, a document for "it" ("The report found … It said"), a group
    /// for "they" ("Three economists studied … They concluded") — passing over sentences whose subject
    /// is the same pronoun, and for "they" those whose subject is one thing ("a country"); nil when the
    /// nearest subject is something else (a person, a thing). `pronoun` is the pronoun the word is read as
    /// ("according to them": "they").
    private func earlierSubject(of t: Int, as pronoun: UInt64) -> SpeakerRef? {
        let they = pronoun == Self.they
        // "Voters in the county have reached a consensus: by 2-1, they say": a group heading the
        // pronoun's own sentence before it.
        if they, case let own = Int(sentenceOf[t]), let j = subjectStart(own), j < t, quoteOf[j] < 0, tokens[j].key != pronoun {
            if let found = group(at: j, in: own) { return found }
            if mentionAt[j] >= 0, let joint = jointPeople(Int(mentionAt[j])) { return joint.speaker }
        }
        // "As Roe and Hale toured the state, …, they said": two people named together before it in its
        // sentence (not "with Roe and Hale").
        if they {
            var j = t - 1
            while j >= sentences[Int(sentenceOf[t])].first {
                if mentionAt[j] >= 0 && quoteOf[j] < 0, let joint = jointPeople(Int(mentionAt[j])), !isPrepositionObject(joint.first) {
                    return joint.speaker
                }
                j -= 1
            }
        }
        let firstParagraph = max(0, sentences[Int(sentenceOf[t])].paragraph - 1)
        var s = Int(sentenceOf[t]) - 1
        while s >= 0 && s >= Int(sentenceOf[t]) - 4 && sentences[s].paragraph >= firstParagraph {
            defer { s -= 1 }
            if they, let found = invertedGroup(s) { return found }
            guard let j = subjectStart(s), quoteOf[j] < 0 else { continue }
            if tokens[j].key == pronoun { continue }
            // "Facebook officials", "Democratic party officials": a name qualifying a group.
            if they, let found = group(at: j, in: s) { return found }
            if mentionAt[j] >= 0 {
                let m = Int(mentionAt[j])
                let range = mentionTokens[m]
                let possessive = range.upperBound < tokens.count && tokens[range.upperBound].kind == .possessive
                // "Ann Wilcox and Tom Hale met … They said": both; so "Roe, along with Hale and Lee, wrote …".
                if they, let joint = jointPeople(m) ?? companions(of: m) { return joint.speaker }
                // "Two Americans were killed. “…,” it reads": not a people; the subject before.
                if !they && isPeople(m) { continue }
                // "Mayor Roe asked the crowd, “…?” They said": the group the question was put to.
                if they && s + 1 == Int(sentenceOf[t]), let asked = askedGroup(in: s, from: j) { return asked }
                // "The Front has called for strikes, according to the Harbor Watch Group, which monitors the port. It
                // said": a body the reporter names and describes as a clause's source is the one it goes on with; the
                // body speaks (named bare, "according to the Harbor Times. It said", the source leaves "it" to the name).
                if !they, let body = reportingBody(of: j) { return body }
                guard !possessive, mentions[m].kind == .organisation || mentionIsCountry[m] else { return nil }
                return speaker(mention: m)
            }
            guard they else { return document(at: j, in: s)?.speaker }
            if let found = group(at: j, in: s) { return found }
            // "Three economists raised …. In theory, a country adjusts …. They examined": one thing or
            // person the sentence is about is not "they"; the sentence before may say who is.
            if Self.indefinite.contains(tokens[j].key) { continue }
            // "The video contradicted what Roe and Hale said …. They had asserted": two people named
            // together in the sentence right before, not as an object; "He asked the crowd, “…?” They
            // said": the group a question there was put to.
            if s + 1 == Int(sentenceOf[t]) {
                for k in j..<sentences[s].end where quoteOf[k] < 0 && mentionAt[k] >= 0 {
                    if let joint = jointPeople(Int(mentionAt[k])), !isPrepositionObject(joint.first), !followsVerb(joint.first) { return joint.speaker }
                }
                return askedGroup(in: s, from: j)
            }
            return nil
        }
        return nil
    }

    /// The named organisation whose reported clause holds token `j`, if any, when a description follows its name after a
    /// comma ("according to the Harbor Watch Group, which monitors the port").
    private func reportingBody(of j: Int) -> SpeakerRef? {
        let at = tokens[j].start
        guard let i = quotations.indices.last(where: { quotations[$0].kind == .indirect && quotations[$0].start <= at && at < quotations[$0].end }),
              quotations[i].speakerKind == .organisation, let m = quotations[i].speakerMention, let name = quotations[i].speaker,
              case let after = mentionTokens[m].upperBound, after + 1 < tokens.count, isPunct(after, 0x2C), tokens[after + 1].kind == .word else { return nil }
        return SpeakerRef(name: name, kind: .organisation, mention: quotations[i].speakerMention, members: quotations[i].speakerMembers)
    }

    /// "He asked the crowd, “…?”": the group a question in sentence `s`, after token `j`, was put to.
    private func askedGroup(in s: Int, from j: Int) -> SpeakerRef? {
        for k in j..<sentences[s].end where quoteOf[k] < 0 && k + 2 < sentences[s].end && tokens[k + 1].key == keyOf.the
                && cueForm(k)?.flags.contains(.question) ?? false {
            if let asked = group(at: k + 2, in: s) { return asked }
        }
        return nil
    }

    /// "it": a document named in this sentence or the one before with no organisation or subject
    /// named after it ("Roe cited a memo from 2001. It says …", "“…,” the email read. It stated …"): its owner
    /// when a name owns it ("the agency's letter"), else its noun.
    private func recentDocument(before t: Int) -> SpeakerRef? {
        // Only "it" that speaks ("it says", "it also points out"), not "It was … that Roe said".
        var cue = t + 1
        while cue < tokens.count && tokens[cue].kind == .word && tokens[cue].classes.contains(.betweenSubjectAndCue)
                && !tokens[cue].classes.contains(.beAuxiliaries) { cue += 1 }
        guard cue < tokens.count, cueForm(cue) != nil else { return nil }
        let s = Int(sentenceOf[t])
        // "The email read …. It stated …. It said": past a sentence whose subject is "it" (and what
        // it names, "It cited a complaint"), to the one before.
        let back = s >= 2 && subjectStart(s - 1).map { tokens[$0].key == tokens[t].key } == true
        let first = sentences[max(0, s - (back ? 2 : 1))].first
        var j = back ? sentences[s - 1].first - 1 : t - 1
        while j >= first {
            if quoteOf[j] >= 0 { j -= 1; continue }
            if mentionAt[j] >= 0 {
                let m = Int(mentionAt[j])
                // "In a blog post, Roe said": a document before the subject is not what "it" is.
                if mentions[m].kind == .organisation || mentionIsCountry[m] || isSubject(mentionTokens[m].lowerBound) { return nil }
                j = mentionTokens[m].lowerBound - 1
                continue
            }
            // "wrote in its statement": the owner, not the document, is "it".
            if Self.documentNouns.contains(tokens[j].key) && isLowerWord(j) && (j == 0 || !Self.possessivePronouns.contains(tokens[j - 1].key))
                && !(j + 1 < tokens.count && (tokens[j + 1].kind == .possessive || isNounAfterNoun(j + 1))) {
                if j >= 2 && tokens[j - 1].kind == .possessive && mentionAt[j - 2] >= 0 { return speaker(mention: Int(mentionAt[j - 2])) }
                return SpeakerRef(name: WordKey.string(tokenText(j)), kind: .organisation, mention: nil)
            }
            j -= 1
        }
        return nil
    }

    private static let possessivePronouns = SpeechCues.keys("its their his her our my your")

    /// Whether word `k` goes on a noun before it ("email server", "letter writer"): lower case, and
    /// no preposition, function word, cue or verb form in -ed or -ing.
    private func isNounAfterNoun(_ k: Int) -> Bool {
        guard isLowerWord(k), cueForm(k) == nil, !isIngWord(k) else { return false }
        let classes = tokens[k].classes
        return !classes.contains(.prepositions) && !classes.contains(.sentenceWords) && !classes.contains(.betweenSubjectAndCue)
            && !classes.contains(.auxiliaries) && !endsWith(k, "ed")
    }

    /// The first token of the subject of sentence `s`: after sentence adverbs and conjunctions, and
    /// after an opening adjunct up to its comma ("On Monday, the agency said").
    private func subjectStart(_ s: Int) -> Int? {
        let sentence = sentences[s]
        var j = sentence.first
        // "But throughout the summer, members …": the adjunct after a conjunction.
        while j + 1 < sentence.end && (tokens[j].key == keyOf.and || tokens[j].key == keyOf.but) { j += 1 }
        if j < sentence.end && (opensWithAdjunct(j) || tokens[j].classes.contains(.prepositions)) {
            while j < sentence.end && !(isPunct(j, 0x2C) && quoteOf[j] < 0) { j += 1 }
            j += 1
        }
        // "People close to the mayor": a group noun among the sentence words heads the subject.
        while j < sentence.end && mentionAt[j] < 0 && (tokens[j].kind != .word
                || (tokens[j].classes.contains(.sentenceWords) && !tokens[j].classes.contains(.determiners)
                    && !tokens[j].classes.contains(.subjectPronouns) && !Self.groupNouns.contains(tokens[j].key))) { j += 1 }
        // "The Post reported": the name after its article.
        if j + 1 < sentence.end && mentionAt[j] < 0 && tokens[j].classes.contains(.determiners) && mentionAt[j + 1] >= 0
            && mentionTokens[Int(mentionAt[j + 1])].lowerBound == j + 1 { j += 1 }
        return j < sentence.end ? j : nil
    }

    /// Nouns for a text that speaks ("the report says", "the lawsuit claims").
    static let documentNouns = SpeechCues.keys("""
        report study survey poll lawsuit suit complaint filing paper document memo memorandum editorial article \
        letter statement email post tweet message website page ad advertisement book ruling order bill law constitution \
        affidavit indictment transcript petition piece footnote sign banner placard billboard
        """)
    /// Nouns for a text that speaks only as the subject it heads ("Her economic plan promises to “…”"), never
    /// as what a later "it" stands for ("… opposed the plan. “…,” it said": the opponent).
    private static let planNouns = SpeechCues.keys("plan proposal")

    /// A subject naming a document ("The report", "The group's letter"): its owner when a name owns it,
    /// else the document's noun; with the noun's token.
    private func document(at j: Int, in s: Int) -> (speaker: SpeakerRef, noun: Int)? {
        var k = j
        func isNoun(_ k: Int) -> Bool { Self.documentNouns.contains(tokens[k].key) || Self.planNouns.contains(tokens[k].key) }
        while k < sentences[s].end && k < j + 4 && (tokens[k].kind == .word || tokens[k].kind == .possessive) && !isNoun(k) && quoteOf[k] < 0 {
            k += 1
        }
        guard k < sentences[s].end && k < j + 4 && isNoun(k) && isLowerWord(k) else { return nil }
        // "The group's letter", "Hale's fundraising email": the name that owns it.
        if let p = (j..<k).last(where: { $0 > j && tokens[$0].kind == .possessive }), mentionAt[p - 1] >= 0 { return (speaker(mention: Int(mentionAt[p - 1])), k) }
        // "Her economic plan promises": whom the pronoun stands for, in the words of the text.
        if Self.ownerPronouns.contains(tokens[j].key), let owner = resolvePronoun(j) { return (owner.written(text(tokens[j].start, tokens[k].end)), k) }
        return (SpeakerRef(name: WordKey.string(tokenText(k)), kind: .organisation, mention: nil), k)
    }

    /// "The ad targets a “…”", "Its report promises to “…”": the subject of sentence `s` when it names a
    /// document and its verb follows the noun (an -s or past form, or an auxiliary); the document
    /// speaks, and the subject ends after its noun.
    func documentSubject(of s: Int) -> (speaker: SpeakerRef, end: Int)? {
        // "Hale's fundraising email notes": a name may own the document.
        guard let j = subjectStart(s), mentionAt[j] < 0
                || mentionTokens[Int(mentionAt[j])].upperBound < tokens.count && tokens[mentionTokens[Int(mentionAt[j])].upperBound].kind == .possessive,
              let (speaker, k) = document(at: j, in: s), k + 1 < sentences[s].end else { return nil }
        func isVerb(_ v: Int) -> Bool {
            isLowerWord(v) && quoteOf[v] < 0 && !tokens[v].classes.contains(.prepositions)
                && (tokens[v].classes.contains(.auxiliaries) || isPastVerb(v) || isPresentSForm(v))
        }
        var v = k + 1
        // "A footnote in the audit makes …": the verb past a short phrase of a preposition after the noun,
        // when the noun heads the subject (not "he seemed to paper over his statements").
        if tokens[v].classes.contains(.prepositions) && isLowerWord(v)
            && !(j..<k).contains(where: { tokens[$0].key == keyOf.to || tokens[$0].classes.contains(.auxiliaries) || isPastVerb($0) || isPresentSForm($0) }) {
            let end = min(sentences[s].end, v + 6)
            v += 1
            while v < end && (tokens[v].kind == .word || tokens[v].kind == .possessive) && quoteOf[v] < 0 && !isVerb(v) { v += 1 }
        }
        guard v < sentences[s].end, isVerb(v) else { return nil }
        return (speaker, v)
    }

    /// The last of up to three nouns in lower case from `after` through `through` that is a group's or a source's noun
    /// ("board members", "family members", "supporters' lawyers"), none a coordinator's or a determiner's word, nor
    /// owning what follows; nil when there is none.
    private func groupNounAfterName(_ after: Int, through: Int) -> Int? {
        var last: Int?
        var k = after
        while k <= through && k < after + 3 && isLowerWord(k) && quoteOf[k] < 0 && canBeNoun(k) && cueForm(k) == nil
                && !Self.coordinators.contains(tokens[k].key)
                && tokens[k].classes.isDisjoint(with: [.prepositions, .determiners, .auxiliaries, .subjectPronouns]) {
            // "Marsh supporters' lawyers": a noun owning the next is no group's end.
            let owns = k + 1 <= through && tokens[k + 1].kind == .possessive
            if !owns && (tokens[k].classes.contains(.sourceNouns) || Self.groupNouns.contains(tokens[k].key)) { last = k }
            k += owns ? 2 : 1
        }
        return last
    }

    /// The group a name opening at `first` qualifies, its noun at `last` (`groupNounAfterName`), named by its words with
    /// the name's capital ("Acme employees"), as a description is.
    private func qualifiedGroup(from first: Int, last: Int) -> SpeakerRef {
        SpeakerRef(name: describedName(first, last), kind: .person, mention: nil, written: text(tokens[first].start, tokens[last].end))
    }

    /// A subject naming a group of people ("Three economists", "Critics of the plan", "People briefed
    /// on it"): its words up to the plural noun that heads it.
    private func group(at j: Int, in s: Int) -> SpeakerRef? { groupPhrase(at: j, in: s)?.speaker }

    /// `group(at:in:)` with the token after the group's noun.
    private func groupPhrase(at j: Int, in s: Int) -> (speaker: SpeakerRef, end: Int)? {
        var k = j
        while k < sentences[s].end && k < j + 5 && tokens[k].kind != .punct && quoteOf[k] < 0 {
            if mentionAt[k] >= 0 { k = mentionTokens[Int(mentionAt[k])].upperBound; continue }
            // "Roe's campaign", "the union's members".
            if tokens[k].kind == .possessive && k > j { k += 1; continue }
            let tok = tokens[k]
            guard tok.kind == .word || tok.kind == .number, cueForm(k) == nil,
                  !tok.classes.contains(.auxiliaries), !tok.classes.contains(.prepositions), !tok.classes.contains(.subjectPronouns)
            else { return nil }
            if (tok.classes.contains(.sourceNouns) || Self.groupNouns.contains(tok.key)) && !(k + 1 < tokens.count && tokens[k + 1].kind == .possessive) {
                return (SpeakerRef(name: describedName(descriptionStart(j, k), k), kind: .person, mention: nil, written: text(tokens[j].start, tok.end)), k + 1)
            }
            k += 1
        }
        return nil
    }

    /// "On one side are activists who …", "Among the marchers were nurses …": the group after "are" or
    /// "were" that a phrase opening sentence `s` (a preposition, no comma) puts after its verb.
    private func invertedGroup(_ s: Int) -> SpeakerRef? {
        let sentence = sentences[s]
        guard tokens[sentence.first].kind == .word, tokens[sentence.first].classes.contains(.prepositions),
              let v = (sentence.first + 1..<min(sentence.end, sentence.first + 8)).first(where: { tokens[$0].kind != .word || tokens[$0].classes.contains(.beAuxiliaries) }),
              tokens[v].kind == .word, Self.pluralBe.contains(tokens[v].key), v + 1 < sentence.end else { return nil }
        return group(at: v + 1, in: s)
    }
    private static let pluralBe = SpeechCues.keys("are were")

    /// Nouns for groups of people, mostly plural, beside the unnamed sources' ("advisers", "newspapers", "staff").
    static let groupNouns = SpeechCues.keys("""
        advisers advisors strategists executives supporters donors members leaders delegates newspapers groups \
        unions organizations organisations companies allies opponents friends associates staff staffers people \
        candidates senators governors justices judges lawyers attorneys owners employees fans women men scholars \
        historians pollsters authors writers editors reporters journalists representatives pastors campaign team \
        intellectuals thinkers partisans crowd audience family families governments
        """)

    /// "His advisers say …, and they say": the organisation or group of people quoted last in this
    /// paragraph or the one before, not before the last sentence whose subject is a named person.
    /// With `nearby`, only a group of people quoted in this sentence or the one before ("… what
    /// researchers say they need. It pays off, they say").
    private func recentGroup(before t: Int, nearby: Bool = false) -> SpeakerRef? {
        let here = tokens[t].start
        let s = Int(sentenceOf[t])
        var from = nearby ? tokens[sentences[max(0, s - 1)].first].start
            : tokens[paragraphs[max(0, sentences[s].paragraph - 1)].firstToken].start
        // "… They argue …. ¶ Sen. Roe criticized Hale and Reed. They said": not past a sentence about a named person.
        var r = s - 1
        while !nearby && r >= 0 && tokens[sentences[r].first].start >= from {
            if let j = subjectStart(r), mentionAt[j] >= 0, case let m = Int(mentionAt[j]), mentions[m].kind == .person, namesAPerson(m) {
                from = tokens[sentences[r].first].start
                break
            }
            r -= 1
        }
        for i in earlier(quotations.count, { self.quotations[$0].start < here }) {
            if quotations[i].start < from { break }
            guard let name = quotations[i].speaker, let kind = quotations[i].speakerKind,
                  (kind == .organisation && !nearby) || !Self.isOnePerson(name) else { continue }
            return SpeakerRef(name: name, kind: kind, mention: quotations[i].speakerMention, members: quotations[i].speakerMembers)
        }
        return nil
    }

    /// Whether token `t` starts its sentence, after nothing but sentence adverbs and conjunctions
    /// ("Meanwhile Roe, who …", "But Roe") and the words that describe the name ("Chess great Jo
    /// Roe", "Political analyst Jo Roe").
    private func opensSentence(_ t: Int) -> Bool {
        opens(t, from: sentences[Int(sentenceOf[t])].first)
    }

    private func opens(_ t: Int, from first: Int) -> Bool {
        var j = first
        while j < t && (tokens[j].kind != .word || tokens[j].classes.contains(.sentenceWords)) && mentionAt[j] < 0 { j += 1 }
        // "Florida developer Jo Roe": a place may qualify the describing words.
        var words = 0
        while j < t && words < 3 {
            if mentionAt[j] >= 0, case let m = Int(mentionAt[j]), mentions[m].kind == .place, mentionTokens[m].upperBound < t {
                j = mentionTokens[m].upperBound
            } else if isDescriptionWord(j) {
                j += 1
            } else {
                break
            }
            words += 1
        }
        return j == t
    }

    /// Whether word `j` can describe a name after it: capitalised, or a lower-case noun that is no
    /// verb, adverb or function word ("great", "analyst", "strategist").
    private func isDescriptionWord(_ j: Int) -> Bool {
        let tok = tokens[j]
        guard tok.kind == .word, mentionAt[j] < 0, cueForm(j) == nil else { return false }
        if tok.capitalised { return true }
        let classes = tok.classes
        guard !classes.contains(.prepositions) && !classes.contains(.betweenSubjectAndCue) && !classes.contains(.auxiliaries)
                && !classes.contains(.determiners) && !classes.contains(.sentenceWords) && !isIngWord(j, anyCase: true) && length(j) > 2 else { return false }
        return !endsWith(j, "ed") && !endsWith(j, "ly")
    }

    /// Whether token `t` is the subject of its sentence: it opens the sentence, or the clause after
    /// opening adjuncts ("On Tuesday, Roe said", "Though he did not name her, Roe said", "The day
    /// before, at a fair in Dayton, Ohio, Roe said").
    func isSubject(_ t: Int) -> Bool {
        if opensSentence(t) || isAppositionToOpening(t) { return true }
        var from = sentences[Int(sentenceOf[t])].first
        // "But at another rally, Roe said": past a conjunction.
        while from < t && (tokens[from].key == keyOf.and || tokens[from].key == keyOf.but) { from += 1 }
        guard opensWithAdjunct(from) || isOpeningTimePhrase(from, before: t) else { return false }
        for _ in 0..<3 {
            var comma = from + 1
            while comma < t && !(isPunct(comma, 0x2C) && quoteOf[comma] < 0) { comma += 1 }
            guard comma < t else { return false }
            if opens(t, from: comma + 1) { return true }
            from = comma + 1
            // ", Ohio,", ", Tex.,": a state after its town.
            var next = from
            while next < t && next < from + 3 && (tokens[next].capitalised || isPunct(next, 0x2E)) { next += 1 }
            let state = next > from && next < t && isPunct(next, 0x2C)
            guard opensWithAdjunct(from) || state else { return false }
        }
        return false
    }

    /// Whether the name at `t` stands between commas after a description that opens its sentence and
    /// names no one ("The other man, his cousin Jo Roe, 40, cited …", "One voter, Jo Roe, said …"): the
    /// name is who the description is.
    private func isAppositionToOpening(_ t: Int) -> Bool {
        guard mentionAt[t] >= 0, case let m = Int(mentionAt[t]), mentionTokens[m].lowerBound == t,
              mentionTokens[m].upperBound < tokens.count, isPunct(mentionTokens[m].upperBound, 0x2C) else { return false }
        let first = sentences[Int(sentenceOf[t])].first
        guard tokens[first].classes.contains(.determiners) || Self.quantifiers.contains(tokens[first].key) else { return false }
        var comma = first + 1
        while comma < t && comma < first + 6 && tokens[comma].kind == .word && mentionAt[comma] < 0 && cueForm(comma) == nil
                && !tokens[comma].capitalised && !tokens[comma].classes.contains(.auxiliaries) { comma += 1 }
        return comma < t && isPunct(comma, 0x2C) && opens(t, from: comma + 1)
    }

    /// Whether the name at `first` opens a clause, its subject rather than an object: it opens its
    /// sentence, or follows a comma or a conjunction ("that Mrs. Roe, if elected, might …", "times when Roe plays …").
    private func opensClause(_ first: Int) -> Bool {
        first == 0 || opensSentence(first) || isPunct(first - 1, 0x2C) || Self.clauseOpeners.contains(tokens[first - 1].key)
    }
    private static let clauseOpeners = SpeechCues.keys("that " + SpeechCues.clauseJointWords)

    /// Whether a short phrase of time without a name runs from `first` to a comma before `t` ("The
    /// day before,", "Last week,").
    private func isOpeningTimePhrase(_ first: Int, before t: Int) -> Bool {
        var j = first, time = false
        while j < t && j < first + 5 && tokens[j].kind == .word && mentionAt[j] < 0 {
            let classes = tokens[j].classes
            if classes.contains(.timeRelations) || classes.contains(.calendarWords) || classes.contains(.timeWords) && !classes.contains(.determiners) { time = true }
            j += 1
        }
        return time && j < t && isPunct(j, 0x2C)
    }

    /// Whether the name at `first` follows its speech verb after a quotation or a comma ("…,” said
    /// Jo Hale", "…, said Jo Hale"), not an addressee ("told Jo Hale").
    private func followsInvertedSay(_ first: Int) -> Bool {
        guard first >= 2, cueForm(first - 1) != nil else { return false }
        return Self.plainSay.contains(tokens[first - 1].key) && (isPunct(first - 2, 0x2C) || tokens[first - 2].kind == .close)
    }
    private static let plainSay = SpeechCues.keys("said says")

    /// Whether token `first`, opening a sentence, starts an adjunct that a comma closes: a preposition
    /// or conjunction ("On Monday,", "When she arrived,") or a participle ("Asked about it,", "Speaking
    /// to reporters,").
    private func opensWithAdjunct(_ first: Int) -> Bool {
        guard tokens[first].kind == .word && mentionAt[first] < 0 else { return false }
        if tokens[first].classes.contains(.adjunctStarters) { return true }
        return isIngWord(first, anyCase: true) || endsInEd(first, longerThan: 4)
    }


    /// Whether the pronoun at `t` closes a report of the words before it in its sentence
    /// ("Roe will win, he said", "The plan, she added, …"): a comma, the pronoun, then its cue; not
    /// after an opening adjunct ("When Roe arrived, he said", where the pronoun is Roe).
    private func reportsSentenceStart(_ t: Int) -> Bool {
        var first = sentences[Int(sentenceOf[t])].first
        while first < t && (tokens[first].key == keyOf.and || tokens[first].key == keyOf.but) { first += 1 }
        // "The plan failed, according to him.": the whole sentence is what the pronoun reports.
        if t >= 2 && tokens[t - 1].key == keyOf.to && tokens[t - 2].key == keyOf.according { return true }
        guard t > first + 1, isPunct(t - 1, 0x2C), quoteOf[t - 1] < 0, !opensWithAdjunct(first) else { return false }
        var k = t + 1
        while k < tokens.count && tokens[k].kind == .word && tokens[k].classes.contains(.betweenSubjectAndCue) { k += 1 }
        guard k < tokens.count, cueForm(k) != nil else { return false }
        // The cue ends the sentence (", he said.", ", she said Monday.", ", he added in an interview.")
        // or goes on with the same words ("The plan, she said, would fail"), rather than opening words
        // of its own ("in fact, she said it helps", "including, he said, “…”").
        let end = sentences[Int(sentenceOf[t])].end
        var next = k + 1
        while next < end && next < k + 8 && tokens[next].kind != .punct
                && (tokens[next].classes.contains(.prepositions) || tokens[next].classes.contains(.calendarWords)
                    || tokens[next].classes.contains(.determiners) || next > k + 1) { next += 1 }
        return next >= end || isSentenceEndPunct(next) || (isPunct(next, 0x2C) && next + 1 < end && tokens[next + 1].kind == .word)
    }

    /// The person quoted last before token `t`, in its paragraph or the one before (not before token `since`),
    /// whose known gender fits, and where that quotation ends.
    private func recentSpeaker(before t: Int, since: Int, female: Bool) -> (speaker: SpeakerRef, quotationEnd: Int)? {
        let here = tokens[t].start
        let paragraph = sentences[Int(sentenceOf[t])].paragraph
        // "“…,” said the woman. ¶ Now 46, she is terrified …. ¶ “…,” she said": a paragraph between that names
        // no one and quotes nothing but has the pronoun goes on about whom the one before it quoted.
        var back = max(0, paragraph - 1)
        if back > 0 && continuesPronoun(back, female ? Self.she : Self.he) { back -= 1 }
        let from = tokens[max(paragraphs[back].firstToken, since)].start
        for i in earlier(quotations.count, { self.quotations[$0].start < here }) {
            if quotations[i].start < from { break }
            // "“…,” Cruz said": a lone surname typed an organisation speaks as a person, when a cue or a
            // mark follows it (not "Trumpian talking points").
            let lone = quotations[i].speakerKind == .organisation && quotations[i].speakerMention.map { m in
                let after = mentionTokens[m].upperBound
                return isLoneWord(m) && after < tokens.count
                    && (tokens[after].kind != .word || (cueForm(after) != nil && !isIngWord(after, anyCase: true))
                        || tokens[after].classes.contains(.betweenSubjectAndCue))
            } == true
            guard let name = quotations[i].speaker, !speaksAsI(i), quotations[i].speakerKind == .person || lone, Self.isOnePerson(name),
                  (genders[name] ?? GivenNames.gender(ofDescription: name)).map({ $0 == female }) ?? true else { continue }
            return (SpeakerRef(name: name, kind: .person, mention: quotations[i].speakerMention, members: quotations[i].speakerMembers), quotations[i].end)
        }
        return nil
    }

    /// Whether paragraph `p` names no person, quotes nothing and has the pronoun `key` outside quotation marks.
    private func continuesPronoun(_ p: Int, _ key: UInt64) -> Bool {
        let range = paragraphs[p].firstToken..<paragraphs[p].endToken
        return range.contains { tokens[$0].key == key && quoteOf[$0] < 0 }
            && !range.contains { quoteOf[$0] >= 0 || (mentionAt[$0] >= 0 && mentions[Int(mentionAt[$0])].kind == .person) }
    }

    /// Role nouns and the titles that abbreviate them ("the senator" is "Sen. Roe").
    private static let abbreviatedRoles: [String: Set<String>] = [
        "senator": ["sen", "sen."], "governor": ["gov", "gov."], "president": ["pres", "pres."],
        "congressman": ["rep", "rep.", "representative"], "congresswoman": ["rep", "rep.", "representative"],
        "lawmaker": ["rep", "rep.", "sen", "sen.", "representative", "senator"],
        "admiral": ["adm", "adm."], "colonel": ["col", "col."], "lieutenant": ["lt", "lt."], "captain": ["capt", "capt."],
        "sergeant": ["sgt", "sgt."],
    ]

    /// "the ministry", "the spokesperson": the last speaker or mention whose name or role has that word.
    func resolveReferring(_ t: Int, from first: Int) -> SpeakerRef? {
        let word = WordKey.string(tokenText(t))
        let titles = Self.abbreviatedRoles[word] ?? []
        // Names and roles repeat across the quotations and mentions scanned below: fold and split each once.
        var known = [String: Bool]()
        func has(_ name: String) -> Bool {
            if let found = known[name] { return found }
            // split at the bytes of spaces (a split by Characters breaks graphemes; a folded name has no marks to join a space)
            let found = WordKey.string(name).utf8.split(separator: 0x20).map { String(Substring($0)) }
                .contains { $0 == word || $0.hasSuffix("-" + word) || titles.contains($0) }
            known[name] = found
            return found
        }
        let position = tokens[t].start
        // The last speaker named so; an earlier "the minister" no name resolved yields to one the
        // document has given that role since ("Health Minister Jo Roe said …. “…,” the minister said").
        var unresolved: SpeakerRef?
        for i in earlier(quotations.count, { self.quotations[$0].start < position }) {
            if let name = quotations[i].speaker, let kind = quotations[i].speakerKind, has(name) {
                let found = SpeakerRef(name: name, kind: kind, mention: quotations[i].speakerMention, members: quotations[i].speakerMembers)
                if found.mention != nil || EntityResolver.isProper(name) || !tokens[t].classes.contains(.roles) { return found }
                unresolved = found
                break
            }
        }
        // A person the document gives that role anywhere ("Sen. Jo Roe" … "Roe said" … "the senator"),
        // of the place the words name if they do ("the Ohio governor": "Ohio Gov. Jo Roe", "Gov. Jo Roe of Ohio").
        let place = (first..<t).first { mentionAt[$0] >= 0 && mentions[Int(mentionAt[$0])].kind == .place }.map { mentions[Int(mentionAt[$0])].name }
        func ofPlace(_ m: Int) -> Bool {
            guard let place else { return true }
            let after = mentionTokens[m].upperBound
            return mentions[m].surface.contains(place) || (after + 1 < tokens.count && tokens[after].key == keyOf.of
                && mentionAt[after + 1] >= 0 && mentions[Int(mentionAt[after + 1])].name == place)
        }
        // "the former president" is not the one titled "President Roe", nor "the president" the one
        // titled "former President Hale".
        let former = (first..<t).contains { tokens[$0].key == keyOf.former }
        func hasRole(_ m: Int) -> Bool {
            guard let role = mentions[m].role, has(role) else { return false }
            let before = mentionTokens[m].lowerBound - 1
            return former == (WordKey.string(role).hasPrefix("former") || (before >= 0 && tokens[before].key == keyOf.former))
        }
        func named(placed: Bool) -> SpeakerRef? {
            // Whether a person of that name is given the role anywhere, asked of the names met below.
            var titled = [String: Bool]()
            func isTitled(_ name: String) -> Bool {
                if let found = titled[name] { return found }
                let found = titledPersons[name]?.contains { hasRole($0) && (!placed || ofPlace($0)) } ?? false
                titled[name] = found
                return found
            }
            for m in earlier(mentionCount(startingBefore: position), limit: Self.lookBack * 4, { _ in true }) {
                if (has(mentions[m].name) || hasRole(m)) && (!placed || mentions[m].kind != .person || ofPlace(m)) { return speaker(mention: m) }
                if isTitled(mentionNames[m]) && quoteOf[mentionTokens[m].lowerBound] < 0 && !isPrepositionObject(mentionTokens[m].lowerBound) {
                    return speaker(mention: m)
                }
            }
            return nil
        }
        if let found = named(placed: true) ?? (place != nil ? named(placed: false) : nil) ?? unresolved {
            // Not a noun a place qualifies ("the Ohio governor") or a preposition governs ("a lecture from the president").
            return (place == nil && !isPrepositionObject(first) ? untitledSubject(before: t, over: found) : nil) ?? found
        }
        // Else, for a person ("the spokesperson"), the nearest person named as a subject in this
        // paragraph or the one before; for a state's body, the one of a named state written there with that
        // noun; otherwise the noun itself stands for an unnamed speaker ("company").
        let person = tokens[t].classes.contains(.personReferringNouns)
        let paragraphStart = paragraphs[max(0, sentences[Int(sentenceOf[t])].paragraph - 1)].firstToken
        if !person, tokens[t].classes.contains(.countryQualified), let body = stateBody(before: t, from: paragraphStart) { return body }
        if person {
            // Not one who asked a question just before ("“You?” Roe asked. “Me,” the senator said.").
            let from = tokens[paragraphStart].start
            let askers = Set(earlier(quotations.count, { self.quotations[$0].start < position && self.quotations[$0].start >= from })
                .filter { self.quotations[$0].text.last == "?" && self.quotations[$0].cue?.hasPrefix("ask") == true }
                .compactMap { self.quotations[$0].speakerMention.map { self.mentionNames[$0] } })
            let near = earlier(mentionCount(endingBy: t), { _ in true })
                .prefix { self.mentionTokens[$0].lowerBound >= paragraphStart }
                .filter { m in
                    let first = self.mentionTokens[m].lowerBound
                    return self.mentions[m].kind == .person && !askers.contains(self.mentionNames[m]) && self.quoteOf[first] < 0 && !self.isPrepositionObject(first)
                }
            // Not one the text titles with an office the description does not name ("Mayor Ed Roe" is not
            // "the presidential candidate"), while someone else is near; a word for any office ("the official") names his.
            let described = Set((first...t).map { tokens[$0].key })
            let untitled = Self.anyOfficeNouns.contains(tokens[t].key) ? [] : near.filter { m in
                !(self.titledPersons[self.mentionNames[m]]?.contains { n in
                    self.mentionTokens[n].contains { self.tokens[$0].classes.contains(.personReferringNouns) && !described.contains(self.tokens[$0].key) }
                } ?? false)
            }
            let candidates = untitled.isEmpty ? Array(near) : untitled
            // One who is a sentence's subject or a quotation's speaker before one named in passing
            // ("Jo Hale joined in, mocking Ed Roe. “…,” the former president said.").
            let speakers = Set(quotations.compactMap(\.speakerMention))
            if let m = candidates.first(where: { speakers.contains($0) || self.isSubject(self.mentionTokens[$0].lowerBound) }) ?? candidates.first {
                return speaker(mention: m)
            }
        }
        // "Acme Corp. … The company said": the one body of that kind the document has named before.
        if !person, let m = namedBody(of: t) { return speaker(mention: m) }
        return SpeakerRef(name: describedName(first, t), kind: person ? .person : .organisation, mention: nil, written: text(tokens[first].start, tokens[t].end))
    }

    /// The organisation named before token `t` whose name ends in a word for the kind of body the noun at `t` names
    /// ("the company": "Acme Corp.", "Harlow Co."; "the agency": "Harbor Safety Agency"), when the document has named
    /// one such body only.
    private func namedBody(of t: Int) -> Int? {
        guard let ends = Self.bodyNameEnds[tokens[t].key] else { return nil }
        var found: Int?
        for m in 0..<mentionCount(startingBefore: tokens[t].start) where mentions[m].kind == .organisation && quoteOf[mentionTokens[m].lowerBound] < 0 {
            guard ends.contains(tokens[mentionNameTokens[m].upperBound - 1].key) else { continue }
            if let f = found, mentionNames[f] != mentionNames[m] { return nil }
            found = m
        }
        return found
    }

    /// A body's noun and the last words of the names of bodies of that kind.
    private static let bodyNameEnds: KeyMap<KeySet> = {
        return KeyMap([(WordKey.hash("company"), SpeechCues.keys("company corporation corp co inc ltd llc")), (WordKey.hash("agency"), SpeechCues.keys("agency")),
                       (WordKey.hash("group"), SpeechCues.keys("group")), (WordKey.hash("ministry"), SpeechCues.keys("ministry"))])
    }()

    /// Words for one who holds any office, which name a mayor's or a senator's as well ("the official", "the leader").
    private static let anyOfficeNouns = SpeechCues.keys("official leader politician officeholder incumbent")

    /// "Sen. Jo Roe won in March. ¶ Ed Hale toured the docks. Stopping at a shop, the senator said": the person
    /// nearest before the role noun at `t`, the subject of its sentence or the one before it in the paragraph, whom
    /// no title in the text gives a role, rather than `found`, one titled so before that sentence.
    private func untitledSubject(before t: Int, over found: SpeakerRef) -> SpeakerRef? {
        guard let f = found.mention, !tokens[t].classes.isDisjoint(with: [.roles, .personReferringNouns]) else { return nil }
        let s = Int(sentenceOf[t])
        let from = s > 0 && sentences[s - 1].paragraph == sentences[s].paragraph ? sentences[s - 1].first : sentences[s].first
        guard mentionTokens[f].lowerBound < from,
              let m = earlier(mentionCount(endingBy: t), { _ in true }).first(where: { mentions[$0].kind == .person && quoteOf[mentionTokens[$0].lowerBound] < 0 }),
              mentionTokens[m].lowerBound >= from, titledPersons[mentionNames[m]] == nil, isSubject(mentionTokens[m].lowerBound) else { return nil }
        return speaker(mention: m)
    }

    /// "Pakistan's foreign ministry welcomed the offer. … the ministry said": the last body of a named
    /// state ("<country>'s …", "the <nationality> …") headed by the noun at `t`, from token `from` on.
    private func stateBody(before t: Int, from: Int) -> SpeakerRef? {
        for u in stride(from: t - 1, through: from, by: -1) where tokens[u].key == tokens[t].key && quoteOf[u] < 0 {
            // The noun heads its phrase ("the ministry spokesman" is a person).
            if u + 1 < tokens.count && isLowerWord(u + 1) && !tokens[u + 1].classes.isDisjoint(with: [.roles, .personReferringNouns]) { continue }
            var b = u - 1
            while b > from && b > u - 4 && isLowerWord(b) && tokens[b].classes.isDisjoint(with: [.determiners, .prepositions]) { b -= 1 }
            if b > from, tokens[b].kind == .possessive, mentionAt[b - 1] >= 0, mentionIsCountry[Int(mentionAt[b - 1])] {
                return SpeakerRef(name: text(tokens[mentionTokens[Int(mentionAt[b - 1])].lowerBound].start, tokens[u].end), kind: .organisation, mention: nil)
            }
            if b >= from, tokens[b].kind == .word, tokens[b].capitalised, Gazetteer.adjectiveByKey[tokens[b].key] != nil {
                return SpeakerRef(name: text(tokens[b].start, tokens[u].end), kind: .organisation, mention: nil)
            }
        }
        return nil
    }
}
