import Testing
import DossierCore
@testable import DossierExtraction

/// Sentences read on all cores in batches come back exactly as if read one after another, however the articles are cut.
@Suite struct SentenceBatchesTests {
    @Test func aLongArticleIsCutIntoBatchesThatCoverEachSentenceOnce() {
        let batches = SentenceBatches(sentenceCounts: [5, 0, 2], size: 2)
        #expect(batches.batches.map(\.article) == [0, 0, 0, 2])
        #expect(batches.batches.map(\.sentences) == [0..<2, 2..<4, 4..<5, 0..<2])
    }

    @Test func resultsComeBackPerArticleInReadingOrder() {
        let results = SentenceBatches(sentenceCounts: [5, 0, 2], size: 2).map { article, sentence in "\(article).\(sentence)" }
        #expect(results == [["0.0", "0.1", "0.2", "0.3", "0.4"], [], ["2.0", "2.1"]])
    }

    /// The work grows with the sentences: a batch per `size` sentences of an article, however long the article.
    @Test func batchesGrowLinearlyWithTheArticle() {
        #expect(SentenceBatches(sentenceCounts: [100_000], size: 256).batches.count == 391)
        #expect(SentenceBatches(sentenceCounts: [400_000], size: 256).batches.count == 1_563)
        #expect(SentenceBatches(sentenceCounts: Array(repeating: 20, count: 2_000), size: 256).batches.count == 2_000)
    }

    static let story = [
        "Hamas freed 24 hostages on Monday.",
        "Another 8 were freed on Tuesday, officials said.",
        "The talks resumed in Cairo.",
        "Israel released 600 prisoners in 2024.",
        "The army said 3 had died.",
        "Prices rose 4.5 percent in May.",
        "Officials counted 40 trucks.",
    ]

    /// A count that names nothing takes what the number a sentence before counted, also across a batch boundary.
    @Test func figuresReadInBatchesOfAnySizeAreTheFiguresReadInOrder() {
        let article = TimelineExtractorTests.article("a", published: "2025-03-05", Self.story)
        let lexicon = FigureTestLexicon.lexicon
        func read(_ size: Int) -> [String] {
            FigureExtractor.mentions(in: [article, article], sentences: FigureSentences(lexicon: lexicon),
                                     finder: FigureFinder(lexicon: lexicon), batchSize: size).mentions.map { mention in
                "\(mention.sourceIndex).\(mention.sentenceIndex) \(mention.value.text) \(mention.reading.head ?? "-")"
                    + (mention.reading.pointsBack ? " back" : "") + " \(mention.year.map(String.init) ?? "-")"
            }
        }
        let inOrder = read(1_000)
        let perArticle = ["0 24 hostages hostage 2025", "1 8 hostage back 2025", "3 600 prisoners hostage 2024",
                          "3 2024 - 2025", "4 3 hostage back 2025", "5 4.5 percent - 2025", "6 40 trucks truck 2025"]
        #expect(inOrder == perArticle.map { "0.\($0)" } + perArticle.map { "1.\($0)" })
        #expect(read(1) == inOrder)
        #expect(read(2) == inOrder)
        #expect(read(3) == inOrder)
    }
}
