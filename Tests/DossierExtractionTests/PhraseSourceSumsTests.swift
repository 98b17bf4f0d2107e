import Testing
import Foundation
import DossierCore
@testable import DossierExtraction

/// The corpus's phrase entries are the sums of its articles' (`PhraseStatistics.Entry.add`, each article's entry read
/// in place): every count, the weight and the ways a phrase is written, one source per article that uses it.
@Suite struct PhraseSourceSumsTests {
    @Test func eachEntryIsTheSumOfItsSources() {
        let scanner = PhraseScanner(lexicon: TestLanguage.lexicon)
        let texts = [PhraseTallyTests.sentences, PhraseWordCachePoolTests.first, PhraseWordCachePoolTests.second,
                     ["Direct talks resumed in Cairo.", "\"Direct talks\" went on; direct talks, and direct talks again."]]
        let articles = texts.enumerated().map { TimelineExtractorTests.article("a\($0.offset)", published: nil, $0.element) }
        let corpus = PhraseStatistics(articles: articles, sentences: articles.map(\.sentences), scanner: scanner)
        let alone = articles.map { PhraseStatistics(articles: [$0], sentences: [$0.sentences], scanner: scanner) }
        var compared = 0, several = 0
        for (key, entry) in corpus.entries {
            let sources = alone.compactMap { $0[key] }
            #expect(entry.documents == sources.count, "\(key)")
            #expect(entry.occurrences == sources.reduce(0) { $0 + $1.occurrences }, "\(key)")
            #expect(entry.nameOccurrences == sources.reduce(0) { $0 + $1.nameOccurrences }, "\(key)")
            #expect(entry.commonOccurrences == sources.reduce(0) { $0 + $1.commonOccurrences }, "\(key)")
            #expect(entry.nounLikeOccurrences == sources.reduce(0) { $0 + $1.nounLikeOccurrences }, "\(key)")
            #expect(entry.quotedOccurrences == sources.reduce(0) { $0 + $1.quotedOccurrences }, "\(key)")
            #expect(abs(entry.weight - sources.reduce(0) { $0 + $1.weight }) < 1e-9, "\(key)")
            #expect(entry.surfaces == sources.reduce(into: [String: Int]()) { $0.merge($1.surfaces, uniquingKeysWith: +) }, "\(key)")
            #expect(entry.words == sources.first?.words && entry.wordCount == sources.first?.wordCount, "\(key)")
            compared += 1
            if sources.count > 1 { several += 1 }
        }
        // Phrases of several sources, written several ways, quoted and used more than once in a source are met.
        #expect(compared == Set(alone.flatMap { $0.entries.map(\.0) }).count && several > 3)
        #expect(corpus["directtalk"].map { $0.documents == 4 && $0.surfaces.count == 2 && $0.quotedOccurrences > 0 } == true)
        #expect(corpus["directtalk"].map { $0.weight > Double($0.documents) } == true)
    }
}
