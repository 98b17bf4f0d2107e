import Testing
@testable import DossierExtraction

/// Strings with how often each was added (`CountedPlaces`), as the story index counts the corpus's names: by the
/// hashes another table kept.
@Suite struct CountedPlacesTests {
    @Test func eachKeyItsPlaceAndCount() {
        var counted = CountedPlaces()
        #expect(counted.add("fbi") == 0)
        #expect(counted.add("labour") == 1)
        #expect(counted.add("fbi") == 0)
        #expect(counted.count == 2)
        #expect(counted.counts == [2, 1])
        #expect(counted.places.keys == ["fbi", "labour"])
    }

    /// A key added with the hash another table kept for it is the same key as when it is hashed here.
    @Test func aKeptHashFindsTheSameKey() {
        var article = CountedPlaces()
        article.add("gen\u{E8}ve")
        article.add("labour")
        var corpus = CountedPlaces()
        corpus.add("labour")
        for place in 0..<article.count { corpus.add(article.places.keys[place], hash: article.places.hash(at: place)) }
        corpus.add("gene\u{300}ve")
        #expect(corpus.places.keys == ["labour", "gen\u{E8}ve"])
        #expect(corpus.counts == [2, 2])
        #expect(corpus.contains("gene\u{300}ve") && !corpus.contains("tory"))
    }
}
