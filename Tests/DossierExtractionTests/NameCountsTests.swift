import Testing
import DossierCore
@testable import DossierExtraction

/// An article's name counts (`NameCounts`, made by `StoryIndex.nameCounts`) and the story index numbering the names of
/// the corpus by the hashes they kept.
@Suite struct NameCountsTests {
    @Test func namesAreCountedAsStringsCompareThem() {
        var names = NameCounts()
        names.add("labour")
        names.add("caf\u{E9}")
        names.add("cafe\u{301}")  // the same name, its accent a combining mark
        names.add("labour")
        names.add("labour")
        #expect(names.count == 2)
        #expect(names.counts == [3, 2])
        #expect(names.places.keys == ["labour", "caf\u{E9}"])
        #expect(names.contains("cafe\u{301}") && names.contains("labour"))
        #expect(!names.contains("tory") && !names.contains("Labour"))
    }

    /// Capitalized words not at a sentence's start, lowercased, acronyms with and without full stops as one; function
    /// words, months and weekdays are no names.
    @Test func anArticlesNamesAreItsCapitalizedWords() {
        let tokenized = ["Labour met the Tories and the F.B.I. on Monday.", "Then Labour and the FBI left."]
            .map { TestLanguage.tokenizer.tokens(of: $0) }
        let names = StoryIndex.nameCounts(of: tokenized)
        let counted = Dictionary(uniqueKeysWithValues: zip(names.places.keys, names.counts))
        #expect(counted == ["tories": 1, "fbi": 2, "labour": 1])
    }

    /// Two articles that spell their rare names in different scalars (composed and decomposed accents) share them: the
    /// corpus's names are told apart as strings are.
    @Test func theCorpusNumbersEqualNamesAsOne() {
        let index = StoryIndex(counts: [
            StoryIndexFixture.counts(["z\u{FC}rich", "gen\u{E8}ve"], own: 0),
            StoryIndexFixture.counts(["zu\u{308}rich", "gene\u{300}ve"], own: 1),
            StoryIndexFixture.counts(["kilroy", "veritas"], own: 2),
        ] + (3..<12).map { StoryIndexFixture.counts([], own: $0) })
        #expect(index.sameStory(0, 1) && index.sameStory(1, 0))
        #expect(!index.sameStory(0, 2) && !index.sameStory(2, 1))
    }
}
