import DossierCore
import DossierLanguage

/// In how many articles each word of the corpus's name runs is written in lowercase, and capitalised inside a sentence
/// (a sentence's first word says nothing), folded (`NameKey.fold`): what `NameEvidence` asks of a name's words
/// (`isCommonWord`, `isEverLowercase`).
///
/// Only the words of the name occurrences are ever asked, so only those are counted: the articles are read once the
/// occurrences are found, and each word of an article is looked up among the occurrences' words (`asked`), where every
/// word of every article was added to a set of its article's words, and each article's set then merged into the
/// corpus's counts (a hash table grown, and a key added, for most of the corpus's words). A word no occurrence has is in
/// neither table, as a word no article writes so was: its count reads as 0 either way.
struct NameWordCounts: Sendable {
    /// By folded word: in how many articles it is written in lowercase, and capitalised inside a sentence.
    let articles: WordArticleCounts

    /// By folded word, in how many articles it is written in lowercase (a word counted in no article is absent).
    var lowercase: [String: Int] { articles.lowercaseTable }
    /// By folded word, in how many articles it is written capitalised inside a sentence (as `lowercase`).
    var capitalised: [String: Int] { articles.capitalisedTable }

    /// `sentences`: each article's, read in runs of at most `maximumBatches` per article (`SentenceBatches`).
    init(occurrences: [NameOccurrence], sentences: [[Sentence]], maximumBatches: Int) {
        let asked = Self.askedWords(occurrences)
        let table = ASCIIWordTable(asked)
        let memos = WordTypeMemoPool<AskedWord>(unknown: .unknown)
        let runs = SentenceBatches.map(sentences, maximumBatches: maximumBatches) { _, run in
            memos.withMemo { ArticleWords(run, asked: asked, table: table, memo: &$0) }
        }
        // By place of an asked word: in how many articles, and the last article counted.
        var lowercaseCounts = Array(repeating: 0, count: asked.count), capitalisedCounts = lowercaseCounts
        var lastLowercase = Array(repeating: -1, count: asked.count), lastCapitalised = lastLowercase
        for (article, articleRuns) in runs.enumerated() {
            for run in articleRuns {
                for place in run.lowercase where lastLowercase[place] != article {
                    lastLowercase[place] = article
                    lowercaseCounts[place] += 1
                }
                for place in run.capitalised where lastCapitalised[place] != article {
                    lastCapitalised[place] = article
                    capitalisedCounts[place] += 1
                }
            }
        }
        articles = WordArticleCounts(words: asked, lowercase: lowercaseCounts, capitalised: capitalisedCounts)
    }

    /// The folded words of the occurrences (all their words, of which the name words any pass asks about are a part),
    /// each once. Each distinct word as written is folded once, when first met.
    private static func askedWords(_ occurrences: [NameOccurrence]) -> StringPlaces {
        var written = StringPlaces()
        var asked = StringPlaces()
        for index in occurrences.indices {
            // Each word read in place by its position (iterating the array retained and released each word's string);
            // only a new one is bound.
            for position in occurrences[index].words.indices {
                let (place, isNew) = written.place(adding: occurrences[index].words[position])
                guard isNew else { continue }
                let word = occurrences[index].words[position]
                if NameKey.foldsToItself(word) { _ = asked.place(adding: word, hash: written.hash(at: place)) }
                else { _ = asked.place(adding: NameKey.fold(word)) }
            }
        }
        return asked
    }

    /// The asked words (their places in `asked`) that a run of an article's sentences writes in lowercase, and
    /// capitalised inside a sentence, as often as it writes them (the counts take each article once).
    struct ArticleWords: Sendable {
        var lowercase: [Int] = []
        var capitalised: [Int] = []

        /// `table`: the asked words by their bytes (`ASCIIWordTable(asked)`). `memo`: what each word type is to the
        /// counts (`AskedWord`), worked out once per type (`WordTypeMemo`): most tokens are of a type met before, and
        /// are counted by one array read, where each was checked for capitals, hashed and looked up by its bytes.
        init(_ sentences: ArraySlice<Sentence>, asked: StringPlaces, table: ASCIIWordTable, memo: inout WordTypeMemo<AskedWord>) {
            // Through the run's buffer: a loop over the slice copied every sentence (its strings and tokens retained and
            // released) to read its tokens.
            sentences.withUnsafeBufferPointer { sentences in
                for sentence in sentences.indices {
                    let tokens = sentences[sentence].tokens
                    var opensSentence = true
                    // The tokens' kind and type are read in place (a copy of a token retains and releases its strings).
                    for index in tokens.indices where tokens[index].kind != .punctuation {
                        let word = memo.answer(type: tokens[index].wordType) { AskedWord(tokens, at: index, asked: asked, table: table) }
                        // A sentence's first word is capitalised whatever it is: it says nothing.
                        let isFirst = opensSentence
                        opensSentence = false
                        guard let place = word.place else { continue }
                        if !word.isCapitalised { lowercase.append(place) } else if !isFirst { capitalised.append(place) }
                    }
                }
            }
        }
    }

    /// What a word token is to the counts, which its type decides (its text, `lower` and shape): the asked word it
    /// writes (its `lower`, folded, by place in the asked words), and whether it is written capitalised or starting in
    /// lowercase; `none` for a word of neither sort, or no asked word.
    struct AskedWord: Equatable, BitwiseCopyable {
        /// The place times two, plus one when capitalised; `none` and `unknown` below 0.
        private let raw: Int32

        /// Not counted.
        static let none = AskedWord(raw: -1)
        /// Not worked out yet (`WordTypeMemo`).
        static let unknown = AskedWord(raw: -2)

        private init(raw: Int32) { self.raw = raw }

        /// The place of the asked word, nil for `none`.
        var place: Int? { raw >= 0 ? Int(raw >> 1) : nil }
        /// Written capitalised (else starting in lowercase).
        var isCapitalised: Bool { raw & 1 != 0 }

        /// What the token at `index` is to the counts. Nearly every word (a token's lower form) is ASCII without a
        /// capital, and folds to itself: it is found by its bytes, hashed and checked for capitals in place, without a
        /// folded copy. Any other word is folded and asked of the `StringPlaces`.
        init(_ tokens: [Token], at index: Int, asked: StringPlaces, table: ASCIIWordTable) {
            let capitalised = Token.isCapitalised(tokens, at: index)
            guard capitalised || Token.startsLowercase(tokens, at: index) else {
                self = .none
                return
            }
            let byBytes = table.answersASCII ? tokens[index].lower.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
                guard let hash = Self.hashIfFoldsToItself(bytes) else { return nil }
                return table.place(ofASCII: bytes, hash: hash) ?? -1
            } : nil
            let lower = tokens[index].lower
            guard let place = (byBytes ?? nil) ?? asked.place(of: NameKey.foldsToItself(lower) ? lower : NameKey.fold(lower)),
                  place >= 0 else {
                self = .none
                return
            }
            raw = Int32(place) << 1 | (capitalised ? 1 : 0)
        }

        /// `StringPlaces`' hash of a word's bytes when they are ASCII without a capital letter (the word folds to
        /// itself: `NameKey.foldsToItself`); nil for any other word.
        @inline(__always)
        static func hashIfFoldsToItself(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
            guard let hash = ASCIIWordHash.hash(bytes), !ASCIICapitals.holdsCapital(asciiBytes: bytes) else { return nil }
            return hash
        }
    }
}

/// In how many articles each folded word is written in lowercase, and capitalised inside a sentence, by the word's place
/// among the words counted: what `NameEvidence` asks of a name's words is found with one look-up by `StringPlaces`' hash,
/// where two dictionaries were each hashed by SipHash, for every word of every form of the corpus.
struct WordArticleCounts: Sendable {
    private let words: StringPlaces
    private let lowercase: [Int]
    private let capitalised: [Int]

    /// The counts by place of the words in `words`.
    init(words: StringPlaces, lowercase: [Int], capitalised: [Int]) {
        precondition(lowercase.count == words.count && capitalised.count == words.count, "a count for each word")
        (self.words, self.lowercase, self.capitalised) = (words, lowercase, capitalised)
    }

    /// The counts of two tables by folded word (a word absent from one counts 0 there).
    init(lowercase: [String: Int], capitalised: [String: Int]) {
        var words = StringPlaces()
        for word in lowercase.keys.sorted() + capitalised.keys.sorted() { _ = words.place(adding: word) }
        self.init(words: words, lowercase: words.keys.map { lowercase[$0] ?? 0 }, capitalised: words.keys.map { capitalised[$0] ?? 0 })
    }

    /// In how many articles the folded word is written in lowercase, and capitalised inside a sentence (0 and 0 for a
    /// word not counted).
    func counts(ofFolded word: String) -> (lowercase: Int, capitalised: Int) {
        guard let place = words.place(of: word) else { return (0, 0) }
        return (lowercase[place], capitalised[place])
    }

    /// The words counted in lowercase in at least one article, with their counts.
    var lowercaseTable: [String: Int] { table(lowercase) }
    /// The words counted capitalised in at least one article, with their counts.
    var capitalisedTable: [String: Int] { table(capitalised) }

    private func table(_ counts: [Int]) -> [String: Int] {
        var table: [String: Int] = [:]
        for (place, count) in counts.enumerated() where count > 0 { table[words.keys[place]] = count }
        return table
    }
}
