/// The forms that say one thing: a word and its `-ing` form (`hunt`, `hunting`) and the synonyms of news
/// prose (`talks`, `negotiations`). A word's `-ing` form counts only when the corpus uses the word itself.
struct TopicVariants: Sendable {
    let statistics: PhraseStatistics

    /// The key variants share: each word's base, then its synonym root (`fox hunting` → `foxhunt`,
    /// `direct negotiations` → `directtalk`).
    func canonical(_ key: String) -> String {
        guard let entry = statistics[key] else { return NewsSynonyms.root(of: key) }
        return entry.words.split(separator: " ").map { NewsSynonyms.root(of: base(of: String($0))) }.joined()
    }

    /// The word a `-ing` form comes from when the corpus has it (`hunting` → `hunt`), else the word.
    func base(of word: String) -> String {
        WordForm.ingBases(word).first { (statistics[$0]?.documents ?? 0) >= 2 } ?? word
    }

    /// Other single-word keys in the corpus for the same thing: synonyms and `-ing` forms of a word key.
    func others(of key: String) -> [String] {
        guard statistics[key]?.wordCount == 1 else { return [] }
        let root = base(of: key)
        let words = ([root, NewsSynonyms.root(of: root)] + NewsSynonyms.others(of: NewsSynonyms.root(of: root)))
            .filter { statistics[$0].map { $0.commonOccurrences > $0.nameOccurrences } ?? false }
        // An `-ing` form joins only where it stands as a noun (`the hunting of`), not as a verb (`talking to`).
        let nouns = words.flatMap(WordForm.ingForms).filter { form in
            statistics[form].map { $0.documents >= 2 && $0.nounLikeOccurrences * 5 >= $0.occurrences } ?? false
        }
        var seen: Set<String> = [key]
        return (words + nouns).filter { seen.insert($0).inserted }
    }
}
