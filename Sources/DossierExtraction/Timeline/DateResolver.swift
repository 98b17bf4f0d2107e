import DossierCore

/// Places date mentions on the calendar: against the article's date, or for a missing year against the
/// corpus (a full date stated by another source, else the sources' median date).
struct DateResolver: Sendable {
    /// Where a mention landed, and how, for the reader.
    struct Resolution: Sendable, Hashable {
        /// `yyyy-mm-dd` or `yyyy-mm`; nil when the mention cannot be placed.
        var date: String?
        var note: String?
    }

    /// The article's own date.
    var published: CalendarDay?
    /// The median date of the dated sources, for a year the article does not state.
    var corpusReference: CalendarDay?
    /// Years stated with a day and month elsewhere in the corpus (`October 7, 2023`), by month and day.
    var statedYears: [MonthDay: Int] = [:]
    /// The year the story is told in when no source is dated (`StoryYearInference`): a day to come is in it.
    var storyYear: Int? = nil
    /// How the article writes its dates with month names: month first (`April 30`), day first (`30 April`), or nil
    /// when it writes none or both; it decides `1/5/17` when both numbers could be the month.
    var numericMonthFirst: Bool? = nil

    struct MonthDay: Sendable, Hashable {
        var month: Int
        var day: Int
    }

    func resolve(_ mention: DateMention) -> Resolution {
        switch mention.kind {
        case let .day(month, day, year?):
            return Resolution(date: CalendarDay(year: year, month: month, day: day).iso)
        case let .day(month, day, nil):
            return dayWithoutYear(month: month, day: day, isFuture: mention.isFuture)
        case let .month(month, year?):
            return Resolution(date: CalendarDay.iso(year: year, month: month))
        case let .month(month, nil):
            return monthWithoutYear(month)
        case let .weekday(weekday, direction):
            guard let published else { return undated(mention) }
            let offset = Self.offset(to: weekday, from: published, direction)
            return Resolution(date: published.adding(days: offset).iso, note: offset == 1 && direction == .past ? Self.dayAfterNote : nil)
        case let .daysFromPublication(days):
            guard let published else { return undated(mention) }
            return Resolution(date: published.adding(days: days).iso)
        case let .numericDay(first, second, year):
            return numericDay(first, second, year: year)
        case .daysFromPrevious:
            // `TimelineExtractor` counts these from the day before them; alone, there is nothing to count from.
            return Resolution(date: nil, note: "“\(mention.text)” follows no day it can be counted from")
        case let .monthsFromPublication(months):
            guard let published else { return undated(mention) }
            let target = published.month(offsetBy: months)
            return Resolution(date: CalendarDay.iso(year: target.year, month: target.month))
        }
    }

    private func dayWithoutYear(month: Int, day: Int, isFuture: Bool) -> Resolution {
        if let year = statedYears[MonthDay(month: month, day: day)], CalendarDay.isValid(year: year, month: month, day: day) {
            return Resolution(date: CalendarDay(year: year, month: month, day: day).iso,
                              note: "year from another source that gives the full date")
        }
        guard let reference = published ?? corpusReference else {
            // A day to come, in a story whose year the sources establish, is in that year; a past one may be last year's.
            guard isFuture, let storyYear, CalendarDay.isValid(year: storyYear, month: month, day: day) else {
                return Resolution(date: nil, note: Event.yearNotStated)
            }
            return Resolution(date: CalendarDay(year: storyYear, month: month, day: day).iso,
                              note: "year of the story: a source says “last year” of what another dates in \(storyYear - 1)")
        }
        // News looks back more than ahead: a day up to 9 months before the reference or 3 months after.
        var year = reference.year
        let candidate = { (year: Int) in CalendarDay(year: year, month: month, day: min(day, CalendarDay.daysIn(month: month, year: year))) }
        if candidate(year) > reference.adding(days: TimelineRules.daysAheadOfReference) { year -= 1 }
        else if candidate(year) <= reference.adding(days: -TimelineRules.daysBeforeReference) { year += 1 }
        guard CalendarDay.isValid(year: year, month: month, day: day) else { return Resolution(date: nil, note: "not a valid day") }
        return Resolution(date: CalendarDay(year: year, month: month, day: day).iso, note: yearNote)
    }

    /// `13/5/17` can only be day first and `5/13/17` month first; `1/5/17` takes the order of the article's spelled dates.
    private func numericDay(_ first: Int, _ second: Int, year: Int) -> Resolution {
        let monthFirst: Bool
        if first == second || (first <= 12) != (second <= 12) {
            monthFirst = first <= 12
        } else if let order = numericMonthFirst {
            monthFirst = order
        } else {
            return Resolution(date: nil, note: "the month could be either number: the article spells out no date to tell")
        }
        let (month, day) = monthFirst ? (first, second) : (second, first)
        guard CalendarDay.isValid(year: year, month: month, day: day) else { return Resolution(date: nil, note: "not a valid day") }
        return Resolution(date: CalendarDay(year: year, month: month, day: day).iso)
    }

    private func monthWithoutYear(_ month: Int) -> Resolution {
        guard let reference = published ?? corpusReference else { return Resolution(date: nil, note: Event.yearNotStated) }
        // From ten months before the reference month to one month after.
        let distance = (month - reference.month + 12) % 12
        let year = distance <= TimelineRules.monthsAheadOfReference ? reference.year + (month < reference.month ? 1 : 0) : reference.year - (month > reference.month ? 1 : 0)
        return Resolution(date: CalendarDay.iso(year: year, month: month), note: yearNote)
    }

    private var yearNote: String? {
        published == nil ? "year assumed from the dates of the other sources" : nil
    }

    static let dayAfterNote = "the day after the article’s date: the text reports it as past, so it was written that day or later"

    private func undated(_ mention: DateMention) -> Resolution {
        Resolution(date: nil, note: "the article is not dated, so “\(mention.text)” cannot be placed")
    }

    /// Days from `day` to the weekday meant.
    static func offset(to weekday: Int, from day: CalendarDay, _ direction: DateMention.WeekdayDirection) -> Int {
        let back = (day.weekday - weekday + 7) % 7
        let ahead = (weekday - day.weekday + 7) % 7
        switch direction {
        // A weekday reported as past that is the day after the article's date was written that day, by a copy
        // updated after its date (`on Tuesday` in a text dated Monday): six days back would be `last Tuesday`.
        case .past: return back == 6 ? 1 : -back
        case .previous: return back == 0 ? -7 : -back
        // `is set to discuss the issue Monday` in a text dated Monday is that day: a week on is `next Monday`.
        case .future: return ahead
        case .next: return ahead == 0 ? 7 : ahead
        }
    }
}
