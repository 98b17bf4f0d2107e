import DossierCore

/// Runs of an article's sentences, so that a per-sentence pass over one long article (a report, a transcript) works on
/// all cores as it does over many short articles. Each article is cut into runs of at most `sentencesPerBatch`
/// sentences; the runs of the whole corpus are worked in parallel and given back per article in reading order, so
/// the result does not depend on which run finished first.
enum SentenceBatches {
    /// Sentences in one run: a news article (tens of sentences) is one run, as before; a book-length article is
    /// cut into enough runs to keep the cores busy, each long enough that its own setup is negligible.
    static let sentencesPerBatch = 500

    /// `transform` of each run of each article's sentences (`article` is the article's position in `articles`);
    /// for each article, the results of its runs in reading order. `sentences` gives an article's sentences, when
    /// the caller has them already (`Article.sentences` makes a new array each time).
    static func map<Output: Sendable>(
        _ articles: [Article], sentences: [[Sentence]]? = nil, batchSize: Int = sentencesPerBatch,
        _ transform: @Sendable (_ article: Int, _ sentences: ArraySlice<Sentence>) -> Output
    ) -> [[Output]] {
        let sentences = sentences ?? ParallelMap.map(articles) { $0.sentences }
        var batches: [(article: Int, range: Range<Int>)] = []
        for (article, all) in sentences.enumerated() {
            // An article without sentences is still one (empty) run, so every article has a result.
            var start = 0
            repeat {
                let end = min(all.count, start + batchSize)
                batches.append((article, start..<end))
                start = end
            } while start < all.count
        }
        let results = ParallelMap.map(batches) { batch in transform(batch.article, sentences[batch.article][batch.range]) }
        var perArticle = Array(repeating: [Output](), count: articles.count)
        for (batch, result) in zip(batches, results) { perArticle[batch.article].append(result) }
        return perArticle
    }
}
