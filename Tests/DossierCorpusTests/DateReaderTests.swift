import Testing
@testable import DossierCorpus

@Suite struct DateReaderTests {
    @Test func publishedLineWithTime() {
        let article = readArticle("Envoy held direct talks\n\nPublished: March 5, 2025, 5:48 pm\n\nThe talks were held in Doha in recent weeks.\n")
        #expect(article.metadata.published == "2025-03-05")
        #expect(paragraphTexts(article) == [["The talks were held in Doha in recent weeks."]])
        #expect(article.boilerplate.map(\.reason) == ["publication date"])
        #expect(article.boilerplate.map(\.isMetadata) == [true])
    }

    @Test func datelineOpeningTheFirstParagraph() {
        let body = " date 2025-03-06 This marks the first time the U.S. has held direct talks. It is new.\n"
        let article = readArticle(body)
        #expect(article.metadata.published == "2025-03-06")
        let first = article.sentences[0]
        #expect(first.text == "This marks the first time the U.S. has held direct talks.")
        let scalars = Array(body.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[first.range])) == first.text)
        #expect(first.line == 1)
    }

    @Test(arguments: [
        ("5 March 2025", "2025-03-05"), ("Mar. 5, 2025", "2025-03-05"), ("2025/03/05", "2025-03-05"),
        ("Wednesday, 5th of March 2025", "2025-03-05"), ("2025-03-06T10:00:00Z", "2025-03-06"),
    ])
    func dateFormats(_ written: String, _ iso: String) {
        let article = readArticle("Envoy held direct talks\n\(written)\n\nThe talks were held in Doha in recent weeks.\n")
        #expect(article.metadata.published == iso)
    }

    @Test func dateInsideTheStoryIsNotThePublicationDate() {
        let article = readArticle("Envoy held direct talks\n\nThe group attacked on October 7, 2023, and took hostages.\nTalks began on 5 March 2025 in Doha, officials said.\n")
        #expect(article.metadata.published == nil)
        #expect(flagKinds(article).contains("no-date"))
    }

    @Test func storyOpeningWithOnAndADateIsNoDateline() {
        let article = readArticle("Bombs hit London\n\nOn 7 July 2005 London was attacked by four bombers, police said.\n")
        #expect(article.metadata.published == nil)
    }

    @Test func dateInTheFooter() {
        let article = readArticle("Envoy held direct talks\n\nThe talks were held in Doha in recent weeks.\n\nPosted on 2025-03-04\n")
        #expect(article.metadata.published == "2025-03-04")
    }

    @Test func impossibleDateIsNoDate() {
        #expect(DateParser().firstDate(in: "February 30, 2025") == nil)
        #expect(DateParser().firstDate(in: "2025-13-01") == nil)
    }

    @Test func datelineDayTakesTheYearTheTextEstablishes() {
        // March 3 fell on a Tuesday in 2020 (and 2015), not in 2019: the text speaks of 2019, so 2020.
        let article = readArticle("Council approves bridge\n\nThe vote ends years of delay.\n\nLEEDS, March 3 (Reuters) - The council approved the bridge on Tuesday.\n\nIts cost has doubled since 2019.\n")
        #expect(article.metadata.published == "2020-03-03")
        #expect(article.metadata.origin == "Reuters")
        #expect(paragraphTexts(article)[1] == ["LEEDS, March 3 (Reuters) - The council approved the bridge on Tuesday."])
    }

    @Test func datelineDayOnAnotherWeekdayStaysUndated() {
        let article = readArticle("Council approves bridge\n\nLEEDS, March 3 (Reuters) - The council approved the bridge on Friday.\n\nIts cost has doubled since 2019.\n")
        #expect(article.metadata.published == nil)
    }

    @Test func aTextIsNotOlderThanTheYearsItSpeaksOf() {
        // March 3 was a Tuesday in 2015, the year after 2014; but the text speaks of 2022 too.
        let article = readArticle("Council approves bridge\n\nLEEDS, March 3 (Reuters) - The council approved the bridge on Tuesday.\n\nIt was planned in 2014 and will open in 2022.\n")
        #expect(article.metadata.published == nil)
    }

    @Test func aHistoricalYearThatFitsGivesWayToTheRecentOne() {
        // March 3 was a Tuesday in 1998 and in 2020: the 1998 law is history, the 2019 figures are recent.
        let article = readArticle("Council approves bridge\n\nLEEDS, March 3 (Reuters) - The council approved the bridge on Tuesday under a 1998 law.\n\nIts cost has doubled since 2019.\n")
        #expect(article.metadata.published == "2020-03-03")
    }

    @Test func headerLineWithWeekdayAndDayIsNoPublicationDate() {
        // A fixture's day: `Saturday, 26 February` fell on a Saturday in 2000, the year the text speaks of, and in 2005.
        let article = readArticle("France v Wales\n\nSaturday, 26 February\n\nWales have not won in Paris since 1999 and 2000, their coach said.\n")
        #expect(article.metadata.published == nil)
    }

    @Test func statedYearsStandAlone() {
        #expect(YearInference().statedYears(in: "from 2017 levels, 12017 units, 2,019 tonnes, 1.2018 ratio, kick-off 1945 GMT and in 1999.") == [2017, 1999])
    }
}
