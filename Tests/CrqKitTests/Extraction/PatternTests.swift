@testable import Annotation
@testable import CorpusModel
@testable import QueryLanguage
@testable import Rendering
@testable import Shell
import Testing
@testable import TextAnalysis

/// Small texts, one per pattern of news prose, and hard negatives.
struct PatternTests {
    private func slice(_ text: String, _ q: Quotation) -> String { Fixtures.slice(text, q.start..<q.end) }

    private func slice(_ text: String, _ range: Range<Int>) -> String { Fixtures.slice(text, range) }

    @Test func curlyQuoteWithSpeakerAfter() throws {
        let text = "“We will not accept any violation of our borders,” Defence Minister Khawaja Asif said on Monday."
        let found = quotes(text)
        try #require(found.count == 1)
        #expect(found[0].kind == .direct)
        #expect(found[0].speaker == "Khawaja Asif")
        #expect(found[0].cue == "said")
        #expect(slice(text, found[0]) == "“We will not accept any violation of our borders,”")
        #expect(found[0].text == "We will not accept any violation of our borders,")
    }

    @Test func straightQuoteWithInvertedAttribution() throws {
        let text = "\"The talks were productive and we expect more progress next week,\" said Maria Zakharova, the Russian Foreign Ministry spokeswoman."
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Maria Zakharova")
        #expect(found[0].start == 0 && slice(text, found[0]).hasSuffix("week,\""))
    }

    @Test func nestedSingleQuoteIsATermOfTheOuterSpeaker() throws {
        let text = "Minister Ana Silva said, “The people chose ‘peace first’ and we will honour that choice today.”"
        let found = quotes(text)
        #expect(found.map(\.kind) == [.direct, .term])
        #expect(found[1].text == "peace first")
        #expect(found.allSatisfy { $0.speaker == "Ana Silva" })
    }

    @Test func quotationInterruptedByItsAttribution() throws {
        let text = "“This is a dangerous moment for the region,” Prime Minister Keir Starmer said, “and we must act together to prevent a wider war.”"
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Keir Starmer" && found[0].parts.count == 2)
        #expect(found[0].text.hasSuffix("region, and we must act together to prevent a wider war."))
    }

    @Test func quotationOverSeveralSentences() throws {
        let text = "Police chief Adam Brown told reporters: “We have arrested three suspects. The investigation is continuing. We ask the public to stay calm.”"
        let found = quotes(text)
        try #require(found.count == 1)
        #expect(found[0].kind == .direct && found[0].speaker == "Adam Brown" && found[0].cue == "told")
        #expect(found[0].text.hasSuffix("stay calm."))
    }

    @Test func multiParagraphConventionSharesTheSpeaker() throws {
        let text = """
            The agency’s director, Jane Goodall, gave a long statement on Tuesday.

            “The figures show a worrying trend across the country. Hospitals are under pressure.

            “We are asking every resident to take the vaccine before the winter begins,” she said.

            Critics said the campaign came too late.
            """
        let direct = quotes(text, .direct)
        try #require(direct.count == 1)
        #expect(direct[0].speaker == "Jane Goodall")
        // One quotation in two pieces; the first stops at the end of its paragraph, without a closing mark.
        let first = try #require(direct[0].parts.first)
        #expect(slice(text, first).hasSuffix("under pressure."))
        let indirect = quotes(text, .indirect)
        #expect(indirect.count == 1 && indirect[0].speaker == "critics" && indirect[0].text == "the campaign came too late")
    }

    @Test func statementIntroducedByAColonInTheFollowingParagraph() throws {
        let text = """
            The Foreign Ministry of Japan issued the following statement:

            “Japan strongly condemns the missile launch and calls on all parties to show restraint.”
            """
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Foreign Ministry of Japan")
    }

    @Test func openingMarkNeverClosedStopsAtItsParagraph() throws {
        let text = """
            Mayor Linda Park said: “The bridge will reopen next month after the repairs are finished
            The council voted on Tuesday to approve the budget. Officials said the vote was close.
            """
        let direct = quotes(text, .direct)
        try #require(direct.count == 1)
        #expect(direct[0].speaker == "Linda Park")
        #expect(slice(text, direct[0]).hasSuffix("are finished"))
        let indirect = quotes(text, .indirect)
        #expect(indirect.count == 1 && indirect[0].text == "the vote was close")
    }

    @Test func accordingToBeforeAndAfterTheClause() throws {
        let text = """
            According to the World Health Organization, the outbreak has killed more than 200 people in the region.
            The ceasefire will take effect at midnight, according to Egyptian mediators.
            """
        let found = quotes(text, .indirect)
        try #require(found.count == 2)
        #expect(found[0].speaker == "World Health Organization" && found[0].cue == "according to")
        #expect(found[0].text == "the outbreak has killed more than 200 people in the region")
        #expect(found[1].text == "The ceasefire will take effect at midnight")
    }

    @Test func saidThatAndPronounAdded() throws {
        let text = "German Chancellor Olaf Scholz said that Europe must increase its defence spending. He added that Germany would meet the NATO target this year."
        let found = quotes(text, .indirect)
        #expect(found.map(\.text) == ["Europe must increase its defence spending", "Germany would meet the NATO target this year"])
        #expect(found.allSatisfy { $0.speaker == "Olaf Scholz" })
        #expect(found.map(\.cue) == ["said", "added"])
    }

    @Test func directiveAndZeroThatClauses() throws {
        let text = "The United Nations urged both sides to exercise restraint, stressing the risk of escalation. Spokesman Farhan Haq said the convoy had reached the city."
        let found = quotes(text, .indirect)
        #expect(found.map(\.text) == ["to exercise restraint", "the convoy had reached the city"])
        #expect(found.map(\.speaker) == ["United Nations", "Farhan Haq"])
    }

    @Test func roleNounsResolveToTheEarlierSpeaker() throws {
        let text = """
            India’s Ministry of External Affairs criticised the decision. The ministry said the move was unilateral and unacceptable.
            White House press secretary Karine Jean-Pierre was asked about the strikes. “We are monitoring the situation closely,” she added.
            """
        let found = quotes(text)
        try #require(found.count == 3)
        #expect(found[0].kind == .indirect && found[0].speaker == "India Ministry of External Affairs")
        // The question put to her is reported too, with no speaker of its own.
        #expect(found[1].kind == .indirect && found[1].text == "the strikes" && found[1].speaker == nil)
        #expect(found[2].kind == .direct && found[2].speaker == "Karine Jean-Pierre")
    }

    @Test func scareQuotesAreTerms() throws {
        let text = "Officials described the raid as “precise” and said it hit “terrorist hideouts” near the border."
        let terms = quotes(text, .term)
        #expect(terms.map(\.text) == ["precise", "terrorist hideouts"])
        #expect(quotes(text, .direct).isEmpty)
    }

    @Test func titlesBooksAndOperationsAreNotSpeech() throws {
        let text = "The minister recommended the book “A Short History of Nearly Everything” to students. The army launched Operation “Swift Retort” at dawn. The film “Oppenheimer” won seven awards."
        let found = quotes(text)
        try #require(found.count == 3)
        #expect(found.allSatisfy { $0.kind == .term && $0.speaker == nil })
    }

    @Test func apostrophesAreNotClosingMarks() throws {
        let text = "Iran’s foreign minister visited the Pakistanis’ border posts, and the soldiers’ families met him. ‘Nobody expected this,’ one officer said. Critics called it a ‘provocation.’"
        let found = quotes(text)
        try #require(found.count == 2)
        #expect(found[0].text == "Nobody expected this," && found[0].kind == .direct && found[0].speaker == "unnamed officer")
        #expect(found[1].text == "provocation." && found[1].kind == .term && found[1].speaker == "critics")
        #expect(!found.contains { $0.text.contains("Pakistanis") || $0.text.contains("s border") })
    }

    @Test func speechActWithoutClauseIsNotReportedSpeech() throws {
        let text = "Pakistan strongly condemned the strike. China expressed concern over the escalation and urged restraint. Experts believe that the crisis will pass."
        #expect(quotes(text).isEmpty)
    }

    @Test func countriesAndCapitalsSpeakAsStates() throws {
        let text = "Tehran indicated that it was ready to lower the tensions."
        let found = quotes(text, .indirect)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Iran" && found[0].speakerKind == .organisation)
    }

    @Test func mentionsCarryRolesAndKinds() throws {
        let text = "UN Spokesperson Stéphane Dujarric met officials of the European Union in Geneva and Pakistan’s Ministry of Foreign Affairs (MoFA)."
        let mentions = QuotationExtractor.analyze(text).mentions
        let person = mentions.first { $0.kind == .person }
        #expect(person?.name == "Stéphane Dujarric" && person?.role == "UN Spokesperson")
        #expect(person?.surface == "UN Spokesperson Stéphane Dujarric")
        #expect(mentions.contains { $0.kind == .organisation && $0.name == "European Union" })
        #expect(mentions.contains { $0.kind == .place && $0.name == "Geneva" })
        #expect(mentions.contains { $0.kind == .organisation && $0.name == "Pakistan Ministry of Foreign Affairs" })
    }

    @Test func offsetsCountUnicodeScalars() throws {
        let text = "Café owners 👩‍🍳 said: “Prices will rise again next month because of the drought.”"
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        #expect(slice(text, found[0]).hasPrefix("“Prices"))
        #expect(slice(text, found[0]).hasSuffix("drought.”"))
    }

    @Test func straightMarksWithApostrophesAndAdjacentQuote() throws {
        let text = "\"It's not over,\" Khan said. \"We'll be back, and we'll be stronger.\""
        let found = quotes(text, .direct)
        // Apostrophes do not end the quotation; the attribution between the two pieces joins them.
        try #require(found.count == 1)
        #expect(found[0].text == "It's not over, We'll be back, and we'll be stronger." && found[0].speaker == "Khan" && found[0].cue == "said")
        #expect(found[0].pieces.map { slice(text, $0) } == ["\"It's not over,\"", "\"We'll be back, and we'll be stronger.\""])
    }

    @Test func unnamedSpeakersAfterTheQuotation() throws {
        let text = "‘I have never seen anything like it,’ said one firefighter. “Why now?” asked Senator Mark Warner."
        let found = quotes(text, .direct)
        try #require(found.count == 2)
        #expect(found[0].speaker == "unnamed firefighter")
        #expect(found[1].speaker == "Mark Warner" && found[1].cue == "asked")
    }

    @Test func anAgeDescribesTheSpeakerAfterAnInvertedCue() throws {
        let text = "“The river rose faster than last spring,” said the 61-year-old. “We moved the sheep at dawn.”"
        let found = quotes(text, .direct)
        // The age is the speaker's description, and the quotation after the attribution continues it.
        try #require(found.count == 1)
        #expect(found[0].speaker == "61-year-old" && found[0].cue == "said")
        #expect(found[0].text == "The river rose faster than last spring, We moved the sheep at dawn.")
    }

    @Test func datelineAndTrailingAttribution() throws {
        let text = "PORTO ALEGRE, Brazil — At least 56 people have died after torrential rains, officials said on Friday."
        let found = quotes(text, .indirect)
        try #require(found.count == 1)
        #expect(found[0].text == "At least 56 people have died after torrential rains")
        #expect(found[0].speaker == "officials")
    }

    @Test func aDatelineEndsAtEveryKindOfDash() throws {
        for dash in ["-", "–", "—", "―"] {
            let text = "HARBOURTON, Elland \(dash) Three bridges were closed after the storm, officials said on Friday."
            let found = quotes(text, .indirect)
            try #require(found.count == 1, "\(dash)")
            #expect(found[0].text == "Three bridges were closed after the storm", "\(dash)")
        }
    }

    @Test func impersonalPassiveHasNoSpeakerOfItsOwn() {
        let text = "“We will rebuild,” Mayor Ana Lopez said. It was reported that the minister had resigned."
        #expect(quotes(text, .indirect).isEmpty)
    }

    @Test func statementsOfNamedBodies() throws {
        let text = """
            LISBON (Harbour Wire) - Portugal's foreign ministry on Friday called the tariffs "unlawful". The Fed's statement said risks to its targets "have grown more even."
            """
        let found = quotes(text)
        let term = try #require(found.first { $0.kind == .term })
        #expect(term.text == "unlawful" && term.speaker == "Portugal's foreign ministry")
        #expect(found.contains { $0.kind == .indirect && $0.speaker == "Fed" && $0.text.hasPrefix("risks to its targets") })
    }

    @Test func relativeClausesAndNonSourceAccordingTo() throws {
        let text = """
            According to the law, the president must sign the bill within ten days.
            Police arrested a man who said he had planted the bomb.
            The minister, who said last week that talks had stalled, resigned on Monday.
            Everything went according to plan, the coach said.
            """
        let found = quotes(text, .indirect)
        try #require(found.count == 3)
        // An unnamed antecedent speaks with its words and no name.
        #expect(found[0].text == "he had planted the bomb" && found[0].speaker == nil && found[0].asWritten == "a man")
        #expect(found[1].text == "talks had stalled" && found[1].speaker == "minister")
        #expect(found[2].text == "Everything went according to plan" && found[2].speaker == "coach")
    }

    @Test func rolePhrasesAndPhrasalCues() throws {
        let text = "Secretary of State Antony Blinken said the United States was “deeply concerned” about the reports. The governor pointed out that the budget was spent. Authorities told residents to evacuate immediately."
        let analysis = QuotationExtractor.analyze(text)
        let person = try #require(analysis.mentions.first { $0.kind == .person })
        #expect(person.name == "Antony Blinken" && person.role == "Secretary of State")
        let indirect = analysis.quotations.filter { $0.kind == .indirect }
        try #require(indirect.count == 3)
        #expect(indirect[0].speaker == "Antony Blinken")
        #expect(indirect[1].cue == "pointed out" && indirect[1].text == "the budget was spent")
        #expect(indirect[2].text == "to evacuate immediately" && indirect[2].speaker == "authorities")
        #expect(analysis.quotations.contains { $0.kind == .term && $0.speaker == "Antony Blinken" })
    }

    @Test func attributionInTheMiddleOfTheSentence() throws {
        let text = "The decision, the court said, was final and could not be appealed. The ceasefire, which took effect on Sunday, has largely held."
        let found = quotes(text, .indirect)
        try #require(found.count == 1)
        #expect(found[0].text == "The decision, the court said, was final and could not be appealed")
        #expect(found[0].speaker == "court")
    }

    @Test func pluralPossessiveInsideSingleQuotes() throws {
        let text = "‘The workers’ union has rejected the offer,’ said spokeswoman Ana Ruiz."
        let found = quotes(text)
        try #require(found.count == 1)
        #expect(found[0].kind == .direct && found[0].text == "The workers’ union has rejected the offer,")
        #expect(found[0].speaker == "Ana Ruiz")
    }

    @Test func quotationParagraphAfterAnAttributedOne() throws {
        let text = """
            “We have done everything we could,” the mayor, Karen Bass, said at a news conference.

            “The fire moved faster than anyone expected.”
            """
        // The paragraph goes on with the quotation the attribution interrupted: one quotation in two parts.
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Karen Bass" && found[0].parts.count == 2)
        #expect(found[0].text.hasSuffix("we could, The fire moved faster than anyone expected."))
    }

    @Test func transcriptColonAndAccordingToAfterAQuotation() throws {
        let text = "“We will win this war,” according to a statement from the army. Kirby: “We are concerned about the escalation in the region.”"
        let found = quotes(text, .direct)
        try #require(found.count == 2)
        #expect(found[0].speaker == "army" && found[0].cue == "according to")
        #expect(found[1].speaker == "Kirby")
    }

    @Test func pronounsSkipPersonsOfTheOtherGender() throws {
        let text = "Spokeswoman Jane Doe met Mr. Ali Sabry in Colombo. “We agreed on a roadmap,” she said. “It was a good day,” he added."
        let found = quotes(text, .direct)
        try #require(found.count == 2)
        #expect(found[0].speaker == "Jane Doe")
        #expect(found[1].speaker == "Ali Sabry")
    }

    @Test func wireStoryLead() throws {
        let text = """
            PORT ELDER/NORTHWICK, June 3 (Harbour Wire) - Eldermark and Norland agreed to reopen the strait on Sunday after six days of talks, Eldermark Prime Minister Jo Hale announced, a step praised by shipping firms.

            Norland said 21 ships had been held, while Eldermark put the number at 12.
            """
        let found = quotes(text, .indirect)
        try #require(found.count == 2)
        #expect(found[0].text == "Eldermark and Norland agreed to reopen the strait on Sunday after six days of talks")
        #expect(found[0].speaker == "Jo Hale" && found[0].cue == "announced")
        #expect(found[1].text == "21 ships had been held" && found[1].speaker == "Norland")
    }

    @Test func nameParticlesAndParticipleSubjects() throws {
        let text = """
            European Commission President Ursula von der Leyen says the bloc is ready to impose new sanctions.
            Hungary's Prime Minister Viktor Orbán, however, has threatened to veto the measures, calling them "suicidal" for Europe.
            """
        let found = quotes(text)
        try #require(found.count == 2)
        #expect(found[0].kind == .indirect && found[0].speaker == "Ursula von der Leyen")
        #expect(found[1].kind == .term && found[1].speaker == "Viktor Orbán" && found[1].cue == "calling")
    }

    @Test func cueWordsUsedOtherwiseAreNotSpeech() {
        let text = """
            The state has invested heavily in roads. Insurance claims rose sharply after the storm.
            Reports of looting emerged on Tuesday. Calls for calm went unheeded. The film tells the story of a soldier.
            The study found that most voters were undecided. He added sugar to the tea. She noted the time and left.
            The army claimed the lives of dozens. Officials warned of more rain. The minister stressed the importance of unity.
            Voters said goodbye to the old system. She told the story to her children.
            """
        #expect(quotes(text).isEmpty)
    }
}
