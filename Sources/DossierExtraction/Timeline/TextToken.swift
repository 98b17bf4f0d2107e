import DossierCore
/// A word, a number or one punctuation character of a sentence, with where it stands in the sentence.
struct TextToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable { case word, number, punctuation }

    var text: Substring
    var kind: Kind

    /// Begins with an upper-case letter.
    var isCapitalized: Bool { text.first?.isUppercaseFast ?? false }
    var lowercased: String { text.lowercased() }

    /// Splits a sentence: letters (with inner apostrophes and digits) make words, digits make numbers
    /// (`15th` stays one number token), anything else that is not space is punctuation.
    static func tokens(of sentence: String) -> [TextToken] {
        var tokens: [TextToken] = []
        var index = sentence.startIndex
        while index < sentence.endIndex {
            let character = sentence[index]
            if character.isWhitespaceFast {
                index = sentence.index(after: index)
            } else if character.isLetterOrNumber {
                let start = index
                let startsWithDigit = character.isNumberFast
                index = sentence.index(after: index)
                while index < sentence.endIndex {
                    let next = sentence[index]
                    if next.isLetterOrNumber {
                        index = sentence.index(after: index)
                    } else if isInnerApostrophe(next), !startsWithDigit, followedByLetter(sentence, index) {
                        index = sentence.index(after: index)
                    } else {
                        break
                    }
                }
                tokens.append(TextToken(text: sentence[start..<index], kind: startsWithDigit ? .number : .word))
            } else {
                let next = sentence.index(after: index)
                tokens.append(TextToken(text: sentence[index..<next], kind: .punctuation))
                index = next
            }
        }
        return tokens
    }

    private static func isInnerApostrophe(_ character: Character) -> Bool { character == "'" || character == "\u{2019}" }

    private static func followedByLetter(_ text: String, _ index: String.Index) -> Bool {
        let next = text.index(after: index)
        return next < text.endIndex && text[next].isLetterFast
    }
}

extension Array where Element == TextToken {
    /// The sentence text from token `first` through token `last`, as written.
    func span(_ first: Int, _ last: Int, in sentence: String) -> String {
        String(sentence[self[first].text.startIndex..<self[last].text.endIndex])
    }
}
