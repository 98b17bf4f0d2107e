import Testing
import DossierCore
@testable import DossierExtraction

/// How relative dates and dates without a year are placed, or kept in order when nothing places them.
@Suite struct TimelineAnchorTests {
    static func events(_ sources: [(published: String?, sentences: [String])]) -> [Event] {
        let articles = sources.enumerated().map { index, source in
            TimelineExtractorTests.article(String(UnicodeScalar(UInt8(97 + index))), published: source.published, source.sentences)
        }
        return TimelineExtractor().events(in: articles, sentences: articles.map(\.sentences))
    }

    @Test func aMonthAndDayWithNoYearKeepsCalendarOrderMarkedYearNotStated() {
        let events = Self.events([
            (nil, ["The judge has scheduled a hearing on the motion for June 4 in the federal court.",
                   "The council voted on March 12 to close the old library for good.",
                   "On Sunday, the mayor defended the decision in a long radio interview."]),
        ])
        #expect(events.map(\.dateText) == ["March 12", "June 4", "On Sunday"])
        #expect(events.map(\.date) == [nil, nil, nil])
        #expect(events.map(\.isYearNotStated) == [true, true, false])
        #expect(events[0].note == "year not stated")
    }

    @Test func aPastWeekdayTheDayAfterTheArticleDateIsThatDayNotSixDaysBack() {
        // 2024-06-03 is a Monday.
        let events = Self.events([
            ("2024-06-03", ["Most stock markets in the region were closed for a holiday on Tuesday.",
                            "The minister resigned on Saturday after a week of protests in the capital."]),
        ])
        #expect(events.map(\.date) == ["2024-06-01", "2024-06-04"])
        #expect(events[1].note == DateResolver.dayAfterNote)
        #expect(events[0].note == nil)
    }

    @Test func aFutureCueEarlierInTheClausePutsTheWeekdayAhead() {
        // 2024-06-03 is a Monday: the Thursday ahead is 2024-06-06, the one before is 2024-05-30.
        let events = Self.events([
            ("2024-06-03", ["A delegation led by the finance minister will visit the capital for negotiations on Thursday.",
                            "The temporary exemptions for the three countries were set to expire on Thursday night.",
                            "The finance minister, who will travel abroad, said on Thursday that talks had stalled."]),
        ])
        #expect(events.map(\.date) == ["2024-05-30", "2024-06-06", "2024-06-06"])
        #expect(events[0].text.hasPrefix("The finance minister, who will travel"))
    }
}
