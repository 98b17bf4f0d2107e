import DossierCore
import DossierLanguage
/// English words that carry no topic on their own: function words, reporting verbs and the most general
/// nouns, verbs and adjectives of news prose. A phrase may contain them inside (`end of the war`)
/// but never begin or end with one.
enum StopWords {
    static func contains(_ word: String) -> Bool { words.contains(word) }

    /// Words that may open a phrase (`first phase`, `former president`) but are no topic alone or at its end.
    static func isModifier(_ word: String) -> Bool { modifiers.contains(word) }

    /// Words that may end a phrase (`tax cuts`, `price rise`) but say too little alone: changes, ranks, chances.
    static func isWeakAlone(_ word: String) -> Bool { weakAlone.contains(word) }

    private static let weakAlone: Set<String> = WordList.topicWeakAloneWords.words

    private static let modifiers: Set<String> = WordList.topicModifiers.words

    private static let words = WordList.topicStopWords.words
}
