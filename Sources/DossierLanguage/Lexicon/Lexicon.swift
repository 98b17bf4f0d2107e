import Foundation

/// The language data of a build, loaded once and shared by every reader and extractor: the word lists of
/// `Resources/lexicon/` and the WordNet database. Immutable, except for a cache of lemmas already looked up.
public final class Lexicon: Sendable {
    public let wordNet: WordNet
    private let lemmas = LookupCache<String, String>()
    private let nounLemmas = LookupCache<String, String>()

    /// Opens WordNet (in `$DOSSIER_WORDNET`, else `/usr/share/wordnet`); the bundled word lists come with it.
    public static func load(environment: [String: String] = ProcessInfo.processInfo.environment) throws(WordNetUnavailable) -> Lexicon {
        let wordNet = try WordNet(folder: WordNet.folder(environment: environment),
                                  lexicographerClasses: WordList.wordNetLexicographerFiles.entries)
        return Lexicon(wordNet: wordNet)
    }

    init(wordNet: WordNet) {
        self.wordNet = wordNet
    }

    /// The entries of a list, in file order.
    public func entries(_ list: WordList) -> [String] { list.entries }

    /// The entries of a list, as a set.
    public func words(_ list: WordList) -> Set<String> { list.words }

    public func contains(_ word: String, in list: WordList) -> Bool { list.words.contains(word) }

    /// The WordNet lemma of a lower-case word (noun first, then verb, adjective, adverb), or the word itself.
    public func lemma(of word: String) -> String {
        guard word.count > 2, word.unicodeScalars.allSatisfy({ $0.isLetterScalar || $0 == "-" || $0 == "'" }) else { return word }
        return lemmas.value(for: word) { wordNet.lemma(of: word) ?? word }
    }

    /// The WordNet noun lemma of a lower-case word (`hostages` → `hostage`, `feet` → `foot`), for keys of what is
    /// counted or discussed. `lemma(of:)` falls back to a verb's lemma, which would make a participle another word
    /// (`killed` → `kill`): here a word WordNet knows only as a verb, adjective or adverb stays as it is. A word
    /// WordNet does not list at all (news coins words: `airstrikes`, `ceasefires`) takes morphy's noun rules unchecked.
    public func nounLemma(of word: String) -> String {
        guard word.count > 2, word.unicodeScalars.allSatisfy({ $0.isLetterScalar || $0 == "-" || $0 == "'" }) else { return word }
        return nounLemmas.value(for: word) {
            if let noun = wordNet.lemma(of: word, as: .noun) { return noun }
            if wordNet.lemma(of: word) != nil { return word }
            return MorphologyRules.unlistedNounBase(of: word)
        }
    }
}
