import Testing
import DossierCore
@testable import DossierExtraction

/// The words the phrase counts read, kept by number (`CountedWords`), and the topics' sentences found by them.
@Suite struct CountedWordsTests {
    static let scanner = PhraseScanner(lexicon: TestLanguage.lexicon)

    static func article(_ id: String, _ sentences: [String]) -> Article {
        TimelineExtractorTests.article(id, published: nil, sentences)
    }

    /// Each sentence of each run as its clauses' word keys, read back by number from the run's cache.
    static func clauseKeys(_ words: CountedWords) -> [[String]] {
        var read: [[String]] = []
        for run in words.runs.joined() {
            let entries = words.caches[run.cache].entries
            run.forEachSentence { index, sentence in
                var clauses: [String] = []
                CountedWords.Run.forEachClause(in: sentence) { clause in
                    clauses.append(clause.map { entries[Int($0)].word.key }.joined(separator: " "))
                }
                read.append(["\(index)"] + clauses)
            }
        }
        return read
    }

    @Test func theWordsOfEachSentenceAreKeptClauseByClause() {
        let articles = [Self.article("a", ["Farmers blamed the water shortage, officials said.", "Rain fell."]),
                        Self.article("b", ["It rained on 3 May in Kenya's north."])]
        let words = CountedWords(articles: articles, scanner: Self.scanner)
        #expect(Self.clauseKeys(words) == [["0", "farmer blamed the water shortage", "official said"], ["1", "rain fell"],
                                           ["0", "it rained on", "may in kenya north"]])
    }

    @Test func thePhraseCountsKeepTheWordsTheyRead() {
        // Three runs of the long article and a short one, with caches shared between runs.
        let articles = [SentenceBatchesTests.longArticle, Self.article("short", ["The water shortage ended the drought."])]
        let statistics = PhraseStatistics(articles: articles, sentences: articles.map(\.sentences), scanner: Self.scanner, maximumBatches: SentenceBatchesTests.runsOfTheLongArticle)
        let afresh = CountedWords(articles: articles, scanner: Self.scanner, maximumBatches: SentenceBatchesTests.runsOfTheLongArticle)
        #expect(statistics.words.runs.map { $0.map(\.start) } == [[0, 500, 1_000], [0]])
        #expect(Self.clauseKeys(statistics.words) == Self.clauseKeys(afresh))
        #expect(Self.clauseKeys(afresh).count == 1_201)
    }

    @Test func cachesLentAtOnceHaveTheirOwnNumbersAndKeepTheirReadings() {
        let pool = PhraseWordCachePool()
        let sentences = Self.article("a", ["Talks began in Gaza.", "Hamas said the ceasefire held."]).sentences
        let (outer, inner) = pool.withNumberedCache { outerCache, outer in
            let inner = pool.withNumberedCache { innerCache, inner in
                _ = PhraseStatistics.count(sentences[1...], scanner: Self.scanner, words: &innerCache)
                return inner
            }
            _ = PhraseStatistics.count(sentences[..<1], scanner: Self.scanner, words: &outerCache)
            return (outer, inner)
        }
        #expect(outer != inner)
        #expect(pool.caches[outer].entries.map(\.word.key) == ["talk", "began", "in", "gaza"])
        #expect(pool.caches[inner].entries.map(\.word.key) == ["hamas", "said", "the", "ceasefire", "held"])
        // Both are lent again, not new ones.
        #expect(Set(pool.withNumberedCache { _, first in pool.withNumberedCache { _, second in [first, second] } }) == [outer, inner])
    }

    @Test func keywordsAreFoundInsideAClauseOnly() {
        let groups = [TopicGroup(keys: ["watershortage"], score: 2), TopicGroup(keys: ["kenya"], score: 1)]
        let articles = [Self.article("a", ["The water shortage grew.", "They had water, shortage came later.", "Kenya's water shortage."])]
        let found = TopicSentences(articles: articles, groups: groups, scanner: Self.scanner)
        #expect(found.sentences[0].map(\.sentence) == ["s1", "s3"])
        #expect(found.sentences[1].map(\.sentence) == ["s3"])
    }

    @Test func aUsersKeywordOfFiveWordsIsFound() {
        let definition = TopicCuration.Definition(name: "Dry spell", description: nil, keywords: ["dry spell in the north"])
        let groups = [TopicGroup(keys: ["drought"], score: 1), TopicGroup(definition: definition, scanner: Self.scanner)]
        let articles = [Self.article("a", ["A long dry spell in the north hurt farms.", "The dry spell ended.", "The drought ended."])]
        let found = TopicSentences(articles: articles, groups: groups, scanner: Self.scanner)
        #expect(found.sentences[1].map(\.sentence) == ["s1"])
        #expect(found.sentences[0].map(\.sentence) == ["s3"])
    }

    @Test func aRunBeyondASCIIGrowsOnToAKeyWrittenWithOtherScalars() {
        // The key sought spells é as e and a combining accent; the text has é as one scalar. `café` begins no key
        // by its scalars, but `cafésociety` equals the key by Unicode's rules.
        let groups = [TopicGroup(keys: ["cafe\u{301}society"], score: 1)]
        let articles = [Self.article("a", ["The caf\u{E9} society met.", "The cafe society met."])]
        let found = TopicSentences(articles: articles, groups: groups, scanner: Self.scanner)
        #expect(found.sentences[0].map(\.sentence) == ["s1"])
    }
}
