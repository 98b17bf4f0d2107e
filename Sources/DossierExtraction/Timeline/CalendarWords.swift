import DossierLanguage
/// The English words for months, weekdays and the cues around them.
enum CalendarWords {
    struct Month: Sendable {
        var number: Int
        /// `Jan`, `Sept`: only taken with a day next to them (`Jan` is also a first name).
        var isAbbreviation: Bool
    }

    /// Whether a word as written may be a month's or a weekday's name, by its first letter: a quick test that rules
    /// out most words before `month(_:)` and `weekday(_:)` look them up.
    static func mayNameMonthOrWeekday(_ word: String) -> Bool {
        guard let first = word.utf8.first else { return false }
        return nameInitials[Int(first)]
    }

    /// For each byte, whether it is the first byte of a month's or a weekday's name, full or abbreviated: a table
    /// read by the byte (a `Set<UInt8>` hashed the byte for every word asked).
    private static let nameInitials: [Bool] = {
        var initials = [Bool](repeating: false, count: 256)
        for name in names {
            if let first = name.utf8.first { initials[Int(first)] = true }
        }
        return initials
    }()

    static func month(_ word: String) -> Month? {
        if let number = fullMonths[word] { return Month(number: number, isAbbreviation: false) }
        if let number = abbreviatedMonths[word] { return Month(number: number, isAbbreviation: true) }
        return nil
    }

    static func month(_ word: Substring) -> Month? { month(String(word)) }

    static func weekday(_ word: Substring) -> Int? { weekday(String(word)) }

    /// 0 = Sunday … 6 = Saturday; also `Sunday's`.
    static func weekday(_ word: String) -> Int? {
        var name = word
        if name.hasSuffix("'s") || name.hasSuffix("\u{2019}s") { name = String(name.dropLast(2)) }
        return weekdayNumbers[name]
    }

    /// `a` or a number word up to ten (`three days ago`).
    static func smallNumber(_ word: String) -> Int? {
        if word == "a" { return 1 }
        // Asked of nearly every word of every sentence: most fail the set's first look, which hashes nothing.
        guard smallNumberWords.mayContain(word) else { return nil }
        return smallNumbers[word]
    }

    static let weekdays = WordList.weekdays.entries
    /// Each weekday's number (its first place in the list).
    private static let weekdayNumbers: [String: Int] = Dictionary(
        weekdays.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
    /// The number words from one to ten, by their place in the list (`zero` is first).
    private static let smallNumbers: [String: Int] = Dictionary(
        WordList.numberWords.entries.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        .filter { (1...10).contains($0.value) }
    private static let smallNumberWords = WordSet(Set(smallNumbers.keys))

    private static let fullMonths: [String: Int] = Dictionary(
        uniqueKeysWithValues: WordList.months.entries.enumerated().map { ($0.element, $0.offset + 1) })
    /// `Sept September` per line of the list.
    private static let abbreviatedMonths: [String: Int] = Dictionary(
        uniqueKeysWithValues: WordList.monthAbbreviations.entries.compactMap { line in
            let parts = line.split(separator: " ").map(String.init)
            guard parts.count == 2, let number = fullMonths[parts[1]] else { return nil }
            return (parts[0], number)
        })

    /// Words that make a bare month name a date (`in March`, `mid-January`); others (`the March`) do not.
    static let monthCues: Set<String> = WordList.monthCues.words

    /// Words before a weekday that make it a date (`on Sunday`); without one, `Sunday Times` is a name.
    static let weekdayCues: Set<String> = WordList.weekdayCues.words
    /// `the Sunday Times`, `a Monday`, `every Friday`: after one of these a weekday is a name or a habit, not a day.
    static let determiners: Set<String> = WordList.determiners.words
    /// Words that join two weekdays into a span (`on Thursday and Friday`, `Monday through Wednesday`).
    static let spanLinks: Set<String> = ["and", "or", "to", "through"]
    /// `the next day` (+1), `the previous day` (-1): counted from the date the text gave just before.
    static let daysFromPreviousDate: [String: Int] = ["next day": 1, "following day": 1, "previous day": -1]
    /// `yesterday` (-1) and `tomorrow` (+1): days from the article's date.
    static let daysFromPublication: [String: Int] = ["yesterday": -1, "tomorrow": 1]
    /// `last month` (-1), `this month` (0), `next month` (+1): months from the article's date, by the word before `month`.
    static let monthsFromPublication: [String: Int] = ["last": -1, "this": 0, "next": 1]
    /// The last word of every phrase of `daysFromPreviousDate`.
    static let previousDatePhraseEnd = "day"
    /// The word after a number that counts days (`two days ago`, `a day later`).
    static let dayUnits: Set<String> = ["day", "days"]
    /// The word after `last`, `this` or `next` in `last month`.
    static let monthUnit = "month"
    /// The names `month(_:)` and `weekday(_:)` know, as written: full and abbreviated months, weekdays.
    static let names: [String] = Array(fullMonths.keys) + Array(abbreviatedMonths.keys) + weekdays
    static let partsOfDay: Set<String> = ["morning", "afternoon", "evening", "night"]
    static let futureCues: Set<String> = WordList.futureCues.words

    /// Labels of an article's own date line.
    static let stampLabels: Set<String> = WordList.dateStampLabels.words
}
