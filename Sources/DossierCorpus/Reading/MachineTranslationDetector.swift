import DossierCore
import DossierLanguage
import Foundation

/// Looks for the traces a machine translation leaves in English text, and says which ones it saw.
///
/// Each trace alone can be a typo; the flag needs several (`threshold` points):
/// - a hyphen cut off its word (`long -term`, `cross -border`), a translator's artefact;
/// - a function word capitalised inside a sentence (`confirmed That Trump`, `reported The conversations`);
/// - one name spelled two ways (`Qassem` and `Qasssem`), one point however many;
/// - common words of another language (`und`, `nicht`, `avec`).
struct MachineTranslationDetector {
    /// Points needed to flag a text.
    static let threshold = 3

    struct Finding: Equatable {
        var points: Int
        var evidence: String
    }

    /// The evidence when the sentences read as machine-translated, else nil.
    func detect(_ sentences: [Sentence]) -> Finding? {
        let hyphens = detachedHyphens(sentences)
        let capitals = capitalisedFunctionWords(sentences)
        let spellings = NameVariants().pairs(in: sentences)
        let foreign = foreignWords(sentences)
        // Different people often have names a letter apart (`David` / `Davis`): spellings count one point at most.
        let points = hyphens.count + capitals.count + min(1, spellings.count) + foreign.count
        guard points >= Self.threshold else { return nil }
        var parts: [String] = []
        if !hyphens.isEmpty { parts.append("hyphens cut off their word: " + Self.quoted(hyphens)) }
        if !capitals.isEmpty { parts.append("capitalised words inside a sentence: " + Self.quoted(capitals)) }
        if !spellings.isEmpty { parts.append("a name spelled two ways: " + spellings.map { "\($0.0) / \($0.1)" }.joined(separator: ", ")) }
        if !foreign.isEmpty { parts.append("words of another language: " + Self.quoted(foreign)) }
        return Finding(points: points, evidence: parts.joined(separator: "; "))
    }

    /// `long -term`: a word ending in a letter, a space, then a hyphen glued to the next word.
    func detachedHyphens(_ sentences: [Sentence]) -> [String] {
        var found: [String] = []
        for sentence in sentences {
            let tokens = sentence.tokens
            for position in tokens.indices.dropFirst().dropLast() where tokens[position].isPunctuation("-") {
                let previous = tokens[position - 1], next = tokens[position + 1]
                guard tokens[position].spaceBefore, !next.spaceBefore, next.isWord,
                      previous.kind != .punctuation, previous.text.last?.isLetterFast == true else { continue }
                let pair = "\(previous.text) -\(next.text)"
                if !found.contains(pair) { found.append(pair) }
            }
        }
        return found
    }

    /// `confirmed That Trump`, `reported The conversations`: right after a lower-case word, with no punctuation
    /// between, and a word after it.
    func capitalisedFunctionWords(_ sentences: [Sentence]) -> [String] {
        var found: [String] = []
        for sentence in sentences {
            let tokens = sentence.tokens
            for position in tokens.indices.dropFirst().dropLast() {
                let previous = tokens[position - 1], token = tokens[position], next = tokens[position + 1]
                guard previous.isWord, previous.shape == .lower, token.spaceBefore, next.spaceBefore, !next.isPunctuation else { continue }
                let isFunction = Self.isCapitalised(token.text, in: Self.functionWords)
                let isArticle = Self.isCapitalised(token.text, in: Self.articles) && next.shape == .lower
                if isFunction || isArticle {
                    let phrase = "\(previous.text) \(token.text) \(next.text)"
                    if !found.contains(phrase) { found.append(phrase) }
                }
            }
        }
        return found
    }

    /// Common short words of other languages, written in lower case inside English sentences.
    func foreignWords(_ sentences: [Sentence]) -> [String] {
        var found: [String] = []
        for sentence in sentences {
            for token in sentence.tokens where token.isWord && Self.foreign.contains(token.text) {
                if !found.contains(token.text) { found.append(token.text) }
            }
        }
        return found
    }

    static func quoted(_ items: [String]) -> String {
        items.prefix(4).map { "“\($0)”" }.joined(separator: ", ")
    }

    /// `That`, `The`: a capital, then lower case, and in lower case one of `words`.
    static func isCapitalised(_ word: String, in words: Set<String>) -> Bool {
        word.first?.isUppercaseFast == true && word.dropFirst().allSatisfy(\.isLowercaseFast) && words.contains(word.lowercased())
    }

    static let functionWords = WordList.capitalisedFunctionWords.words
    static let articles = WordList.capitalisedDeterminers.words
    static let foreign = WordList.foreignFunctionWords.words
}
