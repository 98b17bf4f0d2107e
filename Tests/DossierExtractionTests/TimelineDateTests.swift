import Testing
import DossierCore
@testable import DossierExtraction

/// Each date form, placed against an article published on Wednesday 2025-03-05.
@Suite struct TimelineDateTests {
    let resolver = DateResolver(published: CalendarDay(iso: "2025-03-05"), corpusReference: nil)

    func dates(_ sentence: String, with resolver: DateResolver? = nil) -> [String?] {
        DateMentionFinder().mentions(in: TestLanguage.sentence(sentence)).map { (resolver ?? self.resolver).resolve($0).date }
    }

    @Test(arguments: [
        ("The first phase expired on March 1.", "2025-03-01"),
        ("It led to his release February 15th.", "2025-02-15"),
        ("The attack on October 7, 2023 killed 1,200 people.", "2023-10-07"),
        ("The attack on 7 October 2023 killed 1,200 people.", "2023-10-07"),
        ("The truce would be extended, ending on April 19.", "2025-04-19"),
        ("On Sunday, Israel said it would block all aid.", "2025-03-02"),
        ("The statement released on Wednesday sought to soften it.", "2025-03-05"),
        ("Witkoff canceled the trip on Tuesday night.", "2025-03-04"),
        ("Further details of the plans will be outlined on Monday.", "2025-03-10"),
        ("The conversations were held last month in Doha.", "2025-02"),
        ("He pursued the ceasefire in mid-January before taking office.", "2025-01"),
        ("He appeared in a video published in November 2024.", "2024-11"),
        ("The minister resigned yesterday after the vote.", "2025-03-04"),
        ("The group met two days ago in Cairo.", "2025-03-03"),
        ("The talks began on 2025-02-20 in Doha.", "2025-02-20"),
        ("The chancellor said in a statement Sunday that the talks had gone well.", "2025-03-02"),
        ("The governor announced Monday that the bridge would reopen.", "2025-03-03"),
        ("The minister is set to discuss the issue Wednesday with his counterpart.", "2025-03-05"),
        ("The minister is set to discuss the issue next Wednesday with his counterpart.", "2025-03-12"),
    ])
    func placesEachForm(sentence: String, expected: String) {
        #expect(dates(sentence) == [expected])
    }

    @Test func aRelativeDateInAnUndatedArticleStaysUnplaced() {
        let undated = DateResolver(published: nil, corpusReference: CalendarDay(iso: "2025-03-05"))
        let mention = DateMentionFinder().mentions(in: TestLanguage.sentence("On Sunday, Israel said it would block all aid."))
        #expect(mention.map(\.text) == ["On Sunday"])
        let resolution = undated.resolve(mention[0])
        #expect(resolution.date == nil)
        #expect(resolution.note == "the article is not dated, so “On Sunday” cannot be placed")
    }

    @Test func aDayWithoutYearInAnUndatedArticleTakesTheCorpusYear() {
        let undated = DateResolver(published: nil, corpusReference: CalendarDay(iso: "2025-03-05"))
        #expect(dates("The fighting has stopped since January 19 in Gaza.", with: undated) == ["2025-01-19"])
    }

    @Test func aYearGivenElsewhereInTheCorpusWins() {
        let undated = DateResolver(published: nil, corpusReference: CalendarDay(iso: "2025-03-05"),
                                   statedYears: [DateResolver.MonthDay(month: 10, day: 7): 2023])
        #expect(dates("They were taken to Gaza on October 7th by the group.", with: undated) == ["2023-10-07"])
    }

    @Test(arguments: [
        "Published: March 5, 2025, 5:48 pm",
        "She told the Sunday Times that the plan had failed.",
        "The Million Man March drew crowds to the capital.",
        "Jan Egeland said the aid was not enough.",
        "Voters turned out on Super Tuesday in large numbers.",
        "The market opens every Monday at dawn.",
        "He read it in a Sunday paper column.",
        "The score was 3/4/5 in the final round.",
    ])
    func ignoresWhatIsNotAnEventDate(sentence: String) {
        #expect(DateMentionFinder().mentions(in: TestLanguage.sentence(sentence)).isEmpty)
    }

    @Test func aNumericDateTakesTheOrderOfTheArticlesSpelledDates() {
        func numeric(_ sentence: String, monthFirst: Bool?) -> [String?] {
            var resolver = self.resolver
            resolver.numericMonthFirst = monthFirst
            return dates(sentence, with: resolver)
        }
        let sentence = "He typed the notes in the car on 1/5/17, after the meeting."
        #expect(numeric(sentence, monthFirst: true) == ["2017-01-05"])
        #expect(numeric(sentence, monthFirst: false) == ["2017-05-01"])
        #expect(numeric(sentence, monthFirst: nil) == [nil])
        // One number above 12 can only be the day.
        #expect(numeric("The letter of 13/5/2017 was signed by both.", monthFirst: true) == ["2017-05-13"])
        #expect(numeric("The letter of 5/13/98 was signed by both.", monthFirst: false) == ["1998-05-13"])
    }

    @Test func anArticlesDateOrderComesFromItsSpelledDates() {
        func order(_ sentences: [String]) -> Bool? {
            TimelineExtractor.spelledOrder(of: sentences.flatMap { DateMentionFinder().mentions(in: TestLanguage.sentence($0)) })
        }
        #expect(order(["In a Feb. 8 meeting the chief of staff asked him to stay."]) == true)
        #expect(order(["The hearing on 8 February was adjourned."]) == false)
        #expect(order(["In a Feb. 8 meeting he asked.", "The hearing on 8 February was adjourned."]) == nil)
        #expect(order(["The hearing was adjourned on Monday."]) == nil)
    }

    @Test func weekdaysAroundTheArticleDate() {
        let wednesday = CalendarDay(year: 2025, month: 3, day: 5)
        #expect(wednesday.weekday == 3)
        #expect(DateResolver.offset(to: 3, from: wednesday, .past) == 0)
        #expect(DateResolver.offset(to: 3, from: wednesday, .previous) == -7)
        #expect(DateResolver.offset(to: 1, from: wednesday, .next) == 5)
        #expect(DateResolver.offset(to: 3, from: wednesday, .next) == 7)
        #expect(DateResolver.offset(to: 3, from: wednesday, .future) == 0)
        #expect(CalendarDay(year: 2024, month: 2, day: 28).adding(days: 1).iso == "2024-02-29")
    }
}
