import DossierCore
import Foundation

/// Reads the headline: the first line when it reads as a headline, not as a sentence of the story.
///
/// A trailing site or section label (`Headline | Section`, `Headline - Site.com`) is split off as the section.
/// A ` - Name` ending is left alone: news headlines use it to say who is speaking (`Lords wrong - Straw`).
struct TitleReader {
    struct Title: Equatable {
        var title: String
        var section: String?
    }

    /// Claims the headline line of `layout` and returns it.
    func read(_ layout: inout ArticleLayout) -> Title? {
        guard let first = layout.contentIndices.first, layout.isBody(first) else { return nil }
        guard let title = headline(layout.text(first)) else { return nil }
        layout.claim(first, as: .title)
        return title
    }

    /// The headline and section of `line`, or nil when the line is not a headline.
    func headline(_ line: String) -> Title? {
        var text = line
        if text.hasPrefix("#") {
            text = String(text.drop(while: { $0 == "#" })).trimmingCharacters(in: .whitespaces)
        }
        guard isHeadline(text) else { return nil }
        return splitSection(text)
    }

    func isHeadline(_ text: String) -> Bool {
        let words = text.split(whereSeparator: \.isWhitespaceFast)
        guard (1...30).contains(words.count), let last = text.last else { return false }
        if text.hasSuffix("...") || text.hasSuffix("…") { return true }
        if last == "." || last == "," || last == ";" { return false }
        if text.hasPrefix("By ") || DateParser().firstDate(in: text)?.range.lowerBound == text.startIndex { return false }
        // A headline has capitals and is a single sentence.
        guard text.contains(where: \.isUppercase) else { return false }
        return SentenceSplitter().split(text).count == 1
    }

    func splitSection(_ text: String) -> Title {
        if let bar = text.range(of: " | ") {
            let head = text[..<bar.lowerBound].trimmingCharacters(in: .whitespaces)
            let tail = text[bar.upperBound...].trimmingCharacters(in: .whitespaces)
            if !head.isEmpty && !tail.isEmpty { return Title(title: head, section: tail) }
        }
        for dash in [" - ", " – ", " — "] {
            guard let found = text.range(of: dash, options: .backwards) else { continue }
            let head = text[..<found.lowerBound].trimmingCharacters(in: .whitespaces)
            let tail = text[found.upperBound...].trimmingCharacters(in: .whitespaces)
            if head.split(separator: " ").count >= 3, SiteName.looksLikeSite(tail) {
                return Title(title: head, section: tail)
            }
        }
        return Title(title: text, section: nil)
    }
}
