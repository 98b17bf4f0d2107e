import DossierCore

/// Dates an undated article by the story's date when its own text agrees with that date.
///
/// The candidates are the dates the other sources give themselves, each with the names (capitalised words inside
/// sentences) those sources use: an article tells the same story when it shares several of them. It agrees with a
/// date when it names that day (its weekday, `on Monday`, or its month and day, `April 30`) and does not report the
/// next day as past (`on Tuesday` in a text about Monday's news was written on Tuesday or later). Weekdays recur
/// every seven days, so when two candidates agree the article stays undated: a wrong date is worse than none.
struct StoryDateInference {
    /// Names an article shares with the sources of a date, for it to tell the same story as they do.
    static let minimumSharedNames = TimelineRules.minimumSharedNames

    /// The articles, the undated ones that agree with exactly one date of the others dated by it.
    func dating(_ articles: [Article]) -> [Article] {
        var sourcesByDay: [CalendarDay: [String]] = [:]
        var namesByDay: [CalendarDay: Set<Substring>] = [:]
        for article in articles where article.metadata.dateInferredFrom.isEmpty {
            guard let day = article.metadata.published.flatMap(CalendarDay.init(iso:)) else { continue }
            sourcesByDay[day, default: []].append(article.id)
            namesByDay[day, default: []].formUnion(Self.names(in: article))
        }
        guard !sourcesByDay.isEmpty else { return articles }
        return articles.map { article in
            guard article.metadata.published == nil else { return article }
            let named = NamedDays(article.sentences.map(\.text))
            let names = Self.names(in: article)
            let agreeing = sourcesByDay.keys.filter { day in
                named.agrees(with: day) && names.intersection(namesByDay[day] ?? []).count >= Self.minimumSharedNames
            }
            guard agreeing.count == 1, let day = agreeing.first, let sources = sourcesByDay[day] else { return article }
            var dated = article
            dated.metadata.published = day.iso
            dated.metadata.dateInferredFrom = sources.sorted()
            return dated
        }
    }

    /// Capitalised words of three letters or more inside sentences (not the first word, which any sentence
    /// capitalises), without weekdays and months: `Canada`, `Mexico`, `Lighthizer`.
    static func names(in article: Article) -> Set<Substring> {
        var names: Set<Substring> = []
        for sentence in article.sentences {
            for word in sentence.text.split(whereSeparator: \.isWhitespaceFast).dropFirst() {
                let bare = word.drop { !$0.isLetterFast }.prefix { $0.isLetterFast }
                guard bare.count >= 3, bare.first?.isUppercaseFast == true,
                      CalendarWords.weekday(String(bare)) == nil, CalendarWords.month(String(bare)) == nil else { continue }
                names.insert(bare)
            }
        }
        return names
    }
}

/// The days a text names without a year: weekdays it reports as past, and month-day pairs.
struct NamedDays {
    /// 0 = Sunday … 6 = Saturday.
    var pastWeekdays: Set<Int> = []
    var monthDays: Set<MonthDay> = []

    struct MonthDay: Hashable {
        var month: Int
        var day: Int
    }

    init(_ sentences: [String]) {
        for sentence in sentences { read(sentence) }
    }

    /// Names `day` and does not report the day after it as past.
    func agrees(with day: CalendarDay) -> Bool {
        let names = pastWeekdays.contains(day.weekday) || monthDays.contains(MonthDay(month: day.month, day: day.day))
        return names && !pastWeekdays.contains((day.weekday + 1) % 7)
    }

    private mutating func read(_ sentence: String) {
        let words = sentence.split(whereSeparator: \.isWhitespaceFast)
        for (position, word) in words.enumerated() {
            let bare = word.drop { !$0.isLetterOrNumber }
            let name = bare.prefix { $0.isLetterFast || $0 == "'" || $0 == "\u{2019}" }
            if let weekday = CalendarWords.weekday(String(name)) {
                // `Sunday Times`: a weekday right before a capitalised word is part of a name.
                let next = position + 1 < words.count ? words[position + 1] : ""
                if name.count == bare.count, next.first?.isUppercaseFast == true { continue }
                // `last Monday`, `next Monday`: a week away, not the day of the news.
                if position > 0, ["last", "next"].contains(words[position - 1].lowercased()) { continue }
                // `will vote on the bridge on Tuesday`: a future auxiliary earlier in the sentence (a day reported
                // after it is missed, which only leaves an article undated).
                if words[..<position].contains(where: { CalendarWords.futureCues.contains($0.lowercased()) }) { continue }
                pastWeekdays.insert(weekday)
            } else if let month = CalendarWords.month(String(bare.prefix { $0.isLetterFast })), !month.isAbbreviation,
                      position + 1 < words.count, let day = Int(words[position + 1].prefix { $0.isNumberFast }),
                      CalendarDay.isValid(year: 2000, month: month.number, day: day),
                      // `April 30, 2015` is a day of its own year, not a day of the news.
                      !(position + 2 < words.count && words[position + 2].prefix { $0.isNumberFast }.count == 4) {
                monthDays.insert(MonthDay(month: month.number, day: day))
            }
        }
    }
}
