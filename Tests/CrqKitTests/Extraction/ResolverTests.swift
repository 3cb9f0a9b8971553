@testable import Annotation
@testable import CorpusModel
@testable import QueryLanguage
@testable import Rendering
@testable import Shell
import Testing
@testable import TextAnalysis

struct ResolverTests {
    @Test func variantsOfOnePersonMerge() {
        let docs = [
            "UN Spokesperson Stéphane Dujarric said the talks would continue. Dujarric added that aid was arriving.",
            "According to a statement released by UN Chief Stephane Dujarric, the aid would arrive soon.",
            "UN Secretary-General António Guterres met Antonio Guterres's advisers. Guterres said the convoy had left.",
        ].map { QuotationExtractor.analyze($0) }
        let resolver = EntityResolver(docs)
        let dujarric = resolver.entityIndex(forName: "Dujarric")
        #expect(dujarric != nil)
        #expect(dujarric == resolver.entityIndex(forName: "stephane dujarric"))
        #expect(dujarric == resolver.entityIndex(forName: "UN Spokesperson Stéphane Dujarric"))
        let entity = resolver.entities[dujarric!]
        #expect(entity.canonical == "Stéphane Dujarric")
        #expect(entity.kind == .person)
        #expect(entity.roles.contains("UN Spokesperson") && entity.roles.contains("UN Chief"))
        let guterres = resolver.entityIndex(forName: "Antonio Guterres")
        #expect(guterres != nil && guterres != dujarric)
        #expect(resolver.entities[guterres!].canonical == "António Guterres")
        #expect(resolver.speakerIndex(doc: 0, quotation: 0) == dujarric)
        #expect(resolver.speakerIndex(doc: 0, quotation: 1) == dujarric)
        #expect(resolver.speakerIndex(doc: 2, quotation: 0) == guterres)
    }

    @Test func countryFormsOfAMinistryMerge() {
        let docs = [
            "Pakistan’s Ministry of Foreign Affairs (MoFA) said it had acted in self-defence.",
            "The Pakistani Foreign Ministry stated that its action was aimed at militants.",
        ].map { QuotationExtractor.analyze($0) }
        let resolver = EntityResolver(docs)
        let a = resolver.speakerIndex(doc: 0, quotation: 0)
        #expect(a != nil)
        #expect(a == resolver.speakerIndex(doc: 1, quotation: 0))
        #expect(resolver.entities[a!].kind == .organisation)
    }

    @Test func mentionsMapToEntities() {
        let analysis = QuotationExtractor.analyze("John Kirby spoke in Washington. Kirby said the talks went well.")
        let resolver = EntityResolver([analysis])
        let first = analysis.mentions.firstIndex { $0.name == "John Kirby" }!
        let second = analysis.mentions.firstIndex { $0.name == "Kirby" }!
        #expect(resolver.entityIndex(doc: 0, mention: first) == resolver.entityIndex(doc: 0, mention: second))
        #expect(resolver.entityIndex(doc: 0, mention: 99) == nil)
    }

    @Test func abbreviatedTitlesAndPartyLabelsAreNotPartOfTheName() throws {
        let docs = [
            "Oregon Sen. Ada Holmgren said the bill would pass.",
            "Sen. Ada Holmgren told reporters that the vote was close.",
            "Republican Ada Holmgren said she would campaign in the north.",
            "Gov. Erik Holmgren said the roads were closed. Ada Holmgren said she disagreed.",
        ].map { QuotationExtractor.analyze($0) }
        let resolver = EntityResolver(docs)
        let ada = try #require(resolver.speakerIndex(doc: 0, quotation: 0))
        #expect(resolver.entities[ada].canonical == "Ada Holmgren")
        #expect(resolver.speakerIndex(doc: 1, quotation: 0) == ada)
        #expect(resolver.speakerIndex(doc: 2, quotation: 0) == ada)
        #expect(resolver.entities[ada].roles.contains("Oregon Sen.") && resolver.entities[ada].roles.contains("Sen."))
        // Another person with the same surname stays apart.
        let erik = try #require(resolver.speakerIndex(doc: 3, quotation: 0))
        #expect(erik != ada && resolver.entities[erik].canonical == "Erik Holmgren")
        #expect(resolver.speakerIndex(doc: 3, quotation: 1) == ada)
    }
}
