import DossierCore
import Foundation
@testable import DossierExtraction

// The passes take each article's sentences as the corpus extractor gathers them once for all of them; a test of one
// pass gathers them here.

extension PeopleExtractor {
    func extract(_ articles: [Article], curation: PeopleCuration = PeopleCuration(),
                 maximumBatches: Int = ProcessInfo.processInfo.activeProcessorCount) -> ([Person], [Diagnostic]) {
        extract(articles, sentences: articles.map(\.sentences), curation: curation, maximumBatches: maximumBatches)
    }
}

extension FigureExtractor {
    func figures(in articles: [Article]) -> ([Figure], [Diagnostic]) {
        figures(in: articles, sentences: articles.map(\.sentences))
    }

    static func mentions(in articles: [Article], sentences: FigureSentences, finder: FigureFinder,
                         batchSize: Int = SentenceBatches.minimumSentencesPerBatch,
                         maximumBatches: Int = SentenceBatches.coreCount) -> (mentions: [FigureMention], names: [NameCounts]) {
        mentions(in: articles, articleSentences: articles.map(\.sentences), sentences: sentences, finder: finder, batchSize: batchSize,
                 maximumBatches: maximumBatches)
    }
}

extension TopicExtractor {
    func topics(in articles: [Article]) -> [Topic] {
        topics(in: articles, sentences: articles.map(\.sentences))
    }
}

extension DuplicateDetector {
    func flagDuplicates(_ articles: [Article]) -> [Article] {
        flagDuplicates(articles, sentences: articles.map(\.sentences))
    }
}
