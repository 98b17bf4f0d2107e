@testable import DossierCorpus
import DossierCore

/// Reads a fixture article written inline in a test.
func readArticle(_ text: String, path: String = "content/articles/fixture.txt", frontMatter: FrontMatter = FrontMatter(), startLine: Int = 1) -> Article {
    ArticleReader(tokenizer: TestLanguage.tokenizer).read(SourceFile(path: path, body: text, bodyStartLine: startLine, frontMatter: frontMatter), id: "fixture")
}

/// The text of every sentence, paragraph by paragraph.
func paragraphTexts(_ article: Article) -> [[String]] {
    article.paragraphs.map { $0.sentences.map(\.text) }
}

/// The flag kinds of an article, in order.
func flagKinds(_ article: Article) -> [String] {
    article.flags.map(\.kind)
}
