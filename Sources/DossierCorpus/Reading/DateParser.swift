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
        // The month-first and day-first regexes are run only on a text with a month's word: most lines with a year
        // have none (`in 2004`), and a regex is slow to fail, trying every position of the line.
        let hasMonthWord = Self.mayHoldMonthWord(text)
        var best: Found?
        for candidate in [isoDate(in: text), hasMonthWord ? monthFirstDate(in: text) : nil, hasMonthWord ? dayFirstDate(in: text) : nil] {
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

    /// Whether some word of `text` may be a month as `month(_:)` reads one: a run of ASCII letters (between bytes that
    /// are not ASCII letters) that `month(_:)` accepts. False means `monthFirstDate` and `dayFirstDate` find nothing:
    /// their month word is a match of `[a-z]{3,9}` after a word boundary and before `.` or white space, so a maximal
    /// run of letters, which `month(_:)` must accept; and a word holding a scalar outside ASCII is no month (its lower
    /// case is not ASCII, but for the Kelvin sign's `k`, which no month's name holds). Read on the UTF-8 bytes; only a
    /// run that opens like a month (`mar`, `may`, `dec`…) is made into a string and asked.
    static func mayHoldMonthWord(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var start = 0
            while start < bytes.count {
                guard isASCIILetter(bytes[start]) else {
                    start += 1
                    continue
                }
                var end = start + 1
                while end < bytes.count, isASCIILetter(bytes[end]) { end += 1 }
                if (3...9).contains(end - start), monthOpenings.contains(opening(bytes, at: start)),
                   month(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)) != nil {
                    return true
                }
                start = end
            }
            return false
        }
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    /// The first three bytes at `start`, lowercased (ASCII letters), as one number.
    private static func opening(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> UInt32 {
        UInt32(bytes[start] | 0x20) << 16 | UInt32(bytes[start + 1] | 0x20) << 8 | UInt32(bytes[start + 2] | 0x20)
    }

    /// The first three letters of every month's name, as `opening` makes them: every word `month(_:)` accepts opens so.
    static let monthOpenings: Set<UInt32> = Set(monthNames.map { name in
        name.utf8.prefix(3).reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
    })

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
