@testable import Annotation
@testable import CorpusModel
@testable import QueryLanguage
@testable import Rendering
@testable import Shell
import Testing
@testable import TextAnalysis

/// Reported speech as news writes it: headlines, inverted subjects and long
/// appositions (sentences written for these tests).
struct NewsCueTests {
    private func indirect(_ text: String) -> [Quotation] {
        QuotationExtractor.analyze(text).quotations.filter { $0.kind == .indirect }
    }

    @Test func chargedThatReportsAnAccusation() throws {
        // "charged that": speech, and the "he" it teaches is a man's; "charged with", "so … charged that": not speech.
        let text = """
            Asa Kerr criticized the mayor for the budget. He also charged that the port ignored the fishermen. \
            The debate was so politically charged that Jo Hale left the hall. Two men charged with fraud were freed. \
            Critics charge that the plan favors the builders.
            """
        let found = indirect(text)
        #expect(found.map(\.text) == ["the port ignored the fishermen", "the plan favors the builders"])
        #expect(found.map(\.speaker) == ["Asa Kerr", "critics"])
        // "Reed's charge that …": the noun with its owner reports too; "the charges that" alone does not.
        #expect(indirect("Jo Hale answered Reed's charge that she had hidden the audit.").map(\.speaker) == ["Reed"])
        #expect(indirect("The criminal charges that he faces were dropped on Monday.").isEmpty)
    }

    @Test func headlinesCapitaliseTheirCues() throws {
        let found = indirect("Mayor Lena Ortiz Says Bridge Will Reopen By Spring\n\nThe mayor spoke on Monday.")
        try #require(found.count == 1)
        #expect(found[0].text.hasPrefix("Bridge Will Reopen") && found[0].asWritten == "Mayor Lena Ortiz")
        #expect(found[0].speaker == "Lena Ortiz")
    }

    @Test func aHeadlinesWordsAfterAPersonAndAColonAreWhatThePersonSaid() throws {
        let found = indirect("Hale: Harbor Will Close By May.\n\nMayor Jo Hale spoke on Monday. “It is late,” Hale said.")
        try #require(found.count == 1)
        #expect(found[0].text == "Harbor Will Close By May" && found[0].speaker == "Jo Hale" && found[0].asWritten == "Hale")
        // The one of two people the given name tells; not after a label the article names no one by, words with a verb,
        // nor in a subhead further down.
        let given = indirect("Bill Roe: Pier Will Close By May.\n\nAnn Roe and her brother Bill Roe spoke on Monday.")
        #expect(given.first?.speaker == "Bill Roe")
        #expect(indirect("Harbor Notes: Pier Will Not Open In May.\n\nThe council met on Tuesday.").isEmpty)
        #expect(indirect("Reed Backs Hale: Pier Will Close By May.\n\nTom Reed met Mayor Jo Hale on Monday.").isEmpty)
        #expect(indirect("Harbor Vote Nears.\n\nMayor Jo Hale spoke on Monday.\n\nHale: Pier Will Close By May.\n\nShe did not say when.").isEmpty)
        // Nor the title of a profile: a noun phrase, its verb only in a relative clause; but a determiner opening a statement.
        #expect(indirect("Hale: A Life On The Docks\n\nMayor Jo Hale grew up in Dover.").isEmpty)
        #expect(indirect("Hale: The Mayor Who Would Not Quit\n\nMayor Jo Hale grew up in Dover.").isEmpty)
        #expect(indirect("Hale: The Pier Will Close By May\n\nMayor Jo Hale grew up in Dover.").first?.speaker == "Jo Hale")
        #expect(indirect("Hale: Our Party Lost Its Way\n\nMayor Jo Hale grew up in Dover.").first?.speaker == "Jo Hale")
    }

    @Test func aHeadlineSpeakerIsThePersonTheArticleNames() throws {
        let found = indirect("Governor Ortiz Says Roads Will Reopen By Spring\n\nGovernor Lena Ortiz spoke in Salem on Monday.")
        try #require(found.count == 1)
        #expect(found[0].speaker == "Lena Ortiz" && found[0].asWritten == "Governor Ortiz")
    }

    /// Title case capitalises an adverb between a headline's speaker and its cue; the article writes
    /// it in lower case, so it ends no name.
    @Test func aTitleCaseAdverbIsNoPartOfAHeadlineSpeaker() throws {
        let named = indirect("Ortiz Just Revealed The Date The Bridge Will Reopen\n\nMayor Lena Ortiz had just left the council meeting.")
        try #require(named.count == 1)
        #expect(named[0].speaker == "Lena Ortiz", "\(named.map(\.speaker))")
        let unnamed = indirect("Ortiz Finally Says The Bridge Will Reopen\n\nThe bridge was finally inspected on Monday.")
        try #require(unnamed.count == 1)
        #expect(unnamed[0].speaker == "Ortiz", "\(unnamed.map(\.speaker))")
    }

    /// A headline's last word ("Plan") is not the word before a quotation opening the story: that
    /// quotation is speech, as it would be after a sentence.
    @Test func aQuotationOpeningTheStoryAfterAHeadlineIsSpeech() throws {
        let found = QuotationExtractor.analyze("""
            Council Unveils Harbour Plan

            "We will never sell the docks to anyone," the harbour master said.
            """).quotations
        try #require(found.count == 1)
        #expect(found[0].kind == .direct)
        #expect(found[0].asWritten == "the harbour master")
    }

    @Test func aCapitalisedCueOutsideAHeadlineIsNotACue() {
        #expect(indirect("The Claims Office closed early on Friday because of the storm.").isEmpty)
    }

    @Test func anInvertedSubjectIsNotAReportedClause() throws {
        let text = "“We expect a close vote on Friday,” said Ann Pike, who chairs the panel."
        #expect(indirect(text).isEmpty)
        let direct = QuotationExtractor.analyze(text).quotations.filter { $0.kind == .direct }
        #expect(direct.count == 1 && direct.first?.speaker == "Ann Pike")
    }

    @Test func theSubjectBeforeALongApposition() throws {
        let found = indirect("Cory Dunn, 22, of Salem, Ore., said he had not given up on the race.")
        try #require(found.count == 1)
        #expect(found[0].speaker == "Cory Dunn" && found[0].text == "he had not given up on the race")
    }

    @Test func aWiseCrackOrAJeerBesideAQuotationIsACue() {
        func direct(_ text: String) -> [Quotation] { QuotationExtractor.analyze(text).quotations.filter { $0.kind == .direct } }
        // Right after the quotation's closing mark, before or after its speaker, or before a comma and the opening mark.
        #expect(direct("“The ferry is older than the captain,” Nell Varga cracked.").map(\.speaker) == ["Nell Varga"])
        #expect(direct("“Ask the gulls,” cracked Nell Varga, who runs the pier.").map(\.speaker) == ["Nell Varga"])
        #expect(direct("At the meeting Nell Varga cracked, “I am a sailor, but a sailor who likes to get home.”").map(\.speaker) == ["Nell Varga"])
        #expect(direct("Pol Esker rose to speak. “Go back to your boat!” the dockworkers jeered.").map(\.speaker) == ["dockworkers"])
        // The cue names the speaker where no name stands next to the marks (was the sentence's subject, or the name before).
        #expect(direct("Ada Quint steered past the patrol boat off Salem as her friends jeered, “Goodbye, sailors!”").map(\.speaker) == ["friends"])
        let aside = direct("Yet for all the talk that Quint is a dreamer - in their first debate, Pol Esker cracked, “I like a dreamer who gets the ferry running” - she has often been a careful mayor.")
        #expect(aside.map(\.speaker) == ["Pol Esker"] && aside.map(\.cue) == ["cracked"])
        #expect(direct("“Some plan,” Pol Esker sneered. “Some mayor,” Nell Varga mocked.").map(\.speaker) == ["Pol Esker", "Nell Varga"])
        #expect(direct("“Nobody reads the minutes,” Pol Esker taunted.").map(\.speaker) == ["Pol Esker"])
        // The -s forms too, as in a feature's present tense; but before a preposition such a form is a noun.
        #expect(direct("Pol Esker spoke first. “Goodbye, sailors!” the crowd jeers as Ada Quint steers past.").map(\.speaker) == ["crowd"])
        #expect(direct("“Some plan,” Pol Esker sneers. “Some mayor,” Nell Varga taunts.").map(\.speaker) == ["Pol Esker", "Nell Varga"])
        #expect(direct("Pol Esker spoke first. Nell Varga said the ferry was late. “Vote now!” jeers from the back drowned her out.").map(\.speaker)
                == ["Nell Varga"])
        // Elsewhere another verb: "cracked down", "cracked the case", "jeered the referee", "mocked his rival for …".
        #expect(indirect("Police cracked down on the market after Nell Varga said the stalls were illegal.").map(\.speaker) == ["Nell Varga"])
        #expect(QuotationExtractor.analyze("Detectives cracked the case in March. Fans jeered the referee, and Pol Esker mocked his rival for his “big ideas.”")
            .quotations.allSatisfy { $0.kind == .term || $0.speaker == nil })
    }

    @Test func aBragReportsAsABoastDoes() {
        let found = indirect("Nell Varga, who brags she has never missed a ferry, bragged that the pier would open on time.")
        #expect(found.map(\.text) == ["she has never missed a ferry", "the pier would open on time"])
        #expect(found.allSatisfy { $0.speaker == "Nell Varga" })
    }

}

extension NewsCueTests {
    /// A noun-like cue in -s after a prepositional phrase agrees with the head before it (sentences written for this test).
    @Test func aCueInSAfterAPrepositionalPhraseIsAVerb() throws {
        let found = indirect("Tom Doyle spoke on Monday. The letter to donors notes that money is short. The report states that rain is due.")
        #expect(found.map(\.text) == ["money is short", "rain is due"], "\(found.map(\.text))")
        #expect(found.first?.asWritten == "The letter to donors")
        // Not a noun after a determiner and an adjective: "the number of new states that joined".
        #expect(indirect("The number of new states that joined the pact grew.").isEmpty)
    }
}
