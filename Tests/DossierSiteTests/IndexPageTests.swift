import DossierCore
import Testing
@testable import DossierSite

@Suite struct IndexPageTests {
    static func dossier() -> Dossier {
        let mention = { (source: String) in Mention(form: "x", reference: SentenceReference(source: source, sentence: "s1")) }
        let sources = ["a", "b", "c"].map { Article(id: $0, path: "\($0).txt", body: "", metadata: SourceMetadata(title: "Title \($0)")) }
        let people = [
            Person(id: "one", name: "One", mentions: [mention("a"), mention("a"), mention("a")]),
            Person(id: "two", name: "Two", mentions: [mention("a"), mention("b")]),
            Person(id: "three", name: "Three", mentions: [mention("c"), mention("b"), mention("c")]),
            Person(id: "four", name: "Four", mentions: [mention("b"), mention("a")]),
        ]
        let topics = [Topic(id: "t", name: "T", sentences: [SentenceReference(source: "c", sentence: "s1"), SentenceReference(source: "b", sentence: "s1")]),
                      Topic(id: "u", name: "U", sentences: [SentenceReference(source: "b", sentence: "s2")])]
        return Dossier(configuration: DossierConfiguration(title: "D"), sources: sources, people: people, topics: topics)
    }

    /// Most sources first, then most mentions, then by name; each with the number of sources that mention them.
    @Test func mainPeopleComeByTheirSources() {
        #expect(Self.dossier().people.map(\.sourceCount) == [1, 2, 2, 2])
        #expect(Self.dossier().people.map(\.sourceCount) == Self.dossier().people.map(\.sources.count))
        #expect(Self.dossier().topics.map(\.sourceCount) == [2, 1])
        let markdown = IndexPage.page(for: Self.dossier(), sentences: SentenceIndex(Self.dossier()), words: SitePages.sourceWords(Self.dossier())).markdown
        #expect(markdown.contains("""
            - [Three](people/three.md) — in 2 of 3 sources
            - [Four](people/four.md) — in 2 of 3 sources
            - [Two](people/two.md) — in 2 of 3 sources
            - [One](people/one.md) — in 1 of 3 sources
            """))
    }

    /// The sources covering most of the topics first, then by id.
    @Test func coverageRowsComeByTheTopicsTheSourcesCover() {
        let markdown = IndexPage.page(for: Self.dossier(), sentences: SentenceIndex(Self.dossier()), words: SitePages.sourceWords(Self.dossier())).markdown
        #expect(markdown.contains("""
            | [Title b](sources/b.md) | 1 | 1 |
            | [Title c](sources/c.md) | 1 | — |
            | [Title a](sources/a.md) | — | — |
            """))
    }
}
