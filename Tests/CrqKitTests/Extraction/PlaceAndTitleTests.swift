@testable import Annotation
import Testing

/// Capitalised runs that name no person: places by their shape or by "in", US states, titles in
/// capitals; and places qualifying a speaker's noun (sentences written for these tests).
struct PlaceAndTitleTests {
    private func mentions(_ text: String) -> [EntityMention] { QuotationExtractor.analyze(text).mentions }

    /// "New" opens a sentence capitalised and is written in lower case elsewhere ("a new ferry"), yet it is the first
    /// word of the place it names, and of the title and the speaker's words the place qualifies.
    @Test func aPlaceOpeningTheSentenceKeepsItsFirstWord() throws {
        let analysis = QuotationExtractor.analyze("""
            A new ferry runs on Sundays.

            New Jersey Gov. Tom Varga said the bridge would reopen in May. New York leaders said the tunnel was safe.
            """)
        let varga = try #require(analysis.mentions.first { $0.name == "Tom Varga" })
        #expect(varga.role == "New Jersey Gov.")
        #expect(analysis.quotations.map(\.speaker) == ["Tom Varga", "New York leaders"])
    }

    @Test func placesByShapeAndByContext() throws {
        let found = mentions("""
            The mayor of San Marcos drove to Orange County. Later she spoke at a rally in Cedar Rapids, \
            then flew to New Hampshire. Cedar Rapids voted early.
            """)
        for name in ["San Marcos", "Orange County", "Cedar Rapids", "New Hampshire"] {
            #expect(found.contains { $0.name == name && $0.kind == .place }, "\(name)")
            #expect(!found.contains { $0.name == name && $0.kind == .person }, "\(name)")
        }
    }

    @Test func streetsSquaresAndGardensArePlaces() throws {
        let found = mentions("Brokers on Harbor Street sold early. Fans filled Carver Square Garden, and Lark Avenue was shut.")
        for name in ["Harbor Street", "Carver Square Garden", "Lark Avenue"] {
            #expect(found.contains { $0.name == name && $0.kind == .place }, "\(name)")
        }
    }

    @Test func aTitleInCapitalsNamesNoOne() throws {
        let found = mentions("She opened the forum with a talk called Why They Need To Change Course on Friday.")
        #expect(!found.contains { $0.kind == .person })
    }

    @Test func aPlaceMayQualifyTheSpeakersNoun() throws {
        let text = """
            Delegates met in Cleveland on Monday. One Nebraska delegate said the platform was too long. \
            “We have heard enough speeches,” said the Ohio governor.
            """
        let found = QuotationExtractor.analyze(text).quotations
        let reported = try #require(found.first { $0.kind == .indirect })
        #expect(reported.asWritten == "One Nebraska delegate")
        let direct = try #require(found.first { $0.kind == .direct })
        #expect((direct.asWritten ?? direct.speaker ?? "").contains("Ohio governor"))
    }
}

/// An office named by its country or body is not a person of that name (sentences written for these tests).
struct OfficeOfAPlaceTests {
    private func mentions(_ text: String) -> [EntityMention] { QuotationExtractor.analyze(text).mentions }

    @Test func theOfficeOfACountryNamesThePlaceNotAPerson() throws {
        let found = mentions("Critics asked whether the President of the United States would sign the treaty. The Speaker of the House Rules Committee stayed silent.")
        #expect(!found.contains { $0.kind == .person }, "\(found.map { ($0.name, $0.kind) })")
        #expect(found.contains { $0.name == "United States" && $0.kind == .place })
    }

    @Test func anOfficeBeforeAFullNameStillNamesThePerson() throws {
        let found = mentions("Secretary of State Mara Lindqvist flew to Oslo on Monday.")
        let person = try #require(found.first { $0.kind == .person })
        #expect(person.name == "Mara Lindqvist")
        #expect(person.role == "Secretary of State")
    }

    /// A role opening the sentence that the text also writes in lower case ("press secretary") still opens the name
    /// when it runs on with "of": it was dropped, and the person named "of State Mara J. Lindqvist".
    @Test func anOfficeOpeningASentenceStaysATitleThoughTheTextWritesItInLowerCase() throws {
        let found = mentions("The city press secretary, Ivo Marsh, said the count was fair.\n\nSecretary of State Mara J. Lindqvist said the vote was fair. Minister of Finance Ed Roe agreed, as did the minister's aides.")
        let people = found.filter { $0.kind == .person }
        #expect(people.map(\.name) == ["Ivo Marsh", "Mara J. Lindqvist", "Ed Roe"], "\(people.map { ($0.name, $0.role ?? "") })")
        #expect(people.dropFirst().map(\.role) == ["Secretary of State", "Minister of Finance"])
    }

    /// A role held before, "Ex-" joined to it, is a title like the role ("Ex-Governor Ed Roe" was a person of that name).
    @Test func aFormerRoleIsATitle() throws {
        let found = mentions("The rescue was late. Ex-Governor Ed Roe said so, and Ex-Mayor Ada Quill agreed.")
        let people = found.filter { $0.kind == .person }
        #expect(people.map(\.name) == ["Ed Roe", "Ada Quill"], "\(people.map { ($0.name, $0.role ?? "") })")
        #expect(people.map(\.role) == ["Ex-Governor", "Ex-Mayor"])
    }

    /// A headline ending in a full stop is one though title case leaves its prepositions in lower case: its run of
    /// capitalised words names no one ("Ada Quill Bars Trucks" was a person).
    @Test func aTitleCaseHeadlineWithPrepositionsInLowerCaseIsAHeadline() throws {
        let found = mentions("Ada Quill Bars Trucks from Harbor Pier for Good, Cites Noise.\n\nThe mayor, Ada Quill, said the pier would close.")
        #expect(found.filter { $0.kind == .person }.map(\.name) == ["Ada Quill"], "\(found.map { ($0.name, $0.kind) })")
    }

    @Test func aLowerCaseWordBeforeAnAcronymDescribesTheBody() throws {
        let found = mentions("The senator repeated the official GOP line on taxes, and a senior FBI agent agreed.")
        #expect(!found.contains { $0.kind == .person }, "\(found.map { ($0.name, $0.kind, $0.role ?? "") })")
        #expect(found.contains { $0.name == "GOP" && $0.role == nil })
    }

    /// A connective opening the sentence ("So", "Thus") is no part of the title after it, even where the text has it
    /// nowhere in lower case.
    @Test func aConnectiveOpeningTheSentenceIsNotPartOfATitle() throws {
        let found = mentions("The jet was heavy.\n\nSo Labor Secretary Tom Varga stopped writing his speech.")
        let varga = try #require(found.first { $0.name == "Tom Varga" })
        #expect(varga.role == "Labor Secretary")
    }

    /// A spaced ampersand joins a firm's name, but an abbreviated title after it opens another person's name.
    @Test func anAmpersandBeforeATitleJoinsTwoPeopleNotAFirm() throws {
        let found = mentions("The rally was loud.\n\nJo Hale & Sen. Ed Roe wore hats. King & Spalding filed the suit.")
        let roe = try #require(found.first { $0.name == "Ed Roe" })
        #expect(roe.role == "Sen.")
        #expect(found.contains { $0.name == "Jo Hale" && $0.kind == .person })
        #expect(found.contains { $0.name == "King & Spalding" && $0.kind == .organisation })
    }

    @Test func aVerbOpeningTheSentenceIsNotPartOfATitle() throws {
        let found = mentions("Recall Sen. Tom Okafor voting against the bill last spring. Arizona Sen. Lena Brandt did not.")
        let okafor = try #require(found.first { $0.name == "Tom Okafor" })
        #expect(okafor.role == "Sen.")
        let brandt = try #require(found.first { $0.name == "Lena Brandt" })
        #expect(brandt.role == "Arizona Sen.")
    }
}

extension OfficeOfAPlaceTests {
    @Test func aRoleWordAfterAMiddleInitialIsTheSurname() throws {
        let analysis = QuotationExtractor.analyze("“We will not fold,” said Representative Dana T. Marshal of Ohio, who backs the plan.")
        let person = try #require(analysis.mentions.first { $0.kind == .person })
        #expect(person.name == "Dana T. Marshal")
        #expect(analysis.mentions.contains { $0.name == "Ohio" && $0.kind == .place })
        #expect(analysis.quotations.first?.speaker == "Dana T. Marshal")
    }
}

extension OfficeOfAPlaceTests {
    @Test func aPronounInTitleCaseIsNotACountry() throws {
        let found = mentions("Volunteers Built It For Us, Not For Them\n\nThe school opened in the US and in the UK on Monday.")
        #expect(!found.contains { $0.surface == "Us" }, "\(found.map(\.surface))")
        #expect(found.contains { $0.surface == "US" && $0.kind == .place })
    }
}
