import Testing
import DossierCore
@testable import DossierCorpus

@Suite struct ArticleReaderTests {
    @Test func indentedParagraphsKeepRangesAndLines() {
        let body = "Envoy held talks\n\n    The talks were unprecedented.\u{00A0}They began in Doha.\n\n    59 hostages remain.\n"
        let article = readArticle(body, startLine: 6)
        #expect(paragraphTexts(article) == [["The talks were unprecedented.", "They began in Doha."], ["59 hostages remain."]])
        #expect(article.sentences.map(\.id) == ["s1", "s2", "s3"])
        #expect(article.sentences.map(\.line) == [8, 8, 10])
        let scalars = Array(body.unicodeScalars)
        #expect(article.sentences.map { String(String.UnicodeScalarView(scalars[$0.range])) }
            == ["The talks were unprecedented.", "They began in Doha.", "59 hostages remain."])
    }

    @Test func hardWrappedLinesMakeOneParagraph() {
        let article = readArticle("Envoy held talks\n\nThe talks were held in Doha\nin recent weeks. They ended.\nA new line starts here.\n")
        #expect(paragraphTexts(article) == [["The talks were held in Doha in recent weeks.", "They ended."], ["A new line starts here."]])
        #expect(article.sentences.map(\.line) == [3, 4, 5])
    }

    @Test func headingsInsideTheStoryAreParagraphs() {
        let article = readArticle("Envoy held talks\n\nThe talks were held in Doha.\nWho is the envoy?\nHe is a businessman.\n")
        #expect(paragraphTexts(article) == [["The talks were held in Doha."], ["Who is the envoy?"], ["He is a businessman."]])
    }

    @Test func headerOfACopiedArticle() {
        let text = """
        The US Held Direct Talks With Hamas

        Published: March 5, 2025, 5:48 pm

            The talks were held in Doha in recent weeks, two sources tell Example.

            The White House did not offer comment prior to publication.

            Source: Example

            Jane Doe

            marko@examplewestmedia.com

            Consider donating to support our work

            No comments.

            By submitting a comment you grant Example West Media a licence to reproduce your words.
        """
        let article = readArticle(text)
        #expect(article.metadata == SourceMetadata(title: "The US Held Direct Talks With Hamas", outlet: "Example West Media",
                                                   origin: "Example", published: "2025-03-05", authors: ["Jane Doe"]))
        #expect(article.words == 23)
        #expect(article.boilerplate.map(\.line) == [3, 9, 11, 13, 15, 17, 19])
        #expect(flagKinds(article) == ["syndicated"])
    }
}
