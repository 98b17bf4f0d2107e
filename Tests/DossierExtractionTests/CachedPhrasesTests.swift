import Testing
import DossierCore
@testable import DossierExtraction

/// A cache's phrases (`CachedPhrases`): each distinct phrase made once per cache, whatever the runs that use it, and
/// every run leaves the cache's marks of its keys cleared for the next.
@Suite struct CachedPhrasesTests {
    @Test func aPhraseIsMadeOncePerCacheAndEveryRunClearsItsMarks() {
        let scanner = PhraseScanner(lexicon: TestLanguage.lexicon)
        let sentences = TimelineExtractorTests.article("a", published: nil, PhraseWordCachePoolTests.first).sentences
        var cache = PhraseWordCache()
        let first = PhraseStatistics.count(sentences[...], scanner: scanner, words: &cache)
        let phrases = cache.phrases.uses.count, keys = cache.phrases.keys.count
        #expect(phrases >= keys && keys == first.count && keys > 5)
        #expect(cache.phrases.runPlaces.count == keys && cache.phrases.runPlaces.allSatisfy { $0 == -1 })
        // The same sentences again: no phrase or key is new, and the counts are the same.
        let again = PhraseStatistics.count(sentences[...], scanner: scanner, words: &cache)
        #expect(cache.phrases.uses.count == phrases && cache.phrases.keys.count == keys)
        #expect(cache.phrases.runPlaces.allSatisfy { $0 == -1 })
        #expect(PhraseWordCachePoolTests.summary(again) == PhraseWordCachePoolTests.summary(first))
        // Each phrase's key and strings are those of the occurrence it was made from (`ceasefire` and `cease-fire`
        // are two phrases of one key).
        #expect(cache.phrases.keys.keys.contains("ceasefire"))
        let ceasefire = cache.phrases.keys.place(of: "ceasefire")!
        #expect(cache.phrases.uses.filter { $0.key == Int32(ceasefire) }.count == 2)
    }

    /// A phrase of one word is found by its word's number (without hashing), a longer one by its words' hash; each as
    /// added, and none that was not.
    @Test func phrasesOfOneWordAreFoundByTheirWord() {
        var phrases = CachedPhrases()
        func occurrence(_ key: String) -> PhraseScanner.Occurrence {
            PhraseScanner.Occurrence(key: key, words: key, surface: key, wordCount: 1, isName: false, isCommon: true, isNounLike: false)
        }
        var talks = PhraseWords(first: 7), direct = PhraseWords(first: 3)
        direct.append(7)
        #expect(phrases.phrase(talks) == nil && phrases.phrase(direct) == nil)
        #expect(phrases.add(talks, occurrence: occurrence("talk"), keyHash: StringPlaces.hash("talk")) == 0)
        #expect(phrases.add(direct, occurrence: occurrence("directtalk"), keyHash: StringPlaces.hash("directtalk")) == 1)
        #expect(phrases.phrase(talks) == 0 && phrases.phrase(direct) == 1)
        #expect(phrases.phrase(PhraseWords(first: 3)) == nil && phrases.phrase(PhraseWords(first: 70)) == nil)
        talks.append(3)
        #expect(phrases.phrase(talks) == nil)
        #expect(phrases.add(PhraseWords(first: 40), occurrence: occurrence("war"), keyHash: StringPlaces.hash("war")) == 2)
        #expect(phrases.phrase(PhraseWords(first: 40)) == 2 && phrases.phrase(PhraseWords(first: 7)) == 0)
    }
}
