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
        ("at least", FigureBound.atLeast), ("more than", .atLeast), ("over", .atLeast), ("upwards of", .atLeast),
        ("upward of", .atLeast), ("no fewer than", .atLeast), ("no less than", .atLeast), ("well over", .atLeast),
        ("just over", .atLeast), ("above", .atLeast), ("in excess of", .atLeast),
        ("at most", .atMost), ("up to", .atMost), ("less than", .atMost), ("fewer than", .atMost),
        ("no more than", .atMost), ("nearly", .atMost), ("almost", .atMost), ("just under", .atMost),
        ("under", .atMost), ("as many as", .atMost), ("below", .atMost), ("not more than", .atMost),
        ("about", .approximate), ("around", .approximate), ("approximately", .approximate),
        ("roughly", .approximate), ("some", .approximate), ("an estimated", .approximate),
        ("estimated", .approximate), ("close to", .approximate), ("approx", .approximate),
        ("more or less", .approximate), ("circa", .approximate),
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

    /// Coarse measures for units whose claims line up whatever the wording.
    static let unitMeasures: [String: String] = {
        var m: [String: String] = [:]
        for u in "second minute hour day night week fortnight month year decade century".split(separator: " ") {
            m[String(u)] = "duration"
        }
        for u in "km m cm mm mile yard foot nautical".split(separator: " ") { m[String(u)] = "distance" }
        for u in "dollar euro pound rupee rial riyal yuan yen ruble rouble lira dinar dirham shekel afghani"
            .split(separator: " ") { m[String(u)] = "money" }
        for u in "kg tonne lb".split(separator: " ") { m[String(u)] = "weight" }
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
}
