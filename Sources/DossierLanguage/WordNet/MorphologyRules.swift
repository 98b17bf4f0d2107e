/// WordNet's `morphy` detachment rules: an inflectional ending and what replaces it, per word class
/// (from WordNet 3.0's `morph.c` and its manual page `morphy(7WN)`).
enum MorphologyRules {
    struct Detachment: Sendable {
        let suffix: String
        let ending: String
        /// `suffix` and `ending` as UTF-8, for the look-ups that read a word's bytes (`WordNet.plainLemma`): a
        /// string's UTF-8 view is read through the standard library's iterator, some thirty instructions a byte.
        let suffixBytes: [UInt8]
        let endingBytes: [UInt8]

        init(suffix: String, ending: String) {
            self.suffix = suffix
            self.ending = ending
            suffixBytes = Array(suffix.utf8)
            endingBytes = Array(ending.utf8)
        }
    }

    /// A rule that leaves fewer letters than this is not trusted as a lemma (`was` → `wa`, `gas` → `ga`).
    static let shortestRuleBase = 3

    /// The base form of a noun WordNet does not list (`airstrikes` → `airstrike`, `ceasefires` → `ceasefire`):
    /// morphy's noun rule with the longest matching suffix, applied without the dictionary check that morphy makes.
    /// Endings in `ss` stay, as morphy leaves them (`chess`), and so do the Latin and Greek singulars in `us` and `is`
    /// (`coronavirus`, `this`); no rule may leave fewer than `shortestRuleBase` letters.
    static func unlistedNounBase(of word: String) -> String {
        guard !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is") else { return word }
        // The first of the longest matching suffixes, found by index: a filtered copy of the rules retained each one's
        // strings and byte arrays.
        var longest: Int?
        for index in noun.indices where word.hasSuffix(noun[index].suffix)
            && word.count - noun[index].suffix.count + noun[index].ending.count >= shortestRuleBase {
            if let found = longest, noun[found].suffix.count >= noun[index].suffix.count { continue }
            longest = index
        }
        guard let longest else { return word }
        return String(word.dropLast(noun[longest].suffix.count)) + noun[longest].ending
    }

    static func detachments(for wordClass: WordClass) -> [Detachment] {
        switch wordClass {
        case .noun: return noun
        case .verb: return verb
        case .adjective: return adjective
        case .adverb: return []
        }
    }

    private static let noun = [
        Detachment(suffix: "s", ending: ""), Detachment(suffix: "ses", ending: "s"), Detachment(suffix: "xes", ending: "x"),
        Detachment(suffix: "zes", ending: "z"), Detachment(suffix: "ches", ending: "ch"), Detachment(suffix: "shes", ending: "sh"),
        Detachment(suffix: "men", ending: "man"), Detachment(suffix: "ies", ending: "y"),
    ]

    private static let verb = [
        Detachment(suffix: "s", ending: ""), Detachment(suffix: "ies", ending: "y"), Detachment(suffix: "es", ending: "e"),
        Detachment(suffix: "es", ending: ""), Detachment(suffix: "ed", ending: "e"), Detachment(suffix: "ed", ending: ""),
        Detachment(suffix: "ing", ending: "e"), Detachment(suffix: "ing", ending: ""),
    ]

    private static let adjective = [
        Detachment(suffix: "er", ending: ""), Detachment(suffix: "est", ending: ""), Detachment(suffix: "er", ending: "e"),
        Detachment(suffix: "est", ending: "e"),
    ]
}
