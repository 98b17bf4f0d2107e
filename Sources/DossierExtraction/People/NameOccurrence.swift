import DossierCore
/// One occurrence of a capitalised run that may be a person's name, with its evidence and the role phrases around it.
struct NameOccurrence: Sendable, Hashable {
    /// The words of the name as written (`Ibrahim`, `al-Madhoun`); titles and honorifics are left out.
    var words: [String]
    /// Index of the article in the corpus and of the sentence in the article.
    var article: Int
    var sentence: Int
    /// Token range of the name in its sentence.
    var tokenRange: Range<Int>
    var cues: NameCues
    /// Role phrases the text attaches here (`Egyptian Foreign Minister`, `a commentator affiliated with Hamas`).
    var roles: [String] = []
    /// The run started the sentence, where any word is capitalised.
    var sentenceInitial = false

    var form: String { words.joined(separator: " ") }

    /// The comparison key: folded, hyphens as spaces (`Sagui Dekel-Chen` → `sagui dekel chen`).
    var key: String { Self.key(of: words) }

    /// The words that are not particles (`al`, `bin`, `van`).
    var nameWords: [String] { Self.nameWords(of: words) }

    static func key(of words: [String]) -> String {
        NameKey.fold(words.joined(separator: " ")).replacingEvery("-", with: " ")
    }

    static func nameWords(of words: [String]) -> [String] {
        words.filter { !NameLexicon.particles.contains(NameKey.fold($0)) }
    }
}
