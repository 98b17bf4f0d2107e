/// The English words for months, weekdays and the cues around them.
enum CalendarWords {
    struct Month: Sendable {
        var number: Int
        /// `Jan`, `Sept`: only taken with a day next to them (`Jan` is also a first name).
        var isAbbreviation: Bool
    }

    static func month(_ word: Substring) -> Month? {
        if let number = fullMonths[String(word)] { return Month(number: number, isAbbreviation: false) }
        if let number = abbreviatedMonths[String(word)] { return Month(number: number, isAbbreviation: true) }
        return nil
    }

    /// 0 = Sunday … 6 = Saturday; also `Sunday's`.
    static func weekday(_ word: Substring) -> Int? {
        var name = String(word)
        if name.hasSuffix("'s") || name.hasSuffix("\u{2019}s") { name = String(name.dropLast(2)) }
        return weekdays.firstIndex(of: name)
    }

    static func smallNumber(_ word: String) -> Int? {
        ["a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10][word]
    }

    static let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    private static let fullMonths: [String: Int] = [
        "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6,
        "July": 7, "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
    ]
    private static let abbreviatedMonths: [String: Int] = [
        "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8,
        "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
    ]

    /// Words that make a bare month name a date (`in March`, `mid-January`); others (`the March`) do not.
    static let monthCues: Set<String> = [
        "in", "since", "until", "till", "by", "from", "during", "through", "before", "after",
        "early", "mid", "late", "last", "next", "this", "throughout",
    ]

    /// Words before a weekday that make it a date (`on Sunday`); without one, `Sunday Times` is a name.
    static let weekdayCues: Set<String> = ["on", "last", "next", "this", "since", "by", "until", "from", "late", "early", "before"]
    static let partsOfDay: Set<String> = ["morning", "afternoon", "evening", "night"]
    static let futureCues: Set<String> = ["will", "shall", "'ll", "due", "scheduled", "expected", "planned", "plans", "plan"]

    /// Labels of an article's own date line.
    static let stampLabels: Set<String> = ["published", "updated", "posted", "date", "dated", "modified"]
}
