import Testing
@testable import DossierCorpus

@Suite struct OutletReaderTests {
    let story = "Envoy held direct talks\n\nThe talks were held in Doha in recent weeks, officials said.\n"

    @Test func signatureLineWithSection() {
        let article = readArticle(story + "{Example.com World}\nCategory:\n")
        #expect(article.metadata.outlet == "Example.com")
        #expect(article.metadata.section == "World")
    }

    @Test func contactAddressNamesTheOutletAsTheTextSpellsIt() {
        let article = readArticle(story + "\nRead Daily Example Post every day for more.\n\neditor@dailyexamplepost.com\n")
        #expect(article.metadata.outlet == "Daily Example Post")
    }

    @Test func contactAddressAtAWebmailDomainSaysNothing() {
        let article = readArticle(story + "\nreader@gmail.com\n")
        #expect(article.metadata.outlet == nil)
    }

    @Test func originallyPublishedIn() {
        let article = readArticle(story + "\nThe article was originally published in Israel Hayom\n")
        #expect(article.metadata.origin == "Israel Hayom")
        #expect(article.flags.first { $0.kind == "syndicated" }?.evidence
            == "the text credits Israel Hayom as its origin (line 5); the outlet of this copy is not stated")
    }

    @Test func sourceLine() {
        let article = readArticle(story + "\nSource: Axios\n")
        #expect(article.metadata.origin == "Axios")
        #expect(article.words == 11)
    }

    @Test func firstAppearedOn() {
        let article = readArticle(story + "\nThis article first appeared on The Example Review.\n")
        #expect(article.metadata.origin == "The Example Review")
    }

    @Test func agencyDateline() {
        let article = readArticle("Envoy held direct talks\n\nGAZA CITY (AP) — The talks were held in Doha in recent weeks, officials said.\n")
        #expect(article.metadata.origin == "AP")
    }

    @Test func wireDatelineAfterAStandfirst() {
        let article = readArticle("Envoy held direct talks\n\nThe group wants a broader deal, officials said.\n\nDoha (AFP) – The talks were held in Doha in recent weeks, officials said.\n")
        #expect(article.metadata.origin == "AFP")
        #expect(article.flags.first { $0.kind == "syndicated" }?.evidence
            == "the text credits AFP as its origin (line 5); the outlet of this copy is not stated")
    }

    @Test func leadCreditsAnotherOutletsReporting() {
        let article = readArticle("The talks stalled on Wednesday, according to an official who spoke to The Times of Example.\nMore talks are planned.\n")
        #expect(article.metadata.origin == "The Times of Example")
    }

    @Test func storyWordsAreNoOriginCredit() {
        let article = readArticle("Cash gives way to cards\n\nCard spending overtook cash in the UK for the first time this week, a trade body said on Wednesday. Mrs Carroll was born in the same year that plastic cards first appeared in the UK.\n")
        #expect(article.metadata.origin == nil)
    }

    @Test func sameOutletAndOriginIsNotSyndicated() {
        let article = readArticle("By Jane Doe, Reuters\n\nThe talks were held in Doha in recent weeks, officials said.\n\nSource: Reuters\n")
        #expect(article.metadata.outlet == "Reuters")
        #expect(article.metadata.origin == "Reuters")
        #expect(flagKinds(article) == ["no-date"])
    }
}
