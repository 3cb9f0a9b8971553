import TextAnalysis

/// Countries, their adjectives and capitals, regions and well-known acronyms.
/// Keys are folded names (`WordKey.string`).
enum Gazetteer {
    /// "Name|Adjective,Adjective|Capital,City" per country.
    private static let countries = """
        Afghanistan|Afghan|Kabul;Albania|Albanian|Tirana;Algeria|Algerian|Algiers;Argentina|Argentine,Argentinian|Buenos Aires;\
        Armenia|Armenian|Yerevan;Australia|Australian|Canberra;Austria|Austrian|Vienna;Azerbaijan|Azerbaijani,Azeri|Baku;\
        Bahrain|Bahraini|Manama;Bangladesh|Bangladeshi|Dhaka;Belarus|Belarusian|Minsk;Belgium|Belgian|Brussels;\
        Bolivia|Bolivian|La Paz;Bosnia|Bosnian|Sarajevo;Brazil|Brazilian|Brasilia;Bulgaria|Bulgarian|Sofia;\
        Cambodia|Cambodian|Phnom Penh;Cameroon|Cameroonian|Yaounde;Canada|Canadian|Ottawa;Chile|Chilean|Santiago;\
        China|Chinese|Beijing;Colombia|Colombian|Bogota;Croatia|Croatian|Zagreb;Cuba|Cuban|Havana;Cyprus|Cypriot|Nicosia;\
        Czech Republic|Czech|Prague;Denmark|Danish|Copenhagen;Egypt|Egyptian|Cairo;Estonia|Estonian|Tallinn;\
        Ethiopia|Ethiopian|Addis Ababa;Finland|Finnish|Helsinki;France|French|Paris;Georgia|Georgian|Tbilisi;\
        Germany|German|Berlin;Ghana|Ghanaian|Accra;Greece|Greek|Athens;Hungary|Hungarian|Budapest;India|Indian|New Delhi,Delhi;\
        Indonesia|Indonesian|Jakarta;Iran|Iranian|Tehran;Iraq|Iraqi|Baghdad;Ireland|Irish|Dublin;Israel|Israeli|Jerusalem,Tel Aviv;\
        Italy|Italian|Rome;Japan|Japanese|Tokyo;Jordan|Jordanian|Amman;Kazakhstan|Kazakh|Astana;Kenya|Kenyan|Nairobi;\
        Kuwait|Kuwaiti|Kuwait City;Kyrgyzstan|Kyrgyz|Bishkek;Latvia|Latvian|Riga;Lebanon|Lebanese|Beirut;Libya|Libyan|Tripoli;\
        Lithuania|Lithuanian|Vilnius;Malaysia|Malaysian|Kuala Lumpur;Mali|Malian|Bamako;Mexico|Mexican|Mexico City;\
        Moldova|Moldovan|Chisinau;Mongolia|Mongolian|Ulaanbaatar;Morocco|Moroccan|Rabat;Myanmar|Burmese|Naypyidaw;\
        Nepal|Nepalese,Nepali|Kathmandu;Netherlands|Dutch|Amsterdam,The Hague;New Zealand|New Zealand|Wellington;\
        Niger|Nigerien|Niamey;Nigeria|Nigerian|Abuja;North Korea|North Korean|Pyongyang;Norway|Norwegian|Oslo;\
        Oman|Omani|Muscat;Pakistan|Pakistani|Islamabad;Palestine|Palestinian|Ramallah;Peru|Peruvian|Lima;\
        Philippines|Filipino,Philippine|Manila;Poland|Polish|Warsaw;Portugal|Portuguese|Lisbon;Qatar|Qatari|Doha;\
        Romania|Romanian|Bucharest;Russia|Russian|Moscow,Kremlin;Saudi Arabia|Saudi|Riyadh;Serbia|Serbian|Belgrade;\
        Singapore|Singaporean|Singapore;Slovakia|Slovak|Bratislava;Slovenia|Slovenian|Ljubljana;Somalia|Somali|Mogadishu;\
        South Africa|South African|Pretoria;South Korea|South Korean|Seoul;Spain|Spanish|Madrid;Sri Lanka|Sri Lankan|Colombo;\
        Sudan|Sudanese|Khartoum;Sweden|Swedish|Stockholm;Switzerland|Swiss|Bern;Syria|Syrian|Damascus;Taiwan|Taiwanese|Taipei;\
        Tajikistan|Tajik|Dushanbe;Thailand|Thai|Bangkok;Tunisia|Tunisian|Tunis;Turkey|Turkish|Ankara;\
        Turkmenistan|Turkmen|Ashgabat;Uganda|Ugandan|Kampala;Ukraine|Ukrainian|Kyiv,Kiev;\
        United Arab Emirates|Emirati|Abu Dhabi;United Kingdom|British|London,Downing Street;\
        United States|American|Washington,White House;Uzbekistan|Uzbek|Tashkent;Venezuela|Venezuelan|Caracas;\
        Vietnam|Vietnamese|Hanoi;Yemen|Yemeni|Sanaa;Zimbabwe|Zimbabwean|Harare
        """

    /// Regions, cities and US states.
    private static let regions = """
        Middle East;South Asia;Central Asia;East Asia;Southeast Asia;Asia;Europe;Africa;Latin America;\
        North America;South America;Gulf;Persian Gulf;Red Sea;Black Sea;Mediterranean;Balkans;Caucasus;\
        Gaza;West Bank;Kashmir;Balochistan;Baluchistan;Kurdistan;Crimea;Donbas;Davos;Geneva;New York;Dubai;Istanbul;\
        Karachi;Lahore;Mumbai;Shanghai;Hong Kong;Sistan and Baluchestan;Sistan-Baluchistan;Sistan-o-Baluchistan;\
        Alabama;Alaska;Arizona;Arkansas;California;Colorado;Connecticut;Delaware;Florida;Hawaii;Idaho;Illinois;\
        Indiana;Iowa;Kansas;Kentucky;Louisiana;Maine;Maryland;Massachusetts;Michigan;Minnesota;Mississippi;Missouri;\
        Montana;Nebraska;Nevada;New Hampshire;New Jersey;New Mexico;North Carolina;North Dakota;Ohio;Oklahoma;\
        Oregon;Pennsylvania;Rhode Island;South Carolina;South Dakota;Tennessee;Texas;Utah;Vermont;Virginia;\
        West Virginia;Wisconsin;Wyoming;Puerto Rico;Ontario;Quebec;British Columbia;Scotland;Wales;England;\
        Northern Ireland;Bavaria;Catalonia;Sicily;Siberia;Tibet;Xinjiang;Punjab;Sindh;Kerala
        """

    /// US states as news abbreviates them after a city ("Reno, Nev.", "Nashua, N.H."): places only with
    /// their full stop, since several are words too ("Mass protests", "Ill feeling").
    private static let abbreviatedStates = """
        Ala;Ariz;Ark;Calif;Colo;Conn;Fla;Ga;Ill;Kan;Ky;Md;Mass;Mich;Minn;Mont;Neb;Nev;Okla;Ore;Pa;Tenn;Tex;Vt;Va;\
        Wis;Wyo;N.H.;N.J.;N.Y.;N.C.;N.D.;N.M.;S.C.;S.D.;R.I.;D.C.
        """

    /// First and last words of place names ("San Antonio", "Fort Worth", "Orange County", "Palm Beach", a state's
    /// nickname: "Granite State").
    static let placeFirstWords = SpeechCues.keys("san santa los las fort port mount lake saint st")
    static let placeLastWords = SpeechCues.keys("""
        city county beach springs heights valley island islands park hills falls bay river mountains village \
        township harbor harbour coast peninsula borough sea ocean strait canal desert lakes street avenue square \
        garden gardens road boulevard plaza hook creek point state
        """)

    /// Last words of newspaper names, which stand for the whole name ("the Times", "the Post").
    static let mastheadWords = SpeechCues.keys("""
        times post journal herald tribune globe gazette chronicle observer monitor dispatch courier sentinel \
        ledger bulletin examiner inquirer
        """)

    /// Acronyms and short forms with their full names.
    static let aliases: [String: String] = [
        "un": "United Nations", "u.n.": "United Nations", "eu": "European Union", "us": "United States",
        "u.s.": "United States", "usa": "United States", "u.s.a.": "United States", "uk": "United Kingdom",
        "u.k.": "United Kingdom", "uae": "United Arab Emirates", "nato": "North Atlantic Treaty Organization",
        "america": "United States", "britain": "United Kingdom", "great britain": "United Kingdom",
    ]

    /// Folded country name, adjective or capital → country name.
    static let country: [String: String] = {
        var table = [String: String]()
        for entry in countries.split(separator: ";") {
            let parts = entry.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            let name = parts[0]
            table[WordKey.string(name)] = name
            for capital in parts[2].split(separator: ",") { table[WordKey.string(String(capital))] = name }
        }
        for (short, full) in aliases where table[WordKey.string(full)] != nil { table[short] = full }
        return table
    }()

    /// Folded nationality adjective → country name.
    static let adjective: [String: String] = {
        var table = [String: String]()
        for entry in countries.split(separator: ";") {
            let parts = entry.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            for adj in parts[1].split(separator: ",") { table[WordKey.string(String(adj))] = parts[0] }
        }
        return table
    }()

    /// Adjectives of regions, faiths and peoples that are not names on their own.
    static let groupAdjectives = SpeechCues.keys("""
        european asian african arab western eastern northern southern islamic sunni shiite shia kurdish muslim \
        christian jewish hindu buddhist baloch baluch pashtun latin nordic gulf international national federal
        """)

    /// Party and political labels written before a name ("Republican Jane Roe") that are not part of it.
    static let partyAdjectives = SpeechCues.keys("republican democratic democrat independent libertarian conservative liberal progressive")

    static let regionNames: Set<String> = Set(regions.split(separator: ";").map { WordKey.string(String($0)) })

    /// The same tables keyed by `WordKey.hash` of the name as written, for look-ups over tokens.
    static let countryByKey = KeyMap(country.map { (WordKey.hash($0.key), $0.value) })
    static let adjectiveByKey = KeyMap(adjective.map { (WordKey.hash($0.key), $0.value) })
    /// A party or people adjective ("Republican", "Iranian"), by word key.
    static func isPartyOrPeople(_ key: UInt64) -> Bool { partyAdjectives.contains(key) || adjectiveByKey[key] != nil }
    static let regionKeys = KeySet(regionNames.map(WordKey.hash))
    static let abbreviatedStateKeys = KeySet(abbreviatedStates.split(separator: ";").map { WordKey.hash(String($0)) })
    static let aliasByKey = KeyMap(aliases.map { (WordKey.hash($0.key), $0.value) })
}
