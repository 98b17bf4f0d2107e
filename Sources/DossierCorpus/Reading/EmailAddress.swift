import DossierCore
import DossierLanguage

/// An e-mail address found in a line: the address and its domain (`marko@example.com`, `example.com`).
struct EmailAddress: Equatable {
    var address: String
    var domain: String

    /// The first e-mail address in `text`, if any.
    static func first(in text: String) -> EmailAddress? {
        guard text.containsByte(UInt8(ascii: "@")), let match = text.firstMatch(of: pattern) else { return nil }
        return EmailAddress(address: String(match.0), domain: String(match.1).lowercased())
    }

    /// Made once: a regex literal is parsed and compiled again each time it is evaluated (see `DateParser.isoPattern`).
    nonisolated(unsafe) static let pattern = /[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,})/

    /// Addresses at these domains say nothing about who published the text.
    var isWebmail: Bool {
        let name = domain.split(separator: ".").first.map(String.init) ?? domain
        return WordList.webmailDomains.words.contains(name)
    }
}
