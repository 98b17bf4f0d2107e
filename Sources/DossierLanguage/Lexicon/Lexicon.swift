import Foundation

/// The language data of a build, loaded once and shared by every reader and extractor: the word lists of
/// `Resources/lexicon/` and the WordNet database. Immutable, except for a cache of lemmas already looked up.
public final class Lexicon: Sendable {
    public let wordNet: WordNet
    private let lists: [WordList: [String]]
    private let sets: [WordList: Set<String>]
    private let lemmas = LemmaCache()

    /// Loads the bundled word lists and opens WordNet (in `$DOSSIER_WORDNET`, else `/usr/share/wordnet`).
    public static func load(environment: [String: String] = ProcessInfo.processInfo.environment) throws(WordNetUnavailable) -> Lexicon {
        var lists: [WordList: [String]] = [:]
        for list in WordList.allCases { lists[list] = Self.bundledEntries(list) }
        let wordNet = try WordNet(folder: WordNet.folder(environment: environment),
                                  lexicographerClasses: lists[.wordNetLexicographerFiles] ?? [])
        return Lexicon(lists: lists, wordNet: wordNet)
    }

    init(lists: [WordList: [String]], wordNet: WordNet) {
        self.lists = lists
        self.sets = lists.mapValues { Set($0) }
        self.wordNet = wordNet
    }

    /// The entries of a list, in file order.
    public func entries(_ list: WordList) -> [String] { lists[list] ?? [] }

    /// The entries of a list, as a set.
    public func words(_ list: WordList) -> Set<String> { sets[list] ?? [] }

    public func contains(_ word: String, in list: WordList) -> Bool { sets[list]?.contains(word) ?? false }

    /// The WordNet lemma of a lower-case word (noun first, then verb, adjective, adverb), or the word itself.
    public func lemma(of word: String) -> String {
        guard word.count > 2, word.unicodeScalars.allSatisfy({ $0.isLetterScalar || $0 == "-" || $0 == "'" }) else { return word }
        return lemmas.lemma(of: word) { wordNet.lemma(of: word) ?? word }
    }

    /// Reads `Resources/lexicon/<list>.txt`: the first line is a `#` header; `#` lines and blank lines are skipped.
    static func entries(ofListText text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: true).compactMap { line in
            let entry = line.trimmingCharacters(in: .whitespaces)
            return entry.isEmpty || entry.hasPrefix("#") ? nil : entry
        }
    }

    private static func bundledEntries(_ list: WordList) -> [String] {
        guard let url = Bundle.module.url(forResource: list.fileName, withExtension: "txt", subdirectory: "lexicon"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            preconditionFailure("the bundled word list lexicon/\(list.fileName).txt is missing: rebuild dossier")
        }
        return entries(ofListText: text)
    }
}
