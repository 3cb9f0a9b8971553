@testable import Annotation
@testable import CorpusModel
@testable import QueryLanguage
@testable import Rendering
@testable import Shell
@testable import TextAnalysis

/// A small corpus written for the figure tests (not taken from any article): several events with
/// conflicting and revised tolls, hedges, unit variants, parts and totals, and background events
/// with similar numbers. Each entry: file name, outlet, date, text (paragraphs separated by blank lines).
enum FigureCorpus {
    static let documents: [(String, String, String, String)] = [
        ("d01", "Northern Courier", "2025-03-06", """
        Nine killed as Turkish drones hit northern Iraq

        Turkish drone strikes on Wednesday killed nine people in northern Iraq, local officials said.

        According to the provincial health office, three children were among the dead.

        The strikes hit four villages near the border, residents said.

        Ankara said its aircraft had targeted positions of an armed group.
        """),
        ("d02", "Gulf Ledger", "2025-03-06", """
        Turkish strikes in Iraq leave seven dead

        At least seven people were killed on Wednesday when Turkish drones struck villages in northern Iraq, according to a regional official.

        Twelve people were injured, the official said.

        Turkey's defence ministry said the strikes hit five targets.
        """),
        ("d03", "Daily Meridian", "2025-03-07", """
        Turkish drone strikes in northern Iraq on Wednesday killed seven civilians, Iraqi officials said on Thursday.

        The dead included two women, the officials added.

        More than 10 people were wounded in the strikes in Iraq.
        """),
        ("d04", "Frontier Post Weekly", "2025-03-08", """
        The toll from Wednesday's Turkish drone strikes in northern Iraq rose to 10, hospital staff said.

        Separately, a roadside bomb in Iraq killed nine labourers on Friday, police said.

        The bomb struck a minibus carrying workers to a brick factory.
        """),
        ("d05", "Northern Courier", "2025-03-09", """
        Iraq's foreign ministry summoned the Turkish ambassador over the drone strikes, which it said killed nine civilians on Wednesday.

        The ministry said the strikes came less than a day after Turkish officials had promised restraint.
        """),
        ("d06", "Himalayan Wire", "2025-04-14", """
        Earthquake kills 120 in western Nepal

        A powerful earthquake struck western Nepal on Sunday, killing at least 120 people, officials said.

        About 5,000 people were displaced, according to the interior ministry.

        The quake was felt 300 km away in India.
        """),
        ("d07", "Asia Desk", "2025-04-15", """
        The death toll from Sunday's earthquake in Nepal rose to 150 on Tuesday, rescuers said.

        More than 5,200 people have been displaced by the quake in Nepal.
        """),
        ("d08", "Himalayan Wire", "2025-04-16", """
        Nepal earthquake toll climbs to 180

        Rescuers in Nepal said on Wednesday that the death toll from Sunday's earthquake had climbed to 180.
        """),
        ("d09", "Andes Today", "2025-05-20", """
        A bus plunged into a ravine in southern Peru on Monday, killing 14 passengers, police said.

        Twenty passengers were injured in the crash.
        """),
        ("d10", "Gulf Ledger", "2025-05-20", """
        Fourteen passengers died and 22 passengers were injured when a bus crashed in southern Peru on Monday.

        The driver survived, the transport ministry said.
        """),
        ("d11", "Daily Meridian", "2025-05-21", """
        Peru bus crash: 14 dead

        Fourteen people were killed on Monday when a bus crashed in Peru, officials said.
        """),
        ("d12", "East Africa Monitor", "2025-06-26", """
        Police in Kenya arrested at least 200 protesters in Nairobi on Wednesday, rights groups said.

        Officers fired tear gas at crowds in the capital.
        """),
        ("d13", "Andes Today", "2025-06-26", """
        Kenyan police detained 200 protesters in Nairobi on Wednesday during demonstrations over a tax bill.
        """),
        ("d14", "Gulf Ledger", "2025-06-27", """
        More than 300 protesters were arrested in Kenya on Wednesday, according to a lawyers' association.
        """),
        ("d15", "Northern Courier", "2025-07-02", """
        Talks in Qatar opened two days after the ceasefire in Sudan took hold.

        Aid convoys waited about 40 km from the border in Sudan.
        """),
        ("d16", "East Africa Monitor", "2025-07-03", """
        Negotiators met in Qatar 48 hours after the ceasefire in Sudan began.

        Aid trucks were held 25 miles from the border in Sudan.
        """),
        ("d17", "Daily Meridian", "2025-07-03", """
        Fighting broke out in Sudan an hour after the ceasefire in Sudan took effect, witnesses said.
        """),
        ("d18", "Gulf Ledger", "2025-07-03", """
        Clashes erupted in Sudan a day after the ceasefire in Sudan began.
        """),
        ("d19", "Asia Desk", "2025-03-06", """
        At least 10 people died in Wednesday's Turkish drone strikes on villages in northern Iraq, a Kurdish official said.
        """),
        ("d20", "Frontier Post Weekly", "2025-03-12", """
        A fire at a market in Iraq killed seven people on Tuesday, civil defence officials said.
        """),
    ]

    /// The corpus in a fresh folder, with its metadata.
    static func load() throws -> Corpus {
        var files: [String: String] = [:]
        var metadata = "file\ttitle\tsource\tdate\n"
        for (name, source, date, text) in documents {
            files[name + ".txt"] = text + "\n"
            metadata += "\(name).txt\t\(text.prefix { $0 != "\n" })\t\(source)\t\(date)\n"
        }
        files["metadata.tsv"] = metadata
        return try CorpusLoader().load(Fixtures.folder(text: files).path)
    }
}
