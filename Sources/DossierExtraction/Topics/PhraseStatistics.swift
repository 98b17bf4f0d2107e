import DossierCore
import Foundation

/// How often each candidate phrase occurs across the corpus: in how many sources, how many times, and
/// whether it is written as a name or as common words. Built per article in parallel, then summed.
struct PhraseStatistics: Sendable {
    /// (The counts are kept in 32 bits, as a run's `Uses` are, and read as `Int`: an entry of 80 bytes rather than 112,
    /// for the corpus's table of every phrase, whose entries the summing of the articles' counts reads at random.)
    struct Entry: Sendable {
        /// Word keys with spaces (`direct talk`), for finding sub-phrases.
        var words: String
        /// Σ over sources of 1 + ln(occurrences in that source): repetition counts, but less than spread.
        private(set) var weight = 0.0
        /// How often the phrase is written each way.
        private var surfaceCounts = SurfaceCounts()
        private var storedWordCount: Int32
        private var storedDocuments: Int32
        private var storedOccurrences: Int32 = 0
        private var storedNameOccurrences: Int32 = 0
        private var storedCommonOccurrences: Int32 = 0
        private var storedNounLikeOccurrences: Int32 = 0
        private var storedQuotedOccurrences: Int32 = 0

        var wordCount: Int { Int(storedWordCount) }
        /// Sources the phrase occurs in.
        var documents: Int { Int(storedDocuments) }
        var occurrences: Int { Int(storedOccurrences) }
        var nameOccurrences: Int { Int(storedNameOccurrences) }
        var commonOccurrences: Int { Int(storedCommonOccurrences) }
        var nounLikeOccurrences: Int { Int(storedNounLikeOccurrences) }
        /// Uses inside quotation marks (every word quoted).
        var quotedOccurrences: Int { Int(storedQuotedOccurrences) }

        init(words: String, wordCount: Int, documents: Int = 0) {
            self.words = words
            storedWordCount = Int32(wordCount)
            storedDocuments = Int32(documents)
        }

        /// Each way the phrase is written, and how often.
        var surfaces: [String: Int] { surfaceCounts.all }

        /// One more source: the uses of the phrase in it, their surfaces added by the caller (`addSurface`).
        mutating func add(_ uses: Uses) {
            storedDocuments += 1
            let count = uses.occurrences
            storedOccurrences += count
            // Most phrases occur once in a source: ln 1 is 0.
            weight += count == 1 ? 1 : 1 + log(Double(count))
            storedNameOccurrences += uses.nameOccurrences
            storedCommonOccurrences += uses.commonOccurrences
            storedNounLikeOccurrences += uses.nounLikeOccurrences
            storedQuotedOccurrences += uses.quotedOccurrences
        }

        /// `count` more uses written as `surface`.
        mutating func addSurface(_ surface: String, count: Int) {
            surfaceCounts.add(surface, count: count)
        }

        /// More uses' surfaces, counted each way.
        mutating func addSurfaces(_ counts: SurfaceCounts) {
            surfaceCounts.add(counts)
        }
    }

    /// The uses of a phrase's key in a run of sentences or an article: an `Entry`'s counts of one source, without its
    /// strings (the phrase's are its cache's, `CachedPhrases`) and in 32-bit counts, since a corpus keeps one for every
    /// phrase of every article until they are summed. Its surfaces are numbers of its run's cache (`CachedPhrases.surfaces`):
    /// the first use's, and how many uses are written so; the rare use written another way is listed in its run's
    /// `otherSurfaces`. So it holds no string or dictionary: counting a use and summing the runs retain nothing, and
    /// the uses are plain bytes to append and free.
    struct Uses: Sendable {
        /// The number of the key in the run's cache, and the phrase of its first use in the run, which names the
        /// corpus's entry if this is the first source to use the key (-1 for uses of no run). Kept with the counts, so
        /// that a key new to a run is one append, where three arrays (keys, first phrases, uses) were three.
        var key: Int32 = -1
        var firstPhrase: Int32 = -1
        var occurrences: Int32 = 0
        var nameOccurrences: Int32 = 0
        var commonOccurrences: Int32 = 0
        var nounLikeOccurrences: Int32 = 0
        var quotedOccurrences: Int32 = 0
        /// The first use's surface (-1 before it), and how many uses are written so.
        var firstSurface: Int32 = -1
        var firstSurfaceCount: Int32 = 0
        /// The first and last of the uses written otherwise, in the run's `otherSurfaces` (-1 for none), in order.
        var firstOther: Int32 = -1
        var lastOther: Int32 = -1
        /// The key's number among its cache's keys of its corpus table (`CachedPhrases.shardPlaces`), set once the run
        /// is counted: what the table's summing finds the key's place by.
        var shardKey: Int32 = -1

        /// More uses in the same article: those of another run of its sentences (their surfaces are summed apart, as
        /// strings: two runs may have different caches).
        mutating func merge(_ other: Uses) {
            occurrences += other.occurrences
            nameOccurrences += other.nameOccurrences
            commonOccurrences += other.commonOccurrences
            nounLikeOccurrences += other.nounLikeOccurrences
            quotedOccurrences += other.quotedOccurrences
        }
    }

    /// The counts of one run of an article's sentences, by the numbers of their keys in the run's cache
    /// (`CachedPhrases`): each key's uses, in the order the keys were first used.
    struct RunCounts: Sendable {
        /// The cache the numbers are of (its number in the pool, as `CountedWords.Run.cache`).
        var cache: Int
        /// By place: each key's uses, with the key's number (`Uses.key`). Once the run is counted, grouped by the
        /// corpus's table each key goes to (`shard(of:)`), in order within each: each table's summing reads its keys'
        /// uses one after another (`uses[shardStarts[shard]..<shardStarts[shard + 1]]`), where reading them by place
        /// from all of them brought most of every run's uses into the processor's cache once for each of the tables.
        var uses: [Uses] = []
        /// The uses written otherwise than their key's first use, each with the next of its key's (-1 after the last).
        var otherSurfaces: [(surface: Int32, next: Int32)] = []
        var shardStarts: [Int] = []

        init(cache: Int) { self.cache = cache }

        /// Room for `count` keys.
        mutating func reserveCapacity(_ count: Int) {
            uses.reserveCapacity(count)
        }

        /// One more use of the key at `place`, of a phrase written as the surface numbered `surface` that is a name or
        /// a common word or neither (`CachedPhrases`).
        mutating func count(_ candidate: PhraseScanner.Candidate, at place: Int, surface: Int32, isName: Bool, isCommon: Bool) {
            // Counted where they are (not read out and written back whole).
            Self.count(candidate, surface: surface, isName: isName, isCommon: isCommon, into: &uses[place], others: &otherSurfaces)
        }

        private static func count(_ candidate: PhraseScanner.Candidate, surface: Int32, isName: Bool, isCommon: Bool,
                                  into use: inout Uses, others otherSurfaces: inout [(surface: Int32, next: Int32)]) {
            use.occurrences += 1
            if isName { use.nameOccurrences += 1 }
            if isCommon { use.commonOccurrences += 1 }
            if candidate.isNounLike { use.nounLikeOccurrences += 1 }
            if candidate.isQuoted { use.quotedOccurrences += 1 }
            if use.firstSurface == surface {
                use.firstSurfaceCount += 1
            } else if use.firstSurface < 0 {
                use.firstSurface = surface
                use.firstSurfaceCount = 1
            } else {
                let other = Int32(otherSurfaces.count)
                otherSurfaces.append((surface, -1))
                if use.lastOther >= 0 { otherSurfaces[Int(use.lastOther)].next = other } else { use.firstOther = other }
                use.lastOther = other
            }
        }

        /// `body` of each surface of the uses at `position` and how many are written so (`surfaces`: the run's cache's
        /// surfaces by number, `CachedPhrases.surfaces`): the first use's, then each use written otherwise, in
        /// order. (Given the surfaces alone: the whole cache passed was copied, its dozen arrays retained and released,
        /// for every run and table.)
        func forEachSurface(of position: Int, surfaces: [String], _ body: (_ surface: String, _ count: Int) -> Void) {
            let uses = uses[position]
            guard uses.firstSurfaceCount > 0 else { return }
            body(surfaces[Int(uses.firstSurface)], Int(uses.firstSurfaceCount))
            var other = uses.firstOther
            while other >= 0 {
                body(surfaces[Int(otherSurfaces[Int(other)].surface)], 1)
                other = otherSurfaces[Int(other)].next
            }
        }
    }

    /// The phrases and their entries, in tables by the top bits of the keys' hashes (`shard(of:)`): a phrase's key is
    /// hashed to find its place, and the entries (about a hundred bytes each) are never moved by a growing dictionary.
    /// The articles' counts are added to each table on its own thread, each table's in reading order, so every entry
    /// sums its articles' counts in the same order on any machine.
    private var shards: [PhraseTable<Entry>]
    private(set) var documentCount = 0
    /// The words of the sentences counted, by the numbers of their readings.
    let words: CountedWords

    /// How many tables (a power of two).
    static let shardCount = 8
    /// The bits of a table's number (`shardCount` is two to this power).
    static let shardBits = shardCount.trailingZeroBitCount

    /// `maximumBatches`: how many runs a long article is cut into at most (`SentenceBatches`), the core count unless a
    /// test asks for cuts on any machine. `sentences`: each article's sentences (`sentences[i]` is `articles[i]`'s).
    init(articles: [Article], sentences: [[Sentence]], scanner: PhraseScanner, maximumBatches: Int = SentenceBatches.coreCount) {
        // The runs a thread works one after another share their word readings (`PhraseWordCachePool`).
        // Each run's words are kept as the numbers of their readings, for the topics' sentences (`CountedWords`).
        let pool = PhraseWordCachePool()
        let perArticle = SentenceBatches.map(sentences, maximumBatches: maximumBatches) { _, sentences in
            pool.withNumberedCache { cache, number in
                var words = CountedWords.Run(start: sentences.startIndex, cache: number)
                let counts = Self.count(sentences, scanner: scanner, words: &cache, recording: &words)
                return (counts: counts, words: words)
            }
        }
        let caches = pool.caches
        words = CountedWords(runs: perArticle.map { $0.map(\.words) }, caches: caches)
        documentCount = perArticle.count
        let phrases = caches.map(\.phrases)
        let keyCounts = Self.keyCountsByShard(phrases)
        shards = ParallelMap.map(Array(0..<Self.shardCount)) { shard in
            Self.table(shard, of: perArticle, phrases: phrases, keyCount: keyCounts[shard])
        }
        // The runs' counts are freed beside the rest of the pass (see `BackgroundRelease`).
        BackgroundRelease.release(consume perArticle)
    }

    /// How many of the caches' keys go to each table (`shard(of:)`), summed over the caches (each cache counts its
    /// own as they are added).
    private static func keyCountsByShard(_ phrases: [CachedPhrases]) -> [Int] {
        var counts = Array(repeating: 0, count: shardCount)
        for cache in phrases {
            for shard in 0..<shardCount { counts[shard] += cache.shardKeyCounts[shard] }
        }
        return counts
    }

    /// One of the corpus's tables (`shard`): the counts of its keys summed over the articles, in reading order, so
    /// that every entry sums its articles' counts in the same order on any machine. `keyCount`: how many of the
    /// caches' keys go to this table (`keyCountsByShard`).
    private static func table(_ shard: Int, of articles: [[(counts: RunCounts, words: CountedWords.Run)]],
                              phrases: [CachedPhrases], keyCount: Int) -> PhraseTable<Entry> {
        var sums = ShardSums(shard: shard, phrases: phrases, keyCount: keyCount)
        for runs in articles {
            if runs.count == 1 { sums.add(runs[0].counts) } else { sums.add(runs.map(\.counts)) }
        }
        return sums.table
    }

    /// The sums of one of the corpus's tables (`shard`), article after article. A key's string is looked up once
    /// per cache that numbered it (`placeOf`), then found by its number in that cache. (Kept in a structure, not in
    /// local variables that a local function changes: those were checked for overlapping access at run time, at every
    /// use of every phrase.)
    private struct ShardSums {
        let shard: Int
        /// Each cache's phrases and keys.
        let phrases: [CachedPhrases]
        /// Each cache's surfaces by number (`CachedPhrases.surfaces`), for `RunCounts.forEachSurface`.
        private let surfaces: [[String]]
        private(set) var table = PhraseTable<Entry>()
        /// Each cache's keys' places in the table (-1 before a key's first use), one cache after another in one array
        /// (the cache's keys start at `firstOf[cache]`): found with one array read, where an array per cache was two.
        /// Only the keys of this table, by their numbers among them (`Uses.shardKey`): an array of all the caches'
        /// keys, an eighth of them used, was a miss of the processor's cache at nearly every use.
        private var placeOf: [Int32]
        private let firstOf: [Int]

        init(shard: Int, phrases: [CachedPhrases], keyCount: Int) {
            self.shard = shard
            self.phrases = phrases
            surfaces = phrases.map(\.surfaces)
            var firstOf: [Int] = []
            var total = 0
            for cache in phrases {
                firstOf.append(total)
                total += cache.shardKeyCounts[shard]
            }
            self.firstOf = firstOf
            placeOf = Array(repeating: -1, count: total)
            // Room for every cache's keys of this table (`keyCount`), which is at least its distinct keys: the room
            // never used is never touched (so costs no page), where a table grown by doubling copied its entries each time.
            table.reserveCapacity(keyCount)
        }

        /// The table's place of the key at `position` of `run`; a key met for the first time gets its entry, named by
        /// the run's first use of it. (The look-up inlined into the loops over the uses; a key's first meeting not.)
        @inline(__always)
        mutating func place(of position: Int, in run: RunCounts) -> Int {
            let slot = firstOf[run.cache] + Int(run.uses[position].shardKey)
            let known = placeOf[slot]
            return known >= 0 ? Int(known) : firstPlace(of: position, in: run, slot: slot)
        }

        /// `place(of:in:)` of a key not met before from this cache: its string looked up (or added) in the table.
        @inline(never)
        private mutating func firstPlace(of position: Int, in run: RunCounts, slot: Int) -> Int {
            // The cache's arrays read where they are (a copy of the cache's phrases retained and released each).
            let cache = run.cache, key = Int(run.uses[position].key), first = Int(run.uses[position].firstPhrase)
            let place = table.place(adding: phrases[cache].keys.keys[key], hash: phrases[cache].keys.hash(at: key),
                                    orAdd: Entry(words: phrases[cache].words[first].spaced, wordCount: phrases[cache].words[first].count))
            placeOf[slot] = Int32(place)
            return place
        }

        /// One more article, counted in one run: its uses of this table's keys.
        mutating func add(_ run: RunCounts) {
            let surfaces = surfaces[run.cache]
            for position in run.shardStarts[shard]..<run.shardStarts[shard + 1] {
                let place = place(of: position, in: run)
                table.updateValue(at: place) { entry in
                    entry.add(run.uses[position])
                    run.forEachSurface(of: position, surfaces: surfaces) { entry.addSurface($0, count: $1) }
                }
            }
        }

        /// One more article, a long one cut into runs (rare): its runs' uses of a key summed first, as one source's.
        mutating func add(_ runs: [RunCounts]) {
            var order: [Int] = []
            var summed: [Int: (uses: Uses, surfaces: SurfaceCounts)] = [:]
            for run in runs {
                let surfaces = surfaces[run.cache]
                for position in run.shardStarts[shard]..<run.shardStarts[shard + 1] {
                    let place = place(of: position, in: run)
                    if summed[place] == nil {
                        order.append(place)
                        summed[place] = (run.uses[position], SurfaceCounts())
                    } else {
                        summed[place]!.uses.merge(run.uses[position])
                    }
                    run.forEachSurface(of: position, surfaces: surfaces) { summed[place]!.surfaces.add($0, count: $1) }
                }
            }
            for place in order {
                let source = summed[place]!
                table.updateValue(at: place) { entry in
                    entry.add(source.uses)
                    entry.addSurfaces(source.surfaces)
                }
            }
        }
    }

    /// Every phrase counted, with its key (in no order the output may depend on): what the tests read; the build reads
    /// the tables in place (`mapTables`), since this copies each entry.
    var entries: some Sequence<(String, Entry)> { shards.lazy.flatMap { zip($0.keys, $0.values) } }

    /// `body` of each table of the phrases counted, its keys and entries by place (the entries read in place through
    /// their buffer: a copy of one retains and releases its strings and surface counts), the tables on all cores; the
    /// answers in no order the output may depend on (as `entries`).
    func mapTables<Answer: Sendable>(_ body: @Sendable (_ keys: [String], _ entries: UnsafeBufferPointer<Entry>) -> Answer) -> [Answer] {
        ParallelMap.map(shards) { table in
            let keys = table.keys
            return table.values.withUnsafeBufferPointer { body(keys, $0) }
        }
    }

    subscript(key: String) -> Entry? {
        let hash = StringPlaces.hash(key)
        return shards[Self.shard(of: hash)][key, hash: hash]
    }

    /// The table of a key with this hash (`StringPlaces.hash`): the hash's top bits,
    /// as the low ones choose the key's slot inside the table.
    static func shard(of hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash >> UInt64(64 - shardCount.trailingZeroBitCount))
    }

    /// The counts of some sentences of one article, by key (each entry has `documents == 1`): a run's counts
    /// (`count(_:scanner:words:recording:)`) with their keys' strings, as the tests compare them. `words`: the readings
    /// of the words met so far, this run's and any earlier run's that used the same cache.
    static func count(_ sentences: ArraySlice<Sentence>, scanner: PhraseScanner, words: inout PhraseWordCache) -> PhraseTable<Entry> {
        var recorded = CountedWords.Run(start: sentences.startIndex, cache: 0)
        let counts = count(sentences, scanner: scanner, words: &words, recording: &recorded)
        var table = PhraseTable<Entry>()
        let surfaces = words.phrases.surfaces
        for position in counts.uses.indices {
            let key = Int(counts.uses[position].key), first = words.phrases.words[Int(counts.uses[position].firstPhrase)]
            let place = table.place(adding: words.phrases.keys.keys[key], hash: words.phrases.keys.hash(at: key),
                                    orAdd: Entry(words: first.spaced, wordCount: first.count))
            table.updateValue(at: place) { entry in
                entry.add(counts.uses[position])
                counts.forEachSurface(of: position, surfaces: surfaces) { entry.addSurface($0, count: $1) }
            }
        }
        return table
    }

    /// The counts of some sentences of one article, the sentences' words recorded in `run` as they are read. Each use
    /// of a phrase is found among the cache's phrases by its words' numbers (`CachedPhrases`, which makes a phrase's
    /// strings the first time any run uses it) and counted by the phrase's key number, the keys in the order they were
    /// first used (as if each use were counted by its key string).
    static func count(_ sentences: ArraySlice<Sentence>, scanner: PhraseScanner, words: inout PhraseWordCache,
                      recording run: inout CountedWords.Run) -> RunCounts {
        var counts = RunCounts(cache: run.cache)
        // Room for a key every two tokens (the BBC corpus has 0.41: a word opens up to three phrases, but many are met
        // before in the run, and punctuation opens none), so that the counts seldom grow. Not more: every run's counts
        // are kept until the corpus's are summed, and room for a key a token was the build's largest heap at its peak.
        var tokenCount = 0
        for index in sentences.indices { tokenCount += sentences[index].tokens.count }
        counts.reserveCapacity(tokenCount / 2)
        run.reserveCapacity(for: sentences)
        // Each sentence's words and clauses, read into the same two arrays sentence after sentence.
        var clauseWords: [PhraseScanner.ClauseWord] = [], clauses: [Range<Int>] = []
        // The sentences read in place through their buffer, not copied (a copy retains and releases its arrays).
        sentences.withUnsafeBufferPointer { sentences in
            for index in sentences.indices {
                scanner.clauses(ofTokens: sentences[index].tokens, words: &words, into: &clauseWords, clauses: &clauses)
                run.record(clauseWords, clauses: clauses)
                // Each candidate counted as it is found (no array of them in between).
                scanner.forEachCandidate(clauseWords, clauses: clauses) { candidate in
                    count(candidate, scanner: scanner, words: &words, into: &counts)
                }
            }
        }
        // The cache's marks of the run's keys left behind (`CachedPhrases.endRun`).
        words.phrases.endRun()
        let shardPlaces = words.phrases.shardPlaces
        for index in counts.uses.indices {
            counts.uses[index].shardKey = Int32(shardPlaces[Int(counts.uses[index].key)] >> shardBits)
        }
        let (byShard, shardStarts) = placesByShard(shards: counts.uses.map { shardPlaces[Int($0.key)] & (shardCount - 1) })
        let uses = counts.uses
        counts.uses = byShard.map { uses[Int($0)] }
        counts.shardStarts = shardStarts
        return counts
    }

    /// One use of a phrase, counted by its key in `counts`.
    private static func count(_ candidate: PhraseScanner.Candidate, scanner: PhraseScanner, words cache: inout PhraseWordCache,
                              into counts: inout RunCounts) {
        let entryPlace: CachedPhrases.EntryPlace
        if let known = cache.phrases.find(candidate.words) {
            entryPlace = known
        } else {
            let occurrence = scanner.occurrence(candidate, words: cache)
            let keyHash = scanner.keyHash(of: occurrence, candidate, words: cache)
            entryPlace = cache.phrases.addEntry(candidate.words, occurrence: occurrence, keyHash: keyHash)
        }
        let (place, isNewKey, entry) = cache.phrases.runPlace(of: entryPlace, nextPlace: counts.uses.count)
        if isNewKey { counts.uses.append(Uses(key: entry.use.key, firstPhrase: entry.phrase)) }
        counts.count(candidate, at: place, surface: entry.phrase, isName: entry.use.isName, isCommon: entry.use.isCommon)
    }

    /// The places of a table's keys grouped by the table (`shard(of:)`) each goes to, in order within each, and where
    /// each table's places start (`starts[shard]..<starts[shard + 1]`).
    static func placesByShard(_ hashes: [UInt64]) -> (places: [Int32], starts: [Int]) {
        placesByShard(shards: hashes.map(shard(of:)))
    }

    /// `placesByShard(_:)` of keys whose tables (`shard(of:)`) the caller has.
    static func placesByShard(shards: [Int]) -> (places: [Int32], starts: [Int]) {
        var starts = Array(repeating: 0, count: shardCount + 1)
        for shard in shards { starts[shard + 1] += 1 }
        for shard in 0..<shardCount { starts[shard + 1] += starts[shard] }
        var next = starts
        var places = Array(repeating: Int32(0), count: shards.count)
        for (place, shard) in shards.enumerated() {
            places[next[shard]] = Int32(place)
            next[shard] += 1
        }
        return (places, starts)
    }

    /// How often a phrase is written each way. Nearly every phrase is written one way, which is kept without a
    /// dictionary (one per phrase and article would be most of the counting's allocations).
    struct SurfaceCounts: Sendable {
        private var first = ""
        /// The other ways, in the order first met, each with its count. A phrase is written few ways (`Talks`,
        /// `talks`), so a way is found by comparing the strings: a dictionary per phrase hashed each (by SipHash) and
        /// grew, a sampled 0.3% of a BBC build.
        private var others: [(surface: String, count: Int)] = []
        /// (32 bits, as the counts of the entry that holds it.)
        private var storedFirstCount: Int32 = 0
        private var firstCount: Int {
            get { Int(storedFirstCount) }
            set { storedFirstCount = Int32(newValue) }
        }

        /// (The first surface, nearly every use's, counted inline where the corpus's counts are summed; the others in
        /// a call of their own.)
        @inline(__always)
        mutating func add(_ surface: String, count: Int) {
            if firstCount == 0 {
                first = surface
                firstCount = count
            } else if surface == first {
                firstCount += count
            } else {
                addOther(surface, count: count)
            }
        }

        @inline(never)
        private mutating func addOther(_ surface: String, count: Int) {
            if let index = others.firstIndex(where: { $0.surface == surface }) {
                others[index].count += count
            } else {
                others.append((surface, count))
            }
        }

        mutating func add(_ other: SurfaceCounts) {
            if other.firstCount > 0 { add(other.first, count: other.firstCount) }
            // Nearly always none: not iterated (an iterator retains and releases the array's storage).
            guard !other.others.isEmpty else { return }
            for index in other.others.indices { add(other.others[index].surface, count: other.others[index].count) }
        }

        /// Each way, with its count.
        var all: [String: Int] {
            var all: [String: Int] = [:]
            for index in others.indices { all[others[index].surface, default: 0] += others[index].count }
            if firstCount > 0 { all[first, default: 0] += firstCount }
            return all
        }
    }
}
