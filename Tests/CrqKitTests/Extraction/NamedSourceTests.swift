@testable import Annotation
import Testing

/// Named sources a reader finds where news puts them: initials inside names, long appositions,
/// attribution after a question, a signature line after a dash, an inverted opening cue
/// (sentences written for these tests).
struct NamedSourceTests {
    @Test func aVerbPhraseBeforeTheCueIsNotItsSpeaker() throws {
        let text = "Greta Lind praised the new ferry, but went on to say, “The fares are far too high.”"
        let direct = try #require(quotes(text, .direct).first)
        #expect(direct.speaker == "Greta Lind")
        let fronted = "In addition to saying that the fares were too high, Greta Lind has asked for a second boat."
        let reported = try #require(quotes(fronted, .indirect).first { $0.text.hasPrefix("the fares") })
        #expect(reported.speaker == "Greta Lind")
    }

    /// An inverted attribution interrupting a clause, a name with unnamed people joined to it ("said Hale and others,"),
    /// is that name's: the clause goes on after it, not from the name.
    @Test func unnamedPeopleAfterAnInvertedNameLeaveItTheSpeaker() throws {
        let text = "Nell Hale chairs the harbour board.\n\nThe fight over the pier, said Hale and others, will decide the vote."
            + " The ferry fares, said Hale and other trustees, would rise in May."
        let found = quotes(text, .indirect)
        #expect(found.map(\.speaker) == ["Nell Hale", "Nell Hale"])
        #expect(found.map { $0.text.hasPrefix("The ") } == [true, true])
    }

    /// An auxiliary written as a surname after a given name ("Nora Will") names the person, not a title in capitals.
    @Test func anAuxiliaryAfterAGivenNameIsASurname() throws {
        let found = quotes("Harbor Radio contributor Nora Will renewed her feud with the mayor this week.\n\n“It is a farce,” Will wrote.")
        #expect(found.map(\.speaker) == ["Nora Will"])
    }

    /// A surname alone opening the sentence, before an adverb in -ly and the cue, is the person ("Hale openly admitted").
    @Test func anAdverbInLyBetweenASurnameAndItsCueIsNoPartOfTheName() throws {
        let found = quotes("The vote in Dunmore was close.\n\nHale openly admitted that his pick was political. “It was about the primary,” he said.")
        #expect(found.map(\.speaker) == ["Hale", "Hale"])
    }

    /// A pope's or a monarch's one name ("Pope Francis", "King Olaf") is not the given name or the surname of someone
    /// else named in full in the same story.
    @Test func aPopesOrMonarchsOneNameIsNoOneElsesInTheStory() throws {
        let found = quotes("Francis Ode Marr said the pier was old. Pope Francis said the poor must be fed. Tom Olaf said no. King Olaf said the fleet was ready.")
        #expect(found.map(\.speaker) == ["Francis Ode Marr", "Francis", "Tom Olaf", "Olaf"])
    }

    /// A noun in -ly after a surname ("Hale family said") is part of the speaker, not an adverb before the cue.
    @Test func aNounInLyAfterASurnameIsNoAdverb() throws {
        let found = quotes("The vote in Dunmore was close.\n\nHale family said the pick was political.")
        #expect(found.map { $0.speaker?.lowercased() } == ["hale family"])
    }

    @Test func aMiddleInitialStaysInTheName() throws {
        let text = "“The harbour will reopen in spring,” said T. Morgan Price, the port director."
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        #expect(found[0].speaker == "T. Morgan Price")
        let mentions = QuotationExtractor.analyze("Ruth K. Alvarez chairs the water board.").mentions
        #expect(mentions.contains { $0.kind == .person && $0.name == "Ruth K. Alvarez" })
    }

    @Test func aDescriptionAfterALoneDashIsNotTheNameBeforeIt() throws {
        let text = """
            Ruth Vale ran the ferry line for a decade.

            Vale was a strict captain - a former deckhand said she checked every rope herself before a crossing - and her crew feared her.
            """
        let found = try #require(quotes(text, .indirect).first { $0.text.hasPrefix("she checked") })
        #expect(found.speaker != "Ruth Vale")
        #expect(found.asWritten == "a former deckhand")
    }

    @Test func aHeadlineInTitleCaseAfterANameAndAColonIsSpeech() throws {
        let text = """
            Walter Briggs: ‘The Senate Will Not Pass This Bill, Not Ever!’

            In a long interview on Tuesday, Sen. Walter Briggs said the bill had no chance.
            """
        let headline = try #require(quotes(text).first { $0.text.hasPrefix("The Senate Will") })
        #expect(headline.kind == .direct)
        #expect(headline.speaker == "Walter Briggs")
    }

    @Test func aHeadlineEndingInAFullStopNamesItsSpeakerAsTheArticleDoes() throws {
        // A headline in Title Case ending in a full stop has no names of its own: its words before the colon are
        // the person the article names with that surname.
        let text = """
            Briggs: ‘The Senate Will Not Pass This Bill.’

            In a long interview on Tuesday, Sen. Walter Briggs said the bill had no chance. “It is dead,” he said.
            """
        let headline = try #require(quotes(text).first { $0.text.hasPrefix("The Senate Will") })
        #expect(headline.kind == .direct)
        #expect(headline.speaker == "Walter Briggs" && headline.asWritten == "Briggs")
        // Not a label the article names no one by, nor the person a preposition brings in.
        let label = quotes("Harbor Notes: ‘The Pier Will Not Open In May.’\n\nThe council met on Tuesday. “It is late,” Walter Briggs said.")
        #expect(label.first?.kind == .term)
        let topic = quotes("Reed On Briggs: ‘He Will Not Pass This Bill.’\n\nTom Reed met Walter Briggs on Tuesday. “It is late,” Reed said.")
        #expect(topic.first?.speaker == nil)
    }

    @Test func aNameAfterADescriptionOfTheSpeakerNamesTheDescribedThing() throws {
        let text = "Ivo Brandt, the editor in chief of the city's weekly paper, Giorno Nuovo, said every mayor was a builder."
        let found = try #require(quotes(text, .indirect).first)
        #expect(found.speaker == "Ivo Brandt")
    }

    @Test func aQuotationParagraphAfterNameContinuedHerRemarks() throws {
        let text = """
            Marla Pennick continued her sharp remarks.

            “Nobody on the council has visited a pool in ten years.”
            """
        #expect(quotes(text, .direct).first?.speaker == "Marla Pennick")
    }

    @Test func anAbbreviatedStateInTheAppositionEndsNoSentence() throws {
        let text = """
            Twenty percent said the mayor did nothing wrong.

            ''I don't think the council has been honest with us,'' Walter Ames, 58, a retired bus driver in Dayton, Pa., said in a later interview.
            """
        let direct = try #require(quotes(text, .direct).first)
        #expect(direct.speaker == "Walter Ames")
        let company = "“We will hire again in May,” Lena Ortiz, the founder of Brightwater Inc., told reporters."
        #expect(quotes(company, .direct).first?.speaker == "Lena Ortiz")
    }

    @Test func anAsideBetweenDashesIsSkippedBackToTheSubject() throws {
        let text = """
            Port director Ivan Mols said the harbor would stay open.

            Council front-runner Dana Price - who once said she would “shut down” the depot - said at a Monday rally that the city should sell the land.

            Board chair Tom Elk — who has praised Ivan Mols for years — said on Friday that the vote was fair.
            """
        let found = quotes(text, .indirect)
        #expect(found.first { $0.text.hasPrefix("the city") }?.speaker == "Dana Price")
        #expect(found.first { $0.text.hasPrefix("the city") }?.asWritten == "Dana Price")
        #expect(found.first { $0.text.hasPrefix("the vote") }?.speaker == "Tom Elk")
        let described = "A former council candidate -- Jo Hale, who lost the 2012 race to Price -- said the land should stay public."
        #expect(quotes(described, .indirect).first?.speaker == "Jo Hale")
    }

    @Test func anAsideBetweenDashesAfterAnAppositionLeavesThePersonAsTheSpeaker() throws {
        let text = """
            Ruth Akers, a nurse with the charity Open Wards - which runs three field clinics near the border - said medicine was short.

            Omar Sele, who chairs the Delta Growers Union -- a group that lost half its members last year -- told the radio that prices had collapsed.
            """
        let found = quotes(text, .indirect)
        try #require(found.count == 2)
        #expect(found[0].speaker == "Ruth Akers")
        #expect(found[1].speaker == "Omar Sele")
    }

    @Test func aLongAppositionSitsBetweenTheQuotationAndItsCue() throws {
        let text = """
            “Nobody expected the levee to hold this long,” Colin Ames, an engineer who has studied the river \
            defences for the county planning office, said on Monday.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Colin Ames")
        let before = """
            Nadia Frost, a historian who has written four books about the canal towns and their trade for the Regional \
            Heritage Foundation, said, \
            “The old locks were built by hand.”
            """
        let second = quotes(before, .direct)
        try #require(second.count == 1)
        #expect(second[0].speaker == "Nadia Frost")
    }

    @Test func aPersonBeforeSeveralAppositionsIsTheSpeaker() throws {
        let text = """
            Paul Weir, editor of The Lantern, a weekly paper in the valley, wrote, “Every mill in town has closed.”
            """
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Paul Weir")
    }

    @Test func anAttributionAfterAQuestionMayRunOnWithAnAdverbial() throws {
        let text = """
            Greta Lund visited the depot.

            “Who will pay for the repairs?” Lund said to the crowd at the depot.

            “Is the depot safe?” Lund asked the mayor.

            “Why now?” Lund said. The manager did not answer.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 3)
        #expect(found.allSatisfy { $0.speaker == "Greta Lund" })
        // A new sentence with its own clause is not the quotation's attribution.
        let other = quotes("The hall was quiet. “Is this fair?” Ivo Marsh said the fee was too high.", .direct)
        #expect(other.allSatisfy { $0.speaker == nil })
    }

    @Test func aSignatureLineAfterADashNamesTheSpeaker() throws {
        let text = """
            “We built more bridges than any council before us.”

            — Helena Roos.

            The claim does not survive a look at the records.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Helena Roos")
    }

    @Test func aSignatureAfterADashOnTheQuotationsLineNamesTheSpeaker() throws {
        let text = """
            What riders told us about the new tram.
            “It is faster than the bus, but the stops are too far apart.” — Petra Vale
            “I wait longer for it than I ride it.”― Omar Lindqvist.
            “The seats are fine.” – Kasia Brandt, a student
            “We were promised a tram by 2020 — and here it is.”
            """
        let found = quotes(text, .direct)
        try #require(found.count == 4)
        #expect(found.map(\.speaker) == ["Petra Vale", "Omar Lindqvist", "Kasia Brandt", nil])
    }

    @Test func aSentenceMayOpenWithAnInvertedCue() throws {
        let text = "The square was full by noon. Said Oskar Lind, “I have never seen so many people here.”"
        let analysis = QuotationExtractor.analyze(text)
        let found = analysis.quotations.filter { $0.kind == .direct }
        try #require(found.count == 1)
        #expect(found[0].speaker == "Oskar Lind")
        #expect(!analysis.mentions.contains { $0.name.hasPrefix("Said") })
    }
}

/// Reported speech whose subject names no one, and genders the narration's pronouns tell
/// (sentences written for these tests).
struct UnresolvedSubjectTests {
    @Test func aPronounOrQuantifierWithNoAntecedentKeepsItsWords() throws {
        let text = "Some said the tunnel was unsafe. She says the bridge is worse."
        let found = QuotationExtractor.analyze(text).quotations.filter { $0.kind == .indirect }
        try #require(found.count == 2)
        #expect(found[0].speaker == nil && found[0].asWritten == "Some" && found[0].text == "the tunnel was unsafe")
        #expect(found[1].speaker == nil && found[1].asWritten == "She")
    }

    @Test func pronounsAfterANameTellItsGender() throws {
        let text = """
            Quinn Tarrant opened her office in March, and her staff grew fast. Morgan Ellery ran his shop \
            next door; his sales fell. Tarrant thanked her clients. Ellery closed his doors.

            “The street needs more foot traffic,” she said.
            """
        let found = QuotationExtractor.analyze(text).quotations.filter { $0.kind == .direct }
        try #require(found.count == 1)
        #expect(found[0].speaker == "Quinn Tarrant")
    }
}

/// Sources that introduce a quotation with a colon, follow it inverted with an uncommon verb or a
/// description, or are a document (sentences written for these tests).
struct IntroducedSourceTests {
    private func direct(_ text: String) -> [Quotation] {
        QuotationExtractor.analyze(text).quotations.filter { $0.kind == .direct }
    }

    @Test func aNameBeforeAColonAfterADashOrFromSpeaks() throws {
        let text = """
            Poll watchers disagree.

            WHY TURNOUT FELL IN THE NORTH - Maria Ostrova: “The drop in turnout was sharpest in towns where the mill closed.”

            What that means for the county - More from Ostrova: “Turnout in rural precincts tends to follow the local economy.”

            According to the Gazette: “The council voted to close the library on Tuesday after a long debate.”

            The river is low - Valley Pollster: “Most of the wells tested last year were within the limits set by the state.”

            The town met on Monday. Ferries will stop at noon: “Take the bridge instead, and allow an hour for it.”
            """
        let found = direct(text)
        try #require(found.count == 5)
        #expect(found[0].speaker == "Maria Ostrova")
        #expect(found[1].speaker == "Maria Ostrova" && found[1].asWritten == "Ostrova")
        #expect(found[2].speaker == "Gazette")
        #expect(found[3].speaker == "Valley Pollster")
        #expect(found[4].speaker == nil)
    }

    @Test func anInvertedPastCueBeforeTheColonOpensNoName() throws {
        let text = "The mayor spoke on the radio.\n\nStated Halvorsen: “We will not raise the fare this year, whatever happens.”"
        let found = direct(text)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Halvorsen")
    }

    @Test func theClauseTheColonEndsNamesTheSpeaker() throws {
        let text = """
            When the mayor suggested that the bridge would close, Dana Pruitt fired back sharply: \
            “If they close that bridge, they will lose every vote on the east side.”
            """
        let found = direct(text)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Dana Pruitt")
        let relative = """
            Soon after she spoke, Ray Okafor, who ran the mayor's first campaign, tweeted this: “She is wrong about the bridge.”
            """
        let second = direct(relative)
        try #require(second.count == 1)
        #expect(second[0].speaker == "Ray Okafor")
    }

    @Test func anInvertedUncommonVerbOrADescriptionFollowsTheQuotation() throws {
        let text = """
            The fair opened on Friday.

            “This is the best night of my life!” beamed Edgar Lomax of Fairview, who had driven six hours.

            “Bus drivers deserve a raise before anyone else does,” opined Ohio's Valley Courier in an editorial.

            “We built this road with our own hands,” said the man who paved it in 1970.
            """
        let found = direct(text)
        try #require(found.count == 3)
        #expect(found[0].speaker == "Edgar Lomax")
        #expect(found[1].speaker == "Valley Courier")
        #expect(found[2].speaker == "man")
    }

    @Test func describedSpeakersAfterTheQuotation() throws {
        let text = """
            “We may finally be seeing some wage growth,” the economist Jon Bernard, a former adviser in the state treasury, said.

            “The town is not safe for anyone at night,” tweeted a German user from Hanover.

            “There won’t be a path for the mayor to win,” said one of those advisers, who spoke on condition of anonymity.

            “He is selling his own brand of fiction,” the paper's editorial board wrote.

            The debate went on. Valley State University's Dana Brystrom agreed. “The board is running out of time.”

            Rain fell all day. “It was a long day,” Ted Marsh said, and then stressed the crew's patience with the delays.
            """
        let found = direct(text)
        try #require(found.count == 6)
        #expect(found.map(\.speaker) == ["Jon Bernard", "unnamed German user", "unnamed advisers", "paper's editorial board", "Dana Brystrom", "Ted Marsh"])
        #expect(found[1].asWritten == "a German user" && found[2].asWritten == "one of those advisers")
    }

    @Test func neitherADatelineNorAFrontedPhraseNamesTheSpeaker() throws {
        let text = """
            PORTLAND, Dec. 8 (UPI) — In response to the new toll plan, the mayor's closest aide rallied supporters, saying: \
            “We have to be ready to stop it.”

            After Mayor Ruth Ames criticized the plan during a debate, Ed Pell shot back, “I could have chosen to stay home.”

            ROUND-UP OF THE WEEK - Mara Quist and Tom Bell: “The survey found that turnout rose in every ward.”
            """
        let found = direct(text)
        try #require(found.count == 3)
        #expect(found.map(\.speaker) == [nil, "Ed Pell", "Mara Quist"])
    }

    @Test func aDescriptionBeforeTheCueAndANounBeforeAName() throws {
        let text = """
            The vote was close.

            “Yet another ward we would have won,” another supporter wrote on Reddit.

            “It was very nice,” the shipping tycoon told Reuters in Macau when asked if he had met her. “She was charming.”

            “Nothing has changed our view,” City Hall press secretary Jon Ernst told reporters.
            """
        let found = direct(text)
        try #require(found.count == 3)
        #expect(found.map(\.speaker) == ["unnamed supporter", "shipping tycoon", "Jon Ernst"])
        #expect(found[1].text.hasSuffix("She was charming."))
    }

    @Test func aDocumentKeepsItsWordsWithItsAuthor() throws {
        let text = """
            “We will refund every ticket,” the ferry company said on Monday.

            The statement said the company “regrets the delay to its customers and will refund every ticket.”
            """
        let found = direct(text)
        try #require(found.count == 2)
        #expect(found[1].speaker == found[0].speaker)
        #expect(found[1].asWritten == "The statement")
    }
}

/// The reported-speech quotations of `text`.
private func indirect(_ text: String) -> [Quotation] {
    QuotationExtractor.analyze(text).quotations.filter { $0.kind == .indirect }
}

/// "according to" any described source, and a question cue opening its sentence (sentences written
/// for these tests).
struct DescribedSourceTests {
    @Test func accordingToADescribedSource() throws {
        let found = indirect("The board met twice in private before the vote, according to people in the room.")
        try #require(found.count == 1)
        #expect(found[0].text == "The board met twice in private before the vote")
        #expect(found[0].asWritten == "people in the room")
        let second = indirect("According to one local newspaper, the plant will close; the owners have refused to comment.")
        try #require(second.count == 1)
        #expect(second[0].speaker == "one local newspaper")
        #expect(indirect("The trains ran on time, according to plan.").isEmpty)
    }

    /// "according to the city engineer, Jo Hale.": a person named in apposition after the description names the source;
    /// a relative clause after the description ("…, who asked not to be named") leaves the description, and a text's noun
    /// ("according to the report, Jo Hale.") does not take a name after it. Opening the sentence, an apposition in either
    /// order is part of the source phrase ("According to Jo Hale, the harbor commissioner, …").
    @Test func anAppositiveNameAfterADescribedSourceNamesIt() throws {
        let named = indirect("The pier is old. The pier is unsafe, according to the city engineer, Jo Hale.")
        #expect(named.map(\.speaker) == ["Jo Hale"] && named.map(\.text) == ["The pier is unsafe"])
        let who = indirect("The pier is old. The pier is unsafe, according to the city engineer, Jo Hale, who inspected it.")
        #expect(who.map(\.speaker) == ["Jo Hale"])
        let unnamed = indirect("The pier is old. The pier is unsafe, according to the city engineer, who asked not to be named.")
        #expect(unnamed.map(\.speaker) == ["city engineer"])
        let report = indirect("The pier is old. The pier is unsafe, according to the report, Jo Hale.")
        #expect(report.map(\.speaker) == ["report"])
        // Opening the sentence, in either order: the clause starts after the apposition (not after a noun that is no role).
        let opening = indirect("The pier is old. According to the city engineer, Jo Hale, the pier is unsafe.")
        #expect(opening.map(\.speaker) == ["Jo Hale"] && opening.map(\.text) == ["the pier is unsafe"], "\(opening.map { ($0.speaker, $0.text) })")
        let role = indirect("The pier is old. According to Jo Hale, the harbor commissioner, the levy is unfair.")
        #expect(role.map(\.speaker) == ["Jo Hale"] && role.map(\.text) == ["the levy is unfair"], "\(role.map { ($0.speaker, $0.text) })")
        let thing = indirect("The pier is old. According to Jo Hale, the pier, which is old, is unsafe.")
        #expect(thing.map(\.text) == ["the pier, which is old, is unsafe"])
        let subject = indirect("The pier is old. According to a harbor board summary, Jo Hale, a top aide, sent the memo before the vote.")
        #expect(subject.map(\.speaker) == ["harbor board summary"] && subject.map(\.text) == ["Jo Hale, a top aide, sent the memo before the vote"],
                "\(subject.map { ($0.speaker, $0.text) })")
    }

    @Test func aQuestionCueMayOpenTheSentence() throws {
        let found = indirect("Asked whether she would run again, the senator smiled and said nothing.")
        try #require(found.count == 1)
        #expect(found[0].text == "whether she would run again")
    }
}

/// Where a reported clause ends, and subjects after the clause that name no one in the lists
/// (sentences written for these tests).
struct ClauseBoundaryTests {
    @Test func theSubjectsNextActIsNotReported() throws {
        let found = indirect("Rosa Dunn said the depot was unsafe and criticized the council for waiting.")
        try #require(found.count == 1)
        #expect(found[0].text == "the depot was unsafe")
        let second = indirect("Lawyers for the city said they would miss the deadline, and requested another week.")
        try #require(second.count == 1)
        #expect(second[0].text == "they would miss the deadline")
    }

    @Test func aTrailingRelativeOrDashOrParticipleIsTheNarrators() throws {
        let found = indirect("Hugo Brandt said he would not stand beside the mayor, who has been weakened by the audit.")
        try #require(found.count == 1)
        #expect(found[0].text == "he would not stand beside the mayor")
        let dash = indirect("Ines Kola said she was “pleased” with the deal — a rare note of praise from the union.")
        try #require(dash.count == 1)
        #expect(dash[0].text == "she was “pleased” with the deal")
        let based = indirect("Otto Varga argued that voters should back him, based on polls that show him ahead.")
        try #require(based.count == 1)
        #expect(based[0].text == "voters should back him")
    }

    @Test func aSubjectAfterTheClauseThatNoListKnows() throws {
        let found = indirect("The ferry was also late on Friday, her neighbour said. The roads are a mess, Okafor said.")
        try #require(found.count == 2)
        #expect(found[0].speaker == "her neighbour")
        #expect(found[1].speaker == "Okafor")
    }
}

/// The object of an announcing or denying verb as the content of a statement (sentences written
/// for these tests).
struct StatementObjectTests {
    @Test func whatWasAnnouncedOrDenied() throws {
        let text = """
            The county board announced a new tax on empty offices last week. Carla Mendes denied any role in the sale. \
            The port was closed, and the mayor acknowledged the closure, saying that repairs would take a month.
            """
        let found = QuotationExtractor.analyze(text).quotations.filter { $0.kind == .indirect }
        #expect(found.contains { $0.text == "a new tax on empty offices last week" && $0.speaker == "county board" })
        #expect(found.contains { $0.text == "any role in the sale" && $0.speaker == "Carla Mendes" })
        // Two words before a comma are a topic, not a statement.
        #expect(!found.contains { $0.text == "the closure" })
    }

    @Test func whatWasRecalledOrExplained() throws {
        let text = "At the dock, Ada Lind recalled her years as a ferry pilot on the river. Jo Hale explained the reasons for the higher fares."
        let found = QuotationExtractor.analyze(text).quotations.filter { $0.kind == .indirect }.map(\.text)
        #expect(found == ["her years as a ferry pilot on the river", "the reasons for the higher fares"])
    }
}

/// A possessive opening its sentence is what the sentence is about (sentences written for this test).
struct PossessiveTopicTests {
    @Test func aPronounAfterAPossessiveTopic() throws {
        let text = """
            “The bill is a disgrace,” said Victor Hale.

            Dmitri Orlov's speech was aimed at his rivals, including, he said, “people who shout on television.”
            """
        let found = QuotationExtractor.analyze(text).quotations.filter { $0.kind == .direct }
        let last = try #require(found.last)
        #expect(last.speaker == "Dmitri Orlov")
    }
}

/// What stands between a subject and its cue or around its name without being a speaker: a time
/// phrase, a state abbreviated after a city, an outlet naming its writer; and the poll that answers
/// for its respondents (sentences written for these tests).
struct SubjectSurroundingsTests {
    @Test func aTimePhraseBeforeTheCueIsNotTheSpeaker() throws {
        let text = """
            Gregory Pike, the former mayor, now said the city had a duty to act. \
            Nora Quist, who backed the measure, last week said the vote was rigged. \
            Ida Rourke, the clerk, this past week announced that the count would be repeated. \
            Omar Bellamy on Tuesday said the bridge would reopen.
            """
        let found = indirect(text)
        #expect(found.map(\.speaker) == ["Gregory Pike", "Nora Quist", "Ida Rourke", "Omar Bellamy"])
    }

    @Test func aTimePhraseIsSteppedOverBeforeEveryKindOfSubject() throws {
        let text = """
            Some on Monday said the levy was unfair. \
            Others, however, last week argued that the levy was fair. \
            The crew held a meeting and on Friday said the pier was unsafe. \
            The inspectors, who on Friday said the dock was safe, left early.
            """
        let found = indirect(text)
        #expect(found.map(\.asWritten) == ["Some", "Others", "The crew", "The inspectors"])
        // The relative clause ends at its comma, not with the main clause's verb.
        #expect(found.last?.text == "the dock was safe")
    }

    @Test func haveContractedOntoAPluralPronounLeavesThePronoun() throws {
        let text = """
            The ferry workers met on Monday. They’ve said for months that the timetable is unsafe. \
            The crew voted twice. We've told the council that the pier must close, the crew wrote.
            """
        let found = indirect(text)
        try #require(found.count == 3)
        #expect(found[0].speaker == "ferry workers")
        #expect(found[0].asWritten == "They’ve")
        // The crew reports the whole clause; inside it the writer's "we" names no one; the contraction is never a name.
        #expect(found[1].speaker == "crew" && found[1].text == "We've told the council that the pier must close")
        #expect((found[2].speaker ?? "").isEmpty && found[2].asWritten == "We've")
    }

    @Test func aStateAbbreviatedAfterACityIsAPlace() throws {
        let text = """
            The day before, at a stop in Reno, Nev., Pia Hollander was just as sharp, claiming that the mayor wanted higher taxes. \
            At a rally in Dover, N.H., on Monday, Senator Mary Ellison endorsed the plan, saying that the bill would help farmers.
            """
        let found = indirect(text)
        #expect(found.map(\.speaker) == ["Pia Hollander", "Mary Ellison"])
        // Without its full stop the abbreviation is the word it also is.
        let words = QuotationExtractor.analyze("Mass protests followed the vote. Ill feeling lingered for weeks in Reno, Nev., and beyond.").mentions
        #expect(words.filter { $0.kind == .place }.map(\.name) == ["Reno", "Nev"])
    }

    @Test func anOutletNamingItsWriterIsNotTheSpeaker() throws {
        let found = indirect("The Daily Star columnist Ruth Mercer has been critical of the mayor but on Tuesday wrote that she agreed with him.")
        try #require(found.count == 1)
        #expect(found[0].speaker == "Ruth Mercer")
        // A verb between an organisation and a name keeps the organisation as the subject.
        let verb = indirect("The Greens see Pell as a rival, arguing that his plan is too costly.")
        #expect(verb.map(\.speaker) == ["Greens"])
    }

    @Test func aPollAnswersForItsRespondents() throws {
        let text = """
            According to a Gallup survey, 48 percent of respondents said they would back the levy. \
            A Harris poll in May showed that 61 percent of voters said the levy was too high. \
            Most Canadians say they prefer the old ferry, according to a Nordstar poll released Friday. \
            Undecided voters who say they will vote lean to the mayor, according to the poll.
            """
        let found = indirect(text)
        #expect(found.map(\.speaker) == ["Gallup survey", "Harris poll", "Nordstar poll", "Nordstar poll"])
        #expect(found.map(\.asWritten) == ["a Gallup survey", "A Harris poll", "a Nordstar poll", "the poll"])
        // A named person speaks for themself whatever poll the sentence cites.
        let named = indirect("According to a Gallup survey, Mayor Jo Tate said the levy was popular.")
        #expect(named.first { $0.text == "the levy was popular" }?.speaker == "Jo Tate")
    }
}

/// Who speaks when the text names no person before the cue, or no cue at all: a quantifier, a text
/// ("One tweet said", "The ad claims"), and the subject of the sentence before a lone quotation
/// (sentences written for these tests).
struct UnnamedAndNarratedSpeakerTests {
    @Test func aQuantifierOrATextBeforeTheCue() throws {
        let text = """
            The storm closed the port.

            Twitter filled with support. One tweet said: "Thinking of everyone in the harbour tonight."

            The ad claims "Ruth is the candidate you can trust."

            Others shouted, "Stop the cover-up!"
            """
        let found = QuotationExtractor.analyze(text).quotations.filter { $0.kind == .direct }
        try #require(found.count == 3)
        #expect(found.map(\.speaker) == ["one tweet", "ad", nil])
        #expect(found.map(\.asWritten) == ["One tweet", "The ad", "Others"])
    }

    @Test func aQuantifierAloneAfterTheCue() throws {
        let text = "Banners flew over the harbour parade on Monday, the Gazette reported. “Down with the toll! Varga is wrong,” read one."
        let found = try #require(QuotationExtractor.analyze(text).quotations.first { $0.kind == .direct })
        #expect(found.speaker == nil && found.asWritten == "one", "\(found.speaker ?? "-") \(found.asWritten ?? "-")")
    }

    @Test func aQuantifierAfterTheCueWithAnAppositionNamingThePerson() throws {
        // "said one, a teacher named Jo Hale": the person the apposition names, as for "said another, Ed Roe, a nurse".
        let text = "The ferry riders waited an hour in the rain. “The ferry is late again,” said one, a teacher named Jo Hale. "
            + "“The bus never comes,” said another, Ed Roe, a nurse.\n\nThe riders were angry. One of them, Kay Lund, said the fares were too high."
        let found = QuotationExtractor.analyze(text).quotations
        #expect(found.map(\.speaker) == ["Jo Hale", "Ed Roe", "Kay Lund"])
        #expect(found.first?.asWritten == "one, a teacher named Jo Hale")
    }

    @Test func aQuantifierWhoseDescriptionHasAClauseIsNoNamedPerson() throws {
        // "a fisherman who called Ivo Marsh a fool": the name is the one the fisherman called names, not the speaker's.
        let text = "The boats came in late. “The tide was early,” said another, a fisherman who called Ivo Marsh a fool."
        let found = try #require(QuotationExtractor.analyze(text).quotations.first)
        #expect(found.speaker == nil && found.asWritten == "another", "\(found.speaker ?? "-") \(found.asWritten ?? "-")")
    }

    @Test func aLoneQuotationAfterASentenceAboutItsSpeaker() throws {
        let text = """
            Clara Voss touted her record as a sponsor of the bill. "We need to support the workers who build this city."

            Mayor Ben Tolliver, who faces a recall vote, tweeted a warning.

            "Remember in November who voted against the budget."

            Ada Brandt won't go that far, but Leo Marsh wants a recount. "We will find every ballot."

            Ida Ruhl was elected in May. "It is an honour."
            """
        let found = QuotationExtractor.analyze(text).quotations.filter { $0.kind == .direct }
        try #require(found.count == 4)
        #expect(found.map(\.speaker) == ["Clara Voss", "Ben Tolliver", "Leo Marsh", nil])
    }

    @Test func aLoneQuotationAfterASentenceWhosePronounOrHadOpensIt() throws {
        let text = """
            "We will widen the bridge," Tomas Adler said at the depot.

            He then had a question for the drivers. "Who wants to wait another year?"

            Nadia Fell had a plan for the depot. "Buses first, cars second."

            And then she promised that she would stay in the race. "I am not going anywhere."

            He was cheered by the drivers. "Thank you all."
            """
        let found = QuotationExtractor.analyze(text).quotations.filter { $0.kind == .direct }
        try #require(found.count == 5)
        #expect(found.map(\.speaker) == ["Tomas Adler", "Tomas Adler", "Nadia Fell", "Nadia Fell", nil])
        #expect(found[1].asWritten == "He")
    }
}

/// A negated auxiliary or an opening participle clause stands between the subject and its cue, or
/// before the subject (sentences written for this test).
struct ParticipleAndNegationTests {
    @Test func theSubjectAfterAParticipleClauseOrBeforeANegation() throws {
        let text = """
            Turning to the harbour budget, Lena Ortiz rejected the audit, saying that the figures were sound. \
            Rep. Omar Voss of Ohio, the ranking member, wouldn't say Tuesday how the committee would vote.
            """
        let found = indirect(text)
        #expect(found.map(\.speaker) == ["Lena Ortiz", "Omar Voss"])
    }
}

/// A cue's noun inside an object is not the cue a coordinated verb shares its subject with
/// (sentences written for this test).
struct CoordinatedCueTests {
    @Test func aCoordinatedCueSkipsACueNounInTheObject() throws {
        let found = indirect("Mayor Ines Calder criticised Victor Hale over his call for a curfew and suggested that the council should vote again.")
        #expect(found.contains { $0.text.hasPrefix("the council") && $0.speaker == "Ines Calder" })
    }
}

/// A quotation that opens a clause whose attribution ends the sentence (sentences written for this test).
struct LaterAttributionTests {
    @Test func theAttributionEndingTheSentenceNamesTheSpeaker() throws {
        let text = """
            The count went on.

            "Most people would call that a defeat" if the mayor lost by ten points, said Dora Plath, an analyst at the Civic League.

            "To see so many seats change hands is rare" in a single night, the clerk Omar Fenn said.

            "We will win," Ada Kerr, a founder of the league, tells Radio Nord in an interview.
            """
        let found = QuotationExtractor.analyze(text).quotations.filter { $0.kind == .direct }
        try #require(found.count == 3)
        #expect(found[0].speaker == "Dora Plath")
        #expect(found[1].speaker == "Omar Fenn")
        #expect(found[2].speaker == "Ada Kerr")
    }
}

/// Surnames that are also role words ("King", "Prince", "Judge") after a title of courtesy or a
/// given name (sentences written for this test).
struct RoleWordSurnameTests {
    @Test func aRoleWordAfterMrOrAGivenNameIsASurname() throws {
        let text = """
            Matthew Prince runs the security firm, and Sarah Judge chairs its board.

            ''It is risky to hire them,'' Mr. Prince said.

            ''We will review the contract,'' Ms. Judge said on Monday.
            """
        let found = QuotationExtractor.analyze(text).quotations.filter { $0.kind == .direct }
        try #require(found.count == 2)
        #expect(found[0].speaker == "Matthew Prince" && found[0].asWritten == "Mr. Prince")
        #expect(found[1].speaker == "Sarah Judge")
        // An office after the title of courtesy is a form of address, not a name.
        let address = QuotationExtractor.analyze("Mr. Speaker, Mr. President and the members rose.").mentions
        #expect(!address.contains { $0.kind == .person })
    }
}

/// An uncommon verb after the name may carry a short adverbial (sentences written for this test).
struct UncommonVerbTests {
    @Test func anUncommonVerbAndAnAdverbialEndTheAttribution() throws {
        let text = """
            The vote on the plan failed, and Rita Vance was not surprised.

            "They would have chosen the only bill with support from both parties," Vance fumed on Tuesday.
            """
        let found = QuotationExtractor.analyze(text).quotations.filter { $0.kind == .direct }
        try #require(found.count == 1)
        #expect(found[0].speaker == "Rita Vance")
    }
}

/// A participle set off by dashes, and a description's words, stay with the sentence's subject
/// (sentences written for this test).
struct DashParticipleTests {
    @Test func aPerfectParticipleBetweenDashesSharesTheSubject() throws {
        let text = """
            Lena Holm opened the debate saying Ada Roe has the qualifications to be president -- having suggested in a speech \
            that she is unqualified -- but said she doubted her judgment.
            """
        let found = indirect(text)
        #expect(found.contains { $0.text == "she is unqualified" && $0.speaker == "Lena Holm" })
        #expect(found.contains { $0.text == "she doubted her judgment" && $0.speaker == "Lena Holm" })
        #expect(!found.contains { $0.asWritten == "the qualifications to be president" })
    }
}

/// A generation numeral ends a person's name and is not their surname (sentences written for this test).
struct GenerationNumeralTests {
    @Test func aGenerationNumeralIsPartOfTheNameNotItsSurname() throws {
        let text = """
            Harold Gage III chairs the board. Nora Vetter III runs the clinic.

            "Yes, I support the plan," Mr. Gage said.

            "We will not," Ms. Vetter said.
            """
        let found = QuotationExtractor.analyze(text).quotations.filter { $0.kind == .direct }
        try #require(found.count == 2)
        #expect(found.map(\.speaker) == ["Harold Gage", "Nora Vetter"])
    }
}

/// Who speaks when the words before the cue hold a second noun: a preposition's object or a
/// relative clause's object is not the speaker (sentences written for this test).
struct PostmodifiedSubjectTests {
    private func reported(_ text: String) throws -> Quotation {
        try #require(QuotationExtractor.analyze(text).quotations.first { $0.kind == .indirect })
    }

    @Test func theObjectOfAPrepositionOrRelativeClauseDoesNotSpeak() throws {
        let close = try reported("Mayor Ada Fenn opened the bridge. Aides close to Ada Fenn say the tolls will rise next year.")
        #expect(close.speaker != "Ada Fenn")
        let judges = try reported("The judges who ruled against Ada Fenn said the state had gone too far.")
        #expect(judges.speaker == "judges")
        #expect(judges.asWritten == "The judges who ruled against Ada Fenn")
        let those = try reported("Those who back her rivals say the ferry plan has hurt her.")
        #expect(those.asWritten == "Those who back her rivals")
    }

    @Test func theAntecedentOfAWhoBeforeTheCueSpeaks() throws {
        let unions = try reported("The levy angered farmers, shop owners and dock workers' unions who said the port had ignored them.")
        #expect(unions.speaker == "dock workers' unions")
        let some = try reported("The ferry plan drew rebukes from across the county, including some who warned it would close the harbour.")
        #expect(some.speaker == "some")
        let share = try reported("Most backed the levy, compared with four in 10 who said they preferred a toll.")
        #expect(share.speaker == "four in 10")
        // Not one spoken to, nor a place or "those".
        #expect(QuotationExtractor.analyze("The school lured buyers who were told they would get rich by spring.").quotations.first?.speaker == nil)
        let place = QuotationExtractor.analyze("Jo Hale, a nurse at the clinic in Salem who said she would strike, left early.").quotations.first
        #expect(place?.speaker != "Salem")
    }

    @Test func aNamedPersonOfAnOrganisationSpeaksAndASharesGroupStays() throws {
        let scholar = try reported("Pia Lund of Halden University said the figures were wrong.")
        #expect(scholar.speaker == "Pia Lund")
        let share = try reported("Some 26 percent of Democrats said the plan was fair.")
        #expect(share.speaker == "Democrats")
    }
}

/// A quotation introduced as someone's words or reply names its speaker in the opening phrase
/// (sentences written for this test).
struct OwnedWordsTests {
    private func speakers(_ text: String) -> [String?] {
        QuotationExtractor.analyze(text).quotations.filter { $0.kind == .direct }.map(\.speaker)
    }

    @Test func inSomeonesWordsOrReplyTheOwnerSpeaks() {
        #expect(speakers("Nils Berg runs the port. In Berg's words, “the cranes are older than I am.”") == ["Nils Berg"])
        #expect(speakers("In the words of the harbour master, Nils Berg, “we need new cranes before the winter storms arrive.”") == ["Nils Berg"])
        #expect(speakers("Nils Berg wrote to the board. Berg's answer was short: “Buy the cranes.”") == ["Nils Berg"])
        #expect(speakers("Nils Berg runs the port, which is, in Berg's own words, “a museum of rust and good intentions.”") == ["Nils Berg"])
    }

    /// "Hale's “whiplash” claim": a single scare-quoted word before a noun for words is a label, not Hale's words; a
    /// phrase of several words stays Hale's ("Hale's “a pier for every town” pledge").
    @Test func aScareQuotedWordBeforeAClaimIsNoQuotation() {
        #expect(speakers("The insurer rejected Nils Berg's “whiplash” claim.") == [])
        #expect(speakers("Ann Roe mocked Nils Berg's “a pier for every town” pledge.") == ["Nils Berg"])
    }

    @Test func aLoneQuotationAfterAFrontedAdjunctAndItsActingSubject() {
        let text = "Ferry Row.\n\nAfter the vote, Rep. Nils Berg (D-Maine), a member of the port board, tweeted a reply.\n\n“The cranes stay until the voters say otherwise, and they have not said so.”"
        #expect(speakers(text) == ["Nils Berg"])
    }

    @Test func anUnnamedSourceKeepsItsRelativeClauseAndItsObjectDoesNotSpeak() {
        #expect(speakers("“The vote was rigged from the start,” a clerk, who asked not to be named because the count is not final, said.")
            == ["unnamed clerk"])
        #expect(speakers("“The ledger was never audited,” said one clerk who worked for Petra Vance until last spring.") == ["unnamed clerk"])
        #expect(speakers("“Petra Vance tore up the ledger,” said one of three clerks who saw it but asked not to be named.") == ["unnamed clerks"])
    }

    @Test func anInvertedCueBetweenCommasNamesTheSpeakerAfterIt() {
        #expect(speakers("Nobody on the board wanted a fight. But, said Ilse Brandvold, “the money has already been spent.”") == ["Ilse Brandvold"])
        // A cue with an addressee keeps the sentence's subject.
        #expect(speakers("Ilse Brandvold praised the mayor, telling the Harbour Gazette, “He kept every promise.”") == ["Ilse Brandvold"])
    }

    @Test func aParticipleAfterTheChannelOrAddresseeSpeaksForTheSubject() throws {
        #expect(speakers("Ivo Marsh answered the question on Instagram writing, “Yes, I will. That was a poor choice of words.”") == ["Ivo Marsh"])
        let reported = try #require(QuotationExtractor.analyze("Ivo Marsh sent a note to the Gazette explaining that the toll road would close.")
            .quotations.first { $0.kind == .indirect })
        #expect(reported.speaker == "Ivo Marsh")
        // The author of a statement still speaks through it.
        #expect(speakers("The council released a statement from the Harbour Trust saying, “We will appeal.”") == ["Harbour Trust"])
    }

    @Test func uncommonVerbsAfterTheQuotationKeepTheirDescribedOrNamedSpeaker() {
        #expect(speakers("“Will the ferry ever run again?” a deckhand on the night shift wondered.") == ["unnamed deckhand"])
        #expect(speakers("“Give us the bridge!” the marchers cried out.") == ["marchers"])
        #expect(speakers("“Kai wants to look tough tonight,” Runa Østby shot back.") == ["Runa Østby"])
        #expect(speakers("""
            “Tolls are too high,” Runa Østby said at the pier. The crowd was quiet for a moment.

            “The ferry will run again in the spring, and the fares will fall,” she went on.
            """) == ["Runa Østby", "Runa Østby"])
        // A description with an auxiliary before a past participle is narration, not an attribution.
        #expect(speakers("Runa Østby asked about the ferry. “And who pays?” Her notes are redacted.") == ["Runa Østby"])
    }

    @Test func aDocumentWithADayOrAYearSpeaksAfterTheQuotation() {
        #expect(speakers("“The claim that the mill will reopen is speculative,” the ruling issued Monday said.") == ["ruling"])
        #expect(speakers("“Voters remember less than they think,” concluded a 2014 study in the journal Memory Today.") == ["unnamed 2014 study"])
    }

    @Test func aPersonNamedRightBeforeTheColonSpeaksWhenNoPersonIsTheSubject() {
        #expect(speakers("The rise in rents does not surprise housing economist Lena Bratt: “Wages in the valley have been flat for years.”")
            == ["Lena Bratt"])
        // Not a preposition's object, and not when a person is the subject.
        #expect(speakers("An angry post appeared overnight on the page of Lena Bratt: “We are coming for you.”") != ["Lena Bratt"])
        #expect(speakers("Anders Vik attacked housing economist Lena Bratt: “She has never rented a flat.”") == ["Anders Vik"])
    }

    @Test func aNameThenAnAdverbThenAParticipleSpeaks() {
        #expect(speakers("Fans jostled a Blue Wave marcher outside the arena, with Tobias Renn reportedly shouting: “Throw him out!”") == ["Tobias Renn"])
    }

    @Test func aDescribedNameWithAnUnlistedVerbSpeaks() {
        #expect(speakers("“The port will always be the port,” a furious Greta Kessler retaliated.") == ["Greta Kessler"])
    }

    @Test func aNameInParenthesesWithARelativeClauseSpeaks() {
        #expect(speakers("Few saw it coming (Jo Hale, who coined the phrase, once said, “It has happened many times before”).") == ["Jo Hale"])
    }

    @Test func theNameInTheAppositionSpeaksNotTheDescriptionsObject() throws {
        let text = "One pastor backing Mr. Vance, Tom Brandt of Grace Church in Dover, said he had called fifty other pastors."
        let reported = try #require(QuotationExtractor.analyze(text).quotations.first { $0.kind == .indirect })
        #expect(reported.speaker == "Tom Brandt")
        // A possessive apposition still leaves the head speaking.
        #expect(speakers("“We will appeal,” Jo Hale, Tom Brandt's lawyer, said.") == ["Jo Hale"])
    }

    @Test func aVerbPhraseAfterANamedSubjectIsNoSpeaker() {
        let text = "Former state senator Lena Bratt, a Vance supporter, fanned controversy earlier this year over her remark that “there is a special place for quitters.”"
        #expect(speakers(text) == ["Lena Bratt"])
    }

    @Test func aQuotationOpeningTheNextParagraphWithItsOwnAttributionStaysApart() {
        let text = """
            “We will fix the roads before winter,” said Tom Brandt, who runs the county works office.

            “The plan is far too thin,” an unconvinced steward at the back of the hall grumbled.
            """
        let found = QuotationExtractor.analyze(text).quotations.filter { $0.kind == .direct }
        #expect(found.map(\.text) == ["We will fix the roads before winter,", "The plan is far too thin,"])
        #expect(found.first?.speaker == "Tom Brandt")
        #expect(found.last?.speaker != "Tom Brandt")
    }

    @Test func aVerbWithBackAndAnAdverbialEndsTheAttribution() {
        #expect(speakers("“They only came for the free soup,” Nils Okafor shot back with a grin.") == ["Nils Okafor"])
    }

    @Test func aLiveBlogTimeStampGluedToTheNameIsNotTheName() {
        let text = """
            Live updates from the debate.

            Ines Moro 5ptsmoderatorFeaturedMarch 3, 2024 9:41PMVance Says Leaving The Bill Was A Sign Of Strength

            Marta Vance defended herself on Saturday for walking away from the bill.
            """
        let found = QuotationExtractor.analyze(text).quotations
        #expect(found.map(\.speaker) == ["Marta Vance"])
    }

    @Test func aGivenNameAlsoUsedAsACommonWordStillOpensTheSubjectsName() throws {
        let text = """
            The town council passed the parking bill on Tuesday after a long night.

            Bill Harlow spoke against it before the vote. “Shop owners will pay for every space,” the former mayor said.
            """
        let found = QuotationExtractor.analyze(text).quotations.filter { $0.kind == .direct }
        try #require(found.count == 1)
        #expect(found[0].speaker == "Bill Harlow")
    }

    @Test func aCueRightBeforeTheQuotationOutweighsTheNextSentencesCue() throws {
        let text = "Ida Crane heard the question and said, “The bridge will open in May.” The engineer then recalled how the repairs were paid for."
        let found = QuotationExtractor.analyze(text).quotations.filter { $0.kind == .direct }
        try #require(found.count == 1)
        #expect(found[0].speaker == "Ida Crane")
    }

    @Test func aCueAndADayBeforeTheQuotationOutweighTheNextSentencesCue() throws {
        let text = """
            The council met for three hours on Tuesday and argued about the harbour budget. Press aide Jo Lind briefed reporters after the meeting.

            A city official who spoke on condition of anonymity said Wednesday, “There are talks between the mayor and the union.” The aide declined to specify the nature of the talks.
            """
        let found = QuotationExtractor.analyze(text).quotations.filter { $0.kind == .direct }
        try #require(found.count == 1)
        #expect(found[0].speaker == "unnamed city official")
    }

    @Test func anAdverbBeforeTheCueIsNotPartOfTheDescription() throws {
        let found = QuotationExtractor.analyze("“We will need two more cranes,” the harbour master then said.").quotations
        try #require(found.count == 1)
        #expect(found[0].speaker == "harbour master")
        #expect(found[0].asWritten == "the harbour master")
    }

    @Test func aQuotedWordClosingAnAsideLeavesTheSubjectBeforeIt() throws {
        let text = """
            Ivo Lutz and Dana Roe argued about the harbour budget for three hours on Monday.

            Lutz, who calls Roe a “fraud,” said the debate should be held in May.
            """
        let found = QuotationExtractor.analyze(text).quotations.filter { $0.kind == .indirect }
        try #require(found.count == 1)
        #expect(found[0].speaker == "Ivo Lutz")
    }

    @Test func aParticipleAfterAnObjectSpeaksForTheSubject() {
        let opening = "The council met for three hours on Tuesday and argued about the harbour budget.\n\n"
        func speakers(_ sentence: String) -> [String?] { QuotationExtractor.analyze(opening + sentence).quotations.filter { $0.kind != .term }.map(\.speaker) }
        // Not the name qualifying a noun object ("a Facebook comment").
        #expect(speakers("Nora Vance quickly posted a Facebook comment of her own, saying, “We are thrilled to have a new mayor!”") == ["Nora Vance"])
        // Not the subject of a gerund after a preposition ("for calling").
        #expect(speakers("The judge, Ada Quint, mocked Dan Roe for calling himself the “king of roads,” noting that the bridge would cost twice as much.") == ["Ada Quint"])
        // Not the one written back at.
        #expect(speakers("Ada Quint wrote back at Dan Roe pointing out how odd the claim was.") == ["Ada Quint"])
    }

    @Test func aParticipleSpeaksForTheNamedSubjectOfTheClauseBeforeIt() {
        let opening = "Mayor Lin Hale spent three hours on Tuesday arguing about the harbour budget.\n\n"
        func speakers(_ sentence: String) -> [String?] { QuotationExtractor.analyze(opening + sentence).quotations.map(\.speaker) }
        #expect(speakers("Over the past week, prosecutors charged the clerk with fraud and Hale fired his deputy, Carl Mott, admitting that trust had been lost.") == ["Lin Hale"])
        #expect(speakers("In a May debate, while most of his rivals called for a bigger fleet to fight the Pirate League, Hale stayed closer to the old plan, noting that the ships are too slow.") == ["Lin Hale"])
    }

    @Test func anOpeningTimePhraseIsNotTheSubjectBeforeAnApposition() throws {
        let text = "The council met for three hours on Tuesday.\n\nLast week, the Independent, a weekly paper in Leeds, revealed that most of the boats were built abroad."
        let found = QuotationExtractor.analyze(text).quotations
        try #require(found.count == 1)
        #expect(found[0].asWritten == "the Independent")
    }

    @Test func aVerbAndItsObjectAreNotPartOfADescribedSpeaker() throws {
        let opening = "The council met for three hours on Tuesday and argued about the harbour budget.\n\n"
        let statement = QuotationExtractor.analyze(opening + "The village released a statement Wednesday saying the plan rested on rumours.").quotations
        try #require(statement.count == 1)
        #expect(statement[0].speaker == "village" && statement[0].asWritten == "The village")
        // An auxiliary ends a description: "The articles had helped add" names no speaker "articles had helped".
        let next = QuotationExtractor.analyze(opening + "The school had worked with the Harbour Gazette on two articles published in May that examined ''the gap between the port's public position and its own plans.'' The articles had helped add pressure to an inquiry by the state into the matter.").quotations
        #expect(!next.contains { $0.speaker?.contains("had") ?? false })
    }

    @Test func aParticipleSpeaksForTheDescribedSubjectOfTheClauseBeforeIt() throws {
        let opening = "The council met for three hours on Tuesday and argued about the harbour budget.\n\n"
        let adviser = QuotationExtractor.analyze(opening + "In response to the plan to close the Harbour School, Mayor Lin Hale's closest adviser rallied parents, saying: “We have to be ready to stop it.”").quotations
        try #require(adviser.count == 1)
        #expect(adviser[0].asWritten == "Mayor Lin Hale's closest adviser")
        let mayors = QuotationExtractor.analyze(opening + "Some mayors have called for the state and the Coast Guard to fight the Pirate League on the coast, saying the patrols have been too weak.").quotations
        try #require(mayors.count == 1)
        #expect(mayors[0].speaker == nil && mayors[0].asWritten == "Some mayors")
    }

    @Test func aGerundOfMeansAndAnIrregularPastSpeakForTheClausesSubject() {
        let opening = "The council met for three hours on Tuesday and argued about the harbour budget.\n\n"
        func speakers(_ sentence: String) -> [String?] { QuotationExtractor.analyze(opening + sentence).quotations.map(\.speaker) }
        #expect(speakers("When she ran for mayor in 2010, council member Ada Quint attacked Dan Roe by reminding voters that the merger had cost the town 300 jobs.") == ["Ada Quint"])
        #expect(speakers("Dan Roe kept to the budget, but Ada Quint brought him back to the harbour, asking Roe to explain the missing funds.") == ["Ada Quint"])
        // A participle after people who are the object of "to" speaks for the clause's subject, not for the ones spoken
        // to; after "from", they speak.
        #expect(speakers("Ada Quint was making a pitch to voters saying the pier would reopen.") == ["Ada Quint"])
        #expect(speakers("Ada Quint heard from voters saying the pier must reopen.") == ["voters"])
        // Not after a verb of listening or talking: the people listened to speak; a letter sent to them is the sender's.
        #expect(speakers("Ada Quint listened to voters saying the pier must reopen.") == ["voters"])
        #expect(speakers("The mayor listened to residents complaining that the pier was unsafe.") == ["residents"])
        #expect(speakers("Ada Quint sent a letter to voters saying the pier would reopen.") == ["Ada Quint"])
        // A pronoun subject speaks for the gerund, not a name in the verb's object.
        let pronoun = QuotationExtractor.analyze(opening + "At a rally, Ada Quint said the fair would open.\n\nShe explained the Harbor Times headline by saying: “It was a joke about the fair.”").quotations
        #expect(pronoun.map(\.speaker) == ["Ada Quint", "Ada Quint"] && pronoun.last?.asWritten == "She", "\(pronoun.map { ($0.speaker, $0.asWritten) })")
        // Not past "to": the gerund belongs to the nearest clause ("expects Hale to … by calling").
        #expect(speakers("Ada Quint told reporters that she expects Dan Roe to open the debate by calling for new lights.") != ["Ada Quint", "Ada Quint"])
    }

    @Test func aDescribedSubjectAfterAsIsTheCuesOwn() {
        let text = "The council met for three hours on Tuesday and argued about the harbour budget.\n\n“We are nearly done,” Dan Roe said as the heckler yelled: “Go home!”"
        #expect(QuotationExtractor.analyze(text).quotations.map(\.speaker) == ["Dan Roe", "heckler"])
    }

    @Test func anOfficeNamingStateIsNoCue() {
        #expect(speakers("“Tariffs will not save the mills,” Oren Pike, deputy secretary of state for trade, farming and fisheries, said.") == ["Oren Pike"])
    }

    @Test func aPossessiveBeforeAColonWithoutAWordOfSpeechNamesNoOne() {
        // "Berg's cranes:" is a list's label, not his words.
        #expect(speakers("Nils Berg runs the port. Berg's cranes: “old, slow and loud.”") != ["Nils Berg"])
    }
}

/// The speaker of a cue is not its addressee (sentences written for this test).
struct AddresseeTests {
    private func direct(_ text: String) -> [Quotation] {
        QuotationExtractor.analyze(text).quotations.filter { $0.kind == .direct }
    }

    @Test func aWrittenStatementAndThisSourceLeaveTheOutletAsAddressee() throws {
        let statement = direct("Ivo Marsh told the Harbour Gazette in a written statement, “I do not want his support, and I never asked for it.”")
        #expect(statement.map(\.speaker) == ["Ivo Marsh"])
        let source = try #require(direct("“The crew does not trust him, and they are glad he is leaving,” this source told the Gazette.").first)
        #expect(source.speaker == "unnamed source")
        #expect(source.asWritten == "this source")
    }
}

/// A cue in a clause of its own speaks for that clause's subject, not the sentence's first one
/// (sentences written for these tests).
struct ClauseSubjectTests {
    private func speaker(of words: String, in text: String) -> Quotation? {
        QuotationExtractor.analyze("The council met for three hours on Tuesday and argued about the harbour budget.\n\n" + text)
            .quotations.first { $0.text.hasPrefix(words) }
    }

    @Test func aCueJoinedByAndSharesTheSubjectOfItsOwnClause() {
        #expect(speaker(of: "the pier should wait", in: "Ada Quint cut the ribbon, while Dan Roe, the harbour master, proposed a new vote and said the pier should wait.")?.speaker == "Dan Roe")
        #expect(speaker(of: "the fees were fair", in: "Ada Quint praised the crew, and Dan Roe proposed a vote and said the fees were fair.")?.speaker == "Dan Roe")
        #expect(speaker(of: "the fees were fair", in: "Dan Roe rejected the plan and said the fees were fair.")?.speaker == "Dan Roe")
        // Not into the clause before a subordinator: "as she spoke … and urged" is the sentence's subject's.
        #expect(speaker(of: "the levy was unfair", in: "Ada Quint's voice broke as she spoke of the flood and argued that the levy was unfair.")?.speaker == "Ada Quint")
    }

    @Test func aDescribedSubjectAfterASubordinatorSpeaksPastAPlace() throws {
        let found = try #require(speaker(of: "she could not pay", in: "Nils Berg will oppose the levy after a woman in Bangor, Maine, told him she could not pay it."))
        #expect(found.speaker != "Nils Berg")
        #expect(found.asWritten == "a woman in Bangor")
        // With no verb before it, "since the storm" is a preposition inside the subject, which is no "storm".
        let subject = try #require(speaker(of: "the levy is too high", in: "Fishermen on the pier since the storm say the levy is too high."))
        #expect(subject.speaker?.hasPrefix("fishermen") == true, "\(subject.speaker ?? "-")")
        let families = try #require(speaker(of: "the pier must stay", in: "Families living here since the war have said the pier must stay."))
        #expect(families.speaker?.hasPrefix("families") == true, "\(families.speaker ?? "-")")
    }

    @Test func aQuantifiedSubjectAfterAsIsTheCuesOwn() throws {
        let found = try #require(speaker(of: "they feel unsafe", in: "Calls for more police patrols have grown as some residents have said they feel unsafe."))
        #expect(found.speaker == "some residents")
    }

    @Test func aRelativeClauseWithACueThatReportsNothingLeavesItsNounTheSpeaker() throws {
        let groups = try #require(speaker(of: "they are", in: "The unions who wrote to the mayor on Friday say they are “tired of waiting for the ferry.”"))
        #expect(groups.speaker == "unions")
        let fishermen = try #require(speaker(of: "they would", in: "Fishermen who complained about the levy said they would block the harbour."))
        #expect(fishermen.asWritten == "Fishermen who complained about the levy")
        // A relative clause that reports a clause of its own still does not hand its noun the later cue.
        #expect(speaker(of: "the ferry", in: "Aides who said the vote was close say the ferry will run.")?.asWritten != "Aides who said the vote was close")
    }

    @Test func anInfinitiveOfPurposeAfterAnObjectsAppositionIsTheSubjects() {
        #expect(speaker(of: "the levy", in: "Ada Quint broke with the board's chairman, Dan Roe, to argue that the levy was too high.")?.speaker == "Ada Quint")
        // The one urged is asked to speak; the urging is the subject's.
        #expect(speaker(of: "to explain", in: "The council urged Ada Quint, the harbour master, to explain the levy.")?.asWritten == "The council")
    }

    @Test func theOneHiredToArgueSpeaks() {
        // An object hired, appointed or sent to act is the one who argues, unlike the object of a purpose infinitive.
        #expect(speaker(of: "the levy", in: "Mayor Tom Hale hired Jo Roe, a lawyer, to argue that the levy was legal.")?.speaker == "Jo Roe")
        #expect(speaker(of: "the pier", in: "The board appointed Ada Quint, a retired judge, to argue that the pier was sound.")?.speaker == "Ada Quint")
        // One hired in a relative clause before the main verb is not the object of that verb.
        let text = "Mayor Tom Hale, who hired a new clerk last year, broke with the chairman, Jo Roe, to argue that the levy was illegal."
        #expect(speaker(of: "the levy", in: text)?.speaker == "Tom Hale")
    }

    @Test func aNounForWhatWasSaidTakesItsSourceAfterByOrFrom() throws {
        let grund = try #require(speaker(of: "the pier", in: "The council met amid accusations by the harbour master, Piet Grund, that the pier had been neglected."))
        #expect(grund.speaker == "Piet Grund")
        #expect(grund.text == "the pier had been neglected")
        #expect(grund.cue == "accusations")
        #expect(speaker(of: "the ferry", in: "The plan drew warnings from Mayor Ada Kerr that the ferry would stop running by spring.")?.speaker == "Ada Kerr")
        #expect(speaker(of: "the new rules", in: "There were complaints from fishermen that the new rules were unfair.")?.speaker == "fishermen")
        // A "that" opening a relative clause, or a verb before it, reports nothing.
        #expect(speaker(of: "were sent", in: "The board ignored warnings from residents that were sent in May.") == nil)
        #expect(speaker(of: "it was safe", in: "The board ignored claims by officials who toured the pier that it was safe.") == nil)
        // A time after "from" is no source.
        #expect(speaker(of: "the dam", in: "The board ignored warnings from last year that the dam could fail.") == nil)
        #expect(speaker(of: "the pier", in: "The board ignored complaints from Monday that the pier was unsafe.") == nil)
        // The clause is the noun's also after a cue that reaches it, and a role noun before an apposition is the person
        // named there, not one named earlier whom the role could stand for.
        let hale = "Ivo Marsh spoke in Salem on Monday. Mr. Marsh was responding to questions about complaints by the secretary, Jo Hale, that the port's losses were hidden."
        #expect(speaker(of: "the port", in: hale)?.speaker == "Jo Hale")
        let reached = "Ivo Marsh spoke in Salem on Monday. Mr. Marsh was responding to complaints by Jo Hale that the dam was leaking."
        #expect(speaker(of: "the dam", in: reached)?.speaker == "Jo Hale")
        // Not when the noun stands in an adjunct of the cue, which keeps its own that-clause: a preposition other than
        // "to" opening it, or commas setting it off.
        let adjunct = "Ivo Marsh spoke in Salem on Monday. Mr. Marsh said in response to complaints by Jo Hale that the dam was safe."
        #expect(speaker(of: "the dam", in: adjunct)?.speaker == "Ivo Marsh")
        let aside = "Ivo Marsh spoke in Salem on Monday. Mr. Marsh insisted, despite warnings from the union, that the dam was safe."
        #expect(speaker(of: "the dam", in: aside)?.speaker == "Ivo Marsh")
    }

    @Test func theOwnerOfACuesNounIsWhomItsRoleNounStandsFor() throws {
        let found = try #require(speaker(of: "the pier", in: "Mayor Ada Kerr opened the session on Monday.\n\nThe mayor's warning that the pier would collapse went unheeded."))
        #expect(found.speaker == "Ada Kerr")
        #expect(found.asWritten == "The mayor")
        // Without anyone in that role, the description without its possessive.
        #expect(speaker(of: "the pier", in: "The harbour master's warning that the pier would collapse went unheeded.")?.asWritten == "The harbour master")
    }

    @Test func aTimePhraseOpeningTheSentenceWithoutACommaIsNoPartOfTheSubject() {
        #expect(speaker(of: "the ballots", in: "Days before the vote the clerk said the ballots had been printed twice.")?.asWritten == "the clerk")
        #expect(speaker(of: "the count", in: "Minutes later the clerk said the count was over.")?.asWritten == "the clerk")
        #expect(speaker(of: "the pier", in: "Two weeks after the storm hit the harbour master said the pier was closed.")?.asWritten == "the harbour master")
        // Not at the object of a preposition inside the time phrase.
        #expect(speaker(of: "the ballots", in: "Days before the vote on the levy the clerk said the ballots had been printed twice.")?.asWritten == "the clerk")
        // A name after the time phrase speaks as before.
        #expect(speaker(of: "the count", in: "The day before the vote Jo Roe said the count would be slow.")?.speaker == "Jo Roe")
    }

    @Test func aLongRelativeClauseBeforeTheCueKeepsItsAntecedentTheSpeaker() {
        // A name at the end of the relative clause is its object, also after "who'd".
        for who in ["who would", "who’d"] {
            let text = "Many of the local fishing leaders \(who) rather be working on a campaign for Hale or Roe or Jo Quint said they backed the levy."
            let found = speaker(of: "they backed", in: text)
            #expect(found != nil && found?.speaker != "Jo Quint", "\(who)")
        }
    }

    @Test func aNameInAppositionToADescriptionWithAPhraseSpeaks() {
        let text = "But the other candidate on the stage, former councillor Jo Quint, drew a contrast, saying that the levy was too high."
        #expect(speaker(of: "the levy", in: "Ada Kerr spoke first.\n\n" + text)?.speaker == "Jo Quint")
    }

    @Test func anAttributionEndingInATimePhraseReportsTheClauseBefore() throws {
        let text = "Ferry riders now say they admire the captain, a study by a local sociologist, Tom Reyes, concluded this year."
        let outer = try #require(speaker(of: "Ferry riders", in: text))
        #expect(outer.speaker == "Tom Reyes")
        #expect(outer.text == "Ferry riders now say they admire the captain")
        #expect(speaker(of: "they admire", in: text)?.text == "they admire the captain")
        // An object after the cue is no time phrase: "Riders say they admire the captain, a study found this pier."
        #expect(speaker(of: "Riders", in: "Riders say they admire the captain, a study found this pier.") == nil)
    }

    @Test func twoPeopleJoinedByAndReportTogether() {
        #expect(speaker(of: "the vote", in: "Piet Grund and Lena Voss said the vote would be close.")?.speaker == "Piet Grund and Lena Voss")
        // An object of a preposition before the cue is still no subject ("aides close to Roe and Hale say": the aides).
        #expect(speaker(of: "the vote", in: "Aides close to Piet Grund and Lena Voss say the vote will be close.")?.speaker == "aides")
    }

    @Test func aRelativeClauseAskingForAnonymityLeavesItsNounTheSpeaker() {
        #expect(speaker(of: "the vote", in: "A council member who asked not to be named said the vote had been delayed twice.")?.speaker == "council member")
        let text = "Two aides who asked not to be identified because they were not authorized to speak publicly said the plan was dead."
        #expect(speaker(of: "the plan", in: text)?.speaker == "two aides")
        // Two relative clauses joined by "and": the noun before the first speaks.
        let joined = "Another fisherman who worked at the pier and who did not want to be named said the levy was unfair."
        #expect(speaker(of: "the levy", in: joined)?.speaker == "another fisherman")
    }

    @Test func aShortDescriptionBeforeAWhoAsideBetweenCommasSpeaks() {
        // A determiner or number word and nouns, then ", who …,", then the cue: the description speaks, as a name would.
        #expect(speaker(of: "the ballots", in: "One deckhand, who spoke on condition of anonymity, said the ballots had been counted twice.")?.asWritten
                == "One deckhand")
        #expect(speaker(of: "the tolls", in: "A ferry pilot, who asked that her name not be used, told the Gazette that the tolls would rise.")?.asWritten
                == "A ferry pilot")
        #expect(speaker(of: "the pier", in: "Two harbour clerks, who were not authorized to speak publicly, said the pier would close in May.")?.speaker
                == "two harbour clerks")
        // A name with such an aside still speaks as before; a clause before the aside is no short description.
        #expect(speaker(of: "the vote", in: "Ada Quint, who lost the race in 2008, said the vote was fair.")?.speaker == "Ada Quint")
        #expect(speaker(of: "the harbour", in: "The crew fixed the old crane that the pilots, who rarely agree, said the harbour needed.") == nil)
    }

    @Test func aForItsPartAsideBeforeTheCueIsSteppedOver() {
        let text = "Mayor Ada Kerr opened the session on Monday.\n\nThe mayor, for her part, insisted the pier was safe."
        #expect(speaker(of: "the pier", in: text)?.speaker == "Ada Kerr")
    }

    @Test func aTextSentWithAParticipleSpeaksForItsSender() {
        // Not the one it was sent to.
        #expect(speaker(of: "the levy", in: "Jo Roe sent the council a letter on Monday alleging that the levy was illegal.")?.speaker == "Jo Roe")
        #expect(speaker(of: "the levy", in: "The union sent the council a letter alleging that the levy was illegal.")?.asWritten == "The union")
        // The subject of the sending verb, not the sentence's first.
        #expect(speaker(of: "the levy", in: "Jo Hale praised the vote, and Ed Roe issued a letter alleging that the levy was illegal.")?.speaker == "Ed Roe")
        #expect(speaker(of: "the levy", in: "After Jo Hale spoke, the union sent the council a letter alleging that the levy was illegal.")?.asWritten == "the union")
    }

    @Test func aParticipleOpeningASentenceBeforeAQuotationGoesOnFromTheSentenceBefore() {
        // The speaker quoted there, else its subject; not the name inside its opening adjunct.
        let quoted = "After the vote on the Roe plan, Piet Grund said of the levy that it was “too small.” Adding, “The money is there.”"
        #expect(speaker(of: "The money", in: quoted)?.speaker == "Piet Grund")
        #expect(speaker(of: "It's a start", in: "Mara Fell, director of the harbour trust, praised the vote. Adding, “It's a start.”")?.speaker == "Mara Fell")
        // In a paragraph of its own it has no speaker.
        #expect(speaker(of: "It's a start", in: "Mara Fell praised the vote.\n\nAdding, “It's a start.”")?.speaker == nil)
    }

    @Test func aSpacedAmpersandJoinsAFirmsName() {
        #expect(speaker(of: "the recall", in: "Harlow & Finch said the recall would cost $200 million.")?.speaker == "Harlow & Finch")
        let mentions = QuotationExtractor.analyze("The plant makes soap for Harlow & Finch. A Q&A with AT&T followed.").mentions
        #expect(mentions.contains { $0.kind == .organisation && $0.name == "Harlow & Finch" })
        #expect(!mentions.contains { $0.name.contains("Q&A") })
    }

    @Test func andJoinsTheWordsOfAnOrganisationsName() {
        // After an organisation word's "of" or "for", or before words ending in one, "and" is part of the name.
        #expect(speaker(of: "one in 40", in: "The Bureau for Harbour Safety and Navigation estimates that one in 40 ferries runs late.")?.speaker
                == "Bureau for Harbour Safety and Navigation")
        #expect(speaker(of: "the pool", in: "The Dunmore Parks and Recreation Department said the pool would close in May.")?.speaker
                == "Dunmore Parks and Recreation Department")
        #expect(speaker(of: "tolls rose", in: "The Centers for Coastal Trade and Shipping noted that tolls rose.")?.speaker == "Centers for Coastal Trade and Shipping")
        // Also when its first word opens the sentence and is written in lower case elsewhere; one "and" at most (a list).
        #expect(speaker(of: "the nets", in: "Crews pay customs twice. Customs and Harbour Enforcement said the nets were seized.")?.speaker
                == "Customs and Harbour Enforcement")
        let list = QuotationExtractor.analyze("Groups including the Union of Riggers and Sailmakers and Harbour Watch signed it.").mentions
        #expect(list.contains { $0.name == "Union of Riggers and Sailmakers" } && list.contains { $0.name == "Harbour Watch" })
        // Not a person, a title, an acronym or an owner after "and".
        #expect(speaker(of: "the ferry", in: "The Institute for Harbour Policy and Ed Roe said the ferry was safe.")?.speaker != "Institute for Harbour Policy and Ed Roe")
        let mentions = QuotationExtractor.analyze("The Office of Port Safety and FBI agents met. The Bureau of Tides and Hale's aides left.").mentions
        #expect(!mentions.contains { $0.name.contains(" and ") })
    }

    @Test func aDescriptionAfterADashAsideSpeaksNotANameBeforeTheAside() {
        let text = "Despite growing up in the worst slump since the Great Depression -- and coming of age at a time of low wages -- more than two-thirds of the town's young people predict they will do better than their parents."
        let found = speaker(of: "they will", in: text)
        #expect(found != nil && found?.speaker != "Great Depression")
        #expect(found?.asWritten?.hasSuffix("of the town's young people") == true)
        // A phrase a preposition opens after the aside is no subject: the name before the aside speaks.
        #expect(speaker(of: "the vote", in: "Jo Hale — who lost the race in 2008 — in a statement said the vote was rigged.")?.speaker == "Jo Hale")
        #expect(speaker(of: "the vote", in: "Jo Hale — who lost the race in 2008 — on her blog said the vote was rigged.")?.speaker == "Jo Hale")
    }

    @Test func anAppositionMissingItsClosingCommaDescribesTheNameBeforeIt() {
        #expect(speaker(of: "she expected", in: "Sen. Ada Quint (D-Maine), a supporter of the levy told reporters she expected it to pass.")?.speaker == "Ada Quint")
        // A party and state written as one acronym in the brackets, which the name then holds.
        #expect(speaker(of: "she expected", in: "Sen. Ada Quint (D-ME), a supporter of the levy told reporters she expected it to pass.")?.speaker == "Ada Quint")
        // A longer apposition, after an opening phrase that ends in a quoted title.
        let long = "Monday on the station’s “Harbor Hour,” Sen. Ada Quint (D-ME), a backer of Jo Lane’s 2019 plan for a new harbor wall told the host she expected it to pass."
        #expect(speaker(of: "she expected", in: long)?.speaker == "Ada Quint")
        // After an opening phrase the name is its object, and the description speaks.
        #expect(speaker(of: "she expected", in: "After meeting Ada Quint, a supporter of the levy told reporters she expected it to pass.")?.speaker != "Ada Quint")
    }

    @Test func aPluralVerbAfterAndIsTheGroupsHeadingTheSentence() {
        #expect(speaker(of: "counting on", in: "Dan Roe leads the board.\n\nBut some local strategists fear that Roe has already missed his chance and warn that counting on tourists is no plan.")?.speaker == "local strategists")
        // An -s form keeps the named subject.
        #expect(speaker(of: "it is doomed", in: "Dan Roe leads the board.\n\nRoe doubts the levy will pass and says it is doomed.")?.speaker == "Dan Roe")
    }

    @Test func anIngWordQualifyingTheNounOfADescribedSubjectKeepsTheQuotation() {
        #expect(speaker(of: "they have", in: "Local ferrying crews said they have accepted the levy.")?.asWritten == "Local ferrying crews")
        #expect(speaker(of: "they have", in: "Many of the local fishing crews said they have accepted the levy.")?.asWritten == "Many of the local fishing crews")
        #expect(speaker(of: "the levy", in: "Several voting rights groups said the levy was unfair.")?.speaker == "several voting rights groups")
        // A participle with an object is no part of the words ("Hearing him say it …").
        #expect(speaker(of: "it", in: "But hearing him say it in a Scottish accent gives it charm.")?.asWritten != "hearing him")
    }

    @Test func aClauseGoesOnAfterAnInvertedAttributionAndItsApposition() throws {
        let levy = try #require(speaker(of: "The new levy", in: "The new levy, said Dan Roe, the council chairman, will pay for the pier."))
        #expect(levy.speaker == "Dan Roe")
        #expect(levy.text.hasSuffix("will pay for the pier"))
        // Without a verb after the apposition, the clause ends before the attribution.
        #expect(speaker(of: "The ferry", in: "The ferry was late, said Dan Roe, the council chairman.")?.text == "The ferry was late")
    }

    @Test func asFirstReportedByNamesTheOutlet() {
        #expect(speaker(of: "The ferry will stop", in: "The ferry will stop in June, as first reported by the Harbour Gazette on Monday.")?.speaker == "Harbour Gazette")
    }
}

/// Words put to someone, and documents owned by a name or a pronoun (sentences written for these tests).
struct PutToAndOwnedDocumentTests {
    private func direct(_ text: String) -> [Quotation] {
        QuotationExtractor.analyze(text).quotations.filter { $0.kind == .direct }
    }

    @Test func aQuestionOrOrderPutToSomeoneIsNotTheirs() throws {
        let asked = try #require(direct("Nils Berg chairs the port board.\n\nAt a meeting in Bangor, Berg was asked, “Why should the town pay for the cranes?”").first)
        #expect(asked.speaker == nil)
        let told = try #require(direct("The harbour office trains its clerks every spring.\n\nAccording to the manual, the clerks were told: “Never promise a refund.”").first)
        #expect(told.speaker == nil)
        // An attribution after the words still gives them their speaker.
        let said = direct("The ferry crews waited on the quay. They were told: “Leave the boats by noon,” the harbour master, Ada Quint, said on Monday.")
        #expect(said.first?.speaker == "Ada Quint", "\(said.map { $0.speaker ?? "-" })")
        // Active, the asker speaks.
        #expect(direct("Nils Berg chairs the port board.\n\nBerg asked, “Why should the town pay for the cranes?”").first?.speaker == "Nils Berg")
    }

    @Test func aNamingVerbGivesItsCoordinatedQuotationsPastTheNounOfACue() {
        let found = direct("Ada Quint runs the harbour board.\n\nCouncil Chairman Dan Roe called Quint's remarks on the 2019 budget a “new low” and a “reckless attempt to hide the cost of the cranes.”")
        #expect(found.map(\.speaker) == ["Dan Roe"])
        let terms = QuotationExtractor.analyze("Ada Quint runs the harbour board.\n\nCouncil Chairman Dan Roe called Quint's remarks on the 2019 budget a “new low” and a “reckless attempt to hide the cost of the cranes.”")
            .quotations.filter { $0.kind == .term }
        #expect(terms.map(\.speaker) == ["Dan Roe"])
        // A verb of speech nearer the words speaks for them.
        #expect(direct("Dan Roe described the scene as the crowd shouted “Go home, go home now!”").first?.speaker != "Dan Roe")
    }

    @Test func aDocumentOwnedByAPossessiveSpeaksForItsOwner() {
        let opening = "Ada Quint, the harbour master, unveiled her budget on Monday. Dan Roe, her rival, answered on Tuesday.\n\n"
        #expect(direct(opening + "Roe's budget report promises to “put every ferry back on the water.”").first?.speaker == "Dan Roe")
        let hers = direct(opening + "Her budget report promises to “lift every boat in the harbour.”").first
        #expect(hers?.speaker == "Ada Quint")
        #expect(hers?.asWritten == "Her budget report")
        // A plan is such a text too.
        let plan = direct(opening + "Her harbour plan promises to \"put every ferry back on the water.\"").first
        #expect(plan?.speaker == "Ada Quint")
        #expect(plan?.asWritten == "Her harbour plan")
    }
}

extension OwnedWordsTests {
    @Test func aDescriptionsWordsAShortQuotationAndAPhraseOpeningTheSentence() {
        let found = QuotationExtractor.analyze("""
            The plan was, in the mayor’s words, “a slow disaster.” In the words of Jo Hale, the levy is “a tax on hope.” \
            In Ed Roe’s words, “nobody asked us.”
            """).quotations
        #expect(found.map(\.speaker) == ["mayor", "Jo Hale", "Ed Roe"], "\(found.map { ($0.text, $0.speaker ?? "-") })")
        #expect(found.allSatisfy { $0.kind == .direct })
    }
}

extension OwnedWordsTests {
    @Test func aNamesWordsBeforeANounForThem() {
        let text = """
            Greta Lund ran the harbour board for a decade. Voters still quote her.

            It is the lasting pull of Lund's "a ferry for every island" pledge: the new board kept it.
            """
        let found = QuotationExtractor.analyze(text).quotations.filter { $0.text.hasPrefix("a ferry") }
        #expect(found.map(\.speaker) == ["Greta Lund"], "\(found.map { ($0.text, $0.speaker ?? "-") })")
        // Words before another noun are the sentence's to place ("Lund's “a ferry for every island” campaign").
        let campaign = QuotationExtractor.analyze(text.replacingOccurrences(of: "pledge", with: "campaign")).quotations
        #expect(campaign.first { $0.text.hasPrefix("a ferry") }?.speaker != "Greta Lund")
    }
}
