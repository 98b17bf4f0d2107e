import Foundation

/// The language data of a build, loaded once and shared by every reader and extractor: the word lists of
/// `Resources/lexicon/` and the WordNet database. Immutable, except for a cache of lemmas already looked up.
public final class Lexicon: Sendable {
    public let wordNet: WordNet
    /// Both lemmas of each word looked up, as one entry: the parse stage asks once per token, from every thread.
    private let knownLemmas = LookupCache<String, Lemmas>()

    /// A word's WordNet lemma and its noun lemma (see `lemma(of:)` and `nounLemma(of:)`).
    public struct Lemmas: Sendable, Hashable {
        public var lemma: String
        public var noun: String
    }

    /// Opens WordNet (in `$DOSSIER_WORDNET`, else `/usr/share/wordnet`); the bundled word lists come with it.
    public static func load(environment: [String: String] = ProcessInfo.processInfo.environment) throws(WordNetUnavailable) -> Lexicon {
        // The bundled word lists (all read at the first use of one) are read beside WordNet's files.
        let wordNet = try WordNet(folder: WordNet.folder(environment: environment),
                                  lexicographerClassesBeside: { WordList.wordNetLexicographerFiles.entries })
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
    public func lemma(of word: String) -> String { lemmas(of: word).lemma }

    /// The WordNet noun lemma of a lower-case word (`hostages` → `hostage`, `feet` → `foot`), for keys of what is
    /// counted or discussed. `lemma(of:)` falls back to a verb's lemma, which would make a participle another word
    /// (`killed` → `kill`): here a word WordNet knows only as a verb, adjective or adverb stays as it is. A word
    /// WordNet does not list at all (news coins words: `airstrikes`, `ceasefires`) takes morphy's noun rules unchecked.
    public func nounLemma(of word: String) -> String { lemmas(of: word).noun }

    /// Both lemmas of a lower-case word, looked up together; a word of one or two letters, or with a digit or a
    /// sign in it, is its own lemma.
    public func lemmas(of word: String) -> Lemmas {
        guard Self.isLookedUp(word) else {
            return Lemmas(lemma: word, noun: word)
        }
        return knownLemmas.value(for: word) {
            let noun = wordNet.lemma(of: word, as: .noun)
            // The noun was asked already: the other classes, in `lemma(of:)`'s order.
            let any = noun ?? wordNet.lemma(of: word, in: Self.classesAfterNoun)
            return Lemmas(lemma: any ?? word, noun: noun ?? (any != nil ? word : MorphologyRules.unlistedNounBase(of: word)))
        }
    }

    static let classesAfterNoun = WordClass.allCases.filter { $0 != .noun }

    /// Whether a word's lemmas are looked up: more than two characters, each a letter, `-` or `'`
    /// (`isLongerThanTwoCharacters` and `isLettersHyphensApostrophes`). An ASCII word (most) is read once, in the
    /// string's own bytes (a short word's are inside it), not twice through the UTF-8 view's iterator, which went into
    /// the standard library a byte; asked of every word type the tokenizer meets and every word the search index
    /// lemmatises. A native string's bytes are always contiguous (no bridged strings on Linux).
    static func isLookedUp(_ word: String) -> Bool {
        if let answer = word.utf8.withContiguousStorageIfAvailable(isLookedUpASCII(_:)), let answer { return answer }
        return isLongerThanTwoCharacters(word) && isLettersHyphensApostrophes(word)
    }

    /// `isLookedUp` of a word's bytes when they are all ASCII (a byte is then a character); nil at a byte outside ASCII.
    private static func isLookedUpASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var allowed = true
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            let isLetter = (byte | 0x20) &- UInt8(ascii: "a") < 26
            if !(isLetter || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'")) { allowed = false }
        }
        return allowed && bytes.count > 2
    }

    /// Whether every scalar is a letter, `-` or `'`: read off the bytes when they are all ASCII (most words).
    static func isLettersHyphensApostrophes(_ word: String) -> Bool {
        let bytes = word.utf8
        var allASCII = true
        for byte in bytes {
            guard byte < 0x80 else {
                allASCII = false
                break
            }
            guard (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'") else { return false }
        }
        return allASCII || word.unicodeScalars.allSatisfy { $0.isLetterScalar || $0 == "-" || $0 == "'" }
    }

    /// `word.count > 2`, counting characters only when a byte is not one (outside ASCII): asked for every token.
    static func isLongerThanTwoCharacters(_ word: String) -> Bool {
        let bytes = word.utf8
        guard bytes.count > 2 else { return false }
        return bytes.allSatisfy { $0 < 0x80 } || word.count > 2
    }
}
