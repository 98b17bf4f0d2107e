import DossierCore
import Testing
@testable import DossierCorpus

@Suite struct BoilerplateFilterTests {
    @Test(arguments: [
        ("Category:", "category footer"),
        ("Recent comments", "comment section"),
        ("No comments.", "comment section"),
        ("12 Comments", "comment section"),
        ("3 replies", "comment section"),
        ("marko@example.com", "e-mail address"),
        ("Consider donating to support our work", "donation or subscription appeal"),
        ("Sign up for our newsletter to get the news first", "share, newsletter or navigation prompt"),
        ("Please support our journalism with a monthly gift", "donation or subscription appeal"),
        ("Share this article", "share, newsletter or navigation prompt"),
        ("Image credit: Example Photo Agency", "image credit"),
        ("© 2025 Example Media. All rights reserved.", "copyright notice"),
        ("We reserve the right to delete comments that are offensive.", "comment policy"),
    ])
    func cue(_ line: String, _ reason: String) {
        #expect(BoilerplateFilter().reason(for: line) == reason)
    }

    @Test(arguments: [
        "Live Aid raised millions in donations for famine relief in 1985.",
        "\"We will not tolerate your offensive comments,\" he told the post office workers.",
        "Print sales fell by 5% last year.",
        "The minister declined to comment on the report.",
    ])
    func storyLinesAreNotBoilerplate(_ line: String) {
        #expect(BoilerplateFilter().reason(for: line) == nil)
    }

    @Test func lineInsideABlockOfBoilerplate() {
        let text = """
        Envoy held direct talks

        The talks were held in Doha in recent weeks, officials said.

        Help us to produce more articles like this, donate to keep us going.

        Keep your language polite. Illegal content will be deleted.

        If your comments are subject to preview, please be patient.

        """
        let article = readArticle(text)
        #expect(article.boilerplate.map(\.reason) == ["donation or subscription appeal", "inside a block of boilerplate", "comment policy"])
        #expect(paragraphTexts(article) == [["The talks were held in Doha in recent weeks, officials said."]])
    }

    @Test func articleThatIsAllBoilerplate() {
        let article = readArticle("Category:\nRecent comments\nNo comments.\n")
        #expect(article.metadata.title == nil)
        #expect(article.paragraphs.isEmpty)
        #expect(article.words == 0)
        #expect(article.boilerplate.map(\.line) == [1, 2, 3])
        #expect(flagKinds(article) == ["no-date", "no-author"])
    }

    /// Every comment furniture line, the longest too, however it is capitalised and punctuated.
    @Test func everyCommentFurnitureLine() {
        #expect(BoilerplateFilter.commentFurniture.count > 5)
        for entry in BoilerplateFilter.commentFurniture {
            let line = "— " + entry.prefix(1).uppercased() + entry.dropFirst() + ":"
            #expect(BoilerplateFilter().reason(for: line) == "comment section", "\(line)")
        }
    }
}
