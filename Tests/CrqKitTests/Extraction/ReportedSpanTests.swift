@testable import Annotation
import Testing

/// Reported speech as news writes it around its clause: an attribution after the clause that goes on
/// with an addressee or a participle, an attribution between a fronted adverbial and the clause,
/// subjects no name gives (shares of voters, a relative pronoun's antecedent), a relative clause
/// reported ("which he said"), directives to a plain noun phrase, and headlines ending in a full stop
/// (sentences written for these tests).
struct ReportedSpanTests {
    private func indirect(_ text: String) -> [Quotation] {
        QuotationExtractor.analyze(text).quotations.filter { $0.kind == .indirect }
    }

    /// Each sentence reports exactly the clause paired with it.
    private func expectOneClause(_ cases: [(String, String)], sourceLocation: SourceLocation = #_sourceLocation) {
        for (text, clause) in cases {
            #expect(indirect(text).map(\.text) == [clause], "\(text)", sourceLocation: sourceLocation)
        }
    }

    /// Each sentence reports the clause paired with it, whose `field` (speaker or words as written) is the value given.
    private func expectClauses(_ cases: [(String, String, String)], _ field: KeyPath<Quotation, String?>,
                               sourceLocation: SourceLocation = #_sourceLocation) throws {
        for (text, clause, value) in cases {
            let row = try #require(indirect(text).first { $0.text == clause }, "\(text)", sourceLocation: sourceLocation)
            #expect(row[keyPath: field] == value, "\(text)", sourceLocation: sourceLocation)
        }
    }

    @Test func aClauseWithoutThatMayOpenWithABarePluralSubject() throws {
        let found = indirect("Orchard owners insist growers must follow the new spraying rules.")
        #expect(found.map(\.text) == ["growers must follow the new spraying rules"])
        // A plural noun with no auxiliary after it is the cue's object, not a clause.
        #expect(indirect("The inspectors stressed concerns about the spraying rules.").isEmpty)
    }

    @Test func aLongAttributionAfterTheClauseEndsIt() throws {
        let text = """
            The ferry service will resume by the end of the month, a spokeswoman for the harbour authority \
            told the county council on Tuesday, adding that repairs were nearly done.
            """
        let found = indirect(text)
        #expect(found.contains { $0.text == "The ferry service will resume by the end of the month" })
        let inverted = "The new bridge is far too narrow for the lorries, said Ellen Marsh, a haulage contractor from Dunmore."
        #expect(indirect(inverted).map(\.text) == ["The new bridge is far too narrow for the lorries"])
        #expect(indirect(inverted).first?.speaker == "Ellen Marsh")
    }

    @Test func aTrailingAttributionWithAnAuxiliaryAPairOrAnApposition() throws {
        let cases: [(String, String, String?)] = [
            ("The ferry was late for the third time, Rob Sand has said.", "The ferry was late for the third time", "Rob Sand"),
            ("The port will close for a week, dock workers and crane drivers told the paper.", "The port will close for a week", nil),
            ("The bridge needs new cables, city engineers say; in 2012, the repairs cost less.", "The bridge needs new cables", nil),
            ("The market fell again in May, the budget office reported on Tuesday -- a surprise to traders.", "The market fell again in May", nil),
            ("The harbour is nearly full, Jo Ames wrote in a memo to the staff.", "The harbour is nearly full", "Jo Ames"),
            ("The pier is “a total wreck,” said Gil Orr, marine engineer at the county office.", "The pier is “a total wreck,”", "Gil Orr"),
            ("Yet that is not enough, said Mia Roe, a senior analyst at Fenwick, who notes that sales fell.", "Yet that is not enough", "Mia Roe"),
            ("The ferry found no faults “of any kind,” said the harbour's director, Jim Comb, on Monday.", "The ferry found no faults “of any kind,”", nil),
        ]
        for (text, clause, speaker) in cases {
            let found = indirect(text)
            let row = try #require(found.first { $0.text == clause }, "\(text)")
            if let speaker { #expect(row.speaker == speaker) }
        }
        // A pair of places before a noun that looks like a cue ("states") is no attribution, nor is a
        // cue with an object after a subject set off by commas.
        #expect(indirect("Jo Hale leads the count in Ohio and will win after the contests in Texas, Utah and two other states on June 7.").isEmpty)
        #expect(indirect("Ann Lee, along with her partner at the firm and two other lawyers, wrote an assessment of the cases.").isEmpty)
    }

    @Test func aClauseOpeningWithAShortQuotationIsReported() throws {
        let found = indirect("“More ferries” would ease the queues at the pier, the harbour master said on Friday.")
        #expect(found.map(\.text) == ["“More ferries” would ease the queues at the pier"])
        #expect(found.first?.speaker == "harbour master")
        // A quotation closing on its comma before the cue is a direct quotation, not a clause.
        #expect(indirect("“We want the ferries back, we want them now,” said Jo Hale, who runs the kiosk.").isEmpty)
    }

    @Test func anInvertedAttributionBeforeTheSpeakersAppositionEndsTheClause() throws {
        let text = "The ferry will run again in May, said a former spokesman for the port, Al Vance, who ran the marina."
        #expect(indirect(text).map(\.text) == ["The ferry will run again in May"])
        // A cue with an object is no attribution: the object is no speaker with an apposition.
        let object = "The harbour trust, in its yearly report, noted sharp criticism by Ada Lind, the former head of the pilots."
        #expect(!indirect(object).contains { $0.text == "The harbour trust, in its yearly report" })
    }

    @Test func aSubjectWithAParticipleAGerundNounOrANounLikeCueKeepsItsWords() throws {
        let cases: [(String, String, String)] = [
            ("Some 40 percent of tenants polled said they would move.", "they would move", "Some 40 percent of tenants polled"),
            ("Ferry crews interviewed at the pier said they had no spare parts.", "they had no spare parts", "Ferry crews interviewed at the pier"),
            ("A person familiar with the planning says the talks will focus on fares.", "the talks will focus on fares", "A person familiar with the planning"),
            ("Majorities of tenants in five states say that rents are too high.", "rents are too high", "Majorities of tenants in five states"),
        ]
        for (text, clause, written) in cases {
            let row = try #require(indirect(text).first, "\(text)")
            #expect(row.text == clause)
            #expect(row.asWritten == written)
        }
    }

    @Test func reportedTakesAGerund() throws {
        #expect(indirect("The port authority reported spending $2 million on new cranes.").map(\.text) == ["spending $2 million on new cranes"])
    }

    @Test func aClauseWithoutThatAfterANamedSubjectOrAnAdverb() throws {
        let cases: [(String, String)] = [
            ("The Harbour Trust notes the ferry fare is lower in winter.", "the ferry fare is lower in winter"),
            ("And she claims her rival is wrong about the fares.", "her rival is wrong about the fares"),
            ("The pier's owners have long insisted they could not pay for repairs.", "they could not pay for repairs"),
            ("Jo Hale has since said she now backs the plan.", "she now backs the plan"),
            ("But boating specialists say the newest hulls might not be safe.", "the newest hulls might not be safe"),
            ("The port office said about half of the cranes stood idle.", "about half of the cranes stood idle"),
            ("The radio station reported at least six boats sank in the storm.", "at least six boats sank in the storm"),
            ("The captain said “local crews” must lead the search.", "“local crews” must lead the search"),
            ("Rangers say Ada Lind, the woman who found the boat, phoned them at dawn.", "Ada Lind, the woman who found the boat, phoned them at dawn"),
        ]
        expectOneClause(cases)
        // "him" after an -ing word is its object, not part of a subject.
        #expect(indirect("But hearing him say it twice makes the pier sound safer.").isEmpty)
        // A quotation the cue opens, followed by an adverb, is a direct quotation only.
        #expect(indirect("The captain said “we will find them” tonight.").isEmpty)
    }

    @Test func aLongClauseBeforeAColonAndAQuotationIsReported() throws {
        let text = "She said that the pier inspectors had checked every beam, to which Al Roe replied: “It is not true.”"
        #expect(indirect(text).first?.text == "the pier inspectors had checked every beam, to which Al Roe replied")
        #expect(indirect("The mayor said the following: “We will rebuild the pier.”").isEmpty)
    }

    @Test func aThatClauseAfterALongAdjunctOfTheSpeaking() throws {
        let cases: [(String, String)] = [
            ("Roe said Thursday during a town hall in Milton, Vermont, that the pier is unsafe.", "the pier is unsafe"),
            ("Jo Hale said — on the radio — that the pier raised $4 million.", "the pier raised $4 million"),
            ("Jo Hale said on the BBC’s “Morning Show” that he would look at the fares.", "he would look at the fares"),
            ("Jo Hale said in a written statement in March that the claims had no substance.", "the claims had no substance"),
            ("Jo Hale told a meeting in Salem, Oregon on Monday that the pier is safe.", "the pier is safe"),
        ]
        expectOneClause(cases)
        // A "that" after a common noun in the adjunct starts a relative clause, not what was said.
        #expect(indirect("The port office reported on Tuesday -- a development that surprised the traders.").isEmpty)
    }

    @Test func aTrailingAttributionWithAnAdjunctOrAParticipleBeforeAQuotation() throws {
        #expect(indirect("The town was only doing what other towns do, he told the court in his filing.").map(\.text)
                == ["The town was only doing what other towns do"])
        #expect(indirect("The ferry was never late on weekdays, Jo Hale said, adding, “It was a good ferry.”").map(\.text)
                == ["The ferry was never late on weekdays"])
        // A cue word used as a noun after "no" is no attribution.
        #expect(indirect("But the mayor, who has often struggled with the issue, made no comment on the ruling.").isEmpty)
    }

    @Test func theSubjectsNextActWithAPerfectOrAParticipleEndsTheClause() throws {
        #expect(indirect("The mayor said she wants a new pier and has expressed support for higher fares.").map(\.text) == ["she wants a new pier"])
        // The participle's own cue reports its clause.
        #expect(indirect("Jo Hale said the ferry is slow but suggesting that a bridge might not help.").map(\.text)
                == ["the ferry is slow", "a bridge might not help"])
        // Two -ing words joined by "and" are one list inside the clause.
        #expect(indirect("Jo Hale said the board was defending and promoting the chair.").map(\.text) == ["the board was defending and promoting the chair"])
    }

    @Test func aParticipleCueSpeaksForTheSubjectOfItsClause() throws {
        let found = try #require(indirect("The port agencies declined to give any details, saying they cannot discuss the case.").first)
        #expect(found.text == "they cannot discuss the case")
        #expect(found.asWritten == "The port agencies")
    }

    @Test func aShortOpeningAdjunctWithoutItsCommaIsPartOfTheClause() throws {
        let text = "On Tuesday she lost the county vote but was leading in the city, according to unofficial returns."
        #expect(indirect(text).map(\.text) == ["On Tuesday she lost the county vote but was leading in the city"])
    }

    @Test func anAddresseeThenAClauseWhosePossessiveSubjectHasARegularPastVerb() throws {
        #expect(indirect("Ada Lind told the paper her crew never worked with the port.").map(\.text) == ["her crew never worked with the port"])
        let asked = "When the harbour master was asked during a lunch held by the county paper if the pier would reopen, he laughed."
        #expect(indirect(asked).map(\.text) == ["if the pier would reopen"])
    }

    @Test func aDirectiveCueDoesNotReachPastTheCommaAfterIt() throws {
        let text = "If the fares stay this high, Jo Hale warned, many commuters plan to drive instead."
        #expect(indirect(text).map(\.text) == ["If the fares stay this high, Jo Hale warned, many commuters plan to drive instead"])
    }

    @Test func anAttributionBeforeAParticipleWithAQuotationReportsTheClauseBefore() throws {
        // The sentence ends in a quotation inside the participle's clause: the clause before is reported too.
        let text = "The new levy is unfair, the mayor said on Friday, noting that the council had “ignored every shop owner.”"
        let found = indirect(text)
        #expect(found.contains { $0.text == "The new levy is unfair" && $0.speaker == "mayor" })
        // A quotation that the cue opens is the report itself: no clause is made of the words before.
        let opened = "Of all the options, the mayor said, “the levy is the fairest one we have.”"
        #expect(indirect(opened).isEmpty)
    }

    @Test func anAttributionInsideASentenceEndingInAQuotationReportsTheSentence() throws {
        // The clause goes on after the attribution into a quotation: the whole sentence is reported.
        let midClause = "The new ferry, the mayor said, would carry twice as many cars and “end the summer queues.”"
        #expect(indirect(midClause).map(\.text) == [midClause])
        #expect(indirect(midClause).first?.speaker == "mayor")
        // The quotation opens after the attribution's comma, and a clause of its own comes before it.
        let opened = "The harbour was quiet on Sunday, the mayor added, “but the boats will be back by June.”"
        #expect(indirect(opened).map(\.text) == [opened])
        // Before the attribution, only an adverbial clause: the quotation is the report.
        let adverbial = "As the crowd left the square, the mayor said, “We will open the bridge on Monday.”"
        #expect(indirect(adverbial).isEmpty)
        let asked = "Asked about the delays that angered drivers, the mayor said, “We are doing what we can.”"
        #expect(indirect(asked).allSatisfy { !$0.text.hasPrefix("Asked") })
        // "a majority of …" after the attribution is the clause's subject, not an apposition: nothing is cut.
        let subject = "In the last ten years, the mayor said, a majority of drivers have come to see the toll as “a fair price.”"
        #expect(!indirect(subject).contains { $0.text == "In the last ten years" })
        // A cue with an object is no aside: "wrote a letter, calling it …".
        let object = "Last week, the company wrote a short letter to the council, calling the plan “a costly mistake.”"
        #expect(!indirect(object).contains { $0.text.hasPrefix("Last week") })
    }

    @Test func aSecondActOfTheSubjectEndsTheReportedClause() throws {
        let text = "Nora Vance noted that the bridge had been closed for a month and thanked Mayor Ellis for the repairs."
        #expect(indirect(text).map(\.text) == ["the bridge had been closed for a month"])
    }

    @Test func anIndirectQuestionAfterACue() throws {
        #expect(indirect("Nora Vance explained how the new toll would be collected.").map(\.text) == ["how the new toll would be collected"])
        // After "say" only when the answer is withheld: "said when she arrived" is an adjunct.
        #expect(indirect("The harbour master wouldn’t say whether the ferry will sail.").map(\.text) == ["whether the ferry will sail"])
        #expect(indirect("Nora Vance declined to say who would pay for the repairs.").map(\.text) == ["who would pay for the repairs"])
        #expect(indirect("Nora Vance said when she arrived the hall was already empty.").allSatisfy { !$0.text.hasPrefix("when") })
        // No speaker asks after "to" or "help": "hard to predict how …", "helps explain why …".
        #expect(indirect("It is hard to predict how the vote on the toll will go.").isEmpty)
        #expect(indirect("The long queues, which help explain why drivers are angry, grew again.").isEmpty)
    }

    @Test func aPollsOtherSharesAndTheNarratorsContrastEndTheClause() throws {
        let shares = "On the toll, opinion is split: 44% say it is fair, 38% call it a tax on commuters."
        #expect(indirect(shares).map(\.text) == ["it is fair"])
        #expect(indirect(shares).first?.asWritten == "44%")
        let after = "Seven in 10 say the mayor is honest, after half said so in the spring poll."
        #expect(indirect(after).first?.text == "the mayor is honest")
        let however = "Last year, 40 percent said they would take the ferry, however this year that share has fallen to 30 percent."
        #expect(indirect(however).map(\.text) == ["they would take the ferry"])
        // ", however costly, …" is a concession inside the clause.
        let concession = "Ana Ruiz said that the new bridge, however costly, was worth building."
        #expect(indirect(concession).map(\.text) == ["the new bridge, however costly, was worth building"])
    }

    @Test func aRelativeClauseWithANounPhraseOrAPronounAsSubject() throws {
        let probe = "The audit pointed to the old pumps, which the inspectors said were never repaired."
        #expect(indirect(probe).map(\.text) == ["which the inspectors said were never repaired"])
        let what = "The council has tried to meet what residents said is a growing need for parking."
        #expect(indirect(what).map(\.text) == ["what residents said is a growing need for parking"])
        let mine = "I asked for a delay, which I said was only fair."
        #expect(indirect(mine).contains { $0.text == "which I said was only fair" && $0.asWritten == "I" })
        // Between commas, the relative clause ends at its closing comma.
        let between = "The toll, which the mayor has often said was a mistake, was dropped in May."
        #expect(indirect(between).map(\.text) == ["which the mayor has often said was a mistake"])
    }

    @Test func aSubjectBeforeALongAppositionKeepsItsWords() throws {
        let text = "Town leaders, among them the harbour master of the old port, said that the ferry should stop in winter."
        let found = try #require(indirect(text).first)
        #expect(found.text == "the ferry should stop in winter" && found.asWritten == "Town leaders")
        // An adverbial before the commas is no subject.
        let adverbial = "In May, after the vote on the toll, the council said that the ferry would stop."
        #expect(indirect(adverbial).first?.asWritten != "In May")
    }

    @Test func aFinalAccordingToWithoutAComma() throws {
        let text = "The ferry carried 9,000 cars in May according to the Harbour Authority."
        #expect(indirect(text).map(\.text) == ["The ferry carried 9,000 cars in May"])
        #expect(indirect("The ferry sails according to the timetable.").isEmpty)
        // A quotation closing on the comma before it: "…,” according to X.
        let quoted = "She later likened the ferry crossing to “a bad dream,” according to his diary."
        #expect(indirect(quoted).map(\.text) == ["She later likened the ferry crossing to “a bad dream,”"])
    }

    @Test func anAccordingToInBracketsReportsOnlyTheBracketsWords() throws {
        let text = "Mayor Jo Hale, in turn, cites her aides as the source for her claim that the pier lost $2 million "
            + "(the real loss was closer to $200,000, according to Ledgerwatch.org). She spoke on Monday."
        let found = indirect(text).filter { $0.speaker == "Ledgerwatch" }
        #expect(found.map(\.text) == ["the real loss was closer to $200,000"], "\(indirect(text).map { ($0.text, $0.speaker ?? "-") })")
    }

    /// "according to X (XB)." ends at the sentence's end as before: the name's own brackets close no bracketed report.
    @Test func anAccordingToNameWithItsAbbreviationInBrackets() throws {
        let text = "Ferry crossings rose 5 percent last year, according to the Harbour Safety Board (HSB)."
        #expect(indirect(text).map(\.text) == ["Ferry crossings rose 5 percent last year"])
    }

    /// An adjunct's comma after the attribution ("In May according to X (XB), …") traps on no backward range.
    @Test func anAccordingToBeforeTheAdjunctsComma() throws {
        let text = "In the first quarter according to Gull Ferries Ltd. (GFL), crossings fell 5 percent."
        #expect(!indirect(text).contains { $0.text.hasPrefix("GFL") })
    }

    @Test func aDemonstrativeOrARegularPastVerbStartsAClauseWithoutThat() throws {
        #expect(indirect("Ana Ruiz told reporters this was the last ferry of the year.").map(\.text) == ["this was the last ferry of the year"])
        #expect(indirect("Ana Ruiz said this week the ferry was full.").map(\.text) == ["the ferry was full"])
        #expect(indirect("Ana Ruiz noted the harbour board approved the plan in May.").map(\.text) == ["the harbour board approved the plan in May"])
    }

    @Test func anOpeningAccordingToAfterAConjunctionOrBeforeARelativeCue() throws {
        let but = "But according to the harbour board, the ferry will not sail in January."
        #expect(indirect(but).map(\.text) == ["the ferry will not sail in January"])
        // After an opening adverbial and its comma.
        let opened = "In addition, according to the harbour board, two more ferries will sail in spring."
        #expect(indirect(opened).map(\.text) == ["two more ferries will sail in spring"])
        #expect(indirect(opened).first?.speaker == "harbour board")
        // A cue inside a relative clause ("a sign that read …") is not the clause's own.
        let sign = "According to the harbour board, the ferry carried a sign that read “Closed for winter.”"
        #expect(indirect(sign).first?.text.hasPrefix("the ferry carried a sign") == true)
    }

    @Test func anAccordingToInsideAReportedClauseIsPartOfIt() throws {
        // Right after "that" and its comma: the paper reports the whole clause, the attribution in it too.
        let opening = "The Harbour Gazette reported that, according to a count of the ledgers, 30 of the 80 berths went to friends of the mayor."
        let found = try #require(indirect(opening).first)
        #expect(indirect(opening).count == 1)
        #expect(found.speaker == "Harbour Gazette")
        #expect(found.text == "according to a count of the ledgers, 30 of the 80 berths went to friends of the mayor")
        // Between the clause's subject and its verb.
        let inside = "The Harbour Gazette reported that 30 of the 80 berths, according to a count of the ledgers, went to friends of the mayor."
        #expect(indirect(inside).map(\.text) == ["30 of the 80 berths, according to a count of the ledgers, went to friends of the mayor"])
        // Other words set off after "that" open no clause of their own.
        #expect(indirect("Ana Ruiz said that, in the spring, the ferry would sail twice a day.").map(\.text) == ["in the spring, the ferry would sail twice a day"])
        // At the end of the clause the attribution still ends it.
        #expect(indirect("Ana Ruiz told aides that she would run, according to two people present.").contains { $0.text == "she would run" })
    }

    @Test func anAddresseeEndingInAQuotedTitle() throws {
        let text = "Ana Ruiz told the station’s “Morning Show” that the ferry would sail again in March."
        #expect(indirect(text).map(\.text) == ["the ferry would sail again in March"])
    }

    @Test func aParentheticalAttributionWithAPlainNounSubject() throws {
        let text = "On top of that, ferry captains say, the new toll will drive passengers away."
        let found = try #require(indirect(text).first)
        #expect(found.text == "On top of that, ferry captains say, the new toll will drive passengers away" && found.asWritten == "ferry captains")
        // An unnamed subject's cue with an object between the commas is no aside.
        let object = "The board, executives noted as much in a letter, will not meet again this year."
        #expect(indirect(object).isEmpty)
    }

    @Test func aHeadlineEndingInAQuotationIsAHeadline() throws {
        let text = "Kate Moran Says Toll Plan Is A ‘Road To Ruin.’\n\nThe governor spoke on Monday about the state budget."
        let found = indirect(text)
        try #require(found.count == 1)
        #expect(found[0].text == "Toll Plan Is A ‘Road To Ruin.’")
        #expect(found[0].speaker == "Kate Moran")
    }

    @Test func aSubjectAfterItsCueIsNoReportedClause() throws {
        // ", says political scientist Dana Smith in Oslo.": the words after the cue name its speaker.
        let text = "Intro here. The port has more trade with its neighbours now, says political scientist Dana Smith in Oslo."
        let found = indirect(text)
        try #require(found.count == 1)
        #expect(found[0].text == "The port has more trade with its neighbours now")
        #expect(found[0].speaker == "Dana Smith")
        // A relative clause with a cue of its own after the attribution: both clauses are reported.
        let relative = indirect("Intro here. But that price is not good enough, said Howard Rubel, who notes that the market fell.")
        #expect(relative.contains { $0.text == "But that price is not good enough" && $0.speaker == "Howard Rubel" })
        #expect(relative.contains { $0.text == "the market fell" })
        // "announced plans to merge with …": an object, not a subject.
        let object = indirect("Intro here. Then Dunmore Steel, two months later, announced plans to merge with Kellan Mills.")
        #expect(object.contains { $0.text == "plans to merge with Kellan Mills" })
    }

    @Test func aCueWithItsOwnObjectIsNoAttribution() {
        // "tweeted a picture", "continues to lead": the verb after the comma does not report the clause.
        let text = "Two days after the vote, the mayor tweeted a picture of the empty council chamber."
        #expect(indirect(text).isEmpty)
        let lead = "In the northern districts, the incumbent continues to lead the field with ease."
        #expect(indirect(lead).isEmpty)
    }

    @Test func anAttributionAfterAFrontedAdverbialReportsTheWholeSentence() throws {
        let text = "In any case, Mr. Hollis said, the mills were never going to reopen."
        let found = indirect(text)
        try #require(found.count == 1)
        #expect(found[0].text == "In any case, Mr. Hollis said, the mills were never going to reopen")
        #expect(found[0].speaker == "Hollis")
    }

    @Test func aShareOfVotersIsASubjectWithoutAName() throws {
        let text = "About 4 in 10 said the tunnel project should be cancelled outright."
        let found = indirect(text)
        try #require(found.count == 1)
        #expect(found[0].text == "the tunnel project should be cancelled outright")
        #expect(found[0].speaker == nil)
        #expect(found[0].asWritten == "4 in 10")
        let relative = "A third of the growers, who said the new tariff would ruin them, left the meeting early."
        let second = indirect(relative)
        try #require(second.count == 1)
        #expect(second[0].text.hasPrefix("the new tariff would ruin them"))
        #expect(second[0].asWritten == "A third of the growers")
    }

    @Test func anInfinitiveIsNoStatementMade() {
        #expect(indirect("It is hard to tell whether the ferry will ever run again.").isEmpty)
    }

    @Test func aRelativeClauseCanBeWhatIsReported() throws {
        let text = "The council approved a new levy, which Ms. Brandt said would pay for the repairs."
        let found = indirect(text)
        try #require(found.count == 1)
        #expect(found[0].text == "which Ms. Brandt said would pay for the repairs")
        #expect(found[0].speaker == "Brandt")
    }

    @Test func aDirectiveToAPlainNounPhrase() throws {
        let text = "The county nurse urged parents to keep sick children at home this week."
        let found = indirect(text)
        try #require(found.count == 1)
        #expect(found[0].text == "to keep sick children at home this week")
        let told = "Mayor Ruth Okafor told the Valley Gazette's editors that the budget was balanced."
        #expect(indirect(told).map(\.text) == ["the budget was balanced"])
    }

    @Test func aHeadlineEndingInAFullStopStillReports() throws {
        let text = """
            Harbour Chief Says Ferries Will Run Again By Spring.
            The harbour chief, Tom Reyes, spoke to reporters on Monday.
            """
        let found = indirect(text)
        #expect(found.contains { $0.text == "Ferries Will Run Again By Spring" })
    }

    @Test func aNamingCueInTheAttributionStillJoinsTheQuotation() throws {
        let text = """
            “The budget is late,” Ms. Vance said of what she called the worst delay in years. “We will fix it next week.”
            """
        let found = QuotationExtractor.analyze(text).quotations.filter { $0.kind == .direct }
        try #require(found.count == 1)
        #expect(found[0].parts.count == 2)
        #expect(found[0].speaker == "Vance")
    }

    @Test func aCueIntroducingTheNextQuotationIsNotTheLastOnesAttribution() throws {
        let text = """
            “The budget is late,” Ms. Vance said. “We will fix it next week.” She added, “Nobody will be paid late.”
            """
        let found = QuotationExtractor.analyze(text).quotations.filter { $0.kind == .direct }
        try #require(found.count == 2)
        #expect(found[0].parts.count == 2)
        #expect(found[0].text.hasSuffix("We will fix it next week."))
        #expect(found[1].text == "Nobody will be paid late.")
    }

    @Test func theClauseEndsWhereTheNarratorTakesOver() {
        let dash = "The mayor said the bridge would reopen in May - noting that the contractor had twice missed a deadline."
        #expect(indirect(dash).first?.text == "the bridge would reopen in May")
        let newSubject = "The mayor said the fees were unfair, and the shop owners have already taken the council to court."
        #expect(indirect(newSubject).first?.text == "the fees were unfair")
        let pronoun = "Aides said the visit would be short, and they refused to name the towns on the route."
        #expect(indirect(pronoun).first?.text == "the visit would be short")
        let according = """
            Ferry fares will rise by a third next year, according to Tom Reyes, a harbour official who has seen the figures.
            """
        #expect(indirect(according).first?.text == "Ferry fares will rise by a third next year")
    }

    @Test func accordingToALongerNounPhrase() throws {
        let text = "Turnout fell in every river town, according to people familiar with the county's own figures."
        let found = indirect(text)
        try #require(found.count == 1)
        #expect(found[0].text == "Turnout fell in every river town")
        #expect(found[0].asWritten == "people familiar with the county's own figures")
        // Not a source: "according to plan", however long the sentence.
        #expect(indirect("The ferries ran all through the long winter according to plan.").isEmpty)
    }

    @Test func anAsAttributionOpensTheSentence() throws {
        let text = "As the Valley Gazette reported, the mill will close before the end of the year."
        let found = indirect(text)
        try #require(found.count == 1)
        #expect(found[0].text == "the mill will close before the end of the year")
        let but = indirect("But as a Gazette reporter noted, the mill did not even fill its night shift.")
        #expect(but.map(\.text) == ["the mill did not even fill its night shift"])
    }

    @Test func reportedTakesAClauseWithoutThat() throws {
        let text = "The county radio station reported six roads were closed by the flood."
        #expect(indirect(text).map(\.text) == ["six roads were closed by the flood"])
    }

    @Test func aClauseWithoutThatAfterAnAddresseeOrADay() throws {
        let told = "The harbour master told me the ferry would leave an hour late."
        #expect(indirect(told).map(\.text) == ["the ferry would leave an hour late"])
        let day = "The mayor said Tuesday her budget was balanced for the first time."
        #expect(indirect(day).map(\.text) == ["her budget was balanced for the first time"])
    }

    @Test func otherCuesTakeAClauseWithoutThatWhenItHasAFiniteVerb() throws {
        let insist = "The mill owners insist the river was clean before the storm."
        #expect(indirect(insist).map(\.text) == ["the river was clean before the storm"])
        // An object with an adjective in -ed is no clause; a time word is no clause's subject.
        #expect(indirect("The coach maintains a solid unbeaten record in the league.").isEmpty)
        #expect(indirect("The rail link would be reopened soon, Ann Cole said after the meeting.").allSatisfy { $0.text != "after the meeting" })
    }

    @Test func theNarratorsNextSentenceEndsTheClause() throws {
        let splice = "The organisers say the march is on schedule, they are not worried about the rain at all."
        #expect(indirect(splice).map(\.text) == ["the march is on schedule"])
        let conditional = "She said that if elected, she would cut the water tax by half."
        #expect(indirect(conditional).map(\.text) == ["if elected, she would cut the water tax by half"])
        let dash = "The coach said the team had been misled by its agents — and he named two of them on air."
        #expect(indirect(dash).map(\.text) == ["the team had been misled by its agents"])
        let others = "Mia Tan said the union wants a new ballot, as have several other groups in the port."
        #expect(indirect(others).map(\.text) == ["the union wants a new ballot"])
    }

    @Test func aPartialQuotationBeforeAnAttributionWithWhose() throws {
        let text = "The town “has run out of patience with the council,” said Ida Brenner, whose shop flooded twice."
        let found = indirect(text)
        try #require(found.count == 1)
        #expect(found[0].text.hasPrefix("The town “has run out of patience") && found[0].speaker == "Ida Brenner")
    }

    @Test func aFinalAppositionIsTheNarrators() throws {
        let text = "Most of the farmers polled say the valley should switch to solar power by 2030, an aim that would need new lines."
        #expect(indirect(text).map(\.text) == ["the valley should switch to solar power by 2030"])
    }

    @Test func aQuestionAfterAPlaceOrTime() throws {
        let text = "Asked in Salem last week whether he would run again, the mayor smiled."
        #expect(indirect(text).map(\.text) == ["whether he would run again"])
    }

    @Test func aSubjectWithARelativeClauseOrAShareBetweenCommas() throws {
        let relative = "Volunteers who have worked on the count for weeks say the final tally will come on Friday."
        let found = indirect(relative)
        try #require(found.count == 1)
        #expect(found[0].text == "the final tally will come on Friday" && found[0].asWritten == "Volunteers who have worked on the count for weeks")
        let share = "A third of the tenants, 34%, say they would move if the rent went up again."
        let tenants = indirect(share)
        try #require(tenants.count == 1)
        #expect(tenants[0].asWritten == "A third of the tenants")
    }

    @Test func toBeforeANounPhraseIsNoDirective() {
        // "invited X to the gala", "his claim to the title": "to" opens a place or a thing, not an infinitive.
        #expect(indirect("The mayor invited the harbour pilots to the spring gala at the old customs house.").isEmpty)
        #expect(indirect("The rival family disputed the baron's claim to the estate near the river.").isEmpty)
        // "told the crew that …, according to …": the "to" after the that-clause is no directive.
        let told = indirect("The captain told the crew that the engine had failed, according to two deckhands.")
        #expect(!told.contains { $0.text.hasPrefix("to ") })
        #expect(indirect("The council urged the tenants to leave the flats before the storm.").map(\.text)
                == ["to leave the flats before the storm"])
    }

    @Test func anAdjunctOfTheSpeakingIsNotWhatWasSaid() {
        // "she said as she left", "he suggested after she won": when or how the words were said.
        let text = "\u{201C}We will be back next year,\u{201D} the skipper said as she climbed onto the pier."
        #expect(indirect(text).isEmpty)
        let after = "The coach's remarks, which the captain suggested after she scored twice, went unanswered."
        #expect(!indirect(after).contains { $0.text.hasPrefix("she scored") })
        #expect(indirect("The skipper said the pier would close for the winter.").map(\.text) == ["the pier would close for the winter"])
    }

    @Test func aSecondSubjectWithItsOwnCueEndsTheClause() {
        let text = "Many growers have said they will skip the fair and others have said they cannot afford the stalls."
        #expect(indirect(text).map(\.text) == ["they will skip the fair", "they cannot afford the stalls"])
        // "and never called …", "and its appeal to buyers grow …": no second subject with a cue of its own.
        let act = "The baker said she had closed the shop early and never called a supplier to ask for flour."
        #expect(indirect(act).map(\.text) == ["she had closed the shop early and never called a supplier to ask for flour"])
    }

    @Test func anAttributionBetweenCommasBeforeAnAdjunctOrItsApposition() {
        let contrast = "In Dover, the ferries left on time, the harbour office reported, while in Calais the crews were still on strike."
        #expect(indirect(contrast).map(\.text) == ["In Dover, the ferries left on time"])
        let apposition = "The old mill will reopen as a museum next spring, said Nora Quill, the head of the town's heritage trust."
        #expect(indirect(apposition).map(\.text) == ["The old mill will reopen as a museum next spring"])
        let parenthetical = "The new timetable, the council said, would start in June."
        #expect(indirect(parenthetical).map(\.text) == ["The new timetable, the council said, would start in June"])
    }

    @Test func aSubjectBeforeAnAsideBetweenCommas() throws {
        let others = indirect("Others, however, say a new bridge is overdue.")
        try #require(others.count == 1)
        #expect(others[0].text == "a new bridge is overdue" && others[0].asWritten == "Others")
        let growers = indirect("The growers, for example, said the fair was too costly.")
        try #require(growers.count == 1)
        #expect(growers[0].text == "the fair was too costly" && growers[0].asWritten == "The growers")
    }

    @Test func aBareNounLikeCueAfterAPluralSubjectIsAVerb() {
        #expect(indirect("Tenant groups note that the lifts have been broken since May.").map(\.text)
                == ["the lifts have been broken since May"])
        #expect(indirect("Some neighbours claim the builder ignored the permit for weeks.").map(\.text)
                == ["the builder ignored the permit for weeks"])
        // A noun after a plural noun or a determiner stays a noun: "the insurance claim", "the sales report that".
        #expect(indirect("The tenants filed an insurance claim the landlord rejected.").isEmpty)
        #expect(indirect("The quarterly sales report that the board read was short.").isEmpty)
    }

    @Test func aGroupBeforeAnIncludingAsideSpeaks() throws {
        let found = indirect("Several beekeepers, including Tomas Reyna, said the late frost had killed their hives.")
        try #require(found.count == 1)
        // The group speaks, not the member the aside names.
        #expect(found[0].text == "the late frost had killed their hives" && found[0].asWritten == "Several beekeepers")
    }

    @Test func aThatBeforeItsVerbOrATimeWordIsNoComplementiser() throws {
        // A relative pronoun after a noun cue or a noun phrase.
        #expect(indirect("So why pursue a claim that is as wrong as it is unkind?").isEmpty)
        #expect(indirect("The delay adds to the drama that has surrounded the ferry for years.").isEmpty)
        #expect(indirect("The senator made comments that were echoed by aides who praised him.").isEmpty)
        // A determiner of a time word.
        #expect(indirect("The mayor announced that same day, in a brief note, a new ferry timetable.").isEmpty)
        // A complementiser still opens the clause.
        expectOneClause([("The mayor announced that the ferry would return in May.", "the ferry would return in May")])
    }

    @Test func aSpeakerPhraseAfterAnInvertedCueIsNoClause() throws {
        let cases: [(String, String)] = [
            ("In nearby Dunmore, the old ferry is still running, but it is under pressure from new routes, said the company's chief executive, Ada Voss.",
             "the old ferry is still running, but it is under pressure from new routes"),
            ("In particular, the mayor — never one to hide his views — has been “very upset about it,” said a source close to the board.",
             "the mayor — never one to hide his views — has been “very upset about it,”"),
        ]
        for (text, clause) in cases {
            #expect(indirect(text).map(\.text) == [clause], "\(text)")
        }
        // After an apposition closed by its comma, the cue still takes its clause.
        expectOneClause([("Its owner, Tim Orr, said the boats will sail again in spring.", "the boats will sail again in spring")])
    }

    @Test func aCueInAnOpeningSubordinateClauseReportsUpToItsComma() throws {
        expectOneClause([
            ("Weeks after the mayor announced that the ferry would stop, the council found new money for it.", "the ferry would stop"),
            ("Long before Jo Hale claimed that the bridge was unsafe, engineers had closed it.", "the bridge was unsafe"),
        ])
        // An opening participle speaks for the subject of the main clause.
        let participle = indirect("Having announced that the ferry would stop in May, the mayor left the harbour.")
        #expect(participle.map(\.text) == ["the ferry would stop in May"] && participle.first?.asWritten == "the mayor")
        // The comma may close a quotation ending the clause.
        let quoted = "Although the mayor admitted that the ferry had been “late for weeks,” he said the timetable would stay."
        #expect(indirect(quoted).map(\.text) == ["the ferry had been “late for weeks,”", "the timetable would stay"])
    }

    @Test func aPersonPronounWithACueOfItsOwnEndsTheClause() throws {
        let found = indirect("Jo Hale said the ferry talks had failed and she accused the harbour board of bad faith.")
        #expect(found.map(\.text) == ["the ferry talks had failed"])
    }

    @Test func aTimePhraseOrACoordinatorAfterTheCueIsNoClause() throws {
        #expect(indirect("“The ferry is back,” Jo Hale said late last week.").allSatisfy { $0.text != "late last week" })
        #expect(indirect("As the harbour paper reported a few days later, the ferry was sold.").allSatisfy { $0.text != "a few days later" })
        #expect(indirect("At the harbour board, what the mayor says and promises is now the rule.").allSatisfy { !$0.text.hasPrefix("and") })
    }

    @Test func aFinalAccordingToReportsASentenceWithItsOwnCue() throws {
        let text = "The mayor told the harbour board that the ferry would stop in May, according to two people at the meeting."
        let found = indirect(text)
        // Both the mayor's clause and the whole sentence, which the two people report.
        #expect(found.map(\.text) == ["The mayor told the harbour board that the ferry would stop in May", "the ferry would stop in May"])
        #expect(found.first?.asWritten == "two people at the meeting" && found.last?.speaker == "mayor")
        // After a relative clause the attribution may be the relative clause's alone.
        let relative = "The mayor says the ferry fund, which stood at $2 million in May, will run dry, according to the county."
        #expect(indirect(relative).map(\.text) == ["the ferry fund, which stood at $2 million in May, will run dry"])
    }

    @Test func anOpeningAccordingToReportsAClauseWithItsOwnCue() throws {
        let text = "According to the harbour paper, the mayor told the board that the ferry would stop in May."
        let found = indirect(text)
        // The paper reports the whole clause; the mayor's own clause is reported too.
        #expect(Set(found.map(\.text)) == ["the mayor told the board that the ferry would stop in May", "the ferry would stop in May"])
        #expect(found.first { $0.text.hasPrefix("the mayor") }?.speaker == "harbour paper")
        #expect(found.first { $0.text.hasPrefix("the ferry") }?.speaker == "mayor")
        // A clause that only frames a quotation is the quotation's, not the paper's.
        #expect(indirect("According to the harbour paper, the mayor said, “The ferry will stop in May.”").isEmpty)
        // The source's apposition is not part of the clause.
        let apposition = "According to the Gazette, a weekly paper, the mayor hinted that the ferry would stop."
        #expect(indirect(apposition).contains { $0.text == "the mayor hinted that the ferry would stop" && $0.speaker == "Gazette" })
    }

    @Test func anAsideWhoseSubjectHasAPrepositionalPhrase() throws {
        let text = "Last winter, people close to the harbour master said, the mere sight of the old ferry made him angry."
        let found = indirect(text)
        #expect(found.map(\.text) == ["Last winter, people close to the harbour master said, the mere sight of the old ferry made him angry"])
        // An aside opening with a preposition is no subject.
        #expect(indirect("The ferry was late, in the end the paper said, again.").allSatisfy { !$0.text.hasPrefix("The ferry was late, in") })
    }

    @Test func thatIsAccordingToXReportsItsPronoun() throws {
        let text = "The ferry carried fewer passengers in May than in April. That’s according to the harbour board’s monthly count."
        let found = indirect(text)
        #expect(found.map(\.text) == ["That"])
        #expect(found.first?.asWritten == "harbour board’s monthly count")
        #expect(indirect("The ferry will sail less often this winter. This is according to the harbour board.").map(\.text) == ["This"])
        // Anything else before the attribution is no such pronoun.
        #expect(indirect("The ferry will sail. So it is according to the harbour board.").allSatisfy { $0.text != "So" })
    }

    @Test func aMannerAdverbAfterTheCueAndAConjunctionAfterTheAddressee() throws {
        expectOneClause([("Jo Hale argued forcefully that the ferry should keep its winter timetable.", "the ferry should keep its winter timetable")])
        // An adverb and an adjunct of the speaking are no clause; nor is an adjunct clause after the addressee.
        #expect(indirect("“We will sail,” the captain said cheerfully on the radio as the tide turned.").isEmpty)
        #expect(indirect("The ferry will not sail, the captain told the crew as she left the bridge.").map(\.text) == ["The ferry will not sail"])
        // A subordinate clause alone before the attribution is not what was said.
        #expect(indirect("As the ferry left the harbour, Jo Hale replied with a wave.").isEmpty)
    }

    @Test func unnamedSubjectsKeepTheirWords() throws {
        let cases: [(String, String, String)] = [
            // A progressive "are saying" is no passive; an adverb may stand before the cue.
            ("Ferry captains are saying the new toll will drive passengers away.", "the new toll will drive passengers away", "Ferry captains"),
            ("The harbour lobby has loudly argued that tolls should fall.", "tolls should fall", "The harbour lobby"),
            // A longer subject with "to" before its noun phrase and a noun in -ing after a possessive.
            ("The deputy head of the delegation to the harbour talks said the toll would stay.", "the toll would stay", "The deputy head of the delegation to the harbour talks"),
            ("A person familiar with the planning for Monday’s meeting says the talks will start late.", "the talks will start late", "A person familiar with the planning for Monday’s meeting"),
            // The subject of a verb phrase that runs to "and" before the cue.
            ("The ferry crew held a short meeting and told passengers that the crossing was off.", "the crossing was off", "The ferry crew"),
        ]
        try expectClauses(cases, \.asWritten)
    }

    @Test func aCueAfterADashAsideOrAParticipleAfterAConjunctionSpeaksForTheSubject() throws {
        let cases: [(String, String, String)] = [
            ("Mayor Jo Hale — in a speech that drew loud cheers — declared that the ferry would sail all winter.",
             "the ferry would sail all winter", "Jo Hale"),
            ("Tom Reyes backed the toll on Monday, while also saying that the fares should stay low.", "the fares should stay low", "Tom Reyes"),
            ("While saying that the ferry was safe, Ana Ruiz admitted the timetable was a mess.", "the ferry was safe", "Ana Ruiz"),
        ]
        try expectClauses(cases, \.speaker)
    }

    @Test func aFinalAccordingToMayBeFollowedByAnAppositionOrAWhereClause() throws {
        expectOneClause([
            ("The toll will rise by a third, according to the harbour board, the body that sets the fares.", "The toll will rise by a third"),
            ("Jo Hale leads by ten points in Dover, according to the latest count, where most votes are in.", "Jo Hale leads by ten points in Dover"),
        ])
    }

    @Test func wordsAfterTheCueOfAQuotationAreItsAdjunctUnlessAClauseStarts() throws {
        let adjuncts = [
            "“The ferry will sail again next week,” the mayor said aboard the harbour launch on Monday.",
            "“We have waited far too long for this,” Jo Hale said answering a question at the town hall.",
            "“The pier is finally safe for the crowds,” said the woman who runs the harbour café.",
            "“We lost the whole season to the storms,” said Hale of the Dover Ferry Company.",
        ]
        for text in adjuncts { #expect(indirect(text).isEmpty, "\(text)") }
        // A subject with its verb still starts a clause.
        let clause = indirect("“It was a long winter for all of us,” Jo Hale said the crew would be back in March.")
        #expect(clause.map(\.text) == ["the crew would be back in March"])
    }

    @Test func aPhraseTellingHowTheWordsWereGivenEndsTheClause() throws {
        expectOneClause([
            ("The harbour master denied the charges through his lawyer.", "the charges"),
            ("Jo Hale said the ferry would stop in May in an interview with the local paper.", "the ferry would stop in May"),
            ("An official confirmed the sale on condition of anonymity.", "the sale"),
        ])
        // Not when the noun is part of what was said ("on the email server").
        expectOneClause([("Jo Hale said the files were kept on the email server of the harbour board.", "the files were kept on the email server of the harbour board")])
    }

    @Test func anAttributionWithAsBeforeOrAfterTheClause() throws {
        let cases: [(String, String, String)] = [
            ("As Jo Hale told the harbour paper on Monday, the ferry will sail again in March.", "the ferry will sail again in March", "Jo Hale"),
            ("The ferry will sail again in March, as the harbour paper reported on Monday.", "The ferry will sail again in March", "the harbour paper"),
        ]
        try expectClauses(cases, \.asWritten)
        // Not "as it is written", nor "as" before a noun phrase that only looks like a cue.
        #expect(indirect("The rule, as it's currently written, adds another hurdle for the ferry.").isEmpty)
        #expect(indirect("As coastal states and neighbours, the towns shared one ferry for years.").isEmpty)
        // A passive participle in the clause is no cue of its own after an opening "According to".
        expectOneClause([("According to the harbour board, the old pier, later revealed to be unsafe, will close.", "the old pier, later revealed to be unsafe, will close")])
    }

    @Test func aParticipleUsedAsAnAdjectiveIsNoCue() throws {
        #expect(indirect("The harbour board's reported surplus of the ferry fund fell short of the forecast.").isEmpty)
        #expect(indirect("The council cut the previously announced fares on the island ferry by a third.").isEmpty)
        // After a subject pronoun's "'s" and after "both" it is still the verb.
        expectOneClause([("Jo Hale backs the plan. While she's said the ferry will sail all winter, the crew is not sure.", "the ferry will sail all winter")])
        expectOneClause([("Jo Hale and Tom Reyes have both argued that the ferry should sail all winter.", "the ferry should sail all winter")])
    }

    @Test func aRelativeClauseInsideTheSubjectEndsBeforeTheMainVerb() throws {
        expectOneClause([("Tenants who say the ferry is too dear were split between the two plans.", "the ferry is too dear")])
    }

    @Test func anAttributionAfterAReportedClauseReportsTheWholeClause() throws {
        // The outer source reports the inner report; the inner clause ends before the attribution.
        let cases: [(String, String, String, String?)] = [
            ("The harbour board said the ferry would sail again in June, the Valley Gazette reported.",
             "The harbour board said the ferry would sail again in June", "the ferry would sail again in June", "Valley Gazette"),
            ("Tom Reyes told the dockers that the pier was “beyond repair,” a crane driver recalled, adding that nobody answered.",
             "Tom Reyes told the dockers that the pier was “beyond repair,”", "the pier was “beyond repair,”", nil),
            ("Nell Ames warned that the mill would shut by the end of May, reported the Dunmore Herald.",
             "Nell Ames warned that the mill would shut by the end of May", "the mill would shut by the end of May", "Dunmore Herald"),
        ]
        for (text, outer, inner, source) in cases {
            let found = indirect(text)
            let whole = try #require(found.first { $0.text == outer }, "\(text)")
            if let source { #expect(whole.speaker == source, "\(text)") } else { #expect(whole.asWritten == "a crane driver", "\(text)") }
            #expect(found.contains { $0.text == inner }, "\(text)")
        }
        // Not the same speaker again, the close of a dash aside, or the answer to an opening question.
        let again = indirect("Jo Hale said that the levy was “a fair price for a safe harbour,” she said.")
        #expect(!again.contains { $0.text.hasPrefix("Jo Hale said") })
        let aside = "Jo Hale denied the plan - “We never saw it,” she said - and left the hall."
        #expect(!indirect(aside).contains { $0.text.hasPrefix("Jo Hale denied") })
        let asked = "Asked whether the ferry was “safe enough to sail,” 70 percent of the islanders said yes."
        #expect(!indirect(asked).contains { $0.text.hasPrefix("Asked") && $0.cue == "said" })
    }

    @Test func theNarratorsSummingUpAfterTheClauseIsNotReported() throws {
        // A noun phrase after the clause's comma that sums it up, running to the sentence's end, is the narrator's.
        expectOneClause([
            ("Ada Brandt said the quarry should close by spring, another sign that the valley has turned on it.",
             "the quarry should close by spring"),
            ("Tom Reyes said the pier had been sold to a builder, one that the council never named.",
             "the pier had been sold to a builder"),
            ("The mayor said most of the closures were of small shops, the latter a sore point for the chamber.",
             "most of the closures were of small shops"),
            ("Nell Ames said the levy was unfair to farmers, remarks that were cheered in the grange hall.",
             "the levy was unfair to farmers"),
        ])
        // "one" sums up only before a relative pronoun: "one parcel at a time" goes on with the clause.
        expectOneClause([("Ada Brandt said the quarry had been sold quietly, one parcel at a time.",
                          "the quarry had been sold quietly, one parcel at a time")])
    }

    @Test func aPartOfTheDayAfterTheCueIsNoVerb() throws {
        // "morning" and "evening" are times of the speaking, not participles that would make the cue's phrase an object.
        let found = indirect("The ferry will sail again in June, she said Sunday morning on the harbour radio.")
        #expect(found.map(\.text) == ["The ferry will sail again in June"])
        #expect(indirect("Talks will resume next week, the union said Tuesday evening.").map(\.text) == ["Talks will resume next week"])
    }

    @Test func anIrregularPastVerbStartsAClauseWithoutThat() throws {
        expectOneClause([
            ("Ada Brandt notes the board hid two payments from the auditors.", "the board hid two payments from the auditors"),
            ("Tom Reyes argued the council chose the cheapest bid on purpose.", "the council chose the cheapest bid on purpose"),
        ])
    }

    @Test func aRelativeClauseOnANameEndingTheSentenceIsNotReported() throws {
        // ", whom …" and ", for whom …" describe the name before them, as ", who …" does.
        expectOneClause([
            ("Ada Brandt said she had spoken with the ferry captain, whom she described as tired.",
             "she had spoken with the ferry captain"),
            ("Tom Reyes said he would back Nell Ames, for whom he had raised money in the spring.",
             "he would back Nell Ames"),
        ])
    }

    @Test func theClauseGoesOnAfterAnAttributionBetweenCommas() throws {
        // "by" and a noun phrase, "including", or "to" and a verb after ", X said," continue the clause before it.
        expectOneClause([
            ("The vote on the bridge would be close, Jo Hale said, by a wide margin of doubt.",
             "The vote on the bridge would be close, Jo Hale said, by a wide margin of doubt"),
            ("The old mill had many uses over the years, the Gazette said, including a school and a dance hall.",
             "The old mill had many uses over the years, the Gazette said, including a school and a dance hall"),
            ("The town has no plans, officials say, to sell the harbour to a builder.",
             "The town has no plans, officials say, to sell the harbour to a builder"),
        ])
        // A time or place of the speaking after the attribution is no part of the clause.
        expectOneClause([("The ferry will sail again in June, Jo Hale said, at a meeting of the harbour board.",
                          "The ferry will sail again in June")])
    }

    @Test func anAddresseeNamedInSeveralWordsEndsBeforeAPronoun() throws {
        // The clause after "told The Harbor Times" starts at its pronoun subject, not inside the paper's name.
        try expectClauses([
            ("Jo Hale told The Harbor Times she would back the mayor in the fall.", "she would back the mayor in the fall", "Jo Hale"),
            ("Tom Reyes told the Valley Gazette Weekly he had sold the mill.", "he had sold the mill", "Tom Reyes"),
        ], \.speaker)
    }

    @Test func anAddresseesNameIsNotSplitByTheClause() throws {
        // The clause after "told the Harbor Times" starts after the whole name, before any subject ("they", "the pier");
        // a later word of a name is no verb ("Charlie Rose that …": the clause starts after "that").
        try expectClauses([
            ("The mayor told the Harbor Times they would reopen the pier in May.", "they would reopen the pier in May", "mayor"),
            ("The mayor told the Harbor Times the pier would reopen in May.", "the pier would reopen in May", "mayor"),
            ("Jo Hale complained to Bay News' Charlie Rose that the levy was unfair.", "the levy was unfair", "Jo Hale"),
        ], \.speaker)
        // A person's name the capitals run on into after an outlet's (an acronym, or a body's word ending it) is the
        // clause's subject, not part of the addressee.
        try expectClauses([
            ("The mayor told CNN Ben Roe would lead the harbor team.", "Ben Roe would lead the harbor team", "mayor"),
            ("The mayor told the Harbor Times Jo Hale was wrong about the levy.", "Jo Hale was wrong about the levy", "mayor"),
            ("The mayor told the Harbor Times Editorial Board the levy was fair.", "the levy was fair", "mayor"),
        ], \.speaker)
    }

    @Test func aClauseWithoutThatAfterTwoJoinedNamesOrATimeWord() throws {
        // Two names joined by "and" make one subject; "tonight" and "tomorrow" are times of the speaking.
        expectOneClause([
            ("The singer noted Danes and Swedes have a harder time finding work in the valley.",
             "Danes and Swedes have a harder time finding work in the valley"),
            ("Jo Hale says tonight she is a step closer to the nomination.", "she is a step closer to the nomination"),
        ])
        // A name pair as an object is no clause.
        #expect(indirect("The singer noted Danes and Swedes in the crowd.").isEmpty)
    }

    @Test func whatFollowsACueAfterItsOwnQuotationIsNoClause() throws {
        // An adverb and an adjunct of the speaking, a time, or a preposition in "-ing" follow the cue; no clause.
        for text in ["“We have had better fairs,” Ben Dale, a farmer, said calmly as the band played around him.",
                     "“I cannot believe how quiet it has been up here,” Jo Hale said 30 minutes into the meeting.",
                     "“There was no reason to run. There is now,” Jo Hale admitted during an interview on the radio.",
                     "Jo Hale announced as the crowd cheered."] {
            #expect(indirect(text).isEmpty, "\(text)")
        }
        // A clause after the adverb, or a gerund, is still what was said.
        expectOneClause([
            ("Jo Hale said quietly that the ferry would stop in May.", "the ferry would stop in May"),
            ("Jo Hale admitted taking the money from the fund.", "taking the money from the fund"),
        ])
    }

    @Test func theWritersOwnAsideReportsNoOne() throws {
        for text in ["It's worth noting there is little goodwill between the two councils.",
                     "Given his remarks, it is safe to say he is thinking of the harbour.",
                     "By some measures one could say the town has grown too fast."] {
            #expect(indirect(text).isEmpty, "\(text)")
        }
        #expect(indirect("Jo Hale said it is time to say the harbour will close.").map(\.text) == ["it is time to say the harbour will close"])
        // "It" with a verb of its own before "to" is a subject that speaks, not the writer's "it is …".
        expectOneClause([("The ferry company sent a letter. It had to warn that the crossing would close in May.", "the crossing would close in May")])
    }

    @Test func aOneWordAnswerIsWhatWasSaid() throws {
        // "yes", "no" or "so" alone after a say-cue, before punctuation, a conjunction or a preposition.
        try expectClauses([
            ("Asked if the ferry should run all winter, 61 percent of the riders said yes, compared with 30 percent a year ago.", "yes", "61 percent of the riders"),
            ("Asked if she would sell the mill, Jo Hale said no. She left for the harbour.", "no.", "Jo Hale"),  // "No." is also an abbreviation
            ("Most riders think the fares are fair, after half said so in the spring survey.", "so", "half"),
        ], \.asWritten)
        // Not a refusal's "no to …", a longer phrase, or an answer withheld.
        for text in ["The council said no to the new pier.", "Jo Hale said so far the ferry has run on time.",
                     "Jo Hale would not say yes, and the council waited.", "Jo Hale said so as to calm the crowd at the pier."] {
            #expect(!indirect(text).contains { ["yes", "no", "so"].contains($0.text) }, "\(text)")
        }
    }

    @Test func anInvertedSpeakerWithRoleAndPlaceOrASpokenOfTopicIsNoClause() throws {
        // ", said former Oregon governor Jo Quill, who …": the speaker of the clause before, not a clause.
        try expectClauses([
            ("The group raising money for the fair is $2 million short, said former Oregon governor Jo Quill, who chairs the committee.",
             "The group raising money for the fair is $2 million short", "Jo Quill"),
        ], \.speaker)
        #expect(indirect("The group raising money for the fair is short, said former Oregon governor Jo Quill, who chairs it.").count == 1)
        // "…, said of Hale": the one spoken of; the apposition before it is no reported clause.
        let text = "“Would I change the schedule? Absolutely,” Ed Marsh, a county strategist and former adviser to the mayor, said of Hale."
        #expect(indirect(text).isEmpty)
    }

    @Test func aClauseWithoutThatAfterWhatWasSpokenOfIsARelativeClause() throws {
        // "recalled of a meeting she had …", "this claim on a remark Roe made …": the noun's relative clause, no report.
        for text in ["“He asked what it would take to win,” Jo Roe recalled of a May meeting she had with the senator.",
                     "He bases this claim on a remark Hale made as a shop owner years ago."] {
            #expect(indirect(text).isEmpty, "\(text)")
        }
        // "of how …" and "of the plan that …" still report.
        expectOneClause([
            ("Jo Hale boasted of how the inquiry was hurting her rival in the polls.", "the inquiry was hurting her rival in the polls"),
            ("Jo Hale said of the plan that it would never pass the council.", "it would never pass the council"),
        ])
    }

    @Test func anAccordingToAfterAConjunctionReportsTheClauseAfterIt() throws {
        // After "But,", "because," or "after," or inside a subordinate clause, the attribution reports what follows it.
        expectOneClause([
            ("But, according to the harbour survey, 46 percent of the riders remain undecided.", "46 percent of the riders remain undecided"),
            ("Jo Hale left the paper years ago after, according to her lawyer, the owners dropped her column.", "the owners dropped her column"),
            ("Hale will skip the fair because, according to Tom Reyes, the council would call her a coward.",
             "the council would call her a coward"),
            // A present verb, which a closing apposition's test takes for a plural noun, still follows the conjunction.
            ("The ferry still runs because, according to officials, the levy pays for it.", "the levy pays for it"),
        ])
        // A verb going on with the subject before keeps the whole clause.
        expectOneClause([("The council has moved the market and, according to officials, adopted a new plan for the pier.",
                          "The council has moved the market and, according to officials, adopted a new plan for the pier")])
    }

    @Test func aClauseInsideTheSubjectEndsBeforeTheMainVerb() throws {
        // A relative clause's report ends before the main clause's own cue, which its antecedent speaks.
        let found = indirect("Residents who said the pier was unsafe say the levy must rise.")
        #expect(found.map(\.text) == ["the pier was unsafe", "the levy must rise"])
        #expect(found.map(\.speaker) == ["residents", "residents"])
        // A cue inside the relative clause's report is no main verb.
        expectOneClause([("Voters who say the mayor says the pier is unsafe were split.", "the mayor says the pier is unsafe")])
        // What a cue's noun or a participle after the noun heading the subject reports ends before the sentence's verb.
        expectOneClause([
            ("A column in the Harbor Times suggesting that the mayor had misled voters drew 200 replies.", "the mayor had misled voters"),
            ("A claim by the dockers' union that wages had fallen was disputed by the board.", "wages had fallen"),
            ("The harbour master's warning that the pier would collapse went unheeded.", "the pier would collapse"),
            ("Jo Hale's aides saying the pier is unsafe have signed a petition.", "the pier is unsafe"),
            // Also a noun for what was said opening the sentence, its source after "by" or "from".
            ("Warnings from the harbour master that the pier could fall were ignored.", "the pier could fall"),
            ("Complaints by the dockers' union that wages had fallen were disputed by the board.", "wages had fallen"),
        ])
        // A participle after a verb, or after a subject that is no noun phrase of its own, heads no subject: the clause
        // runs on past a second finite verb.
        expectOneClause([
            ("Jo Hale kept saying the pier was safe because inspectors had checked it.", "the pier was safe because inspectors had checked it"),
            ("Mayor Jo Hale spends her days saying the pier is safe because inspectors have checked it.", "the pier is safe because inspectors have checked it"),
            ("Jo Hale goes on television saying the pier is safe because inspectors have checked it.", "the pier is safe because inspectors have checked it"),
        ])
    }

    @Test func aConcessionOpeningAClauseWithoutThatIsPartOfIt() throws {
        expectOneClause([
            ("Ada Kerr says despite being a Salem native, she plans to vote for Portland.", "despite being a Salem native, she plans to vote for Portland"),
            ("Ada Kerr said unlike the last mayor, the council would keep the ferry.", "unlike the last mayor, the council would keep the ferry"),
        ])
        // Without a subject after its comma it is the speaking's adjunct, not what was said.
        #expect(indirect("Ada Kerr said despite the storm, adding that the ferry would run.").map(\.text) == ["the ferry would run"])
    }

    @Test func anSFormAfterAPluralNounForSourcesIsANoun() {
        // "police reports" is a compound, not "police report that".
        #expect(indirect("The paper published a story detailing four harbour police reports Ada Kerr filed against the company.").isEmpty)
        expectOneClause([("Harbour police report that the pier is closed.", "the pier is closed")])
    }

    @Test func theNarratorsAppositionEndsAClauseAroundItsAttribution() throws {
        // ", the latter a reference to …" after a clause that ", he said," interrupts is the writer's, not the speaker's.
        expectOneClause([
            ("Many of the closures, he said, have involved small ferries, the latter a reference to boats that carry few people.",
             "Many of the closures, he said, have involved small ferries"),
            ("The draw of the mayor, voters say, is plain: her record on the harbour; and above all, a sense that she listens.",
             "The draw of the mayor, voters say, is plain: her record on the harbour; and above all, a sense that she listens"),
        ])
    }

    @Test func aClauseAfterAnOwnedStatementNounAndItsPrepositionIsNoReport() throws {
        // "Walsh's remarks on the pier" name what was said about; "when …" tells when, not what Walsh said.
        let adjunct = quotes("Sen. Ben Dale has said he backs the levy. He defended Walsh's remarks on the pier when the mayor came under attack.", .indirect)
        #expect(!adjunct.contains { $0.text.hasPrefix("the mayor") })
        // "that" after the preposition's phrase still opens the words.
        let said = quotes("Critics seized on John Walsh's remarks on Monday that the pier was safe.", .indirect)
        try #require(said.count == 1)
        #expect(said[0].speaker == "John Walsh")
        #expect(said[0].text == "the pier was safe")
    }

    @Test func aClauseAfterASubordinatorPastTheCueIsNoReport() throws {
        // "when …", "after …", "because …" after the cue's phrase tell when or why it was said, not what.
        for text in ["Ben Dale commented on the levy when the mayor came under attack.",
                     "Ada Kerr wrote on Facebook after the council lost the vote.",
                     "Ben Dale testified before the board because the mayor was away."] {
            #expect(quotes(text, .indirect).isEmpty, "\(text)")
        }
        // The words after a later "that" are still what was said.
        let told = quotes("Ben Dale told reporters on Monday when the storm hit that the pier would close.", .indirect)
        try #require(told.count == 1)
        #expect(told[0].text == "the pier would close")
    }
}
