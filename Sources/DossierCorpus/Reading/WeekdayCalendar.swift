import DossierLanguage
import Foundation

/// English weekday names (the lexicon's `weekdays` list) and the weekday of a calendar day (Foundation's
/// Gregorian calendar, in UTC).
struct WeekdayCalendar: Sendable {
    /// `Sunday` … `Saturday`; index 0 is Sunday.
    let names: [String]
    private let calendar: Calendar

    init() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        self.calendar = calendar
        names = WordList.weekdays.entries
    }

    /// 0 = Sunday … 6 = Saturday for a weekday's name (`Monday`, `Monday's`), else nil.
    func weekday(named word: Substring) -> Int? {
        var name = word
        if name.hasSuffix("'s") || name.hasSuffix("\u{2019}s") { name = name.dropLast(2) }
        return names.firstIndex { $0 == name }
    }

    /// The first weekday named in `text`, as 0 = Sunday … 6 = Saturday.
    func firstWeekday(in text: String) -> Int? {
        for word in text.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "\u{2019}" }) {
            if let weekday = weekday(named: word) { return weekday }
        }
        return nil
    }

    /// The weekday of a day (0 = Sunday), nil for an impossible day.
    func weekday(year: Int, month: Int, day: Int) -> Int? {
        guard DateParser.iso(year: year, month: month, day: day) != nil,
              let date = calendar.date(from: DateComponents(year: year, month: month, day: day)) else { return nil }
        return calendar.component(.weekday, from: date) - 1
    }
}
