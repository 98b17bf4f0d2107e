import DossierCore

/// Runs a pass that reads each sentence on its own over the whole corpus on all cores: the sentences are cut into
/// batches of consecutive sentences of one article, so one book-length article is spread over the cores as a
/// corpus of short ones is. Results come back per article and per sentence, in reading order, whatever order the
/// batches finished in.
struct SentenceBatches: Sendable {
    /// Sentences per batch: large enough that handing out a batch costs little beside its work, small enough that
    /// a long article makes many.
    static let defaultSize = 256

    /// Each article's sentences, as positions in the corpus and ranges of sentence positions.
    let batches: [(article: Int, sentences: Range<Int>)]
    let sentenceCounts: [Int]

    init(sentenceCounts: [Int], size: Int = Self.defaultSize) {
        precondition(size > 0, "a batch holds at least one sentence")
        self.sentenceCounts = sentenceCounts
        var batches: [(article: Int, sentences: Range<Int>)] = []
        for (article, count) in sentenceCounts.enumerated() {
            for start in stride(from: 0, to: count, by: size) {
                batches.append((article, start..<min(start + size, count)))
            }
        }
        self.batches = batches
    }

    /// (A pass that reads the sentences takes each article's `sentences` once, before the batches: the property
    /// gathers them from the paragraphs at every call.)
    init(articles: [Article], size: Int = Self.defaultSize) {
        self.init(sentenceCounts: articles.map(\.sentences.count), size: size)
    }

    /// `transform(article, sentence)` for every sentence of every article; `result[a][s]` is sentence `s` of article `a`.
    func map<Output: Sendable>(_ transform: @Sendable (_ article: Int, _ sentence: Int) -> Output) -> [[Output]] {
        let perBatch = ParallelMap.map(batches.indices.map { $0 }) { batch in
            let (article, sentences) = batches[batch]
            return sentences.map { transform(article, $0) }
        }
        var results: [[Output]] = sentenceCounts.map { _ in [] }
        for (batch, outputs) in zip(batches, perBatch) {
            if results[batch.article].isEmpty {
                results[batch.article] = outputs
            } else {
                results[batch.article] += outputs
            }
        }
        return results
    }
}
