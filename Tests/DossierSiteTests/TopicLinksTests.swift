import Testing
import DossierCore
@testable import DossierSite

/// The topics of each source, found once for all source pages, and the line of links the source page shows for them.
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
        var md = MarkdownBuilder()
        md.raw("card")
        TopicLinks.write(forTopics: bySource["a"] ?? [], from: SitePath.source("a"), into: &md)
        #expect(md.text == "card\n\n**Topics:** [Bridge](../topics/bridge.md) · [Flood](../topics/flood.md)\n")
        var none = MarkdownBuilder()
        none.raw("card")
        TopicLinks.write(forTopics: [], from: SitePath.source("b"), into: &none)
        #expect(none.text == "card\n")
        // The source pages the build makes show each source's line after the card, and none for a source without topics.
        let pages = Dictionary(uniqueKeysWithValues: SitePages.pages(for: dossier, sourceWords: [0, 0, 0]).map { ($0.path, $0.markdown) })
        #expect(pages["sources/a"]?.contains("|\n\n**Topics:** [Bridge](../topics/bridge.md) · [Flood](../topics/flood.md)\n") == true)
        #expect(pages["sources/b"]?.contains("**Topics:**") == false)
        #expect(pages["sources/c"]?.contains(
            "|\n\n**Topics:** [Bridge](../topics/bridge.md) · [Council](../topics/council.md) · [Flood](../topics/flood.md)\n") == true)
    }
}
