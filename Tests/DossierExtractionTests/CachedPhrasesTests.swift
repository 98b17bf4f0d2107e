import Testing
import DossierCore
@testable import DossierExtraction

/// A cache's phrases (`CachedPhrases`): each distinct phrase made once per cache, whatever the runs that use it, and
/// every run leaves its marks of its keys behind as stale for the next (the run's number moves on).
@Suite struct CachedPhrasesTests {
    @Test func aPhraseIsMadeOncePerCacheAndEveryRunLeavesItsMarksStale() {
        let scanner = PhraseScanner(lexicon: TestLanguage.lexicon)
        let sentences = TimelineExtractorTests.article("a", published: nil, PhraseWordCachePoolTests.first).sentences
        var cache = PhraseWordCache()
        let first = PhraseStatistics.count(sentences[...], scanner: scanner, words: &cache)
        let phrases = cache.phrases.uses.count, keys = cache.phrases.keys.count
        #expect(phrases >= keys && keys == first.count && keys > 5)
        #expect(cache.phrases.runPlaces.count == keys && cache.phrases.run == 1)
        // The same sentences again: no phrase or key is new, and the counts are the same.
        let again = PhraseStatistics.count(sentences[...], scanner: scanner, words: &cache)
        #expect(cache.phrases.uses.count == phrases && cache.phrases.keys.count == keys)
        #expect(cache.phrases.run == 2)
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

    /// A run gives each key one place among its counts, whichever of the key's phrases comes first, also when a second
    /// phrase of a key is added in the middle of a run; the next run starts afresh.
    @Test func phrasesOfOneKeyShareTheirKeysPlaceInARun() {
        var phrases = CachedPhrases()
        func occurrence(_ key: String, _ words: String) -> PhraseScanner.Occurrence {
            PhraseScanner.Occurrence(key: key, words: words, surface: words, wordCount: 1, isName: false, isCommon: true, isNounLike: false)
        }
        let ceasefire = phrases.addEntry(PhraseWords(first: 5), occurrence: occurrence("ceasefire", "ceasefire"), keyHash: StringPlaces.hash("ceasefire"))
        let war = phrases.addEntry(PhraseWords(first: 9), occurrence: occurrence("war", "war"), keyHash: StringPlaces.hash("war"))
        #expect(phrases.runPlace(of: ceasefire, nextPlace: 0).place == 0)
        #expect(phrases.runPlace(of: war, nextPlace: 1).isNewKey)
        #expect(phrases.runPlace(of: ceasefire, nextPlace: 2).isNewKey == false)
        // `cease-fire`, another phrase of the key, met for the first time in the middle of the run.
        var ceaseFire = PhraseWords(first: 3)
        ceaseFire.append(4)
        let hyphened = phrases.addEntry(ceaseFire, occurrence: occurrence("ceasefire", "cease fire"), keyHash: StringPlaces.hash("ceasefire"))
        let inRun = phrases.runPlace(of: hyphened, nextPlace: 2)
        #expect(inRun.place == 0 && !inRun.isNewKey && inRun.entry.use.key == phrases[ceasefire].use.key)
        phrases.endRun()
        let next = phrases.runPlace(of: hyphened, nextPlace: 0)
        #expect(next.place == 0 && next.isNewKey)
        let warAgain = phrases.runPlace(of: war, nextPlace: 1)
        #expect(warAgain.place == 1 && warAgain.isNewKey)
        let again = phrases.runPlace(of: ceasefire, nextPlace: 2)
        #expect(again.place == 0 && !again.isNewKey)
        #expect(phrases.keys.count == 2 && phrases.uses.count == 3)
    }
}
