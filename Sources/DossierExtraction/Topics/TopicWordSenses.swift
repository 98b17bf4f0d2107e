import DossierLanguage

/// What WordNet says about the words that name a topic: whether a word can head a noun phrase, whether it is an
/// inflected verb, whether it is too common in general English to name a topic alone, and which words share a sense.
struct TopicWordSenses: Sendable {
    let wordNet: WordNet

    /// Senses of a noun found in WordNet's tagged corpus from which the noun is a common word of general English
    /// (`decision` 4, `course` 5, `face` 8) rather than the word of a field (`lawsuit` 0, `tariff` 1, `talk` 3):
    /// alone, such a word tells a reader nothing of the story.
    static let genericTaggedSenses = 4
    /// How far down each word's senses (most frequent first) a shared sense may lie for two words to be one thing:
    /// `suit` means `lawsuit` in its second sense, and `lawsuit` has only that one.
    static let synonymSenseDepth = 2

    /// The word cannot end a noun phrase: WordNet knows it, but not as a noun (`nuclear`, `civil`, `met`).
    func isKnownOnlyAsNonNoun(_ word: String) -> Bool {
        guard wordNet.baseForms(of: word, as: .noun).isEmpty else { return false }
        return [WordClass.verb, .adjective, .adverb].contains { !wordNet.baseForms(of: word, as: $0).isEmpty }
    }

    /// A noun phrase, by its words with spaces (`iran nuclear agreement`): it ends in a word that can be a noun, not
    /// an adjective (`iran nuclear`, `civil`) or an inflected verb (`pompeo met`, `iran lied`), and opens with no verb
    /// (`reached agreements`, `reimpose sanctions`).
    func isNounPhrase(_ phrase: String) -> Bool {
        let words = phrase.split(separator: " ").map(String.init)
        guard let head = words.last, !isKnownOnlyAsNonNoun(head), !isVerbForm(head) else { return false }
        guard words.count > 1, let first = words.first else { return true }
        return !isVerbForm(first) && !isOnlyVerb(first)
    }

    /// WordNet knows the word as a verb and as nothing else (`reimpose`, `sue`).
    func isOnlyVerb(_ word: String) -> Bool {
        guard !wordNet.baseForms(of: word, as: .verb).isEmpty else { return false }
        return [WordClass.noun, .adjective, .adverb].allSatisfy { wordNet.baseForms(of: word, as: $0).isEmpty }
    }

    /// An inflected verb whose noun reading, if any, is another word (`lied` of `lie`, `agreed` of `agree`);
    /// not a word that is a verb's base form itself (`ground`, `saw`) or the plural of a noun (`talks`).
    func isVerbForm(_ word: String) -> Bool {
        let verbBases = wordNet.baseForms(of: word, as: .verb)
        guard !verbBases.isEmpty, !verbBases.contains(word) else { return false }
        let nounBases = wordNet.baseForms(of: word, as: .noun)
        return nounBases.allSatisfy { $0 == word }
    }

    /// A common noun of general English, too vague to name a topic alone (`decision`, `agreement`, `course`,
    /// `president`), unless its commonest sense is a thing one can point at (`port`, a place; `weapon`, an artifact).
    func isGeneric(_ word: String) -> Bool {
        guard wordNet.taggedSenseCount(of: word, as: .noun) >= Self.genericTaggedSenses else { return false }
        return !Self.concreteClasses.contains(wordNet.lexicographerClasses(of: word, as: .noun).first ?? "")
    }

    /// WordNet's lexicographer classes of things, places and matter, as opposed to acts, states, ideas and roles.
    static let concreteClasses: Set<String> = WordList.concreteNounClasses.words

    /// Two nouns for one thing: they share a sense that is the first of one and among the first few of the other
    /// (`lawsuit` and `suit`); different words only.
    func areSynonyms(_ lhs: String, _ rhs: String) -> Bool {
        let left = wordNet.synsets(of: lhs, as: .noun).prefix(Self.synonymSenseDepth).map(\.offset)
        let right = wordNet.synsets(of: rhs, as: .noun).prefix(Self.synonymSenseDepth).map(\.offset)
        guard let leftFirst = left.first, let rightFirst = right.first, left != right || lhs != rhs else { return false }
        if wordNet.lemma(of: lhs, as: .noun) == wordNet.lemma(of: rhs, as: .noun) { return false }
        return right.contains(leftFirst) || left.contains(rightFirst)
    }
}
