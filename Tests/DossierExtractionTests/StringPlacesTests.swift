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

    @Test func roomReservedKeepsEveryPlaceWithinItAndBeyond() {
        // Reserved for fewer keys than are added (the index made large at once, then grown), and for more.
        for reserved in [0, 5, 100, 3_000, 20_000] {
            var places = StringPlaces()
            places.reserveCapacity(reserved)
            let keys = (0..<5_000).map { "word\($0)" }
            for (position, key) in keys.enumerated() { #expect(places.place(adding: key) == (position, true)) }
            #expect(places.place(adding: "word7") == (7, false))
            #expect(keys.indices.allSatisfy { places.place(of: keys[$0]) == $0 })
            #expect(places.place(of: "word5000") == nil)
        }
        // Reserved once keys are there: they stay where they are.
        var places = StringPlaces()
        _ = places.place(adding: "talk")
        places.reserveCapacity(1_000)
        #expect(places.place(adding: "truce") == (1, true))
        #expect(places.place(of: "talk") == 0)
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

    /// Each key's hash is kept by place, so that another table adds the keys without hashing them again: the kept hash
    /// is the key's own (past the growth of the table), and a union gives the same places as adding the keys one by one.
    @Test func keptHashesAddKeysElsewhere() {
        var first = StringPlaces(), second = StringPlaces()
        let firstKeys = (0..<40).map { "word\($0)" } + ["café", "Kelvin"]
        let secondKeys = ["word3", "cafe\u{301}", "new", "\u{212A}elvin", "word41", "word39", "other"]
        for key in firstKeys { _ = first.place(adding: key) }
        for key in secondKeys { _ = second.place(adding: key) }
        #expect(firstKeys.indices.allSatisfy { first.hash(at: $0) == StringPlaces.hash(firstKeys[$0]) })
        #expect(secondKeys.indices.allSatisfy { second.hash(at: $0) == StringPlaces.hash(secondKeys[$0]) })
        var union = first
        union.formUnion(second)
        var oneByOne = first
        for key in secondKeys { _ = oneByOne.place(adding: key) }
        #expect(union.keys == oneByOne.keys)
        #expect(union.keys == firstKeys + ["new", "word41", "other"])
        #expect(union.keys.indices.allSatisfy { union.place(of: union.keys[$0]) == $0 && union.hash(at: $0) == StringPlaces.hash(union.keys[$0]) })
        #expect(union.place(of: "cafe\u{301}") == 40)
    }

    /// A run's phrases are tallied by their words' numbers: the same numbers in the same order are one phrase.
    @Test func phrasesByTheirWordsNumbers() {
        var places = Places<PhraseWords>()
        let phrases: [[Int32]] = [[1, 2], [1, 2, 3], [2, 1], [1, 2], [1, 2, 3, 4], [1, 2, 3, 5], [1, 2, 3, 4], [1], [1, 2, 3]]
        let found = phrases.map { places.place(adding: PhraseWords($0)).place }
        #expect(found == [0, 1, 2, 0, 3, 4, 3, 5, 1])
        #expect(places.keys == [[1, 2], [1, 2, 3], [2, 1], [1, 2, 3, 4], [1, 2, 3, 5], [1]].map { PhraseWords($0) })
        #expect(PhraseWords([7, 8]).placeHash == PhraseWords([7, 8]).placeHash)
    }
}

/// A topic's sentences, sorted and each once, as a `Set` sorted gives them.
@Suite struct TopicSentenceOrderTests {
    static func references(_ pairs: [(String, String)]) -> [SentenceReference] {
        pairs.map { SentenceReference(source: $0.0, sentence: $0.1) }
    }

    @Test func aRankingSortsNumberedSentencesAsASortedSetDoes() {
        // Numbered in reading order: `b s1`, `a s10`, `a s2`, and `a s10` again under another number.
        let ranking = TopicSentences.Ranking(Self.references([("b", "s1"), ("a", "s10"), ("a", "s2"), ("a", "s10")]))
        let sorted = Self.references([("a", "s2"), ("a", "s10"), ("b", "s1")])
        #expect(ranking.sortedOnce([0, 1, 2]) == sorted)
        #expect(ranking.sortedOnce([0, 3, 2, 1, 0]) == sorted)
        #expect(ranking.sortedOnce([3, 1]) == Self.references([("a", "s10")]))
        #expect(ranking.sortedOnce([]) == [])
    }

    static func article(_ id: String, _ sentences: [String]) -> Article {
        TimelineExtractorTests.article(id, published: nil, sentences)
    }

    static let water = [TopicGroup(keys: ["watershortage"], score: 2), TopicGroup(keys: ["drought"], score: 1)]

    @Test func sentencesFoundInASortedReadingOrderAreKeptAsFound() {
        let articles = [Self.article("a", ["The water shortage grew.", "Rain fell.", "The drought and the water shortage went on."]),
                        Self.article("b", ["The drought ended."])]
        let found = TopicSentences(articles: articles, groups: Self.water, scanner: PhraseScanner(lexicon: TestLanguage.lexicon))
        let merged = found.mergingOverlaps(Self.water)
        #expect(merged.map(\.sentences) == [Self.references([("a", "s1"), ("a", "s3")]), Self.references([("a", "s3"), ("b", "s1")])])
    }

    @Test func sentencesFoundInAnUnsortedReadingOrderAreSorted() {
        // Article `b` comes first: each group's sentences, found in reading order, are sorted as the references sort.
        let articles = [Self.article("b", ["The drought and the water shortage ended."]),
                        Self.article("a", ["The water shortage grew.", "The drought went on."])]
        let found = TopicSentences(articles: articles, groups: Self.water, scanner: PhraseScanner(lexicon: TestLanguage.lexicon))
        #expect(found.sentences[0] == Self.references([("b", "s1"), ("a", "s1")]))
        let merged = found.mergingOverlaps(Self.water)
        #expect(merged.map(\.sentences) == [Self.references([("a", "s1"), ("b", "s1")]), Self.references([("a", "s2"), ("b", "s1")])])
    }

    @Test func groupsSharingMostSentencesMergeAndTheirSentencesAreSortedOnce() {
        let articles = [Self.article("a", ["The drought and the water shortage grew.", "Rain fell.", "The water shortage and the drought went on."]),
                        Self.article("b", ["The drought ended the water shortage.", "Only the drought was left."])]
        let found = TopicSentences(articles: articles, groups: Self.water, scanner: PhraseScanner(lexicon: TestLanguage.lexicon))
        let merged = found.mergingOverlaps(Self.water, share: 0.5)
        #expect(merged.count == 1)
        #expect(merged[0].sentences == Self.references([("a", "s1"), ("a", "s3"), ("b", "s1"), ("b", "s2")]))
    }
}
