import DossierCore
import Foundation

/// Reads the headline: the first line when it reads as a headline, not as the lead of the story, whatever its
/// final punctuation (`Trump Postpones Steel Tariffs Until June.`).
///
/// A headline is short. In title case (most longer words capitalised) it may run to two sentences
/// (`X Is Coming. Here's What He Can Expect.`); in sentence case it is one sentence, and when it ends with a full
/// stop, as a lead does, it must also stand apart, run no longer than a headline and name no weekday (a lead says
/// when: `said on Monday`). A line opening with a dateline (`WASHINGTON — …`) or a byline is never a headline.
/// A trailing site or section label (`Headline | Section`, `Headline - Site.com`) is split off as the section.
/// A ` - Name` ending is left alone: news headlines use it to say who is speaking (`Lords wrong - Straw`).
struct TitleReader {
    struct Title: Equatable {
        var title: String
        var section: String?
    }

    /// Claims the headline line of `layout` and returns it.
    func read(_ layout: inout ArticleLayout) -> Title? {
        let content = layout.contentIndices
        guard let first = content.first, layout.isBody(first) else { return nil }
        // A line followed by a blank line, or the only line, stands apart from the text after it.
        let standsApart = first + 1 >= layout.lines.count || layout.roles[first + 1] == .blank
        guard let title = headline(layout.text(first), standsApart: standsApart) else { return nil }
        layout.claim(first, as: .title)
        return title
    }

    /// The headline and section of `line`, or nil when the line is not a headline.
    func headline(_ line: String, standsApart: Bool = true) -> Title? {
        var text = line
        if text.hasPrefix("#") {
            text = String(text.drop(while: { $0 == "#" })).trimmingCharacters(in: .whitespaces)
            // A Markdown heading is a headline by its mark.
            return text.isEmpty ? nil : splitSection(text)
        }
        guard isHeadline(text, standsApart: standsApart) else { return nil }
        return splitSection(text)
    }

    func isHeadline(_ text: String, standsApart: Bool = true) -> Bool {
        let words = text.split(whereSeparator: \.isWhitespaceFast)
        guard (1...Self.maximumWords).contains(words.count), let last = text.last else { return false }
        if last == "," || last == ";" { return false }
        if text.hasPrefix("By ") || DateParser().firstDate(in: text)?.range.lowerBound == text.startIndex { return false }
        if let dateline = DatelineReader().dateline(in: text), opensALead(text, after: dateline) { return false }
        guard text.contains(where: \.isUppercase) else { return false }
        if text.hasSuffix("...") || text.hasSuffix("…") { return true }
        let sentences = SentenceSplitter().split(text).count
        if isTitleCase(words) { return sentences <= Self.maximumTitleCaseSentences }
        guard sentences == 1 else { return false }
        // A sentence-case line ending with a full stop may be the lead: it is a headline only when it stands apart,
        // runs no longer than a headline and does not say when (a lead does: `said on Monday`).
        guard last == "." else { return true }
        return standsApart && words.count <= Self.maximumSentenceCaseWords && WeekdayCalendar().firstWeekday(in: text) == nil
    }

    /// `WASHINGTON — President Trump spoke…`: a dateline with a credit or a day, or one followed by a sentence of
    /// some length, opens a lead; `NATO - Allies agree on spending` is a headline.
    func opensALead(_ text: String, after dateline: DatelineReader.Dateline) -> Bool {
        if dateline.wire != nil || dateline.day != nil { return true }
        return text.dropFirst(dateline.length).spacedWordCount >= Self.minimumLeadWords
    }

    /// Most words of four letters or more start with a capital (`Trump Signals Openness to a 'New Deal'`).
    /// A word is long when it has four letters or more, counted (and its first letter read) in place.
    func isTitleCase(_ words: [Substring]) -> Bool {
        var long = 0, capitalised = 0
        for word in words {
            let (letters, startsUppercase) = Self.letters(of: word)
            guard letters >= 4 else { continue }
            long += 1
            if startsUppercase { capitalised += 1 }
        }
        guard long >= 2 else { return false }
        return Double(capitalised) >= Self.titleCaseShare * Double(long)
    }

    /// How many characters of `word` are letters, and whether the first of them is a capital: in ASCII a byte is a
    /// character and the letters are `A`–`Z` and `a`–`z`; other words are read as their letters put together.
    static func letters(of word: Substring) -> (count: Int, startsUppercase: Bool) {
        var count = 0, startsUppercase = false
        for byte in word.utf8 {
            guard byte < 0x80 else {
                let letters = word.filter(\.isLetter)
                return (letters.count, letters.first?.isUppercase == true)
            }
            let isUppercase = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
            guard isUppercase || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) else { continue }
            if count == 0 { startsUppercase = isUppercase }
            count += 1
        }
        return (count, startsUppercase)
    }

    /// Words in the longest headline taken; a longer first line is a lead paragraph.
    static let maximumWords = 30
    /// Sentence-case headlines run to about 15 words; a lead sentence to 25 or more.
    static let maximumSentenceCaseWords = 20
    /// A title-case headline may hold a second sentence (`… Is Coming. Here's What He Can Expect.`).
    static let maximumTitleCaseSentences = 2
    /// Words after a bare dateline (`LONDON — `) for the line to read as a lead.
    static let minimumLeadWords = 8
    /// Title case capitalises every long word but the odd `with` or `from`.
    static let titleCaseShare = 0.75

    func splitSection(_ text: String) -> Title {
        // Foundation's range(of:) bridges the text to NSString: it is asked only when the separator's bytes are there
        // (no other character is canonically equivalent to a space, a bar or a dash, so it would find none otherwise).
        if text.containsLiteral(" | "), let bar = text.range(of: " | ") {
            let head = text[..<bar.lowerBound].trimmingCharacters(in: .whitespaces)
            let tail = text[bar.upperBound...].trimmingCharacters(in: .whitespaces)
            if !head.isEmpty && !tail.isEmpty { return Title(title: head, section: tail) }
        }
        for dash in [" - ", " – ", " — "] {
            guard text.containsLiteral(dash), let found = text.range(of: dash, options: .backwards) else { continue }
            let head = text[..<found.lowerBound].trimmingCharacters(in: .whitespaces)
            let tail = text[found.upperBound...].trimmingCharacters(in: .whitespaces)
            if head.split(separator: " ").count >= 3, SiteName.looksLikeSite(tail) {
                return Title(title: head, section: tail)
            }
        }
        return Title(title: text, section: nil)
    }
}
