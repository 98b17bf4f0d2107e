import DossierCore
import DossierLanguage
import Foundation

/// The name at the start of a credit: `Israel Hayom` in `Israel Hayom on March 5.`,
/// `Jewish News Syndicate` in `the Jewish News Syndicate and is republished…`.
enum OriginName {
    /// The run of capitalised words (and domains) at the start of `text`, joined by `of`, `the`, `and`, `&`.
    static func leadingName(_ text: String) -> String? {
        var words = text.split(whereSeparator: \.isWhitespaceFast).map(String.init)
        if words.first == "the" { words.removeFirst() }
        var name: [String] = []
        for (position, word) in words.enumerated() {
            let bare = word.trimmingCharacters(in: CharacterSet(charactersIn: ",;:!?\"'“”‘’()"))
            let cleaned = SiteName.isDomain(bare) ? bare : bare.trimmingCharacters(in: CharacterSet(charactersIn: "."))
            if cleaned.isEmpty { break }
            if connectors.contains(cleaned) && !name.isEmpty {
                name.append(cleaned)
                continue
            }
            guard cleaned.first?.isUppercase == true || SiteName.isDomain(cleaned) else { break }
            name.append(cleaned)
            // Punctuation after a word closes the name (`Axios, the site said`).
            if word != bare || (position + 1 < words.count && word.hasSuffix(".") && !SiteName.isDomain(bare)) { break }
            if name.count >= 8 { break }
        }
        while let last = name.last, connectors.contains(last) { name.removeLast() }
        return name.isEmpty ? nil : name.joined(separator: " ")
    }

    static let connectors: Set<String> = WordList.originNameConnectors.words
}
