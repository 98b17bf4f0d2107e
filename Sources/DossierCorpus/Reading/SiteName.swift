import DossierCore
import DossierLanguage
import Foundation

/// Recognises the names of news sites and outlets by their shape: a web domain, or a short capitalised
/// name with a word that outlets use (`News`, `Times`, `Media`, `Press`).
enum SiteName {
    /// True for `Matzav.com`, `Israel-Palestine News of Conflict`, `The Washington Post`.
    static func looksLikeSite(_ text: String) -> Bool {
        let words = text.split(whereSeparator: \.isWhitespaceFast).map(String.init)
        guard (1...7).contains(words.count) else { return false }
        if words.contains(where: isDomain) { return true }
        return words.contains { mediaWords.contains($0.trimmingCharacters(in: .punctuationCharacters)) }
    }

    /// A web domain: `matzav.com`, `www.example.co.uk` (not `U.S.` nor `1.9`).
    static func isDomain(_ word: String) -> Bool {
        // The regex needs a full stop: a word without one (most) is not trimmed and matched.
        guard word.containsByte(UInt8(ascii: ".")) else { return false }
        let trimmed = word.trimmingCharacters(in: CharacterSet(charactersIn: "()[]{},;:!?\"'"))
        return trimmed.wholeMatch(of: /(?i)(?:[a-z0-9\-]+\.)+[a-z]{2,6}/) != nil
            && trimmed.contains(where: \.isLowercase)
            && !(trimmed.split(separator: ".").last.map { $0.count < 2 } ?? true)
    }

    /// The name a text gives a domain: `freewestmedia.com` → `Free West Media` when the text spells it so.
    /// Among the spellings found, the one with the most words wins (spaced names read best).
    static func name(forDomain domain: String, in texts: [String]) -> String? {
        let labels = domain.lowercased().split(separator: ".").map(String.init).filter { $0 != "www" }
        guard let stem = labels.first, stem.count >= 3 else { return nil }
        var best: String?
        for text in texts {
            let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" }).map(String.init)
            for start in words.indices where words[start].first?.isUppercase == true {
                var joined = ""
                for end in start..<min(words.count, start + 6) {
                    guard words[end].first?.isUppercase == true else { break }
                    joined += words[end].lowercased().replacingOccurrences(of: "-", with: "")
                    if joined == stem {
                        let name = words[start...end].joined(separator: " ")
                        if best == nil || name.split(separator: " ").count > best!.split(separator: " ").count { best = name }
                    }
                    if joined.count >= stem.count { break }
                }
            }
        }
        return best
    }

    /// Words that outlets put in their names, as written there.
    static let mediaWords = WordList.outletNameWords.words
}
