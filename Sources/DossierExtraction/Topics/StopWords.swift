import DossierCore
import DossierLanguage
/// English words that carry no topic on their own: function words, reporting verbs and the most general
/// nouns, verbs and adjectives of news prose. A phrase may contain them inside (`end of the war`)
/// but never begin or end with one.
/// (The lists are `WordSet`s: asked of every distinct word of every phrase cache and of every dated sentence's words, a
/// `Set` hashed each word by SipHash, where a set's first look tells most words without hashing them.)
enum StopWords {
    static func contains(_ word: String) -> Bool { words.contains(word) }

    /// Words that may open a phrase (`first phase`, `former president`) but are no topic alone or at its end.
    static func isModifier(_ word: String) -> Bool { modifiers.contains(word) }

    /// Words that may end a phrase (`tax cuts`, `price rise`) but say too little alone: changes, ranks, chances.
    static func isWeakAlone(_ word: String) -> Bool { weakAlone.contains(word) }

    private static let weakAlone = WordSet(WordList.topicWeakAloneWords.words)

    private static let modifiers = WordSet(WordList.topicModifiers.words)

    private static let words = WordSet(WordList.topicStopWords.words)
}
