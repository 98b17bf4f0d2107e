import Testing
import DossierCore
import Foundation
@testable import DossierExtraction

/// One long article is cut into runs of sentences worked in parallel: every sentence is visited once, the runs come
/// back in reading order, and what the passes find across a cut is what they would find in one piece.
@Suite struct SentenceBatchesTests {
    static func filler(_ count: Int) -> [String] {
        (0..<count).map { "The committee met again on a grey afternoon number \($0)." }
    }

    @Test func eachArticleIsCutIntoRunsInReadingOrder() {
        let articles = [
            TimelineExtractorTests.article("a", published: nil, Self.filler(7)),
            TimelineExtractorTests.article("b", published: nil, []),
            TimelineExtractorTests.article("c", published: nil, Self.filler(2)),
        ]
        let runs = SentenceBatches.map(articles.map(\.sentences), batchSize: 3, maximumBatches: 4) { article, sentences in
            "\(article):\(sentences.startIndex)..<\(sentences.endIndex):\(sentences.first?.id ?? "-")"
        }
        #expect(runs == [["0:0..<3:s1", "0:3..<6:s4", "0:6..<7:s7"], ["1:0..<0:-"], ["2:0..<2:s1"]])
    }

    @Test func aLongArticleIsCutIntoNoMoreRunsThanAskedFor() {
        let article = TimelineExtractorTests.article("a", published: nil, Self.filler(10))
        let runs = SentenceBatches.map([article.sentences], batchSize: 2, maximumBatches: 3) { _, sentences in sentences.count }
        #expect(runs == [[4, 4, 2]])
    }

    @Test func sentencesVisitedGrowLinearlyWithTheArticle() {
        // Counted, not timed: each sentence once, however long the article, and a bounded number of runs.
        for count in [10, 1_000, 4_000] {
            let article = TimelineExtractorTests.article("a", published: nil, Self.filler(count))
            let runs = SentenceBatches.map([article.sentences], batchSize: 100, maximumBatches: 8) { _, sentences in sentences.count }
            #expect(runs[0].reduce(0, +) == count)
            #expect(runs[0].count == min(8, (count + 99) / 100))
        }
    }

    /// 1,200 sentences: two runs or more of `SentenceBatches.minimumSentencesPerBatch`, on a machine of two cores or more.
    static var longArticle: Article {
        let sentences = (0..<1_200).map { index in
            index % 2 == 0 ? "Farmers blamed the water shortage on the dry winter \(index)." : "The bridge reopened after repairs \(index)."
        }
        return TimelineExtractorTests.article("long", published: nil, sentences)
    }

    /// The 1,200-sentence articles below are cut into 3 runs (of the 500-sentence minimum) on any machine, so the
    /// joins are tested also where there is one core.
    static let runsOfTheLongArticle = 3

    @Test func phraseCountsOfALongArticleAreOneSourcesCounts() {
        let short = TimelineExtractorTests.article("short", published: nil, ["Relief trucks came during the water shortage."])
        let articles = [Self.longArticle, short]
        let statistics = PhraseStatistics(articles: articles, sentences: articles.map(\.sentences), scanner: PhraseScanner(lexicon: TestLanguage.lexicon),
                                        maximumBatches: Self.runsOfTheLongArticle)
        let entry = statistics["watershortage"]
        #expect(statistics.documentCount == 2)
        #expect(entry?.documents == 2)
        #expect(entry?.occurrences == 601)
        #expect(entry?.surfaces == ["water shortage": 601])
        #expect(entry?.weight == 1 + log(600.0) + 1 + log(1.0))
    }

    @Test func topicSentencesOfALongArticleKeepTheirPlaces() {
        let groups = [TopicGroup(keys: ["watershortage"], score: 1), TopicGroup(keys: ["bridge"], score: 1)]
        let found = TopicSentences(articles: [Self.longArticle], groups: groups, scanner: PhraseScanner(lexicon: TestLanguage.lexicon),
                                   maximumBatches: Self.runsOfTheLongArticle)
        #expect(found.sentences[0] == stride(from: 1, to: 1_200, by: 2).map { SentenceReference(source: "long", sentence: "s\($0)") })
        #expect(found.sentences[1].count == 600)
        #expect(found.sentences[1].last == SentenceReference(source: "long", sentence: "s1200"))
    }

    @Test func namesFoundAcrossTheCutsKeepTheirSentences() {
        var sentences = Self.filler(1_200)
        sentences[2] = "Jane Goodall, the primatologist, said the forest was shrinking."
        sentences[1_100] = "Goodall said the chimpanzees had moved north."
        let article = TimelineExtractorTests.article("long", published: nil, sentences)
        let people = PeopleExtractor(givenNames: GivenNames(text: "jane F"), wordNet: TestLanguage.lexicon.wordNet).extract([article], maximumBatches: Self.runsOfTheLongArticle).0
        #expect(people.map(\.name) == ["Jane Goodall"])
        #expect(people.first?.mentions.map(\.reference.sentence) == ["s3", "s1101"])
    }
}
