import DossierLanguage

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
    /// What every use of a phrase asks of it besides the phrase's number (which numbers how it is written too:
    /// `surfaces`), packed: the uses read it at random, so what they ask is in one place.
    struct Use: Sendable {
        /// The number of the phrase's key (a place in `keys`).
        var key: Int32
        /// `Occurrence.isName` and `isCommon`.
        var isName: Bool
        var isCommon: Bool
    }

    /// What a count of a use reads of its phrase, found by the phrase's words: its number and what its uses ask, and
    /// where its key was counted in the run being counted (`runPlace(of:nextPlace:)`). Kept in the one place the
    /// phrase is found in (by its word for a phrase of one word, in `longPhrases` for a longer one), so that a use
    /// reads one spread entry, not three in a chain (the phrase's number, then its `Use`, then its key's run place: each
    /// a miss of the processor's cache, and together most of the time of counting a use).
    struct Entry: Sendable {
        /// The phrase's number (-1 in `oneWord` for a word without a phrase yet).
        var phrase: Int32
        var use: Use
        /// The run (`run`) that last counted a use of the phrase, and the place of its key among that run's counts.
        var lastRun: Int32 = -1
        var lastRunPlace: Int32 = -1
        /// Another phrase has the same key (`cease-fire`, `ceasefire`): the key's place in a run is kept by key
        /// (`runPlaces`), where a key of one phrase keeps it in the phrase's entry alone.
        var keyIsShared = false
    }

    /// Where a phrase's `Entry` is: at its word's number in `oneWord`, or at a place in `longPhrases`.
    struct EntryPlace: Sendable {
        var isLong: Bool
        var index: Int
    }

    /// The phrases of one word (most uses), by the word's number: found with one array read, without hashing.
    private var oneWord: [Entry] = []
    /// The phrases of more words, with their words, found through `longIndex` by their words' `placeHash`.
    private var longPhrases: [(words: PhraseWords, entry: Entry)] = []
    private var longIndex = HashSlots(firstSize: 16)
    /// The number of the run being counted (`endRun`), which `Entry.lastRun` and `runPlaces` are compared with.
    private(set) var run: Int32 = 0
    /// By phrase number: what its uses ask (as in its entry), and its words with spaces (`Occurrence.words`) and how
    /// many, which name a corpus's entry.
    private(set) var uses: [Use] = []
    private(set) var words: [(spaced: String, count: Int)] = []
    /// By phrase number: how the phrase is written (`Occurrence.surface`). A run counts its uses' surfaces by the
    /// phrases' numbers (`PhraseStatistics.Uses`), not as strings retained, released and compared at every use. Two
    /// phrases may be written alike (`Talks` opening a sentence and inside one are two readings of the word): their
    /// uses are summed as one surface where the corpus's counts compare the strings (`PhraseStatistics.SurfaceCounts`),
    /// as they were when the ways of writing were numbered apart, each looked up (hashed and compared) in a table of
    /// its own for every new phrase.
    private(set) var surfaces: [String] = []
    /// The phrases' keys (`Occurrence.key`) by number, each with its hash (`StringPlaces.hash`) kept.
    private(set) var keys = StringPlaces()
    /// By key number, for keys of several phrases (`Entry.keyIsShared`): the key's place among the counts of the run
    /// numbered `run`, so a run groups its phrases by key without a table of its own (a place of an earlier run is
    /// stale, so nothing is cleared after a run).
    private(set) var runPlaces: [(run: Int32, place: Int32)] = []
    /// By key number: where the entry of the key's first phrase is (marked shared when a second phrase comes).
    private var firstEntries: [EntryPlace] = []
    /// By key number: the corpus table the key goes to (`PhraseStatistics.shard(of:)`) and its number among this
    /// cache's keys of that table, packed as `number << PhraseStatistics.shardBits | table`; and how many
    /// keys go to each table. A table's summing keeps a place per key of its own only (`PhraseStatistics.ShardSums`).
    private(set) var shardPlaces: [Int] = []
    private(set) var shardKeyCounts = Array(repeating: 0, count: PhraseStatistics.shardCount)

    /// The number of the phrase of `words`, or nil when it was never added.
    func phrase(_ words: PhraseWords) -> Int? {
        find(words).map { Int(self[$0].phrase) }
    }

    /// Where the entry of the phrase of `words` is, or nil when it was never added: a phrase of one word found by its
    /// number, a longer one by its words' `placeHash`.
    @inline(__always)
    func find(_ words: PhraseWords) -> EntryPlace? {
        guard words.count == 1 else {
            return longIndex.find(hash: words.placeHash) { longPhrases[$0].words == words }.entry.map { EntryPlace(isLong: true, index: $0) }
        }
        let word = words.number(at: 0)
        guard word < oneWord.count, oneWord[word].phrase >= 0 else { return nil }
        return EntryPlace(isLong: false, index: word)
    }

    /// The entry at `place`.
    subscript(place: EntryPlace) -> Entry {
        get { place.isLong ? longPhrases[place.index].entry : oneWord[place.index] }
        set {
            if place.isLong { longPhrases[place.index].entry = newValue } else { oneWord[place.index] = newValue }
        }
    }

    /// The place of the key of the phrase at `place` among the counts of the run being counted, and whether the run
    /// meets the key for the first time (it then gets `nextPlace`), with the phrase's entry. The place is kept in the
    /// phrase's entry (read anyway); only a key of several phrases is looked up by key (`runPlaces`, a second miss of
    /// the processor's cache per use, when every key was).
    @inline(__always)
    mutating func runPlace(of place: EntryPlace, nextPlace: Int) -> (place: Int, isNewKey: Bool, entry: Entry) {
        var entry = self[place]
        if entry.lastRun == run { return (Int(entry.lastRunPlace), false, entry) }
        var runPlace = nextPlace, isNewKey = true
        if entry.keyIsShared {
            let key = Int(entry.use.key)
            if runPlaces[key].run == run {
                runPlace = Int(runPlaces[key].place)
                isNewKey = false
            } else {
                runPlaces[key] = (run, Int32(runPlace))
            }
        }
        entry.lastRun = run
        entry.lastRunPlace = Int32(runPlace)
        self[place] = entry
        return (runPlace, isNewKey, entry)
    }

    /// After a run: the next run's number (places marked by the last run are not read as the next's).
    mutating func endRun() {
        run &+= 1
    }

    /// Adds the phrase of `words` (not added before: `find(_:)` did not find it) as `occurrence` tells it; its number.
    /// `keyHash`: the hash of the occurrence's key (`PhraseScanner.keyHash`).
    @discardableResult
    mutating func add(_ words: PhraseWords, occurrence: PhraseScanner.Occurrence, keyHash: UInt64) -> Int {
        Int(self[addEntry(words, occurrence: occurrence, keyHash: keyHash)].phrase)
    }

    /// `add(_:occurrence:keyHash:)`, answering where the new phrase's entry is.
    mutating func addEntry(_ words: PhraseWords, occurrence: PhraseScanner.Occurrence, keyHash: UInt64) -> EntryPlace {
        let (key, isNewKey) = keys.place(adding: occurrence.key, hash: keyHash)
        let use = Use(key: Int32(key), isName: occurrence.isName, isCommon: occurrence.isCommon)
        surfaces.append(occurrence.surface)
        let phrase = uses.count
        uses.append(use)
        self.words.append((occurrence.words, occurrence.wordCount))
        var entry = Entry(phrase: Int32(phrase), use: use)
        if isNewKey {
            runPlaces.append((-1, -1))
            let shard = PhraseStatistics.shard(of: keyHash)
            shardPlaces.append(shardKeyCounts[shard] << PhraseStatistics.shardBits | shard)
            shardKeyCounts[shard] += 1
        } else {
            entry.keyIsShared = true
            shareKey(key)
        }
        let place: EntryPlace
        if words.count == 1 {
            let word = words.number(at: 0)
            if word >= oneWord.count {
                let none = Entry(phrase: -1, use: Use(key: -1, isName: false, isCommon: false))
                oneWord.append(contentsOf: repeatElement(none, count: max(word + 1, 2 * oneWord.count) - oneWord.count))
            }
            oneWord[word] = entry
            place = EntryPlace(isLong: false, index: word)
        } else {
            let hash = words.placeHash
            let (found, slot) = longIndex.find(hash: hash) { longPhrases[$0].words == words }
            precondition(found == nil, "a phrase is added once")
            longPhrases.append((words, entry))
            place = EntryPlace(isLong: true, index: longIndex.add(hash: hash, at: slot))
        }
        if isNewKey { firstEntries.append(place) }
        return place
    }

    /// A second phrase of `key` is added: the key's first phrase is marked as sharing it, and the place it took in the
    /// run being counted, if any, is the key's (until now only that phrase could have given the key a place).
    private mutating func shareKey(_ key: Int) {
        let first = firstEntries[key]
        guard !self[first].keyIsShared else { return }
        self[first].keyIsShared = true
        if self[first].lastRun == run { runPlaces[key] = (run, self[first].lastRunPlace) }
    }
}
