/// Every distinct phrase the runs of one `PhraseWordCache` counted, told by its words' numbers in that cache
/// (`PhraseWords`), with the strings `PhraseScanner.occurrence` makes of it, made once per cache rather than once per
/// run of sentences that uses the phrase; and the phrases' keys, numbered too (`cease-fire` and `ceasefire` are two
/// phrases of one key).
///
/// A run counts each use of a phrase by its key's number here (`PhraseStatistics.RunCounts`), so that summing the
/// articles' counts into the corpus's tables looks a key's string up once per cache (`PhraseStatistics.ShardSums`),
/// not once per article that uses it: a table of strings per article, each key hashed and compared again in the
/// corpus's table, was a fifth of counting the corpus's phrases.
struct CachedPhrases: Sendable {
    /// What every use of a phrase asks of it, packed (twelve bytes a phrase: the uses read it at random, so what they
    /// ask is in one place, where an array of the surfaces beside was a second miss of the processor's cache per use).
    struct Use: Sendable {
        /// The number of the phrase's key (a place in `keys`).
        var key: Int32
        /// The number of how the phrase is written (`Occurrence.surface`, in `surfaceTexts`).
        var surface: Int32
        /// `Occurrence.isName` and `isCommon`.
        var isName: Bool
        var isCommon: Bool
    }

    /// The phrases by their words' numbers.
    private var places = Places<PhraseWords>()
    /// The phrases of one word (most uses), by the word's number: -1 for none yet. Found with one array read, where
    /// `places` hashed and compared the phrase's numbers.
    private var oneWordPhrases: [Int32] = []
    /// By phrase: what its uses ask, and its words with spaces (`Occurrence.words`) and how many, which name a
    /// corpus's entry.
    private(set) var uses: [Use] = []
    private(set) var words: [(spaced: String, count: Int)] = []
    /// The distinct ways the phrases are written, numbered: a run counts its uses' surfaces by these numbers
    /// (`PhraseStatistics.Uses`), not as strings retained, released and compared at every use. Phrases of different
    /// words may be written alike (`Talks` opening a sentence and inside one are two readings of the word).
    private(set) var surfaceTexts = Places<Spelling>()
    /// The phrases' keys (`Occurrence.key`) by number, each with its hash (`StringPlaces.hash`) kept.
    private(set) var keys = StringPlaces()
    /// By key number: its place among the counts of the run being counted, or -1 (`PhraseStatistics.RunCounts`): set
    /// for the keys a run uses and cleared again by that run, so a run groups its phrases by key without a table of
    /// its own.
    var runPlaces: [Int32] = []

    /// The number of the phrase of `words`, or nil when it was never added: a phrase of one word found by its number,
    /// a longer one by its words' `placeHash`.
    func phrase(_ words: PhraseWords) -> Int? {
        guard words.count == 1 else { return places.place(of: words, hash: words.placeHash) }
        let word = words.number(at: 0)
        guard word < oneWordPhrases.count, oneWordPhrases[word] >= 0 else { return nil }
        return Int(oneWordPhrases[word])
    }

    /// Adds the phrase of `words` (not added before: `phrase(_:)` did not find it) as `occurrence` tells it; its number.
    /// `keyHash`: the hash of the occurrence's key (`PhraseScanner.keyHash`).
    mutating func add(_ words: PhraseWords, occurrence: PhraseScanner.Occurrence, keyHash: UInt64) -> Int {
        let (key, isNewKey) = keys.place(adding: occurrence.key, hash: keyHash)
        if isNewKey { runPlaces.append(-1) }
        let surface = Int32(surfaceTexts.place(adding: Spelling(text: occurrence.surface)).place)
        uses.append(Use(key: Int32(key), surface: surface, isName: occurrence.isName, isCommon: occurrence.isCommon))
        self.words.append((occurrence.words, occurrence.wordCount))
        let phrase = places.place(adding: words, hash: words.placeHash).place
        if words.count == 1 {
            let word = words.number(at: 0)
            if word >= oneWordPhrases.count {
                oneWordPhrases.append(contentsOf: repeatElement(-1, count: max(word + 1, 2 * oneWordPhrases.count) - oneWordPhrases.count))
            }
            oneWordPhrases[word] = Int32(phrase)
        }
        return phrase
    }
}
