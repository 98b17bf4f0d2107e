import Testing
import DossierCore
@testable import DossierSite

/// The topics of each source, found once for all source pages, are those each source page would find itself.
@Suite struct TopicLinksTests {
    static func dossier() -> Dossier {
        let reference = { (source: String, sentence: String) in SentenceReference(source: source, sentence: sentence) }
        let articles = ["a", "b", "c"].map { Article(id: $0, path: "content/\($0).txt", body: "") }
        let topics = [
            Topic(id: "bridge", name: "Bridge", sentences: [reference("a", "s1"), reference("a", "s2"), reference("c", "s4")]),
            Topic(id: "council", name: "Council", sentences: [reference("c", "s1")]),
            Topic(id: "flood", name: "Flood", sentences: [reference("a", "s3"), reference("c", "s2"), reference("c", "s3")]),
        ]
        return Dossier(configuration: DossierConfiguration(title: "Test"), sources: articles, topics: topics)
    }

    @Test func topicsBySourceAreTheTopicsEachSourceCovers() {
        let dossier = Self.dossier()
        let bySource = TopicLinks.topicsBySource(dossier)
        #expect(bySource["a"]?.map(\.id) == ["bridge", "flood"])
        #expect(bySource["b"] == nil)
        #expect(bySource["c"]?.map(\.id) == ["bridge", "council", "flood"])
        for article in dossier.sources {
            let path = SitePath.source(article.id)
            #expect(TopicLinks.markdown(forTopics: bySource[article.id] ?? [], from: path)
                    == TopicLinks.markdown(forSource: article.id, in: dossier, from: path))
            #expect(SourcePage.page(for: article, in: dossier, words: 0, topics: bySource[article.id] ?? []).markdown
                    == SourcePage.page(for: article, in: dossier, words: 0).markdown)
        }
        #expect(TopicLinks.markdown(forTopics: bySource["a"] ?? [], from: SitePath.source("a"))
                == "**Topics:** [Bridge](../topics/bridge.md) · [Flood](../topics/flood.md)")
    }
}
