import Testing
@testable import DossierExtraction

/// Groups named by phrases with the same head (`mergingSameNames`) are found by whether one phrase ends in the other's
/// words, asked by bytes of ASCII phrases.
@Suite struct PhraseEndingTests {
    @Test func aPhraseEndsInWholeWordsOnly() {
        #expect(TopicGroup.endsIn("iran nuclear agreement", words: "nuclear agreement"))
        #expect(TopicGroup.endsIn("nuclear agreement", words: "agreement"))
        #expect(!TopicGroup.endsIn("antinuclear agreement", words: "nuclear agreement"))
        #expect(!TopicGroup.endsIn("nuclear agreement", words: "nuclear agreement"))
        #expect(!TopicGroup.endsIn("agreement", words: "nuclear agreement"))
        #expect(!TopicGroup.endsIn("nuclear agreements", words: "agreement"))
    }

    @Test func aPhraseOfSeveralWordsHoldsASpace() {
        #expect(TopicGroup.hasSeveralWords("nuclear agreement"))
        #expect(!TopicGroup.hasSeveralWords("agreement"))
        #expect(TopicGroup.hasSeveralWords("caf\u{E9} society"))
        #expect(!TopicGroup.hasSeveralWords("caf\u{E9}"))
    }

    @Test func aPhraseBeyondASCIIEndsInWordsEqualByUnicodesRules() {
        // `é` as one scalar and as e with a combining accent: equal words, other bytes.
        #expect(TopicGroup.endsIn("le caf\u{E9} society", words: "cafe\u{301} society"))
        #expect(!TopicGroup.endsIn("le caf\u{E9} society", words: "cafe society"))
    }
}
