import DossierCore
import DossierLanguage

/// Finds date expressions in a sentence: month names with or without day and year, weekdays with a cue,
/// ISO dates and a few relative phrases. Publication stamps (`Published: March 5, 2025`) are skipped.
struct DateMentionFinder: Sendable {
    private let reach = DateMentionReach()

    func mentions(in analysed: Sentence) -> [DateMention] {
        var answers = WordTypeAnswers()
        return mentions(in: analysed, answers: &answers)
    }

    /// `mentions(in:)`, with what each word type says of where a mention may start kept in `answers`
    /// (`TimelineWordAnswers`), a cache the caller lends from one sentence to the next.
    func mentions(in analysed: Sentence, answers: inout WordTypeAnswers) -> [DateMention] {
        let sentence = analysed.text, tokens = analysed.tokens
        var found: [DateMention] = []
        // A mention is asked for only where one may start (`DateMentionReach`): at a token, or one or two tokens before
        // one, that a mention may hold. The reaches of the token at `start` and the two after it.
        var here = reach.reach(at: 0, in: tokens, answers: &answers), ahead = reach.reach(at: 1, in: tokens, answers: &answers)
        var further = reach.reach(at: 2, in: tokens, answers: &answers)
        // The first token not inside a mention found.
        var index = 0
        for start in tokens.indices {
            if start >= index, here >= 0 || ahead >= 1 || further >= DateMentionReach.farthest,
               let (mention, last) = mention(at: start, in: tokens, sentence: sentence) {
                var mention = mention
                mention.isFuture = isFuture(before: start, in: tokens)
                if !isPublicationStamp(before: start, in: tokens) { found.append(mention) }
                index = last + 1
            }
            (here, ahead, further) = (ahead, further, reach.reach(at: start + 3, in: tokens, answers: &answers))
        }
        return found
    }

    /// Asked of each token a date may start at (see `DateMentionReach`): its kind and text are read in place (a copy of the token retains and releases its strings).
    private func mention(at index: Int, in tokens: [Token], sentence: String) -> (DateMention, Int)? {
        switch tokens[index].kind {
        case .word:
            let text = tokens[index].text
            if CalendarWords.mayNameMonthOrWeekday(text) {
                if let month = CalendarWords.month(text) {
                    return monthMention(month, at: index, in: tokens, sentence: sentence)
                }
                if let weekday = CalendarWords.weekday(text) {
                    return weekdayMention(weekday, at: index, in: tokens, sentence: sentence)
                }
            }
            if let month = cuedMonth(text, lower: tokens[index].lower) {
                return cuedMonthMention(month, at: index, in: tokens, sentence: sentence)
            }
            return relativeMention(at: index, in: tokens, sentence: sentence)
        case .number:
            if let day = dayBeforeMonth(at: index, in: tokens, sentence: sentence) { return day }
            if let day = numericMention(at: index, in: tokens, sentence: sentence) { return day }
            return isoMention(at: index, in: tokens, sentence: sentence)
        case .punctuation:
            return nil
        }
    }

    // MARK: month names

    private func monthMention(_ month: CalendarWords.Month, at index: Int, in tokens: [Token], sentence: String) -> (DateMention, Int)? {
        var next = index + 1
        if month.isAbbreviation, next < tokens.count, tokens[next].text == "." { next += 1 }
        if next < tokens.count, let day = dayNumber(at: next, in: tokens), CalendarDay.isValid(year: 2000, month: month.number, day: day),
           !isTimeOrRange(after: next, in: tokens) {
            let (year, last) = year(after: next, in: tokens)
            if let year, !CalendarDay.isValid(year: year, month: month.number, day: day) { return nil }
            return (DateMention(text: tokens.span(index, last, in: sentence), kind: .day(month: month.number, day: day, year: year),
                                monthFirst: true), last)
        }
        if month.isAbbreviation { return nil }
        if next < tokens.count, let year = yearNumber(tokens[next]) {
            let first = monthCueStart(before: index, in: tokens) ?? index
            return (DateMention(text: tokens.span(first, next, in: sentence), kind: .month(month: month.number, year: year)), next)
        }
        guard let first = monthCueStart(before: index, in: tokens) else { return nil }
        return (DateMention(text: tokens.span(first, index, in: sentence), kind: .month(month: month.number, year: nil)), index)
    }

    /// `mid-March`, `early-2024`: a cue joined to a month name by a hyphen, in one token.
    private func cuedMonth(_ text: String, lower: String) -> CalendarWords.Month? {
        guard text.containsByte(UInt8(ascii: "-")), let hyphen = text.lastIndex(of: "-"),
              CalendarWords.monthCues.contains(lower.split(separator: "-").first.map(String.init) ?? ""),
              let month = CalendarWords.month(String(text[text.index(after: hyphen)...])), !month.isAbbreviation else { return nil }
        return month
    }

    private func cuedMonthMention(_ month: CalendarWords.Month, at index: Int, in tokens: [Token], sentence: String) -> (DateMention, Int)? {
        if index + 1 < tokens.count, let year = yearNumber(tokens[index + 1]) {
            return (DateMention(text: tokens.span(index, index + 1, in: sentence), kind: .month(month: month.number, year: year)), index + 1)
        }
        return (DateMention(text: tokens.span(index, index, in: sentence), kind: .month(month: month.number, year: nil)), index)
    }

    /// `1 March`, `15th of February 2025`: the number comes first.
    private func dayBeforeMonth(at index: Int, in tokens: [Token], sentence: String) -> (DateMention, Int)? {
        guard let day = dayNumber(at: index, in: tokens) else { return nil }
        var next = index + 1
        if next < tokens.count, tokens[next].lower == "of" { next += 1 }
        guard next < tokens.count, let month = CalendarWords.month(tokens[next].text), !month.isAbbreviation || next == index + 1,
              CalendarDay.isValid(year: 2000, month: month.number, day: day) else { return nil }
        if index > 0, tokens[index - 1].kind == .number || tokens[index - 1].text == "-" { return nil }  // "5-6 March", "2,000 March"
        var last = next
        if month.isAbbreviation, last + 1 < tokens.count, tokens[last + 1].text == "." { last += 1 }
        var year: Int?
        if last + 1 < tokens.count, let stated = yearNumber(tokens[last + 1]) {
            year = stated
            last += 1
        }
        if let year, !CalendarDay.isValid(year: year, month: month.number, day: day) { return nil }
        return (DateMention(text: tokens.span(index, last, in: sentence), kind: .day(month: month.number, day: day, year: year),
                            monthFirst: false), last)
    }

    /// An optional `, 2023` or ` 2023` after the day; returns the year and the last token used.
    private func year(after dayIndex: Int, in tokens: [Token]) -> (Int?, Int) {
        var next = dayIndex + 1
        if next < tokens.count, tokens[next].text == "," { next += 1 }
        if next < tokens.count, let year = yearNumber(tokens[next]) { return (year, next) }
        return (nil, dayIndex)
    }

    /// `in`, `since`, `early`, `mid-`, `last` … before a bare month name; the index the mention starts at.
    private func monthCueStart(before index: Int, in tokens: [Token]) -> Int? {
        var cue = index - 1
        if cue >= 0, tokens[cue].text == "-" { cue -= 1 }
        guard cue >= 0, tokens[cue].kind == .word, CalendarWords.monthCues.contains(tokens[cue].lower) else { return nil }
        return cue
    }

    /// `March 5:48` or `March 5-6` are not a plain day.
    private func isTimeOrRange(after index: Int, in tokens: [Token]) -> Bool {
        guard index + 2 < tokens.count else { return false }
        let next = tokens[index + 1].text
        return (next == ":" || next == "-" || next == "–") && tokens[index + 2].kind == .number
    }

    // MARK: weekdays

    private func weekdayMention(_ weekday: Int, at index: Int, in tokens: [Token], sentence: String) -> (DateMention, Int)? {
        let previous = index > 0 ? tokens[index - 1].lower : ""
        let possessive = tokens[index].text.hasSuffix("'s") || tokens[index].text.hasSuffix("\u{2019}s")
        var last = index
        if index + 1 < tokens.count, CalendarWords.partsOfDay.contains(tokens[index + 1].lower) { last = index + 1 }
        guard CalendarWords.weekdayCues.contains(previous) || last > index || possessive || isBareWeekdayDate(at: index, in: tokens)
        else { return nil }
        let direction: DateMention.WeekdayDirection
        switch previous {
        case "last": direction = .previous
        case "next": direction = .next
        default: direction = isFuture(before: index, in: tokens) ? .future : .past
        }
        let first = ["last", "next", "on", "this"].contains(previous) ? index - 1 : index
        var text = tokens.span(first, last, in: sentence)
        if possessive, last == index { text = String(text.dropLast(2)) }
        return (DateMention(text: text, kind: .weekday(weekday, direction)), last)
    }

    /// `said Monday`, `in a statement Sunday that`: a weekday right after a common word that is no determiner, and before
    /// no capitalised word, is a day (news writes `said Monday` for `said on Monday`). `the Sunday Times`, `Super Tuesday`,
    /// `Sunday Times` and `every Monday` are not.
    private func isBareWeekdayDate(at index: Int, in tokens: [Token]) -> Bool {
        guard index > 0 else { return false }
        let before = tokens[index - 1]
        guard before.kind == .word, before.shape == .lower, !CalendarWords.determiners.contains(before.lower),
              // `on Thursday and Friday`: the second day of a span belongs to the event dated by its first.
              !CalendarWords.spanLinks.contains(before.lower) else { return false }
        guard index + 1 < tokens.count else { return true }
        let after = tokens[index + 1]
        return !(after.kind == .word && after.startsUppercase)
    }

    /// `will be outlined on Monday`, `were set to expire on Tuesday`: a future cue (one word, or two such as `set to`)
    /// earlier in the weekday's clause, a few words back at most.
    private func isFuture(before index: Int, in tokens: [Token]) -> Bool {
        var position = index - 1
        while position >= max(0, index - Self.futureCueReach) {
            // (The token's fields read in place: `let token = tokens[position]` copied the token, its strings retained and released.)
            if tokens[position].kind == .punctuation, Self.clauseBreaks.contains(tokens[position].text) { return false }
            let lower = tokens[position].lower
            if Self.futureCueWords.contains(lower) { return true }
            if position + 1 < index, Self.futureCueOpeners.contains(lower),
               CalendarWords.futureCues.contains(lower + " " + tokens[position + 1].lower) { return true }
            position -= 1
        }
        return false
    }

    /// The future cues, as a `WordSet`, and the first words of those of two words: a word is joined to the next and the
    /// pair looked up only when it opens such a cue (tokens hold no spaces), where every word before every date mention
    /// was, each pair a new string hashed by SipHash.
    static let futureCueWords = WordSet(CalendarWords.futureCues)
    static let futureCueOpeners = WordSet(Set(CalendarWords.futureCues.compactMap { cue in
        cue.utf8.firstIndex(of: UInt8(ascii: " ")).map { String(cue[..<$0]) }
    }))

    /// How far back a future cue may stand (`will visit Beijing for negotiations on Thursday`).
    static let futureCueReach = TimelineRules.futureCueReach
    /// Marks that end a clause: a cue before one belongs to another clause (`Trump, who will visit, said on Monday`).
    static let clauseBreaks: Set<String> = [",", ";", ":", "(", ")", "—", "–"]

    // MARK: relative words and ISO dates

    private func relativeMention(at index: Int, in tokens: [Token], sentence: String) -> (DateMention, Int)? {
        let word = tokens[index].lower
        // Asked of every word: the words below are looked up only when the word passes a first look hashing nothing.
        if Self.relativeWords.mayContain(word) {
            if word == "the" {
                if index + 2 < tokens.count {
                    // Every phrase ends in `day` (tokens hold no space, so only a last word `day` can make one): the
                    // phrase is made and looked up only then, not after every `the`.
                    guard tokens[index + 2].lower == CalendarWords.previousDatePhraseEnd else { return nil }
                    let phrase = tokens[index + 1].lower + " " + tokens[index + 2].lower
                    guard let days = CalendarWords.daysFromPreviousDate[phrase] else { return nil }
                    return (DateMention(text: tokens.span(index, index + 2, in: sentence), kind: .daysFromPrevious(days)), index + 2)
                }
            } else if let days = CalendarWords.daysFromPublication[word] {
                return (DateMention(text: String(tokens[index].text), kind: .daysFromPublication(days)), index)
            } else if let offset = CalendarWords.monthsFromPublication[word] {
                guard index + 1 < tokens.count, tokens[index + 1].lower == CalendarWords.monthUnit else { return nil }
                return (DateMention(text: tokens.span(index, index + 1, in: sentence), kind: .monthsFromPublication(offset)), index + 1)
            }
        }
        guard let count = CalendarWords.smallNumber(word) else { return nil }
        return daysAway(count, at: index, in: tokens, sentence: sentence)
    }

    /// The words `relativeMention(at:in:sentence:)` reads a phrase from (the small numbers apart): `the` (`the next
    /// day`), `yesterday`, `last` (`last month`) ….
    private static let relativeWords = WordSet(Set(CalendarWords.daysFromPublication.keys)
        .union(CalendarWords.monthsFromPublication.keys).union(["the"]))

    /// `two days ago` (from the article's date), `two days later`, `a day earlier` (from the date just before).
    private func daysAway(_ count: Int, at index: Int, in tokens: [Token], sentence: String) -> (DateMention, Int)? {
        guard index + 2 < tokens.count, CalendarWords.dayUnits.contains(tokens[index + 1].lower) else { return nil }
        let kind: DateMention.Kind
        switch tokens[index + 2].lower {
        case "ago": kind = .daysFromPublication(-count)
        case "later": kind = .daysFromPrevious(count)
        case "earlier": kind = .daysFromPrevious(-count)
        default: return nil
        }
        return (DateMention(text: tokens.span(index, index + 2, in: sentence), kind: kind), index + 2)
    }

    private func isoMention(at index: Int, in tokens: [Token], sentence: String) -> (DateMention, Int)? {
        if tokens[index].text.characterCount <= 2, let count = Int(tokens[index].text), let days = daysAway(count, at: index, in: tokens, sentence: sentence) {
            return days
        }
        // `2025-03-05` is one token.
        let text = tokens[index].text
        guard text.characterCount == 10, let day = CalendarDay(iso: text) else { return nil }
        return (DateMention(text: text, kind: .day(month: day.month, day: day.day, year: day.year)), index)
    }

    /// `1/5/17`, `30/4/2018`: three numbers joined by slashes with no space, the last a year of two or four digits.
    private func numericMention(at index: Int, in tokens: [Token], sentence: String) -> (DateMention, Int)? {
        guard index + 4 < tokens.count, index == 0 || !(tokens[index - 1].text == "/" && !tokens[index].spaceBefore),
              tokens[index + 1].text == "/", tokens[index + 3].text == "/" else { return nil }
        // The three numbers are copied only for a number followed by `/`.
        let parts = [tokens[index], tokens[index + 2], tokens[index + 4]]
        guard (index + 1...index + 4).allSatisfy({ !tokens[$0].spaceBefore }),
              parts.allSatisfy({ $0.kind == .number && $0.text.allSatisfy({ $0.isASCII && $0.isNumberFast }) }),
              parts[0].text.count <= 2, parts[1].text.count <= 2, [2, 4].contains(parts[2].text.count),
              let first = Int(parts[0].text), let second = Int(parts[1].text), let written = Int(parts[2].text),
              first >= 1, second >= 1, first <= 31, second <= 31, min(first, second) <= 12 else { return nil }
        // Followed by another `/number` it is something else (a fraction, a path, a code).
        if index + 5 < tokens.count, tokens[index + 5].text == "/", !tokens[index + 5].spaceBefore { return nil }
        let year = parts[2].text.count == 4 ? written : Self.century(ofTwoDigitYear: written) + written
        return (DateMention(text: tokens.span(index, index + 4, in: sentence), kind: .numericDay(first: first, second: second, year: year)),
                index + 4)
    }

    /// POSIX's reading of a two-digit year (`strptime`'s `%y`): 69–99 are 1969–1999, 00–68 are 2000–2068.
    static func century(ofTwoDigitYear year: Int) -> Int { year >= 69 ? 1900 : 2000 }

    /// `Published: March 5, 2025` or `date 2025-03-06`: the article's own stamp, not an event.
    private func isPublicationStamp(before index: Int, in tokens: [Token]) -> Bool {
        var previous = index - 1
        if previous >= 0, tokens[previous].text == ":" { previous -= 1 }
        return previous >= 0 && CalendarWords.stampLabels.contains(tokens[previous].lower)
    }

    /// The day a number token writes (`5`, `15th`), read in place: asked of every number a date may start at, the token
    /// was copied whole (its strings retained and released) and lowercased before its length was looked at. A day is
    /// one or two digits and perhaps `st`, `nd`, `rd` or `th`: four bytes at most (no other character lowercases to
    /// those letters, and `Int` reads ASCII digits only), so a longer number is none.
    private func dayNumber(at index: Int, in tokens: [Token]) -> Int? {
        guard tokens[index].kind == .number, tokens[index].text.utf8.count <= 4 else { return nil }
        var text = Substring(tokens[index].text.lowercased())
        for suffix in ["st", "nd", "rd", "th"] where text.hasSuffix(suffix) {
            text = text.dropLast(2)
            break
        }
        guard text.count <= 2, let day = Int(text), (1...31).contains(day) else { return nil }
        return day
    }

    private func yearNumber(_ token: Token) -> Int? {
        token.year(within: 1800...2200)
    }
}
