import Testing
import DossierCore
@testable import DossierExtraction

/// The people and figures of a topic's sentences (`TopicLinker.Holders`).
@Suite struct TopicLinkerHoldersTests {
    static func reference(_ source: String, _ sentence: String) -> SentenceReference {
        SentenceReference(source: source, sentence: sentence)
    }

    /// Holders over an index of sentences of their own, asked by references (as `TopicLinker.link` asks by the places
    /// of a topic's sentences in the index it shares between people and figures).
    struct Indexed {
        var sentences = Places<SentenceReference>()
        var holders: TopicLinker.Holders

        init(_ pairs: [(String, [SentenceReference])]) {
            var index = Places<SentenceReference>()
            holders = TopicLinker.Holders(count: pairs.count, sentences: &index, id: { pairs[$0].0 }) { holder, body in
                for reference in pairs[holder].1 { body(reference) }
            }
            sentences = index
        }

        func ranked(_ references: [SentenceReference]) -> [String] {
            holders.ranked(places: references.compactMap { sentences.place(of: $0) })
        }
    }

    @Test func idsAreRankedBySentencesHeldThenById() {
        let holders = Indexed(Array(zip(["q", "p", "r", "s"], [
            [Self.reference("a", "s1"), Self.reference("a", "s2")],
            // Twice in one sentence counts once.
            [Self.reference("a", "s1"), Self.reference("a", "s1"), Self.reference("b", "s1")],
            [Self.reference("a", "s3")],
            [Self.reference("c", "s1")],
        ])))
        #expect(holders.ranked([Self.reference("a", "s1"), Self.reference("a", "s2"), Self.reference("b", "s1"), Self.reference("a", "s3")])
                == ["p", "q", "r"])
        #expect(holders.ranked([Self.reference("a", "s1")]) == ["p", "q"])
        #expect(holders.ranked([Self.reference("d", "s1")]) == [])
    }

    @Test func holdersSharingAnIdAreCountedAsOne() {
        let holders = Indexed(Array(zip(["p", "q", "p"], [
            [Self.reference("a", "s1")], [Self.reference("a", "s1"), Self.reference("a", "s2")], [Self.reference("a", "s1"), Self.reference("a", "s3")],
        ])))
        #expect(holders.ranked([Self.reference("a", "s1"), Self.reference("a", "s2"), Self.reference("a", "s3")]) == ["p", "q"])
    }

    @Test func eachSentenceHoldsItsOwnIdsWhateverOrderTheyAreStatedIn() {
        let (s1, s2, s3) = (Self.reference("a", "s1"), Self.reference("a", "s2"), Self.reference("b", "s3"))
        let holders = Indexed(Array(zip(["r", "q", "p"], [[s3, s1], [s2, s1, s2], [s1, s2]])))
        #expect(holders.ranked([s3]) == ["r"])
        #expect(holders.ranked([s2]) == ["p", "q"])
        #expect(holders.ranked([s1, s2]) == ["p", "q", "r"])
        #expect(holders.ranked([s1, s3]) == ["r", "p", "q"])
    }

    /// People and figures share one index of sentences: each kind ranks only its own ids, whether a sentence was placed
    /// by its kind, by the other kind only (before or after it), or by both.
    @Test func holdersOfTwoKindsShareOneIndex() {
        let (s1, s2, s3, s4) = (Self.reference("a", "s1"), Self.reference("a", "s2"), Self.reference("b", "s3"), Self.reference("b", "s4"))
        let people: [(String, [SentenceReference])] = [("p", [s1, s2]), ("q", [s2])]
        let figures: [(String, [SentenceReference])] = [("f", [s3, s2]), ("g", [s4, s1, s4])]
        var index = Places<SentenceReference>()
        let peopleHolders = TopicLinker.Holders(count: people.count, sentences: &index, id: { people[$0].0 }) { holder, body in
            for reference in people[holder].1 { body(reference) }
        }
        let figureHolders = TopicLinker.Holders(count: figures.count, sentences: &index, id: { figures[$0].0 }) { holder, body in
            for reference in figures[holder].1 { body(reference) }
        }
        #expect(index.count == 4)
        func places(_ references: [SentenceReference]) -> [Int] { references.compactMap { index.place(of: $0) } }
        #expect(peopleHolders.ranked(places: places([s1, s2, s3, s4])) == ["p", "q"])
        #expect(peopleHolders.ranked(places: places([s3, s4])) == [])
        #expect(figureHolders.ranked(places: places([s1, s2, s3, s4])) == ["f", "g"])
        #expect(figureHolders.ranked(places: places([s2, s3, s1])) == ["f", "g"])
        #expect(figureHolders.ranked(places: places([s4, s1, s4])) == ["g"])
        #expect(figureHolders.ranked(places: places([Self.reference("c", "s1")])) == [])
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
