import DossierCore
import DossierLanguage
/// Cuts sentences into the phrases topics are made of: runs of one to three words inside a clause,
/// neither opening nor closing with a stop word, each with a key its variants share.
struct PhraseScanner: Sendable {
    /// Tokenizes the keywords of `topics.yml` as sentences were tokenized (keywords are not corpus sentences).
    let keywordTokenizer: Tokenizer
    /// Word keys are WordNet noun lemmas.
    let lexicon: Lexicon
    /// The longest phrase, in words.
    var maximumWords = 3

    init(lexicon: Lexicon, maximumWords: Int = 3) {
        keywordTokenizer = Tokenizer(lexicon: lexicon)
        self.lexicon = lexicon
        self.maximumWords = maximumWords
    }

    /// One word of a clause, with the key its variants share.
    struct Word: Sendable {
        var surface: String
        var key: String
        /// Capitalised inside the sentence: part of a name.
        var isName: Bool
        /// Lower-case inside the sentence: a common word.
        var isCommon: Bool
        /// A stop word as written (`right` is one, `rights` is not).
        var isStop: Bool
        /// The key is letters only (see `isWordLike`); kept because every phrase around the word asks again.
        var isWordLike = false
        /// The key may open a phrase but not end one (`StopWords.isModifier`); kept for the same reason.
        var isModifier = false
        /// The key has three letters or more, as a phrase of one word needs.
        var isLongEnoughAlone = false
        /// Inside quotation marks.
        var isQuoted = false
        /// Follows a determiner, a number, `of` or a possessive (`the talks`, `59 hostages`, `Trump's threats`).
        var followsDeterminer = false
    }

    /// One phrase where it occurs.
    struct Occurrence: Sendable {
        /// Word keys without spaces, so `cease-fire`, `cease fire` and `ceasefires` meet (`ceasefire`).
        var key: String
        /// Word keys with spaces (`direct talk`).
        var words: String
        var surface: String
        var wordCount: Int
        /// Every word is capitalised inside the sentence (`White House`).
        var isName: Bool
        /// Ends in a lower-case word: a theme, maybe with a name in it (`direct talks`, `ID cards`, `Iraq war`).
        var isCommon: Bool
        /// Stands where a noun does: closing a noun phrase after a determiner or a modifier (`the talks were`,
        /// `59 hostages.`, `a long-term ceasefire.`); adjectives (`direct`, `local`) seldom do.
        var isNounLike: Bool
        /// Every word is inside quotation marks: the phrase is someone's words.
        var isQuoted = false
    }

    /// The phrases that may name a topic.
    func candidates(in sentence: Sentence) -> [Occurrence] {
        var words = PhraseWordCache()
        return candidates(in: sentence, words: &words)
    }

    /// The phrases that may name a topic, reading each distinct word once for all the sentences given the same `words`.
    func candidates(in sentence: Sentence, words cache: inout PhraseWordCache) -> [Occurrence] {
        var found: [Occurrence] = []
        for clause in clauses(of: sentence, words: &cache) {
            for start in clause.indices {
                for count in 1...maximumWords where start + count <= clause.count {
                    let words = clause[start..<start + count]
                    guard isCandidate(words) else { continue }
                    let closes = start + count == clause.count || clause[start + count].isStop
                    let modified = start > 0 && !clause[start - 1].isStop
                    found.append(occurrence(words, nounLike: closes && (words.first!.followsDeterminer || modified)))
                }
            }
        }
        return found
    }

    /// The key of every run of up to `maximumWords` words, with no filtering: to find a topic's keywords. A run stops
    /// growing where `mayStartKey` says that no key sought is, or begins with, the key so far.
    func allKeys(in sentence: Sentence, mayStartKey: (String) -> Bool = { _ in true }) -> [String] {
        var keys: [String] = []
        for clause in clauseKeys(of: sentence) {
            for start in clause.indices {
                var key = ""
                for word in clause[start..<min(clause.count, start + maximumWords)] {
                    key += word
                    guard mayStartKey(key) else { break }
                    keys.append(key)
                }
            }
        }
        return keys
    }

    /// The keys of the words of each clause, cut as `clauses(of:)` cuts them: what `allKeys` needs, without the
    /// stop-word and shape questions that `clauses` asks of every word.
    private func clauseKeys(of sentence: Sentence) -> [[String]] {
        var clauses: [[String]] = []
        var current: [String] = []
        for token in sentence.tokens {
            if token.kind == .word {
                current.append(keyAndBare(token).key)
            } else if token.text != "'" && token.text != "\u{2019}" {
                if !current.isEmpty { clauses.append(current) }
                current = []
            }
        }
        if !current.isEmpty { clauses.append(current) }
        return clauses
    }

    /// The key a user's keyword (`topics.yml`) matches: words as in running text, capitalised ones as names.
    func key(ofKeyword keyword: String) -> String {
        keywordTokenizer.tokens(of: keyword).filter { $0.kind != .punctuation }
            .map { WordForm.key(Substring($0.text.filter { $0 != "-" }), isName: $0.startsUppercase, lexicon: lexicon) }.joined()
    }

    private func isCandidate(_ words: ArraySlice<Word>) -> Bool {
        guard let first = words.first, let last = words.last else { return false }
        if last.isStop || !last.isWordLike || last.isModifier { return false }
        if first.isStop || !first.isWordLike { return false }
        if words.count == 1 { return first.isLongEnoughAlone }
        return words.dropFirst().dropLast().allSatisfy { $0.key == "of" || (!$0.isStop && $0.isWordLike) }
    }

    private func occurrence(_ words: ArraySlice<Word>, nounLike: Bool) -> Occurrence {
        let last = words.last!
        var key = last.key, spaced = last.key, surface = last.surface
        if words.count > 1 {
            // Most phrases are one word, which needs no new strings; longer ones are joined without arrays between.
            key = ""; spaced = ""; surface = ""
            for word in words {
                if !spaced.isEmpty { spaced += " "; surface += " " }
                key += word.key
                spaced += word.key
                surface += word.surface
            }
        }
        return Occurrence(key: key, words: spaced, surface: surface, wordCount: words.count,
                          isName: words.allSatisfy(\.isName), isCommon: last.isCommon,
                          isNounLike: nounLike, isQuoted: words.allSatisfy(\.isQuoted))
    }

    /// Words between punctuation (`cease-fire` and `long-term` are one token); numbers end a clause.
    func clauses(of sentence: Sentence, words cache: inout PhraseWordCache) -> [[Word]] {
        var clauses: [[Word]] = []
        var current: [Word] = []
        var afterDeterminer = false
        for token in sentence.tokens {
            if token.kind == .word {
                let entry = cache.entry(token) { PhraseWordCache.Entry(word: word($0), isDeterminer: Self.determiners.contains($0.lower), lower: $0.lower) }
                var next = entry.word
                next.followsDeterminer = afterDeterminer
                next.isQuoted = token.isQuoted
                current.append(next)
                afterDeterminer = entry.isDeterminer || token.isPossessive
            } else {
                if token.text != "'" && token.text != "\u{2019}" {
                    if !current.isEmpty { clauses.append(current) }
                    current = []
                }
                afterDeterminer = token.kind == .number
            }
        }
        if !current.isEmpty { clauses.append(current) }
        return clauses
    }

    /// A word token's key, and its `bare` form as written without hyphens (`cease-fire` → `ceasefire`).
    private func keyAndBare(_ token: Token) -> (key: String, bare: String) {
        let surface = token.text
        let joined = surface.utf8.contains(UInt8(ascii: "-")) ? Substring(surface.filter { $0 != "-" }) : Substring(surface)
        let written = WordForm.bare(joined)
        return (WordForm.key(of: token, bare: written, opensSentence: token.index == 0, lexicon: lexicon), written)
    }

    private func word(_ token: Token) -> Word {
        let (key, written) = keyAndBare(token)
        let capitalised = token.startsUppercase, opensSentence = token.index == 0
        // A stop word as written: `right` is one, `rights` is not (its key, `right`, is not asked).
        let isStop = StopWords.contains(written)
        let isWordLike = Self.isWordLike(key)
        return Word(surface: token.text, key: key, isName: capitalised && !opensSentence, isCommon: !capitalised,
                    isStop: isStop, isWordLike: isWordLike,
                    // Asked only of a word that can end a phrase, as `isCandidate` does.
                    isModifier: !isStop && isWordLike && StopWords.isModifier(key), isLongEnoughAlone: key.count >= 3)
    }

    static let determiners: Set<String> = WordList.determiners.words

    /// Letters only (no digits, at least two letters).
    static func isWordLike(_ key: String) -> Bool {
        let bytes = key.utf8
        if bytes.allSatisfy({ $0 < 0x80 }) {
            // ASCII (nearly every key): one byte is one character, so bytes answer without reading characters.
            return bytes.count >= 2 && bytes.allSatisfy { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || $0 == UInt8(ascii: "'") }
        }
        return key.count >= 2 && key.allSatisfy { $0.isLetterFast || $0 == "'" }
    }
}
