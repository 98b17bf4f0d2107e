/// Which of the name lexicon's lists a word is in, read with one lookup: the name finder asks up to eight lists of
/// every word of every capitalised run and of the words around it.
extension NameLexicon {
    struct Classes: OptionSet, Sendable {
        let rawValue: UInt16
        static let honorific = Classes(rawValue: 1 << 0)
        static let title = Classes(rawValue: 1 << 1)
        static let royalTitle = Classes(rawValue: 1 << 2)
        static let officeTitle = Classes(rawValue: 1 << 3)
        static let headTitle = Classes(rawValue: 1 << 4)
        static let roleNoun = Classes(rawValue: 1 << 5)
        static let nonPersonSuffix = Classes(rawValue: 1 << 6)
        static let speechVerb = Classes(rawValue: 1 << 7)
        static let functionWord = Classes(rawValue: 1 << 8)
        static let timePreposition = Classes(rawValue: 1 << 9)
        static let placeOrTimePreposition = Classes(rawValue: 1 << 10)
    }

    /// The lists `word` (a token's lower form) is in; empty for a word in none. Most words asked (the words of names
    /// and those around them) are in none, and `classifiedWords`' first look tells most of them so without hashing.
    static func classes(of word: String) -> Classes {
        guard classifiedWords.mayContain(word) else { return [] }
        return classifiedPlaces.place(of: word).map { classesByPlace[$0] } ?? []
    }

    /// The words of `classesByWord`, for the first look alone (`WordSet.mayContain`).
    private static let classifiedWords = WordSet(Set(classesByWord.keys))

    /// The words of `classesByWord` at places, and their classes by place: a word that passes the first look (`the`,
    /// `said`, most short words do) is found by `StringPlaces`' hash, where the dictionary hashed it by SipHash.
    private static let classifiedPlaces: StringPlaces = {
        var places = StringPlaces()
        for word in classesByWord.keys.sorted() { _ = places.place(adding: word) }
        return places
    }()
    private static let classesByPlace: [Classes] = classifiedPlaces.keys.map { classesByWord[$0]! }

    private static let classesByWord: [String: Classes] = {
        let lists: [(Set<String>, Classes)] = [
            (honorifics, .honorific), (titles, .title), (royalTitles, .royalTitle), (officeTitles, .officeTitle),
            (headTitles, .headTitle), (roleNouns, .roleNoun), (nonPersonSuffixes, .nonPersonSuffix), (speechVerbs, .speechVerb),
            (functionWords, .functionWord), (timePrepositions, .timePreposition), (placeOrTimePrepositions, .placeOrTimePreposition),
        ]
        var classes: [String: Classes] = [:]
        for (words, kind) in lists {
            for word in words { classes[word, default: []].insert(kind) }
        }
        return classes
    }()
}
