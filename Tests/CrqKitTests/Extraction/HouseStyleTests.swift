@testable import Annotation
@testable import CorpusModel
@testable import QueryLanguage
@testable import Rendering
@testable import Shell
import Testing
@testable import TextAnalysis

/// Quotation marks of every house style, and quotations interrupted by their attribution
/// (sentences written for these tests).
struct HouseStyleTests {
    private func slice(_ text: String, _ range: Range<Int>) -> String { Fixtures.slice(text, range) }

    @Test func interruptedQuotationIsOneQuotationInTwoParts() throws {
        let text = "“The bridge will reopen in May,” the mayor, Lena Ortiz, said, “and the tolls will stay as they are.” The council agreed."
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Lena Ortiz")
        #expect(found[0].parts.count == 2)
        #expect(found[0].parts.map { slice(text, $0) } == ["“The bridge will reopen in May,”", "“and the tolls will stay as they are.”"])
        #expect(found[0].text == "The bridge will reopen in May, and the tolls will stay as they are.")
        #expect(found[0].start == 0 && slice(text, found[0].start..<found[0].end).hasSuffix("as they are.”"))
    }

    /// A short quotation signed by a pronoun that fits no one is still speech, in the pronoun's words,
    /// and joins its second piece; a short phrase in marks with no attribution stays a term.
    @Test func aShortQuotationSignedByAPronounThatFitsNoOneIsSpeech() throws {
        let text = "The count ran late. “We won,” she said. “Tell the others.” The hall emptied, “slowly” and in silence."
        let found = quotes(text)
        try #require(found.count == 2)
        #expect(found[0].kind == .direct && found[0].speaker == nil && found[0].asWritten == "she")
        #expect(found[0].text == "We won, Tell the others.")
        #expect(found[1].kind == .term && found[1].text == "slowly")
    }

    @Test func attributionBetweenTwoSentencesJoinsThem() throws {
        let text = "\"We lost the vote,\" Tom Reyes said. \"But the fight is not over, and we will be back next year.\""
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        #expect(found[0].parts.count == 2 && found[0].speaker == "Tom Reyes")
    }

    @Test func aSecondSpeakerKeepsTheQuotationsApart() throws {
        let text = "“Prices will fall by the summer,” Ann Lee said. “They will not fall at all,” Bob Hart replied."
        let found = quotes(text, .direct)
        try #require(found.count == 2)
        #expect(found.map(\.speaker) == ["Ann Lee", "Bob Hart"])
        #expect(found.allSatisfy { $0.parts.isEmpty })
    }

    @Test func aNewCueBeforeTheSecondPieceStartsAnotherQuotation() throws {
        let text = "Mara Quinn stated, “The audit found no fraud in the count,” adding, “We will publish every page of it.”"
        #expect(quotes(text, .direct).count == 2)
    }

    @Test func aSentenceWithItsOwnSubjectAndVerbQuotesAnotherPiece() throws {
        let text = "“It is the right thing to do for the farmers,” Jo Hale said. She called the plan a “good story in a bad year.”"
        let found = quotes(text)
        try #require(found.count == 2)
        #expect(found.allSatisfy { $0.parts.isEmpty && $0.speaker == "Jo Hale" })
    }

    @Test func doubledApostrophesAreDoubleMarks() throws {
        let text = "''We expect a close race in every county,'' said Carla Mendes, a pollster in the state. ''Nobody is safe.''"
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Carla Mendes")
        #expect(found[0].parts.map { slice(text, $0) } == ["''We expect a close race in every county,''", "''Nobody is safe.''"])
    }

    @Test func backquotesOpenAndApostrophesClose() throws {
        let text = "``Nobody saw the flood coming so fast,'' the coach, Dan Wills, said after the game."
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Dan Wills" && found[0].text == "Nobody saw the flood coming so fast,")
    }

    @Test func singleThenDoubleClosingMarkEndsTheQuotation() throws {
        let text = "\"He told me 'the plan is dead,' \" said Paul Grant, the treasurer. The board meets again on Friday."
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Paul Grant")
        #expect(slice(text, found[0].start..<found[0].end) == "\"He told me 'the plan is dead,' \"")
    }

    @Test func lowAndHighDoubleMarks() throws {
        let text = "„The border stays open for every traveller,“ said Hanna Weber, the interior minister."
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Hanna Weber" && found[0].text == "The border stays open for every traveller,")
    }

    @Test func openingMarkUsedToCloseAfterAWord() throws {
        let text = "The senator called the plan “reckless“ and left the room without another word."
        let found = quotes(text)
        try #require(found.count == 1)
        #expect(found[0].kind == .term && found[0].text == "reckless")
    }

    @Test func singleMarksAsPrimaryMarks() throws {
        let text = "'We will appeal the ruling as soon as the court opens,' said Rita Moss, the union's lawyer."
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Rita Moss")
    }

    @Test func aLongAttributionSentenceStillJoinsTheNextPiece() throws {
        let text = """
            "The dam held," said Ruth Okafor, who wrote about the flood in her diary. "Nobody in the valley expected that."
            """
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        #expect(found[0].parts.map { slice(text, $0) } == ["\"The dam held,\"", "\"Nobody in the valley expected that.\""])
        let abbreviation = "“The roads are clear,” Dan Pike said in Salem, Ore. “The schools open tomorrow.”"
        #expect(quotes(abbreviation, .direct).first?.parts.count == 2)
    }

    @Test func aSentenceOfNarrationOrAQuotationInsideTheAttributionKeepsPiecesApart() throws {
        let narration = """
            “It comes and goes,” Tom Vale said, tapping his ear. His sister shook her head. “He never listens.”
            """
        #expect(quotes(narration, .direct).allSatisfy { $0.parts.isEmpty })
        let inside = """
            "It was a disgrace," said Lena Moss, who waited in a "long and slow line winding around the block" for hours.
            """
        let found = quotes(inside, .direct)
        #expect(found.first?.text == "It was a disgrace," && found.first?.parts.isEmpty == true)
    }

    @Test func aShortExclamationAfterACueIsSpeech() throws {
        let chant = "The crowd grew louder as the count went on. The fans chanted “Four more years!”"
        let found = quotes(chant)
        try #require(found.count == 1)
        #expect(found[0].kind == .direct)
        // Two short sentences in marks are speech, not a title in capitals.
        let two = "“Like Boston. Or Denver,” Ken Hale said. “The numbers are worse there.”"
        let joined = quotes(two, .direct)
        try #require(joined.count == 1)
        #expect(joined[0].parts.count == 2 && joined[0].speaker == "Ken Hale")
    }

    @Test func anArticlesTitleBeforeItsBylineIsATerm() throws {
        // A digest of other papers' stories: each title, set off by a comma before "by" and its author, names an article.
        let text = """
            HARBOR NEWS—“The old ferry terminal will become a museum next year,” by the Gazette’s Nora Quill: “The terminal, \
            closed since 2009, will open as a museum of the port, its owners said on Monday.”
            """
        let title = quotes(text).first { $0.text.hasPrefix("The old ferry terminal") }
        #expect(title?.kind == .term)
        #expect(quotes(text, .direct).contains { $0.text.hasPrefix("The terminal, closed since 2009") })
        // Without the comma, "by" goes on with the words themselves: a phrase quoted in a clause stays speech.
        let phrase = quotes("She said the mayor was “a woman who was chosen for these times” by God, and left.")
        #expect(phrase.contains { $0.text == "a woman who was chosen for these times" && $0.kind != .term })
    }

    @Test func aQuotationInSingleMarksRunsOverParagraphs() throws {
        // Single marks as the primary ones: a paragraph left open goes on in the next, which opens again.
        let text = """
            Flood Hits Harbour

            ‘The water rose faster than any of us expected,’ said Ada Brandt, the harbour master. ‘We moved the boats within the hour.

            ‘By nightfall the old pier was gone.’

            Islanders called the delay ‘a disgrace’.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Ada Brandt")
        #expect(found[0].text == "The water rose faster than any of us expected, We moved the boats within the hour. By nightfall the old pier was gone.")
        // A single mark left open with no paragraph opening again after it is no quotation.
        let open = quotes("‘We moved the boats within the hour, said Ada Brandt.\n\nThe pier was gone by nightfall.", .direct)
        #expect(open.isEmpty)
    }

    @Test func aShortNameInMarksAfterAPossessiveIsATitle() throws {
        // "the network's “Night Desk,”" names a show, even with a name and a cue after its comma.
        let show = quotes("On Tuesday, on the network’s “Night Desk,” Jo Hale said the ferry would run all winter.")
        #expect(show.contains { $0.text.hasPrefix("Night Desk") && $0.kind == .term })
        #expect(!show.contains { $0.text.hasPrefix("Night Desk") && $0.kind == .direct })
        // Without the possessive the same shape is a quotation and its speaker.
        let said = quotes("On Tuesday, at the harbour, “Night falls early,” Jo Hale said.", .direct)
        #expect(said.contains { $0.text.hasPrefix("Night falls early") && $0.speaker == "Jo Hale" })
    }

    @Test func aSloganWithItsYearInBracketsIsATerm() throws {
        // A campaign's posters listed with their years are slogans, not anyone's words in a report.
        let text = "The party's posters grew harsher: “No to the new toll!” (2009) and “Keep the harbour ours” (Valley League, 2013)."
        let found = quotes(text)
        #expect(found.count == 2 && found.allSatisfy { $0.kind == .term })
        // A bracket without a year after a quotation leaves it speech.
        let said = quotes("“We will keep the harbour open,” Jo Hale said (in Salem).", .direct)
        #expect(said.count == 1 && said[0].speaker == "Jo Hale")
    }

    @Test func aSubheadInSingleMarksIsATitle() throws {
        // In a story quoting in double marks, a short paragraph all in single marks (or one before a colon and a
        // headline's words) heads the section below it.
        let text = """
            “We will rebuild the pier by summer,” Jo Hale said. “The boats cannot wait.”

            'A harbour built to last.'

            The council met on Tuesday to vote on the plan. “It is a good plan,” Tom Reyes said.
            """
        let found = quotes(text)
        #expect(found.filter { $0.kind == .direct }.map(\.text) == ["We will rebuild the pier by summer, The boats cannot wait.", "It is a good plan,"])
        #expect(found.contains { $0.text.hasPrefix("A harbour built to last") && $0.kind == .term })
        let headline = quotes("'We are tired and we are angry': The fishermen wait.\n\n“It is a good plan,” Tom Reyes said. “We will vote for it,” he added.")
        #expect(headline.contains { $0.text.hasPrefix("We are tired and we are angry") && $0.kind == .term })
        // Where single marks are the story's own, the same paragraph is speech.
        let british = quotes("‘We will rebuild the pier by summer,’ Jo Hale said.\n\n‘A harbour built to last.’\n\nThe council met on Tuesday.")
        #expect(british.contains { $0.text.contains("A harbour built to last") && $0.kind == .direct })
    }

    @Test func aShortTitleInANounsPlaceIsATerm() throws {
        // After a preposition, an article or a possessive a capitalised word in marks names a show or a work,
        // even closing its sentence or before a verb.
        for text in ["The network released a trailer for the new season of “Harbor.” The fans were thrilled.",
                     "Mr. Hale is the first in his family to land a job on ''Sunrise.'' His sister writes for it.",
                     "In a memo, Jo Roe, the producer in charge of ''Sunrise,'' reminded her staff of the schedule."] {
            let found = quotes(text)
            #expect(found.count == 1 && found[0].kind == .term, "\(text)")
        }
        // A cry there is still said, and so is a word after a cue.
        #expect(quotes("It was not just the cries of “Shame!” from the back of the hall.", .direct).count == 1)
        #expect(quotes("Asked if the ferry would run, Jo Hale replied, “Absolutely.”", .direct).count == 1)
        #expect(quotes("Jo Hale had a promise for the crowd that “We will win.”", .direct).count == 1)
    }

    @Test func aShortQuotationInANamesAppositionIsPassedOver() throws {
        let text = "“We have had better fairs than this one,” Ohio delegate Ben Dale, wearing a straw hat and “Vote Roe” pins, said."
        let found = quotes(text, .direct)
        #expect(found.count == 1 && found[0].speaker == "Ben Dale")
        // Inverted, the place qualifying the role is not who speaks either.
        let inverted = quotes("“We have had better fairs than this one,” said Ohio delegate Ben Dale.", .direct)
        #expect(inverted.map(\.speaker) == ["Ben Dale"])
    }
}
