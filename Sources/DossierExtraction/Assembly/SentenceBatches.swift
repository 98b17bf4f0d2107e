import DossierCore
import Foundation

/// Runs of an article's sentences, so that a per-sentence pass over one long article (a report, a transcript) works on
/// all cores as it does over many short articles. A long article is cut into as many runs as there are cores (each
/// run's results are kept until the runs are joined, so more runs would only take more memory), none shorter than
/// `minimumSentencesPerBatch`; the runs of the whole corpus are worked in parallel and given back per article in
/// reading order, so the result depends neither on which run finished first nor on how many cores there are.
enum SentenceBatches {
    /// The shortest run: a news article (tens of sentences) is one run, as before, and a run is long enough that
    /// its own setup is negligible.
    static let minimumSentencesPerBatch = 500
    /// The default most runs of one article: one per core.
    static let coreCount = ProcessInfo.processInfo.activeProcessorCount

    /// `transform` of each run of the sentences of one article, in reading order.
    static func map<Output: Sendable>(
        sentencesOf sentences: [Sentence], batchSize: Int = minimumSentencesPerBatch, maximumBatches: Int = coreCount,
        _ transform: @Sendable (_ sentences: ArraySlice<Sentence>) -> Output
    ) -> [Output] {
        map([sentences], batchSize: batchSize, maximumBatches: maximumBatches) { _, run in transform(run) }[0]
    }

    /// `transform` of each run of each article's sentences (`sentences[i]` is article `i`'s, as the caller gathered them
    /// once for all its passes: `Article.sentences` makes a new array each time); for each article, the results of its
    /// runs in reading order.
    static func map<Output: Sendable>(
        _ sentences: [[Sentence]], batchSize: Int = minimumSentencesPerBatch, maximumBatches: Int = coreCount,
        _ transform: @Sendable (_ article: Int, _ sentences: ArraySlice<Sentence>) -> Output
    ) -> [[Output]] {
        var batches: [(article: Int, range: Range<Int>)] = []
        for (article, all) in sentences.enumerated() {
            let batchSize = max(batchSize, (all.count + maximumBatches - 1) / max(1, maximumBatches))
            // An article without sentences is still one (empty) run, so every article has a result.
            var start = 0
            repeat {
                let end = min(all.count, start + batchSize)
                batches.append((article, start..<end))
                start = end
            } while start < all.count
        }
        let results = ParallelMap.map(batches) { batch in transform(batch.article, sentences[batch.article][batch.range]) }
        var perArticle = Array(repeating: [Output](), count: sentences.count)
        for (batch, result) in zip(batches, results) { perArticle[batch.article].append(result) }
        return perArticle
    }
}
