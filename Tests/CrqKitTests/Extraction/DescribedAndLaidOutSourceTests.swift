@testable import Annotation
import Testing

/// Sources a reader finds past words that come between them and the quotation or their verb, in naming
/// verbs, in descriptions opening a clause, and in the layout of pull quotes (sentences written for these tests).
struct DescribedAndLaidOutSourceTests {
    @Test func aRelativeClauseOnTheQuotedWordsComesBeforeTheAttribution() throws {
        let text = """
            The ferry board met again on Friday.

            "If the board finds more logs, it plans to search them for records" that would respond to requests from Harbor Watch, board counsel Odile Marchetti wrote in a court filing.
            """
        let direct = try #require(quotes(text, .direct).first)
        #expect(direct.text.hasPrefix("If the board finds"))
        #expect(direct.speaker == "Odile Marchetti")
    }

    @Test func aPlaceAfterAPrepositionInADescriptionDoesNotSpeak() throws {
        let text = """
            A surgeon at the main hospital in Kandahar said nine people were badly hurt.

            “We ran out of blood by noon,” a nurse in Mosul told the agency.
            """
        let reported = try #require(quotes(text, .indirect).first)
        #expect(reported.speaker != "Kandahar" && reported.asWritten == "A surgeon at the main hospital in Kandahar")
        let direct = try #require(quotes(text, .direct).first)
        #expect(direct.speaker != "Mosul" && direct.asWritten?.hasPrefix("a nurse") == true)
    }

    @Test func aStateSetOffAfterAPlaceEndsTheDescription() throws {
        let text = """
            A dairy farmer near Dubuque, Iowa, told the hearing that feed prices had doubled since spring.

            A cheese maker near Eau Claire, Wisconsin, said the co-op would close.
            """
        let found = quotes(text, .indirect)
        try #require(found.count == 2)
        #expect(found[0].text == "feed prices had doubled since spring" && found[0].asWritten == "A dairy farmer near Dubuque")
        #expect(found[1].text == "the co-op would close" && found[1].asWritten == "A cheese maker near Eau Claire")
    }

    @Test func referringToSomeoneAsAPhraseNamesThatPhrasesSpeaker() throws {
        let text = "Tomas Ruiz was a baker in the old town. A neighbor referred to him as \"the warmest man on the whole street, and the first to help\" in an online post."
        let direct = try #require(quotes(text, .direct).first)
        #expect(direct.asWritten == "A neighbor")
        let term = try #require(quotes("Tomas Ruiz was a baker. Rita Olsen referred to him as \"a gentle giant.\"", .term).first)
        #expect(term.speaker == "Rita Olsen")
    }

    @Test func aParticipleAfterAsTellsWhatWentOnNotWhatWasSaid() throws {
        let text = "Ivo Brandt spoke to the crowd for an hour. As Ivo Brandt began posting photos of the rally, his daughter said the tour was only getting started."
        let reported = try #require(quotes(text, .indirect).first)
        #expect(reported.text == "the tour was only getting started")
        #expect(reported.asWritten == "his daughter")
        #expect(reported.speaker != "Ivo Brandt")
    }

    @Test func aWhisperIsSpeech() throws {
        let text = "Ivo Brandt spoke for an hour. As the band played on, his wife whispered to him: \"They are still with you, every one of them.\""
        let direct = try #require(quotes(text, .direct).first)
        #expect(direct.asWritten == "his wife")
    }

    @Test func theAttributionInterruptingASentenceSpeaksForItsLaterQuotation() throws {
        let text = "A clerk handed over the staff memo. \"Paid Leave,\" the memo states, begins \"after a full year of work at the mill.\""
        let later = try #require(quotes(text, .direct).first { $0.text.hasPrefix("after a full year") })
        #expect(later.asWritten == "the memo")
        // A nearer cue with a speaker of its own keeps it.
        let other = "\"It is over,\" Hale said, and Roe called it \"a sad and avoidable end to a long fight for the town.\""
        #expect(quotes(other, .direct).map(\.speaker) == ["Hale", "Roe"])
    }

    @Test func aPullQuoteSignedOnItsLastLineInsideTheMarks() throws {
        let text = """
            Budget hawks are worried.

            "We cannot fund the clinic and the school in one budget, not this year.
            Mara Quist, Institute for Rural Budgets."
            """
        let direct = try #require(quotes(text, .direct).first)
        #expect(direct.text.hasPrefix("We cannot fund"))
        #expect(!direct.text.contains("Quist") && !direct.text.contains("Institute"))
        #expect(direct.speaker == "Mara Quist")
    }

    @Test func aQualifiedDescriptionOpeningAnAdverbialClauseSpeaksForItsCue() throws {
        let asked = try #require(quotes("The mayor Rosa Lind caused a stir when a young voter asked if she might run for the Senate.", .indirect).first)
        #expect(asked.asWritten == "a young voter")
        let text = "Ivo Brandt kept talking as the visibly angry heckler yelled: \"Go home, you have done enough damage here!\""
        let yelled = try #require(quotes(text, .direct).first)
        #expect(yelled.speaker != "Ivo Brandt")
        #expect(yelled.asWritten == "the visibly angry heckler")
    }

    @Test func aDocumentWithAPhraseAfterItsNounSpeaksBeforeAColon() throws {
        let text = """
            The audit came out on Friday.

            A footnote in the audit makes that plain: "These figures do not cover the office of the director, which keeps its own books."

            The memo to the harbour board puts it bluntly: "No ship may dock here after dark, whatever its cargo or flag."
            """
        #expect(quotes(text, .direct).map(\.asWritten) == ["footnote", "memo"])
        // Not a noun after a verb ("seemed to paper over …").
        let verb = "Ivo Brandt seemed to paper over his past statements about taxes, promising that \"no family will pay a cent more.\""
        #expect(quotes(verb, .direct).first?.speaker == "Ivo Brandt")
    }

    @Test func aLoneQuotationAfterADescriptionsReportedSpeechIsItsWords() throws {
        let text = """
            Rosa Lind spoke in Salem on Monday.

            One voter said she was undecided. "I like them both, and that is the trouble with this race."
            """
        let direct = try #require(quotes(text, .direct).first)
        #expect(direct.asWritten == "One voter")
        #expect(direct.speaker != "Rosa Lind")
    }

    @Test func aQuantifierSubjectKeepsItsWordsPastAParticiplesAside() throws {
        let text = """
            Rosa Lind spoke in Salem on Monday.

            Some marched downtown. Others, reacting to the long delay before the video came out, shouted, "Stop the coverup!"
            """
        let direct = try #require(quotes(text, .direct).first)
        #expect(direct.asWritten == "Others")
        #expect(direct.speaker == nil)
    }

    @Test func aPollOpeningTheSentenceSpeaksForItsRespondents() throws {
        let text = """
            Rosa Lind leads the race.

            In a September Gazette-Channel 5 poll, 75 percent of Republicans said most politicians cannot be trusted.

            In a new Harbor University poll released Tuesday, likely voters said the economy mattered most.
            """
        let found = quotes(text, .indirect)
        #expect(found.map(\.asWritten) == ["a September Gazette-Channel 5 poll", "a new Harbor University poll"])
        let study = "Three economists looked at the data. In another study they wrote with two colleagues, they estimated that imports cost a million jobs."
        let reported = try #require(quotes(study, .indirect).first)
        #expect(reported.asWritten == "they")
    }
}

/// A chant or cry in quotation marks is the crowd's the sentence names before it, not a speaker's
/// nearby (sentences written for this test).
struct ChantTests {
    @Test func aChantIsTheCrowdsOrNoOnes() {
        let reprised = quotes("Mayor Jo Hale spoke for an hour. At one point the crowd loudly reprised the chant “Close the pier! Close the pier!” that rang through the hall.", .direct)
        #expect(reprised.map(\.speaker) == ["crowd"])
        #expect(reprised.first?.asWritten == "the crowd")
        let roused = quotes("Casting himself as the town's defender, Councillor Ed Roe roused the audience to spontaneous chants of “Save our harbour!”", .direct)
        #expect(roused.map(\.speaker) == ["audience"])
        // With no crowd named, no one: not the speaker of the cue after it.
        let walking = quotes("Walking into the hall to chants of “Ed! Ed!,” the mayor said the vote was close.", .direct)
        #expect(walking.count == 1 && walking[0].speaker == nil)
    }
}
