import DossierLanguage

/// Finds calendar dates written the ways news sites write them and turns them into ISO `yyyy-mm-dd`.
///
/// `2025-03-06`, `2025/03/05`, `March 5, 2025`, `Mar. 5, 2025`, `5 March 2025`, `5th of March, 2025`.
/// A date needs a day, a month and a year; impossible dates (`February 30`) are not dates.
struct DateParser {
    /// A date found in a text: its ISO form and where it stands, in characters.
    struct Found: Equatable {
        var iso: String
        var range: Range<String.Index>
    }

    /// The first date in `text`, if any.
    func firstDate(in text: String) -> Found? {
        guard Self.hasFourDigits(text) else { return nil }
        var best: Found?
        for candidate in [isoDate(in: text), monthFirstDate(in: text), dayFirstDate(in: text)] {
            guard let candidate else { continue }
            if best == nil || candidate.range.lowerBound < best!.range.lowerBound { best = candidate }
        }
        return best
    }

    func isoDate(in text: String) -> Found? {
        guard text.contains(where: { $0 == "-" || $0 == "/" }) else { return nil }
        let pattern = Self.isoPattern
        for match in text.matches(of: pattern) {
            // Not the tail of a longer number or path (`12025-03-06`, `/2025/03/06`).
            if match.range.lowerBound > text.startIndex, "0123456789/-".contains(text[text.index(before: match.range.lowerBound)]) { continue }
            if let iso = Self.iso(year: Int(match.1), month: Int(match.2), day: Int(match.3)) {
                return Found(iso: iso, range: match.range)
            }
        }
        return nil
    }

    func monthFirstDate(in text: String) -> Found? {
        let pattern = Self.monthFirstPattern
        for match in text.matches(of: pattern) {
            guard let month = Self.month(String(match.1)) else { continue }
            if let iso = Self.iso(year: Int(match.3), month: month, day: Int(match.2)) {
                return Found(iso: iso, range: match.range)
            }
        }
        return nil
    }

    func dayFirstDate(in text: String) -> Found? {
        let pattern = Self.dayFirstPattern
        for match in text.matches(of: pattern) {
            guard let month = Self.month(String(match.2)) else { continue }
            if let iso = Self.iso(year: Int(match.3), month: month, day: Int(match.1)) {
                return Found(iso: iso, range: match.range)
            }
        }
        return nil
    }

    /// Every date written here has a four-digit year; most lines have none, and regexes are slow.
    static func hasFourDigits(_ text: String) -> Bool {
        var run = 0
        for scalar in text.unicodeScalars {
            run = ("0"..."9").contains(scalar) ? run + 1 : 0
            if run == 4 { return true }
        }
        return false
    }

    /// `March`, `Mar` and `Sept` → 3, 3, 9; nil for any other word.
    static func month(_ word: String) -> Int? {
        let lower = word.lowercased()
        for (index, name) in monthNames.enumerated() {
            if lower == name || lower == String(name.prefix(3)) || (lower == "sept" && index == 8) {
                return index + 1
            }
        }
        return nil
    }

    static func iso(year: Int?, month: Int?, day: Int?) -> String? {
        guard let year, let month, let day, (1900...2100).contains(year), (1...12).contains(month) else { return nil }
        guard (1...daysIn(month: month, year: year)).contains(day) else { return nil }
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static let monthNames = WordList.months.entries.map { $0.lowercased() }

    // Made once: a regex literal is parsed and compiled again each time it is evaluated. `Regex` is not `Sendable`
    // (its output type could hold anything), but these are constants of substrings only, and a regex compiles its
    // program once, atomically: matching from several threads shares it safely.
    nonisolated(unsafe) static let isoPattern = /(\d{4})[-\/](\d{1,2})[-\/](\d{1,2})(?![\d\/])/
    nonisolated(unsafe) static let monthFirstPattern = /(?i)\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/
    nonisolated(unsafe) static let dayFirstPattern = /(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]{3,9})\.?,?\s+(\d{4})\b/
}
