import Testing
import DossierCore
@testable import DossierExtraction

/// The figures of a long article are read in runs of sentences on all cores (`SentenceBatches`): they come out as
/// if read in one piece, however the article is cut.
@Suite struct FigureBatchesTests {
    static let story = [
        "Hamas freed 24 hostages on Monday.",
        "Another 8 were freed on Tuesday, officials said.",
        "The talks resumed in Cairo.",
        "Israel released 600 prisoners in 2024.",
        "The army said 3 had died.",
        "Prices rose 4.5 percent in May.",
        "Officials counted 40 trucks.",
    ]

    /// A count that names nothing takes what the number a sentence before counted, also across a cut.
    @Test func figuresReadInRunsOfAnySizeAreTheFiguresReadInOrder() {
        let article = TimelineExtractorTests.article("a", published: "2025-03-05", Self.story)
        let lexicon = FigureTestLexicon.lexicon
        func read(_ size: Int) -> [String] {
            FigureExtractor.mentions(in: [article, article], sentences: FigureSentences(lexicon: lexicon),
                                     finder: FigureFinder(lexicon: lexicon), batchSize: size, maximumBatches: 7).mentions.map { mention in
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

    /// An article's mentions appended to the corpus's are those it has alone: the ones before stay as they were, and a
    /// count that names nothing takes no counted noun from the article before.
    @Test func anArticlesMentionsAppendedAreItsOwn() {
        let lexicon = FigureTestLexicon.lexicon
        let finder = FigureFinder(lexicon: lexicon)
        let first = TimelineExtractorTests.article("a", published: "2025-03-05", ["Hamas freed 24 hostages on Monday."])
        let second = TimelineExtractorTests.article("b", published: "2025-03-05", ["Another 8 were freed on Tuesday, officials said."])
        func alone(_ article: Article, _ source: Int) -> [FigureMention] {
            let tokenized = article.sentences.map(FigureSentences(lexicon: lexicon).tokens(of:))
            let recognizer = finder.recognizer(for: article)
            var mentions: [FigureMention] = []
            var numbers = tokenized.map { finder.numbers(in: $0, recognizer: recognizer, knownNames: NameCounts()) }
            finder.mentions(in: article, sentences: article.sentences, sourceIndex: source, tokenized: tokenized,
                            numbers: &numbers, into: &mentions)
            return mentions
        }
        func described(_ mentions: [FigureMention]) -> [String] {
            mentions.map { "\($0.sourceIndex) \($0.value.text) \($0.reading.head ?? "-")\($0.reading.pointsBack ? " back" : "")" }
        }
        var all = alone(first, 0)
        let tokenized = second.sentences.map(FigureSentences(lexicon: lexicon).tokens(of:))
        let recognizer = finder.recognizer(for: second)
        var numbers = tokenized.map { finder.numbers(in: $0, recognizer: recognizer, knownNames: NameCounts()) }
        finder.mentions(in: second, sentences: second.sentences, sourceIndex: 1, tokenized: tokenized, numbers: &numbers, into: &all)
        #expect(described(all) == ["0 24 hostages hostage", "1 8 -"])
        #expect(described(all) == described(alone(first, 0) + alone(second, 1)))
    }
}
