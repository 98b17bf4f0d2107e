import Testing
import DossierCore
@testable import DossierExtraction

/// The people and figures of a topic's sentences (`TopicLinker.Holders`).
@Suite struct TopicLinkerHoldersTests {
    static func reference(_ source: String, _ sentence: String) -> SentenceReference {
        SentenceReference(source: source, sentence: sentence)
    }

    @Test func idsAreRankedBySentencesHeldThenById() {
        let holders = TopicLinker.Holders(Array(zip(["q", "p", "r", "s"], [
            [Self.reference("a", "s1"), Self.reference("a", "s2")],
            // Twice in one sentence counts once.
            [Self.reference("a", "s1"), Self.reference("a", "s1"), Self.reference("b", "s1")],
            [Self.reference("a", "s3")],
            [Self.reference("c", "s1")],
        ])), id: \.0, references: \.1)
        #expect(holders.ranked([Self.reference("a", "s1"), Self.reference("a", "s2"), Self.reference("b", "s1"), Self.reference("a", "s3")])
                == ["p", "q", "r"])
        #expect(holders.ranked([Self.reference("a", "s1")]) == ["p", "q"])
        #expect(holders.ranked([Self.reference("d", "s1")]) == [])
    }

    @Test func holdersSharingAnIdAreCountedAsOne() {
        let holders = TopicLinker.Holders(Array(zip(["p", "q", "p"], [
            [Self.reference("a", "s1")], [Self.reference("a", "s1"), Self.reference("a", "s2")], [Self.reference("a", "s1"), Self.reference("a", "s3")],
        ])), id: \.0, references: \.1)
        #expect(holders.ranked([Self.reference("a", "s1"), Self.reference("a", "s2"), Self.reference("a", "s3")]) == ["p", "q"])
    }

    @Test func eachSentenceHoldsItsOwnIdsWhateverOrderTheyAreStatedIn() {
        let (s1, s2, s3) = (Self.reference("a", "s1"), Self.reference("a", "s2"), Self.reference("b", "s3"))
        let holders = TopicLinker.Holders(Array(zip(["r", "q", "p"], [[s3, s1], [s2, s1, s2], [s1, s2]])), id: \.0, references: \.1)
        #expect(holders.ranked([s3]) == ["r"])
        #expect(holders.ranked([s2]) == ["p", "q"])
        #expect(holders.ranked([s1, s2]) == ["p", "q", "r"])
        #expect(holders.ranked([s1, s3]) == ["r", "p", "q"])
    }

    @Test func referencesAreFoundAsEqualStringsTellThem() {
        var places = Places<SentenceReference>()
        let composed = SentenceReference(source: "caf\u{E9}", sentence: "s1")
        let decomposed = SentenceReference(source: "cafe\u{301}", sentence: "s1")
        #expect(places.place(adding: composed) == (0, true))
        #expect(places.place(of: decomposed) == 0)
        #expect(places.place(of: SentenceReference(source: "cafe", sentence: "s1")) == nil)
        #expect(places.place(of: SentenceReference(source: "s1", sentence: "caf\u{E9}")) == nil)
    }
}
