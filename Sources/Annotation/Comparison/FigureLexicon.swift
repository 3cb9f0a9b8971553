import TextAnalysis

/// General news-English word lists used by `FigureExtractor`, keyed by `PackedWord`.
enum FigureLexicon {
    private static func set(_ words: String) -> PackedWordTable<Bool> {
        PackedWordTable(words.split(separator: " ").map { (PackedWord(String($0)), true) })
    }

    private static func map<T>(_ pairs: [(String, T)]) -> PackedWordTable<T> {
        PackedWordTable(pairs.map { (PackedWord($0.0), $0.1) })
    }

    /// Cardinal number words below one hundred.
    static let cardinals: PackedWordTable<Double> = map([
        ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7),
        ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13),
        ("fourteen", 14), ("fifteen", 15), ("sixteen", 16), ("seventeen", 17), ("eighteen", 18),
        ("nineteen", 19), ("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60),
        ("seventy", 70), ("eighty", 80), ("ninety", 90),
    ])

    /// Words that multiply what precedes them ("two hundred", "1.5 million", "a dozen").
    static let multipliers: PackedWordTable<Double> = map([
        ("dozen", 12), ("hundred", 100), ("thousand", 1e3), ("million", 1e6), ("billion", 1e9),
        ("trillion", 1e12), ("bn", 1e9), ("mn", 1e6),
    ])

    /// Hedges before a number, as word sequences, with the bound they express.
    static let hedges: [([PackedWord], FigureBound)] = [
        ("at least", FigureBound.atLeast), ("no fewer than", .atLeast), ("no less than", .atLeast),
        ("upwards of", .atLeast), ("upward of", .atLeast),
        ("more than", .moreThan), ("over", .moreThan), ("well over", .moreThan), ("above", .moreThan),
        ("in excess of", .moreThan), ("just over", .justOver), ("a little over", .justOver),
        ("at most", .atMost), ("up to", .atMost), ("no more than", .atMost), ("not more than", .atMost),
        ("as many as", .atMost), ("within", .atMost),
        ("less than", .lessThan), ("fewer than", .lessThan), ("under", .lessThan), ("below", .lessThan),
        ("nearly", .nearly), ("almost", .nearly), ("just under", .nearly), ("close to", .nearly),
        ("about", .approximate), ("around", .approximate), ("approximately", .approximate),
        ("roughly", .approximate), ("some", .approximate), ("an estimated", .approximate),
        ("estimated", .approximate), ("approx", .approximate), ("more or less", .approximate),
        ("circa", .approximate),
    ].map { (phrase, bound) in (phrase.split(separator: " ").map { PackedWord(String($0)) }, bound) }

    /// Words that end a counted noun phrase: function words, auxiliaries and the like.
    static let stopWords = set("""
        a an the this that these those of in on at to for from with by as into onto upon after before \
        since during within between among amongst over under about around near across through \
        throughout against toward towards via per than and or but nor yet so if because while \
        whereas although though unless until when where whom who whose which what why how \
        is are was were be been being am has have had having do does did will would can could may \
        might must shall should it its they them their theirs he him his she her hers we us our \
        you your i me my not no nor more most less least each every all both either neither \
        also only just very too ago later earlier apart away back including such other another \
        same own there here then now even still already again once twice times each said says \
        reportedly allegedly respectively alone
        """)

    /// Month and weekday names: a number next to them is a date.
    static let calendarWords = set("""
        january february march april may june july august september october november december \
        jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday \
        saturday sunday
        """)

    /// Determiners and possessives that make "the two countries" a reference.
    static let determiners = set("the these those its their our his her your my whose both all")

    /// Nouns naming the parties to an event: with a determiner, or as a pair, they refer
    /// rather than count ("the two countries", "two close allies of Beijing").
    static let partyNouns = set("""
        country countries nation nations side sides party parties neighbour neighbours neighbor \
        neighbors ally allies state states government governments capital capitals rival rivals \
        power powers adversary adversaries foe foes counterpart counterparts leader leaders \
        neighbourhood sides camps camp
        """)

    /// Words whose plural is not formed with -s, and invariant plurals, mapped to a lemma.
    static let irregularPlurals: PackedWordTable<String> = map([
        ("children", "child"), ("people", "person"), ("men", "man"), ("women", "woman"),
        ("policemen", "policeman"), ("gunmen", "gunman"), ("servicemen", "serviceman"),
        ("firemen", "fireman"), ("fishermen", "fisherman"), ("tribesmen", "tribesman"),
        ("feet", "foot"), ("lives", "life"), ("wives", "wife"), ("knives", "knife"), ("thieves", "thief"),
        ("police", "police"), ("personnel", "personnel"), ("staff", "staff"), ("cattle", "cattle"),
        ("livestock", "livestock"), ("aircraft", "aircraft"), ("sheep", "sheep"), ("fish", "fish"),
        ("crew", "crew"), ("series", "series"), ("species", "species"), ("dead", "death"),
        ("injured", "injured"), ("wounded", "injured"), ("km", "km"), ("kms", "km"), ("mph", "mph"),
        ("kg", "kg"), ("kgs", "kg"), ("lbs", "lb"), ("hrs", "hour"), ("mins", "minute"),
    ])

    /// Adjectives that stand for a noun after a number ("nine dead", "20 wounded").
    static let adjectiveHeads = set("dead injured wounded")

    /// Words ending in -s that are not plural nouns.
    static let notPlural = set("""
        news various previous serious famous numerous nervous dangerous always perhaps towards \
        afterwards besides whereas unless thus was has is this its his hers ours yours theirs \
        plus gas bus bias chaos status campus virus bonus consensus census analysis crisis basis \
        thesis
        """)

    /// Units of measurement and other nouns normalised to a fixed spelling (after lemmatising).
    static let unitSpellings: [String: String] = [
        "kilometer": "km", "kilometre": "km", "km": "km", "meter": "m", "metre": "m",
        "centimeter": "cm", "centimetre": "cm", "millimeter": "mm", "millimetre": "mm",
        "kilogram": "kg", "kilogramme": "kg", "kilo": "kg", "tonne": "tonne", "ton": "tonne",
        "hr": "hour", "min": "minute", "sec": "second", "yr": "year", "percent": "percent",
        "per cent": "percent", "%": "percent", "usd": "dollar", "fatality": "death",
        "neighbor": "neighbour", "kid": "child",
    ]

    /// Units of time, length and weight: their family and size in the family's base unit (day, km, kg).
    static let unitScales: [String: (String, Double)] = [
        "second": ("days", 1.0 / 86400), "minute": ("days", 1.0 / 1440), "hour": ("days", 1.0 / 24),
        "day": ("days", 1), "night": ("days", 1), "week": ("days", 7), "fortnight": ("days", 14),
        "month": ("days", 30), "year": ("days", 365), "decade": ("days", 3650), "century": ("days", 36500),
        "km": ("km", 1), "m": ("km", 0.001), "cm": ("km", 1e-5), "mm": ("km", 1e-6), "mile": ("km", 1.609344),
        "yard": ("km", 0.0009144), "foot": ("km", 0.0003048), "nautical": ("km", 1.852),
        "kg": ("kg", 1), "tonne": ("kg", 1000), "lb": ("kg", 0.45359237),
    ]

    /// Calendar units, whose length in days varies: the shortest and the longest (a month is 28 to 31
    /// days, so "a month" and "30 days" do not clash, nor "a decade" and "10 years").
    static let calendarSpans: [String: (Double, Double)] = [
        "month": (28, 31), "year": (365, 366), "decade": (3650, 3660), "century": (36500, 36600),
    ]

    /// Coarse measures for units whose claims line up whatever the wording.
    static let unitMeasures: [String: String] = {
        var m: [String: String] = [:]
        for (unit, (family, _)) in unitScales { m[unit] = family == "days" ? "duration" : family == "km" ? "distance" : "weight" }
        for u in "dollar euro pound rupee rial riyal yuan yen ruble rouble lira dinar dirham shekel afghani"
            .split(separator: " ") { m[String(u)] = "money" }
        for u in "death casualty life body".split(separator: " ") { m[String(u)] = "killed" }
        m["injured"] = "injured"
        m["injury"] = "injured"
        m["percent"] = "percent"
        return m
    }()

    /// Singular units that can follow "a", "an" or "one" as a figure ("a day after").
    static let singularUnits = set("""
        second minute hour day night week fortnight month year decade century kilometre kilometer \
        km mile metre meter yard dozen
        """)

    /// People nouns: with a killing or injury cue nearby they count victims.
    static let personNouns = set("""
        person people individual civilian soldier child children kid woman women man men boy girl \
        baby infant youth teenager teen adult resident villager citizen national worker officer \
        policeman policemen police trooper troop militant fighter rebel insurgent terrorist \
        gunman gunmen attacker guard student pupil teacher doctor nurse journalist reporter \
        protester protestor demonstrator passenger pilgrim worshipper tourist migrant refugee \
        member hostage prisoner victim patient sailor pilot personnel staff farmer miner employee \
        official diplomat suspect driver family relative laborer labourer guest shopper \
        bystander paramedic firefighter volunteer
        """)

    /// Words signalling that counted people were killed, and injured.
    static let killCues = set("""
        killed kill kills killing killings dead died die dies dying death deaths lives slain murdered \
        perished massacred executed fatalities
        """)
    static let injuryCues = set("injured injuring injures wounded wounding hurt injuries")

    /// Verbs whose object can be a bare number of victims ("killing at least 12").
    static let killVerbs = set("killed killing kills kill slaying")
    static let injuryVerbs = set("injured injuring injures wounded wounding")
    /// Words that join clauses: a cue before one belongs to the clause before.
    static let clauseJoins = set("and but while whereas")
    /// Auxiliaries between a bare number and its passive verb ("22 were injured", "14 have been killed").
    static let passiveAuxiliaries = set("were was have has had been")

    /// Words before a number that make it part of a rate or a label ("twice a day", "number one").
    static let blockingPredecessors = set("once twice times number no")

    /// Words after which "a"/"an" + a time or distance unit is a figure ("a day after").
    static let unitFollowers = set("after before later earlier ago away from long old")
    static let unitLeaders = set("within in for after")

    /// Ordinal and clock suffixes that attach to digits ("21st", "10pm").
    static let digitSuffixes = set("st nd rd th am pm")
    static let clockWords = set("am pm gmt utc o'clock")
    /// Currency symbols before digits, by scalar value.
    static let currencySymbols: [UInt64: String] = [0x24: "dollar", 0x20AC: "euro", 0xA3: "pound", 0x20B9: "rupee"]

    // MARK: what a claim counts

    /// Counted nouns that stand for all the people an event touched (a total), by lemma.
    static let totalNouns = set("""
        person people individual civilian casualty death fatality life body victim injured injury \
        national citizen resident villager inhabitant
        """)

    /// Part nouns folded together: a child by any name.
    static let partSynonyms: PackedWordTable<String> = map([
        ("kid", "child"), ("youth", "child"), ("minor", "child"), ("baby", "child"), ("infant", "child"),
        ("teenager", "child"), ("teen", "child"), ("toddler", "child"), ("schoolchild", "child"),
        ("labourer", "worker"), ("laborer", "worker"), ("employee", "worker"),
        ("troop", "soldier"), ("trooper", "soldier"), ("serviceman", "soldier"),
        ("policeman", "police"), ("officer", "police"),
        ("fighter", "militant"), ("insurgent", "militant"), ("rebel", "militant"), ("gunman", "militant"),
        ("terrorist", "militant"),
    ])

    /// Places that were hit, folded to "site".
    static let siteNouns = set("site target base camp hideout position location facility installation stronghold compound")

    /// Munitions, folded to "projectile" for "fired".
    static let munitionNouns = set("missile rocket drone shell projectile bomb mortar")

    /// Words signalling that counted people were arrested, and displaced; that places were hit,
    /// and munitions fired.
    static let arrestCues = set("arrested arrest arrests detained detain detention captured rounded custody")
    static let displacedCues = set("displaced fled flee fleeing evacuated evacuate homeless uprooted refugees")
    static let hitCues = set("""
        targeting targeted target targets struck strike strikes striking hit hits hitting engaged attacked \
        attacking bombed bombing destroyed raided shelled
        """)
    static let fireCues = set("fired firing launched launching fires launches")

    /// Words after a duration that make it the time between two events ("a day after"; "of" only
    /// after "within": "within 48 hours of").
    static let intervalLinks = set("after before since later earlier following")

    /// Event nouns, folded to a few kinds, so that claims about different events stay apart.
    static let eventNouns: PackedWordTable<String> = kinds("""
        attack: strike strikes airstrike airstrikes attack attacks raid raids bombing bombings bombardment \
        shelling missile missiles drone drones offensive operation; blast: blast blasts explosion explosions \
        bomb suicide; crash: crash crashes collision accident derailment; flood: flood floods flooding; \
        earthquake: earthquake quake tremor; fire: fire blaze wildfire; storm: storm cyclone hurricane typhoon; \
        landslide: landslide landslides mudslide; fighting: clashes clash fighting gunfight firefight ambush \
        shootout shooting; stampede: stampede crush
        """)

    /// "kind: word word; kind: word" → word → kind.
    private static func kinds(_ text: String) -> PackedWordTable<String> {
        var pairs: [(String, String)] = []
        for entry in text.split(separator: ";") {
            let parts = entry.split(separator: ":")
            let kind = String(parts[0].filter { $0 != " " && $0 != "\n" })
            for word in parts[1].split(whereSeparator: { $0 == " " || $0 == "\n" }) { pairs.append((String(word), kind)) }
        }
        return map(pairs)
    }

    /// Nouns of military action: a country adjective or possessive before one is the agent
    /// ("Iranian missiles", "Pakistan's armed forces").
    static let forceNouns = set("""
        strike strikes airstrike airstrikes attack attacks raid raids missile missiles drone drones rocket \
        rockets forces force military army troops jets aircraft shelling bombing bombardment operation \
        offensive artillery navy militia guards police
        """)

    /// Speech verbs: a day named right after one is when it was said, not when it happened.
    static let speechVerbs = set("said says told added reported announced confirmed stated")

    /// Verbs of military action: a country a few words before one is the agent ("Tehran launched").
    static let actionVerbs = set("""
        launched launch launches launching struck strike strikes striking hit hits attacked attacks attacking \
        bombed fired fires targeted targets targeting shelled raided conducted carried executed retaliated \
        engaged killed kills killing
        """)

    /// Prepositions before a place ("in Iran", "on Pakistani soil", "inside Syria").
    static let placePrepositions = set("in inside within into on across at near")

    /// Direction words between a preposition and a place ("in western Pakistan").
    static let directionWords = set("""
        northern southern eastern western north south east west northwest northeast southwest southeast \
        north-west north-east south-west south-east northwestern northeastern southwestern southeastern central
        """)

    /// Nouns that make a country adjective or possessive a place ("Pakistani soil", "Iran's province").
    static let placeNouns = set("""
        soil territory territories side border borders province provinces city cities town towns village \
        villages region regions airspace capital district districts area areas coast waters
        """)

    /// Words just before a figure that make it a revised report ("the toll rose to 48").
    static let revisionCues = set("rose rises risen climbed climbs increased increases jumped jumps revised reached mounted grew raised")

    /// Weekdays, 0 = Monday.
    static let weekdays: PackedWordTable<Int> = numbered("monday tuesday wednesday thursday friday saturday sunday", from: 0)
    static let relativeDays: PackedWordTable<Int> = map([("yesterday", -1), ("today", 0), ("tonight", 0)])
    /// Month names and abbreviations, 1 = January.
    static let months: PackedWordTable<Int> = numbered(
        "january february march april may june july august september october november december", from: 1)

    /// Words numbered in order from `first`.
    private static func numbered(_ words: String, from first: Int) -> PackedWordTable<Int> {
        map(words.split(separator: " ").enumerated().map { (String($1), $0 + first) })
    }

    /// Regions and provinces inside one country, for places: "in Balochistan" is in Pakistan.
    static let regionCountries: [String: String] = [
        "balochistan": "Pakistan", "baluchistan": "Pakistan", "punjab": "Pakistan", "sindh": "Pakistan",
        "khyber": "Pakistan", "waziristan": "Pakistan", "sistan": "Iran", "baluchestan": "Iran", "khuzestan": "Iran",
        "gaza": "Palestine", "west bank": "Palestine", "crimea": "Ukraine", "donbas": "Ukraine", "donetsk": "Ukraine",
        "kharkiv": "Ukraine", "darfur": "Sudan", "tigray": "Ethiopia", "idlib": "Syria", "aleppo": "Syria",
    ]
}
