import TextAnalysis
import CorpusModel

/// An entity merged across documents.
package struct ResolvedEntity: Sendable {
    /// The fullest name among the variants (diacritics kept when any variant has them).
    package var canonical: String
    package var kind: EntityKind
    /// Every surface and name it was written as, distinct in more than case and spacing.
    package var variants: [String]
    /// Every role or title it was given, contradictory ones included.
    package var roles: [String]

    /// Whether it has a name ("Jo Roe", "Pentagon") rather than only a description ("officials", "Israeli officials").
    package var isNamed: Bool { EntityResolver.isProper(canonical) }

    /// Lists `variant`, its white space as single spaces, unless it is listed already in any case
    /// ("president Jo Hale" is "President Jo Hale"); a spelling all in one case ("OBAMA") gives way to
    /// one in mixed case, and a noun capitalised to one that describes ("Campaign" to "campaign": see `EntityResolver.isLowerCaseNoun`).
    mutating func addVariant(_ written: String) {
        let variant = written.collapsingWhiteSpace()
        let folded = variant.lowercased()
        guard let i = variants.firstIndex(where: { $0.lowercased(is: folded) }) else { return variants.append(variant) }
        func oneCase(_ s: String) -> Bool { s == s.lowercased() || s == s.uppercased() }
        if EntityResolver.isLowerCaseNoun(variants[i], of: variant) { return }
        if (oneCase(variants[i]) && !oneCase(variant)) || EntityResolver.isLowerCaseNoun(variant, of: variants[i]) { variants[i] = variant }
    }

    /// Takes in a variant of `kind` named `name` (its key's words `words`), written `surface`, with `role`;
    /// `mayRename` when the name may become the canonical one (a name alone, not a title or a role described).
    fileprivate mutating func add(name: String, surface: String, role: String?, kind: EntityKind, words: [Substring], mayRename: Bool) {
        for variant in [surface, name] { addVariant(variant) }
        if let role, EntityResolver.isListedRole(role) {
            if case let folded = role.lowercased(), let same = roles.firstIndex(where: { $0.lowercased(is: folded) }) {
                // "president" and "President": the capitalised one.
                if roles[same].first?.isLowercase == true && role.first?.isUppercase == true { roles[same] = role }
            } else {
                roles.append(role)
            }
        }
        if kind == .organisation && self.kind == .place { self.kind = .organisation }
        if mayRename && name != canonical && EntityResolver.better(name, than: canonical) {
            // "Polls" taken for a name gives way to "polls" described, of the kind its noun tells.
            if EntityResolver.isLowerCaseNoun(name, of: canonical) { self.kind = EntityResolver.kind(of: words, given: kind, proper: false) }
            canonical = name
        }
    }

    init(canonical: String, kind: EntityKind, variants: [String], roles: [String]) {
        self.canonical = canonical
        self.kind = kind
        self.variants = variants
        self.roles = roles
    }
}

/// Merges mentions and speakers of many documents into entities: a surname alone, a name with or
/// without diacritics, title, middle name or hyphen ("Dujarric", "Stephane Dujarric", "UN Spokesperson
/// Stéphane Dujarric"; "Jo Q. Roe" and "Jo Roe"; "Amir-Abdollahian" and "Amir Abdollahian"), a
/// country's possessive or adjective with an organisation ("Pakistan’s Foreign Ministry", "Pakistani
/// Foreign Ministry"), and acronyms of well-known bodies. People named in full with different first
/// names stay apart; a surname alone joins the one person of that surname its title's gender fits,
/// or the one the corpus names far more often than any other (by distinct ways of naming them).
/// A country's role described ("Iran's foreign minister", "the Iranian foreign minister") is the one
/// person the corpus names with that role of that country ("Iranian Foreign Minister Jo Roe"), and
/// stays a speaker of its own when two or none are.
package struct EntityResolver: Sendable {
    /// A distinct way a name occurs: the entities depend only on these, in order of first occurrence.
    package struct Variant: Hashable, Sendable {
        package let name: String, surface: String, kind: EntityKind, role: String?

        package init(name: String, surface: String, kind: EntityKind, role: String?) {
            (self.name, self.surface, self.kind, self.role) = (name, surface, kind, role)
        }

        /// Hashes the name only (variants of one name are few).
        package func hash(into hasher: inout Hasher) { hasher.combine(name) }

        /// The variant of a mention.
        init(mention m: EntityMention) { self.init(name: m.name, surface: m.surface, kind: m.kind, role: m.role) }

        /// Whether this is the variant of mention `m` (`== Variant(mention: m)`, without making it).
        func isVariant(of m: EntityMention) -> Bool { name == m.name && surface == m.surface && kind == m.kind && role == m.role }

        /// The variant of the speaker of quotation `q` of `analysis`, nil when it has no named speaker.
        init?(speakerOf q: Quotation, in analysis: DocumentAnalysis) {
            guard let name = q.speaker else { return nil }
            // A body named after its owner is shown as the text writes it too, without an article ("Mrs. Roe's campaign",
            // "Roe campaign" of "the Roe campaign": Jo Roe campaign); not as a pronoun standing for it.
            if q.speakerMention == nil, let written = q.asWritten, let kind = q.speakerKind,
               let noun = EntityResolver.ownedBodyName(name, kind: kind)?.noun, written.hasSuffix(" " + noun),
               case let article = written.hasPrefix("the ") || written.hasPrefix("The "), case let owner = written.dropLast(noun.count + 1),
               article || owner.hasSuffix("'s") || owner.hasSuffix("’s") || owner.hasSuffix("s'") || owner.hasSuffix("s’") {
                self.init(name: name, surface: String(written.dropFirst(article ? 4 : 0)), kind: kind, role: nil)
            } else {
                self.init(name: name, mention: q.speakerMention, kind: q.speakerKind, in: analysis)
            }
        }

        /// The variants of the people the joint speaker of quotation `q` joins ("Jo Hale and Ed Roe"), each
        /// named as a speaker of its own would be; empty for one speaker.
        static func members(ofSpeakerOf q: Quotation, in analysis: DocumentAnalysis) -> [Variant] {
            q.speakerMembers.map { Variant(name: $0.name, mention: $0.mention, kind: .person, in: analysis) }
        }

        /// A speaker named `name` (as the document resolves it): a speaker named by a mention, as written
        /// ("Mrs. Roe"), is that mention's variant.
        private init(name: String, mention m: Int?, kind: EntityKind?, in analysis: DocumentAnalysis) {
            if let m, m < analysis.mentions.count, analysis.mentions[m].name == name, analysis.mentions[m].kind == kind {
                let mention = analysis.mentions[m]
                self.init(name: name, surface: mention.surface, kind: mention.kind, role: mention.role)
            } else {
                self.init(name: name, surface: name, kind: kind ?? .person, role: nil)
            }
        }
    }

    package private(set) var entities: [ResolvedEntity] = []
    /// The variants resolved, in order of first occurrence (of the whole corpus when given one).
    package private(set) var variants: [Variant] = []
    private var byKey: [String: Int] = [:]
    private var bySurname: [String: Set<Int>] = [:]
    private var byFirstName: [String: Set<Int>] = [:]
    /// People named with several words, by their first and last word ("jo roe" for "Jo Q. Roe").
    private var byFirstAndLast: [String: Set<Int>] = [:]
    /// People whose surname is written with a hyphen, by its words ("amir abdollahian" for "Hossein Amir-Abdollahian").
    private var byCompoundSurname: [String: Set<Int>] = [:]
    /// People named with a country's role, by the role's key ("iran foreign minister" for "Iranian Foreign Minister Jo Roe").
    private var byCountryRole: [String: Set<Int>] = [:]
    /// Per entity: whether its given name or title tells a woman (true) or a man (false).
    private var female: [Bool?] = []
    /// Per entity: whether its first name (when it was first named) is a common given name.
    private var knownGivenName: [Bool] = []
    /// Per entity: whether it was ever named with a title or role ("Mr.", "Sen.").
    private var hasTitle: [Bool] = []
    /// Per entity: how many distinct variants name it.
    private var variantCounts: [Int] = []
    /// Per document of the analyses given to `init(_:)`, the entity of each mention and of each quotation's speaker.
    private var mentionEntity: [[Int?]] = []
    private var speakerEntity: [[Int?]] = []

    /// Numbers distinct variants in order of their first occurrence.
    struct VariantNumbers {
        private var numbers = KeyNumbers<Variant>()
        var variants: [Variant] { numbers.values }

        /// The number of `v`, a new one if it has not occurred yet.
        mutating func number(_ v: Variant) -> Int32 { numbers.number(v, key: WordKey.hash(v.name)) }

        /// The number of the variant of mention `m`, by the key it holds.
        mutating func number(mention m: EntityMention) -> Int32 {
            numbers.number(key: m.key, isValue: { $0.isVariant(of: m) }, value: { Variant(mention: m) })
        }
    }

    /// Resolves the names of `analyses` (documents of one corpus, in order); the entities of their
    /// mentions and speakers are then `entityIndex(doc:mention:)` and `speakerIndex(doc:quotation:)`.
    init(_ analyses: [DocumentAnalysis]) {
        var numbers = VariantNumbers()
        let mentions = analyses.map { a in (a.mentions.map { numbers.number(mention: $0) },
                                            a.quotations.map { q in Variant(speakerOf: q, in: a).map { numbers.number($0) } }) }
        var entityOfVariant: [Int] = []
        self.init(variants: numbers.variants, entityOfVariant: &entityOfVariant)
        mentionEntity = mentions.map { $0.0.map { entityOfVariant[Int($0)] } }
        speakerEntity = mentions.map { $0.1.map { $0.map { entityOfVariant[Int($0)] } } }
    }

    /// Resolves distinct `variants`, in order of their first occurrence in the corpus (identical
    /// names with the same surface, kind and role resolve alike, so each is resolved once);
    /// `entityOfVariant` is then the entity of each.
    init(variants: [Variant], entityOfVariant: inout [Int]) {
        var keys = [String: String]()
        let variantKeys = variants.map { v in
            if let key = keys[v.name] { return key }
            let key = Self.key(v.name)
            keys[v.name] = key
            return key
        }
        // Full names first, so that surnames can join them; a country's role described after, so that
        // it joins whoever the corpus names with that role; a body named after its owner last, so that it joins the
        // owner's other bodies of its noun.
        let wordCounts = variants.indices.map { v in
            if Self.ownedBodyName(variants[v].name, kind: variants[v].kind) != nil { return -1 }
            return Self.describesCountryRole(key: variantKeys[v], kind: variants[v].kind, role: variants[v].role) ? 0 : variantKeys[v].split(separator: " ").count
        }
        let ordered = variants.indices.sorted { a, b in
            wordCounts[a] != wordCounts[b] ? wordCounts[a] > wordCounts[b] : a < b
        }
        entityOfVariant = [Int](repeating: 0, count: variants.count)
        for v in ordered {
            entityOfVariant[v] = add(name: variants[v].name, key: variantKeys[v], surface: variants[v].surface,
                                     kind: variants[v].kind, role: variants[v].role)
        }
        self.variants = variants
    }

    /// A comparison key: folded, without a leading "the", possessives and hyphens, and with country
    /// adjectives, acronyms and "Foreign Ministry" in one form.
    static func key(_ name: String) -> String {
        // Foundation's `replacingOccurrences` is slow; it runs only where its pattern may occur.
        var folded = WordKey.string(name)
        if folded.utf8.contains(0x27) { folded = folded.replacingOccurrences(of: "'s ", with: " ") }
        var words = folded.split(whereSeparator: { $0.isWhitespace || $0 == "(" || $0 == ")" || $0 == "-" }).map(String.init)
        if words.first == "the" && words.count > 1 { words.removeFirst() }
        if words.count == 1, let full = Gazetteer.aliases[words[0]] { return WordKey.string(full) }
        if words.count > 1, let country = Gazetteer.adjective[words[0]] { words[0] = WordKey.string(country) }
        if words.count > 1 && Gazetteer.country[words[0]] != nil { words[0] = WordKey.string(Gazetteer.country[words[0]]!) }
        let joined = words.joined(separator: " ")
        guard words.contains(where: { $0.utf8.starts(with: "ministry".utf8) }) else { return joined }
        return joined.replacingOccurrences(of: "foreign ministry", with: "ministry of foreign affairs")
    }

    /// Whether `key` (a `key(_:)`) is a country's role: a country, then words ending in a role word
    /// ("iran foreign minister", "united states ambassador"; not "iran officials").
    static func isCountryRole(_ key: String) -> Bool {
        guard let space = key.lastIndex(of: " "),
              SpeechCues.table.lookup(WordKey.hash(String(key[key.index(after: space)...]))).0.contains(.roles) else { return false }
        let words = key.split(separator: " ")
        return !isGroup(words) && (Gazetteer.country[String(words[0])] != nil || (words.count > 2 && Gazetteer.country[words[0 ..< 2].joined(separator: " ")] != nil))
    }

    /// Whether the one folded word `word`, which no entity has as its name, is the plural of the surname of a person the
    /// corpus names ("smiths" of "Tom Smith", "joneses" of "Ann Jones"): the family, several people ("The Smiths said").
    /// A word for a newspaper or a body ("the Times") is none, nor one whose surname no person with a given name or a
    /// title has.
    private func isFamily(_ word: Substring) -> Bool {
        guard word.count > 3, word.hasSuffix("s"), case let key = WordKey.hash(String(word)), !Gazetteer.mastheadWords.contains(key),
              !SpeechCues.table.lookup(key).0.contains(.organisationWords) else { return false }
        let stem = word.dropLast(), sibilant = ["s", "x", "z", "ch", "sh"].contains { stem.dropLast().hasSuffix($0) }
        let surname = word.hasSuffix("es") && sibilant ? stem.dropLast() : stem
        return bySurname[String(surname)]?.contains(where: isNamedPerson) ?? false
    }

    /// Whether a variant of key `key` describes a person by a country's role, without a name ("Iran's foreign minister").
    static func describesCountryRole(key: String, kind: EntityKind, role: String?) -> Bool {
        kind == .person && role == nil && isCountryRole(key)
    }

    private mutating func add(name written: String, key plainKey: String, surface writtenSurface: String, kind: EntityKind, role: String?) -> Int {
        // "Donald\u{A0}Trump" is "Donald Trump", the name and the variants it is shown as too.
        let (name, surface) = (written.collapsingWhiteSpace(), writtenSurface.collapsingWhiteSpace())
        let words = plainKey.split(separator: " ")
        // "Mrs. Roe" and "Mr. Roe" are different people, and neither is "Roe" said of someone else.
        let titled = kind == .person && words.count == 1 ? role.flatMap { r in
            r.split(separator: " ").last.flatMap { GivenNames.gender(WordKey.hash(String($0.filter { $0 != "." })), title: true) } } : nil
        let owned = owner(ofBody: name, kind: kind)
        let key = owned.map { "\u{2}\($0.person) \($0.noun)" } ?? titled.map { plainKey + ($0 ? " \u{1}f" : " \u{1}m") } ?? plainKey
        var index = byKey[key]
        let fits = { (e: Int) in titled == nil || self.female[e] == nil || self.female[e] == titled }
        // A surname alone joins the one person who has it (last name, or first for "Lin" of "Lin Jian").
        // A single capitalised word the document could not place ("Kirby said") may still be a surname.
        let maybeSurname = kind == .person || (kind == .organisation && CharacterClass.hasLowercase(name))
        let proper = Self.isProper(name)
        // "Pope Francis", "King Olaf": the one name of a pope or a monarch is all of it, no one else's surname or given name.
        let regnal = kind == .person && words.count == 1
            && role.flatMap { $0.split(separator: " ").last }.map { Self.regnalTitles.contains(WordKey.hash(String($0))) } == true
        if index == nil && maybeSurname && proper && words.count == 1 && !regnal, let word = words.first {
            var candidates = (bySurname[String(word)] ?? []).filter(fits)
            // A word its document could not place as a person ("Facebook said") is a surname only of people
            // with a common given name or a title ("Kirby" of "Rear Adm. John Kirby"), not a word of a run of
            // capitals no one was titled with ("a Radio Norte Facebook event"), and no one's first name
            // ("Facebook Live"; "Will" the columnist is not "Will Roe").
            let unplaced = kind == .organisation
            if unplaced && !candidates.allSatisfy(isNamedPerson) { candidates = [] }
            // "Mrs. Roe": a woman of that name before someone whose gender is unknown.
            if let titled, candidates.contains(where: { female[$0] == titled }) { candidates = candidates.filter { female[$0] == titled } }
            let firstNames = Self.isGroupWord(String(word)) || unplaced ? [] : (byFirstName[String(word)] ?? []).filter(fits)
            // "Hillary" of "Hillary Roe", not of the runs of capitals "Crooked Hillary" or "Vote For Hillary": the given name of
            // one person, whom the corpus names in many more ways than each of them, when no one with a given name or a title
            // has the word as surname ("James" of "LeBron James" stays his where the corpus has several people named James).
            if firstNames.count == 1, let person = firstNames.first, !candidates.contains(where: isNamedPerson),
               candidates.allSatisfy({ variantCounts[person] >= Self.dominance * variantCounts[$0] }) { candidates = [] }
            if candidates.count == 1 {
                index = candidates.first
            } else if candidates.isEmpty {
                index = firstNames.count == 1 ? firstNames.first : nil
            } else {
                // The one the corpus names in many more ways than any other ("Roe" for the candidate
                // rather than a relative named once).
                let ranked = candidates.sorted { variantCounts[$0] != variantCounts[$1] ? variantCounts[$0] > variantCounts[$1] : $0 < $1 }
                if variantCounts[ranked[0]] >= Self.dominance * variantCounts[ranked[1]] { index = ranked[0] }
            }
        }
        // "Jo Roe" is the one person named "Jo Q. Roe" or "Jo Quinn Roe"; two people named together
        // ("Tariq Anwar and Salma Anwar") are neither of them.
        // "Iran's foreign minister" described is the one person named with that role of that country.
        let described = Self.describesCountryRole(key: plainKey, kind: kind, role: role)
        if index == nil && described, let holders = byCountryRole[plainKey], holders.count == 1 { index = holders.first }
        let single = kind == .person && proper && words.count >= 2 && !words.contains("and") && !described
        let firstAndLast = single ? "\(words[0]) \(words[words.count - 1])" : nil
        if index == nil, let firstAndLast, let same = byFirstAndLast[firstAndLast], same.count == 1 {
            index = same.first
        }
        // "Amir Abdollahian" is the one person whose surname is written "Amir-Abdollahian" (full names come first).
        if index == nil && maybeSurname && proper && words.count == 2, let same = byCompoundSurname[plainKey], same.count == 1 {
            index = same.first
        }
        let e: Int
        if let index {
            e = index
        } else {
            e = entities.count
            let canonical = owned.map { entities[$0.person].canonical + " " + $0.noun } ?? (titled == nil && !regnal ? name : surface)
            let family = kind != .place && proper && words.count == 1 && isFamily(words[0])
            entities.append(ResolvedEntity(canonical: canonical, kind: family ? .group : Self.kind(of: words, given: kind, proper: proper),
                                           variants: [], roles: []))
            female.append(titled)
            hasTitle.append(false)
            knownGivenName.append(words.count >= 2 && GivenNames.gender(WordKey.hash(String(words[0])), title: false) != nil)
            variantCounts.append(0)
            if single, let first = words.first, let last = words.last {
                bySurname[String(last), default: []].insert(e)
                byFirstName[String(first), default: []].insert(e)
            }
        }
        if let firstAndLast { byFirstAndLast[firstAndLast, default: []].insert(e) }
        if single && words.count >= 3, let last = name.split(separator: " ").last, last.contains("-") {
            let surname = words.suffix(2).joined(separator: " ")
            if Self.key(String(last)) == surname { byCompoundSurname[surname, default: []].insert(e) }
        }
        if female[e] == nil {
            female[e] = titled ?? (kind == .person && words.count >= 2 ? GivenNames.gender(WordKey.hash(String(words[0])), title: false) : nil)
        }
        variantCounts[e] += 1
        byKey[key] = e
        // "Bureau of Water Safety (BWS)" defines "BWS" for the whole corpus, unless it names something else already.
        if kind == .organisation, surface.hasSuffix(")"), let open = surface.lastIndex(of: "(") {
            let written = String(surface[surface.index(after: open)..<surface.index(before: surface.endIndex)])
            let acronym = WordKey.string(written)
            if !acronym.isEmpty && !acronym.contains(" ") && byKey[acronym] == nil && Self.isInitials(written, of: name) { byKey[acronym] = e }
        }
        // "Mr." tells a gender, not a role: the one titled so is still a person named, but has no role listed.
        if role != nil { hasTitle[e] = true }
        if kind == .person, let role {
            let roleKey = Self.key(role)
            if Self.isCountryRole(roleKey) { byCountryRole[roleKey, default: []].insert(e) }
        }
        // In place: a copy of the entity would copy its lists of variants and roles on every change.
        entities[e].add(name: name, surface: surface, role: role, kind: kind, words: words,
                        mayRename: titled == nil && !described && owned == nil)
        return e
    }

    /// The owner's name and the noun of a body named after a person ("Jo Roe campaign", "Roe office": see
    /// `DocumentModel.ownedBodyName`), nil for any other name.
    static func ownedBodyName(_ name: String, kind: EntityKind) -> (owner: String, noun: String)? {
        guard kind == .organisation || kind == .person, let space = name.lastIndex(of: " "), case let noun = String(name[name.index(after: space)...]),
              noun.first?.isLowercase == true, DocumentModel.ownedBodies.contains(WordKey.hash(noun)),
              case let owner = String(name[..<space]), isProper(owner) else { return nil }
        return (owner, noun)
    }

    /// The person entity and the noun of a body named after its owner, when the corpus resolves the owner's name to
    /// one person: the entity that name or its first and last words joined, or the one person of that surname
    /// ("Roe campaign" of "Jo Roe campaign"). Two people's bodies so stay apart as the people do.
    private func owner(ofBody name: String, kind: EntityKind) -> (person: Int, noun: String)? {
        guard let (owner, noun) = Self.ownedBodyName(name, kind: kind) else { return nil }
        let key = Self.key(owner), words = key.split(separator: " ")
        let people = byKey[key].map { [$0] }
            ?? (words.count == 1 ? bySurname[key] : byFirstAndLast["\(words[0]) \(words[words.count - 1])"]).map(Array.init) ?? []
        guard people.count == 1, entities[people[0]].kind == .person else { return nil }
        return (people[0], noun)
    }

    /// Whether a title written before a name is one of its entity's roles: not a title of courtesy
    /// ("Mr."), not the plural of an abbreviated title, which names several people ("Sens." of "Sens.
    /// Jo Hale and Ed Roe"), and not cut short before what it is of ("CEO of").
    static func isListedRole(_ role: String) -> Bool {
        guard let last = role.split(separator: " ").last else { return false }
        let bare = String(last.filter { $0 != "." }), lookup = { (word: String) in SpeechCues.table.lookup(WordKey.hash(word)).0 }
        if SpeechCues.honorifics.contains(WordKey.hash(bare)) || lookup(bare).contains(.prepositions) || lookup(bare).contains(.determiners) { return false }
        let pluralAbbreviation = last.hasSuffix("s.") && bare.count > 2 && lookup(String(bare.dropLast())).contains(.roles)
        return !pluralAbbreviation
    }

    /// Whether a speaker whose name's folded words are `words` is several people described: its last
    /// word an unnamed sources' plural ("observers", "intelligence sources") or the plural of a role,
    /// a word for a person, or a party or people ("senior officials", "aides", "Republicans", "Iranians").
    static func isGroup(_ words: [Substring]) -> Bool {
        guard let head = words.last else { return false }
        if SpeechCues.table.lookup(WordKey.hash(String(head))).0.contains(.sourceNouns) { return true }
        guard head.count > 3, head.hasSuffix("s"), !head.hasSuffix("ss") else { return false }
        let one = WordKey.hash(String(head.dropLast()))
        return Gazetteer.isPartyOrPeople(one) || !SpeechCues.table.lookup(one).0.isDisjoint(with: [.roles, .personReferringNouns, .anonymousNouns])
    }

    /// The kind of an entity whose name's folded words are `words`, first found as a `given` kind. A speaker
    /// described rather than named (not `proper`: see `isProper`) is what its noun tells, the
    /// last word before a preposition or a participle ("advisers to the governor", "the report released"):
    /// a text or the figures it gives ("the lawsuit", "an email", "exit polls", "the results") a `document`,
    /// the noun of a body ("the campaign", "the team", "the paper") an `organisation`, several people ("the two", "half",
    /// "one in three", "those surveyed", "the groups") a `group`. A name is a group only as `isGroup` tells
    /// ("Republicans"), or as one word for several people ("Supporters", "Half"), whatever its kind.
    static func kind(of words: [Substring], given kind: EntityKind, proper: Bool) -> EntityKind {
        guard kind != .place, !words.isEmpty else { return kind }
        var end = words.indices.dropFirst().first { words[$0] == "out" || SpeechCues.table.lookup(WordKey.hash(String(words[$0]))).0.contains(.prepositions) } ?? words.count
        while end > 1 && isParticiple(words[end - 1]) { end -= 1 }
        let head = String(words[end - 1]), key = WordKey.hash(head), classes = SpeechCues.table.lookup(key).0
        let text = [key, WordKey.hash(singular(head))].contains {
            DocumentModel.documentNouns.contains($0) || SpeechCues.statementNouns.contains($0) || SpeechCues.dataNouns.contains($0)
        }
        if !proper && text && !SpeechCues.newspaperNouns.contains(key) { return .document }
        // A party's or a people's plural is several people even when taken for a body's name ("Republicans said"), but
        // not when a body's name goes on past it ("Americans for Prosperity").
        if (kind == .person || (Gazetteer.isPartyOrPeople(WordKey.hash(singular(head))) && !(proper && kind == .organisation && end < words.count)))
            && isGroup(Array(words[..<end])) { return .group }
        let body = classes.contains(.organisationWords) || (classes.contains(.referringNouns) && !classes.contains(.personReferringNouns))
            || SpeechCues.newspaperNouns.contains(key)
        if !proper && body { return .organisation }
        guard proper ? words.count == 1 : kind == .person else { return kind }
        // "three-quarters", "twenty-four percent", "one in three", "nine out of 10": a share or a number of people.
        let part = head.split(separator: "-").last.map(String.init) ?? head
        let number = { (word: Substring) in word.first?.isNumber == true || FigureLexicon.cardinals[PackedWord(String(word))] != nil }
        let share = end < words.count && (words[end] == "in" || words[end] == "out") && words[end...].contains(where: number)
        let count = number(part[...]) && (FigureLexicon.cardinals[PackedWord(part)] != 1 || share)
        let several = count || SpeechCues.severalWords.contains(key) || (DocumentModel.groupNouns.contains(key) && !body)
            || DocumentModel.notPeople.contains(WordKey.hash(singular(part)))
        // "advocates", "the groups": a plural described; "those surveyed": a participle standing for the people.
        let described = !proper && (singular(head) != head || (words.count == 1 && isParticiple(words[0])))
        return several || described ? .group : kind
    }

    /// `word` without a plural's ending ("polls": "poll", "companies": "company"); the word itself when it has none.
    private static func singular(_ word: String) -> String {
        if word.count > 4 && word.hasSuffix("ies") { return word.dropLast(3) + "y" }
        return word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us") && !word.hasSuffix("is") ? String(word.dropLast()) : word
    }

    /// Whether `word` is a past participle in -ed ("surveyed", "released").
    private static func isParticiple(_ word: Substring) -> Bool { word.count > 4 && word.hasSuffix("ed") }

    /// Whether entity `e` has a common given name or a title: a person, not a run of capitals.
    private func isNamedPerson(_ e: Int) -> Bool { knownGivenName[e] || hasTitle[e] }

    /// A party, nationality or people ("Republican", "Americans"): not the given name of a run of
    /// capitals elsewhere ("Republican Populist Anger" in a headline).
    static func isGroupWord(_ word: String) -> Bool {
        let key = WordKey.hash(word)
        if Gazetteer.isPartyOrPeople(key) || Gazetteer.groupAdjectives.contains(key) { return true }
        return word.hasSuffix("s") && Gazetteer.adjectiveByKey[WordKey.hash(String(word.dropLast()))] != nil
    }

    /// Whether the capitals of `acronym` are initials of `name`'s words, in order ("MoFA" of "Ministry
    /// of Foreign Affairs"), not an agency after a dateline ("Los Angeles (AP)").
    static func isInitials(_ acronym: String, of name: String) -> Bool {
        let initials = name.split(separator: " ").compactMap { $0.first.map { Character($0.uppercased()) } }
        let capitals = acronym.filter(\.isUppercase)
        guard !capitals.isEmpty else { return false }
        var i = 0
        for letter in capitals {
            guard let at = initials[i...].firstIndex(of: letter) else { return false }
            i = at + 1
        }
        return true
    }

    /// Titles written before the one name of a pope or a monarch.
    static let regnalTitles = SpeechCues.keys("pope king queen prince princess emperor empress")

    /// How many times more variants the most varied bearer of a surname needs than the next, for
    /// the surname alone to be taken as theirs.
    static let dominance = 2

    /// Whether `a` is a better canonical name than `b`: a properly cased name over one in lower case
    /// or capitals, then more words, then (same letters) properly cased words and diacritics.
    fileprivate static func better(_ a: String, than b: String) -> Bool {
        if isLowerCaseNoun(a, of: b) { return true }
        if isLowerCaseNoun(b, of: a) { return false }
        let ca = casing(a), cb = casing(b)
        if (ca == 0) != (cb == 0) { return ca > 0 }
        let wa = a.split(separator: " ").count, wb = b.split(separator: " ").count
        if wa != wb { return wa > wb }
        if WordKey.string(a) == WordKey.string(b) {
            if ca != cb { return ca > cb }
            return a.unicodeScalars.filter { $0.value > 0x7F }.count > b.unicodeScalars.filter { $0.value > 0x7F }.count
        }
        return false
    }

    /// Whether `lower` is `capitalised` written in lower case, one noun that describes a speaker rather than names one: a
    /// body's, a person's, a text's or several people's ("campaign", "police", "woman", "poll", "candidates", "some"). Texts
    /// write it so; a capital on it ("Campaign officials said", a headline's "Woman Recalls …") only opens a sentence or
    /// a headline, so the lower case names the entity. Not a party's or a people's ("Republicans"), nor a text's noun
    /// that is also a body's word or a given name ("the Post", "Bill").
    static func isLowerCaseNoun(_ lower: String, of capitalised: String) -> Bool {
        guard lower != capitalised, lower == capitalised.lowercased(), !lower.contains(" ") else { return false }
        let keys = [WordKey.hash(lower), WordKey.hash(singular(lower))]
        return keys.contains { key in
            let classes = SpeechCues.table.lookup(key).0
            if Gazetteer.isPartyOrPeople(key) { return false }
            if !classes.isDisjoint(with: [.referringNouns, .personReferringNouns, .sourceNouns, .anonymousNouns])
                || SpeechCues.newspaperNouns.contains(key) || SpeechCues.severalWords.contains(key) { return true }
            if classes.contains(.organisationWords) || GivenNames.gender(key, title: false) != nil { return false }
            return DocumentModel.documentNouns.contains(key) || SpeechCues.statementNouns.contains(key) || SpeechCues.dataNouns.contains(key)
                || DocumentModel.groupNouns.contains(key)
                || GivenNames.femaleNouns.contains(key) || GivenNames.maleNouns.contains(key)
        }
    }

    /// Whether `name` is a name, not a description: written with a capital, and a capital in its last word
    /// ("Jo Roe", "Bashar al-Assad"; not "unnamed Iowa Democrat", "Israeli officials", "Roe's advisers").
    static func isProper(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, CharacterClass.isUpperScalar(first.value) else { return false }
        // The last word's scalars, read back from the end (pronoun resolution asks this of many earlier speakers).
        for scalar in name.unicodeScalars.reversed() {
            if scalar == " " { return false }
            if CharacterClass.isUpperScalar(scalar.value) { return true }
        }
        return false
    }

    /// How many words of `name` are properly cased: a capital, then no capital in the second place
    /// ("Roe", "McCain"; not "ROE", "ROe", "roe").
    private static func casing(_ name: String) -> Int {
        var count = 0, letters = 0, proper = false
        for scalar in name.unicodeScalars {
            if scalar == " " {
                if proper { count += 1 }
                (letters, proper) = (0, false)
            } else if CharacterClass.isLetterScalar(scalar.value) {
                let upper = CharacterClass.isUpperScalar(scalar.value)
                if letters == 0 { proper = upper } else if letters == 1 && upper { proper = false }
                letters += 1
            }
        }
        return proper ? count + 1 : count
    }

    /// The entity with this name: any variant, case- and diacritic-insensitive, or a surname alone
    /// when only one person has it.
    package func entityIndex(forName name: String) -> Int? {
        let key = Self.key(name)
        if let e = byKey[key] { return e }
        if let e = entities.firstIndex(where: { $0.variants.contains { Self.key($0) == key } }) { return e }
        if let last = key.split(separator: " ").last, let candidates = bySurname[String(last)], candidates.count == 1 {
            return candidates.first
        }
        return nil
    }

    /// The entity of mention `mention` of document `doc`.
    func entityIndex(doc: Int, mention: Int) -> Int? {
        guard doc < mentionEntity.count, mention < mentionEntity[doc].count else { return nil }
        return mentionEntity[doc][mention]
    }

    /// The entity speaking quotation `quotation` of document `doc`, nil when the speaker is unknown.
    func speakerIndex(doc: Int, quotation: Int) -> Int? {
        guard doc < speakerEntity.count, quotation < speakerEntity[doc].count else { return nil }
        return speakerEntity[doc][quotation]
    }
}

extension EntityResolver {
    /// Writes what finding entities by name needs (the per-document tables serve only the extraction).
    func encode(into e: inout AnnotationsEncoder) {
        e.int(entities.count)
        for entity in entities {
            e.string(entity.canonical); e.int(EntityKind.allCases.firstIndex(of: entity.kind)!)
            e.strings(entity.variants); e.strings(entity.roles)
        }
        e.int(variants.count)
        for v in variants {
            e.string(v.name); e.string(v.surface); e.int(EntityKind.allCases.firstIndex(of: v.kind)!); e.optionalString(v.role)
        }
        e.int(byKey.count)
        for (key, entity) in byKey.sorted(by: { $0.key < $1.key }) { e.string(key); e.int(entity) }
        for table in [bySurname, byFirstName] {
            e.int(table.count)
            for (word, set) in table.sorted(by: { $0.key < $1.key }) { e.string(word); e.ints(set.sorted()) }
        }
    }

    /// Reads what `encode` wrote, checking every entity number.
    init(decoding d: inout AnnotationsDecoder) throws(SnapshotProblem) {
        let count = try d.count()
        for _ in 0..<count {
            entities.append(ResolvedEntity(canonical: try d.string(), kind: try d.kind(), variants: try d.strings(), roles: try d.strings()))
        }
        for _ in 0..<(try d.count()) {
            variants.append(Variant(name: try d.string(), surface: try d.string(), kind: try d.kind(), role: try d.optionalString()))
        }
        for _ in 0..<(try d.count()) { byKey[try d.string()] = try d.int(below: count) }
        for t in 0..<2 {
            var table: [String: Set<Int>] = [:]
            for _ in 0..<(try d.count()) { table[try d.string()] = Set(try d.ints(below: count)) }
            if t == 0 { bySurname = table } else { byFirstName = table }
        }
    }
}
