import DossierCore

/// The year of a day written without one (`WASHINGTON, April 30 (Reuters) - … said on Monday`), as the text
/// itself establishes it: a year the text states, or the year after one, no older than the year before the latest
/// it states, on which that day falls on the weekday the text names. News speaks of the current year and the last one (`from 2017 levels`);
/// a text is not older than the years it speaks of (`the Trade Expansion Act of 1962` is history). The same day
/// falls on the same weekday only five or more years apart, so at most one year fits, or the day stays undated.
struct YearInference {
    let calendar = WeekdayCalendar()

    /// The ISO date of `month`/`day` falling on `weekday` in a year the text establishes, or nil.
    func date(month: Int, day: Int, weekday: Int, statedYears: Set<Int>) -> String? {
        guard let latest = statedYears.max() else { return nil }
        // A year the text states or the one after it, no older than the year before the latest it states.
        let candidates = Set(statedYears.flatMap { [$0, $0 + 1] }).filter { $0 >= latest - 1 }
        let fitting = candidates.filter { calendar.weekday(year: $0, month: month, day: day) == weekday }
        guard fitting.count == 1, let year = fitting.first else { return nil }
        return DateParser.iso(year: year, month: month, day: day)
    }

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
            if end - start == 4, !joinedBefore, !joinedAfter, !isClockTime(characters, after: end),
               let year = Int(String(characters[start..<end])), (1900...2100).contains(year) {
                years.insert(year)
            }
            start = end
        }
        return years
    }

    /// `1945 GMT`, `2000 hrs`: a 24-hour time before a time zone in capitals or `hrs`, not a year.
    func isClockTime(_ characters: [Character], after end: Int) -> Bool {
        guard end < characters.count, characters[end] == " " else { return false }
        let word = String(characters[(end + 1)...].prefix { $0.isLetter })
        return word == "hrs" || (2...4).contains(word.count) && word.allSatisfy(\.isUppercase) && word.last == "T"
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
