import Testing
@testable import CrqKit

@Suite struct PlaceholderTests {
    @Test func tokenizerSplitsPossessive() {
        #expect(Normalizer.words("Iran’s U.S. de-escalation 1,200") == ["iran", "'s", "u.s.", "de-escalation", "1,200"])
    }
}
