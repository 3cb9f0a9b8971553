import TextAnalysis

/// What a speech-cue verb can introduce.
struct CueFlags: OptionSet, Sendable {
    package let rawValue: UInt16
    /// Takes a that-clause ("stated that ...").
    static let clause = CueFlags(rawValue: 1 << 0)
    /// Also takes a clause without "that" after a noun phrase ("said the talks failed").
    static let zeroThat = CueFlags(rawValue: 1 << 1)
    /// Takes an addressee before its clause ("told reporters that").
    static let addressee = CueFlags(rawValue: 1 << 2)
    /// Directive: addressee then to-infinitive ("urged both sides to ...").
    static let directive = CueFlags(rawValue: 1 << 3)
    /// Subject-control infinitive ("claimed to have hit").
    static let infinitive = CueFlags(rawValue: 1 << 4)
    /// Gerund clause ("acknowledged carrying out").
    static let gerund = CueFlags(rawValue: 1 << 5)
    /// Labels a phrase ("what it called", "codenamed", "described ... as").
    static let naming = CueFlags(rawValue: 1 << 6)
    /// Needs a stance noun before "that" ("expressed its belief that").
    static let stance = CueFlags(rawValue: 1 << 7)
    /// Needs "out" after it ("pointed out that").
    static let particle = CueFlags(rawValue: 1 << 9)
    /// Its bare and -s forms are usually nouns ("claims", "reports"): needs a complement to count.
    static let nounLike = CueFlags(rawValue: 1 << 8)
    /// Asks: an indirect question ("asked her whether ...") or its topic ("asked about the vote").
    static let question = CueFlags(rawValue: 1 << 10)
    /// Only attributes a quotation ("“…,” he continued"), never introduces a reported clause.
    static let attributionOnly = CueFlags(rawValue: 1 << 11)
    /// Needs "that" right after it, and no "so" before ("charged that …"; not "charged with fraud", "so
    /// politically charged that …").
    static let thatClause = CueFlags(rawValue: 1 << 12)
    /// Speech only beside a quotation: right after its closing mark, before or after its speaker ("“…,” she cracked",
    /// "“…,” jeered the crowd"), or before a comma or colon and the opening mark ("Hale cracked, “…”"); elsewhere
    /// another verb ("cracked down", "cracked the case", "jeered the referee", "mocked his rival").
    static let besideQuotation = CueFlags(rawValue: 1 << 13)
}

/// The lexicon classes of a word, one bit per class of `SpeechCues`.
struct WordClass: OptionSet, Sendable {
    package let rawValue: UInt32
    static let roles = WordClass(rawValue: 1 << 0)
    static let organisationWords = WordClass(rawValue: 1 << 1)
    static let countryQualified = WordClass(rawValue: 1 << 2)
    static let sourceNouns = WordClass(rawValue: 1 << 3)
    static let anonymousNouns = WordClass(rawValue: 1 << 4)
    static let referringNouns = WordClass(rawValue: 1 << 5)
    static let personReferringNouns = WordClass(rawValue: 1 << 6)
    static let personPronouns = WordClass(rawValue: 1 << 7)
    static let thingPronouns = WordClass(rawValue: 1 << 8)
    static let subjectPronouns = WordClass(rawValue: 1 << 9)
    static let prepositions = WordClass(rawValue: 1 << 10)
    static let determiners = WordClass(rawValue: 1 << 11)
    static let sentenceWords = WordClass(rawValue: 1 << 12)
    static let betweenSubjectAndCue = WordClass(rawValue: 1 << 13)
    static let calendarWords = WordClass(rawValue: 1 << 14)
    static let auxiliaries = WordClass(rawValue: 1 << 15)
    static let beAuxiliaries = WordClass(rawValue: 1 << 16)
    static let timeWords = WordClass(rawValue: 1 << 17)
    static let timeRelations = WordClass(rawValue: 1 << 18)
    static let adjunctStarters = WordClass(rawValue: 1 << 19)
    static let innerParticiples = WordClass(rawValue: 1 << 20)
    static let titleNouns = WordClass(rawValue: 1 << 21)
    static let titleFunctionWords = WordClass(rawValue: 1 << 22)
    static let addresseeNouns = WordClass(rawValue: 1 << 23)
    static let statementNouns = WordClass(rawValue: 1 << 24)
    static let stanceNouns = WordClass(rawValue: 1 << 25)
    static let notClauseStart = WordClass(rawValue: 1 << 26)
    static let firstPersonWords = WordClass(rawValue: 1 << 27)
    static let relativeWords = WordClass(rawValue: 1 << 28)
    static let questionWords = WordClass(rawValue: 1 << 29)
    static let clauseJoints = WordClass(rawValue: 1 << 30)
}

/// One inflected form of a speech verb.
struct CueForm: Sendable {
    let flags: CueFlags
    /// -ing form.
    let participle: Bool
    /// -ed / irregular past form (can be a passive participle).
    let past: Bool
}

/// Lexicons of news prose: speech verbs, titles and roles, organisation words, unnamed sources,
/// pronouns and function words. All look-ups are by folded-word hash (`WordKey.hash`).
enum SpeechCues {
    static let forms: [UInt64: CueForm] = {
        var table = [UInt64: CueForm]()
        let say: CueFlags = [.clause, .zeroThat]
        let verbs: [(String, CueFlags, [String])] = [
            ("say", say, ["said", "says", "saying"]),
            ("tell", [.clause, .addressee, .directive], ["told", "tells", "telling"]),
            ("point", [.clause, .particle], []), ("instruct", [.directive], []), ("order", [.directive, .nounLike], []),
            ("shout", [.clause], []), ("chant", [.clause], []), ("exclaim", [.clause], []),
            ("write", [.clause], ["wrote", "writes", "writing", "written"]),
            ("state", [.clause, .nounLike], []), ("add", [.clause], []), ("note", [.clause, .nounLike], []),
            ("warn", [.clause, .addressee, .directive], []), ("announce", [.clause], []),
            ("declare", [.clause], []), ("insist", [.clause], []), ("reiterate", [.clause, .addressee], []),
            ("stress", [.clause], []), ("emphasize", [.clause], []), ("emphasise", [.clause], []),
            ("underline", [.clause], []), ("underscore", [.clause], []), ("affirm", [.clause], []),
            ("reaffirm", [.clause], []), ("assert", [.clause], []), ("remark", [.clause, .nounLike], []),
            ("mention", [.clause, .nounLike], []), ("confirm", [.clause], []), ("indicate", [.clause], []),
            ("reveal", [.clause], []), ("report", [.clause, .zeroThat, .nounLike, .gerund], []), ("explain", [.clause], []),
            ("argue", [.clause], []), ("acknowledge", [.clause, .gerund], []), ("admit", [.clause, .gerund], ["admitted", "admitting"]),
            ("deny", [.clause, .gerund], ["denied", "denies", "denying"]),
            ("claim", [.clause, .infinitive, .nounLike], []), ("allege", [.clause], []),
            ("specify", [.clause], ["specified", "specifies", "specifying"]), ("conclude", [.clause], []),
            ("comment", [.clause, .nounLike], []), ("observe", [.clause], []), ("maintain", [.clause], []),
            ("contend", [.clause], []), ("reply", [.clause], ["replied", "replies", "replying"]),
            ("respond", [.clause], []), ("inform", [.clause, .addressee], []), ("assure", [.clause, .addressee], []),
            ("remind", [.clause, .addressee], []), ("disclose", [.clause], []), ("concede", [.clause], []),
            ("complain", [.clause], []), ("recall", [.clause], []), ("repeat", [.clause], []),
            ("tweet", [.clause], []), ("post", [.clause, .nounLike], []), ("predict", [.clause], []), ("suggest", [.clause], []),
            ("urge", [.directive], []), ("encourage", [.directive], []), ("invite", [.directive], []),
            ("ask", [.directive, .question], []), ("inquire", [.question], []), ("press", [.directive, .nounLike], []), ("implore", [.directive], []),
            ("exhort", [.directive], []), ("call", [.directive, .naming, .nounLike], []),
            ("appeal", [.directive, .nounLike], []),
            ("express", [.stance], []), ("voice", [.stance, .nounLike], []),
            ("codename", [.naming], []), ("dub", [.naming], ["dubbed", "dubs", "dubbing"]),
            ("deem", [.naming], []), ("term", [.naming, .nounLike], []), ("label", [.naming, .nounLike], ["labelled", "labeled", "labels", "labelling", "labeling"]),
            ("brand", [.naming, .nounLike], []), ("describe", [.naming], []), ("refer", [.naming], ["referred", "refers", "referring"]), ("characterize", [.naming], []),
            ("characterise", [.naming], []), ("accuse", [.naming], []), ("dismiss", [.naming], []),
            ("continue", [.clause, .attributionOnly], []), ("interject", [.clause, .attributionOnly], []),
            ("quip", [.clause, .attributionOnly], ["quipped", "quips", "quipping"]), ("joke", [.clause, .nounLike, .attributionOnly], []),
            ("scoff", [.clause, .attributionOnly], []), ("whisper", [.clause, .nounLike], []), ("yell", [.clause, .attributionOnly], []), ("scream", [.clause, .attributionOnly], []), ("retort", [.clause, .attributionOnly], []),
            ("muse", [.clause, .attributionOnly], []), ("read", [.clause, .attributionOnly], ["reads"]),
            // After a quotation only, in the forms news uses there (“…,” the crowd cried).
            ("cry", [.clause, .attributionOnly, .nounLike], ["cried"]), ("snap", [.clause, .attributionOnly, .nounLike], ["snapped"]),
            ("blare", [.clause, .attributionOnly, .nounLike], ["blared"]),
            // Not the -ing form; the -s form ("cracks", "jeers") is a noun before a preposition ("“…” jeers from the back").
            ("crack", [.clause, .attributionOnly, .besideQuotation], ["cracked", "cracks"]), ("jeer", [.clause, .attributionOnly, .besideQuotation], ["jeered", "jeers"]),
            ("sneer", [.clause, .attributionOnly, .besideQuotation], ["sneered", "sneers"]), ("mock", [.clause, .attributionOnly, .besideQuotation], ["mocked", "mocks"]),
            ("taunt", [.clause, .attributionOnly, .besideQuotation], ["taunted", "taunts"]),
            ("boast", [.clause, .nounLike], []), ("brag", [.clause], ["bragged", "brags", "bragging"]), ("counter", [.clause, .nounLike], []),
            ("lament", [.clause, .nounLike], []), ("decry", [.clause], ["decried", "decries", "decrying"]),
            ("estimate", [.clause, .nounLike], []),
            ("testify", [.clause], ["testified", "testifies", "testifying"]), ("recount", [.clause], []),
            ("caution", [.clause, .directive], []), ("charge", [.clause, .nounLike, .thatClause], []),
        ]
        for (lemma, flags, irregular) in verbs {
            var all: [String]
            if irregular.isEmpty {
                let stem = lemma.hasSuffix("e") ? String(lemma.dropLast()) : lemma
                let s = lemma.hasSuffix("ss") || lemma.hasSuffix("sh") ? lemma + "es" : lemma + "s"
                all = [s, stem + "ed", stem + "ing"]
            } else {
                all = irregular
            }
            table[WordKey.hash(lemma)] = CueForm(flags: flags, participle: false, past: false)
            for form in all {
                table[WordKey.hash(form)] = CueForm(flags: flags, participle: form.hasSuffix("ing"),
                                                      past: form.hasSuffix("ed") || form == "said" || form == "told" || form == "written")
            }
        }
        return table
    }()

    /// Nouns for a text that a colon introduces ("issued the following statement:").
    static let statementNouns = keys("statement statements words message remarks declaration communique post tweet letter note email memo")

    /// Nouns for the figures a text gives, which speak as it does ("the results show", "the data suggest").
    static let dataNouns = keys("data statistics result returns numbers tally count estimate record finding research analysis analyses")

    /// Nouns for a newspaper, which speaks as a body, not as a text ("the paper reported").
    static let newspaperNouns = keys("paper newspaper")

    /// Words that stand for several people on their own ("both said", "most agree", "those asked").
    static let severalWords = keys("some many most several others few both all those these")

    /// Referring nouns for people (the others refer to organisations).
    static let personReferringNouns = keys("""
        spokesperson spokesman spokeswoman minister president official envoy ambassador mayor governor leader \
        commander chief secretary-general premier chancellor senator congressman congresswoman lawmaker candidate \
        nominee front-runner frontrunner delegate chairman chairwoman strategist adviser advisor aide businessman \
        billionaire mogul secretary democrat republican \
        admiral colonel lieutenant captain sergeant businesswoman entrepreneur industrialist financier investor legislator \
        politician prosecutor attorney lawyer sheriff economist
        """)

    /// Nouns for what someone said whose "that" starts what was said ("Roe's claim that …", "complaints by the
    /// union that …"), not a relative clause.
    static let contentNouns = keys("""
        claim claims comment comments remark remarks boast boasts estimate estimates accusation accusations \
        allegation allegations warning warnings complaint complaints assertion assertions admission admissions \
        assurance assurances suggestion suggestions insistence denial denials prediction predictions
        """)

    /// Stance nouns that let "expressed its belief that" report a clause.
    static let stanceNouns = keys("belief hope view conviction confidence fear concern opinion position")

    /// Titles and roles that precede a person's name.
    static let roles = keys(roleWords)
    /// A role held before ("then-Secretary of State Jo Hale", "Ex-Governor Jo Hale"): a title too.
    static let formerRoles = keys(roleWords.split(separator: " ").filter { !honorifics.contains(WordKey.hash(String($0))) }
        .map { "then-\($0) ex-\($0)" }.joined(separator: " "))
    private static let roleWords = """
        spokesperson spokesman spokeswoman president vice-president president-elect minister secretary \
        secretary-general chief ambassador envoy governor senator chairman chairwoman chairperson chair \
        director director-general head leader commander general king queen prince princess mayor adviser \
        advisor official deputy representative judge mr mrs ms dr sheikh ayatollah pope chancellor premier \
        emir sultan lieutenant colonel captain admiral marshal sergeant professor prof analyst researcher \
        correspondent editor reporter ceo founder coordinator commissioner attorney lawmaker congressman \
        congresswoman mp counsellor counselor diplomat negotiator justice \
        actor actress comedian journalist columnist commentator pollster moderator filmmaker billionaire pastor \
        rabbi imam archbishop bishop sheriff alderman alderwoman assemblyman assemblywoman councilman councilwoman \
        sen rep gov gen lt col capt sgt maj adm pres supt rev speaker whip sens reps govs
        """

    /// Titles of courtesy ("Mr.", "Ms."): they take no qualifier before them, and tell a gender, not a role.
    static let honorifics = keys("mr mrs ms miss mx")

    /// Words that make a capitalised sequence an organisation.
    static let organisationWords = keys("""
        ministry council army front union nations office department corps institute agency forum committee \
        tribune news group forces force guard party bank fund organization organisation commission court \
        parliament assembly congress senate government administration embassy university college school \
        academy association federation league alliance movement service services board authority bureau \
        center centre centers centres foundation company corporation corp co inc ltd times post herald journal press media network \
        channel television radio morning evening house cabinet republic kingdom emirate secretariat command \
        navy police coalition society brigade brigades \
        battalion regiment militia gazette chronicle observer monitor dispatch courier sentinel ledger \
        bulletin express daily newspaper wire review reuters trust pac club caucus initiative project watch \
        magazine institution partnership team enforcement journalism community museum library hospital clinic \
        mosque synagogue laboratory conference convention register beacon watchdog campaign
        """)

    /// Organisation heads that need their country to be told apart ("Pakistan’s Foreign Ministry").
    static let countryQualified = keys("""
        ministry foreign interior defence defense finance home army navy air armed embassy parliament \
        government cabinet senate supreme central national military police
        """)

    /// Plural nouns naming unnamed sources ("Observers note that ...").
    static let sourceNouns = keys("""
        observers experts analysts officials sources diplomats witnesses residents critics activists officers \
        authorities lawmakers investigators researchers scientists economists doctors medics protesters \
        organisers organizers insiders aides commentators mediators negotiators prosecutors rescuers paramedics \
        campaigners relatives survivors villagers eyewitnesses parents families students workers teachers farmers \
        voters citizens soldiers troops fighters militants rebels neighbours neighbors locals reports police \
        firefighters nurses millennials retirees
        """)

    /// Singular nouns for an anonymous source ("One Pakistani official said").
    static let anonymousNouns = keys("""
        official diplomat source spokesperson spokesman spokeswoman officer minister analyst commander \
        resident witness expert lawmaker aide insider negotiator
        """)

    /// Nouns that refer back to an entity named earlier ("the ministry said").
    static let referringNouns = keys("""
        ministry spokesperson spokesman spokeswoman minister president official agency government department \
        office embassy army military police council commission organisation organization company committee \
        institute court envoy ambassador mayor governor leader commander chief secretary-general premier \
        chancellor group campaign senator congressman congresswoman lawmaker candidate nominee front-runner \
        frontrunner delegate chairman chairwoman strategist adviser advisor aide businessman billionaire mogul secretary \
        democrat republican \
        admiral colonel lieutenant captain sergeant businesswoman entrepreneur industrialist financier investor legislator \
        politician prosecutor attorney lawyer sheriff economist
        """)

    static let personPronouns = keys("he she")
    static let thingPronouns = keys("it they")
    static let subjectPronouns = keys("he she it they we i there you")
    /// "I" and its contractions: capitalised, yet never a name.
    static let firstPersonWords = keys("i " + iContractions)
    /// Never part of a name either ("other than Jo Hale I’ve met …"), as a bare "I" may be ("Elizabeth I’s").
    static let firstPersonContractions = keys(iContractions)
    private static let iContractions = "i'm i've i'd i'll"

    static let prepositions = keys("""
        in into to from with at on of by for against between inside near about over across towards toward \
        within during among under through via per than upon onto without beyond around behind along outside \
        amid despite including like unlike regarding concerning throughout
        """)

    static let determiners = keys("the a an its his her their our both all this that these those every each")

    /// Capitalised words that start sentences without being names.
    static let sentenceWords = keys("""
        the a an this that these those in on at for but and or as if when while after before following \
        during despite according amid however meanwhile yesterday today tomorrow earlier later also both \
        since although though with without within from to by over under among between it he she they we \
        i his her its their our furthermore moreover additionally similarly nevertheless still yet then \
        there here what who why how where which some many most several one two such each every any no not \
        last next first instead indeed overall share subscribe about us my your you once even only just \
        other another all more much new recent others everyone nobody people neither either like unlike plus given \
        so thus therefore hence
        """)

    /// Adverbs and auxiliaries allowed between a subject and its cue ("has also strongly said").
    static let betweenSubjectAndCue = keys("""
        has have had also too officially initially strongly further again later earlier then reportedly \
        repeatedly publicly previously recently now firmly clearly would will could did does do is was were \
        been be being are am not continued to once already separately explicitly simply only long since \
        didn't doesn't don't won't wouldn't can't couldn't hasn't haven't hadn't isn't wasn't
        """)

    /// Words after a say-verb that do not start a reported clause.
    static let notClauseStart = keys("""
        so yes no nothing little yesterday today tonight tomorrow afterwards privately goodbye \
        hello sorry thanks
        """)

    static let calendarWords = keys("""
        monday tuesday wednesday thursday friday saturday sunday january february march april may june july \
        august september october november december
        """)

    static let auxiliaries = keys("has have had is are was were will would shall should can could may might must did does do")
    static let beAuxiliaries = keys("is are was were be been being")

    static let timeWords = keys("""
        a an one two three four five six seven eight nine ten several few day days week weeks month months \
        year years hour hours minute minutes
        """)
    static let timeRelations = keys("after before later earlier since")

    /// Words that start a fronted adjunct ending at the sentence's first comma.
    static let adjunctStarters = keys("""
        following after before despite amid in on at during with without within since as while although \
        though when because if given unlike under over by from however meanwhile yesterday today \
        additionally furthermore moreover similarly
        """)

    /// -ing words after a comma that do not end a reported clause.
    static let innerParticiples = keys("including regarding concerning according excluding notwithstanding")

    /// Words that make a quoted phrase a title rather than speech when they precede it.
    static let titleNouns = keys("""
        book novel film movie song album title titled entitled programme program campaign operation \
        series show documentary report article poem play headline slogan exercise plan
        """)

    /// Lower-case words allowed inside Title Case.
    static let titleFunctionWords = keys("a an the of and or for in on at to by with from as but nor vs")

    static let addresseeNouns = keys("""
        parties sides nations countries states governments actors leaders members them him her us everyone \
        all both people citizens community communities residents authorities officials side country nation \
        government world sides
        """)

    static let k = (
        that: WordKey.hash("that"), to: WordKey.hash("to"), by: WordKey.hash("by"),
        on: WordKey.hash("on"), upon: WordKey.hash("upon"), for: WordKey.hash("for"),
        and: WordKey.hash("and"), but: WordKey.hash("but"), as: WordKey.hash("as"),
        per: WordKey.hash("per"), according: WordKey.hash("according"), reported: WordKey.hash("reported"),
        it: WordKey.hash("it"), clear: WordKey.hash("clear"), made: WordKey.hash("made"),
        make: WordKey.hash("make"), makes: WordKey.hash("makes"), making: WordKey.hash("making"),
        the: WordKey.hash("the"), one: WordKey.hash("one"), a: WordKey.hash("a"), an: WordKey.hash("an"),
        of: WordKey.hash("of"), out: WordKey.hash("out"), former: WordKey.hash("former"),
        having: WordKey.hash("having"), from: WordKey.hash("from"), who: WordKey.hash("who"), inWord: WordKey.hash("in"),
        another: WordKey.hash("another"), including: WordKey.hash("including"), her: WordKey.hash("her"), isWord: WordKey.hash("is"), or: WordKey.hash("or")
    )

    /// Conjunctions opening an adverbial clause with a subject of its own ("while Hale proposed …"), as words for
    /// `keys`: the lists of subordinators, clause joints and contrasts are made from these.
    static let subordinatorWords = "after before when while since because although though whereas until"
    /// Conjunctions of contrast ("…, while Roe put …"), as words for `keys`.
    static let contrastWords = "while whereas though although"
    /// Conjunctions joining a clause to the one before ("and", "but", "because", "as", …), as words for `keys`.
    static let clauseJointWords = "and but because while when as if though although since"
    /// The conjunctions above and "so": what may join a clause to the one before.
    static let clauseJoints = keys("so " + clauseJointWords)
    /// Words opening a relative clause.
    static let relativeWords = keys("who which whose")
    /// Words opening an indirect question ("asked whether …", "said why …").
    static let questionWords = keys("whether if what how why who whom when where which")

    /// Possessive determiners ("his lawyer", "their report").
    static let possessiveDeterminers = keys("his her their its our")


    /// Every word's classes and speech-verb form, for one look-up per token (a contraction read as its pronoun).
    static let table: KeyTable = {
        var classes = [UInt64: WordClass]()
        let all: [(KeySet, WordClass)] = [
            (roles, .roles),
            (formerRoles, .roles),
            (organisationWords, .organisationWords),
            (countryQualified, .countryQualified),
            (sourceNouns, .sourceNouns),
            (anonymousNouns, .anonymousNouns),
            (referringNouns, .referringNouns),
            (personReferringNouns, .personReferringNouns),
            (personPronouns, .personPronouns),
            (thingPronouns, .thingPronouns),
            (subjectPronouns, .subjectPronouns),
            (prepositions, .prepositions),
            (determiners, .determiners),
            (sentenceWords, .sentenceWords),
            (betweenSubjectAndCue, .betweenSubjectAndCue),
            (calendarWords, .calendarWords),
            (auxiliaries, .auxiliaries),
            (beAuxiliaries, .beAuxiliaries),
            (timeWords, .timeWords),
            (timeRelations, .timeRelations),
            (adjunctStarters, .adjunctStarters),
            (innerParticiples, .innerParticiples),
            (titleNouns, .titleNouns),
            (titleFunctionWords, .titleFunctionWords),
            (addresseeNouns, .addresseeNouns),
            (statementNouns, .statementNouns),
            (stanceNouns, .stanceNouns),
            (notClauseStart, .notClauseStart),
            (firstPersonWords, .firstPersonWords),
            (relativeWords, .relativeWords),
            (questionWords, .questionWords),
            (clauseJoints, .clauseJoints),
        ]
        for (words, cls) in all {
            for key in words.members { classes[key, default: []].insert(cls) }
        }
        return KeyTable(classes: classes, forms: forms, readAs: pronounOfHaveContraction)
    }()

    /// The key of the plural pronoun in a subject with "have" contracted onto it, by the key of the
    /// contraction ("They’ve said" is "they" before its cue). Not "I’ve": as a word it keeps a clause
    /// of the writer's ("people I’ve met said", "as I’ve argued") from being read as its own subject.
    static let pronounOfHaveContraction = KeyMap(["we", "they"].map { (WordKey.hash($0 + "'ve"), WordKey.hash($0)) })

    static func keys(_ words: String) -> KeySet {
        KeySet(words.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { WordKey.hash(String($0)) })
    }
}
