import Testing
import DossierCore
@testable import DossierExtraction

/// The key index of the phrase and word tables: each distinct string once, at the place it was first added, and
/// strings told apart as `==` tells them.
@Suite struct StringPlacesTests {
    @Test func keysKeepTheirFirstPlaces() {
        var places = StringPlaces()
        #expect(places.place(of: "talk") == nil)
        #expect(places.place(adding: "talk") == (0, true))
        #expect(places.place(adding: "ceasefire") == (1, true))
        #expect(places.place(adding: "talk") == (0, false))
        #expect(places.place(adding: "") == (2, true))
        #expect(places.keys == ["talk", "ceasefire", ""])
        #expect(places.place(of: "ceasefire") == 1)
        #expect(places.place(of: "") == 2)
        #expect(places.place(of: "truce") == nil)
    }

    @Test func growingKeepsEveryPlace() {
        var places = StringPlaces()
        let keys = (0..<5_000).map { "word\($0)" } + (0..<200).map { "mot\($0)é" }
        for (position, key) in keys.enumerated() { #expect(places.place(adding: key) == (position, true)) }
        #expect(places.count == keys.count)
        #expect(keys.indices.allSatisfy { places.place(of: keys[$0]) == $0 })
        #expect(places.place(of: "word5000") == nil)
        #expect(places.place(of: "mot200é") == nil)
    }

    /// Canonically equivalent strings are one key, as in a `Dictionary`: accents precomposed or not, and the three
    /// scalars whose canonical form is ASCII (Kelvin sign, Greek question mark, Greek varia) against that character.
    @Test func canonicallyEquivalentStringsShareAPlace() {
        let pairs = [("café", "cafe\u{301}"), ("Kelvin", "\u{212A}elvin"), ("a;b", "a\u{37E}b"), ("`", "\u{1FEF}"),
                     ("\u{1E30}", "\u{212A}\u{301}"), ("naïve", "nai\u{308}ve")]
        for (first, second) in pairs {
            #expect(first == second)
            #expect(StringPlaces.hash(first) == StringPlaces.hash(second), "\(first)")
            var places = StringPlaces()
            _ = places.place(adding: "other")
            #expect(places.place(adding: first) == (1, true))
            #expect(places.place(adding: second) == (1, false), "\(first)")
            #expect(places.place(of: second) == 1)
        }
        var places = StringPlaces()
        _ = places.place(adding: "cafe")
        #expect(places.place(of: "café") == nil)
        #expect(places.place(adding: "K") == (1, true))
        #expect(places.place(adding: "k") == (2, true))
    }

    /// A run's phrases are tallied by their words' numbers: the same numbers in the same order are one phrase.
    @Test func phrasesByTheirWordsNumbers() {
        var places = Places<PhraseWords>()
        let phrases: [[Int32]] = [[1, 2], [1, 2, 3], [2, 1], [1, 2], [1, 2, 3, 4], [1, 2, 3, 5], [1, 2, 3, 4], [1], [1, 2, 3]]
        let found = phrases.map { places.place(adding: PhraseWords($0)).place }
        #expect(found == [0, 1, 2, 0, 3, 4, 3, 5, 1])
        #expect(places.keys.map(\.numbers) == [[1, 2], [1, 2, 3], [2, 1], [1, 2, 3, 4], [1, 2, 3, 5], [1]])
        #expect(PhraseWords([7, 8]).placeHash == PhraseWords([7, 8]).placeHash)
    }
}

/// A topic's sentences, sorted and each once, as a `Set` sorted gives them.
@Suite struct TopicSentenceOrderTests {
    static func references(_ pairs: [(String, String)]) -> [SentenceReference] {
        pairs.map { SentenceReference(source: $0.0, sentence: $0.1) }
    }

    @Test func sortedOnceGivesWhatASortedSetGives() {
        let sorted = Self.references([("a", "s2"), ("a", "s10"), ("b", "s1")])
        #expect(TopicSentences.sortedOnce(sorted) == sorted)
        let unsorted = Self.references([("b", "s1"), ("a", "s10"), ("a", "s2"), ("b", "s1"), ("a", "s10")])
        #expect(TopicSentences.sortedOnce(unsorted) == sorted)
        // A repeat in order is no longer strictly increasing: it goes.
        #expect(TopicSentences.sortedOnce(Self.references([("a", "s2"), ("a", "s2"), ("b", "s1")])) == Self.references([("a", "s2"), ("b", "s1")]))
    }

    @Test func referencesArePlacedByBothStrings() {
        var places = Places<SentenceReference>()
        let found = Self.references([("a", "s1"), ("a", "s2"), ("b", "s1"), ("a", "s1"), ("caf\u{E9}", "s1"), ("cafe\u{301}", "s1")])
            .map { places.place(adding: $0).place }
        #expect(found == [0, 1, 2, 0, 3, 3])
    }
}
