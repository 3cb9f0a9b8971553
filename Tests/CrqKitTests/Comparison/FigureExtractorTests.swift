@testable import Annotation
@testable import CorpusModel
@testable import QueryLanguage
@testable import Rendering
@testable import Shell
import Testing
@testable import TextAnalysis

private func one(_ text: String) -> FigureClaim? {
    let found = FigureExtractor.extract(text)
    return found.count == 1 ? found[0] : nil
}

@Test func countedNounsWithModifiersAndHedges() throws {
    let text = "Forces engaged at least seven militant sites, approximately 80 kilometers away."
    let claims = FigureExtractor.extract(text)
    #expect(claims.map(\.text) == ["at least seven militant sites", "approximately 80 kilometers"])
    #expect(claims[0].start == 15 && claims[0].end == 44 && claims[0].value == 7 && claims[0].unit == "site")
    #expect(claims[0].hedge == "at least" && claims[0].bound == .atLeast && claims[0].happening == "hit")
    #expect(claims[1].unit == "km" && claims[1].happening == "distance" && claims[1].bound == .approximate)
}

@Test func offsetsAreBytesInsideAndScalarsToUsers() throws {
    // “ and é are one scalar each but several UTF-8 bytes
    let text = "“Café” said 12 people were killed."
    let claim = try #require(one(text))
    #expect(claim.start == 17 && claim.end == 26)
    #expect(Fixtures.scalarOffset(text, claim.start) == 12 && Fixtures.scalarOffset(text, claim.end) == 21)
    #expect(claim.text == "12 people" && claim.unit == "person" && claim.happening == "killed")
    #expect(one("🇵🇰 😀 Nine deaths").map { Fixtures.scalarOffset("🇵🇰 😀 Nine deaths", $0.start) } == 5)  // a flag is two scalars, the emoji one
}

@Test func numberForms() {
    #expect(one("It hired 1,200 workers.")?.value == 1200)
    #expect(one("It hired twenty-five workers.")?.value == 25)
    #expect(one("It hired two hundred and fifty workers.")?.value == 250)
    #expect(one("About 1.5 million people fled.")?.value == 1_500_000)
    #expect(one("A dozen soldiers were wounded.")?.value == 12)
    #expect(one("A dozen police officers watched.")?.unit == "officer")
    let border = one("Iran shares a 900-km border.")
    #expect(border?.text == "900-km" && border?.happening == "distance")
    #expect(one("Prices rose 48% this year.")?.unit == "percent")
    #expect(one("Turnout was 3.5 per cent.")?.value == 3.5)
    let visit = one("He began a two-day visit.")
    #expect(visit?.value == 2 && visit?.unit == "day" && visit?.happening == "duration")
}

@Test func victimsLineUpUnderKilled() {
    for text in ["Iran's strike caused nine deaths.", "It resulted in the death of nine individuals.",
                 "The raid killed two children.", "Attacks claimed the lives of two youths.",
                 "It resulted in nine casualties.", "Two civilians were killed on Monday.", "Nine dead, officials said."] {
        #expect(one(text)?.happening == "killed", "\(text)")
    }
    #expect(one("Twenty soldiers were wounded.")?.happening == "injured")
    let breakdown = FigureExtractor.extract("At least 27 people, including 11 children, were killed on Saturday.")
    #expect(breakdown.map(\.happening) == ["killed", "killed"] && breakdown.map(\.value) == [27, 11])
    #expect(one("Two civilians attended.")?.happening == "civilian")
    #expect(one("One person was killed.")?.value == 1)
}

@Test func durationsWithArticles() {
    #expect(one("It came a day after the raid.")?.value == 1)
    #expect(one("Less than a day had passed.")?.hedge == "less than")
    let within = one("Within 48 hours of the strike.")
    #expect(within?.text == "Within 48 hours" && within?.hedge == "within" && within?.happening == "interval")
    #expect(FigureExtractor.extract("He works a day of the week and once a day.").isEmpty)
}

@Test func thingsThatAreNotClaims() {
    for text in ["February, 23, 2024", "In 2010 it rained.", "It began on 23 February.", "It began February 23.",
                 "They met at 10:30 and 5 p.m.", "The 21st century.", "Air Force One landed.",
                 "Resolution 2334 passed.", "A few days later.", "Dozens of people came.", "A number of terrorists.",
                 "Talks between the two countries.", "Iran and Pakistan, two close allies of Beijing, met.",
                 "One of the few counties.", "One Pakistani official said so.", "He flew an F-16 jet.",
                 "A five-year-old boy.", "Both sides agreed."] {
        #expect(FigureExtractor.extract(text).isEmpty, "\(text)")
    }
}

@Test(.enabled(if: SharedFiles.available, "needs the shared gold standard (../shared/eval) beside the repository")) func seedsAgainstGoldStandard() throws {
    let gold = try SharedFiles.tsv("figures.tsv")
    var found = 0, matched = 0, recalled = 0
    for prefix in ["000", "001", "002", "003", "004"] {
        let seed = try SharedFiles.seed(prefix)
        let claims = FigureExtractor.extract(seed)
        let rows = gold.filter { $0["file"]!.hasPrefix(prefix) }
        found += claims.count
        func overlaps(_ c: FigureClaim, _ r: [String: String]) -> Bool {
            Fixtures.scalarOffset(seed, c.start) < Int(r["end"]!)! && Int(r["start"]!)! < Fixtures.scalarOffset(seed, c.end)
        }
        matched += claims.filter { c in rows.contains { overlaps(c, $0) } }.count
        for r in rows {
            let hit = claims.first { overlaps($0, r) }
            if let hit, hit.value == Double(r["value"]!)! { recalled += 1 }
        }
    }
    let precision = Double(matched) / Double(found), recall = Double(recalled) / Double(gold.count)
    #expect(gold.count == 14)
    #expect(recall == 1.0)
    #expect(precision >= 0.9)
}

@Test(.enabled(if: SharedFiles.available, "needs the shared gold standard (../shared/eval) beside the repository")) func seedKillingFiguresAlign() throws {
    let killed = { (prefix: String) in try FigureExtractor.extract(SharedFiles.seed(prefix)).filter { $0.happening == "killed" } }
    #expect(try killed("003").map(\.value) == [9, 9])
    #expect(try killed("004").map(\.text) == ["two youths", "nine deaths"])
    #expect(try killed("001").map(\.text) == ["two innocent children"])
}

@Test func moneyTollsAndBareVictims() {
    let aid = one("The US pledged about $5 million in aid.")
    #expect(aid?.text == "about $5 million" && aid?.value == 5_000_000 && aid?.unit == "dollar" && aid?.happening == "money")
    let toll = one("The death toll rose to 48 on Sunday.")
    #expect(toll?.text == "48" && toll?.unit == "death" && toll?.happening == "killed")
    let killing = one("Gunmen opened fire, killing at least 12.")
    #expect(killing?.text == "at least 12" && killing?.happening == "killed" && killing?.bound == .atLeast)
    #expect(one("Over 200 Palestinians were killed.")?.happening == "killed")
    #expect(FigureExtractor.extract("They met at 10 o'clock and killed time.").isEmpty)
}

@Test func titleCaseHeadlines() {
    #expect(one("Strikes Come Within 48 Hours")?.happening == "duration")
    #expect(one("Two Children Killed In Strike")?.happening == "killed")
}

@Test func randomTextNeverBreaksOffsets() {
    let pieces = ["a", "day", "two", "Two", "at", "least", "48", "1,200", "3.5", "-", "%", "$", "’s", "“", "”", "é",
                  "😀", "\n", ",", ".", "hours", "people", "killed", "twenty-five", "one", "of", "the", "countries",
                  "km", "per", "cent", "2024", ":", "toll", "to", "hundred", "and", "dozen", "x", "s"]
    var rng = SplitMix(seed: 7)
    for _ in 0..<2000 {
        var text = ""
        for _ in 0..<Int.random(in: 1...25, using: &rng) {
            text += pieces[Int.random(in: 0..<pieces.count, using: &rng)]
            if Bool.random(using: &rng) { text += " " }
        }
        let bytes = text.utf8.count
        for claim in FigureExtractor.extract(text) {
            #expect(claim.start >= 0 && claim.start < claim.end && claim.end <= bytes)
            guard claim.start >= 0, claim.start < claim.end, claim.end <= bytes else { continue }
            #expect(Fixtures.slice(text, claim.start..<claim.end) == claim.text, "\(text)")
        }
    }
}
