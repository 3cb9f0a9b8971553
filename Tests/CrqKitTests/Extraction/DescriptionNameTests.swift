@testable import Annotation
@testable import CorpusModel
import Testing

/// The names of speakers the text describes rather than names ("U.S. officials", "senior aides"): the
/// words a reader would use for them, with their capitals (sentences written for these tests).
struct DescriptionNameTests {
    @Test func aDescriptionKeepsTheCapitalsOfNamesAndPeoplesAdjectives() throws {
        let text = """
            Talks at the Pentagon ran late into the night.

            Israeli officials said the border crossing would reopen on Monday.

            Pentagon officials said the convoy had turned back.

            Senior administration officials said the sanctions would stay.
            """
        let found = quotes(text, .indirect)
        try #require(found.count == 3)
        #expect(found.map(\.speaker) == ["Israeli officials", "Pentagon officials", "senior administration officials"])
        // The words as the text writes them, capital and all.
        #expect(found[2].asWritten == "Senior administration officials")
    }

    /// A word opening the clause is no part of the group's name ("…, though voters said": voters).
    @Test func aClauseOpeningWordIsNoPartOfAGroupsName() throws {
        let text = """
            The levy passed easily, though voters said they were tired of the fees.

            The council met on Monday, while critics argued that the levy was unfair.

            It is not clear why critics say the pier is unsafe.

            The pier was closed in May, where authorities said the beams had rotted.
            """
        let found = quotes(text, .indirect)
        try #require(found.count == 4)
        #expect(found.map(\.speaker) == ["voters", "critics", "critics", "authorities"])
        #expect(found[0].asWritten == "voters")
    }

    /// A determiner opens no speaker's name ("The groups said": "groups"), except before a lone number or participle,
    /// which without it would name no one ("the two", "those surveyed").
    @Test func aLoneNumberOrParticipleKeepsItsDeterminer() throws {
        let text = """
            The ferry was late again on Monday. The two wrote that the levy was unlawful.

            Those surveyed said the pier mattered most.

            The groups said the plan would fail.
            """
        let found = quotes(text, .indirect)
        #expect(found.map(\.speaker) == ["the two", "those surveyed", "groups"])
        #expect(found.first?.asWritten == "The two")
    }

    @Test func theWordsOnASourceNounReachPastTheFirstAndTakeTheNameBeforeThem() throws {
        let text = """
            Law enforcement officials said the van had been rented in Toledo.

            In a briefing, U.S. officials said the talks had stalled.

            Two senior campaign aides said the ad would run in March.
            """
        let found = quotes(text, .indirect)
        try #require(found.count == 3)
        #expect(found.map(\.speaker) == ["law enforcement officials", "U.S. officials", "senior campaign aides"])
    }

    @Test func aVerbBeforeTheNounIsNotPartOfItsWords() throws {
        let text = """
            The firm patched the flaw on Tuesday, echoing security experts who said the code was old.

            Dana Pell wants voters to say what they think of the levy.

            The flood forced officials to say the bridge would stay shut. Two retired officials said the repairs would take a year.
            """
        let found = quotes(text, .indirect)
        #expect(found.contains { $0.speaker == "security experts" }, "\(found.map(\.speaker))")
        #expect(!found.contains { ["echoing", "wants", "forced"].contains(where: ($0.speaker ?? "").contains) }, "\(found.map(\.speaker))")
        #expect(found.last?.speaker == "retired officials")
    }

    @Test func aPlaceBeforeAGroupQualifiesIt() throws {
        let text = """
            Iowa voters said the price of feed mattered most.

            Ohio Republican leaders said the count had been fair.
            """
        let found = quotes(text, .indirect)
        try #require(found.count == 2)
        #expect(found.map(\.speaker) == ["Iowa voters", "Ohio Republican leaders"])
    }

    @Test func aCapitalisedDescriptionOfSeveralIsNotWhomHeStandsFor() throws {
        let text = """
            Mara Quill is conceding the race in a call to her rival.

            The Ohio senators said in a statement that she wished the winner well. She says she is proud of her campaign.
            """
        let found = quotes(text, .indirect)
        let proud = try #require(found.first { $0.text.hasPrefix("she is proud") })
        #expect(proud.speaker == "Mara Quill")
    }

    @Test func describedPeopleOfDifferentPlacesStayApart() throws {
        let folder = Fixtures.folder(text: [
            "a.txt": "One Iowa Democrat said the caucus rules were unfair.",
            "b.txt": "One Ohio Democrat said the primary would be close.",
        ])
        let corpus = try CorpusLoader().load(folder.path)
        let names = try Set(Fixtures.column("speakers", "name", on: corpus))
        #expect(names == ["unnamed Iowa Democrat", "unnamed Ohio Democrat"], "\(names)")
    }

    /// "An unnamed city official" is named "unnamed city official", not "unnamed unnamed city official".
    @Test func aDescriptionThatSaysUnnamedIsNotPrefixedAgain() throws {
        let text = """
            The ferry was late again on Monday.

            An unnamed city official said the pier was unsafe.

            The Harbor Times quoted another unnamed Acme official as saying that the levy was dead.

            One harbor official said the ferry would run.
            """
        let found = quotes(text, .indirect)
        #expect(found.map(\.speaker) == ["unnamed city official", "unnamed Acme official", "unnamed harbor official"], "\(found.map(\.speaker))")
    }

    /// A described subject ends before its verb and the verb's object ("The judge pointed to an earlier case to say")
    /// and before an adverb in -ly ("Many backers privately said").
    @Test func aDescribedSubjectEndsBeforeItsVerbPhraseAndAnAdverb() throws {
        let text = """
            The hearing ran late on Monday.

            The judge pointed to an earlier case to say that the harbor board must publish its minutes.

            Many backers privately said the levy would fail.

            An earlier version of this story incorrectly stated that the pier would close.

            A report released by the harbor board last year said the pier was unsafe.

            When it was argued in May, the court's liberals seemed ready to say that the levy was unlawful.
            """
        let found = quotes(text, .indirect)
        #expect(found.map(\.speaker) == ["judge", "many backers", "earlier version of this story", "report released by the harbor board",
                                         "court's liberals"],
                "\(found.map(\.speaker))")
        #expect(found.first?.asWritten == "The judge")
    }

    @Test func aBodysWordOpeningASentenceBeforeANounIsTheNounsNotABody() throws {
        let text = """
            The mayor closed the park on Friday.

            Community leaders said the park should stay open. Campaign officials said the ad would run.

            Police said the road was shut.
            """
        let found = quotes(text, .indirect)
        #expect(found.map(\.speaker) == ["community leaders", "campaign officials", "Police"])
    }

    @Test func aBodysWordTheTextWritesInLowerCaseOpeningASentenceNamesNoBody() throws {
        let folder = Fixtures.folder(text: [
            "a.txt": "The campaign said the ad would run in May. Campaign cash flowed in after the debate.",
        ])
        let corpus = try CorpusLoader().load(folder.path)
        #expect(try Fixtures.column("speakers", "name", on: corpus) == ["campaign"])
    }
}

/// Words before a person's given name and surname that are no part of the name (sentences written for these tests).
struct WordsBeforeANameTests {
    @Test func anOccupationAsATitleIsARole() throws {
        let folder = Fixtures.folder(text: [
            "a.txt": "Comedian Rita Olsen said the show would go on. Pastor Mark Ode told the crowd that the church would stay open. Olsen said the tickets were sold out.",
        ])
        let corpus = try CorpusLoader().load(folder.path)
        let names = try Fixtures.column("speakers", "name", on: corpus)
        #expect(Set(names) == ["Rita Olsen", "Mark Ode"], "\(names)")
        #expect(try Fixtures.column(#"speakers | filter name = "Mark Ode""#, "roles", on: corpus) == ["Pastor"])
    }

    @Test func aBodysWordsBeforeAFullNameDescribeThePerson() throws {
        let folder = Fixtures.folder(text: [
            "a.txt": "Campaign Manager Rita Olsen said the count was wrong. Community Organizer Mark Ode said the rents had doubled.",
        ])
        let corpus = try CorpusLoader().load(folder.path)
        #expect(Set(try Fixtures.column("speakers", "name", on: corpus)) == ["Rita Olsen", "Mark Ode"])
        #expect(Set(try Fixtures.column("speakers", "kind", on: corpus)) == ["person"])
    }

    @Test func aWordTheTextWritesInLowerCaseOrAPluralBeforeAFullNameIsNoPartOfIt() throws {
        let text = """
            The rival camp stayed quiet on Monday.

            Rival Maria Ruiz said the count was rigged. Senators Linda Vos and Paul Egan met the board.

            Vos said the board had agreed to a recount.
            """
        let found = quotes(text, .indirect)
        #expect(found.map(\.speaker) == ["Maria Ruiz", "Linda Vos"])
    }

    @Test func aNameAfterADroppedWordIsStillTheObjectOfItsPreposition() throws {
        let text = """
            His father ran the bakery for forty years.

            Soon after the funeral of Father John Hale in Salem, Ivo Brandt said the town was grieving: “We are not the same town,” he said.
            """
        let direct = try #require(quotes(text, .direct).first)
        #expect(direct.speaker == "Ivo Brandt")
    }
}
