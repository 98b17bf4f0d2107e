import Testing
import DossierCore
@testable import DossierSite

/// The topic page names the sources that do not cover the topic, and counts them.
@Suite struct TopicPageTests {
    static func dossier(sources count: Int, covering: [Int]) -> (Dossier, Topic) {
        let sources = (0..<count).map { Article(id: "s\($0)", path: "content/s\($0).txt", body: "", metadata: SourceMetadata(title: "Source \($0)")) }
        let topic = Topic(id: "t", name: "T", sentences: covering.flatMap { index in
            [SentenceReference(source: "s\(index)", sentence: "s1"), SentenceReference(source: "s\(index)", sentence: "s2")]
        })
        return (Dossier(configuration: DossierConfiguration(title: "Test"), sources: sources, topics: [topic]), topic)
    }

    @Test func silentSourcesAreTheFirstInTheDossierAndAllCounted() {
        let (dossier, topic) = Self.dossier(sources: 30, covering: [0, 2, 3, 29])
        let silent = TopicPage.silentSources(in: dossier, counts: TopicPage.sentenceCounts(topic), sourceNames: SourceNames(dossier))
        #expect(silent.count == 26)
        #expect(silent.named == [1] + Array(4...22))
        let page = TopicPage.page(for: topic, in: dossier, people: [], figures: [], sentences: SentenceIndex(dossier),
                                  sourceNames: SourceNames(dossier)).markdown
        let labels = silent.named.map { "Source \($0)" }.joined(separator: "; ")
        #expect(page.contains("Covered by 4 of 30 sources in 8 sentences."))
        #expect(page.contains("Not covered by: " + labels + "; and 6 more.\n"))
    }

    @Test func aSentenceOfAnotherIdCountsNoSource() {
        var (dossier, topic) = Self.dossier(sources: 3, covering: [1])
        topic.sentences.append(SentenceReference(source: "gone", sentence: "s1"))
        let silent = TopicPage.silentSources(in: dossier, counts: TopicPage.sentenceCounts(topic), sourceNames: SourceNames(dossier))
        #expect(silent.count == 2)
        #expect(silent.named == [0, 2])
        dossier.sources[2].id = "s0"
        let twice = TopicPage.silentSources(in: dossier, counts: TopicPage.sentenceCounts(topic), sourceNames: SourceNames(dossier))
        #expect(twice.named == [0, 2])
        #expect(twice.count == 2)
    }

    @Test func aTopicEverySourceCoversNamesNone() {
        let (dossier, topic) = Self.dossier(sources: 3, covering: [0, 1, 2])
        let silent = TopicPage.silentSources(in: dossier, counts: TopicPage.sentenceCounts(topic), sourceNames: SourceNames(dossier))
        #expect(silent.count == 0 && silent.named.isEmpty)
        let page = TopicPage.page(for: topic, in: dossier, people: [], figures: [], sentences: SentenceIndex(dossier),
                                  sourceNames: SourceNames(dossier)).markdown
        #expect(!page.contains("Not covered by"))
    }
}
