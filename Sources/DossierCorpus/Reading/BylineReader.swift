import DossierCore
import DossierLanguage
import Foundation

/// Reads the authors: a byline (`By X`, `By X and Y`, `By X, Outlet`) among the first lines or in the footer,
/// or a line holding only a name in a header with a date line or in the signature block.
/// A person mentioned in the story, even on a line of their own in quotes, is not an author.
struct BylineReader {
    struct Byline: Equatable {
        var authors: [String]
        /// The outlet a byline names after the authors (`By Shachar Kleiman, JNS`).
        var outlet: String?
    }

    /// The authors of `layout` and the outlet the byline names; claims the lines read.
    func read(_ layout: inout ArticleLayout) -> Byline {
        // A byline line is distinctive enough to look for it among the first lines, even after a lead sentence.
        for index in layout.firstBodyIndices(ArticleLayout.zoneSize) + layout.footerIndices {
            guard let byline = parse(layout.text(index)) else { continue }
            layout.claim(index, as: .metadata("byline"))
            return byline
        }
        return Byline(authors: nameLines(&layout), outlet: nil)
    }

    /// The first words the byline pattern in `parse` can start with.
    static let bylineOpenings = WordList.bylineOpenings.entries

    /// The authors and outlet of a byline line, or nil when the line is not a byline.
    func parse(_ line: String) -> Byline? {
        // Agency footers come in brackets: `(Reporting by X; Editing by Y)`.
        let line = line.hasPrefix("(") && line.hasSuffix(")") ? String(line.dropFirst().dropLast()) : line
        // The regex runs only where its opening word starts the line: Swift regexes are slow to fail on every line.
        guard Self.bylineOpenings.contains(where: { line.hasPrefix($0) }), line.spacedWordCount <= 16,
              let match = line.prefixMatch(of: /(?:By|BY|Written by|Words by|Reporting by|Text by|Author|Authors|By:)\s*:?\s+/) else { return nil }
        var rest = String(line[match.range.upperBound...].prefix { $0 != ";" })
        if let date = DateParser().firstDate(in: rest) { rest = String(rest[..<date.range.lowerBound]) }
        rest = rest.trimmingCharacters(in: CharacterSet(charactersIn: " ,|-–—:").union(.whitespaces))
        for word in [" on", " Published", " Updated", " Posted"] where rest.hasSuffix(word) {
            rest = String(rest.dropLast(word.count))
        }
        let segments = rest.split(separator: /\s+[|–—-]\s+/).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let names = segments.first, var byline = parseNames(names) else { return nil }
        if byline.outlet == nil {
            byline.outlet = segments.dropFirst().first { SiteName.looksLikeSite($0) || Self.isOutletWord($0) }
        }
        return byline
    }

    /// `X`, `X and Y`, `X, Y and Z`, `X, Outlet`, `X, Staff Writer`.
    func parseNames(_ text: String) -> Byline? {
        let parts = text.components(separatedBy: ", ")
        var authors: [String] = []
        var outlet: String?
        for (position, part) in parts.enumerated() {
            let trimmed = part.trimmingCharacters(in: CharacterSet(charactersIn: " .;"))
            let names = trimmed.split(separator: /\s+(?:and|&)\s+/).map(String.init)
            if names.allSatisfy(PersonName.isName) && !SiteName.looksLikeSite(trimmed) {
                authors += names.map(PersonName.normalized)
            } else if position > 0 && position == parts.count - 1 && (SiteName.looksLikeSite(trimmed) || Self.isOutletWord(trimmed)) {
                outlet = trimmed
            } else if position > 0 && Self.roleWords.contains(where: trimmed.contains) {
                continue
            } else {
                return nil
            }
        }
        return authors.isEmpty ? nil : Byline(authors: authors, outlet: outlet)
    }

    /// Lines that hold only a name, where an author's name stands: in a header with a date line,
    /// or in a signature block next to other metadata or site furniture.
    func nameLines(_ layout: inout ArticleLayout) -> [String] {
        var found: [Int] = []
        let header = layout.headerIndices
        // The first prose line is looked up once: asked per line, it made this quadratic in the length of the text.
        let firstProse = layout.firstProseIndex ?? 0
        let headerHasMetadata = layout.roles.prefix(firstProse).contains { $0.isMetadata }
        // A short line after a headline is as often a place or a subject (`Ewood Park`) as an author.
        for index in header where headerHasMetadata {
            if isNameLine(layout.text(index)) { found.append(index) }
        }
        let tail = layout.tailIndices
        let tailHasMetadata = tail.contains { layout.roles[$0].isMetadata || layout.roles[$0].isBoilerplate }
        if found.isEmpty && tailHasMetadata {
            for index in layout.footerIndices where isNameLine(layout.text(index)) { found.append(index) }
        }
        let chosen = found.prefix(3)
        for index in chosen { layout.claim(index, as: .metadata("author line")) }
        return chosen.map { PersonName.normalized(layout.text($0)) }
    }

    func isNameLine(_ text: String) -> Bool {
        !BoilerplateFilter.quotes(text) && PersonName.isName(text) && !SiteName.looksLikeSite(text)
    }

    /// A one-word outlet (`JNS`, `Reuters`) or a name starting with `The`.
    static func isOutletWord(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        if words.count == 1, let first = words.first?.first, first.isUppercase { return !roleWords.contains(String(words[0])) }
        return words.count <= 5 && words.first == "The" && words.dropFirst().allSatisfy { $0.first?.isUppercase == true || $0 == "of" }
    }

    static let roleWords = WordList.bylineRoleWords.entries
}
