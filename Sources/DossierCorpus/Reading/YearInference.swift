import DossierCore

/// The year of a day written without one (`WASHINGTON, April 30 (Reuters) - … said on Monday`), as the text
/// itself establishes it: a year the text states, or the year after one, on which that day falls on the weekday
/// the text names. News speaks of the current year and the last one (`from 2017 levels`); the same day falls on
/// the same weekday only five or more years apart, so usually one year fits. When several fit, the latest is taken
/// only if the others lie a decade or more before it (`the Trade Expansion Act of 1962` is history, not the date);
/// otherwise the day stays undated.
struct YearInference {
    let calendar = WeekdayCalendar()

    /// The ISO date of `month`/`day` falling on `weekday` in a year the text states or the year after it.
    func date(month: Int, day: Int, weekday: Int, statedYears: Set<Int>) -> String? {
        let candidates = Set(statedYears.flatMap { [$0, $0 + 1] })
        let fitting = candidates.filter { calendar.weekday(year: $0, month: month, day: day) == weekday }.sorted()
        guard let year = fitting.last else { return nil }
        if fitting.count > 1 && year - fitting[fitting.count - 2] < Self.historicalDistance { return nil }
        return DateParser.iso(year: year, month: month, day: day)
    }

    /// Years between the date and an older year that fits too, for that older year to be read as history.
    static let historicalDistance = 10

    /// Four-digit years (1900–2100) standing alone in `text`: `2017` in `from 2017 levels`, not in `12017`,
    /// `2,017` or `1.2017`.
    func statedYears(in text: String) -> Set<Int> {
        let characters = Array(text)
        var years: Set<Int> = []
        var start = 0
        while start < characters.count {
            guard characters[start].isASCIIDigit else { start += 1; continue }
            var end = start
            while end < characters.count, characters[end].isASCIIDigit { end += 1 }
            let joinedBefore = start > 0 && (characters[start - 1] == "," || characters[start - 1] == ".")
                && start > 1 && characters[start - 2].isASCIIDigit
            let joinedAfter = end + 1 < characters.count && (characters[end] == "," || characters[end] == ".")
                && characters[end + 1].isASCIIDigit
            if end - start == 4, !joinedBefore, !joinedAfter, let year = Int(String(characters[start..<end])),
               (1900...2100).contains(year) {
                years.insert(year)
            }
            start = end
        }
        return years
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
