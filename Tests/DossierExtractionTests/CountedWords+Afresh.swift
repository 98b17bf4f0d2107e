import DossierCore
@testable import DossierExtraction

extension CountedWords {
    /// The words of every sentence read afresh, run by run as `PhraseStatistics` reads them while counting (without
    /// counting): what the counts' kept words are compared with.
    init(articles: [Article], scanner: PhraseScanner, maximumBatches: Int = SentenceBatches.coreCount) {
        let pool = PhraseWordCachePool()
        let runs = SentenceBatches.map(articles.map(\.sentences), maximumBatches: maximumBatches) { _, sentences in
            pool.withNumberedCache { cache, number in
                var run = Run(start: sentences.startIndex, cache: number)
                var words: [PhraseScanner.ClauseWord] = [], clauses: [Range<Int>] = []
                for sentence in sentences {
                    scanner.clauses(of: sentence, words: &cache, into: &words, clauses: &clauses)
                    run.record(words, clauses: clauses)
                }
                return run
            }
        }
        self.init(runs: runs, caches: pool.caches)
    }
}

extension TopicSentences {
    /// The groups' sentences found as the topics pass finds them: by the words the phrase counts kept.
    init(articles: [Article], groups: [TopicGroup], scanner: PhraseScanner, maximumBatches: Int = SentenceBatches.coreCount) {
        let statistics = PhraseStatistics(articles: articles, sentences: articles.map(\.sentences), scanner: scanner, maximumBatches: maximumBatches)
        self.init(articles: articles, sentences: articles.map(\.sentences), words: statistics.words, groups: groups, scanner: scanner)
    }
}
