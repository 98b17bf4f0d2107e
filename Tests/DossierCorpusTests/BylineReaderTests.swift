import Testing
@testable import DossierCorpus

@Suite struct BylineReaderTests {
    @Test func bylineWithOutlet() {
        #expect(BylineReader().parse("By Shachar Kleiman, JNS") == BylineReader.Byline(authors: ["Shachar Kleiman"], outlet: "JNS"))
    }

    @Test func twoAuthors() {
        #expect(BylineReader().parse("By Jane Doe and John Roe") == BylineReader.Byline(authors: ["Jane Doe", "John Roe"], outlet: nil))
    }

    @Test func authorsWithRoleAndOutletAfterABar() {
        #expect(BylineReader().parse("By JANE DOE, Staff Writer | The Daily Example")
            == BylineReader.Byline(authors: ["Jane Doe"], outlet: "The Daily Example"))
    }

    @Test func bylineWithDate() {
        #expect(BylineReader().parse("By George W. Bush on March 5, 2025") == BylineReader.Byline(authors: ["George W. Bush"], outlet: nil))
    }

    @Test func sentencesOpeningWithByAreNoBylines() {
        #expect(BylineReader().parse("By 2025, 40% of the UK's population will still be without internet access.") == nil)
        #expect(BylineReader().parse("By contrast Netcraft's stations in the US saw the site.") == nil)
    }

    @Test func bylineBelowTheLead() {
        let article = readArticle("This marks the first time the U.S. has held direct talks with the group.\n\nBy Shachar Kleiman, JNS\n\nThe meeting took place overnight in Doha.\n")
        #expect(article.metadata.authors == ["Shachar Kleiman"])
        #expect(article.metadata.outlet == "JNS")
        #expect(article.sentences.map(\.text).contains("By Shachar Kleiman, JNS") == false)
    }

    @Test func nameInTheSignatureBlock() {
        let article = readArticle("Envoy held direct talks\n\nThe talks were held in Doha in recent weeks.\n\nSource: Example Wire\n\nJane Doe\n")
        #expect(article.metadata.authors == ["Jane Doe"])
        #expect(article.metadata.origin == "Example Wire")
    }

    @Test func quotedNameIsNoByline() {
        let article = readArticle("Envoy held direct talks\n\nThe talks were held in Doha in recent weeks.\n\n“Jane Doe”\n\nSource: Example Wire\n")
        #expect(article.metadata.authors == [])
    }

    @Test func personMentionedInTheStoryIsNoAuthor() {
        let article = readArticle("Envoy held direct talks\n\nAdam Boehler met officials in Doha, the envoy said.\nHe spoke to reporters.\n")
        #expect(article.metadata.authors == [])
        #expect(flagKinds(article) == ["no-date", "no-author"])
    }

    @Test func nameLineAfterTheHeadlineAloneIsNoAuthor() {
        let article = readArticle("Blackburn v Burnley\n\nEwood Park\n\nThe two sides meet in the cup on Tuesday night, the club said.\n")
        #expect(article.metadata.authors == [])
    }
}

@Suite struct AgencyCopyTests {
    @Test func agencyDatelineAndReportingCredit() {
        let article = readArticle("""
        Envoy meets group in Doha

        WASHINGTON (Reuters) - A U.S. envoy met officials of the group in Doha, two sources said on Wednesday.

        The talks were the first of their kind.

        (Reporting by Jane Doe; Editing by John Roe)
        """)
        #expect(article.metadata.authors == ["Jane Doe"])
        #expect(article.metadata.origin == "Reuters")
        #expect(paragraphTexts(article).count == 2)
    }
}
