import TextAnalysis
import CorpusModel

/// Finds entity mentions: capitalised sequences with their titles and roles, organisation words,
/// countries, capitals and acronyms; then gives each mention its fullest name in the document.
extension DocumentModel {
    /// Whether `t` is the first word of its sentence or of a quotation.
    func startsSentence(_ t: Int) -> Bool {
        var j = t - 1
        let first = sentences[Int(sentenceOf[t])].first
        while j >= first {
            let kind = tokens[j].kind
            if kind == .open || isSentenceEndPunct(j) || isPunct(j, 0x3A) { return true }
            if isPunct(j, 0x2022) || isPunct(j, 0x28) || isDash(j) { j -= 1; continue }
            return false
        }
        return true
    }

    /// Whether token `n` - 1 is the subject of a cue verb ("Hamas said", "Biden, speaking ..., warned")
    /// or names a speaker before a colon and a quotation.
    private func isSubjectOfCue(_ n: Int, _ end: Int) -> Bool {
        if n + 1 < end && isPunct(n, 0x3A) && tokens[n + 1].kind == .open { return true }  // "Kirby: “...”"
        var j = n
        if j < end && isPunct(j, 0x2C) {
            j += 1
            while j < min(end, n + 14) && !isPunct(j, 0x2C) && !isSentenceEndPunct(j) { j += 1 }
            guard j < end && isPunct(j, 0x2C) else { return false }
            j += 1
        }
        // Past adverbs, also one in -ly ("Roe openly admitted"), but not a noun in -ly ("Roe family said").
        while j < end && tokens[j].kind == .word
                && (tokens[j].classes.contains(.betweenSubjectAndCue)
                    || (!tokens[j].capitalised && isLyAdverb(j))) { j += 1 }
        guard j < end, tokens[j].kind == .word, !tokens[j].capitalised, let form = tokens[j].form else { return false }
        return form.past || !form.flags.contains(.nounLike)
    }

    /// Words in -ly that follow a name as a noun or an adjective, not as an adverb before its verb ("the Roe family said").
    static let nounsInLy = SpeechCues.keys("family rally supply assembly anomaly monopoly reply daily weekly monthly quarterly elderly")

    /// Whether word `j` reads as an adverb by its -ly ending ("openly"; not "the family", "the ally").
    func isLyAdverb(_ j: Int) -> Bool {
        length(j) > 4 && endsWith(j, "ly") && !Self.nounsInLy.contains(tokens[j].key)
    }

    /// "Ban Ki-moon", "Kim Jong-un": after a name, a short capitalised syllable joined by a hyphen to a
    /// short lower-case one is a given name, not an adjective like "Gaza-based" or "Iran-led".
    private func isHyphenedGivenName(_ t: Int) -> Bool {
        let (start, end) = (tokens[t].start, tokens[t].end)
        guard end - start <= 9, let hyphen = (start..<end).first(where: { bytes[$0] == 0x2D }) else { return false }
        return (2...4).contains(hyphen - start) && (2...4).contains(end - hyphen - 1) && CharacterClass.isUpperASCII(bytes[start])
            && (start + 1..<hyphen).allSatisfy { CharacterClass.isLowerASCII(bytes[$0]) }
            && (hyphen + 1..<end).allSatisfy { CharacterClass.isLowerASCII(bytes[$0]) }
            && !Self.hyphenSuffixes.contains(WordKey.hash(text(hyphen + 1, end)))
    }
    private static let hyphenSuffixes = SpeechCues.keys("led run era born made held wide free area type like")

    private static let nameParticles = SpeechCues.keys("bin ibn de del della der van von da di du la le dos das")

    private func isHeadline(_ para: TextParagraph) -> Bool {
        var last = para.endToken - 1
        // A headline may end in a full stop when every longer word is capitalised ("Mayor Says Roads Will
        // Reopen."), also inside a closing quotation mark ("Mayor Says Plan Is A ‘Dead End.’"); title case keeps
        // prepositions in lower case ("Mayor Bars Trucks from Pier.").
        let quoted = tokens[last].kind == .close && last > para.firstToken && isPunct(last - 1, 0x2E)
        if quoted { last -= 1 }
        let stop = isPunct(last, 0x2E) && !(para.firstToken..<last).contains(where: isSentenceEndPunct)
        if (isSentenceEndPunct(last) && !stop) || tokens[last].kind == .close || isPunct(last, 0x3A) { return false }
        var words = 0, caps = 0
        for t in para.firstToken..<para.endToken where tokens[t].kind == .word && length(t) >= 4
                && (tokens[t].capitalised || !tokens[t].classes.contains(.prepositions)) {
            words += 1
            if tokens[t].capitalised { caps += 1 } else if stop { return false }  // a sentence in full: one lower-case word rules it out
        }
        return words > 0 && (stop ? words >= 3 && caps == words : caps * 4 >= words * 3)
    }

    func findMentions() {
        mentionAt = [Int32](repeating: -1, count: tokens.count)
        var midCapitals = KeySet(minimumCapacity: tokens.count / 8)
        var filter = [UInt64](repeating: 0, count: 16)
        var capitalised = 0
        filter.withUnsafeMutableBufferPointer { bits in
            for t in tokens.indices where tokens[t].kind == .word {
                if !tokens[t].capitalised {
                    bits[Int(tokens[t].key >> 6 & 15)] |= 1 << (tokens[t].key & 63)
                    continue
                }
                capitalised += 1
                if !startsSentence(t) { midCapitals.insert(tokens[t].key) }
            }
        }
        lowerCaseFilter = filter
        // Every mention holds a capitalised word: room for as many mentions, so that none is copied to grow.
        mentions.reserveCapacity(capitalised)
        mentionTokens.reserveCapacity(capitalised)
        mentionNameTokens.reserveCapacity(capitalised)
        var pendingSingles = [Int]()
        headline = paragraphs.map(isHeadline)
        for (p, para) in paragraphs.enumerated() {
            if headline[p] {
                for t in para.firstToken..<para.endToken where tokens[t].kind == .word && tokens[t].capitalised && !isFunctionWord(t) {
                    let key = tokens[t].key
                    if isKnownPlace(key, t) {
                        addMention(.place, t..<(t + 1), nameFrom: t, nameTo: t + 1, role: nil)
                    }
                }
                continue
            }
            var t = para.firstToken
            while t < para.endToken {
                guard startable(t, para.endToken) else {
                    t += 1
                    continue
                }
                let next = buildSequence(at: t, end: para.endToken, midCapitals: midCapitals, singles: &pendingSingles)
                t = max(next, t + 1)
            }
        }
        resolveSingles(pendingSingles)
        placesEverywhere()
        resolveNames()
        assert(mentionTokens.indices.dropFirst().allSatisfy { mentionTokens[$0 - 1].upperBound <= mentionTokens[$0].lowerBound },
               "mentions are in document order and do not overlap (`mentionCount` bisects them)")
    }

    /// Whether a name can start at `t`: asked of every token, so inlined in the loop.
    @inline(__always) private func startable(_ t: Int, _ end: Int) -> Bool {
        let tok = tokens[t]
        guard tok.kind == .word else { return false }
        if tok.capitalised {
            if !tok.classes.isDisjoint(with: [.calendarWords, .firstPersonWords]) || isInvertedCue(t) { return false }
            if startsSentence(t) && isFunctionWord(t) && !opensPlaceName(t) { return false }
            return true
        }
        return tok.classes.contains(.roles) && t + 1 < end && tokens[t + 1].kind == .word && tokens[t + 1].capitalised
    }

    /// Whether token `t` is a function word that may open a sentence capitalised ("The", "Us"), not the
    /// country or body its capitals spell ("US", "UN"), nor a firm's name an ampersand goes on with ("AT&T").
    private func isFunctionWord(_ t: Int) -> Bool {
        tokens[t].classes.contains(.sentenceWords) && !(tokens[t].acronym && Gazetteer.aliasByKey[tokens[t].key] != nil)
            && !isNameAmpersand(t + 1, tokens.count)
    }

    /// Builds the capitalised sequence starting at `t` (a `startable` token), records its mention and returns the next token.
    private func buildSequence(at t: Int, end: Int, midCapitals: KeySet, singles: inout [Int]) -> Int {
        var j = t
        var hasOrg = false
        var complement = false  // past an organisation word's "of" or "for"
        var joined = false  // one "and" at most: "Academy of Pediatrics, Congress of Obstetricians and Gynecologists and …" is a list
        var last = t
        while j < end {
            let tok = tokens[j]
            // A name ends with its sentence ("… entering the U.S. While Hale …").
            if j > t && startsSentence(j) { break }
            if j + 2 < end && isInitialStop(j + 1) {  // "R. Gil Kerlikowske"
                last = j; j += 2; continue
            }
            if tok.kind == .word && (tok.capitalised || (j > t && isHyphenedGivenName(j))) && !tok.classes.contains(.calendarWords)
                // "I" only as a regnal number: after a capitalised word and before no word ("Elizabeth I’s", "King
                // Olaf I, who …"; not "The editor I", "Like Hale I think", "Hale I’ve").
                && (!tok.classes.contains(.firstPersonWords)
                    || (!SpeechCues.firstPersonContractions.contains(tok.key) && j > t && tokens[j - 1].capitalised
                        && (j + 1 >= end || tokens[j + 1].kind != .word))) {
                if tok.classes.contains(.organisationWords) { hasOrg = true }
                last = j; j += 1; continue
            }
            if tok.kind == .word && !tok.capitalised && tok.classes.contains(.roles)
                && j + 1 < end && tokens[j + 1].kind == .word && tokens[j + 1].capitalised {
                j += 1; continue
            }
            // "Procter & Gamble", "Pike & Sons", "AT&T": an ampersand between capitalised words joins a firm's name.
            if isNameAmpersand(j, end) { hasOrg = true; j += 1; continue }
            if tok.kind == .word && tok.key == keyOf.and && j > t && !joined && joinsOrganisation(after: j, end, complement: complement) {
                joined = true; j += 1; continue
            }
            if tok.kind == .word && !tok.capitalised && j > t && Self.nameParticles.contains(tok.key) {
                // "von der Leyen", "bin Salman"
                var n = j + 1
                while n < end && tokens[n].kind == .word && !tokens[n].capitalised && Self.nameParticles.contains(tokens[n].key) { n += 1 }
                if n < end && tokens[n].kind == .word && tokens[n].capitalised { j = n; continue }
            }
            // (a role word after a middle initial or a given name is a surname: "Jo T. King of Ohio")
            let afterRole = j > t && tokens[j - 1].classes.contains(.roles) && tok.key != keyOf.on
                && !(j - 2 >= t && (isInitialStop(j - 2) || GivenNames.gender(tokens[j - 2].key, title: false) != nil))
            let opener = j == t + 1 && tok.key != keyOf.on && isPluralNameOpener(t, midCapitals)
            if (hasOrg || afterRole || opener) && tok.kind == .word && (tok.key == keyOf.of || tok.key == keyOf.for || tok.key == keyOf.on) {
                var k = j + 1
                if k < end && tokens[k].key == keyOf.the { k += 1 }
                if k < end && tokens[k].kind == .word && tokens[k].capitalised && (hasOrg || afterRole || isComplementOfPlural(k)) {
                    complement = complement || hasOrg; j = k; continue
                }
            }
            break
        }
        var first = t
        // A capitalised function word at the start ("The") is not part of the name.
        let whole = rangeKey(first, last + 1)
        let known = Gazetteer.countryByKey[whole] != nil || Gazetteer.regionKeys.contains(whole)  // "New Hampshire"
        // …unless a place name starts with it ("The New York Times").
        while !known && first <= last && isFunctionWord(first) && first < last
                && !opensPlaceName(first) { first += 1 }
        // "Former Gov. Jo Roe", "Neither Roe nor …": a word opening the sentence that the document
        // writes in lower case elsewhere, and never capitalised inside a sentence, is not part of the
        // name; nor is a verb in -ing before a given name and a surname ("Trusting Jo Roe with …"), nor a
        // speech verb before a title ("Recall Sen. Jo Roe voting …"); a place's first word stays ("New
        // Jersey Gov. Jo Roe", "New York leaders said", though the text has "a new law"), and so does a role
        // that runs on with "of" ("Secretary of State Jo Roe", though the text has "press secretary").
        if !known && first < last && startsSentence(first) && !midCapitals.contains(tokens[first].key) && tokens[first + 1].key != keyOf.and
            && !opensPlaceName(first)
            && Gazetteer.countryByKey[tokens[first].key] == nil && !tokens[first].classes.contains(.organisationWords)
            && !tokens[first].acronym && !isGivenNameSubject(first, last, end) && !isTitleBeforeGivenName(first, last)
            && !(tokens[first].classes.contains(.roles) && tokens[first + 1].key == keyOf.of)
            && (writtenInLowerCase(tokens[first].key)
                || (tokens[first].form != nil && !tokens[first].classes.contains(.roles) && tokens[first + 1].classes.contains(.roles))
                || (last - first >= 2 && isIngWord(first, anyCase: true) && GivenNames.gender(tokens[first].key, title: false) == nil
                    && GivenNames.gender(tokens[first + 1].key, title: false) != nil)) {
            first += 1
        }
        // "Workers objected …": a plural for people opening the sentence, which the document also writes in
        // lower case, is that noun even when a longer name has it ("the Communications Workers of America").
        let people = tokens[first].classes.contains(.sourceNouns) && writtenInLowerCase(tokens[first].key)
        if first == last && startsSentence(first) && (!midCapitals.contains(tokens[first].key) || people) && !tokens[first].acronym
            && (tokens[first].classes.contains(.sourceNouns) || !isSubjectOfCue(last + 1, end)) {
            let key = tokens[first].key
            // "Campaign aides said", "Party leaders said": a body's word before a noun in lower case is that noun's; so
            // is one the text writes in lower case elsewhere before a word that is no speech verb ("Campaign cash flowed").
            let modifier = last + 1 < end && isLowerWord(last + 1) && tokens[last + 1].form == nil
                && (isPluralLike(last + 1) || !tokens[last + 1].classes.isDisjoint(with: [.roles, .sourceNouns]) || writtenInLowerCase(key))
            if !isKnownPlace(key, first) && (!tokens[first].classes.contains(.organisationWords) || modifier) {
                return last + 1
            }
        }
        var surfaceEnd = last + 1
        // Parenthetical acronym: "Ministry of Foreign Affairs (MoFA)".
        if last + 3 < end && isPunct(last + 1, 0x28) && tokens[last + 2].acronym && isPunct(last + 3, 0x29) {
            surfaceEnd = last + 4
        }
        classify(first, last + 1, surfaceEnd: surfaceEnd, singles: &singles)
        return surfaceEnd
    }

    /// Whether the capitalised plural at `t` may open a body's name with "of" or "for" ("Americans for Prosperity",
    /// "Friends of the Harbor"): a people's plural, or a word the text capitalises inside sentences and never writes in
    /// lower case (not "Residents of Salem", "Supporters of Jo Hale" opening a sentence), nor a party's; "Friends", which
    /// opens bodies' names by custom, also before "of the" or "for the" ("Friends of the Quay said" opening a sentence; not
    /// "Citizens of Salem", nor "Friends of Hale", people described by the person they are friends of).
    private func isPluralNameOpener(_ t: Int, _ midCapitals: KeySet) -> Bool {
        guard tokens[t].kind == .word, tokens[t].capitalised, !tokens[t].acronym, isPluralLike(t) else { return false }
        let one = bytes.withUnsafeBufferPointer { WordKey.hash($0, tokens[t].start, tokens[t].end - 1) }
        // A party's members are a group that "on" or "of" places ("Republicans on the committee", "Democrats of Ohio").
        if Gazetteer.partyAdjectives.contains(one) { return false }
        return Gazetteer.adjectiveByKey[one] != nil
            || (Self.customaryNameOpeners.contains(tokens[t].key) && t + 2 < tokens.count && tokens[t + 2].key == keyOf.the)
            || (midCapitals.contains(tokens[t].key) && !writtenInLowerCase(tokens[t].key))
    }
    private static let customaryNameOpeners = SpeechCues.keys("friends")

    /// Whether the capitalised word at `k` after such a plural's "of" or "for" goes on with a body's name: not a person
    /// (a given name or a title), a place or a people ("Americans of Japanese descent").
    private func isComplementOfPlural(_ k: Int) -> Bool {
        GivenNames.gender(tokens[k].key, title: false) == nil && tokens[k].classes.isDisjoint(with: [.roles, .calendarWords])
            && !Gazetteer.isPartyOrPeople(tokens[k].key) && !isKnownPlace(tokens[k].key, k) && !opensPlaceName(k)
    }

    /// Whether the word at `first` and the next name a region or a country ("New York", "South Korea").
    /// So does "New" before a capitalised word that is no title, body, given name or function word: places news names
    /// so are more than a list holds ("New South Wales Premier Jo Hale", "New Yorkers said").
    private func opensPlaceName(_ first: Int) -> Bool {
        guard first + 1 < tokens.count else { return false }
        let key = rangeKey(first, first + 2)
        if Gazetteer.regionKeys.contains(key) || Gazetteer.countryByKey[key] != nil { return true }
        let next = tokens[first + 1]
        return tokens[first].key == Self.newWord && next.kind == .word && next.capitalised && !next.acronym
            && next.classes.isDisjoint(with: [.roles, .organisationWords, .sentenceWords, .calendarWords])
            && GivenNames.gender(next.key, title: false) == nil
    }
    private static let newWord = WordKey.hash("new")

    /// Whether "and" at `j` joins the capitalised words after it into one organisation's name: after its "of" or "for"
    /// ("Centers for Disease Control and Prevention", "Institute for Science and International Security"), or when they
    /// end in an organisation word ("Parks and Recreation Department"); not before a given name, a title, an acronym
    /// or an owner ("Department of Justice and FBI agents", "Institute for Justice and Jo Hale", "… and Hale's aides"),
    /// nor after a firm's abbreviation, which ends its name ("Acme Corp. and Bolt Co." are two firms).
    private func joinsOrganisation(after j: Int, _ end: Int, complement: Bool) -> Bool {
        if !complement && Self.firmAbbreviations.contains(tokens[j - 1].key) { return false }
        var k = j + 1
        while k < end && k <= j + 3 && tokens[k].kind == .word && tokens[k].capitalised && !tokens[k].acronym
                && tokens[k].classes.isDisjoint(with: [.roles, .sentenceWords, .calendarWords]) && GivenNames.gender(tokens[k].key, title: false) == nil { k += 1 }
        guard k > j + 1, k >= end || (tokens[k].kind != .possessive && !(tokens[k].kind == .word && tokens[k].capitalised)) else { return false }
        return complement || tokens[k - 1].classes.contains(.organisationWords)
    }

    /// Abbreviations that end a firm's name ("Acme Corp.", "Bolt Co.").
    static let firmAbbreviations = SpeechCues.keys("corp co inc ltd llc")

    /// Whether the capitalised word at `j` ends, after a hyphen, in a word for a body ("Sun-Times", "Union-Tribune").
    private func endsInOrganisationWord(_ j: Int) -> Bool {
        let tok = tokens[j]
        guard tok.kind == .word, tok.capitalised, let hyphen = bytes[tok.start..<tok.end].lastIndex(of: 0x2D), hyphen + 1 < tok.end else { return false }
        return SpeechCues.table.lookup(bytes.withUnsafeBufferPointer { WordKey.hash($0, hyphen + 1, tok.end) }).0.contains(.organisationWords)
    }

    /// Whether token `j` is an ampersand that joins a firm's name: with spaces around it between capitalised words
    /// ("Johnson & Johnson"), not before an abbreviated title, which opens another person's name ("Jo Hale & Sen. Ed
    /// Roe"); or unspaced between words in capitals ("AT&T", "P&G"; not the noun "Q&A", before a lone "A").
    private func isNameAmpersand(_ j: Int, _ end: Int) -> Bool {
        guard j > 0 && j + 1 < end && isPunct(j, 0x26) && tokens[j - 1].kind == .word && tokens[j - 1].capitalised
            && tokens[j + 1].kind == .word && tokens[j + 1].capitalised else { return false }
        if tokens[j - 1].end == tokens[j].start && tokens[j].end == tokens[j + 1].start {
            let capitals = { (t: Int) in (self.tokens[t].start..<self.tokens[t].end).allSatisfy { CharacterClass.isUpperASCII(self.bytes[$0]) } }
            return capitals(j - 1) && capitals(j + 1) && !(length(j + 1) == 1 && bytes[tokens[j + 1].start] == 0x41)
        }
        return tokens[j - 1].end < tokens[j].start && tokens[j].end < tokens[j + 1].start
            && !(tokens[j + 1].classes.contains(.roles) && tokens[j + 1].abbreviation)
    }

    /// "Bill Roe said …": a given name and one more capitalised word opening a statement, followed by a
    /// lower-case word, name the subject even when the document also writes the given name as a common
    /// word ("the bill"); a question ("Will Roe go?") may open with a verb.
    private func isGivenNameSubject(_ first: Int, _ last: Int, _ end: Int) -> Bool {
        guard last == first + 1, last + 1 < end, tokens[last + 1].kind == .word, !tokens[last + 1].capitalised,
              GivenNames.gender(tokens[first].key, title: false) != nil else { return false }
        let sentenceEnd = sentences[Int(sentenceOf[first])].end
        return !(first..<sentenceEnd).contains { isPunct($0, 0x3F) }
    }

    /// "Governor Jo Roe toured …": a role word opening the sentence before a given name and a surname is a title,
    /// though the document writes "the governor" in lower case.
    private func isTitleBeforeGivenName(_ first: Int, _ last: Int) -> Bool {
        last >= first + 2 && tokens[first].classes.contains(.roles) && GivenNames.gender(tokens[first + 1].key, title: false) != nil
    }

    /// Whether the document writes the word with key `key` in lower case somewhere.
    func writtenInLowerCase(_ key: UInt64) -> Bool {
        guard lowerCaseFilter[Int(key >> 6 & 15)] & (1 << (key & 63)) != 0 else { return false }
        if let known = lowerCaseWords[key] { return known }
        let found = tokens.contains { $0.key == key && $0.kind == .word && !$0.capitalised }
        lowerCaseWords[key] = found
        return found
    }

    /// A country, a region, or a state abbreviated with its full stop ("Nev.", "N.H."), named by `key` and
    /// ending at token `last`.
    private func isKnownPlace(_ key: UInt64, _ last: Int) -> Bool {
        Gazetteer.countryByKey[key] != nil || Gazetteer.regionKeys.contains(key)
            || (Gazetteer.abbreviatedStateKeys.contains(key) && (tokens[last].abbreviation || (last + 1 < tokens.count && isPunct(last + 1, 0x2E))))
    }

    private static let generations = SpeechCues.keys("ii iii iv")
    private static let speakerWord = WordKey.hash("speaker")

    private func classify(_ first: Int, _ end: Int, surfaceEnd: Int, singles: inout [Int]) {
        var roleEnd: Int?
        for j in first..<end where tokens[j].classes.contains(.roles) {
            // "Mr. Prince", "Mrs. King": after a title of courtesy a role word is the surname (but "Mr. President").
            if j > first && SpeechCues.honorifics.contains(tokens[j - 1].key) && !tokens[j].classes.contains(.personReferringNouns)
                && tokens[j].key != Self.speakerWord { break }
            // "Erik Prince", "Ada King": a role word ending the run after a given name is the surname, and so
            // is one after a middle initial ("Rep. Jo T. King of Ohio").
            if j == end - 1 && j > first && GivenNames.gender(tokens[j - 1].key, title: false) != nil { break }
            if j > first + 1 && isInitialStop(j - 1) { break }
            roleEnd = j + 1
        }
        // "Rival Jo Hale", "Democrats Jo Hale and …": a word before a given name and a surname that the article
        // writes in lower case, or a plural, is no part of the name (a title is a role, above: "Comedian Jo Hale").
        if roleEnd == nil, end - first >= 3, tokens[first].kind == .word, !tokens[first].acronym, tokens[first + 1].capitalised,
           GivenNames.gender(tokens[first].key, title: false) == nil, GivenNames.gender(tokens[first + 1].key, title: false) != nil,
           isPluralLike(first) || writtenInLowerCase(tokens[first].key),
           !(first + 1..<end).contains(where: { !tokens[$0].classes.isDisjoint(with: [.organisationWords, .roles]) }) {
            addMention(.person, first..<surfaceEnd, nameFrom: first + 1, nameTo: end, role: nil)
            return
        }
        // "Witness Mr. Ruiz", "Like Mrs. Ode" (a headline's title case): nothing qualifies an
        // honorific, so the mention starts at it.
        if let r = roleEnd, r - 1 > first, SpeechCues.honorifics.contains(tokens[r - 1].key) {
            classify(r - 1, end, surfaceEnd: surfaceEnd, singles: &singles)
            return
        }
        // "Secretary of State Antony Blinken", "… John F. Kerry": the role runs on; the name is the
        // last two words, with a middle initial between them, after a capitalised word (not "the President
        // of the United States", an office of a country).
        let nameFrom = end - first >= 4 && isInitialStop(end - 2) ? end - 4 : end - 2
        if let r = roleEnd, r < nameFrom, tokens[r].kind == .word, !tokens[r].capitalised, tokens[nameFrom - 1].capitalised,
           tokens[nameFrom].capitalised, tokens[end - 1].capitalised,
           !(nameFrom..<end).contains(where: { tokens[$0].classes.contains(.organisationWords) || tokens[$0].classes.contains(.roles) }) {
            addMention(.person, first..<surfaceEnd, nameFrom: nameFrom, nameTo: end, role: text(tokens[first].start, tokens[nameFrom - 1].end))
            return
        }
        // "Prime Minister of Pakistan", "Reporter for Pajhwok News Agency": only what follows the role is a name.
        if let r = roleEnd, r < end, tokens[r].kind == .word, !tokens[r].capitalised {
            var n = r
            while n < end && !tokens[n].capitalised { n += 1 }
            if n < end { classify(n, end, surfaceEnd: surfaceEnd, singles: &singles) }
            return
        }
        var orgInName = false
        let nameStart = roleEnd ?? first
        for j in nameStart..<end where tokens[j].classes.contains(.organisationWords) || isNameAmpersand(j, end) || endsInOrganisationWord(j) {
            orgInName = true
        }
        // "Americans for Prosperity": a plural and its "of" or "for" open a body's name.
        if nameStart + 2 < end && isPluralLike(nameStart) && (tokens[nameStart + 1].key == keyOf.of || tokens[nameStart + 1].key == keyOf.for) {
            orgInName = true
        }
        if let r = roleEnd {
            guard r < end else { return }  // a title with no name
            // "the official GOP line": a role in lower case before an acronym describes the body.
            if end - r == 1 && tokens[r].acronym && !tokens[first].capitalised {
                classify(r, end, surfaceEnd: surfaceEnd, singles: &singles)
                return
            }
            if !orgInName && tokens[r].capitalised {
                if Gazetteer.countryByKey[rangeKey(r, end)] == nil {
                    addMention(.person, first..<surfaceEnd, nameFrom: r, nameTo: end, role: text(tokens[first].start, tokens[r - 1].end))
                    return
                }
            }
        }
        // "House Republican Jo Roe", "Senate Democrat Jo Roe": a chamber and a party word describe the
        // person a given name and a surname name; so do a body's words ("Campaign Manager Jo Roe"; not "Bill &
        // Melinda Gates", "Jo Roe Foundation").
        let described = end - first >= 3 && ((end - first >= 4 && Gazetteer.partyAdjectives.contains(tokens[end - 3].key))
            || (orgInName && tokens[end - 3].capitalised))
        if described, GivenNames.gender(tokens[end - 2].key, title: false) != nil,
           !(end - 2..<end).contains(where: { tokens[$0].classes.contains(.organisationWords) || endsInOrganisationWord($0) }) {
            addMention(.person, first..<surfaceEnd, nameFrom: end - 2, nameTo: end, role: text(tokens[first].start, tokens[end - 3].end))
            return
        }
        if orgInName || tokens[first].classes.contains(.organisationWords) {
            // "Pakistan’s Ministry of Foreign Affairs" → one organisation qualified by its country.
            if tokens[first].classes.contains(.countryQualified), first >= 2, tokens[first - 1].kind == .possessive,
               let previous = mentions.indices.last, mentionTokens[previous].upperBound == first - 1,
               mentions[previous].kind == .place, let country = Gazetteer.countryByKey[rangeKey(mentionTokens[previous].lowerBound, mentionTokens[previous].upperBound)] {
                let start = mentionTokens[previous].lowerBound
                removeLastMention()
                addMention(.organisation, start..<surfaceEnd, nameFrom: first, nameTo: end, role: nil, prefix: country + " ")
                return
            }
            addMention(.organisation, first..<surfaceEnd, nameFrom: first, nameTo: end, role: nil)
            return
        }
        // "Cuban said", "Song added": a nationality or a title word alone before a speech verb is the
        // surname of a person the document has named in full ("Mark Cuban").
        if end - first == 1 && isNamedSurname(first) {
            addMention(.person, first..<surfaceEnd, nameFrom: first, nameTo: end, role: nil)
            return
        }
        var nameFirst = first
        while nameFirst < end - 1
                && Gazetteer.isPartyOrPeople(tokens[nameFirst].key) { nameFirst += 1 }
        let key = rangeKey(nameFirst, end)
        // A nationality or party word alone modifies ("a Republican win", "Democratic pollster Jo Roe"); not a country
        // whose adjective is its name ("New Zealand officials").
        if (Gazetteer.adjectiveByKey[key] != nil && Gazetteer.countryByKey[key] == nil) || Gazetteer.groupAdjectives.contains(key) || Gazetteer.partyAdjectives.contains(key) { return }
        // "the Ohio Democrat": a description of someone named elsewhere, not a name; the place in it is named
        // ("South Carolina Republican voters").
        if end - first >= 2 && Gazetteer.partyAdjectives.contains(tokens[end - 1].key) {
            if isKnownPlace(rangeKey(first, end - 1), end - 2) { addMention(.place, first..<(end - 1), nameFrom: first, nameTo: end - 1, role: nil) }
            return
        }
        // "Muslim Americans", "Young Iraqis": a people, which speaks as a group.
        if end - nameFirst >= 2 && bytes[tokens[end - 1].end - 1] == 0x73,
           Gazetteer.adjectiveByKey[bytes.withUnsafeBufferPointer { WordKey.hash($0, tokens[end - 1].start, tokens[end - 1].end - 1) }] != nil {
            addMention(.organisation, nameFirst..<surfaceEnd, nameFrom: nameFirst, nameTo: end, role: nil)
            return
        }
        if end - nameFirst == 1 && (length(nameFirst) == 1 || tokens[nameFirst].classes.contains(.titleNouns)
                                    || isFunctionWord(nameFirst)) { return }
        if end - nameFirst == 1 && Gazetteer.aliasByKey[key] != nil && !tokens[nameFirst].acronym {
            guard length(nameFirst) > 3 else { return }  // "Us", "Un" in title case are words, not "US" or "UN"
            addMention(.organisation, nameFirst..<surfaceEnd, nameFrom: nameFirst, nameTo: end, role: nil)
            return
        }
        // "Carl Hale III": a generation numeral ends a person's name (and is not its surname).
        if end - nameFirst > 2 && tokens[end - 1].acronym && Self.generations.contains(tokens[end - 1].key)
            && !(nameFirst..<(end - 1)).contains(where: { tokens[$0].acronym || tokens[$0].classes.contains(.organisationWords) }) {
            addMention(.person, nameFirst..<surfaceEnd, nameFrom: nameFirst, nameTo: end - 1, role: nil)
            return
        }
        if end - nameFirst > 1 && (nameFirst..<end).contains(where: { tokens[$0].acronym && !tokens[$0].abbreviation }) {
            addMention(.organisation, nameFirst..<surfaceEnd, nameFrom: nameFirst, nameTo: end, role: nil)
            return
        }
        if end - nameFirst > 1 && isTitleRun(nameFirst, end) { return }
        if end - nameFirst > 1 && (isStateBody(nameFirst, end) || isBodyOpeningWithNew(nameFirst, end, key)) {
            addMention(.organisation, nameFirst..<surfaceEnd, nameFrom: nameFirst, nameTo: end, role: nil)
            return
        }
        if isKnownPlace(key, end - 1) || isPlaceName(nameFirst, end) {
            addMention(.place, nameFirst..<surfaceEnd, nameFrom: nameFirst, nameTo: end, role: nil)
        } else if end - nameFirst == 1 {
            if tokens[nameFirst].acronym {
                addMention(.organisation, nameFirst..<surfaceEnd, nameFrom: nameFirst, nameTo: end, role: nil)
            } else {
                addMention(.person, nameFirst..<surfaceEnd, nameFrom: nameFirst, nameTo: end, role: nil)
                singles.append(mentions.count - 1)
            }
        } else {
            addMention(.person, nameFirst..<surfaceEnd, nameFrom: nameFirst, nameTo: end, role: nil)
        }
    }

    /// "No Child Left Behind", "Why They Need To Change": a title in capitals, with a capitalised
    /// function word or pronoun inside it, names no one; but an auxiliary after a given name, ending the words, is a
    /// surname ("Jo Will", "Ann Must").
    private func isTitleRun(_ first: Int, _ end: Int) -> Bool {
        ((first + 1)..<end).contains { t in
            let c = tokens[t].classes
            let surname = t == end - 1 && c.contains(.auxiliaries) && GivenNames.gender(tokens[t - 1].key, title: false) != nil
            return tokens[t].capitalised && !tokens[t].acronym && !Self.namePrepositions.contains(tokens[t].key) && !surname
                && (c.contains(.prepositions) || c.contains(.auxiliaries) || c.contains(.subjectPronouns))
        }
    }

    /// Prepositions that organisation names capitalise ("Americans For Prosperity", "Made In America").
    private static let namePrepositions = SpeechCues.keys("of for in on at and")

    /// Whether the words `first..<end` ending in "State" name a body ("Penn State", "Ohio State", "the Islamic State"),
    /// not a state's nickname, which "the" opens ("the Granite State", "the Lone Star State"), nor a state after a
    /// preposition ("in Washington State", "Visitors from Washington State") other than "at", which a place of work
    /// follows ("a professor at Ohio State").
    private func isStateBody(_ first: Int, _ end: Int) -> Bool {
        guard tokens[end - 1].key == Self.stateWord else { return false }
        if first > 0 && tokens[first - 1].classes.contains(.prepositions) && tokens[first - 1].key != Self.at { return false }
        let before = first > 0 ? tokens[first - 1].key : nil
        return before != keyOf.the || Gazetteer.groupAdjectives.contains(tokens[first].key) || Gazetteer.isPartyOrPeople(tokens[first].key)
    }
    private static let stateWord = WordKey.hash("state")

    /// Whether the words `first..<end` (`key`) opening with "New" name a body ("New Balance", "New Line Cinema"): "New" is
    /// no given name, so a name it opens that is no place, people ("New Yorkers") nor person's ("New Yorker Jo Hale") is one.
    private func isBodyOpeningWithNew(_ first: Int, _ end: Int, _ key: UInt64) -> Bool {
        tokens[first].key == Self.newWord && !isKnownPlace(key, end - 1) && !isPlaceName(first, end) && !isPluralLike(end - 1)
            && !((first + 1)..<end).contains { GivenNames.gender(tokens[$0].key, title: false) != nil }
    }

    /// A place by the shape of its name ("San Antonio", "Orange County") or by "in" before a name
    /// of several words that no title or role calls a person ("a rally in Cedar Rapids").
    private func isPlaceName(_ first: Int, _ end: Int) -> Bool {
        guard end - first > 1 else { return false }
        if Gazetteer.placeFirstWords.contains(tokens[first].key) || Gazetteer.placeLastWords.contains(tokens[end - 1].key) { return true }
        let possessive = end < tokens.count && tokens[end].kind == .possessive
        return first > 0 && tokens[first - 1].key == keyOf.inWord && !possessive
    }


    private func addMention(_ kind: EntityKind, _ range: Range<Int>, nameFrom: Int, nameTo: Int, role: String?, prefix: String = "") {
        let start = tokens[range.lowerBound].start, end = tokens[range.upperBound - 1].end
        let words = text(tokens[nameFrom].start, tokens[nameTo - 1].end)
        let name = prefix.isEmpty ? words : prefix + words
        let surface = prefix.isEmpty && range == nameFrom..<nameTo ? name : text(start, end)
        mentions.append(EntityMention(kind: kind, start: start, end: end, surface: surface, name: name, role: role,
                                      key: prefix.isEmpty ? rangeKey(nameFrom, nameTo) : nil))
        mentionTokens.append(range)
        mentionNameTokens.append(nameFrom..<nameTo)
        for t in range { mentionAt[t] = Int32(mentions.count - 1) }
    }

    private func removeLastMention() {
        for t in mentionTokens.removeLast() { mentionAt[t] = -1 }
        mentionNameTokens.removeLast()
        mentions.removeLast()
    }

    /// Whether the word at `t`, a nationality or a title word ("Cuban", "Song"), is followed by a speech
    /// verb and is the surname of a person named in full earlier in the document. A nationality or a
    /// people's adjective opening its clause before a past speech verb ("Baloch told reporters") is a surname all the same.
    private func isNamedSurname(_ t: Int) -> Bool {
        let key = tokens[t].key
        let people = Gazetteer.adjectiveByKey[key] != nil || Gazetteer.groupAdjectives.contains(key)
        guard people || tokens[t].classes.contains(.titleNouns),
              t + 1 < tokens.count, tokens[t + 1].kind == .word, !tokens[t + 1].capitalised, tokens[t + 1].form != nil,
              t == 0 || !tokens[t - 1].classes.contains(.determiners) else { return false }
        // Not named in full: it opens its clause and its verb is past ("Western states this week": a plural noun).
        let alone = people && (t == 0 || tokens[t - 1].kind != .word) && tokens[t + 1].form?.past == true
        return alone || mentions.indices.contains { m in
            mentions[m].kind == .person && mentionNameTokens[m].count >= 2 && tokens[mentionNameTokens[m].upperBound - 1].key == key
        }
    }

    /// Single unknown capitalised words: a surname of a person named in full, a common given name
    /// ("Bob said") or a name "who" follows, or else an organisation (a place after a preposition of place).
    private func resolveSingles(_ singles: [Int]) {
        var surnames = KeySet(minimumCapacity: 2 * mentions.count)
        for m in mentions.indices where mentions[m].kind == .person && mentionTokens[m].count >= 1 && !isQuotedTerm(m) {
            let nameTokens = nameTokenRange(m)
            if nameTokens.count >= 2 {
                surnames.insert(tokens[nameTokens.upperBound - 1].key)
                surnames.insert(tokens[nameTokens.lowerBound].key)  // surname-first names ("Lin Jian")
            } else if mentions[m].role != nil {
                surnames.insert(tokens[nameTokens.lowerBound].key)  // "President Roe" … "Roe"
            }
        }
        // "Walter “Skip” Roe": the word after a nickname in marks that follows a given name is a surname.
        for q in quotes.indices {
            guard let open = quotes[q].open, let close = quotes[q].close, open > 0, close + 1 < tokens.count,
                  (1...2).contains(close - open - 1), (open + 1..<close).allSatisfy({ tokens[$0].kind == .word && tokens[$0].capitalised }),
                  tokens[open - 1].kind == .word, GivenNames.gender(tokens[open - 1].key, title: false) != nil,
                  tokens[close + 1].kind == .word, tokens[close + 1].capitalised, mentionAt[close + 1] >= 0 else { continue }
            surnames.insert(tokens[close + 1].key)
        }
        for m in singles {
            let t = mentionTokens[m].lowerBound
            if surnames.contains(tokens[t].key) || GivenNames.gender(tokens[t].key, title: false) != nil { continue }
            if t > 0 && Self.placePrepositions.contains(tokens[t - 1].key) {
                mentions[m].kind = .place
            } else if t + 2 < tokens.count && isPunct(t + 1, 0x2C) && tokens[t + 2].key == keyOf.who {
                continue  // "Zendaro, who …": "who" stands for a person.
            } else {
                mentions[m].kind = .organisation
            }
        }
    }

    private static let placePrepositions = SpeechCues.keys("in into from near across at")

    /// Whether mention `m` is all a quotation holds (“Island Radio,”, a nickname or a title in
    /// marks): words quoted as words, which name no one whose surname the document goes on to use.
    private func isQuotedTerm(_ m: Int) -> Bool {
        let range = mentionTokens[m], q = Int(quoteOf[range.lowerBound])
        guard q >= 0 else { return false }
        return quotes[q].innerFirst == range.lowerBound && quotes[q].innerEnd - range.upperBound <= 1
    }

    /// A name the document uses as a place once is a place wherever no title makes it a person.
    private func placesEverywhere() {
        let placeKeys = mentions.indices.filter { mentions[$0].kind == .place }.map { mentions[$0].key }
        guard !placeKeys.isEmpty else { return }
        let places = KeySet(placeKeys)
        for m in mentions.indices where mentions[m].kind == .person && mentions[m].role == nil && places.contains(mentions[m].key) {
            mentions[m].kind = .place
        }
    }

    /// The folding hash of the text from token `first` to the end of token `end - 1`.
    func rangeKey(_ first: Int, _ end: Int) -> UInt64 {
        if lastRangeKey.first == first && lastRangeKey.end == end { return lastRangeKey.key }
        let key = bytes.withUnsafeBufferPointer { WordKey.hash($0, tokens[first].start, tokens[end - 1].end) }
        lastRangeKey = (first, end, key)
        return key
    }

    /// Tokens of a mention's name (after any role, before any parenthetical acronym).
    func nameTokenRange(_ m: Int) -> Range<Int> { mentionNameTokens[m] }

    /// Gives each mention the fullest form of its name in this document.
    private func resolveNames() {
        mentionNames = mentions.map(\.name)
        mentionIsCountry = [Bool](repeating: false, count: mentions.count)
        var genderOf = [Bool?](repeating: nil, count: mentions.count)
        var acronyms = KeyMap<String>()
        for m in mentions.indices where mentions[m].kind == .organisation {
            let range = mentionTokens[m]
            if range.count >= 4 && isPunct(range.upperBound - 1, 0x29) {
                acronyms.insert(tokens[range.upperBound - 2].key, mentions[m].name)
            }
        }
        // The names of the mentions other than people, for an acronym's alias: built only if one needs them.
        lazy var fullNames = KeySet(mentions.indices.filter { mentions[$0].kind != .person }.map { mentions[$0].key })
        // Newspapers named in several words, by their last word ("the Times" after "The New York Times").
        var organisationsByLast = KeyMap<Int>()
        for m in mentions.indices where mentions[m].kind == .organisation && nameTokenRange(m).count >= 2 {
            let last = tokens[nameTokenRange(m).upperBound - 1].key
            guard Gazetteer.mastheadWords.contains(last) else { continue }
            if let other = organisationsByLast[last] {
                // two different newspapers: the short name is neither
                if other >= 0 && mentions[other].key != mentions[m].key { organisationsByLast.insert(last, -1) }
            } else {
                organisationsByLast.insert(last, m)
            }
        }
        // The lengths of people's names (the others are not compared).
        let lengths = mentions.indices.map { mentions[$0].kind == .person ? UTF8Cursor.scalarCount(mentions[$0].name) : 0 }
        // The longest person name for each first and last word; people named in full by last word,
        // in order of appearance; the gender a title or given name tells.
        var longestByFirstAndLast = KeyMap<Int>(minimumCapacity: mentions.count), fullByLast = [UInt64: [Int]](), byFirstWord = [UInt64: [Int]]()
        // "Mr. Anwar" of a couple, "Tariq Anwar … his" and "Salma Anwar … she": the pronouns after a full
        // name tell which one a titled surname is when neither a title nor a given name does.
        // Worked out only when a titled surname meets a full name with no gender of its own.
        // "Mr. Anwar" and "Ms. Anwar" both in one text: the surname's titles of each gender.
        var titledSurnames = [UInt64: (female: Bool, male: Bool)]()
        // Whether a mention's gender is its given name's alone; the names whose gender a title tells.
        var byGivenName = [Bool](repeating: false, count: mentions.count), titled = Set<String>()
        lazy var told = pronounGenders(mentions.indices.filter { mentions[$0].kind == .person && nameTokenRange($0).count >= 2 }, name: { mentions[$0].name })
        for m in mentions.indices where mentions[m].kind == .person {
            let range = nameTokenRange(m)
            let first = tokens[range.lowerBound].key, last = tokens[range.upperBound - 1].key
            if lengths[m] > longestByFirstAndLast[first &* 31 &+ last].map({ lengths[$0] }) ?? 0 { longestByFirstAndLast.insert(first &* 31 &+ last, m) }
            if range.count >= 2 && (byFirstWord[first]?.count ?? 0) < 8 { byFirstWord[first, default: []].append(m) }
            if range.count >= 2 && (fullByLast[last]?.count ?? 0) < 16 { fullByLast[last, default: []].append(m) }
            var generic = false
            for j in mentionTokens[m].lowerBound..<range.lowerBound {
                if let female = GivenNames.gender(tokens[j].key, title: true) { genderOf[m] = female; generic = GivenNames.genericRoles.contains(tokens[j].key) }
            }
            // "spokesman Ruth Hale": a role word in -man is used for women too; the given name tells.
            if (genderOf[m] == nil || generic) && range.count >= 2, let given = GivenNames.gender(first, title: false) { genderOf[m] = given; byGivenName[m] = true }
            if range.count == 1, let female = genderOf[m] {
                var seen = titledSurnames[last] ?? (false, false)
                if female { seen.female = true } else { seen.male = true }
                titledSurnames[last] = seen
            }
        }
        // A full name in the title or a headline whose first word opens it, is no given name and starts no other
        // name ("Understated Roe raises profile").
        func isOpeningWordName(_ m: Int) -> Bool {
            let first = nameTokenRange(m).lowerBound, paragraph = sentences[Int(sentenceOf[first])].paragraph
            return (paragraph == 0 || headline[paragraph]) && first == mentionTokens[m].lowerBound && startsSentence(first)
                && GivenNames.gender(tokens[first].key, title: false) == nil
                && byFirstWord[tokens[first].key]?.count == 1
        }
        // by index: a loop over the elements would copy each mention, its three strings retained
        for m in mentions.indices {
            switch mentions[m].kind {
            case .person:
                let own = nameTokenRange(m)
                let last = tokens[own.upperBound - 1].key
                var best = m
                // "Pope Francis", "King Olaf": a pope's or a monarch's one name is no one else's surname or given name.
                let regnal = own.count == 1 && own.lowerBound > mentionTokens[m].lowerBound
                    && EntityResolver.regnalTitles.contains(tokens[own.lowerBound - 1].key)
                if own.count == 1 && !regnal {
                    // A surname alone is the person of that name its title's gender fits; of several,
                    // the one named last in its paragraph, else the one the article introduced first, passing
                    // over a title's opening word ("Understated Roe raises profile", then "Labor Secretary Tom Roe").
                    let paragraph = sentences[Int(sentenceOf[own.lowerBound])].paragraph
                    var first: Int?, near: Int?
                    // A couple ("Tariq and Salma Anwar", then "Mr. Anwar" and "Ms. Anwar"): a titled surname joins
                    // no full name whose gender nothing tells, and keeps its title so the two stay apart.
                    let couple = titledSurnames[last].map { $0.female && $0.male } ?? false
                    for c in fullByLast[last] ?? [] where genderOf[m] == nil || (genderOf[c] ?? told[mentions[c].name]).map({ $0 == genderOf[m] }) ?? !couple {
                        if first == nil || (first.map(isOpeningWordName) == true && !isOpeningWordName(c)) { first = c }
                        if c < m && sentences[Int(sentenceOf[mentionTokens[c].lowerBound])].paragraph == paragraph { near = c }
                    }
                    if couple && first == nil && genderOf[m] != nil {
                        mentionNames[m] = mentions[m].surface
                        genders[mentions[m].surface] = genderOf[m]
                        continue
                    }
                    if let person = near ?? first {
                        best = longestByFirstAndLast[tokens[nameTokenRange(person).lowerBound].key &* 31 &+ last] ?? person
                    }
                } else {
                    best = longestByFirstAndLast[tokens[own.lowerBound].key &* 31 &+ last] ?? m
                }
                if lengths[best] <= lengths[m] { best = m }
                if best == m && own.count == 1 && !regnal {
                    // Surname first ("Lin" for "Lin Jian"), when only one person fits.
                    let fits = (byFirstWord[tokens[own.lowerBound].key] ?? []).filter { nameTokenRange($0).count >= 2 }
                    if Set(fits.map { mentions[$0].name }).count == 1, let only = fits.first { best = only }
                }
                mentionNames[m] = mentions[best].name
                if let female = genderOf[m] {
                    genders[mentions[best].name] = female
                    if !byGivenName[m] { titled.insert(mentions[best].name) }
                }
            case .organisation:
                let range = nameTokenRange(m)
                if range.count == 1, !tokens[range.lowerBound].acronym, let full = organisationsByLast[tokens[range.lowerBound].key], full >= 0 {
                    mentionNames[m] = mentions[full].name
                } else if range.count == 1, tokens[range.lowerBound].acronym {
                    if let full = acronyms[tokens[range.lowerBound].key] {
                        mentionNames[m] = full
                    } else if let full = Gazetteer.aliasByKey[tokens[range.lowerBound].key],
                              fullNames.contains(WordKey.hash(full)) {
                        mentionNames[m] = full
                    }
                }
            case .place:
                // the key of the whole mention: its name's, unless it holds more ("Ministry of Foreign Affairs (MoFA)")
                let range = mentionTokens[m]
                if let country = Gazetteer.countryByKey[range == nameTokenRange(m) ? mentions[m].key : rangeKey(range.lowerBound, range.upperBound)] {
                    mentionNames[m] = country
                    mentionIsCountry[m] = true
                }
            case .group, .document: break  // no mention is a group or a document: speakers are, as they merge (EntityResolver)
            }
        }
        genderFromPronouns(titled: titled)
    }

    private static let malePronouns = SpeechCues.keys("he his himself")
    private static let femalePronouns = SpeechCues.keys("she her hers herself")
    static let particles = SpeechCues.keys("up out off down back away")

    /// Whether "her" at `t` is an object ("Roe backed her up", "told her that"), which names someone
    /// other than the subject before it, rather than a possessive ("her plan").
    func isObjectHer(_ t: Int) -> Bool {
        guard tokens[t].key == keyOf.her else { return false }
        guard t + 1 < tokens.count, tokens[t + 1].kind == .word else { return true }
        let next = tokens[t + 1]
        return next.classes.contains(.prepositions) || next.classes.contains(.sentenceWords) || Self.particles.contains(next.key)
    }

    /// A person no title or given name tells the gender of takes the one the pronouns that follow
    /// their name in the narration use ("Kasich … his plan"), when these clearly agree. One whose given name
    /// alone tells it (no name in `titled`) takes the other when the pronouns opening the sentence after one
    /// their name opens, as a speech verb's subject, clearly say so ("Marty Walz … ¶ Walz is calmer. She said …").
    private func genderFromPronouns(titled: Set<String>) {
        let people = mentions.indices.filter { mentions[$0].kind == .person && genders[mentionNames[$0]] == nil }
        for (name, female) in pronounGenders(people, name: { mentionNames[$0] }) { genders[name] = female }
        let given = mentions.indices.filter { mentions[$0].kind == .person && genders[mentionNames[$0]] != nil && !titled.contains(mentionNames[$0]) }
        for (name, female) in pronounGenders(given, name: { mentionNames[$0] }, nextSentence: true) { genders[name] = female }
    }

    /// The gender the pronouns after the mentions `people` tell for each of their names (by `name`), when these clearly agree;
    /// with `nextSentence`, only a pronoun before a speech verb opening the sentence after the one a mention opens.
    private func pronounGenders(_ people: [Int], name: (Int) -> String, nextSentence: Bool = false) -> [String: Bool] {
        var votes = [String: (female: Int, male: Int)]()
        for m in people {
            if nextSentence && !startsSentence(mentionTokens[m].lowerBound) { continue }
            var t = mentionTokens[m].upperBound
            let limit = min(tokens.count, t + 25)
            // A verb's object ("Hale faulted Reed for …, citing her record"): a pronoun later in its sentence is the subject's.
            let object = followsVerb(mentionTokens[m].lowerBound)
            while t < limit {
                if mentionAt[t] >= 0 && mentions[Int(mentionAt[t])].kind == .person { break }
                if quoteOf[t] < 0 && tokens[t].kind == .word {
                    let key = tokens[t].key
                    let female = Self.femalePronouns.contains(key) && !isObjectHer(t)
                    if female || Self.malePronouns.contains(key) {
                        let opensNext = startsSentence(t) && sentenceOf[t] == sentenceOf[mentionTokens[m].lowerBound] + 1
                            && t + 1 < tokens.count && tokens[t + 1].form != nil
                        if (!object || sentenceOf[t] != sentenceOf[mentionTokens[m].lowerBound]) && (!nextSentence || opensNext) {
                            votes[name(m), default: (0, 0)].female += female ? 1 : 0
                            votes[name(m), default: (0, 0)].male += female ? 0 : 1
                        }
                        break
                    }
                }
                t += 1
            }
        }
        return votes.filter { $0.value.female >= 2 * $0.value.male + 1 || $0.value.male >= 2 * $0.value.female + 1 }.mapValues { $0.female > $0.male }
    }

    /// The speaker a mention stands for: countries and capitals speak as organisations.
    func speaker(mention m: Int) -> SpeakerRef {
        var kind = mentions[m].kind
        if mentionIsCountry[m] { kind = .organisation }
        return SpeakerRef(name: mentionNames[m], kind: kind, mention: m, written: mentions[m].surface)
    }
}
