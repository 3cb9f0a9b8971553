@testable import Annotation
@testable import CorpusModel
@testable import QueryLanguage
@testable import Rendering
@testable import Shell
import Testing
@testable import TextAnalysis

private func one(_ text: String) throws -> FigureClaim {
    let found = FigureExtractor.extract(text)
    try #require(found.count == 1, "\(text): \(found.map(\.text))")
    return found[0]
}

private func status(_ texts: String...) throws -> QuantityStatus {
    let claims = try texts.map(one)
    return QuantityStatus.of(claims, days: claims.map { _ in nil }, outlets: claims.count)
}

private func near(_ a: ClosedRange<Double>, _ b: ClosedRange<Double>) -> Bool {
    abs(a.lowerBound - b.lowerBound) < 1e-9 && abs(a.upperBound - b.upperBound) < 1e-9
}

/// A corpus of documents given as (file name, outlet, date or "" for none, text).
private func datedCorpus(_ documents: [(String, String, String, String)]) throws -> Corpus {
    var files = ["metadata.tsv": "file\tsource\tdate\n" + documents.map { "\($0.0).txt\t\($0.1)\t\($0.2)\n" }.joined()]
    for (name, _, _, text) in documents { files[name + ".txt"] = text + "\n" }
    return try CorpusLoader().load(Fixtures.folder(text: files).path)
}

/// The rows of a statement as dictionaries of field → text.
private func rows(_ statement: String, on corpus: Corpus) throws -> [[String: String]] {
    let relation = try Fixtures.run(statement, on: corpus)
    let table = Materializer.table(relation, EvalContext(corpus: corpus), columns: relation.fieldNames)
    return table.rows.map { Dictionary(uniqueKeysWithValues: zip(table.columns.map(\.name), $0.map(\.description))) }
}

@Test func whatHappenedToWhom() throws {
    let shelling = FigureExtractor.extract("Three children were among 20 people killed by Russian shelling in Kharkiv on Monday.")
    #expect(shelling.map(\.happening) == ["killed", "killed"])
    #expect(shelling.map(\.counted) == ["child", "people"] && shelling.map(\.isPart) == [true, false])
    #expect(shelling.allSatisfy { $0.agent == "Russia" && $0.place == "Ukraine" && $0.event == "attack" })
    #expect(shelling[1].time == .weekday(0))

    let arrests = try one("Police arrested 45 protesters in Dhaka.")
    #expect(arrests.happening == "arrested" && arrests.counted == "protester" && arrests.place == "Bangladesh")
    let floods = try one("The floods displaced about 3,000 families in Sindh, according to the disaster agency.")
    #expect(floods.happening == "displaced" && floods.place == "Pakistan" && floods.event == "flood")
    #expect(floods.givenBy == "the disaster agency" && near(floods.interval, 2700...3300))
    let rockets = try one("Rebels fired 12 rockets at the town.")
    #expect(rockets.happening == "fired" && rockets.counted == "projectile")
    let sites = try one("Israeli jets struck 30 targets in southern Lebanon.")
    #expect(sites.happening == "hit" && sites.counted == "site" && sites.agent == "Israel" && sites.place == "Lebanon")
}

@Test func placeAndAgentFromNeighbouringSentences() throws {
    let claims = FigureExtractor.extract("""
        Turkish aircraft carried out strikes on villages near Idlib on Friday.

        Eleven civilians died, rescuers said.

        Separately, a car bomb in Syria killed four soldiers.
        """)
    #expect(claims.map(\.text) == ["Eleven civilians", "four soldiers"])
    #expect(claims[0].place == "Syria" && claims[0].agent == "Turkey" && claims[0].event == "attack")
    // another kind of event: the aircraft of the sentences before are not its agent
    #expect(claims[1].event == "blast" && claims[1].agent == nil && claims[1].counted == "soldier")
}

@Test func countriesNamedWithAPossessiveOrARegion() throws {
    // a possessive ending (curly or straight) is no part of the name; a two-word name is tried first
    #expect(try one("Iran’s forces killed nine people.").agent == "Iran")
    #expect(try one("Saudi Arabia's jets struck 30 targets.").agent == "Saudi Arabia")
    // a region before a hyphen names its country
    #expect(try one("A Balochistan-based group killed 12 soldiers.").agent == "Pakistan")
    // "'s" inside a hyphenated word is no possessive ending: "Iran's-backed" names no country
    let backed = try one("The Iran's-backed militia killed four people.")
    #expect(backed.agent == nil && backed.place == nil)
}

@Test func intervalsNameTheEventTheyCountFrom() throws {
    let talks = try one("Talks resumed a week after the blast in Kabul.")
    #expect(talks.happening == "interval" && talks.amount == 7 && talks.place == "Afghanistan")
    let since = try one("Less than a day had passed since Israeli strikes in Lebanon.")
    #expect(since.happening == "interval" && since.agent == "Israel" && since.place == "Lebanon" && since.interval.upperBound < 1)
    #expect(try one("He began a two-day visit to Oman.").happening == "duration")
}

@Test func hedgesAreIntervalsAndUnitsAreNormalised() throws {
    #expect(try one("at least 7 people were killed").interval == 7...Double.infinity)
    #expect(try one("more than 7 people were killed").interval.lowerBound > 7)
    #expect(near(try one("about 50 people were killed").interval, 45...55))
    #expect(try one("nearly 50 people were killed").interval.upperBound < 50)
    #expect(try one("up to 50 people were killed").interval == 0...50)
    #expect(try one("It came 48 hours after the raid.").amount == 2)
    #expect(abs(try one("The convoy stopped 25 miles from the border.").amount - 40.2336) < 1e-9)
    #expect(try one("A dozen soldiers were wounded.").value == 12)
    #expect(try one("Some 1.2 million people fled.").value == 1_200_000)
}

@Test func revisionsHeadlinesAndDays() throws {
    let toll = try one("The death toll from the fire rose to 31 on Tuesday.")
    #expect(toll.isRevision && toll.happening == "killed" && toll.time == nil)  // Tuesday is the day of the revision
    let story = FigureExtractor.extract("Twelve Dead In Flood\n\nHeavy rain killed 12 people in Kenya yesterday.")
    #expect(story.map(\.isHeadline) == [true, false] && story.map(\.isRevision) == [false, false])
    #expect(story[1].time == .relative(-1))
    let thursday = PartialDate(year: 2024, month: 1, day: 18)  // a Thursday
    #expect(FigureTime.weekday(0).resolved(against: thursday) == PartialDate(year: 2024, month: 1, day: 15)!.julianDay)
    #expect(FigureTime.weekday(3).resolved(against: thursday) == thursday!.julianDay)
    #expect(FigureTime.relative(-1).resolved(against: thursday) == PartialDate(year: 2024, month: 1, day: 17)!.julianDay)
    #expect(FigureTime.monthDay(month: 12, day: 30).resolved(against: thursday) == PartialDate(year: 2023, month: 12, day: 30)!.julianDay)
    // the nearest such date: one to come within weeks, not one eleven months past
    #expect(FigureTime.monthDay(month: 2, day: 6).resolved(against: thursday) == PartialDate(year: 2024, month: 2, day: 6)!.julianDay)
    #expect(FigureTime.monthDay(month: 9, day: 1).resolved(against: thursday) == PartialDate(year: 2023, month: 9, day: 1)!.julianDay)
    // past, not the next such date, when that is months away though nearer: "January 5" in July is the January gone
    let july = PartialDate(year: 2024, month: 7, day: 10)
    #expect(FigureTime.monthDay(month: 1, day: 5).resolved(against: july) == PartialDate(year: 2024, month: 1, day: 5)!.julianDay)
    #expect(FigureTime.monthDay(month: 9, day: 1).resolved(against: july) == PartialDate(year: 2024, month: 9, day: 1)!.julianDay)
    #expect(FigureTime.monthDay(month: 7, day: 10).resolved(against: july) == july!.julianDay)
    #expect(FigureTime.weekday(0).resolved(against: nil) == nil)
    #expect(PartialDate(julianDay: thursday!.julianDay!) == thursday)
}

@Test func statusIsPrecisionFirst() throws {
    #expect(try status("an hour after the raid", "a day after the raid") == .clash)
    #expect(try status("at least 10 people were killed", "at least seven people were killed") == .hedged)
    #expect(try status("at least 7 people were killed", "nine people were killed") == .hedged)
    #expect(try status("48 hours after the raid", "two days after the raid") == .agree)
    #expect(try status("nine people were killed", "nine people were killed", "seven people were killed") == .clash)
    #expect(try status("within 48 hours of the raid", "a day after the raid") == .hedged)
    let single = try one("nine people were killed")
    #expect(QuantityStatus.of([single, single], days: [nil, nil], outlets: 1) == .oneReport)
}

/// A month is 28 to 31 days and a year 365 or 366: calendar units clash only beyond that, and a
/// decade is ten years.
@Test func calendarUnitsSpanTheirLengths() throws {
    #expect(try status("The truce lasted two decades.", "The truce lasted 20 years.") == .agree)
    #expect(try status("The siege lasted 24 months.", "The siege lasted two years.") == .hedged)
    #expect(try status("The blockade lasted two months.", "The blockade lasted 90 days.") == .clash)
    #expect(try one("The blockade lasted two months.").interval == 56...62)
    #expect(FiguresUnit.valueLabel(try one("The truce lasted 30 years.")) == "30 years")
    #expect(FiguresUnit.valueLabel(try one("The truce lasted 18 months.")) == "540 days")
}

@Test func aPartNeverJoinsItsTotalAndAnotherEventStaysApart() throws {
    let corpus = try FigureCorpus.load()
    let quantities = corpus.annotations.quantities
    for q in quantities {
        let claims = q.claims.map { corpus.annotations.figures[$0].claim }
        #expect(Set(claims.map(\.counted)).count == 1 && Set(claims.map(\.happening)).count == 1)
    }
    // nine labourers killed by a bomb two days later are not the nine killed by the strikes
    let nine = corpus.annotations.figures.filter { $0.claim.text == "nine labourers" }
    let strikes = corpus.annotations.figures.filter { $0.claim.text == "nine people" }
    #expect(nine.count == 1 && strikes.count == 1 && nine[0].quantity != strikes[0].quantity)
}

/// The figure corpus's quantities: every one, with its status and values (a golden test: a change
/// here is a change in what crq reports).
@Test func figureCorpusQuantities() throws {
    let corpus = try FigureCorpus.load()
    let found = try rows("quantities", on: corpus).map { "\($0["quantity"]!) | \($0["status"]!) | \($0["values"]!)" }
    #expect(found == [
        "killed · in Iraq · by Turkey · attack · on 2025-03-05 | clash | 7 (2 outlets); 9 (1); at least 7 (1); 10 (1); at least 10 (1)",
        "killed · child · in Iraq · by Turkey · attack | one report | 3 (1 outlet)",
        "village · in Iraq · by Turkey · attack | one report | 4 (1 outlet)",
        "injured · in Iraq · by Turkey · attack | hedged difference | 12 (1 outlet); more than 10 (1)",
        "hit · site · in Iraq · by Turkey · attack | one report | 5 (1 outlet)",
        "killed · woman · in Iraq · by Turkey · attack | one report | 2 (1 outlet)",
        "killed · worker · in Iraq · blast · on 2025-03-07 | one report | 9 (1 outlet)",
        "interval · to attack | one report | less than 1 day (1 outlet)",
        "killed · in Nepal · earthquake · on 2025-04-13 | revised | 120 (1 outlet); at least 120 (1); 150 (1); 180 (1)",
        "displaced · in Nepal · earthquake | hedged difference | about 5000 (1 outlet); more than 5200 (1)",
        "distance · km · in India · earthquake | one report | 300 km (1 outlet)",
        "killed · passenger · in Peru · on 2025-05-19 | agree | 14 (2 outlets)",
        "injured · passenger · in Peru · crash · on 2025-05-19 | clash | 20 (1 outlet); 22 (1)",
        "killed · in Peru · crash · on 2025-05-19 | one report | 14 (1 outlet)",
        "arrested · protester · in Kenya · by Kenya · on 2025-06-25 | clash | at least 200 (1 outlet); 200 (1); more than 300 (1)",
        "interval · from event in Sudan | agree | 2 days (2 outlets)",
        "distance · km · in Sudan | hedged difference | about 40 km (1 outlet); 40.23 km (1)",
        "interval · to fighting · from event in Sudan | clash | 1 hour (1 outlet); 1 day (1)",
        "killed · in Iraq · fire · on 2025-03-11 | one report | 7 (1 outlet)",
    ])
}

@Test func compareOnFiguresNeverHidesAClash() throws {
    let corpus = try FigureCorpus.load()
    // two outlets: the strikes' toll clashes (Gulf Ledger's seven against Asia Desk's at least 10)
    let pair = try rows("compare source \"Gulf Ledger\" with source \"Asia Desk\" on figures", on: corpus)
    let toll = try #require(pair.first { $0["quantity"]!.hasPrefix("killed · in Iraq") })
    #expect(toll["status"] == "clash" && toll["values_a"] == "7 (1 outlet); at least 7 (1)" && toll["b"] == "d19:1:1")
    #expect(pair.first?["status"] == "clash")  // clashes come first
    // every group: Northern Courier's nine agrees with nobody, though the quantity has other nines
    let by = try rows("compare by source on figures", on: corpus)
    let courier = try #require(by.first { $0["group"] == "Northern Courier" && $0["quantity"]!.hasPrefix("killed · in Iraq") })
    #expect(courier["status"] == "clash" && courier["values_a"] == "9 (1 outlet)")
    // 48 hours and two days agree; about 40 km and 25 miles differ only through the hedge
    let sudan = try rows("compare doc \"d15\" with doc \"d16\" on figures", on: corpus)
    #expect(sudan.map { $0["status"]! }.sorted() == ["agree", "hedged difference"])
    // no row ever sets a quantity's claims against another quantity's
    for row in by {
        let ids = (row["a"]! + " " + row["b"]!).split(separator: " ").map(String.init)
        let quantities = Set(corpus.annotations.figures.filter { f in
            ids.contains(corpus.locator(atByte: f.bytes.lowerBound, inDocument: f.document))
        }.map { corpus.annotations.quantities[$0.quantity].name })
        #expect(quantities.contains(row["quantity"]!))
    }
}

@Test(.enabled(if: SharedFiles.available, "needs the shared gold standard (../shared/eval) beside the repository")) func seedClaimsLandInTheirGoldQuantities() throws {
    let corpus = Fixtures.seeds
    let figures = corpus.annotations.figures
    var quantityOf: [String: Set<Int>] = [:]   // gold key → quantities its claims landed in
    for row in try SharedFiles.tsv("figures.tsv") {
        let (start, end) = (Int(row["start"]!)!, Int(row["end"]!)!)
        let f = try #require(figures.first { f in
            PathName.fileName(corpus.documents[f.document].origin) == row["file"] && corpus.scalarOffset(ofDocumentByte: f.claim.start, inDocument: f.document) < end
                && start < corpus.scalarOffset(ofDocumentByte: f.claim.end, inDocument: f.document)
        }, "\(row["file"]!) \(start)")
        quantityOf[row["quantity"]!, default: []].insert(f.quantity)
    }
    for (key, quantities) in quantityOf { #expect(quantities.count == 1, "\(key) is split over \(quantities)") }
    let all = quantityOf.values.flatMap { $0 }
    #expect(Set(all).count == all.count, "two gold quantities share one")
    let status = { (key: String) in corpus.annotations.quantities[quantityOf[key]!.first!].status }
    #expect(status("strike_interval") == .clash)
    #expect(status("killed_in_iran_by_pakistan") == .agree)
    #expect(status("killed_in_pakistan_by_iran") == .agree)
    #expect(status("sites_in_iran_hit_by_pakistan") == .oneReport)
    // the interval's hedged report is in the clash, and 004's other interval (since the strikes in Syria) is not
    let interval = corpus.annotations.quantities[quantityOf["strike_interval"]!.first!]
    #expect(interval.claims.map { figures[$0].claim.text }.sorted() == ["Within 48 hours", "a day", "two days"])
}

/// Money, percentages, durations and things counted with no happening say too little of what they
/// count: one shared place does not make them one quantity (nor two figures of one article), so
/// they do not clash; the same value, or two of place, agent, event and day, still join them.
@Test func looseFiguresSharingOnlyAPlaceStayApart() throws {
    let documents = [
        ("a", "Coast Post", "2025-02-03", "Bridge plan\n\nThe new bridge in Kenya will cost $5 million, the ministry said. A survey found that 40% of voters in Kenya back it."),
        ("b", "Lake Herald", "2025-02-04", "Farm incomes\n\nA farmer in Kenya earns $300 a month. In Kenya, 61% of households own a radio."),
        ("c", "Rift Daily", "2025-02-05", "Budget\n\nThe ministry in Kenya spent $2 million on roads and $7 million on schools."),
        ("d", "Coast Post", "2025-03-04", "Vote\n\nVoters in Ghana elected 11 mayors on March 2."),
        ("e", "Lake Herald", "2025-03-05", "Mayors\n\nGhana chose 11 mayors on March 2, officials said."),
    ]
    let corpus = try datedCorpus(documents)
    let found = try rows("quantities", on: corpus)
    #expect(!found.contains { $0["status"] == "clash" }, "\(found)")
    let money = found.filter { $0["quantity"]!.hasPrefix("money") }
    #expect(money.count == 4 && money.allSatisfy { $0["status"] == "one report" }, "\(money)")
    #expect(found.filter { $0["quantity"]!.hasPrefix("percent") }.count == 2, "\(found)")
    let mayors = try #require(found.first { $0["quantity"]!.hasPrefix("mayor") })
    #expect(mayors["status"] == "agree" && mayors["values"] == "11 (2 outlets)", "\(found)")
}

/// A loose figure also joins a quantity whose values all lie within a quarter of its own (11 and 12
/// mayors), not one with a value further off (20), and never so for percentages, which crowd together.
@Test func looseFiguresJoinValuesWithinAQuarter() throws {
    let documents = [
        ("a", "Coast Post", "", "Mayors\n\nGhana chose 11 mayors, officials said. In Ghana, 40% of voters backed the plan."),
        ("b", "Lake Herald", "", "Mayors\n\nGhana chose 12 mayors, the party said. In Ghana, 42% of voters backed the plan."),
        ("c", "Rift Daily", "", "Mayors\n\nGhana chose 20 mayors, a monitor said."),
    ]
    let corpus = try datedCorpus(documents)  // undated
    let found = try rows("quantities", on: corpus)
    let mayors = found.filter { $0["quantity"]!.hasPrefix("mayor") }
    #expect(mayors.count == 2, "\(found)")
    #expect(mayors.contains { $0["status"] == "clash" && $0["values"]!.contains("11") && $0["values"]!.contains("12") }, "\(mayors)")
    #expect(mayors.contains { $0["status"] == "one report" && $0["values"]!.contains("20") }, "\(mayors)")
    #expect(found.filter { $0["quantity"]!.hasPrefix("percent") }.count == 2, "\(found)")
}

/// Reports weeks apart count a changing figure at different times, and two loose figures ten times apart
/// are two figures, however much else they share; reports of one week, or naming the same day, still clash.
@Test func reportsWeeksApartAndValuesTenTimesApartStayApart() throws {
    let documents = [
        ("a", "Coast Post", "2025-02-03", "Primary\n\nThe governor has won 27 delegates in Ghana so far, the party said."),
        ("b", "Lake Herald", "2025-03-20", "Primary\n\nThe governor has won 30 delegates in Ghana so far, the party said."),
        ("c", "Rift Daily", "2025-02-05", "Primary\n\nThe governor has won 29 delegates in Ghana so far, the party said."),
        ("d", "Coast Post", "2025-04-01", "Siege\n\nThe siege in Accra on March 30 lasted more than 20 years in the making, the police said after the attack."),
        ("e", "Lake Herald", "2025-04-02", "Siege\n\nThe siege in Accra on March 30 lasted two hours, the police said after the attack."),
        ("f", "Rift Daily", "2025-05-20", "Flood\n\nThe flood in Ghana on May 2 killed 14 people, officials said."),
        ("g", "Coast Post", "2025-06-30", "Flood\n\nThe flood in Ghana on May 2 killed 17 people, officials said."),
    ]
    let corpus = try datedCorpus(documents)
    let found = try rows("quantities", on: corpus)
    let delegates = found.filter { $0["quantity"]!.hasPrefix("delegate") }
    #expect(delegates.contains { $0["status"] == "clash" && $0["values"] == "27 (1 outlet); 29 (1)" }, "\(delegates)")
    #expect(delegates.contains { $0["status"] == "one report" && $0["values"] == "30 (1 outlet)" }, "\(delegates)")
    #expect(!found.contains { $0["quantity"]!.hasPrefix("duration") && $0["status"] == "clash" }, "\(found)")
    let flood = try #require(found.first { $0["quantity"]!.hasPrefix("killed") })
    #expect(flood["status"] == "clash" && flood["outlets"] == "2", "\(flood)")
}

/// A toll reported over ten days: the outlets of one week still clash, a report nearer one week than another
/// joins the nearer (not left on its own between them), and a later revision joins the toll it revises.
@Test func aTollOverTenDaysClashesWithinItsWeek() throws {
    let documents = [
        ("a", "Coast Post", "2025-03-05", "The landslide in Chile killed 100 people, officials said."),
        ("b", "Lake Herald", "2025-03-01", "The landslide in Chile killed 80 people, officials said."),
        ("c", "Rift Daily", "2025-03-10", "The landslide in Chile killed 300 people, officials said."),
        ("d", "Hill Times", "2025-03-06", "The landslide in Chile killed 120 people, officials said."),
        ("e", "Bay News", "2025-03-07", "The landslide in Chile killed 130 people, officials said."),
        ("f", "Coast Post", "2025-06-01", "The flood in Peru killed 40 people, officials said."),
        ("g", "Lake Herald", "2025-06-02", "The flood in Peru killed 40 people, officials said."),
        ("h", "Rift Daily", "2025-06-12", "The death toll from the flood in Peru rose to 90, officials said."),
    ]
    let corpus = try datedCorpus(documents.map { ($0.0, $0.1, $0.2, "Report\n\n" + $0.3) })
    let found = try rows("quantities", on: corpus)
    #expect(found.contains { $0["status"] == "clash" && $0["ids"] == "a:2:1 b:2:1 d:2:1 e:2:1" }, "\(found)")
    #expect(found.contains { $0["status"] == "one report" && $0["ids"] == "c:2:1" }, "\(found)")
    #expect(found.contains { $0["status"] == "revised" && $0["ids"] == "f:2:1 g:2:1 h:2:1" }, "\(found)")
}
