import Testing
import DossierCore
@testable import DossierExtraction

@Suite struct CorpusExtractorTests {
    @Test func keepsEveryArticle() {
        let articles = [Article(id: "a", path: "content/a.txt", body: "Text."), Article(id: "b", path: "content/b.txt", body: "More.")]
        let (extraction, diagnostics) = CorpusExtractor(curation: CurationFolder(folder: nil, displayPath: "content"), lexicon: TestLanguage.lexicon).extract(articles)
        #expect(extraction.sources.map(\.id) == ["a", "b"])
        #expect(diagnostics.isEmpty)
    }
}
