@testable import Annotation
@testable import CorpusModel
@testable import QueryLanguage
@testable import Rendering
@testable import Shell
import Testing
@testable import TextAnalysis

private let kirby000 = "“does not want an escalation in South Asia and Central Asia,”"
private let kirby004 = "“We want to avoid a certain escalation in South Asia and Central Asia. Additionally, we are in contact with our counterparts in Pakistan.”"
private let guterres002 = "all security concerns between Iran and Pakistan must be addressed by “peaceful means” through dialogue and cooperation, in accordance with the principles of sovereignty, territorial integrity, and good neighbourly relations"
private let dujarric004 = "“All security concerns between the two countries must be addressed through peaceful means through dialogue and cooperation, in accordance with the principles of sovereignty, territorial integrity, and good neighborliness.”"
private let maoNing000 = "“The Chinese side sincerely hopes that both parties can calm down, exercise restraint, and avoid escalation of tensions,”"
private let guterresRestraint004 = "“exercise maximum restraint to avoid further escalation of tensions.”"
private let miller000 = "“We want to prevent escalation and believe that any escalation cannot be justified.”"

@Test func contentWordsAreNormalised() {
    #expect(StatementWords.content("Pakistan’s “neighbourly” de-escalation, António!") ==
            ["pakistan", "neighborly", "deescalation", "antonio"])
    #expect(StatementWords.content("the two countries") == ["two", "country"])
}

@Test func wordsAreSplitAtAnyWhiteSpaceAndKeyedAlikeOverBytesAndCharacters() {
    #expect(StatementWords.surfaceWords("a\u{00A0}b  c\r\nd\u{2009}“e”\t") == ["a", "b", "c", "d", "“e”"])
    #expect(StatementWords.surfaceWords("   ").isEmpty)
    // ASCII words take the byte path, others the Character path: the same rules either way.
    for (word, key) in [("“Avoid,", "avoid"), ("Avoid,", "avoid"), ("--De-Escalate--", "de-escalate"), ("U.S.", "us"),
                        ("António", "antonio"), ("ANTONIO", "antonio"), ("...", ""), ("co-operate’s", "co-operates"),
                        ("“We’re", "were"), ("‘x’", "x"), ("“Café”", "cafe"), ("a—b", "ab")] {
        #expect(WordKey.key(ofStatementWord: word) == key, "\(word)")
    }
    #expect(StatementWords.normalised("Neighbourliness de-escalations") == ["neighborliness", "deescalation"])
}

/// Whether `pairs`, the matcher's entry point, pairs the two renderings, credited to one speaker or to two.
private func isSameStatement(_ a: String, _ b: String, sameSpeaker: Bool = false) -> Bool {
    !QuoteMatcher().pairs([QuoteRendering(a, speaker: "Ann Lee")], [QuoteRendering(b, speaker: sameSpeaker ? "Ann Lee" : "Bo Dahl")]).isEmpty
}

@Test func kirbyMatchesAcrossRenderings() {
    let m = QuoteMatcher()
    let s = m.similarity(kirby000, kirby004)
    #expect(s.shared == 6 && s.shorter == 6 && s.score == 1)
    #expect(s.dice == 0.75, "what only the longer rendering says lowers the similarity shown")
    #expect(isSameStatement(kirby000, kirby004, sameSpeaker: true))
    #expect(isSameStatement(kirby000, kirby004))  // dice 0.75 also passes the stricter test
}

@Test func guterresReportedAndDujarricQuotedMatch() {
    let m = QuoteMatcher()
    let s = m.similarity(guterres002, dujarric004)
    #expect(s.shared == 13 && s.shorter == 16)
    #expect(isSameStatement(guterres002, dujarric004))  // credited to different speakers
}

@Test func unrelatedOrBoilerplateStatementsDoNotMatch() {
    let m = QuoteMatcher()
    #expect(!isSameStatement(kirby000, miller000, sameSpeaker: true))
    #expect(!isSameStatement(guterres002, kirby004))
    // shared diplomatic boilerplate from two speakers: score 0.83 but dice 0.56
    #expect(m.similarity(maoNing000, guterresRestraint004).score > 0.8)
    #expect(!isSameStatement(maoNing000, guterresRestraint004))
    // fragments need four shared content words
    #expect(!isSameStatement("to de-escalate tensions", "Islamabad and Tehran have sought to de-escalate tensions", sameSpeaker: true))
    #expect(isSameStatement("‘Marg Bar Sarmachar’", "“Marg Bar Sarmachar,”"))
}

@Test func pairsUseSpeakersAndKeepBestMatches() {
    let left = [QuoteRendering(kirby000, speaker: "John Kirby"), QuoteRendering(guterres002, speaker: "António Guterres"),
                QuoteRendering(maoNing000, speaker: "Mao Ning")]
    let right = [QuoteRendering(miller000, speaker: "Matthew Miller"), QuoteRendering(dujarric004, speaker: "Stéphane Dujarric"),
                 QuoteRendering(kirby004, speaker: "john kirby"), QuoteRendering(guterresRestraint004, speaker: "António Guterres")]
    let pairs = QuoteMatcher().pairs(left, right)
    #expect(pairs.map { [$0.left, $0.right] } == [[0, 2], [1, 1]])
    #expect(pairs[1].similarity.shared == 13)
    // unknown speakers ("?") are never the same speaker: boilerplate stays unpaired
    let unknown = QuoteMatcher().pairs([QuoteRendering(maoNing000, speaker: "?")],
                                       [QuoteRendering(guterresRestraint004, speaker: "?")])
    #expect(unknown.isEmpty)
}

@Test func wordDiffRendersAndStructures() {
    let d = WordDiff("We want to prevent escalation", "we want to avoid escalation.")
    #expect(d.rendered == "We want to [-prevent-] {+avoid+} escalation")
    #expect(d.ops == [WordDiffOp(.same, ["We", "want", "to"]), WordDiffOp(.removed, ["prevent"]),
                      WordDiffOp(.added, ["avoid"]), WordDiffOp(.same, ["escalation"])])
    // Case and punctuation aside, the same words are one run.
    #expect(WordDiff("“Exercise restraint,”", "exercise restraint").ops.map(\.kind) == [.same])
}

@Test func wordDiffOfKirbysRenderings() {
    let d = WordDiff(kirby000, kirby004)
    #expect(d.rendered.hasPrefix("[-“does not-] {+“We+} want [-an-] {+to avoid a certain+} escalation in South Asia and Central Asia,”"))
    #expect(d.ops.filter { $0.kind == .same }.flatMap(\.words) == ["want", "escalation", "in", "South", "Asia", "and", "Central", "Asia,”"])
}

@Test func wordDiffEdgeCases() {
    #expect(WordDiff("", "").ops.isEmpty)
    #expect(WordDiff("", "new words").rendered == "{+new words+}")
    #expect(WordDiff("old words", "").rendered == "[-old words-]")
    #expect(WordDiff("a b c", "x y z").rendered == "[-a b c-] {+x y z+}")
}
