import DossierCore
import DossierLanguage
import Foundation

/// Recognises a person's name by its shape: two to five capitalised words or initials
/// (`Barak Ravid`, `George W. Bush`, `Ibrahim al-Madhoun`, `Ludwig van Beethoven`), nothing else on the line.
enum PersonName {
    /// True when `text` is a name and only a name.
    static func isName(_ text: String) -> Bool {
        let words = text.split(whereSeparator: \.isWhitespaceFast).map(String.init)
        guard (2...5).contains(words.count) else { return false }
        guard let first = words.first, let last = words.last, isNameWord(first), isNameWord(last) else { return false }
        for word in words {
            guard isNameWord(word) || particles.contains(word) || isInitial(word) else { return false }
            if notNames.contains(word) { return false }
        }
        return words.filter(isNameWord).count >= 2
    }

    /// A capitalised word of letters (`Ravid`, `O'Brien`, `al-Madhoun`, `MÜLLER`).
    static func isNameWord(_ word: String) -> Bool {
        guard word.count >= 2, word.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" }) else { return false }
        let letters = word.split(separator: "-").last.map(String.init) ?? word
        return letters.first?.isUppercase == true
    }

    /// `W.` or `J.K.`
    static func isInitial(_ word: String) -> Bool {
        word.wholeMatch(of: /(?:\p{Lu}\.){1,3}/) != nil
    }

    /// Title Case for a name written in capitals (`BARAK RAVID` → `Barak Ravid`).
    static func normalized(_ name: String) -> String {
        let collapsed = name.split(whereSeparator: \.isWhitespaceFast).joined(separator: " ")
        guard collapsed.filter(\.isLetter).allSatisfy(\.isUppercase) else { return collapsed }
        return collapsed.split(separator: " ").map { word in
            word.count <= 2 && word.hasSuffix(".") ? String(word) : word.prefix(1) + word.dropFirst().lowercased()
        }.joined(separator: " ")
    }

    static let particles = WordList.nameParticles.words

    /// Capitalised words that are not parts of names: labels and furniture of web pages and newsrooms.
    static let notNames: Set<String> = Set(WordList.notNameWords.entries)
}
