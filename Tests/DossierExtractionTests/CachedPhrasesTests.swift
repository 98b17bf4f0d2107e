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
}
