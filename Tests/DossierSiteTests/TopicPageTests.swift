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

    /// The references' runs of one source are their positions, in order; a source met again later starts a run of its own.
    @Test func sourceRunsAreThePositionsOfEachRun() {
        let references = ["a", "a", "b", "a", "c", "c"].enumerated().map { SentenceReference(source: $1, sentence: "s\($0 + 1)") }
        #expect(TopicPage.sourceRuns(references) == [0..<2, 2..<3, 3..<4, 4..<6])
        #expect(TopicPage.sourceRuns([]) == [])
        let topic = Topic(id: "t", name: "T", sentences: references)
        #expect(TopicPage.sentenceCounts(topic) == ["a": 3, "b": 1, "c": 2])
    }

    /// What each source says: its first sentences on the topic that are in the dossier (up to six of its references),
    /// each linked, then how many more it has.
    @Test func eachSourceShowsItsFirstSentencesAndCountsTheRest() {
        let sentence = { (id: String) in Sentence(id: id, text: "Line \(id).", range: 0..<8, line: 1) }
        let article = Article(id: "a", path: "content/a.txt", body: "", metadata: SourceMetadata(title: "A"),
                              paragraphs: [Paragraph(sentences: (1...8).map { sentence("s\($0)") })])
        let other = Article(id: "b", path: "content/b.txt", body: "", metadata: SourceMetadata(title: "B"),
                            paragraphs: [Paragraph(sentences: [sentence("s1")])])
        let references = ["s1", "s9", "s2", "s3", "s4", "s5", "s6", "s7"].map { SentenceReference(source: "a", sentence: $0) }
            + [SentenceReference(source: "b", sentence: "s1")]
        let topic = Topic(id: "t", name: "T", sentences: references)
        let dossier = Dossier(configuration: DossierConfiguration(title: "Test"), sources: [article, other], topics: [topic])
        let page = TopicPage.page(for: topic, in: dossier, people: [], figures: [], sentences: SentenceIndex(dossier),
                                  sourceNames: SourceNames(dossier)).markdown
        let link = { (source: String, id: String) in "[↗](../sources/\(source).md#\(id) \"Read it in the source\")" }
        let expected = "## What each source says\n\n### A\n\n"
            + ["s1", "s2", "s3", "s4", "s5"].map { "- Line \($0). " + link("a", $0) + "\n" }.joined()
            + "- [2 more in this source](../sources/a.md)\n\n### B\n\n- Line s1. " + link("b", "s1") + "\n"
        #expect(page.hasSuffix(expected))
    }
}
