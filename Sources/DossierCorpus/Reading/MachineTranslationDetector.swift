import DossierCore
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
    func detect(_ sentences: [String]) -> Finding? {
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

    /// `long -term`: a letter, a space, then a hyphen glued to the next word.
    func detachedHyphens(_ sentences: [String]) -> [String] {
        var found: [String] = []
        for sentence in sentences where sentence.containsLiteral(" -") {
            let words = sentence.split(separator: " ", omittingEmptySubsequences: true)
            for (position, word) in words.enumerated() where position > 0 && word.count > 1 && word.hasPrefix("-") {
                let previous = words[position - 1]
                guard previous.last?.isLetterFast == true, word.dropFirst().first?.isLetterFast == true else { continue }
                let pair = "\(previous) \(Self.droppingTrailingPunctuation(word))"
                if !found.contains(pair) { found.append(pair) }
            }
        }
        return found
    }

    /// `confirmed That Trump`, `reported The conversations`: after a lower-case word, with no punctuation between.
    func capitalisedFunctionWords(_ sentences: [String]) -> [String] {
        var found: [String] = []
        for sentence in sentences {
            let words = sentence.split(separator: " ")
            guard words.count >= 3 else { continue }
            for position in 1..<(words.count - 1) {
                let previous = words[position - 1]
                guard let previousLast = previous.last, previousLast.isLetterFast, previousLast.isLowercaseFast,
                      previous.first?.isLowercaseFast == true, words[position].first?.isUppercaseFast == true else { continue }
                let word = String(words[position])
                let next = words[position + 1]
                let isFunction = Self.functionWords.contains(word)
                let isArticle = Self.articles.contains(word) && next.first?.isLowercaseFast == true
                if isFunction || isArticle {
                    let phrase = "\(previous) \(word) \(Self.droppingTrailingPunctuation(next))"
                    if !found.contains(phrase) { found.append(phrase) }
                }
            }
        }
        return found
    }

    /// Common short words of other languages, written in lower case inside English sentences.
    func foreignWords(_ sentences: [String]) -> [String] {
        var found: [String] = []
        for sentence in sentences {
            for word in sentence.split(whereSeparator: { !$0.isLetterFast }) where Self.foreign.contains(String(word)) {
                if !found.contains(String(word)) { found.append(String(word)) }
            }
        }
        return found
    }

    static func droppingTrailingPunctuation<S: StringProtocol>(_ word: S) -> String {
        String(word.reversed().drop(while: { $0.isPunctuation }).reversed())
    }

    static func quoted(_ items: [String]) -> String {
        items.prefix(4).map { "“\($0)”" }.joined(separator: ", ")
    }

    static let functionWords: Set<String> = ["That", "Which", "Whose", "Whom", "Also", "Because", "Although", "Whether"]
    static let articles: Set<String> = ["The", "A", "An", "This", "These", "Those", "Its", "Their"]

    static let foreign: Set<String> = [
        "und", "nicht", "ist", "wird", "werden", "wurde", "auch", "oder", "aber", "sehr", "für", "dass", "sich",
        "eine", "einen", "einem", "einer", "zum", "zur", "vom", "beim", "durch", "gegen", "ohne", "zwischen",
        "sind", "noch", "schon", "jetzt", "heute", "wir", "ich", "avec", "dans", "qui", "vous", "ils", "elles",
        "sont", "cette", "mais", "aux", "leur", "très", "selon", "los", "las", "una", "por", "pero", "está", "muy",
        "también", "según", "desde", "cuando", "questo", "perché", "anche", "sono", "een", "niet", "maar", "ook",
        "voor", "naar", "wordt", "worden",
    ]
}
