import DossierCore
/// One word or punctuation mark of a sentence, with what the name finder needs to know about it.
struct SentenceToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable { case word, punctuation }

    var text: String
    var kind: Kind
    /// Lowercased, without a trailing full stop (`Mr.` → `mr`).
    var lower: String
    /// Ends in `'s` or `’s`, which is not part of `text`.
    var possessive = false
    /// Inside quotation marks.
    var quoted = false

    var isWord: Bool { kind == .word }

    /// Starts with an uppercase letter, and is not all capitals (`NATO`, `OVER`), except single initials.
    var isCapitalised: Bool {
        guard isWord else { return false }
        if let hyphen = text.firstIndex(of: "-"), NameLexicon.particles.contains(String(text[..<hyphen]).lowercased()),
           text[text.index(after: hyphen)...].first?.isUppercaseFast == true {
            return true  // `al-Madhoun`
        }
        guard let first = text.unicodeScalars.first, first.properties.isUppercase else { return false }
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        if letters.count <= 1 { return true }
        return letters.contains { $0.properties.isLowercase }
    }

    /// A single capital letter with its full stop (`W.` in `George W. Bush`).
    var isInitial: Bool { isWord && text.count == 2 && text.hasSuffix(".") && text.first!.isUppercaseFast }

    func isPunctuation(_ mark: Character) -> Bool { kind == .punctuation && text.first == mark }
}

/// Splits a sentence into word and punctuation tokens, keeping hyphenated and apostrophe'd names whole.
enum SentenceTokenizer {
    static let openingQuotes: Set<Character> = ["“", "‘", "«", "„"]
    static let closingQuotes: Set<Character> = ["”", "’", "»"]
    static let possessiveSuffixes = ["'s", "’s", "'S", "’S"]

    static func tokens(_ sentence: String) -> [SentenceToken] {
        var tokens: [SentenceToken] = []
        let characters = Array(sentence)
        var index = 0
        var quoted = false
        while index < characters.count {
            let character = characters[index]
            if character.isWhitespaceFast {
                index += 1
                continue
            }
            if character.isLetterOrNumber {
                var end = index + 1
                while end < characters.count, continuesWord(characters, at: end) { end += 1 }
                var word = String(characters[index..<end])
                var possessive = false
                for suffix in possessiveSuffixes where word.hasSuffix(suffix) && word.count > 2 {
                    word.removeLast(2)
                    possessive = true
                }
                if end < characters.count, characters[end] == ".", keepsFullStop(word) {
                    word += "."
                    end += 1
                }
                var token = SentenceToken(text: word, kind: .word, lower: lowered(word), possessive: possessive)
                token.quoted = quoted
                tokens.append(token)
                index = end
                continue
            }
            if character == "\"" { quoted.toggle() }
            if openingQuotes.contains(character) { quoted = true }
            var token = SentenceToken(text: String(character), kind: .punctuation, lower: String(character))
            token.quoted = quoted
            tokens.append(token)
            if closingQuotes.contains(character), character != "’" || !isApostrophe(characters, at: index) { quoted = false }
            index += 1
        }
        return tokens
    }

    /// Letters, digits, and a hyphen, apostrophe or inner full stop between letters (`al-Madhoun`, `O'Brien`, `U.S`).
    private static func continuesWord(_ characters: [Character], at index: Int) -> Bool {
        let character = characters[index]
        if character.isLetterOrNumber { return true }
        guard index + 1 < characters.count, characters[index + 1].isLetterOrNumber else { return false }
        if character == "-" || character == "'" || character == "’" { return true }
        if character == "." { return index >= 1 && characters[index - 1].isUppercaseFast && characters[index + 1].isUppercaseFast }
        return false
    }

    private static func isApostrophe(_ characters: [Character], at index: Int) -> Bool {
        index > 0 && characters[index - 1].isLetterFast && index + 1 < characters.count && characters[index + 1].isLetterFast
    }

    /// Abbreviations keep their full stop: honorifics and titles (`Dr.`, `Sen.`), initials (`W.`), `U.S.`.
    private static func keepsFullStop(_ word: String) -> Bool {
        if word.count == 1, word.first!.isUppercaseFast { return true }
        let lower = word.lowercased()
        if NameLexicon.honorifics.contains(lower) || NameLexicon.titles.contains(lower) { return word.count <= 5 }
        return word.contains(".") || lower == "jr" || lower == "sr" || lower == "st"
    }

    private static func lowered(_ word: String) -> String {
        var lower = word.lowercased()
        if lower.hasSuffix(".") { lower.removeLast() }
        // Swift-native replacement: Foundation's string search was a hot spot, and most words have no apostrophe.
        guard lower.contains("’" as Character) else { return lower }
        return String(lower.map { $0 == "’" ? "'" : $0 })
    }
}
