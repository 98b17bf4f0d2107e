/// A date expression found in a sentence, before it is placed on the calendar.
struct DateMention: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// `March 1`, `1 March 2025`, `October 7, 2023`, `2025-03-05`.
        case day(month: Int, day: Int, year: Int?)
        /// `in mid-January`, `November 2024`.
        case month(month: Int, year: Int?)
        /// `on Sunday` (0 = Sunday … 6 = Saturday), resolved against the article's date.
        case weekday(Int, WeekdayDirection)
        /// `yesterday` (-1), `two days ago` (-2), `tomorrow` (+1).
        case daysFromPublication(Int)
        /// `last month` (-1), `this month` (0), `next month` (+1).
        case monthsFromPublication(Int)
        /// `1/5/17`, `12/03/2024`: two numbers and a year, month first in American writing and day first in British;
        /// the article's spelled-out dates tell which (`DateResolver.numericMonthFirst`).
        case numericDay(first: Int, second: Int, year: Int)
        /// `the next day` (+1), `two days later` (+2), `the previous day` (-1): from the day the text gave just before,
        /// in the same sentence or the one before it.
        case daysFromPrevious(Int)
    }

    /// Which of the nearby days with that name is meant.
    enum WeekdayDirection: Sendable, Hashable {
        /// The latest such day on or before the article's date (news mostly reports what happened).
        case past
        /// The first such day after the article's date (`will be outlined on Monday`).
        case future
        /// `last Monday`: strictly before the article's date.
        case previous
        /// `next Monday`: strictly after.
        case next
    }

    /// The words as written (`on Sunday`, `February 15th`).
    var text: String
    var kind: Kind
    /// For a day spelled out with its month's name: whether the month comes first (`April 30`) or the day (`30 April`).
    var monthFirst: Bool? = nil
    /// A future cue stands before it in its clause (`will visit the UK on 13 July`).
    var isFuture = false

    /// `month * 100 + day` of a month or day stated without a year (a month alone counts as its first day); nil otherwise.
    var calendarOrder: Int? {
        switch kind {
        case let .day(month, day, nil): return month * 100 + day
        case let .month(month, nil): return month * 100
        default: return nil
        }
    }

    /// True when only the article's own date can place it.
    var needsPublicationDate: Bool {
        switch kind {
        case .weekday, .daysFromPublication, .monthsFromPublication: return true
        case .day, .month, .numericDay, .daysFromPrevious: return false
        }
    }
}
