@testable import Annotation
@testable import CorpusModel
@testable import QueryLanguage
@testable import Rendering
@testable import Shell
import Testing
@testable import TextAnalysis

/// Sources as a reader resolves them: pronouns, descriptions, subjects before a colon, relative
/// clauses, party labels, inverted roles, and the words the text uses (sentences written for these tests).
struct SourceResolutionTests {
    @Test func asWrittenKeepsThePronounAndTheTitle() throws {
        let text = """
            Sen. Walter Briggs opened the hearing on Tuesday.

            “We will not rush this bill through the committee,” he said.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Walter Briggs")
        #expect(found[0].asWritten == "he")
    }

    @Test func aParticipleSpeaksForTheDescribedSubjectOfTheMainClause() throws {
        let text = """
            Jo Hale, a former ferry captain, joined the council race in March.

            The former ferry captain faced the farmers at a town meeting, arguing that the harbour fees were too high.

            The former ferry captain has shared nothing about how she intended to pay for the new pier, saying only that the budget would be reviewed.

            Sen. Walter Briggs opened the hearing on Tuesday. The senator rebuked the voters on a morning radio show, insisting that the water plan was fair.
            """
        let found = quotes(text, .indirect)
        let fees = try #require(found.first { $0.text.hasPrefix("the harbour fees") })
        #expect(fees.asWritten == "The former ferry captain")
        #expect(fees.speaker != "farmers")
        #expect(found.first { $0.text.hasPrefix("the budget") }?.asWritten == "The former ferry captain")
        let plan = try #require(found.first { $0.text.hasPrefix("the water plan") })
        #expect(plan.speaker == "Walter Briggs")
        #expect(plan.asWritten == "The senator")
    }

    @Test func anEdAdjectiveInADescriptionAfterAQuotationAndItsWords() throws {
        let text = """
            The board met behind closed doors on Monday.

            “The board sees no reason to delay” the vote, the unsigned memo said.

            “The council has no plan” for the pools, the tired residents said.
            """
        let found = quotes(text, .direct)
        #expect(found.first { $0.text.hasPrefix("The board") }?.asWritten == "the unsigned memo")
        #expect(found.first { $0.text.hasPrefix("The council") }?.speaker == "tired residents")
    }

    @Test func anOrganisationQualifyingARoleNounIsNotTheSpeaker() throws {
        let text = """
            Sen. Walter Briggs leads the Senate majority. He met the mayor on Tuesday.

            The Senate majority leader said the vote would wait until spring.
            """
        let found = try #require(quotes(text, .indirect).first { $0.text.hasPrefix("the vote") })
        // The role speaks, resolved to the person the text gives it, not the Senate.
        #expect(found.speaker == "Walter Briggs")
        #expect(found.asWritten == "The Senate majority leader")
    }

    @Test func asWrittenKeepsThePlaceAfterARoleNoun() throws {
        let text = """
            Sen. Walter Briggs of Vermont opened the hearing on Tuesday.

            The senator from Vermont said the bill would not pass the committee this year.
            """
        let found = quotes(text, .indirect)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Walter Briggs")
        #expect(found[0].asWritten == "The senator from Vermont")
    }

    @Test func aPresentTenseVerbBeforeANameAfterTheQuotation() throws {
        let text = """
            “The ferry has never been this late,” said Tom Reyes, a dock worker.

            “Our idea of a fair fare is different,” agrees Nell Ames, 30, of Dunmore.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 2)
        // Not the speaker quoted before.
        #expect(found[1].speaker == "Nell Ames")
    }

    @Test func givenNamesTellTheGenderOfAPronoun() throws {
        let text = """
            Margaret Olsen met Thomas Reed at the plant on Monday. Reed had asked for the meeting.

            “The plant stays open as long as I am governor,” she said.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Margaret Olsen")
    }

    @Test func heOrSheIsNeverTheTextOrTheBodyQuotedBefore() throws {
        let text = """
            Bob Lane arrived in Dover as harbor chief in 2011.

            The book accuses Lane of treating the guards like “mall cops.” He said the claim was a distortion of his record.

            As the paper noted, Lane has not always praised the port. He says he admires the crews.
            """
        let found = quotes(text, .indirect)
        let claim = try #require(found.first { $0.text.hasPrefix("the claim") })
        #expect(claim.speaker == "Bob Lane" && claim.asWritten == "He")
        #expect(found.first { $0.text.hasPrefix("he admires") }?.speaker == "Bob Lane")
    }

    @Test func aParagraphThatOnlyGoesOnWithThePronounKeepsWhomTheOneBeforeQuoted() throws {
        let text = """
            Ada Brandt, 52, of Toledo learned of the error when she was 30. “I was stunned,” Brandt said.

            Another adoptee heard the news from a clerk. “They told me my papers were fine,” said the woman.

            Now retired and living near the coast, she worries about her pension.

            “I check the mail every day,” she said.
            """
        let found = try #require(quotes(text, .direct).last)
        #expect(found.speaker == "woman" && found.asWritten == "she")
    }

    @Test func othersOpeningAClauseAreNotTheGroupNamedBefore() throws {
        let text = """
            Many farmers will skip the fair and others have said they do not want a stall.

            Nora Quill and others said the stalls cost too much.
            """
        let found = quotes(text, .indirect)
        let others = try #require(found.first { $0.text.hasPrefix("they do not") })
        #expect(others.speaker == "others" && others.asWritten == "others")
        #expect(found.first { $0.text.hasPrefix("the stalls") }?.speaker == "Nora Quill")
    }

    @Test func someoneNamedInsideAReportedClauseIsNotTheNextSpeaker() throws {
        let text = """
            Karim Haddad said Robert Lane had lost the argument. But he said the vote would be close anyway.
            """
        let found = quotes(text, .indirect)
        try #require(found.count == 2)
        #expect(found[1].speaker == "Karim Haddad" && found[1].asWritten == "he")
    }

    @Test func aPlainNounPhraseSpeaksWhenNoNameDoes() throws {
        let text = "Almost half of the respondents said the economy was getting worse. The witness told the court that the car sped up."
        let found = quotes(text, .indirect)
        try #require(found.count == 2)
        #expect(found[0].text == "the economy was getting worse" && found[0].speaker == "almost half of the respondents")
        #expect(found[1].speaker == "witness" && found[1].asWritten == "The witness")
    }

    @Test func theSubjectOfACoordinatedCue() throws {
        let text = "Ms. Dana Ruiz rejected the report and said that the figures were wrong."
        let found = quotes(text, .indirect)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Dana Ruiz" && found[0].text == "the figures were wrong")
    }

    @Test func aDescribedSubjectOfACoordinatedCueIsNamedAsBeforeTheCue() throws {
        let text = "Tom Doyle spoke on Monday. His chief aide stood up and said that rain was due. The retired surgeon sighed and said that nothing had changed. Some aides left early and said that the hall was cold."
        let found = quotes(text, .indirect)
        try #require(found.count == 3)
        #expect(found[0].speaker == "chief aide" && found[0].asWritten == "His chief aide")
        #expect(found[1].speaker == "retired surgeon" && found[1].asWritten == "The retired surgeon")
        // a quantifier opening the words keeps them with no name
        #expect(found[2].speaker == nil && found[2].asWritten == "Some aides")
    }

    @Test func aCueCoordinatedAfterAReportedClauseSharesTheReportersSubject() throws {
        // Not the subject of a cue inside the reported clause ("calling").
        let text = "Tom Clark said Ann Lee had begun calling the board members but said the outcome was still open."
        let found = quotes(text, .indirect)
        #expect(found.first { $0.text == "the outcome was still open" }?.speaker == "Tom Clark")
        // A quotation closing on a comma ends the reported clause: the participle after the attribution is its speaker's.
        let after = "Ed Roe cannot say that “the ferry is safe,” Ann Lee added, saying the inspectors had not seen it."
        #expect(quotes(after, .indirect).first { $0.text == "the inspectors had not seen it" }?.speaker == "Ann Lee")
    }

    @Test func aParticipleAfterADescribedAttributionKeepsItsWords() throws {
        let text = "The ferry is late again, the harbour master said, adding that the crew was sick."
        let found = quotes(text, .indirect).first { $0.text == "the crew was sick" }
        #expect(found?.asWritten == "the harbour master")
        // Not past another clause with a subject of its own.
        let other = "Ferry owners say the fares are fair, and the Harbour Union has already sued the board, saying they break the law."
        #expect(quotes(other, .indirect).first { $0.text == "they break the law" }?.speaker == "Harbour Union")
    }

    @Test func aQuotationAfterAColonSpeaksForTheClauseSubject() throws {
        let text = "In a radio interview, Paul Meyer went further: “If the deal fails, the whole region pays for it.”"
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Paul Meyer")
    }

    @Test func aQuotationRightAfterTheVerbOfAClauseWithNoCueSpeaksForItsSubject() throws {
        let text = "Mayor Ines Varga opened the new ferry pier on Friday. She offered “my thanks to every diver and welder who worked through the winter.”"
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Ines Varga" && found[0].asWritten == "She")
        let named = quotes("Ines Varga promised “a pier that will outlast every one of us here today.”", .direct)
        try #require(named.count == 1)
        #expect(named[0].speaker == "Ines Varga")
    }

    @Test func aRelativeClauseWithAPronounSubjectIsThatPronounsReport() throws {
        let text = """
            Ines Varga toured the harbour on Friday. She left at noon, praising the new cranes which she said could not be \
            matched by any port on the coast.
            """
        let found = quotes(text, .indirect)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Ines Varga" && found[0].asWritten == "she")
        // The antecedent still speaks when the relative pronoun is the subject ("the dockers who worked …").
        let dockers = quotes("Ines Varga left at noon. The dockers who worked through the night said the cranes were too slow.", .indirect)
        try #require(dockers.count == 1)
        #expect(dockers[0].speaker == "dockers")
    }

    @Test func aPastVerbAfterANameIsNotPartOfTheGroupItsObjectNames() throws {
        let found = quotes("Mayor Ines Varga sharply rebuked workers who say the new cranes are too slow for the winter trade.", .indirect)
        try #require(found.count == 1)
        #expect(found[0].speaker == "workers")
        // A participle describing the group still belongs to it ("retired workers").
        let retired = quotes("The mayor left early. Retired workers say the cranes are too slow.", .indirect)
        try #require(retired.count == 1)
        #expect(retired[0].speaker == "retired workers")
    }

    @Test func hisWarningThatAfterACommaIsWhomThePronounStandsFor() throws {
        let text = """
            Tom Roe ended his tour of the vineyards on Friday. But Roe has left the growers uneasy about the speech given at his \
            final stop, especially his warning that the grape tax would double.
            """
        let found = quotes(text, .indirect)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Tom Roe" && found[0].asWritten == "his")
        // "her" owning a noun before it ("at her final stop") is no object that might own the warning instead.
        let her = quotes("""
            Dana Price ended her tour of the vineyards on Friday. But Price has left the growers uneasy about the speech given at her \
            final stop, especially her warning that the grape tax would double.
            """, .indirect)
        try #require(her.count == 1)
        #expect(her[0].speaker == "Dana Price" && her[0].asWritten == "her")
    }

    @Test func aWordQualifyingTheOwnedStatementKeepsItsOwner() throws {
        // "his recent claim that": the one "his" stands for, not the word "recent".
        let found = try #require(quotes("Tom Roe drew jeers over his recent claim that the grape tax would double.", .indirect).first)
        #expect(found.speaker == "Tom Roe" && found.asWritten == "his")
        // Also a word the look-back before a cue skips as an adverb ("her earlier claim").
        let earlier = try #require(quotes("Ann Lowe spoke first. Tom Reed drew jeers over her earlier claim that the cranes were unsafe.", .indirect).first)
        #expect(earlier.speaker == "Ann Lowe" && earlier.asWritten == "her")
    }

    @Test func aCuesNounAfterInNamesWhereAnEarlierCueSpokeNotASpeaker() throws {
        let text = """
            Tomas Varga spoke at the pier for an hour. Later he wrote in a Churchillian post on the council forum: \
            “We shall rebuild every berth the storm took from us.”
            """
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Tomas Varga" && found[0].asWritten == "he")
        // A statement in an opening phrase, with no cue before it, leaves the subject to speak.
        let owned = quotes("In a Varga statement released on Friday, the mayor's office said: “The berths will reopen in March.”", .direct)
        try #require(owned.count == 1)
        #expect(owned[0].speaker == "mayor's office")
    }

    @Test func aWhipTitleBeforeTheNameIsARoleNotPartOfIt() throws {
        let text = """
            House Majority Whip Tomas Cervantes (D-Ore.) spoke on the floor for an hour. “This is the one chance we get,” \
            Cervantes said.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Tomas Cervantes")
    }

    @Test func aCoupleNamedTogetherStaysTwoPeopleByTheirTitles() throws {
        let text = """
            The orchard owners, Oren and Maren Tolvan, spoke at the county fair on Saturday.

            “We planted these trees before the highway came,” Mr. Tolvan said. He spoke for an hour.

            “Every buyer wanted the land, never the apples,” Ms. Tolvan wrote. She continued: “Why would the county sell our road without asking?”
            """
        let found = quotes(text, .direct)
        try #require(found.count == 3)
        #expect(found.map(\.speaker) == ["Mr. Tolvan", "Ms. Tolvan", "Ms. Tolvan"])
        #expect(found[2].asWritten == "She")
    }

    @Test func aPluralForPeopleOpeningTheSentenceIsNotTheUnionThatHasItInItsName() throws {
        let text = """
            The contract covers 900 nurses and orderlies, according to the Valley Nurses Guild, one of the signers.

            Nurses complained about the new night rota. They also argued that the hospital was hoping to hire cheaper agency staff.
            """
        let found = quotes(text, .indirect)
        let last = try #require(found.last)
        #expect(last.text == "the hospital was hoping to hire cheaper agency staff")
        #expect(last.speaker == "nurses" && last.asWritten == "They")
    }

    @Test func plusOpeningASentenceIsNoPartOfTheNameAfterIt() throws {
        let text = """
            The vote on the harbor bill was close. Plus Wardens said the bill would cost too much. Still, Wardens \
            believe the pressure will grow. They say it has been evident in the talks.
            """
        let found = quotes(text, .indirect)
        try #require(found.count == 2)
        #expect(found.map(\.speaker) == ["Wardens", "Wardens"])
        #expect(found[0].asWritten == "Wardens" && found[1].asWritten == "They")
    }

    @Test func aVerbBeforeTheCuesToIsNoSpeakerAndADescriptionsAppositionIs() throws {
        let text = """
            Tim Vane spoke first. The editor I worked for, Tim Vane, stood up to announce, “We are closing the paper.” \
            The mayor, Jo Hale, rose to say, “The port stays open.”
            """
        #expect(quotes(text, .direct).map(\.speaker) == ["Tim Vane", "Jo Hale"])
        let indirect = quotes("Tim Vane spoke first. The harbor chief, Ann Lowe, paused to add that the port would stay open.", .indirect)
        #expect(indirect.map(\.speaker) == ["Ann Lowe"])
    }

    @Test func likeOpeningASentenceIsNoPartOfTheNameAfterIt() throws {
        let found = quotes("“Like Tom Reed I think the plan is sound,” said Ann Lowe. Like Jo Hale, the mayor said the port would close.", .direct)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Ann Lowe")
        let names = QuotationExtractor.analyze("Like Tom Reed, Ann Lowe said the port would close.").mentions.map(\.name)
        #expect(names.contains("Tom Reed") && !names.contains { $0.hasPrefix("Like") })
    }

    @Test func aPluralTitleDoesNotEndTheSentenceSoItsNamesAreNoSubject() throws {
        let text = """
            Rep. Tom Roe says the water bill will pass. At the county fair on Saturday, Roe thanked his colleagues, \
            above all Reps. Dan Hale and Piet Olsen. He said that the fair had been a fine day for the farmers.
            """
        let found = quotes(text, .indirect)
        let last = try #require(found.last)
        #expect(last.text == "the fair had been a fine day for the farmers")
        #expect(last.speaker == "Tom Roe" && last.asWritten == "He")
    }

    @Test func aPronounContinuesTheSpeakerQuotedLast() throws {
        let text = """
            “The county cannot afford a second bridge,” Paul Okafor said. He had met Victor Lamb on Monday.

            “We will look at the tolls again,” he said.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 2)
        #expect(found[1].speaker == "Paul Okafor" && found[1].asWritten == "he")
        // A person named after that quotation, as the subject, is the nearer reference.
        let other = """
            “The county cannot afford a second bridge,” Paul Okafor said.

            Victor Lamb, the treasurer, disagreed. “We will look at the tolls again,” he said.
            """
        #expect(quotes(other, .direct).last?.speaker == "Victor Lamb")
    }

    @Test func aRelativeClauseInTheAppositionNamesSomeoneElse() throws {
        let found = quotes("Maria Soto, the head of the nurses' union, which backs Paul Okafor, said the strike would go on.", .indirect)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Maria Soto")
    }

    @Test func partyLabelsAndInvertedRoles() throws {
        let text = """
            “The vote is a disgrace,” Sen. Ines Marsh (D-Ore.) said on Friday.

            “Nobody read the bill,” said former state treasurer Paul Okafor.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 2)
        #expect(found[0].speaker == "Ines Marsh")
        #expect(found[1].speaker == "Paul Okafor")
    }

    @Test func describedSourcesAroundAQuotation() throws {
        let text = """
            “Costs rose by a third in two years,” the audit report said.

            “The money was spent on consultants,” according to the news outlet.

            The candidate added, “I will not raise taxes.”
            """
        let found = quotes(text, .direct)
        try #require(found.count == 3)
        #expect(found[0].asWritten?.contains("report") ?? false)
        #expect(found[1].speaker == "news outlet")
        #expect(found[2].asWritten == "The candidate")
    }

    @Test func aQuotationParagraphAfterReportedSpeech() throws {
        let text = """
            Paul Okafor said that the county would not pay for the bridge.

            “We simply do not have the money this year.”
            """
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Paul Okafor")
    }

    @Test func aNameTheListsReadAsAWordStillSpeaksAlone() throws {
        // "Swiss" is a nationality and "King" a title, but alone beside the cue each is a surname.
        let text = "“The museum opens in June,” Swiss said.\n\n“I think it will be late,” said King, a local builder."
        let found = quotes(text, .direct)
        try #require(found.count == 2)
        #expect(found[0].speaker == "Swiss" && found[1].speaker == "King")
    }

    @Test func aNameInsideAnAppositionIsNotTheSpeaker() throws {
        let text = "Gov. Alma Pryce of Utah, a Republican who has criticised Mr. Dorsey for months, said the plan was reckless."
        let found = quotes(text, .indirect)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Alma Pryce")
    }

    @Test func aDatelineIsNotTheSubject() throws {
        let text = "DENVER — Rep. Lena Vargas on Monday criticised the ruling and said it would be appealed."
        let found = quotes(text, .indirect)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Lena Vargas")
    }

    @Test func aRoleNounIsThePersonWhoseAbbreviatedTitleItNames() throws {
        let text = """
            Sen. Ruth Calloway and Rep. Owen Marsh visited the flooded town on Friday.

            The congressman said the levee had failed. The senator said federal aid was on its way.
            """
        let found = quotes(text, .indirect)
        try #require(found.count == 2)
        #expect(found[0].speaker == "Owen Marsh" && found[0].asWritten == "The congressman")
        #expect(found[1].speaker == "Ruth Calloway" && found[1].asWritten == "The senator")
    }

    @Test func aPartyDescriptionIsThePersonNamedBefore() throws {
        let text = """
            Rep. Carl Denning toured the steel plant on Friday with its workers.

            The Ohio Democrat said the plant would stay open.
            """
        let found = quotes(text, .indirect)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Carl Denning" && found[0].asWritten == "The Ohio Democrat")
        // With "a", "one" or "another" it is someone the text does not name.
        let unnamed = quotes("Another Iowa Republican said the caucus was wide open.", .indirect)
        try #require(unnamed.count == 1)
        #expect(unnamed[0].speaker == "unnamed Iowa Republican")
        let inverted = quotes("“The caucus is wide open,” said one Iowa Democrat.", .direct)
        try #require(inverted.count == 1)
        #expect(inverted[0].speaker == "unnamed Iowa Democrat")
    }

    @Test func aPeopleIsAGroupNotAPerson() throws {
        let analysis = QuotationExtractor.analyze("Muslim Americans gathered outside the hall on Sunday to pray.")
        let group = try #require(analysis.mentions.first { $0.name == "Muslim Americans" })
        #expect(group.kind == .organisation)
    }

    @Test func sheIsTheWomanASentenceOpensWithAfterAnAdverb() throws {
        let text = """
            “We have to keep going,” Ruth Ames said.

            Meanwhile Carla Ortiz, who won the award, spoke about her family. “They made me who I am,” she said.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 2)
        #expect(found[1].speaker == "Carla Ortiz")
    }

    @Test func aQuotationInsideAClauseWithoutACueSpeaksForTheSubject() throws {
        let text = "Mayor Dana Pruitt blamed the council for “a decade of neglect and broken promises to the people.”"
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Dana Pruitt")
        // A quotation opening its own sentence is not given to the sentence before by this rule (nor
        // by the one for a sentence opening with its subject's active verb: "was" is none).
        let apart = "Dana Pruitt was at the depot on Friday. “The buses run late every single morning of the week.”"
        let alone = quotes(apart, .direct)
        try #require(alone.count == 1)
        #expect(alone[0].speaker == nil)
    }

    @Test func aSpeakerDescribedAfterTheCueWithAPlaceInside() throws {
        let text = """
            “We need a change in this town and we need it now,” said a Vermont Democrat who asked not to be named.

            “Turnout will be higher than anyone expects,” said former Ohio governor Jo Ramsey.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 2)
        #expect(found[0].speaker == "unnamed Vermont Democrat" && found[0].asWritten == "a Vermont Democrat")
        #expect(found[1].speaker == "Jo Ramsey")
    }

    @Test func aMilitaryRankHeadingTheSubjectIsThePersonOfThatRank() throws {
        // "the admiral", "the colonel": the person titled so ("Admiral Ivo Harkness", "Col. Rafe Ostrander"), whom a later
        // "he" then stands for, not another person named as a subject before.
        let text = """
            Gen. Tom Dunmore met Admiral Ivo Harkness at the port on Monday. The talks were short, the admiral said.

            “I will not guess what comes next,” he said.
            """
        let found = quotes(text)
        try #require(found.count == 2)
        #expect(found.map(\.speaker) == ["Ivo Harkness", "Ivo Harkness"])
        let colonel = quotes("Mayor Lena Brook toured the base with Col. Rafe Ostrander. The runway will reopen in May, the colonel said.")
        #expect(colonel.map(\.speaker) == ["Rafe Ostrander"])
    }

    @Test func heOrSheIsWhomARoleNounHeadingTheSentenceBeforeRefersTo() throws {
        // "the admiral smiled" says nothing, yet a reader takes the next "he" for the admiral, not for the
        // general quoted or named before; also past an opening phrase set off by dashes, and "the Ohio senator".
        let text = """
            “We sail at dawn,” said Gen. Tom Dunmore, who had argued with Admiral Ivo Harkness all week. Asked about the date, the admiral only smiled.

            “The weather decides that, not the calendar,” he said.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 2)
        #expect(found.map(\.speaker) == ["Tom Dunmore", "Ivo Harkness"])
        let dashes = quotes("""
            Gov. Carl Wendt met Col. Rafe Ostrander at the base. Asked later - ships or planes - the colonel laughed.

            “I will say only that the runway is long,” he said.
            """, .direct)
        #expect(dashes.map(\.speaker) == ["Rafe Ostrander"])
        let placed = quotes("""
            Mayor Ed Lusk of Toledo spent the morning with Sen. Dale Pruitt of Ohio. In the afternoon, the Ohio senator visited a school.

            “The roof leaks in three places,” he said.
            """, .direct)
        #expect(placed.map(\.speaker) == ["Dale Pruitt"])
        // Nor one whose person was last named paragraphs back: the candidate just named is "he".
        let far = quotes("""
            Sen. Ray Colt of Arizona issued a statement on the budget.

            The vote is set for Friday.

            Polls close at eight.

            Ned Barlow greeted voters in Maine. Instead of a speech, the Vermont senator handed out coffee.

            “Nobody sleeps in this campaign,” he said.
            """, .direct)
        #expect(far.map(\.speaker) == ["Ned Barlow"])
        // Not a role noun whose person is of the other gender: "he" stays with the man named before.
        let other = quotes("""
            Ed Lusk sat beside Sen. Mary Olsen at the hearing. The senator frowned.

            “Nobody read the report,” he said.
            """, .direct)
        #expect(other.map(\.speaker) == ["Ed Lusk"])
    }

    @Test func aSentenceEndingInAnInitialismEndsTheReportedClause() throws {
        // "U.S." ends its sentence before "While": the officials' words stop there, no name runs on into "While Jo
        // Hale", and "They" is the unions.
        let text = """
            Officials warned that the rule would keep visitors out of the U.S. While Jo Hale has condemned it, the unions who wrote to her say they are worried. They ask the mayor to act before the summer. Hale said she agreed with them.
            """
        let found = quotes(text, .indirect)
        try #require(found.count == 4)
        #expect(found[0].text == "the rule would keep visitors out of the U.S.")
        #expect(found.map(\.speaker) == ["officials", "unions", "unions", "Jo Hale"])
    }

    @Test func heOrSheIsNotSeveralPeopleQuotedBefore() throws {
        let text = """
            Carl Nyberg runs the ferry. “The boat left without us,” witnesses said.

            “I have never seen a crowd like this one,” he said.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 2)
        #expect(found[0].speaker == "witnesses")
        #expect(found[1].speaker == "Carl Nyberg")
    }

    @Test func aPronounInsideSomeoneElsesWordsDoesNotTeachTheirGender() throws {
        let text = """
            Ravi Asante said the mayor had called him after she said she would skip the vote.

            “We will keep the clinic open,” he said.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Ravi Asante")
    }

    @Test func sheIsTheWomanWhoseSentenceQuotedAManOfUnknownGender() throws {
        // Reed's gender is not known, and "her" later in the sentence whose object he is does not
        // teach it: the subject speaks next.
        let text = """
            The party split over the tax. In 2008, Mary Hale faulted Zoltan Reed as aloof for suggesting that \
            farmers “cling to their old habits,” and praised her father for teaching her to fish. “People who fish \
            believe it is a right,” she said at the time.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 2)
        #expect(found.map(\.speaker) == ["Zoltan Reed", "Mary Hale"])
    }

    @Test func theyIsTheGroupQuotedLast() throws {
        let text = "His advisers say that neither candidate can win outright, and they say that would leave the choice to the delegates."
        let found = quotes(text, .indirect)
        try #require(found.count == 2)
        #expect(found[1].speaker == "advisers" && found[1].asWritten == "they")
    }

    @Test func aPersonBehindARoleAfterAPrepositionIsNotTheAntecedent() throws {
        let text = """
            Gov. Lena Marsh won the primary on Tuesday.

            She avoided criticism of front-runner Tom Brandt until this week, when she said that his rallies had become dangerous.
            """
        let found = quotes(text, .indirect)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Lena Marsh")
    }

    @Test func aRoleNounIsThePersonTheDocumentGivesThatRole() throws {
        let text = """
            Sen. Omar Fielding and Gov. Rita Vance spoke in Dover. Sen. Paul Hurst stayed in the capital.

            Fielding toured the harbour on Friday. Walking to the dock, the senator said the port needed new cranes.
            """
        let found = quotes(text, .indirect)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Omar Fielding" && found[0].asWritten == "the senator")
    }

    @Test func aRoleNounIsTheLastSpeakerGivenThatRoleNotAnEarlierUnnamedOne() throws {
        let text = """
            State radio quoted the minister as saying that the storm had passed.

            Visiting a shelter in the port, Water Minister Ines Karlsson said the pumps were working again.

            “We have enough fuel for a week,” the minister said.
            """
        let found = quotes(text)
        try #require(found.count == 3)
        #expect(found[0].asWritten == "the minister" && found[0].speaker != "Ines Karlsson")
        #expect(found[2].speaker == "Ines Karlsson" && found[2].asWritten == "the minister")
    }

    @Test func aStatesBodyIsTheOneOfANamedStateWrittenBeforeWithThatNoun() throws {
        let text = """
            A Chilean navy spokesman, Tomas Rivas, said the ship had been found. Peru's defence ministry welcomed the news on Tuesday.

            “The crew will be brought home this week,” the ministry said in a statement.

            The Bolivian government hailed the rescue. The government said it would send a plane.
            """
        let found = quotes(text)
        try #require(found.count == 3)
        #expect(found[1].speaker == "Peru's defence ministry" && found[1].asWritten == "the ministry")
        #expect(found[2].speaker == "Bolivian government" && found[2].asWritten == "The government")
    }

    @Test func theUnnamedSourceIsTheOneOfThatNounQuotedJustBefore() throws {
        let text = """
            A Western diplomat said the ceasefire was holding. “Both sides are tired,” the diplomat said.

            A senior police source said two men were held. The source added that both were local.

            The ferry left on time.

            The harbour was calm on Sunday.

            “Nothing moved all night,” the source said.
            """
        let found = quotes(text)
        try #require(found.count == 5)
        #expect(found[1].speaker == found[0].speaker && found[1].asWritten == "the diplomat")
        #expect(found[3].speaker == found[2].speaker && found[3].asWritten == "The source")
        // Paragraphs later, "the source" is not the one quoted before.
        #expect(found[4].speaker != found[2].speaker)
    }

    @Test func theStatementOfADescribedBodyIsThatBodys() throws {
        let text = """
            The Ministry of Water said on Monday that the dam would reopen.

            “Crews may return from Friday,” the ministry's statement said.
            """
        let direct = try #require(quotes(text, .direct).first)
        #expect(direct.speaker == "Ministry of Water" && direct.asWritten == "the ministry's statement")
    }

    @Test func aPlaceBeforeARoleNounPicksThePersonOfThatPlace() throws {
        let text = """
            The two leaders met in Chicago on Monday, where Ohio Gov. Carl Benning and Texas Gov. Ruth Alder talked about trade.

            Later the Ohio governor said the talks had gone well.
            """
        let found = quotes(text, .indirect)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Carl Benning")
    }

    @Test func aFormerRoleIsNotTheOneWhoHoldsItNow() throws {
        let text = """
            Gov. Nora Pell opened the fair in Salem on Saturday. Former Gov. Dale Whitcomb walked the stalls with her.

            Dale Whitcomb stopped at the cider stand. “Nothing here has changed in forty years,” the former governor said.

            The governor said the fair would return next summer.
            """
        let found = quotes(text)
        try #require(found.count == 2)
        #expect(found[0].speaker == "Dale Whitcomb" && found[0].asWritten == "the former governor")
        #expect(found[1].speaker == "Nora Pell" && found[1].asWritten == "The governor")
    }

    @Test func aDescriptionIsTheSubjectNotOneNamedInPassing() throws {
        let text = """
            Lyle Brandt joined the debate on Monday, mocking Cora Mills at a rally in Tulsa. “She has never run a business,” the former mayor said.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Lyle Brandt")
    }

    @Test func sheIsTheWomanBroughtInByAAndWhoWhenTheSentenceNamesNoWoman() throws {
        func text(_ suitor: String) -> String {
            """
            Mayor Ann Lowe said on Monday that "the pier will reopen."

            \(suitor) began the morning by dropping to one knee, all but begging a woman who claimed to be undecided \
            to vote for him. After he gave her a long answer about the ferry fares, she said he had her vote.
            """
        }
        let found = try #require(quotes(text("Tom Reed"), .indirect).last)
        #expect(found.speaker == "woman" && found.asWritten == "she")
        // A woman named in that sentence may be the one "she" stands for: the description does not win.
        let named = try #require(quotes(text("Jo Reed"), .indirect).last)
        #expect(named.speaker != "woman")
    }

    @Test func millennialsAndRetireesAreGroupsThatSpeak() throws {
        // Plural nouns for people a poll asks about: the group heading the sentence is its "they".
        let found = quotes("""
            Millennials have reached a broad consensus on the ferry: by nearly 2-1, they say the pier should stay open.

            Retirees are split on the fares. By a narrow margin, they say the tickets cost too much.
            """, .indirect)
        try #require(found.count == 2)
        #expect(found.map(\.speaker) == ["millennials", "retirees"])
    }

    @Test func aWomanBroughtInByAAndWhoIsNotSheWhenSheIsAlreadySomeone() throws {
        // In an opening phrase of the pronoun's own sentence, or after "she" in the sentence before, the woman
        // is the one met, not the one who speaks.
        let own = """
            Senator Mary Cole toured the flooded town on Monday.

            After hugging a woman who lost her home, she said the state must rebuild every street.
            """
        let found = try #require(quotes(own, .indirect).first)
        #expect(found.speaker == "Mary Cole" && found.asWritten == "she")
        let before = """
            Senator Mary Cole toured the flooded town on Monday.

            She hugged a woman who lost her home. “We will rebuild every street,” she said.
            """
        let next = try #require(quotes(before, .direct).first)
        #expect(next.speaker == "Mary Cole" && next.asWritten == "she")
    }

    @Test func theOneWhoAskedIsNotTheOneWhoAnswers() throws {
        let text = """
            Mara Quill pressed the point on the Sunday show. “So you will run again?” Quill asked.

            “I will, and I expect to win,” the senator said.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 2)
        #expect(found[0].speaker == "Mara Quill")
        #expect(found[1].speaker != "Mara Quill" && found[1].asWritten == "the senator")
    }

    @Test func anAdverbOrAVerbBeforeACueIsNotASpeaker() throws {
        let text = """
            The town hall was full on Monday night.

            In the end, Ines Calloway, tired, famously replied that the budget was fine.

            The Harbor Council, in its weekly bulletin, released a statement saying that the pier would close.
            """
        let found = quotes(text, .indirect)
        try #require(found.count == 2)
        #expect(found[0].speaker == "Ines Calloway")
        #expect(found[1].speaker == "Harbor Council")
    }

    @Test func aGivenNameAloneIsAPersonAPronounCanStandFor() throws {
        let text = """
            The storm hit the coast at night, Ahmed Rashid told reporters.

            Bob said he began calling local groups for help. He said the shelter was full by morning.
            """
        let found = quotes(text, .indirect)
        try #require(found.count == 3)
        #expect(found[1].speaker == "Bob")
        #expect(found[2].speaker == "Bob" && found[2].asWritten == "He")
    }

    @Test func heOrSheIsNeverADocument() throws {
        let text = """
            Omar Tilly led the talks for a year. One news account described him as "worn out" after the vote.

            "There is only one answer to that," he said.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Omar Tilly" && found[0].asWritten == "he")
    }

    @Test func aHyphenedGivenNameIsPartOfTheName() throws {
        let text = """
            Tan Ko-min, the soft-spoken head of the water agency, opened the new dam this week.

            "We waited ten years for this," Tan said. "It will serve the valley for a century."

            But the dam, he said, would not end the drought alone. The Gaza-based group Hope Wells said it would help.
            """
        let found = quotes(text)
        let said = try #require(found.first { $0.asWritten == "he" })
        #expect(said.speaker == "Tan Ko-min")
        #expect(found.first { $0.asWritten == "Tan" }?.speaker == "Tan Ko-min")
        #expect(!found.contains { ($0.speaker ?? "").contains("Gaza") })
    }

    @Test func aNameInsideTheWordsAPronounReportsIsNotItsAntecedent() throws {
        let text = "“We are full every night,” Claudia Reyes said. Anna Kowalski, who chairs the board, deserves credit for the new beds, she added."
        let found = quotes(text, .indirect)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Claudia Reyes" && found[0].asWritten == "she")
    }

    @Test func theSubjectAfterAnOpeningAdjunctIsTheReferentOfHe() throws {
        let text = """
            “The roads are closed,” Peter Hale said.

            On Tuesday morning, Mr. Sam Ortiz visited the flooded school. “Nobody should be here after dark,” he said.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 2)
        #expect(found[1].speaker == "Sam Ortiz")
    }

    @Test func aNameAfterTheSamePronounAsSubjectIsAnObject() throws {
        let text = """
            “Count every ballot,” Peter Hale said.

            Tom Walsh, who won the county vote, wants the others to quit. Though he did not name Greg Palmer or Dan Fitch, he made it clear that they should step aside.
            """
        let found = quotes(text, .indirect)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Tom Walsh" && found[0].asWritten == "he")
    }

    @Test func itIsTheSignOrPlacardJustLifted() throws {
        let text = """
            The rally filled the square in Salem. Rosa Lind smiled and lifted a sign of her own. “Still with the mayor, all the way,” it read.

            Ada Voss carried a placard to the steps. “No more fees for the harbor,” it said.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 2)
        #expect(found.map(\.speaker) == ["sign", "placard"])
        #expect(found[0].asWritten == "it")
    }

    @Test func theyIsTwoPeopleNamedTogetherInTheSentenceBefore() throws {
        let text = """
            The footage from the harbor camera was released on Friday. It contradicted what Ann Wilcox and Tom Hale \
            said about the fight. They had insisted that no one touched the guard.
            """
        let found = quotes(text)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Ann Wilcox and Tom Hale" && found[0].asWritten == "They")
        #expect(found[0].speakerMembers.map(\.name) == ["Ann Wilcox", "Tom Hale"])
    }

    @Test func theyIsThePersonAndThoseNamedAlongWithThemInTheSubjectBefore() throws {
        // Not the group quoted last: the authors the sentence before names.
        let text = """
            Harbor board members said on Monday that "the pier will stay closed until the spring."

            Jo Hale, along with Judge Tom Reed of the state appeals court and Ann Wilcox, a law professor at Salem \
            College, wrote a long study of the harbor's labor cases. In it, they conclude that three of the nine \
            judges have sided with the shippers.
            """
        let found = quotes(text, .indirect)
        try #require(found.count == 2)
        #expect(found[1].speaker == "Jo Hale, Tom Reed and Ann Wilcox" && found[1].asWritten == "they")
        #expect(found[1].speakerMembers.map(\.name) == ["Jo Hale", "Tom Reed", "Ann Wilcox"])
        // "along with" naming no one else is no company of people.
        let alone = """
            Jo Hale, along with her staff, wrote a long study of the harbor's labor cases. In it, they conclude that \
            three of the nine judges have sided with the shippers.
            """
        #expect(quotes(alone, .indirect).allSatisfy { !($0.speaker ?? "").contains(" and ") })
    }

    @Test func theCompanyAlongWithEndsAtTheSubjectsVerb() throws {
        // A present verb after the comma closes the company; a name in its object is not one of them.
        let text = """
            Jo Hale, along with Tom Reed, leads the group that Ann Lowe founded last year. They say the harbor \
            needs a new plan.
            """
        let found = try #require(quotes(text, .indirect).first)
        #expect(found.speaker == "Jo Hale and Tom Reed" && found.asWritten == "They")
    }

    @Test func heIsTheNewcomerAPrepositionBringsInWithADescriptionRightBeforeTheQuotation() throws {
        func text(_ newcomer: String) -> String {
            """
            Tom Reed used to back the old pier, but now said the mayor had “the duty to unite us.”

            The mayor gestured as if to stop the noise, then leaned in and boomed: “Let’s win in November.”

            The ferry company made an appearance of sorts, courtesy of \(newcomer) who came dressed as a lighthouse.

            “I heard the chant last night and thought it would be funny to come as the old light,” he said.
            """
        }
        let found = try #require(quotes(text("Wes Hale, a deckhand from Salem,"), .direct).last)
        #expect(found.speaker == "Wes Hale" && found.asWritten == "he")
        // Named in passing, with no description, he is not the new voice.
        let passing = try #require(quotes(text("Wes Hale,"), .direct).last)
        #expect(passing.speaker == "Tom Reed")
    }

    @Test func theNewcomerIsNotTheVoiceWhenTheQuotedSpeakerOrHeIsInHisSentence() throws {
        // Brought in within the sentence of the quotation before, he stands beside its speaker.
        let flanked = """
            “We will win this fight,” said Tom Reed, flanked by Jim Bly, a union boss from Salem.

            “The dock is ours,” he added.
            """
        let added = try #require(quotes(flanked, .direct).last)
        #expect(added.speaker == "Tom Reed" && added.asWritten == "he")
        // "He" heading that sentence is the one who goes on speaking.
        let joined = """
            Mayor Tom Reed spoke at the rally on Monday.

            He was joined on stage by Jim Bly, a retired captain who fought the plan.

            “We need this dock,” he said.
            """
        let said = try #require(quotes(joined, .direct).last)
        #expect(said.speaker == "Tom Reed" && said.asWritten == "he")
    }

    @Test func theyIsTheGroupAnOpeningPhrasePutsAfterItsVerb() throws {
        let text = """
            The quarrel over the port splits the town. On one side are dockers and thinkers who want the old harbor kept. \
            They argue that the new terminal would cost the town its trade.
            """
        let found = quotes(text)
        try #require(found.count == 1)
        #expect(found[0].speaker == "dockers and thinkers" && found[0].asWritten == "They")
    }

    @Test func iInAnInterviewsAnswerIsThePersonInterviewed() throws {
        let text = """
            Q&A with harbor master Omar Voss.

            Omar Voss has run the port of Salem for nine years. Here is the edited transcript.

            Q: Will the new terminal open this year?

            A: It will. Tom Reed runs the rival port. I told him last spring that the cranes would arrive by June. He said they never would.

            Q: What about the fees?

            A: Nobody likes them.

            I said the fees would rise for the big shippers only.
            """
        let found = quotes(text, .indirect)
        try #require(found.count == 3)
        #expect(found.map(\.speaker) == ["Omar Voss", "Tom Reed", "Omar Voss"])
        #expect(found[0].asWritten == "I")
        // Outside an interview, "I" names no one.
        let column = quotes("The count ended late. I said the fees would rise, and I meant it.", .indirect)
        try #require(column.count == 1)
        #expect(column[0].speaker == nil && column[0].asWritten == "I")
    }

    @Test func aStatementStatedInAnAsideIsItsOwners() throws {
        // "His assumption, stated on TV, was that …": a past form with no subject in the aside; the owner of the
        // opening noun stated it, not the object of "on".
        let text = "Tom Reed backed the pier on Monday. His assumption, confidently stated on live TV, was that the tolls would fall."
        let found = quotes(text, .indirect)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Tom Reed" && found[0].asWritten == "His assumption")
        // An inverted or agent attribution still speaks.
        #expect(quotes("The plan, said Ada Kerr, is dead.", .indirect).map(\.speaker) == ["Ada Kerr"])
        #expect(quotes("The view, stated by the council in May, was that the pier would stay open.", .indirect).map(\.speaker) == ["council"])
    }

    @Test func itIsABodyAPrepositionBringsInInItsOwnSentence() throws {
        // "Files from the Harbor Trust …, after it announced": the Trust, not the body quoted before; but a
        // person's affiliation ("Jo Hale of the Gazette") is not what a later "it" stands for.
        let text = """
            The Port Authority said the vote was fair. Files from the Harbor Trust began to circulate after it \
            announced a breach of its servers. As Jo Hale of the Gazette points out, it is hard for the council to say \
            that the pier is safe.
            """
        let found = quotes(text, .indirect)
        #expect(found.map(\.speaker) == ["Port Authority", "Harbor Trust", "Jo Hale"])
        #expect(found[1].asWritten == "it")
    }

    @Test func iOutsideQuotationMarksIsTheAuthorThePiecesLastParagraphNames() throws {
        // A column's tagline names its author, whom the text does not name before.
        let column = """
            The harbor vote is a mistake.

            The council met late on Monday. This, I predict, will cost the town its ferries. Tom Reed, who runs the \
            pier, said the fees would rise. “We will manage,” he said.

            Ada Kerr, a retired harbor pilot, is a member of the Gazette's board of contributors.
            """
        let found = quotes(column)
        #expect(found.first { $0.text.hasPrefix("This") }.map { [$0.speaker, $0.asWritten] } == ["Ada Kerr", "I"])
        // One who speaks as "I" is not "he": Reed is.
        #expect(found.first { $0.kind == .direct }?.speaker == "Tom Reed")
        // A book's credit line names it after "by".
        let excerpt = """
            The judge looked up. “Go on,” I said, and I told the court that I had been wrong.

            From HARBOR DAYS by Ada Kerr. Copyright © 2015 by Ada Kerr.
            """
        #expect(quotes(excerpt, .indirect).map(\.speaker) == ["Ada Kerr"])
        // A last paragraph that only opens with "From" and names someone after "by" is no credit.
        let news = "I told the court that I had been wrong.\n\nFrom Monday, the ferry will be run by Ada Kerr."
        #expect(quotes(news, .indirect).map(\.speaker) == [nil])
        // "Let me say": the writer too, and no one when no author is named.
        let letMe = "The judge looked up. Let me just say that the court was kind.\n\nFrom HARBOR DAYS by Ada Kerr. Copyright © 2015 by Ada Kerr."
        #expect(quotes(letMe, .indirect).map(\.speaker) == ["Ada Kerr"])
        let unsigned = quotes("The judge looked up. Let me just say that the court was kind.", .indirect)
        #expect(unsigned.map(\.speaker) == [nil] && unsigned.map(\.asWritten) == ["me"])
        // A closing paragraph about someone the story names is no tagline; nor are two authors one "I".
        let story = """
            The count ended late. I said the fees would rise, and I meant it. Ada Kerr voted no.

            Ada Kerr is expected to run again.
            """
        #expect(quotes(story, .indirect).map(\.speaker) == [nil])
        let two = """
            The count ended late. I said the fees would rise, and I meant it.

            Ada Kerr is a harbor pilot. Tom Reed is a city planner.
            """
        #expect(quotes(two, .indirect).map(\.speaker) == [nil])
    }

    @Test func iAndItsContractionsAreNeverPartOfAName() throws {
        // "Tom Reed I’ve …" is Tom Reed and the interviewee's "I’ve", not a person "Tom Reed I’ve".
        let text = """
            Q&A with harbor master Omar Voss.

            Q: Who knows the port best?

            A: Other than Tom Reed I’ve met no one who knows it better. I’ve said for years that the cranes are too old.
            """
        let found = quotes(text, .indirect)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Omar Voss" && found[0].asWritten == "I’ve")
    }

    @Test func aBareIAfterANameIsARegnalNumber() throws {
        let found = try #require(quotes("King Olaf I, who ruled the north, said that the ports would stay open to every ship.", .indirect).first)
        #expect(found.speaker == "Olaf I")
        // Before a word, "I" is the one speaking: the name ends before it.
        let like = try #require(quotes("“Like Tom Reed I think the port is safe,” Ann Lowe said.", .direct).first)
        #expect(like.speaker == "Ann Lowe")
        #expect(!QuotationExtractor.analyze("“Like Tom Reed I think the port is safe,” Ann Lowe said.").mentions.contains { $0.name.hasSuffix(" I") })
        // After a role, "I" is the writer: the name in apposition speaks.
        let text = "The editor I worked for, Tim Vane, broke in to announce, “The paper is sold.”"
        let sold = try #require(quotes(text, .direct).first)
        #expect(sold.speaker == "Tim Vane")
    }

    @Test func anAttributionBetweenTheCommasBeforeThatIsWhoSpeaks() throws {
        // "The files show, he said, that …": he reports what the files show; the files do not speak.
        let text = """
            The audit raised new questions about the harbor contract.

            Tom Reed, who heads the watchdog group, charged that the mayor hid the audit from the council.

            The audit indicates, he said in a phone interview, that “the council and the builder worked together on the bid.”
            """
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Tom Reed" && found[0].asWritten == "he")
        // With no attribution between the commas, the verb's subject still reports ("argued, in a letter, that").
        let plain = try #require(quotes("Tom Reed argued, in a letter to the council, that the audit was incomplete.", .indirect).first)
        #expect(plain.speaker == "Tom Reed")
    }

    @Test func onlyAnAttributionOpeningTheAsideBeforeThatReportsTheClause() throws {
        // A cue further inside the aside tells where or how it was said; the verb's subject reports.
        let report = quotes("Ann Lowe claimed, in a report Tom Reed wrote last year, that the port lost money.", .indirect)
        #expect(report.contains { $0.speaker == "Ann Lowe" && $0.cue == "claimed" && $0.text == "the port lost money" })
        #expect(!report.contains { $0.speaker == "Tom Reed" })
        let letter = quotes("Tom Reed argued, in a letter he said was private, that the audit was wrong.", .indirect)
        #expect(letter.contains { $0.cue == "argued" && $0.text == "the audit was wrong" })
    }

    @Test func iInAnInterviewIsWhoTheIntroductionSaysWasInterviewed() throws {
        // Someone named earlier in the introduction is talked about; the one spoken with answers.
        let text = """
            Tolls set by Governor Ada Brant have hit the ferry towns hard. We spoke with the economist Jo Hale about what comes next.

            Q: What did you tell the council?

            A: I told the council that fares would fall before the summer.
            """
        let found = try #require(quotes(text, .indirect).first)
        #expect(found.asWritten == "I" && found.speaker == "Jo Hale")
        // Else the one person named in the paragraph before the first question.
        let lastParagraph = """
            Tolls set by Governor Ada Brant have hit the ferry towns hard.

            Jo Hale has studied them for years.

            Q: What did you tell the council?

            A: I told the council that fares would fall before the summer.
            """
        #expect(quotes(lastParagraph, .indirect).first?.speaker == "Jo Hale")
        // Two people there and nothing telling which answers: "I" names no one.
        let unclear = """
            Tolls set by Governor Ada Brant have hit the ferry towns hard, and Jo Hale has studied them for years.

            Q: What did you tell the council?

            A: I told the council that fares would fall before the summer.
            """
        let open = try #require(quotes(unclear, .indirect).first)
        #expect(open.asWritten == "I" && open.speaker == nil)
        // Unless one of them opens a sentence there: whom the introduction is about.
        let opening = """
            Jo Hale, an economist, has studied the tolls set by Governor Ada Brant for years.

            Q: What did you tell the council?

            A: I told the council that fares would fall before the summer.
            """
        #expect(quotes(opening, .indirect).first?.speaker == "Jo Hale")
    }

    @Test func theyIsNotAGroupQuotedBeforeAParagraphNamingOthers() throws {
        let text = """
            On one side are activists who want the old pier kept. They argue that the harbor will recover.

            Councillor Ana Ruiz criticized Jo Hale and Tom Reed. They said the criticism was unfair.
            """
        let found = quotes(text)
        try #require(found.count == 2)
        #expect(found[0].speaker == "activists")
        #expect(found[1].asWritten == "They" && found[1].speaker != "activists")
    }

    @Test func theyIsTheGroupANamedAskerPutAQuestionTo() throws {
        let text = """
            The leaflet contradicted what Jo Hale and Tom Reed said about the vote. They had asserted it passed.

            Mayor Ana Ruiz asked the crowd, "Who wants a new pool?" They said they would pay for it.
            """
        let found = quotes(text)
        let last = try #require(found.last)
        #expect(last.asWritten == "They" && last.speaker == "crowd")
    }

    @Test func theyIsTheGroupAQuestionWasPutTo() throws {
        let text = """
            “We will open the bridge in May,” Mayor Ines Calder said at the fair. She then asked the cheering crowd, \
            “Should we name it after the ferry?” They said the ferry deserved it.
            """
        let found = quotes(text)
        try #require(found.count == 3)
        #expect(found.map(\.speaker) == ["Ines Calder", "Ines Calder", "cheering crowd"])
        #expect(found[2].asWritten == "They")
    }

    @Test func itOrTheyIsTheSubjectOfTheSentenceBefore() throws {
        let text = """
            “Fees must rise,” the Port Authority said.

            The audit office published its findings on Monday. The report also described how staff took files home. It said officials had hidden the breaches.

            Still, the Harbor Trade Council opposed the plan. “Keep the fee where it is,” it said.

            Three economists at a state university studied the shift. They concluded that wages never recovered.
            """
        let found = quotes(text)
        try #require(found.count == 4)
        #expect(found[1].speaker == "report" && found[1].asWritten == "It")
        #expect(found[2].speaker == "Harbor Trade Council")
        #expect(found[3].speaker == "three economists" && found[3].asWritten == "They")
    }

    @Test func theyLooksPastASentenceAboutOneThing() throws {
        let text = """
            Mayor Tom Hale said the plan was sound. In a recent study, three economists at the state university \
            raised a challenge to the plan. In theory, a town adjusts by moving workers into new trades. They \
            examined the record of the town. The adjustment, they concluded, never happened.
            """
        let found = quotes(text, .indirect)
        try #require(found.count == 2)
        #expect(found[1].speaker == "three economists" && found[1].asWritten == "they")
    }

    @Test func itInALaterClauseIsTheBodyHeadingItsSentence() throws {
        let text = """
            Mayor Lena Voss offered to debate on Tuesday in the old town hall. The Pruitt campaign countered Sunday by \
            suggesting four other nights, which it previously had said were unacceptable.

            The state auditor released her findings. For instance, the audit notes the agency kept no records, and it \
            says the money was lost.
            """
        let found = quotes(text, .indirect)
        try #require(found.count == 2)
        #expect(found[0].speaker == "Pruitt campaign" && found[0].asWritten == "it")
        // Past the verb, a second article opens its object, not the subject.
        #expect(found[1].asWritten == "it" && found[1].speaker != "agency")
        // The article opening the sentence is capitalised; the body it heads is still "it", not a body named before.
        let opening = "The Harbour Trust opposed the toll on Monday. Ed Roe leads a program called Safe Piers. The group works to protect the pier through what it calls “sensible harbour rules for every boat.”"
        #expect(quotes(opening, .direct).map(\.speaker) == ["group"])
    }

    @Test func heOrSheIsAManOrWomanDescribedAfterTheLastQuotation() throws {
        let text = """
            Mayor Lena Voss defended the new curfew. “We will enforce it,” she said.

            In March, a 19-year-old Dayton man was fined after he broke the curfew twice. A 34-year-old Boston woman, \
            meanwhile, received probation after she had posted threats against the council. “Shut it down!” she wrote.

            One local woman, Ruth Keane, pulled the mayor aside. “Thanks for coming,” she told her.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 3)
        #expect(found[0].speaker == "Lena Voss")
        #expect(found[1].speaker == "34-year-old Boston woman" && found[1].asWritten == "she")
        // A name in apposition to the description is who she is.
        #expect(found[2].speaker == "Ruth Keane")
    }

    @Test func wordsTakenForANameAreNotWhomSheStandsFor() throws {
        let text = """
            Regarding Calder’s speech at the fair, Mona Vance shared her view that none of it mattered.

            “The way I see it,” she said, “people will forget.”
            """
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Mona Vance")
    }

    @Test func theSubjectAfterAnOpeningParticipleIsTheReferent() throws {
        let text = """
            “Turnout was low,” Peter Hale said.

            Asked about the vote, Mr. Omar Haddad smiled broadly. “We won every ward,” he said.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 2)
        #expect(found[1].speaker == "Omar Haddad")
    }

    @Test func itStaysUnresolvedRatherThanTakeANameParagraphsBack() throws {
        let text = """
            The Riverton Gazette covered the dispute closely in May.

            Residents packed the hall on Monday night. Many stood outside in the rain.

            The mood at the door was plain. “No more fees for families who already pay too much,” it read.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        #expect(found[0].speaker == nil)
    }

    @Test func heIsNotSomeoneDescribedAsAWoman() throws {
        let text = """
            Dan Porter chaired the meeting on Tuesday. “We will vote on Friday,” said a young woman.

            “It is too late for that,” he said.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 2)
        #expect(found[0].speaker == "unnamed young woman")
        #expect(found[1].speaker == "Dan Porter")
    }

    @Test func theNameAfterSaidOutranksAPossessiveOpeningTheSentence() throws {
        let text = """
            Dan Roe's claims may be "strategic," said Jeffery Hanson, a professor at a state university.

            "Each candidate is talking to the base and not to the public as a whole," he said.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Jeffery Hanson")
    }

    @Test func theyIsAGroupQuotedInTheSentenceBeforeRatherThanItsSubject() throws {
        let text = """
            The Riverton Council raised funding for the clinic in May, yet it is still half of what the nurses say they need each year. \
            The money would pay for itself within three years, they say.
            """
        let found = quotes(text, .indirect)
        try #require(found.count == 2)
        #expect(found[1].speaker == "nurses" && found[1].asWritten == "they")
    }

    @Test func whoAfterAnAppositionIsThePersonItDescribes() throws {
        let text = """
            The budget drew a sharp reply from Nora Vance, a former adviser to the county board, who said the road fund was far too small.

            Paul Emery, the treasurer, who said the figures were out of date, left the hearing early.
            """
        let found = quotes(text, .indirect)
        try #require(found.count == 2)
        #expect(found[0].speaker == "Nora Vance")
        #expect(found[1].speaker == "Paul Emery")
    }

    @Test func twoPeopleJoinedByAndSpeakAsOne() throws {
        let text = """
            The vote was delayed by Greta Lind and Omar Pratt, who said the maps had not been checked.

            Greta Lind and Omar Pratt met the press on Friday. They said the county would appeal.
            """
        let found = quotes(text, .indirect)
        try #require(found.count == 2)
        #expect(found[0].speaker == "Greta Lind and Omar Pratt")
        #expect(found[1].speaker == "Greta Lind and Omar Pratt" && found[1].asWritten == "They")
    }

    @Test func aListOfThreeIsNotReadAsAPair() throws {
        let text = "Hal Moss, Greta Lind and Omar Pratt said the maps had not been checked."
        let found = quotes(text, .indirect)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Omar Pratt")
    }

    @Test func wordsEndingInAPrepositionBeforeTheCueAreNotTheSpeaker() throws {
        let text = """
            Nora Vance, a nurse, then appeared on the radio on Monday and began by saying she would never give up.

            She then defended the plan, saying, “It is the best we can do for the county.”
            """
        let found = quotes(text, .indirect) + quotes(text, .direct)
        try #require(found.count == 2)
        #expect(found.allSatisfy { $0.speaker == "Nora Vance" })
    }

    @Test func anObjectHerDoesNotMakeThePersonBeforeItAWoman() throws {
        let text = """
            “The ledger was never touched,” Mr. Pruitt said on Monday.

            Mrs. Lowe has always said the ledger was safe. Judge Okafor backed her up at a hearing in March. “There was no sign of tampering,” he said.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 2)
        #expect(found[1].speaker == "Okafor" && found[1].asWritten == "he")
    }

    @Test func aPersonIntroducedAfterOpeningAdjunctsIsTheNextPronoun() throws {
        let earlier = "“We will carry this county,” Ray Dunmore said on Monday.\n\n"
        for opening in ["The night before, at a dinner in Akron, Ohio, Tom Baker was just as confident.",
                        "Speaking to reporters on Friday, Tom Baker was calm.",
                        "Chess great Tom Baker spoke at the fair."] {
            let found = quotes(earlier + opening + " “The numbers are on our side,” he said.", .direct)
            try #require(found.count == 2)
            #expect(found[1].speaker == "Tom Baker", "\(opening)")
        }
    }

    @Test func theSubjectWhoDismissesAClaimIsTheNextPronounNotTheClaimant() throws {
        let text = """
            “We will carry this county,” Ray Dunmore said on Monday.

            Tom Baker scoffed at Dunmore’s claim to lead the race. “The numbers are on our side,” he said.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 2)
        #expect(found[1].speaker == "Tom Baker")
    }

    @Test func theNameAVerbTakesAsItsObjectIsNotThePronounsFirstChoice() throws {
        let text = """
            “We will cut the tax,” Mr. Hale said on Monday.

            In a week in which Mr. Hale attacked Sandy Crofts, Mrs. Pell has stayed calm. “I will not answer him,” she said.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 2)
        #expect(found[1].speaker == "Pell")
    }

    @Test func itIsTheDocumentNamedJustBefore() throws {
        let text = """
            Mayor Lena Ortiz cited a memo from 2009 written by the city planners. It says the bridge must be closed in winter.

            “We cannot wait,” the letter read. It stated that the fund was empty. It said that the board had failed.
            """
        let found = quotes(text, .indirect)
        try #require(found.count == 3)
        #expect(found[0].speaker == "memo" && found[0].asWritten == "It")
        #expect(found[1].speaker == "letter" && found[2].speaker == "letter")
    }

    @Test func theyIsTheGroupAfterAnOpeningAdjunctOrANamesCampaign() throws {
        let text = """
            Hal Pruitt said the vote was close. But throughout the summer, members of the union criticized the decision. They said the endorsement was rushed.

            Hal Pruitt said the vote was close. Dana Whitcomb’s campaign is tying the bill to the mayor. They are saying the vote is a signal.
            """
        let found = quotes(text, .indirect)
        try #require(found.count == 4)
        #expect(found[1].speaker == "members" && found[1].asWritten == "They")
        #expect(found[3].speaker == "Dana Whitcomb’s campaign")
    }

    @Test func aPartyOrAPeopleIsNoOneTheSingularPronounStandsFor() throws {
        let text = "The plan was released on Monday. Ohio Democrats praised the plan. “It is fair to every town,” she said."
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        // Nor does the subject of the sentence before stand in for the unresolved "she".
        #expect(found[0].speaker == nil)
    }

    @Test func aTitleThatGivesThePronounsGenderOutweighsASpeakerOfUnknownGender() throws {
        let text = """
            “The court needs a moderate,” Quillon Ashby said on Monday.

            There is also the chance that Mrs. Crane, if elected, might name a judge from Ohio. “What a fine idea,” she said.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 2)
        #expect(found[1].speaker == "Crane")
    }

    @Test func aNameAfterAnIngVerbIsItsObject() throws {
        let text = """
            The vote is on Tuesday.

            A pastor backing Mr. Dole, Ray Whitten of Grace Church, spoke next. “Find your polling place,” he said.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Ray Whitten")
    }

    @Test func aNamesCampaignOrAdvisersAreNoOnePerson() {
        #expect(!DocumentModel.isOnePerson("Jo Roe’s campaign"))
        #expect(!DocumentModel.isOnePerson("Mr. Roe's advisers"))
        #expect(DocumentModel.isOnePerson("Jo Roe"))
    }

    @Test func aSurnameATitleGaveElsewhereStaysAPerson() throws {
        let text = """
            President Quist spoke on Monday. Mr. Tam praised the deal.

            And even Quist tried to help them, noting the risks. “It is not my job to judge,” he said.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Quist")
    }

    @Test func theOnlyFittingPersonAPrepositionIntroducedIsTheLastResort() throws {
        let text = "Mr. Moss opened the call on Monday. He was joined on the call by Quenby Ortega, head of the Farm Fund. She said the bill was weak."
        let found = quotes(text, .indirect)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Quenby Ortega" && found[0].asWritten == "She")
    }

    @Test func anOpeningIngVerbIsNotPartOfTheNameAfterIt() throws {
        let found = quotes("Backing Mary Quill was risky for the board. She said the vote would be close.", .indirect)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Mary Quill" && found[0].asWritten == "She")
    }

    @Test func aNameQualifyingAThingIsNoOneHeStandsFor() throws {
        let text = """
            Past the Copper Kettle bakery and a 1920s-era Art Nouveau movie house, Omar Haddad stopped to rest.

            “We sold every seat,” he said.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Omar Haddad")
    }

    @Test func aNameQuotedAsATermLendsNoSurname() throws {
        let text = """
            Some users jokingly call the forum “Camp Quorra,” after its founder.

            Quorra said on Monday that it had removed thousands of fake accounts. It added that it would hire more moderators.
            """
        let found = quotes(text, .indirect)
        try #require(found.count == 2)
        #expect(found[0].speaker == "Quorra")
        #expect(found[1].speaker == "Quorra" && found[1].asWritten == "It")
    }

    @Test func aPossessivePronounBeforeAStatementNounNamesItsOwner() throws {
        let text = """
            The orchard festival opened on Saturday.

            Council member Ida Quell, a critic of the budget, drew jeers last spring over her remark that the festival was a waste of money.
            """
        let found = quotes(text, .indirect)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Ida Quell" && found[0].asWritten == "her")
    }

    @Test func aPlaceInTheWordsDescribingANewSubjectKeepsItTheNextPronoun() throws {
        let text = """
            Growers were relieved. “The rain came just in time,” said Tomas Berger, who farms near the river.

            Only last month, Nebraska rancher Eli Vance sounded the alarm about the drought. “I was selling cattle I could not feed,” he told a radio station.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 2)
        #expect(found[1].speaker == "Eli Vance" && found[1].asWritten == "he")
    }

    @Test func aNameOpeningTheAppositionNamesTheSubjectDescribedBeforeIt() throws {
        let text = """
            Ms. Oduya has courted teachers for a year.

            One teacher backing Ms. Oduya, Pavel Horak of Lincoln High in Dover, said he had phoned dozens of colleagues. He hands out leaflets after class, he said.
            """
        let found = quotes(text, .indirect)
        try #require(found.count == 2)
        #expect(found[0].speaker == "Pavel Horak")
        #expect(found[1].speaker == "Pavel Horak" && found[1].asWritten == "he")
    }

    @Test func aGivenNameOutweighsAMaleRoleTitle() throws {
        let text = """
            The club opened a new hall on Monday. “We waited ten years for this,” said Ruth Penn, its treasurer.

            Club spokesman Helen Marsh said the hall was paid for by members. “Not one cent came from the city,” she said.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 2)
        #expect(found[1].speaker == "Helen Marsh" && found[1].asWritten == "she")
    }

    @Test func aSurnameAfterANicknameInMarksIsAPersonHeCanStandFor() throws {
        let text = """
            “The vote is a mistake,” said Mayor Leon Brandt on Monday.

            The loudest voice at the meeting was the retired pilot Walter “Skip” Oberlin. Oberlin was angry about the noise, and he said the new runway should never open.
            """
        let found = quotes(text, .indirect)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Oberlin" && found[0].asWritten == "he")
    }

    @Test func theyIsNotACountryNamedNearby() {
        let text = """
            Grain traders in the port have had a hard year since Brazil flooded the market with cheap soy.

            Meanwhile, Argentina is raising export taxes, they say, in a bid to fill its budget gap.
            """
        let found = quotes(text, .indirect)
        #expect(!found.contains { $0.speaker == "Brazil" || $0.speaker == "Argentina" })
    }

    @Test func anUnresolvedPronounAttributionStillJoinsTheQuotation() throws {
        let text = """
            The harbour has lost half its trade since the canal opened in the north.

            “Nobody in the town council planned for this,” they wrote. “The town was told the canal would bring more ships, not fewer.”
            """
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        #expect(found[0].text.hasPrefix("Nobody in the town") && found[0].text.hasSuffix("not fewer."))
        #expect(found[0].speaker == nil && found[0].asWritten == "they")
    }

    @Test func hisOrHerWordsAsSubjectAreWhomThePronounStandsFor() throws {
        let text = """
            The hospital board met behind closed doors, and its chair, Ana Ruiz, spoke to staff afterwards.

            Her remarks suggested that the night ward would close in the spring.
            """
        let found = quotes(text, .indirect)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Ana Ruiz" && found[0].asWritten == "Her remarks")
    }

    @Test func anUnlistedVerbAfterThePronounEndsTheAttributionBeforeALaterCue() throws {
        let text = """
            Mayor Carl Jensen lost patience with the council on Monday. “We have talked about this road for six years,” Jensen said.

            “Sit down and let me finish the sentence,” he growled, as Councilwoman Dora Platt continued to object.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 2)
        #expect(found[1].speaker == "Carl Jensen" && found[1].asWritten == "he")
    }

    @Test func aSingleNameThatWhoFollowsIsAPerson() throws {
        let text = """
            “We sold out in an hour,” said Marta Lindqvist, who runs the festival.

            Later Zendaro, who headlined the main stage, spoke about touring. “I wrote half of these songs in airports,” he said.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 2)
        #expect(found[1].speaker == "Zendaro" && found[1].asWritten == "he")
    }

    @Test func theTitleOfASurnameSharedByACoupleFindsWhomThePronounsTell() throws {
        let text = """
            Tariq and Salma Anwar, who run the bakery on Mill Street, have owned it for thirty years.

            Tariq Anwar said his father opened it. Salma Anwar bakes the bread, and she starts at four.

            Mrs. Anwar said the rent had doubled. Mr. Anwar said they would stay.
            """
        let found = quotes(text, .indirect)
        #expect(found.contains { $0.speaker == "Salma Anwar" && $0.asWritten == "Mrs. Anwar" })
        #expect(found.contains { $0.speaker == "Tariq Anwar" && $0.asWritten == "Mr. Anwar" })
    }

    @Test func aPlaceEndingInHookOrCreekIsNoOneHeStandsFor() throws {
        let text = """
            Rep. Dale Ortiz grew up near the shore. “The storm took our street,” he said.

            In that sense, Walter Creek was not just a flood, but a personal summons. “I decided that night to run for office,” he added.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 2)
        #expect(found[1].speaker == "Dale Ortiz")
    }

    @Test func theSubjectAfterAnOpeningAdjunctBeatsANameInsideIt() throws {
        let text = """
            Comparing the budget to the one Gov. Ellis Tran signed in 2010, Nadia Holm, the state treasurer, found little to praise.

            “This plan spends money we do not have,” she wrote in a letter to lawmakers.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Nadia Holm" && found[0].asWritten == "she")
    }

    @Test func aSubjectAfterButAndAnOpeningAdjunctIsTheNextPronoun() throws {
        let text = """
            The union's lawyer, Paul Voss, called the offer an insult and said it would be rejected.

            But at a rally in Dayton on Friday, Mayor Owen Pike showed no sign of backing down. He said the city could not pay more.
            """
        let found = quotes(text, .indirect)
        try #require(found.count == 2)
        #expect(found[1].speaker == "Owen Pike" && found[1].asWritten == "He")
    }

    /// A description near the start of a long document still finds the person named before it,
    /// though hundreds of names follow later in the text.
    @Test func aDescriptionEarlyInALongDocumentFindsItsName() throws {
        let given = ["Ann", "Tom", "Lia", "Omar", "Rita", "Paul"], family = ["Hale", "Voss", "Kerr", "Bell", "Marsh", "Dunn", "Price"]
        let later = (0..<500).map { i in
            "\(given[i % 6]) \(family[i % 7]) met \(given[(i + 1) % 6]) \(family[(i + 3) % 7]) in the hall on day \(i)."
        }
        let text = (["Mayor Lena Ortiz of Port Alder addressed the council on Monday. The spokeswoman said the harbour budget would grow."]
                    + later).joined(separator: "\n\n")
        let found = quotes(text, .indirect)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Lena Ortiz" && found[0].asWritten == "The spokeswoman")
    }

    @Test func aChamberAndAPartyWordBeforeANameDescribeThePerson() throws {
        let text = """
            “We will read every page of the report,” Senator Ivo Brandt told reporters.

            Assembly Republican Oscar Lindgren agreed with that point. “Nobody here has seen the full budget yet,” he said.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 2)
        #expect(found[1].speaker == "Oscar Lindgren" && found[1].asWritten == "he")
    }

    @Test func heOrSheStandsForALoneSurnameThatOpensTheSentenceBefore() throws {
        let text = """
            The county board met on Tuesday to weigh the new budget, and Brandvold spoke first.

            Brandvold also addressed the housing shortage. She said the county would open 400 new homes next year.
            """
        let found = quotes(text, .indirect)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Brandvold" && found[0].asWritten == "She")
    }

    @Test func wordsGivenWhenAskedAreTheirSpeakersNotTheQuestioners() throws {
        let text = """
            The ruling now rests with Judge Mara Ellingsen, who told Parliament when asked about the delay last week: "The file is with the prosecutors."
            """
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        #expect(found[0].speaker == "Mara Ellingsen")
    }

    @Test func itDoesNotStandForAPeopleNamedJustBefore() throws {
        let text = """
            The memo, found by Harbor Watch, was written by a deputy minister two days after the flood. Three Canadians died in the storm.

            “We could have sent boats sooner,” it reads.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 1)
        #expect(found[0].asWritten == "it" && found[0].speaker != "Canadians")
        #expect(found[0].speaker == "memo")
    }

    @Test func heOrSheAfterAQuotationOfALoneSurnameStandsForIt() throws {
        let text = """
            “The fund is empty,” said Anna Kerr, the county treasurer, on Monday.

            At the board meeting on Tuesday, the vote went against the plan. “We have no money left,” Brandvold said after the vote.

            “The homes will have to wait,” she added.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 3)
        #expect(found[2].speaker == "Brandvold" && found[2].asWritten == "she")
    }

    @Test func theyStandsForPeopleDescribedAsTheSubjectBefore() throws {
        let text = """
            “The plant stays open,” the Marlow Works said in May.

            People familiar with the sale were certain that the buyer would cut jobs. And they insisted that the town council knew it.
            """
        let found = quotes(text, .indirect)
        try #require(found.count == 1)
        #expect(found[0].asWritten == "they" && found[0].speaker == "people")
    }

    /// "Local governments …. They say": governments are a group of people "they" stands for, not the group quoted before.
    @Test func theyStandsForGovernmentsHeadingTheSentenceBefore() throws {
        let text = """
            Critics doubt the figures. But experts note that the counts are old.

            To protect jobs and revenue, county governments have been known to stall when the state demanded they stop building. They say the roads are finished.
            """
        let found = try #require(quotes(text, .indirect).first { $0.text.contains("roads are finished") })
        #expect(found.asWritten == "They" && found.speaker == "county governments")
    }

    /// "Aides stressed that Hale's plan included …. He announced": the owner opening the reported clause right
    /// before is whom a pronoun opening its sentence stands for, not the speaker quoted in the paragraph before.
    @Test func anOwnerOpeningTheReportedClauseBeforeIsThePronounsPerson() throws {
        let text = """
            Gov. Tom Hale took office in May. Mayor Ray Olin wants a new bridge. “We need it now,” Olin said.

            Aides stressed on Tuesday that Hale’s plan of last year included two parts. He announced a tax on trucks and a fund for repairs.
            """
        let found = try #require(quotes(text, .indirect).first { $0.text.contains("tax on trucks") })
        #expect(found.speaker == "Tom Hale")
        // Not when the pronoun signs a quotation: the speaker quoted before goes on.
        let signed = text.replacingOccurrences(of: "He announced a tax on trucks and a fund for repairs.", with: "“It is a good start,” he said.")
        #expect(quotes(signed, .direct).first { $0.text.hasPrefix("It is") }?.speaker == "Ray Olin")
        // Nor when a person is the subject there.
        let subject = text.replacingOccurrences(of: "Aides stressed", with: "Olin stressed")
        #expect(quotes(subject, .indirect).first { $0.text.contains("tax on trucks") }?.speaker == "Ray Olin")
    }

    /// "When I emailed Hale …, he replied": the one asked answers, not the speaker quoted before.
    @Test func theOneAnOpeningWhenClauseAddressesAnswers() throws {
        let text = """
            Judge Ray Olin took a short recess. When he returned he began by saying, “The sentence is fair.” Hale, however, could not have been more pleased.

            Later, when I emailed Hale to thank him for his work, he replied, “It was an honor to help.”
            """
        let found = try #require(quotes(text, .direct).first { $0.text.hasPrefix("It was") })
        #expect(found.speaker == "Hale")
        // Not when the clause names two people: who speaks is left to the rules after.
        let two = text.replacingOccurrences(of: "when I emailed", with: "when Olin emailed")
        #expect(quotes(two, .direct).first { $0.text.hasPrefix("It was") }?.speaker == "Ray Olin")
    }

    @Test func heStandsForANameInAppositionToTheDescriptionOpeningTheSentence() throws {
        let text = """
            “We need more money,” said Jo Dunn, a clerk.

            The other man, his neighbor Tom Fry, 52, called the mayor’s budget a gamble. “He spends like a gambler,” he said.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 2)
        #expect(found[1].asWritten == "he" && found[1].speaker == "Tom Fry")
    }

    @Test func heOrSheStandsForWhomANewParagraphNamesAsASubjectNotTheSpeakerBefore() throws {
        let text = """
            “The bridge is safe,” said Ann Dunn, the engineer.

            There is also the chance that Mrs. Hale, if elected, might appoint Mr. Roe himself, a prospect sure to anger the council. “What a fine idea,” she said in May.

            “We will build it,” said Tom Walsh, the planner.

            The planner also gave Dan Fitch some credit for the design. “He worked hard,” he said.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 4)
        #expect(found[1].asWritten == "she" && found[1].speaker == "Hale")
        // A name a verb governs is its object, not whom the pronoun stands for.
        #expect(found[3].asWritten == "he" && found[3].speaker == "Tom Walsh")
    }

    @Test func theyStandsForTheGroupHeadingItsOwnSentence() throws {
        let text = """
            “The levy is fair,” said the Harbor Trade Council.

            Dock workers in the port have settled on one view: by nearly three to one, they say the levy should go.
            """
        let found = quotes(text, .indirect)
        try #require(found.count == 1)
        #expect(found[0].asWritten == "they" && found[0].speaker == "dock workers")
    }

    @Test func aNationalityOrTitleWordIsTheSurnameOfAPersonNamedInFull() throws {
        let text = """
            Dock owner Walter French met the council on Monday. French said the port would close in May.

            The fair was opened by Dr. Ann Song, a surgeon. Song said the clinic needed more nurses. “We are tired,” she added.
            """
        let found = quotes(text)
        try #require(found.count == 3)
        #expect(found[0].speaker == "Walter French" && found[0].asWritten == "French")
        #expect(found[1].speaker == "Ann Song" && found[2].speaker == "Ann Song")
    }

    @Test func aNameQualifyingAThingAfterAdjectivesOrAPossessiveIsNoOneSheStandsFor() throws {
        let text = """
            Ann Fry, a nurse, arrived early. She wore a faded green Polar Peak jacket to the meeting. “I am ready,” she said.

            Lena Ortiz covered the courts for a decade. (Listen to the Gazette's Hill Notes podcast with Tom Walsh.) “The beat was rough,” she said.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 2)
        #expect(found[0].speaker == "Ann Fry" && found[1].speaker == "Lena Ortiz")
    }

    @Test func aCampaignTeamOrAnEnforcementAgencyIsAnOrganisationNotAPerson() throws {
        let text = """
            Team Walsh said on Monday that the polls were wrong. Harbor and Customs Enforcement said the port was closed.
            """
        let found = quotes(text, .indirect)
        try #require(found.count == 2)
        #expect(found[0].speaker == "Team Walsh" && found[0].speakerKind == .organisation)
        #expect(found[1].speakerKind == .organisation)
    }

    @Test func itStandsForACourtPaperNamedJustBefore() throws {
        let text = """
            The case began in May. “He pushed the clerk,” Brill wrote in the affidavit. It said the clerk was hurt.
            """
        let found = quotes(text, .indirect)
        try #require(found.count == 1)
        #expect(found[0].asWritten == "It" && found[0].speaker == "affidavit")
    }

    @Test func theyStandsForTwoPeopleNamedTogetherEarlierInItsSentence() throws {
        let text = """
            As Nora Vance and Paul Ode toured the coast, they were cheered by voters - a new thing this month, they said.

            In a second paper they wrote with Ada Lin and Tom Roe, they argued that the towns never recovered.
            """
        let found = quotes(text, .indirect)
        try #require(found.count == 2)
        #expect(found[0].asWritten == "they" && found[0].speaker == "Nora Vance and Paul Ode")
        // Not two people a preposition introduces.
        #expect(found[1].speaker != "Ada Lin and Tom Roe")
    }

    @Test func aPersonWhoSpeaksInsideReportedWordsIsWhomHeStandsFor() throws {
        let text = """
            “The files were lost,” said Tom Walsh, the host.

            Several reporters have pointed out that Dan Hale said only that the records were sealed. He also said he was not able to judge the case.
            """
        let found = quotes(text, .indirect)
        try #require(found.count == 2)
        #expect(found[1].asWritten == "He" && found[1].speaker == "Dan Hale")
    }

    @Test func aConjunctionOpeningTheSentenceIsNotPartOfAnUnnamedSource() throws {
        let found = quotes("The council backed the dam. But experts warn that the valley will flood.", .indirect)
        try #require(found.count == 1)
        #expect(found[0].speaker == "experts")
    }

    @Test func aDocumentHeadingTheSubjectSpeaksForAQuotationInItsClause() throws {
        let text = """
            The council mailed every household a leaflet. Its latest report promises to “cut the queues at the town \
            hall by half before the end of the year.”

            The new ad targets a “broken system that rewards the wealthy and punishes everyone else who works.”

            The footnote gives the “date by which every village will have a bus running on the hour.”
            """
        let found = quotes(text, .direct)
        try #require(found.count == 3)
        #expect(found.map(\.speaker) == ["report", "ad", "footnote"])
        // Not a noun before another noun ("The post office will …"): no one speaks.
        let office = quotes("The post office will “never again lose a parcel in the holiday rush, however busy it gets.”", .direct)
        try #require(office.count == 1)
        #expect(office[0].speaker == nil)
        // Nor a two-letter word ending in s ("The memo as drafted"): "as" is no verb.
        let memo = quotes("The memo as drafted left the “final say on every new hire in the hands of the board.”", .direct)
        try #require(memo.count == 1)
        #expect(memo[0].speaker == nil)
    }

    @Test func anObjectPronounAfterAccordingToIsResolvedAsItsSubjectForm() throws {
        let text = """
            Ada Kerr runs the harbour board in Salem. She met the fishermen on Monday.

            The levy will pay for the new pier, according to her.

            Ben Dale, the mayor, spoke next. According to him, the town cannot afford another storm.

            The Harbor Trust met on Friday. The pier will close in May, according to them.

            Ada Kerr said little more. Ben Dale will lose his seat, according to her.
            """
        let found = quotes(text, .indirect)
        let levy = try #require(found.first { $0.text.hasPrefix("The levy") })
        #expect(levy.speaker == "Ada Kerr")
        #expect(levy.asWritten == "her")
        let storm = try #require(found.first { $0.text.hasPrefix("the town") })
        #expect(storm.speaker == "Ben Dale")
        #expect(storm.asWritten == "him")
        #expect(found.first { $0.text.hasPrefix("The pier") }?.speaker == "Harbor Trust")
        // Someone named in the words the pronoun reports is talked about, not the source.
        #expect(found.first { $0.text.hasPrefix("Ben Dale will") }?.speaker == "Ada Kerr")
        // With no one it may stand for, the pronoun is kept with no name.
        let alone = quotes("The pier will close in May, according to him.", .indirect)
        try #require(alone.count == 1)
        #expect(alone[0].speaker == nil)
        #expect(alone[0].asWritten == "him")
        // "them" stands for a group or a pair as "they" would.
        for group in ["The senators met on Monday.", "Ann Wilcox and Tom Hale met on Monday."] {
            let said = quotes(group + " They said the pier will close in May.", .indirect)
            let according = quotes(group + " The pier will close in May, according to them.", .indirect)
            try #require(said.count == 1 && according.count == 1)
            #expect(said[0].speaker != nil)
            #expect(according[0].speaker == said[0].speaker)
        }
        // "her" before a noun is a determiner: the noun phrase is the source.
        let aides = quotes("Ada Kerr left early. The pier will close in May, according to her aides.", .indirect)
        #expect(aides.first?.speaker != "Ada Kerr")
    }

    @Test func aLetterSignatureIsNoAntecedentInTheNextLetter() throws {
        let letters = """
            Readers on the harbour levy.

            The levy is a scandal. The council never asked us, and the mayor keeps dodging the question.

            Walter Briggs.

            Salem, Ore.

            Anyone can see the pier plan is a mess. He said the ferry would run all winter, and it never did.

            Nora Pike.
            """
        let found = try #require(quotes(letters, .indirect).first { $0.text.hasPrefix("the ferry") })
        #expect(found.speaker == nil)
        #expect(found.asWritten == "He")
        // A name the next paragraph names again heads a section about that person.
        let sections = """
            Two contenders remain in the race for the harbour board.

            Walter Briggs.

            Briggs has run the harbour board since 2009. He said the ferry would run all winter.
            """
        #expect(quotes(sections, .indirect).first { $0.text.hasPrefix("the ferry") }?.speaker == "Walter Briggs")
        // Names that head sections come before their text: the page does not end in one.
        let profiles = """
            Two contenders remain in the race for the harbour board.

            Walter Briggs.

            The former harbour master has run twice before. He said the ferry would run all winter.

            Mary Dunmore.

            The lawyer is new to politics. She said the levy was unfair.
            """
        let profiled = quotes(profiles, .indirect)
        #expect(profiled.first { $0.text.hasPrefix("the ferry") }?.speaker == "Walter Briggs")
        #expect(profiled.first { $0.text.hasPrefix("the levy") }?.speaker == "Mary Dunmore")
    }

    @Test func aRoleOpeningTheSentenceBeforeAGivenNameIsATitle() throws {
        let text = """
            Governor Mary Dunmore toured the flooded pier on Monday. Walter Briggs, the harbour master, was not there.

            Later the governor wrote that the levy was unfair.
            """
        let found = try #require(quotes(text, .indirect).first { $0.text.hasPrefix("the levy") })
        #expect(found.speaker == "Mary Dunmore")
        #expect(found.asWritten == "the governor")
        // A word opening the sentence that the text writes in lower case elsewhere is still no part of a name.
        let former = quotes("Former aides praised the plan. Walter Briggs said the former aides were right.", .indirect)
        #expect(former.first?.speaker == "Walter Briggs")
    }

    @Test func aPronounAPrepositionGovernsBeforeTheCueIsNoSubject() throws {
        let statement = quotes("Mary Dunmore, the harbour master, missed the vote. A statement from her said the board would meet in June.", .indirect)
        try #require(statement.count == 1)
        #expect(statement[0].speaker == "Mary Dunmore")
        #expect(statement[0].asWritten == "her")
        // The words before the preposition speak when they can.
        let spokesman = quotes("Mary Dunmore missed the vote. A spokesman for her said the board would meet in June.", .indirect)
        try #require(spokesman.count == 1)
        #expect(spokesman[0].speaker != "Mary Dunmore")
        #expect(spokesman[0].speaker?.hasSuffix("spokesman") == true)
        // After "to" or "for" the pronoun names the statement's addressee, who does not speak.
        let letter = quotes("Mary Dunmore missed the vote. A letter to her said the board would meet in June.", .indirect)
        try #require(letter.count == 1)
        #expect(letter[0].speaker != "Mary Dunmore")
        let email = quotes("The Harbor Trust missed the vote. An email for them said the board would meet in June.", .indirect)
        try #require(email.count == 1)
        #expect(email[0].speaker != "Harbor Trust")
        // So before a quotation the cue introduces.
        for mark in [",", ":"] {
            let direct = quotes("Mary Dunmore missed the vote. A statement from her said\(mark) “The board will meet in June.”", .direct)
            try #require(direct.count == 1)
            #expect(direct[0].speaker == "Mary Dunmore")
        }
        // A name opening a clause after the cue ("said Ben Dale would …") is what was said.
        let named = quotes("Mary Dunmore missed the vote. A statement from her said Ben Dale would resign.", .indirect)
        try #require(named.count == 1)
        #expect(named[0].speaker == "Mary Dunmore")
        #expect(named[0].text == "Ben Dale would resign")
        // "her" owning a participle used as an adjective reports nothing, also before a capital.
        #expect(quotes("Mary Dunmore missed the vote. Critics seized on her reported remarks about the pier.", .indirect).isEmpty)
        #expect(quotes("Mary Dunmore missed the vote. Critics pointed to her reported Senate bid.", .indirect).isEmpty)
    }

    @Test func aRoleNounAfterAnUntitledSubjectIsThatPersonNotOneTitledBefore() throws {
        let text = """
            Sen. Ada Quint won the primary in March and has kept a low profile since.

            Tom Reed spent Monday at the harbor with a crowd of fishermen. Stopping at a bait shop, the senator said the new toll would hurt the town.
            """
        let found = try #require(quotes(text, .indirect).first { $0.text.hasPrefix("the new toll") })
        #expect(found.speaker == "Tom Reed")
        #expect(found.asWritten == "the senator")
        // A subject the text titles otherwise is not the one the role noun stands for.
        let mayor = text.replacingOccurrences(of: "Tom Reed spent", with: "Mayor Tom Reed spent")
        #expect(quotes(mayor, .indirect).first { $0.text.hasPrefix("the new toll") }?.speaker == "Ada Quint")
    }

    /// A description no title or quotation resolves stands for the person near it whom the text gives no
    /// other office: "the candidate" is not one the text calls "Mayor".
    @Test func aDescriptionIsNotAPersonTheTextTitlesWithAnotherOffice() throws {
        let text = """
            Ned Varga urged Mayor Carl Brandt to reopen the harbor office. Brandt closed the office in May.

            “We ought to open it again this week,” the Republican presidential candidate said on a radio show.

            “It was a mistake to close it,” he went on.
            """
        let found = quotes(text, .direct)
        try #require(found.count == 2)
        #expect(found.map(\.speaker) == ["Ned Varga", "Ned Varga"])
        #expect(found[0].asWritten == "the Republican presidential candidate")
        // With no one else near, the titled person is still the one meant.
        let alone = text.replacingOccurrences(of: "Ned Varga urged Mayor Carl Brandt", with: "Voters urged Mayor Carl Brandt")
        #expect(quotes(alone, .direct).first?.speaker == "Carl Brandt")
    }

    /// A text that stops on "said Jo Hale and", with nothing after the "and", is read to its end without reading past it.
    @Test func aTextEndingOnAnAndAfterTheCuesNameIsReadToItsEnd() throws {
        let found = quotes("Ned Varga said the pier was safe. The vote, said Carl Brandt and", .indirect)
        #expect(found.first?.speaker == "Ned Varga")
        #expect(found.first?.text == "the pier was safe")
    }

    /// A text that stops on a description after a quotation ("“…,” the veteran") or on "According to X," is read to its
    /// end without reading past it.
    @Test func aTextEndingOnADescriptionOrASourcesCommaIsReadToItsEnd() throws {
        let described = quotes("Ned Varga said the pier was safe. “We need a new pier,” the veteran", .indirect)
        #expect(described.first?.speaker == "Ned Varga")
        let according = quotes("Ned Varga said the pier was safe. According to his aides,", .indirect)
        #expect(according.first?.speaker == "Ned Varga")
    }

    /// A text that opens on a cue and a name with others joined to it ("said Jo Hale and others,") is read from its
    /// first word without reading before it.
    @Test func aTextOpeningOnACueAndANameWithOthersIsRead() throws {
        let found = quotes("said Carl Brandt and others, and then the vote began. Ned Varga said the pier was safe.", .indirect)
        #expect(found.last?.speaker == "Ned Varga")
    }

    /// A word for whoever holds any office ("the official", "the leader") names the titled person's office too: it
    /// stays with the mayor, not with a farmer named beside him.
    @Test func aWordForAnyOfficeIsThePersonTheTextTitles() throws {
        let text = """
            Mayor Carl Brandt met Ned Varga, a farmer, at the docks on Monday.

            “We need a new pier,” the official said.
            """
        #expect(quotes(text, .direct).first?.speaker == "Carl Brandt")
        let leader = text.replacingOccurrences(of: "Mayor Carl Brandt", with: "President Carl Brandt")
            .replacingOccurrences(of: "the official", with: "the leader")
        #expect(quotes(leader, .direct).first?.speaker == "Carl Brandt")
    }

    /// Words a pronoun signs that open on that pronoun ("His best bet …") talk about the person the sentence
    /// before describes; the one quoted before says them.
    @Test func wordsOpeningOnThePronounAreNotThoseOfThePersonTheyTalkAbout() throws {
        let text = """
            Sen. Ed Marsh wants a new bridge. “The plan will not pass,” said Ray Olin, a pollster in Dayton. But the senator could still try to change the subject.

            “His best bet is to talk about jobs,” he said.
            """
        let found = try #require(quotes(text, .direct).first { $0.text.hasPrefix("His best bet") })
        #expect(found.speaker == "Ray Olin")
        // Also when the one before is not quoted but the subject of the sentence before.
        let unquoted = """
            Ned Varga wants a new bridge. Mayor Ray Olin is skeptical of the plan. But the candidate could still try to change the subject.

            “His best bet is to talk about jobs,” he said.
            """
        #expect(quotes(unquoted, .direct).first?.speaker == "Ray Olin")
        // Words about something else are the senator's, as the sentence before is about him.
        let own = text.replacingOccurrences(of: "His best bet", with: "The best bet")
        #expect(quotes(own, .direct).first { $0.text.hasPrefix("The best bet") }?.speaker == "Ed Marsh")
    }

    /// "The Roe campaign" heading a sentence is the campaign: he or she after it is not its owner.
    @Test func theOwnerOfACampaignIsNotAPronounsPerson() throws {
        let text = """
            Ed Marsh leads in the polls. Ray Olin spoke at the fair on Monday. “We need a clinic,” Olin said.

            The Marsh campaign on Monday mocked a post about him.

            “Is this what we accept now?” he asked.
            """
        let found = try #require(quotes(text, .direct).first { $0.text.hasPrefix("Is this") })
        #expect(found.speaker == "Ray Olin")
        // The owner written as the subject is who the sentence is about.
        let owner = text.replacingOccurrences(of: "The Marsh campaign on Monday mocked", with: "Marsh on Monday mocked")
        #expect(quotes(owner, .direct).first { $0.text.hasPrefix("Is this") }?.speaker == "Ed Marsh")
        // So is one with a word for the race before the noun ("the Roe presidential campaign").
        let race = text.replacingOccurrences(of: "The Marsh campaign", with: "The Marsh presidential campaign")
        #expect(quotes(race, .direct).first { $0.text.hasPrefix("Is this") }?.speaker == "Ray Olin")
    }

    /// "As for Roe, he said …": the one an opening "as for" names is whom the pronoun after its comma stands for,
    /// not the speaker quoted before.
    @Test func anOpeningAsForNamesWhomThePronounStandsFor() throws {
        let text = """
            Ray Olin warned that the vote could stall. “We cannot wait for a deal,” Olin said.

            As for Ed Marsh, he said he was not worried about the count.
            """
        let found = try #require(quotes(text, .indirect).first { $0.text.contains("not worried") })
        #expect(found.speaker == "Ed Marsh")
        // A thing it names leaves the pronoun to the speaker before.
        let thing = text.replacingOccurrences(of: "As for Ed Marsh,", with: "As for the vote,")
        #expect(quotes(thing, .indirect).first { $0.text.contains("not worried") }?.speaker == "Ray Olin")
    }

    @Test func aPronounOpeningTheNextSentenceOutweighsAGivenNamesUsualGender() throws {
        let text = """
            “We need more seats,” said Marty Olsen, chair of the parents' council.

            Olsen approaches it more calmly. She said she would rather see the money go to teachers.
            """
        let found = try #require(quotes(text, .indirect).first { $0.text.hasPrefix("she would rather") })
        #expect(found.speaker == "Marty Olsen")
        // A "she" further on in the sentence may be someone else's: the given name's gender stays.
        let later = text.replacingOccurrences(of: "She said", with: "Asked about the plan, she said")
        #expect(quotes(later, .indirect).first { $0.text.hasPrefix("she would rather") }?.speaker != "Marty Olsen")
    }

    @Test func aPronounDoesNotStandForANameQualifyingTheNounAfterIt() throws {
        let text = """
            At a forum for Asian American and Pacific Islander voters in Salem, Ed Hale took questions. Then one voter brought up the levy. She asked Hale about the new levy.
            """
        let levy = try #require(quotes(text, .indirect).first { $0.text.hasPrefix("the new levy") })
        #expect(levy.speaker != "Pacific Islander")
        #expect(levy.asWritten == "She")
        // A name after "a day after" is the subject of its clause, whatever the word after it.
        let strike = "Ostravia struck two villages in Norland on Tuesday, a day after Norland hit two sites in Ostravia it accuses of harboring a \"terrorist group.\""
        #expect(quotes(strike).first { $0.text.hasPrefix("terrorist group") }?.speaker == "Norland")
    }

    @Test func aPronounAPrepositionGovernsNamesNoSpeaker() throws {
        let text = """
            Hale won 18 of the 25 seats on the Salem slate on Saturday. It is not clear how loyal the slate will be, as several delegates included on it told the Gazette they were only leaning toward Hale.
            """
        let found = try #require(quotes(text, .indirect).first { $0.text.hasPrefix("they were only leaning") })
        #expect(found.speaker == nil)
        #expect(found.asWritten == "it")
    }

    @Test func givenOpeningASentenceIsNoPartOfTheNameAfterIt() throws {
        let text = "Sen. Walter Briggs backs the levy. Given Briggs's strong approval rating, he should push the vote now."
        let mentions = QuotationExtractor.analyze(text).mentions
        #expect(mentions.contains { $0.surface == "Briggs" })
        #expect(!mentions.contains { $0.surface.hasPrefix("Given") })
    }
}
