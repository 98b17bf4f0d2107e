import DossierCore
import DossierLanguage
import Foundation

/// Reads the publication date from a date line in the header or footer (`Published: March 5, 2025, 5:48 pm`,
/// `2025/03/05`), or from a dateline opening the first paragraph (`date 2025-03-06 This marks…`,
/// `WASHINGTON, March 5, 2025 — …`). A date mentioned inside the story is not a publication date.
///
/// A day written without its year in a wire dateline (`WASHINGTON, April 30 (Reuters) - … said on Monday`) takes
/// the year the text establishes (`YearInference`), or none.
struct DateReader {
    struct Found: Equatable {
        var iso: String
        /// 1-based line in the file.
        var line: Int
    }

    /// The publication date of `layout`; claims the date line, or the dateline's prefix of the first paragraph.
    func read(_ layout: inout ArticleLayout) -> Found? {
        var candidates = layout.headerIndices
        if let firstProse = layout.firstProseIndex { candidates.append(firstProse) }
        candidates += layout.footerIndices
        for index in candidates {
            if let found = read(line: index, in: &layout) { return found }
        }
        return readDayWithoutYear(layout)
    }

    /// The date of a wire dateline's day (`WASHINGTON, April 30 (Reuters) - … said on Monday`), with the year the text
    /// establishes; the dateline stays in the story. A header line such as `Saturday, 26 February` is not read: in a
    /// fixture or an event listing it is the day of the event, and its own weekday is no evidence of the year.
    func readDayWithoutYear(_ layout: ArticleLayout) -> Found? {
        guard let (index, dateline) = DatelineReader().read(layout), let month = dateline.month, let day = dateline.day else { return nil }
        let line = layout.lines[index].number
        if let year = dateline.year { return DateParser.iso(year: year, month: month, day: day).map { Found(iso: $0, line: line) } }
        // The weekday of the lead is the dateline's day (`…, April 30 (Reuters) - … said on Monday`).
        guard let weekday = WeekdayCalendar().firstWeekday(in: layout.text(index)) else { return nil }
        let inference = YearInference()
        let body = layout.roles.indices.filter { layout.isBody($0) }.map { layout.lines[$0].text }.joined(separator: "\n")
        return inference.date(month: month, day: day, weekday: weekday, statedYears: inference.statedYears(in: body))
            .map { Found(iso: $0, line: line) }
    }


    func read(line index: Int, in layout: inout ArticleLayout) -> Found? {
        // A publication date stands near the start of its line: no need to search a whole paragraph.
        let raw = String(layout.lines[index].text.prefix(Self.searchedPrefix))
        guard let date = DateParser().firstDate(in: raw) else { return nil }
        let before = String(raw[..<date.range.lowerBound])
        let rest = Self.droppingTime(String(raw[date.range.upperBound...]))
        let isShort = layout.lines[index].wordCount <= 12
        if isLabel(before) {
            let restWords = rest.spacedWordCount
            if restWords <= 3 {
                layout.claim(index, as: .metadata("publication date"))
            } else {
                let bodyStart = raw.unicodeScalars.count - rest.unicodeScalars.count
                layout.bodyStarts[index] = bodyStart
            }
            return Found(iso: date.iso, line: layout.lines[index].number)
        }
        guard isShort, !layout.isProse[index] else { return nil }
        return Found(iso: date.iso, line: layout.lines[index].number)
    }

    /// What may stand before a publication date: nothing, a label (`Published:`, `Posted on`), a weekday,
    /// or a dateline's place in capitals (`WASHINGTON,`).
    func isLabel(_ prefix: String) -> Bool {
        let words = prefix.lowercased()
            .split(whereSeparator: { $0.isWhitespace || ":,|-–—()".contains($0) })
            .map(String.init)
        if words.allSatisfy({ Self.labelWords.contains($0) }) {
            // `On 7 July 2005 London…` opens a story; `Posted on 7 July 2005` labels a date.
            return words.isEmpty || words.contains { $0 != "on" && $0 != "at" }
        }
        let letters = prefix.filter(\.isLetter)
        return !letters.isEmpty && letters.allSatisfy(\.isUppercase) && words.count <= 3
    }

    /// The text after a date without its time and separators (`, 5:48 pm — `).
    static func droppingTime(_ text: String) -> String {
        var rest = Substring(text)
        if let time = rest.prefixMatch(of: /(?i)[,\s]*(?:at\s+)?(?:T?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2}|[A-Z]{2,4}T))?)/) {
            rest = rest[time.range.upperBound...]
        }
        return String(rest.drop(while: { $0.isWhitespace || ",|-–—:".contains($0) }))
    }

    /// Characters of a line searched for a date.
    static let searchedPrefix = 120

    /// Words a date line may hold besides its date: stamp labels, their companions, weekdays and their three-letter forms.
    static let labelWords: Set<String> = {
        let weekdays = WordList.weekdays.entries.map { $0.lowercased() }
        return WordList.dateStampLabels.words.union(WordList.dateLineWords.words).union(weekdays).union(weekdays.map { String($0.prefix(3)) })
    }()
}
