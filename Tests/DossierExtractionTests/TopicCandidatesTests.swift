import Testing
import Foundation
import DossierCore
@testable import DossierExtraction

/// `TopicExtractor.candidates` reads the phrase tables in place on all cores: the candidates must be those of every
/// phrase counted, read one after another (the definition), each once, best first.
@Suite struct TopicCandidatesTests {
    @Test func theCandidatesAreThoseOfEveryPhraseCounted() {
        let extractor = TopicExtractor(lexicon: TestLanguage.lexicon)
        let texts = [PhraseWordCachePoolTests.first, PhraseWordCachePoolTests.second,
                     PhraseWordCachePoolTests.first + PhraseWordCachePoolTests.second,
                     ["Direct talks resumed in Cairo.", "The ceasefire talks went on."]]
        let articles = texts.enumerated().map { TimelineExtractorTests.article("a\($0.offset)", published: nil, $0.element) }
        let statistics = PhraseStatistics(articles: articles, sentences: articles.map(\.sentences), scanner: extractor.scanner)
        let found = extractor.candidates(statistics)
        // Phrases of several words pass by their counts alone (one word must also be a theme word): their candidates,
        // scored from their entries, read one after another.
        let total = Double(statistics.documentCount)
        var expected: [TopicCandidate] = []
        for (key, entry) in statistics.entries where entry.wordCount > 1 && entry.documents >= 2
            && entry.commonOccurrences > entry.nameOccurrences && entry.quotedOccurrences < entry.occurrences {
            let burst = Double(entry.occurrences) / Double(entry.documents)
            let length = 1 + TopicRules.extraWordWeight * Double(entry.wordCount - 1)
            expected.append(TopicCandidate(key: key, score: entry.weight * log(1 + total / Double(entry.documents)) * length * burst))
        }
        expected.sort { ($0.score, $1.key) > ($1.score, $0.key) }
        #expect(expected.count >= 2)
        #expect(found.filter { statistics[$0.key]!.wordCount > 1 } == expected)
        // Single words too, each phrase once, from more than one table, best first.
        #expect(found.contains { statistics[$0.key]!.wordCount == 1 })
        #expect(Set(found.map(\.key)).count == found.count)
        #expect(Set(found.map { PhraseStatistics.shard(of: StringPlaces.hash($0.key)) }).count > 1)
        #expect(zip(found, found.dropFirst()).allSatisfy { $0.score >= $1.score })
    }
}
