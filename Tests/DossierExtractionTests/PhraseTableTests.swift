import Foundation
import Testing
@testable import DossierExtraction

/// The phrase counts' table: each key once, in the order first added, its value changed in place.
@Suite struct PhraseTableTests {
    @Test func aKeyAddedAgainChangesItsValueAndKeepsItsPlace() {
        var table = PhraseTable<Int>()
        for (key, count) in [("talk", 1), ("ceasefire", 2), ("talk", 3), ("hostage", 4), ("ceasefire", 5)] {
            table.update(key, orAdd: 100) { $0 += count }
        }
        #expect(table.keys == ["talk", "ceasefire", "hostage"])
        #expect(table.values == [104, 107, 104])
        #expect(table["ceasefire"] == 107)
        #expect(table["truce"] == nil)
        // Each key's hash is kept, by place, for another table to add it without hashing it again.
        #expect(table.hashes == table.keys.map(StringPlaces.hash))
        // A key placed by the hash the caller kept, its value then changed by its place.
        let place = table.place(adding: "hostage", hash: StringPlaces.hash("hostage"), orAdd: 0)
        let added = table.place(adding: "truce", hash: StringPlaces.hash("truce"), orAdd: 10)
        #expect(place == 2 && added == 3 && table.keys == ["talk", "ceasefire", "hostage", "truce"])
        table.updateValue(at: place) { $0 *= 2 }
        #expect(table["hostage"] == 208 && table["truce"] == 10)
    }

    /// A corpus table's entry (one per phrase of the corpus, read at random while the articles' counts are summed)
    /// keeps its counts in 32 bits: 80 bytes, not 112.
    @Test func anEntryKeepsItsCountsSmall() {
        #expect(MemoryLayout<PhraseStatistics.Entry>.stride == 80)
        var entry = PhraseStatistics.Entry(words: "direct talk", wordCount: 2)
        var uses = PhraseStatistics.Uses()
        uses.occurrences = 3
        uses.nameOccurrences = 1
        entry.add(uses)
        entry.add(uses)
        #expect(entry.documents == 2 && entry.occurrences == 6 && entry.nameOccurrences == 2 && entry.wordCount == 2)
        #expect(entry.weight == 2 * (1 + log(3.0)))
    }

    /// An article's phrases go to the corpus tables by the top bits of their hashes, in their order within each.
    @Test func placesAreGroupedByTableInOrder() {
        #expect(PhraseStatistics.shardCount == 8)
        let hashes: [UInt64] = [7 << 61, 0, 3 << 61, 7 << 61 | 5, 1]
        let (places, starts) = PhraseStatistics.placesByShard(hashes)
        #expect(places == [1, 4, 2, 0, 3])
        #expect(starts == [0, 2, 2, 2, 3, 3, 3, 3, 5])
    }

    /// Counted in tables by hash, a corpus's phrases are each listed once and found by key, with every source's uses.
    @Test func everyPhraseOfACorpusIsFoundInItsTable() {
        let scanner = PhraseScanner(lexicon: TestLanguage.lexicon)
        let text = PhraseWordCachePoolTests.first + PhraseWordCachePoolTests.second
        let articles = (0..<3).map { TimelineExtractorTests.article("a\($0)", published: nil, text) }
        let corpus = PhraseStatistics(articles: articles, sentences: articles.map(\.sentences), scanner: scanner)
        let one = PhraseStatistics(articles: [articles[0]], sentences: [articles[0].sentences], scanner: scanner)
        let entries = Array(corpus.entries)
        #expect(entries.count > 10)
        #expect(Set(entries.map(\.0)).count == entries.count)
        for (key, entry) in entries {
            #expect(entry.documents == 3)
            #expect(corpus[key]?.occurrences == entry.occurrences)
            #expect(one[key].map { 3 * $0.occurrences } == entry.occurrences)
        }
        #expect(Set(one.entries.map(\.0)) == Set(entries.map(\.0)))
    }

    /// A phrase written one way keeps that way without a dictionary; written several ways, each is counted.
    @Test func surfacesAreCountedEachWay() {
        var counts = PhraseStatistics.SurfaceCounts()
        #expect(counts.all.isEmpty)
        counts.add("Ceasefire", count: 1)
        counts.add("ceasefire", count: 2)
        counts.add("Ceasefire", count: 1)
        var other = PhraseStatistics.SurfaceCounts()
        other.add("ceasefire", count: 5)
        other.add("cease-fire", count: 1)
        counts.add(other)
        #expect(counts.all == ["Ceasefire": 2, "ceasefire": 7, "cease-fire": 1])
    }
}
