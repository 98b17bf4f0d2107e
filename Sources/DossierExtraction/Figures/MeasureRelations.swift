import DossierCore
import DossierLanguage

/// How the words that say what a number measures relate, from WordNet: the same word, synonyms (`duty` and
/// `tariff` share a sense), or one a kind of the other (`site` is a kind of `location`, `suspend` of `postpone`).
///
/// Made once per build for the words the corpus's figures use, so that comparing two mentions is a set lookup.
struct MeasureRelations: Sendable {

    /// A word's senses (synset offsets) and the kinds above them, in `NumberSet`s: the figure grouper compares a
    /// mention's noun with every noun of each group it meets, and a `Set<Int>` seeds and finalises a SipHash per look.
    struct WordSenses: Sendable {
        var senses: NumberSet
        var kinds: NumberSet

        /// The two words share a sense, or one is a kind of the other.
        func relate(to other: WordSenses) -> Bool {
            !senses.isDisjoint(with: other.senses) || !kinds.isDisjoint(with: other.senses) || !other.kinds.isDisjoint(with: senses)
        }
    }

    /// Each noun's and each verb's senses, when WordNet has any.
    private var nouns: [String: WordSenses] = [:]
    private var verbs: [String: WordSenses] = [:]
    private var personNouns: Set<String> = []

    /// No relations: every word relates only to itself (for tests of other rules).
    init() {}

    /// (Each word is looked up in WordNet on its own, so the words are looked up on all cores.)
    init(nouns: Set<String>, verbs: Set<String>, wordNet: WordNet) {
        let words: [(word: String, wordClass: WordClass)] = nouns.sorted().map { ($0, .noun) } + verbs.sorted().map { ($0, .verb) }
        let found = ParallelMap.map(words) { Self.relations(of: $0.word, as: $0.wordClass, wordNet: wordNet) }
        for (word, relations) in zip(words, found) {
            guard let relations else { continue }
            if word.wordClass == .noun {
                self.nouns[word.word] = WordSenses(senses: NumberSet(relations.senses), kinds: NumberSet(relations.kinds))
                if relations.isPerson { personNouns.insert(word.word) }
            } else {
                self.verbs[word.word] = WordSenses(senses: NumberSet(relations.senses), kinds: NumberSet(relations.kinds))
            }
        }
    }

    /// The word's senses, the kinds above them, and whether its first sense is a person; nil when WordNet has none.
    private static func relations(of word: String, as wordClass: WordClass,
                                  wordNet: WordNet) -> (senses: Set<Int>, kinds: Set<Int>, isPerson: Bool)? {
        let found = Array(wordNet.synsets(of: word, as: wordClass).prefix(wordClass == .noun ? FigureRules.nounSensesKept : FigureRules.verbSensesKept))
        guard !found.isEmpty else { return nil }
        let senses = Set(found.map(\.offset))
        var ancestors = Set<Int>()
        var layer = found
        for _ in 0..<FigureRules.kindDepth {
            var next: [Synset] = []
            for synset in layer {
                for offset in synset.hypernyms where ancestors.insert(offset).inserted {
                    if let parent = wordNet.synset(at: offset, as: wordClass) { next.append(parent) }
                }
            }
            layer = next
        }
        return (senses, ancestors, wordClass == .noun && found.first?.lexicographerClass == "noun.person")
    }

    /// The verb's senses, for comparing it with many others without looking it up each time; nil when WordNet has none.
    func senses(ofVerb verb: String) -> WordSenses? { verbs[verb] }

    /// Whether two verbs say the same thing or one is a way of doing the other (`shelve`, `suspend`), from their senses
    /// (`senses(ofVerb:)`), looked up once for comparing each with many others.
    static func verbsRelate(_ lhs: String, _ lhsSenses: WordSenses?, _ rhs: String, _ rhsSenses: WordSenses?) -> Bool {
        if lhs == rhs { return true }
        guard let lhsSenses, let rhsSenses else { return false }
        return lhsSenses.relate(to: rhsSenses)
    }

    /// The noun's senses, for comparing it with many others without looking it up each time; nil when WordNet has none.
    func senses(ofNoun noun: String) -> WordSenses? { nouns[noun] }

    /// WordNet's most frequent sense of the noun is a person (`attendee`, `protester`, `chairman`).
    func isPerson(_ noun: String) -> Bool { personNouns.contains(noun) }
}
