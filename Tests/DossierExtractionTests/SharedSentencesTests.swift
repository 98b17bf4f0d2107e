import Testing
import DossierCore
@testable import DossierExtraction

/// The sentences each two groups share (`TopicSentences.SharedSentences`), and a group's sources.
@Suite struct SharedSentencesTests {
    @Test func pairsAreCountedPerSentenceAmongTheCountedGroupsOnly() {
        // Sentences 0-4; group 1 is a user's (not counted); group 3 shares nothing.
        let numbers = [[0, 1, 2, 4], [0, 1, 2, 3], [1, 2, 4], [3], [0, 4]]
        let shared = TopicSentences.SharedSentences(numbers: numbers, sentenceCount: 5, counted: [true, false, true, true, true])
        #expect(shared.count(0, 2) == 3)
        #expect(shared.count(2, 0) == 3)
        #expect(shared.count(0, 4) == 2)
        #expect(shared.count(2, 4) == 1)
        #expect(shared.count(0, 3) == 0)
        #expect(shared.count(3, 4) == 0)
    }

    @Test func aGroupHasSeveralSourcesWhenTwoOfItsSentencesComeFromTwo() {
        var group = TopicGroup(keys: ["drought"], score: 1)
        group.sentences = [SentenceReference(source: "a", sentence: "s1"), SentenceReference(source: "a", sentence: "s2")]
        #expect(!group.hasSeveralSources)
        group.sentences.append(SentenceReference(source: "b", sentence: "s1"))
        #expect(group.hasSeveralSources)
        group.sentences = []
        #expect(!group.hasSeveralSources)
    }
}
