import Testing
import DossierCore
@testable import DossierExtraction

@Suite struct TimelineExtractorTests {
    static func article(_ id: String, published: String?, _ sentences: [String]) -> Article {
        var offset = 0
        let parsed = sentences.enumerated().map { index, text in
            defer { offset += text.count + 1 }
            return Sentence(id: "s\(index + 1)", text: text, range: offset..<offset + text.count, line: index + 1,
                            tokens: TestLanguage.tokenizer.tokens(of: text))
        }
        return Article(id: id, path: "content/\(id).txt", body: sentences.joined(separator: "\n"),
                       metadata: SourceMetadata(published: published), paragraphs: [Paragraph(sentences: parsed)])
    }

    @Test func mergesOneEventStatedByTwoSourcesAndKeepsTheUndatedOneApart() {
        let articles = [
            Self.article("a", published: "2025-03-05", ["The first phase of the ceasefire expired on Saturday without a deal."]),
            Self.article("b", published: nil, ["The first phase of the ceasefire expired on March 1 as talks stalled.",
                                              "On Sunday, the government closed the border crossings."]),
        ]
        let events = TimelineExtractor().events(in: articles, sentences: articles.map(\.sentences))
        #expect(events.map(\.date) == ["2025-03-01", nil])
        #expect(events[0].sources == ["a", "b"])
        #expect(events[0].references == [SentenceReference(source: "a", sentence: "s1"), SentenceReference(source: "b", sentence: "s1")])
        #expect(events[1].dateText == "On Sunday")
        #expect(events[1].note == "the article is not dated, so “On Sunday” cannot be placed")
    }

    @Test func keepsDifferentEventsOfOneDayApart() {
        let articles = [
            Self.article("a", published: "2025-03-05", ["Parliament passed the budget bill on Monday after a long debate.",
                                                         "On Monday, floods closed three schools in the north of the country."]),
        ]
        let events = TimelineExtractor().events(in: articles, sentences: articles.map(\.sentences))
        #expect(events.map(\.date) == ["2025-03-03", "2025-03-03"])
        #expect(events.count == 2)
    }

    @Test func theNextDayCountsFromTheDayJustBefore() {
        let articles = [
            Self.article("a", published: nil, ["The senator spoke at a rally in Ohio on March 5, 2016, to a large crowd.",
                                               "He repeated the promise two days later at a rally in Michigan.",
                                               "Both crowds cheered the promise loudly.",
                                               "The governor signed the bill, and the next day the court blocked it again."]),
        ]
        let events = TimelineExtractor().events(in: articles, sentences: articles.map(\.sentences))
        #expect(events.map(\.date) == ["2016-03-05", "2016-03-07", nil])
        #expect(events[1].note == "counted from “March 5, 2016”")
        #expect(events[2].note == "“the next day” follows no day it can be counted from")
    }

    @Test func aNumericDateReadsInTheOrderOfTheArticlesSpelledDates() {
        let articles = [
            Self.article("us", published: nil, ["In a Feb. 8 meeting the two men discussed the inquiry at length.",
                                                "His notes of the first meeting were typed on 1/5/17 in the car."]),
            Self.article("uk", published: nil, ["At the meeting on 8 February the two men discussed the inquiry at length.",
                                                "His notes of the first meeting were typed on 1/5/17 in the car."]),
        ]
        let dates = TimelineExtractor().events(in: articles, sentences: articles.map(\.sentences)).compactMap(\.date)
        #expect(dates == ["2017-01-05", "2017-05-01"])
    }

    @Test func aDayToComeInAnUndatedStoryTakesTheYearItsSourcesEstablish() {
        let articles = [
            Self.article("a", published: nil, ["A protest in London last year against the proposed state visit drew crowds.",
                                               "The president will visit the country on 13 July for talks.",
                                               "The ambassador spoke about the visit on 12 April at a dinner."]),
            Self.article("b", published: nil, ["A state visit was proposed in January 2017 when the prime minister flew to Washington."]),
        ]
        let events = TimelineExtractor().events(in: articles, sentences: articles.map(\.sentences))
        // The day to come is placed; the past day may be last year's and is not.
        #expect(events.compactMap(\.date) == ["2017-01", "2018-07-13"])
        #expect(events.first { $0.date == "2018-07-13" }?.note == "year of the story: a source says “last year” of what another dates in 2017")
    }

    /// An undated source's day without a year is placed against the median of the sources' publication days (a
    /// publication date that is no day counts for nothing).
    @Test func anUndatedSourcesDayTakesItsYearFromTheMedianPublicationDay() {
        let articles = [
            Self.article("a", published: "2023-01-10", ["The committee met again to discuss the report."]),
            Self.article("b", published: "2024-06-01", ["The committee met again to discuss the report."]),
            Self.article("c", published: "2025-12-20", ["The committee met again to discuss the report."]),
            Self.article("d", published: "soon", ["The committee met again to discuss the report."]),
            Self.article("e", published: nil, ["The new budget was announced on 3 May after a long debate in parliament."]),
        ]
        let budget = TimelineExtractor().events(in: articles, sentences: articles.map(\.sentences)).first { $0.dateText == "3 May" }
        #expect(budget?.date == "2024-05-03")
        #expect(budget?.note == "year assumed from the dates of the other sources")
    }

    /// A sentence gives the story's year a reading only when it says `last year` or dates something in a year; its
    /// content words are those given, or else made from its tokens.
    @Test func aSentenceIsReadForTheStorysYearWhenItSaysLastYearOrAYear() {
        let tokens = { (text: String) in TestLanguage.tokenizer.tokens(of: text) }
        #expect(StoryYearInference.reading(of: tokens("The talks went on for hours.")) == nil)
        let lastYear = StoryYearInference.reading(of: tokens("A protest in London last year drew crowds."))
        #expect(lastYear?.saysLastYear == true && lastYear?.year == nil)
        #expect(lastYear?.words == EventMerger.contentWords(tokens("A protest in London last year drew crowds.")))
        let dated = StoryYearInference.reading(of: tokens("It was proposed in January 2017."), contentWords: ["given"])
        #expect(dated?.saysLastYear == false && dated?.year == 2017 && dated?.words == ["given"])
    }

    /// Two `last year` sentences matched to sentences dated in different years give the story no year: a day to come
    /// stays unplaced.
    @Test func matchesThatDisagreeLeaveTheStorysYearUnknown() {
        let articles = [
            Self.article("a", published: nil, ["A protest in London last year against the proposed state visit drew crowds.",
                                               "The trade minister resigned last year over the steel tariffs deal.",
                                               "The president will visit the country on 13 July for talks."]),
            Self.article("b", published: nil, ["A state visit was proposed in January 2017 when the prime minister flew to Washington.",
                                               "The trade minister quit over the steel tariffs deal in 2015."]),
        ]
        let events = TimelineExtractor().events(in: articles, sentences: articles.map(\.sentences))
        let visit = events.first { $0.dateText == "13 July" }
        #expect(visit != nil && visit?.date == nil)
        #expect(visit?.note == Event.yearNotStated)
        // With only the first match, the story's year is the one after the visit was proposed.
        var agreeing = articles
        agreeing[0] = Self.article("a", published: nil, ["A protest in London last year against the proposed state visit drew crowds.",
                                                         "The president will visit the country on 13 July for talks."])
        #expect(TimelineExtractor().events(in: agreeing, sentences: agreeing.map(\.sentences)).first { $0.dateText == "13 July" }?.date == "2018-07-13")
        #expect(StoryYearInference.saysLastYear(TestLanguage.tokenizer.tokens(of: "Trade grew over the last year.")) == false)
        #expect(StoryYearInference.eventYear(TestLanguage.tokenizer.tokens(of: "He won the 2016 election.")) == nil)
        #expect(StoryYearInference.eventYear(TestLanguage.tokenizer.tokens(of: "It was proposed in January 2017.")) == 2017)
    }
}
