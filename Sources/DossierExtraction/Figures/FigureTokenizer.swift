import DossierCore
/// Splits a sentence into words, numbers and signs, keeping `1,200`, `1.9`, `21-year-old` and `Hamas’s` whole.
enum FigureTokenizer {
    static func tokens(of sentence: String) -> [FigureToken] {
        var tokens: [FigureToken] = []
        var index = sentence.startIndex
        var sawSpace = true
        while index < sentence.endIndex {
            let character = sentence[index]
            if character.isWhitespaceFast {
                sawSpace = true
                index = sentence.index(after: index)
                continue
            }
            let start = index
            if character.isLetterOrNumber {
                index = endOfWord(in: sentence, from: index)
            } else {
                index = sentence.index(after: index)
            }
            let text = String(sentence[start..<index])
            let kind: FigureToken.Kind = character.isNumberFast ? .number : (character.isLetterFast ? .word : .symbol)
            tokens.append(FigureToken(text: text, kind: kind, range: start..<index, lower: normalized(text), spaceBefore: sawSpace))
            sawSpace = false
        }
        return tokens
    }

    /// Letters and digits, joined by `-`, `'`, `’` between letters or digits, and `,` or `.` between digits.
    private static func endOfWord(in text: String, from start: String.Index) -> String.Index {
        var index = text.index(after: start)
        while index < text.endIndex {
            let character = text[index]
            if character.isLetterOrNumber {
                index = text.index(after: index)
                continue
            }
            let next = text.index(after: index)
            guard next < text.endIndex else { break }
            let following = text[next]
            let previous = text[text.index(before: index)]
            let joins: Bool
            switch character {
            case "-", "'", "\u{2019}":
                joins = following.isLetterOrNumber
            case ",":
                joins = previous.isNumberFast && following.isNumberFast && digitGroupFollows(in: text, at: next)
            case ".":
                joins = previous.isNumberFast && following.isNumberFast
            default:
                joins = false
            }
            guard joins else { break }
            index = next
        }
        return index
    }

    /// `1,200` joins but `2023,2024` or `7,5` do not: a thousands group is exactly three digits.
    private static func digitGroupFollows(in text: String, at index: String.Index) -> Bool {
        var count = 0
        var cursor = index
        while cursor < text.endIndex, text[cursor].isNumberFast {
            count += 1
            cursor = text.index(after: cursor)
        }
        return count == 3
    }

    /// Each sentence of the article, tokenized.
    static func tokens(of article: Article) -> [[FigureToken]] {
        article.sentences.map { tokens(of: $0.text) }
    }

    static func normalized(_ text: String) -> String {
        var lower = text.lowercased()
        // Swift-native replacement: Foundation's string search was a hot spot, and most words have no apostrophe.
        if lower.contains("\u{2019}" as Character) { lower = String(lower.map { $0 == "\u{2019}" ? "'" : $0 }) }
        if lower.hasSuffix("'s") { lower.removeLast(2) } else if lower.hasSuffix("s'") { lower.removeLast() }
        return lower
    }
}
