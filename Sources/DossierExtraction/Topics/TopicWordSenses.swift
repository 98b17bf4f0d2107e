import DossierLanguage

/// What WordNet says about the words that name a topic: whether a word can head a noun phrase, whether it is an
/// inflected verb, whether it is too common in general English to name a topic alone, and which words share a sense.
struct TopicWordSenses: Sendable {
    let wordNet: WordNet

    /// Senses of a noun found in WordNet's tagged corpus from which the noun is a common word of general English
    /// (`decision` 4, `course` 5, `face` 8) rather than the word of a field (`lawsuit` 0, `tariff` 1, `talk` 3):
    /// alone, such a word tells a reader nothing of the story.
    static let genericTaggedSenses = TopicRules.genericTaggedSenses
    /// How far down each word's senses (most frequent first) a shared sense may lie for two words to be one thing:
    /// `suit` means `lawsuit` in its second sense, and `lawsuit` has only that one.
    static let synonymSenseDepth = TopicRules.synonymSenseDepth

    /// The word cannot end a noun phrase: WordNet knows it, but not as a noun (`nuclear`, `civil`, `met`).
    func isKnownOnlyAsNonNoun(_ word: String) -> Bool {
        guard wordNet.baseForms(of: word, as: .noun).isEmpty else { return false }
        return [WordClass.verb, .adjective, .adverb].contains { !wordNet.baseForms(of: word, as: $0).isEmpty }
    }

    /// A noun phrase, by its words with spaces (`iran nuclear agreement`): it ends in a word that can be a noun, not
    /// an adjective (`iran nuclear`, `civil`) or an inflected verb (`pompeo met`, `iran lied`), and opens with no verb
    /// (`reached agreements`, `reimpose sanctions`).
    func isNounPhrase(_ phrase: String) -> Bool {
        guard let words = Self.firstAndLastWords(of: phrase) else { return false }
        let head = String(words.last)
        guard !isKnownOnlyAsNonNoun(head), !isVerbForm(head) else { return false }
        guard words.several else { return true }
        let first = String(words.first)
        return !isVerbForm(first) && !isOnlyVerb(first)
    }

    /// The first and the last of a phrase's words as `split(separator: " ")` cuts them (no empty ones), and whether
    /// there are several; nil when there is none. Found without an array of every word and a string of each.
    static func firstAndLastWords(of phrase: String) -> (first: Substring, last: Substring, several: Bool)? {
        var first: Substring?, last: Substring?, several = false
        func note(_ word: Substring) {
            if first == nil { first = word } else { several = true }
            last = word
        }
        var index = phrase.startIndex, start = index
        while index < phrase.endIndex {
            if phrase[index] == " " {
                if start < index { note(phrase[start..<index]) }
                start = phrase.index(after: index)
            }
            index = phrase.index(after: index)
        }
        if start < phrase.endIndex { note(phrase[start...]) }
        guard let first, let last else { return nil }
        return (first, last, several)
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

    /// A word that cannot name a topic alone, though a phrase may end in it: a generic noun (`decision`), an amount
    /// (`thousands`), a person's role (`leader`: the person belongs in the who's who, the topic is what they lead),
    /// or the act of saying something (`announcement`, `statement`: the topic is what was said).
    func needsQualifier(_ word: String) -> Bool {
        if isGeneric(word) || isRole(word) || isSpeechAct(word) { return true }
        return wordNet.lexicographerClasses(of: word, as: .noun).first.map(TopicRules.amountClasses.contains) ?? false
    }

    /// A title that makes a person's role by itself (`leader`, `chairman`, `chief`), from the lexicon's head titles;
    /// not a noun for people a story is about (`hostages`, `prisoners`, `miners`), which names a theme.
    func isRole(_ word: String) -> Bool {
        Self.roleTitles.contains(wordNet.lemma(of: word, as: .noun) ?? word)
    }

    /// A noun made from a verb of saying (`announcement` of `announce`, `statement` of `state`).
    func isSpeechAct(_ word: String) -> Bool {
        let noun = wordNet.lemma(of: word, as: .noun) ?? word
        for suffix in Self.nominalSuffixes where noun.hasSuffix(suffix) && noun.count > suffix.count + 2 {
            let stem = String(noun.dropLast(suffix.count))
            if [stem, stem + "d", stem + "ed", stem + "s"].contains(where: Self.speechVerbs.contains) { return true }
        }
        return false
    }

    static let roleTitles: Set<String> = WordList.headTitles.words
    static let speechVerbs: Set<String> = WordList.speechVerbs.words
    static let nominalSuffixes: [String] = WordList.nominalSuffixes.entries

    /// Two nouns for one thing: they share a sense that is the first of one and among the first few of the other
    /// (`lawsuit` and `suit`); different words only.
    func areSynonyms(_ lhs: String, _ rhs: String) -> Bool {
        Self.areSynonyms(synonymSenses(of: lhs), synonymSenses(of: rhs))
    }

    /// What `areSynonyms` reads of a noun in WordNet: its first senses and its lemma, looked up once for a word compared
    /// with many others (each topic's head word with every weaker topic's word).
    struct SynonymSenses: Sendable {
        var word: String
        /// The offsets of its first `synonymSenseDepth` senses, the most frequent first.
        var senses: [Int]
        var lemma: String?
    }

    func synonymSenses(of word: String) -> SynonymSenses {
        SynonymSenses(word: word, senses: wordNet.synsets(of: word, as: .noun).prefix(Self.synonymSenseDepth).map(\.offset),
                      lemma: wordNet.lemma(of: word, as: .noun))
    }

    /// `areSynonyms` of two words whose senses were looked up.
    static func areSynonyms(_ lhs: SynonymSenses, _ rhs: SynonymSenses) -> Bool {
        let left = lhs.senses, right = rhs.senses
        guard let leftFirst = left.first, let rightFirst = right.first, left != right || lhs.word != rhs.word else { return false }
        if lhs.lemma == rhs.lemma { return false }
        return right.contains(leftFirst) || left.contains(rightFirst)
    }
}
