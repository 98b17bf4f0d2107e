import DossierLanguage

/// What WordNet says a capitalised word is, where that tells a person's name from other names:
/// a word for the inhabitants of a place (`Europeans`, `Israeli`), a word whose every noun sense is a group
/// or a place (`International`, `Congress`), an abbreviation of a place or a body (`U.S.`, `U.N.`).
/// WordNet lists many surnames as common nouns (`May`, `Moon`, `Bush`), so none of these asks about a person sense.
struct NameWordClasses: Sendable {
    let wordNet: WordNet?

    /// `Europeans`, `Israeli`, `Americans`: a noun for the people of a place (WordNet's `inhabitant`).
    func isDemonym(_ word: String) -> Bool {
        guard let wordNet else { return false }
        return wordNet.isKind(NameKey.fold(word), of: "inhabitant")
    }

    /// `International`, `Commons`: every noun sense is a group or a place, and none a person
    /// (`Washington`, `Jordan`, `Paris` are people too).
    func isGroupOrPlaceOnly(_ word: String) -> Bool {
        guard let wordNet else { return false }
        let classes = wordNet.lexicographerClasses(of: NameKey.fold(word), as: .noun)
        return !classes.isEmpty && classes.allSatisfy { $0 == "noun.group" || $0 == "noun.location" }
    }

    /// `Amnesty`, `Energy`: a word WordNet has as a noun.
    func isCommonNoun(_ word: String) -> Bool {
        wordNet?.contains(NameKey.fold(word), as: .noun) ?? false
    }

    /// `Atomic`, `Central`: an adjective in WordNet and never a noun, as a name's first word seldom is.
    func isAdjectiveOnly(_ word: String) -> Bool {
        guard let wordNet else { return false }
        let lower = NameKey.fold(word)
        return wordNet.contains(lower, as: .adjective) && !wordNet.contains(lower, as: .noun)
    }

    /// `China`, `Britain`: some noun sense is a place.
    func isPlace(_ word: String) -> Bool {
        wordNet?.lexicographerClasses(of: NameKey.fold(word), as: .noun).contains("noun.location") ?? false
    }

    /// `U.S.`, `U.K.`, `U.N.`: dotted capitals that WordNet knows as a noun are a place or a body, not initials (`H.R.`).
    func isDottedAbbreviation(_ word: String) -> Bool {
        guard let wordNet else { return false }
        return wordNet.contains(word.lowercased(), as: .noun)
    }
}
