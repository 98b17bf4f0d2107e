import Testing
import DossierCore
@testable import DossierExtraction

/// Runs that share a word cache (`PhraseWordCachePool`) count their phrases as runs with caches of their own do.
@Suite struct PhraseWordCachePoolTests {
    static let first = ["Talks began in Gaza on Monday.", "Talks in Cairo stalled; direct talks were ruled out.",
                        "The ceasefire talks resumed.", "Hamas said the cease-fire held."]
    static let second = ["Direct talks with Hamas began in Cairo.", "The talks ended, and the ceasefire held.",
                         "Gaza talks resumed on Monday.", "Officials in Gaza said talks went on."]

    /// A run's counts as comparable values: each key's words, uses, name, common, noun-like and quoted uses, surfaces.
    static func summary(_ table: PhraseTable<PhraseStatistics.Entry>) -> [String] {
        zip(table.keys, table.values).map { key, entry in
            "\(key)|\(entry.words)|\(entry.wordCount)|\(entry.occurrences)|\(entry.nameOccurrences)|\(entry.commonOccurrences)|"
                + "\(entry.nounLikeOccurrences)|\(entry.quotedOccurrences)|\(entry.surfaces.sorted { $0.key < $1.key })"
        }
    }

    @Test func aRunCountsTheSameWithACacheWarmedByAnotherRun() {
        let scanner = PhraseScanner(lexicon: TestLanguage.lexicon)
        let first = TimelineExtractorTests.article("a", published: nil, Self.first).sentences
        let second = TimelineExtractorTests.article("b", published: nil, Self.second).sentences
        var fresh = PhraseWordCache()
        let alone = PhraseStatistics.count(second[...], scanner: scanner, words: &fresh)
        var shared = PhraseWordCache()
        _ = PhraseStatistics.count(first[...], scanner: scanner, words: &shared)
        let warmed = shared.entries.count
        let after = PhraseStatistics.count(second[...], scanner: scanner, words: &shared)
        #expect(warmed > 0)
        // The second run met words the first had read (`talks`, `Gaza`), so it read fewer words than it has.
        #expect(shared.entries.count - warmed < fresh.entries.count)
        #expect(Self.summary(after) == Self.summary(alone))
        #expect(!Self.summary(alone).isEmpty)
    }

    @Test func aCacheIsLentAgainUnlessItGrewTooLarge() {
        let scanner = PhraseScanner(lexicon: TestLanguage.lexicon)
        let sentences = TimelineExtractorTests.article("a", published: nil, Self.first).sentences
        let pool = PhraseWordCachePool(maximumEntries: 1_000)
        let read = pool.withNumberedCache { cache, _ in
            _ = PhraseStatistics.count(sentences[...], scanner: scanner, words: &cache)
            return cache.entries.count
        }
        #expect(read > 0)
        // The cache given back is the one lent next (number 0), with its readings.
        #expect(pool.withNumberedCache { cache, number in [number, cache.entries.count] } == [0, read])
        let small = PhraseWordCachePool(maximumEntries: 2)
        _ = small.withNumberedCache { cache, _ in PhraseStatistics.count(sentences[...], scanner: scanner, words: &cache) }
        // Grown too large, it is kept (for its runs' words) but not lent again: the next run gets a new, empty one.
        #expect(small.withNumberedCache { cache, number in [number, cache.entries.count] } == [1, 0])
        #expect(small.caches.map(\.entries.count) == [read, 0])
    }
}
