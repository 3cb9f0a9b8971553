@testable import Annotation
@testable import CorpusModel
@testable import QueryLanguage
import Testing

/// Names news writes in shapes a plain run of capitals misreads (a place opening with "New", a firm's abbreviation or
/// ampersand, a lone number for people, a family in a headline), a body's noun for the one body named, and phrases
/// with an owner that name no speaker (sentences written for these tests).
struct NewsNamePatternTests {
    /// "New Zealand", whose adjective is its name, and a place no list holds that opens with "New" keep the word.
    @Test func aPlaceOpeningWithNewKeepsIt() throws {
        let found = quotes("""
            The ferry sank in March. New Zealand officials said it was old.

            The bridge is old. New South Wales Premier Ana Reyes said it was safe.

            Rents rose again. New Yorkers said they were tired of moving.
            """, .indirect)
        try #require(found.count == 3)
        #expect(found[0].speaker == "New Zealand officials")
        #expect(found[1].speaker == "Ana Reyes")
        #expect(found[1].asWritten == "New South Wales Premier Ana Reyes")
        #expect(found[2].speaker == "New Yorkers")
    }

    /// A state's nickname ("the Granite State") is a place, never a person whose surname is "State" (as a text calls the
    /// State Department).
    @Test func aStatesNicknameIsAPlace() throws {
        let document = QuotationExtractor.analyze("Jo Hale won the Granite State by nine points on Tuesday.\n")
        let mention = try #require(document.mentions.first { $0.name == "Granite State" })
        #expect(mention.kind == .place)
    }

    /// "Americans for Prosperity", "Friends of the Harbor": a people's plural, or a plural the story capitalises inside
    /// its sentences, opens a body's name with "for" or "of"; not before a person or a place ("Residents of Salem").
    @Test func aPluralAndItsForOrOfOpenABodysName() throws {
        let found = quotes("""
            The bill passed. Americans for Tidewater Jobs said the tax would hurt small firms.

            The pier was saved by Friends of the Quay. Friends of the Quay said it must stay open.

            Residents of Salem said the ferry was late.
            """, .indirect)
        try #require(found.count == 3)
        #expect(found.map(\.speaker) == ["Americans for Tidewater Jobs", "Friends of the Quay", "residents"])
        #expect(found[0].speakerKind == .organisation)
    }

    /// "Friends of the Quay" opening a sentence, the only time the story writes it: "Friends" opens bodies' names by
    /// custom, so the whole name speaks, not "Quay".
    @Test func friendsOfOpensABodysNameAtASentencesStart() throws {
        let found = quotes("The pier needs work. Friends of the Quay said it must stay open.\n", .indirect)
        let first = try #require(found.first)
        #expect(first.speaker == "Friends of the Quay")
        #expect(first.speakerKind == .organisation)
    }

    /// "The Okafors said": the plural of the surname of a person the corpus names is the family, several people.
    @Test func aSurnamesPluralIsTheFamily() throws {
        let corpus = Fixtures.stories(["a.txt": "Birch Lane\n\nMaria Okafor bought the house in 1990. The Okafors said they would not sell it.\n"])
        let table = try Fixtures.shown("quotes | show speaker, speaker_kind", on: corpus)
        #expect(table.rows.map { $0.map(\.description) } == [["Okafors", "group"]])
    }

    /// "Corp." and "Co." end a firm's name; an ampersand between capitals joins one, also after a word that opens
    /// sentences ("AT&T").
    @Test func aFirmsAbbreviationOrAmpersandMakesItAFirm() throws {
        let found = quotes("""
            The board met on Monday. Brandell Corp. said it would cut 300 jobs.

            Prices went up. The Harlow Co. said they would rise again.

            The phone lines went dark. AT&R said the outage was over by noon.
            """, .indirect)
        try #require(found.count == 3)
        #expect(found.map(\.speaker) == ["Brandell Corp.", "Harlow Co.", "AT&R"])
        #expect(found.map(\.speakerKind) == [.organisation, .organisation, .organisation])
    }

    /// "The 12 said": a determiner and a lone number in figures stand for the people, as "The two" does.
    @Test func aDeterminerAndANumberInFiguresSpeak() throws {
        let found = quotes("The jury was sent home. The 12 said they had been misled by the judge.\n", .indirect)
        let first = try #require(found.first)
        #expect(first.speaker == "the 12")
        #expect(first.asWritten == "The 12")
    }

    /// "Hale Family Says …": the family speaks, not the article's person of that surname.
    @Test func aHeadlinesFamilyNamedAfterAPersonIsTheFamily() throws {
        let found = QuotationExtractor.analyze("""
            Darrow Family Says Son Was Wrongly Jailed

            Tomas Darrow spent a year in jail. The family said the police ignored the evidence.
            """).quotations
        let headline = try #require(found.first)
        #expect(headline.speaker == "Darrow Family")
        #expect(headline.speakerKind == .group)
    }

    /// "The company said" after the one firm the story names is that firm, on the record; with two firms named, the noun.
    @Test func aBodysNounIsTheOneBodyOfThatKindNamed() throws {
        let one = try #require(quotes("Brandell Corp. plans to close its plant in Dayton. The company said the decision was final.\n", .indirect).first)
        #expect(one.speaker == "Brandell Corp.")
        #expect(one.speakerMention != nil)
        #expect(one.asWritten == "The company")
        let two = quotes("Brandell Corp. bid for the plant. Harlow Co. bid too. The company said the bid was final.\n", .indirect)
        #expect(two.first?.speaker == "company")
    }

    /// "according to their instinctive preference": an abstract noun of a pronoun's owner is no source; "according to
    /// his physician" is one.
    @Test func anOwnersLeaningIsNoSource() throws {
        let found = quotes("""
            Voters pull the lever for the party, according to their instinctive preference. The levy will pass, according to his physician.
            """, .indirect)
        let leaning = try #require(found.first { $0.asWritten == "their instinctive preference" })
        #expect(leaning.speaker == nil)
        #expect(found.contains { $0.asWritten == "his physician" && $0.speaker == "physician" })
    }

    /// "according to his acquaintance", "… her charity", "… his municipality": a noun for people or a body with an
    /// abstract noun's ending is a source, described.
    @Test func aPersonOrBodyWithAnAbstractEndingIsASource() throws {
        let found = quotes("""
            The pier will close in May, according to his acquaintance. The toll will rise, according to her charity. \
            The ferry is late, according to his municipality.
            """, .indirect)
        try #require(found.count == 3)
        #expect(found.map(\.speaker) == ["acquaintance", "charity", "municipality"])
        #expect(found.map(\.asWritten) == ["his acquaintance", "her charity", "his municipality"])
    }

    /// "Acme Corp. and Bolt Co.": a firm's abbreviation ends its name, so the pair is two firms and "the company" after
    /// them is neither.
    @Test func twoFirmsJoinedByAndAreTwo() throws {
        let document = QuotationExtractor.analyze("Dock Deal\n\nBrandell Corp. and Harlow Co. bid for the pier. The company said the bid was final.\n")
        #expect(document.mentions.filter { $0.kind == .organisation }.map(\.name) == ["Brandell Corp.", "Harlow Co."])
        #expect(document.quotations.first?.speaker == "company")
    }

    /// "Penn State", "Ohio State", "Islamic State" are bodies; a state's nickname after "the" stays a place.
    @Test func aNameEndingInStateIsABodyUnlessANickname() throws {
        let corpus = Fixtures.stories(["a.txt": """
            Campus Row

            Penn State said the game would go ahead. Ohio State said the stadium was full. Fighters of the Islamic State \
            said the town had fallen. Jo Hale won the Lone Star State by nine points.
            """])
        let table = try Fixtures.shown("entities | show name, kind", on: corpus)
        let kinds = Dictionary(uniqueKeysWithValues: table.rows.map { ($0[0].description, $0[1].description) })
        #expect(kinds["Penn State"] == "organisation")
        #expect(kinds["Ohio State"] == "organisation")
        #expect(kinds["Islamic State"] == "organisation")
        #expect(kinds["Lone Star State"] == "place")
    }

    /// "New Balance", "New Line Cinema": "New" is no given name, so a name it opens that is no place is a body.
    @Test func aNameOpeningWithNewThatIsNoPlaceIsABody() throws {
        let corpus = Fixtures.stories(["a.txt": "Shoe Deal\n\nNew Balance said the plant would stay open. New Line Cinema said the film would open in May.\n"])
        let table = try Fixtures.shown("quotes | show speaker, speaker_kind", on: corpus)
        #expect(table.rows.map { $0.map(\.description) } == [["New Balance", "organisation"], ["New Line Cinema", "organisation"]])
    }

    /// "The Front has called for strikes, according to the Dockside Watch Group. It said …": the body the clause was
    /// reported by speaks, not the name heading what it reported.
    @Test func itAfterABodysReportIsThatBody() throws {
        let found = quotes("""
            The Harbor Front has called for strikes, according to the Dockside Watch Group, which monitors the port. \
            It said members were sharing the news.
            """, .indirect)
        try #require(found.count == 2)
        #expect(found[1].asWritten == "It")
        #expect(found[1].speaker == "Dockside Watch Group")
    }

    /// "Acme Corp. has cut jobs, according to the Harbor Times. It said …": a source named bare leaves "it" to the name
    /// heading what it reported (only a source described after its name, as above, is the one the story goes on with).
    @Test func itAfterABareSourceIsTheReportedName() throws {
        let found = quotes("Brandell Corp. has cut 300 jobs, according to the Quayside Courier. It said more cuts would follow.\n", .indirect)
        try #require(found.count == 2)
        #expect(found[1].asWritten == "It")
        #expect(found[1].speaker == "Brandell Corp.")
    }

    /// "Bolt Co. and Acme Corp. said": two firms as one subject speak as one, as two people joined by "and" do.
    @Test func twoFirmsAsOneSubjectSpeakTogether() throws {
        let corpus = Fixtures.stories(["a.txt": "Dock Deal\n\nHarlow Co. and Brandell Corp. said they would merge. Jo Hale and Ed Roe said they would resign.\n"])
        let table = try Fixtures.shown("quotes | show speaker, speaker_kind", on: corpus)
        #expect(table.rows.map { $0.map(\.description) } == [["Harlow Co. and Brandell Corp.", "organisation"], ["Jo Hale and Ed Roe", "person"]])
    }

    /// "Visitors from Washington State": a name ending in "State" after a preposition is the place.
    @Test func aStateAfterAPrepositionIsThePlace() throws {
        let document = QuotationExtractor.analyze("Visitors from Washington State said the pier was crowded.\n")
        #expect(document.mentions.first { $0.name == "Washington State" }?.kind == .place)
        // …but "at" is followed by a place of work: the university.
        let university = QuotationExtractor.analyze("A professor at Ohio State said the pier was crowded.\n")
        #expect(university.mentions.first { $0.name == "Ohio State" }?.kind == .organisation)
    }

    /// "Friends of Hale said": people described by the person they are friends of, not a body ("Friends of the Quay" is).
    @Test func friendsOfAPersonAreAGroup() throws {
        let corpus = Fixtures.stories(["a.txt": "Pier Talk\n\nThe pier is shut. Friends of Hale said he had been quiet.\n\nThe pier is old. Friends of the Quay said it must stay open.\n"])
        let table = try Fixtures.shown("quotes | show speaker, speaker_kind", on: corpus)
        #expect(table.rows.map { $0.map(\.description) } == [["friends of Hale", "group"], ["Friends of the Quay", "organisation"]])
    }

    /// "The family of Tom Hale said": the family speaks, a group described by its words, not the person it is named after.
    @Test func theFamilyOfAPersonIsTheFamily() throws {
        let corpus = Fixtures.stories(["a.txt": "Pier Crash\n\nThe pier needs work. The family of Tom Hale said the crash was avoidable.\n"])
        let table = try Fixtures.shown("quotes | show speaker, speaker_kind, as_written", on: corpus)
        #expect(table.rows.map { $0.map(\.description) } == [["family of Tom Hale", "group", "The family of Tom Hale"]])
    }

    /// "At least a dozen members of Congress told": the hedge and its count stay in the words, not in the name (no "least …").
    @Test func aHedgedCountOpensTheWordsNotTheName() throws {
        let corpus = Fixtures.stories(["a.txt": "Toll Vote\n\nThe toll vote is close. At least a dozen members of Congress told reporters they would vote no.\n"])
        let table = try Fixtures.shown("quotes | show speaker, speaker_kind, as_written", on: corpus)
        #expect(table.rows.map { $0.map(\.description) } == [["members of Congress", "group", "At least a dozen members of Congress"]])
        let few = quotes("The pier is shut. At most 20 harbour pilots said they had been warned.\n", .indirect)
        #expect(few.map(\.speaker) == ["harbour pilots"] && few.map(\.asWritten) == ["At most 20 harbour pilots"])
        // A source's noun keeps its count but not the hedge ("six residents", as "Six residents said").
        let six = quotes("The street was quiet. At least six residents said they heard shots.\n", .indirect)
        #expect(six.map(\.speaker) == ["six residents"])
    }

    /// "Members of the Acme board told", "At least a dozen members of the city council said": a group of a body is named by
    /// all its words, past a name qualifying the body's noun and past a hedge that makes the words longer than usual.
    @Test func aGroupOfABodyIsNamedByItsWords() {
        let board = quotes("The deal was in trouble. Members of the Acme board told reporters the deal was dead.\n", .indirect)
        #expect(board.map(\.speaker) == ["members of the Acme board"] && board.map(\.asWritten) == ["Members of the Acme board"])
        let council = quotes("The vote came late. At least a dozen members of the city council said the vote was rushed.\n", .indirect)
        #expect(council.map(\.speaker) == ["members of the city council"]
                && council.map(\.asWritten) == ["At least a dozen members of the city council"])
        // A name after another noun's preposition does not join the words ("posts about Ravenna" name no one).
        let posts = quotes("Her posts about Ravenna include one last week saying the pier was unsafe.\n", .indirect)
        #expect(posts.map(\.speaker) == [nil])
    }

    /// "The heads of both dredging firms said", "The deputy head of the mission to the talks said": a described person
    /// or group heading a longer subject speaks, named by its words, as "the head of the agency" is.
    @Test func aLongDescribedSubjectIsNamedByItsWords() {
        let heads = quotes("The levy is due. The heads of both dredging firms said the levy was unfair.\n", .indirect)
        #expect(heads.map(\.speaker) == ["heads of both dredging firms"])
        let deputy = quotes("The levy is due. The deputy head of the mission to the harbour talks said the levy would stay.\n", .indirect)
        #expect(deputy.map(\.speaker) == ["deputy head of the mission to the harbour talks"])
    }

    /// "The head of the Harbor Agency said": the one the words describe speaks, as "the deputy head of the delegation"
    /// does, not the body named after "of"; a role before another preposition is read as before.
    @Test func theHeadOfABodyIsNamedByItsWords() {
        let head = quotes("The pier is old. The head of the Harbor Agency said the pier would close.\n", .indirect)
        #expect(head.map(\.speaker) == ["head of the Harbor Agency"] && head.map(\.asWritten) == ["The head of the Harbor Agency"])
        let director = quotes("The pier is old. The director of the Quayside Institute said the pier would close.\n", .indirect)
        #expect(director.map(\.speaker) == ["director of the Quayside Institute"])
        let spokesman = quotes("The pier is old. A spokesman for the Harbor Agency said the pier would close.\n", .indirect)
        #expect(spokesman.map(\.speaker) == ["unnamed spokesman"])
    }

    /// "The chief of the harbor police said", "The chairman of the Acme board said": a body written in lower case after
    /// "of" and its article is named with the role that governs it, as "the head of the Harbor Agency" is; not the body
    /// alone ("harbor police"), nor the role alone ("chairman"). A named speaker with that apposition still speaks.
    @Test func theHeadOfABodyInLowerCaseIsNamedByItsWords() {
        let chief = quotes("The pier is old. The chief of the harbor police said the pier was unsafe.\n", .indirect)
        #expect(chief.map(\.speaker) == ["chief of the harbor police"] && chief.map(\.asWritten) == ["The chief of the harbor police"])
        let chairman = quotes("The levy is due. The chairman of the Acme board said the levy would rise.\n", .indirect)
        #expect(chairman.map(\.speaker) == ["chairman of the Acme board"])
        let named = quotes("The levy is due. Jo Hale, the chairman of the Acme board, said the levy would rise.\n", .indirect)
        #expect(named.map(\.speaker) == ["Jo Hale"])
    }

    /// "The pier is unsafe, the chief of the harbor police said.": after the words reported, the subject before the cue is
    /// read as it is before them, named by the role and the body it heads; a spokesman for a body still gives the body.
    @Test func theHeadOfABodyAfterTheWordsIsNamedByItsWords() {
        let chief = quotes("The pier is old. The pier is unsafe, the chief of the harbor police said.\n", .indirect)
        #expect(chief.map(\.speaker) == ["chief of the harbor police"] && chief.map(\.asWritten) == ["the chief of the harbor police"])
        let chairman = quotes("The levy is due. The levy will rise, the chairman of the Acme board said.\n", .indirect)
        #expect(chairman.map(\.speaker) == ["chairman of the Acme board"])
        let head = quotes("The pier is old. The pier will close, the head of the Harbor Agency said.\n", .indirect)
        #expect(head.map(\.speaker) == ["head of the Harbor Agency"])
        let spokesman = quotes("The pier is old. The pier will close, a spokesman for the harbor police said.\n", .indirect)
        #expect(spokesman.map(\.speaker) == ["harbor police"])
    }

    /// "Critics of the harbor police said": people who stand against a body are named by all the words, not the body they
    /// criticise; "Officials of the harbor police said" may speak for the body and stays the body.
    @Test func criticsOfABodyAreNotTheBody() {
        let critics = quotes("The pier is old. Critics of the harbor police said the pier was unsafe.\n", .indirect)
        #expect(critics.map(\.speaker) == ["critics of the harbor police"] && critics.map(\.asWritten) == ["Critics of the harbor police"])
        let rivals = quotes("The pier is old. The pier is unsafe, rivals of the Harbor Agency said.\n", .indirect)
        #expect(rivals.map(\.speaker) == ["rivals of the Harbor Agency"])
        let inverted = quotes("The pier is old. “The pier is unsafe,” said critics of the Acme board.\n", .direct)
        #expect(inverted.map(\.speaker) == ["critics of the Acme board"])
        let officials = quotes("The pier is old. Officials of the harbor police said the pier was unsafe.\n", .indirect)
        #expect(officials.map(\.speaker) == ["harbor police"])
    }

    /// "Several Acme employees said", "Acme board members said": a group's plural after the name it qualifies is the group,
    /// named by those words as "Acme officials" is, with the name's capital (not "Acme", nor "acme board members"); a
    /// body's word the text writes in lower case stays so ("Campaign staffers said": campaign staffers), and a group
    /// that is the object of a preposition does not speak.
    @Test func aGroupANameQualifiesIsNamedByItsWords() {
        let employees = quotes("The plant is old. Several Acme employees said the plant would close.\n", .indirect)
        #expect(employees.map(\.speaker) == ["Acme employees"] && employees.map(\.asWritten) == ["Acme employees"])
        let board = quotes("Workers at Acme were told on Monday. Acme board members said the plan was late.\n", .indirect)
        #expect(board.map(\.speaker) == ["Acme board members"])
        let staffers = quotes("The plant is old. Campaign staffers said the plant would close. The campaign denied it.\n", .indirect)
        #expect(staffers.map(\.speaker) == ["campaign staffers"])
        let letter = quotes("The plant is old. A letter to Acme employees said the plant would close.\n", .indirect)
        #expect(letter.count == 1 && letter.allSatisfy { $0.speaker != "Acme employees" && $0.speaker != "Acme" })
    }

    /// "Ivo Marsh and other Harbor Party leaders said": the person named before "and other" and the group speaks, as
    /// "Mr. Xi and other leaders" gives Xi; the group a name qualifies speaks when no one leads it.
    @Test func aPersonBeforeAndOtherQualifiedLeadersSpeaks() {
        let marsh = quotes("The vote is near. Ivo Marsh and other Harbor Party leaders said the vote was rigged.\n", .indirect)
        #expect(marsh.map(\.speaker) == ["Ivo Marsh"])
        let after = quotes("The vote is near. The vote was rigged, Ivo Marsh and other Harbor Party leaders said.\n", .indirect)
        #expect(after.map(\.speaker) == ["Ivo Marsh"])
        let others = quotes("The vote is near. Other Harbor Party leaders said the vote was rigged.\n", .indirect)
        #expect(others.map(\.speaker) == ["Harbor Party leaders"])
    }

    /// "Several Acme employees, speaking on condition of anonymity, said": the group a name qualifies is the subject the
    /// sentence opens with, as it is without the aside, not the name; a verb after a name is no group's word ("Kim Mallory
    /// met survivors of the storm and said": Kim Mallory).
    @Test func aGroupANameQualifiesSpeaksPastAnAside() {
        let employees = quotes("The plant is old. Several Acme employees, speaking on condition of anonymity, said the plant would close.\n", .indirect)
        #expect(employees.map(\.speaker) == ["Acme employees"] && employees.map(\.asWritten) == ["Acme employees"])
        let met = quotes("The storm hit on Monday. Kim Mallory met survivors of the storm and said the town must act.\n", .indirect)
        #expect(met.map(\.speaker) == ["Kim Mallory"])
    }

    /// "“…,” said members of the Acme board.": after a quotation, an inverted group of a body is named by all its words,
    /// as it is before the cue; not the body ("Congress"), and not no one.
    @Test func anInvertedGroupOfABodyIsNamedByItsWords() {
        let board = quotes("The pier will close in May. “The deal is dead,” said members of the Acme board.\n", .direct)
        #expect(board.map(\.speaker) == ["members of the Acme board"] && board.map(\.asWritten) == ["members of the Acme board"])
        let congress = quotes("The levy passed on Friday. “We were never asked,” said members of Congress.\n", .direct)
        #expect(congress.map(\.speaker) == ["members of Congress"])
        // A named speaker after the cue is still the speaker ("said Jo Hale, a member of the board").
        let named = quotes("The levy passed on Friday. “We were never asked,” said Jo Hale, a member of the Acme board.\n", .direct)
        #expect(named.map(\.speaker) == ["Jo Hale"])
    }

    /// "His comments came after being asked …": the one asked is the subject; the words before the cue do not speak.
    @Test func oneAskedInThePassiveIsNoSpeaker() {
        let found = quotes("Sen. Ivo Marsh spoke in Salem. His comments came after being asked about the levy.\n")
        #expect(!found.contains { $0.asWritten?.contains("comments") == true })
    }

    /// "His office put out a statement saying", the pronoun standing for no one named: the subject of a verb with a
    /// particle and its object speaks, not all the words before the participle.
    @Test func aSubjectBeforeAPhrasalVerbAndItsObjectSpeaks() throws {
        let found = quotes("The levy vote was close. His office put out a statement saying the levy would pass.\n", .indirect)
        let first = try #require(found.first)
        #expect(first.speaker == "office")
        #expect(first.asWritten == "His office")
    }

    /// "Several Harlow Party leaders told", "Marsh supporters said": a name before a group's noun in lower case qualifies
    /// the group, which speaks; not the body or person named.
    @Test func aNameBeforeAGroupNounQualifiesTheGroup() {
        let leaders = quotes("The port is old. Several Harlow Party leaders told the Courier that the port would close.\n", .indirect)
        #expect(leaders.map(\.speaker) == ["Harlow Party leaders"])
        let supporters = quotes("Ivo Marsh won the vote in Salem. Marsh supporters said the count was fair.\n", .indirect)
        #expect(supporters.map(\.speaker) == ["Marsh supporters"])
        // Up to two nouns before the group's, one owning the next, but no coordinator: "and other leaders" are not Marsh's group.
        let family = quotes("Ivo Marsh won the vote in Salem. Marsh family members said the count was fair.\n", .indirect)
        #expect(family.map(\.speaker) == ["Marsh family members"])
        let lawyers = quotes("Ivo Marsh won the vote in Salem. Marsh supporters' lawyers said the count was fair.\n", .indirect)
        #expect(lawyers.map(\.speaker) == ["Marsh supporters' lawyers"])
        let others = quotes("Ivo Marsh won the vote in Salem. Ivo Marsh and other leaders said the count was fair.\n", .indirect)
        #expect(others.map(\.speaker) == ["Ivo Marsh"])
    }

    /// "In the last Harlow Party debate, candidates … by saying": a group opening the main clause after a fronted
    /// adjunct speaks, not the name inside the adjunct.
    @Test func aGroupAfterAFrontedAdjunctIsTheSubject() {
        let found = quotes("The port is old. In the last Harlow Party debate, candidates were able to dodge questions by saying the moderator had been wrong.\n", .indirect)
        #expect(found.map(\.speaker) == ["candidates"])
    }
}
