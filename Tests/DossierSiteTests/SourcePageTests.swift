import Testing
import DossierCore
@testable import DossierSite

/// The source page's card: a date taken from the story says where it came from; an untitled source is named by
/// its outlet and its first eight words (a dash is no word).
@Suite struct SourcePageTests {
    static func dossier() -> Dossier {
        let sentence = TestLanguage.sentence("LEEDS — The council approved a new bridge after years of delay.")
        let dated = Article(id: "a", path: "content/a.txt", body: "",
                            metadata: SourceMetadata(title: "Council backs bridge", published: "2020-03-03"))
        let inferred = Article(id: "b", path: "content/b.txt", body: "",
                               metadata: SourceMetadata(outlet: "Example News", published: "2020-03-03", dateInferredFrom: ["a"]),
                               paragraphs: [Paragraph(sentences: [sentence])])
        return Dossier(configuration: DossierConfiguration(title: "Test"), sources: [dated, inferred])
    }

    @Test func inferredDateLinksTheSourcesItCameFrom() {
        let dossier = Self.dossier()
        let markdown = SourcePage.page(for: dossier.sources[1], in: dossier).markdown
        #expect(markdown.contains("| **Published** | 2020-03-03 (inferred from [Council backs bridge](../sources/a.md)) |"))
        let own = SourcePage.page(for: dossier.sources[0], in: dossier).markdown
        #expect(own.contains("| **Published** | 2020-03-03 |"))
    }

    @Test func untitledSourceIsNamedByItsOutletAndFirstWords() {
        let dossier = Self.dossier()
        #expect(SourceFormatting.title(dossier.sources[1]) == "[untitled] Example News: LEEDS — The council approved a new bridge after…")
        #expect(SourceFormatting.date(dossier.sources[1]) == "2020-03-03 (inferred)")
    }

    /// The words of each source are counted once for its page, the list of sources and the brief: the counts are the
    /// sources' own, and the pages made with them are the pages made without.
    @Test func wordsCountedOnceAreEachSourcesOwn() {
        let dossier = Self.dossier()
        let words = SourceListPage.wordCounts(dossier)
        #expect(words == ["a": 0, "b": 12])
        #expect(SourcePage.page(for: dossier.sources[1], in: dossier, words: words["b"]).markdown
                == SourcePage.page(for: dossier.sources[1], in: dossier).markdown)
        let list = SourceListPage.page(for: dossier, words: words).markdown
        #expect(list == SourceListPage.page(for: dossier).markdown)
        #expect(list.contains("| 12 |"))
    }
}
