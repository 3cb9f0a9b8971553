@testable import Annotation
import Testing

/// Capitalised runs that name no person: places by their shape or by "in", US states, titles in
/// capitals; and places qualifying a speaker's noun (sentences written for these tests).
struct PlaceAndTitleTests {
    private func mentions(_ text: String) -> [EntityMention] { QuotationExtractor.analyze(text).mentions }

    @Test func placesByShapeAndByContext() throws {
        let found = mentions("""
            The mayor of San Marcos drove to Orange County. Later she spoke at a rally in Cedar Rapids, \
            then flew to New Hampshire. Cedar Rapids voted early.
            """)
        for name in ["San Marcos", "Orange County", "Cedar Rapids", "New Hampshire"] {
            #expect(found.contains { $0.name == name && $0.kind == .place }, "\(name)")
            #expect(!found.contains { $0.name == name && $0.kind == .person }, "\(name)")
        }
    }

    @Test func streetsSquaresAndGardensArePlaces() throws {
        let found = mentions("Brokers on Harbor Street sold early. Fans filled Carver Square Garden, and Lark Avenue was shut.")
        for name in ["Harbor Street", "Carver Square Garden", "Lark Avenue"] {
            #expect(found.contains { $0.name == name && $0.kind == .place }, "\(name)")
        }
    }

    @Test func aTitleInCapitalsNamesNoOne() throws {
        let found = mentions("She opened the forum with a talk called Why They Need To Change Course on Friday.")
        #expect(!found.contains { $0.kind == .person })
    }

    @Test func aPlaceMayQualifyTheSpeakersNoun() throws {
        let text = """
            Delegates met in Cleveland on Monday. One Nebraska delegate said the platform was too long. \
            “We have heard enough speeches,” said the Ohio governor.
            """
        let found = QuotationExtractor.analyze(text).quotations
        let reported = try #require(found.first { $0.kind == .indirect })
        #expect(reported.asWritten == "One Nebraska delegate")
        let direct = try #require(found.first { $0.kind == .direct })
        #expect((direct.asWritten ?? direct.speaker ?? "").contains("Ohio governor"))
    }
}
