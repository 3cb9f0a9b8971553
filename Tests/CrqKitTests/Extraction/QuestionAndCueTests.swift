@testable import Annotation
@testable import CorpusModel
@testable import QueryLanguage
@testable import Rendering
@testable import Shell
import Testing
@testable import TextAnalysis

/// Questions, gerund clauses, clauses closing inside a quotation mark and attribution verbs
/// outside the speech lexicon (sentences written for these tests).
struct QuestionAndCueTests {
    @Test func anIndirectQuestionIsReported() throws {
        let found = quotes("The reporter Mia Lund asked the mayor whether the bridge would reopen in May.", .indirect)
        try #require(found.count == 1)
        #expect(found[0].text == "whether the bridge would reopen in May" && found[0].speaker == "Mia Lund")
    }

    @Test func aQuestionPutToTheSubjectHasNoSpeakerAndEndsAtTheComma() throws {
        let found = quotes("When asked about the new toll, Governor Ada Brandt said nothing at all.", .indirect)
        let question = try #require(found.first { $0.cue == "asked" })
        #expect(question.text == "the new toll" && question.speaker == nil)
        let passive = quotes("Ada Brandt was asked how the state would pay for the road.", .indirect)
        try #require(passive.count == 1)
        #expect(passive[0].text == "how the state would pay for the road" && passive[0].speaker == nil)
    }

    @Test func theOneWhoAsksByNameOrDescriptionIsTheSource() throws {
        let named = quotes("Asked by Nora Velde whether the ferry would run in winter, the mayor shook his head.", .indirect)
        let byName = try #require(named.first { $0.cue == "Asked" })
        #expect(byName.text == "whether the ferry would run in winter" && byName.speaker == "Nora Velde")
        let described = quotes("When asked by a radio host if the tunnel was safe, Ada Brandt said it was.", .indirect)
        let byRole = try #require(described.first { $0.cue == "asked" })
        #expect(byRole.text == "if the tunnel was safe" && byRole.speaker == nil && byRole.asWritten == "a radio host")
    }

    @Test func aQuestionBeforeAColonAndATopicAfterAPlaceOrTime() throws {
        // The question ends at its comma even when the answer is a quotation after a colon.
        let colon = quotes("Asked whether the ferry would run all winter, Ada Brandt replied: “Only if the ice allows it.”", .indirect)
        #expect(colon.map(\.text) == ["whether the ferry would run all winter"])
        let whom = quotes("When asked whom she would back, Ada Brandt smiled and said nothing.", .indirect)
        #expect(whom.contains { $0.text == "whom she would back" })
        let later = quotes("Asked at a hearing on Monday about the new toll, Ada Brandt said the state would pay.", .indirect)
        #expect(later.contains { $0.text == "the new toll" })
        // What is asked for ends before the narrator's next clause; a stranded "for" asks for nothing.
        let asked = quotes("A driver asked for a refund and Ada Brandt agreed.", .indirect)
        #expect(asked.map(\.text) == ["a refund"])
        #expect(quotes("They got bills they never asked for or simply forgot.", .indirect).isEmpty)
    }

    @Test func aGerundCanStartAReportedClause() throws {
        let found = quotes("Tom Ekdahl said widening the road would cost far too much.", .indirect)
        try #require(found.count == 1)
        #expect(found[0].text == "widening the road would cost far too much" && found[0].speaker == "Tom Ekdahl")
    }

    @Test func thatFarAfterTheCueStillStartsTheClause() throws {
        let found = quotes("Tom Ekdahl said in a long interview with the local radio station on Friday that the plan was dead.", .indirect)
        try #require(found.count == 1)
        #expect(found[0].text == "the plan was dead")
    }

    @Test func aClauseEndingInsideAClosingMarkIsReported() throws {
        let text = "The new budget was “a serious mistake for the city,” Tom Ekdahl said."
        let found = quotes(text, .indirect)
        try #require(found.count == 1)
        #expect(found[0].text.hasPrefix("The new budget was “a serious mistake") && found[0].speaker == "Tom Ekdahl")
        // After a cue's colon the quotation is direct speech, not part of a reported clause.
        #expect(quotes("Ekdahl had one answer: “We will not pay for it,” he said.", .indirect).isEmpty)
    }

    @Test func attributionVerbsOutsideTheLexicon() throws {
        let text = """
            Nora Vidal spoke to the council on Monday.

            “We have waited long enough for this bridge,” Vidal continued.

            “The money is there,” the letter from her office stressed, “and the work can start.”

            “Nobody wants another delay,” Vidal grumbled.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 3)
        #expect(found[0].speaker == "Nora Vidal" && found[0].cue == "continued")
        #expect(found[2].speaker == "Nora Vidal" && found[2].cue == "grumbled")
        // "continued" attributes a quotation but does not report a clause.
        #expect(quotes("The rain continued that the roads were closed for days.", .indirect).isEmpty)
    }

    @Test func aPersonsOfficeSpeaksAsAnOrganisation() throws {
        let found = quotes("Senator Ruth Oyelaran's office said the vote would be held on Tuesday.", .indirect)
        try #require(found.count == 1)
        // Named by its owner, as the text's other ways of writing it are (see OwnedBodyTests).
        #expect(found[0].speaker == "Ruth Oyelaran office" && found[0].speakerKind == .organisation)
        #expect(found[0].asWritten == "Senator Ruth Oyelaran's office")
    }

    @Test func aNounLikeCueBeforeARelativeThatIsANoun() throws {
        #expect(quotes("Turnout fell in the four states that voted on Tuesday, and in a state that borders them.", .indirect).isEmpty)
        #expect(quotes("At the mention of the toll she laughed and left the room early.", .indirect).isEmpty)
        let found = quotes("The court filing states that the company knew of the fault in 2019.", .indirect)
        try #require(found.count == 1)
        #expect(found[0].text == "the company knew of the fault in 2019")
        let claim = quotes("Nora Vidal's claim that the bridge was safe did not hold up.", .indirect)
        #expect(claim.count == 1 && claim.first?.text.hasPrefix("the bridge was safe") == true)
    }

    @Test func theNarratorsContrastEndsTheReportedClause() throws {
        let cases = [
            ("Nora Vidal said the budget was balanced, though she gave no figures.", "the budget was balanced"),
            ("Nora Vidal said the budget was balanced, but the council was not convinced.", "the budget was balanced"),
            ("Nora Vidal said the toll would rise by a third, compared with a tenth last year.", "the toll would rise by a third"),
            ("Nora Vidal said that she would vote for the plan but did not say when.", "she would vote for the plan"),
        ]
        for (text, clause) in cases {
            let found = quotes(text, .indirect)
            try #require(found.count == 1)
            #expect(found[0].text == clause)
        }
        // ", but that …" goes on reporting.
        let on = quotes("Nora Vidal said the budget was balanced, but that the council had doubts.", .indirect)
        #expect(on.first?.text == "the budget was balanced, but that the council had doubts")
    }
}
