import DossierCore
import Foundation

/// How often each candidate phrase occurs across the corpus: in how many sources, how many times, and
/// whether it is written as a name or as common words. Built per article in parallel, then summed.
struct PhraseStatistics: Sendable {
    struct Entry: Sendable {
        /// Word keys with spaces (`direct talk`), for finding sub-phrases.
        var words: String
        var wordCount: Int
        /// Sources the phrase occurs in.
        var documents = 0
        var occurrences = 0
        /// Σ over sources of 1 + ln(occurrences in that source): repetition counts, but less than spread.
        var weight = 0.0
        var nameOccurrences = 0
        var commonOccurrences = 0
        var nounLikeOccurrences = 0
        /// Uses inside quotation marks (every word quoted).
        var quotedOccurrences = 0
        /// How often the phrase is written each way.
        private var surfaceCounts = SurfaceCounts()

        init(words: String, wordCount: Int, documents: Int = 0) {
            self.words = words
            self.wordCount = wordCount
            self.documents = documents
        }

        /// Each way the phrase is written, and how often.
        var surfaces: [String: Int] { surfaceCounts.all }

        /// More uses of the phrase in an article, all written as `occurrence` is: `uses` of them, `nounLike` standing
        /// where a noun does and `quoted` inside quotation marks.
        mutating func count(_ occurrence: PhraseScanner.Occurrence, uses: Int, nounLike: Int, quoted: Int) {
            occurrences += uses
            if occurrence.isName { nameOccurrences += uses }
            if occurrence.isCommon { commonOccurrences += uses }
            nounLikeOccurrences += nounLike
            quotedOccurrences += quoted
            surfaceCounts.add(occurrence.surface, count: uses)
        }

        /// More uses in the same article: the counts of another run of its sentences.
        mutating func merge(_ other: Entry) {
            occurrences += other.occurrences
            nameOccurrences += other.nameOccurrences
            commonOccurrences += other.commonOccurrences
            nounLikeOccurrences += other.nounLikeOccurrences
            quotedOccurrences += other.quotedOccurrences
            surfaceCounts.add(other.surfaceCounts)
        }

        /// One more source: the counts of the phrase in it.
        mutating func add(_ counted: Entry) {
            withUnsafePointer(to: counted) { add($0) }
        }

        /// `add`, the source's counts read in place through a pointer to them: an entry passed as a value from an
        /// article's table was copied for every phrase of every article, its strings and surface counts retained and
        /// released, to read its numbers.
        mutating func add(_ counted: UnsafePointer<Entry>) {
            documents += 1
            occurrences += counted.pointee.occurrences
            // Most phrases occur once in a source: ln 1 is 0.
            weight += counted.pointee.occurrences == 1 ? 1 : 1 + log(Double(counted.pointee.occurrences))
            nameOccurrences += counted.pointee.nameOccurrences
            commonOccurrences += counted.pointee.commonOccurrences
            nounLikeOccurrences += counted.pointee.nounLikeOccurrences
            quotedOccurrences += counted.pointee.quotedOccurrences
            surfaceCounts.add(counted.pointee.surfaceCounts)
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

    /// Tables of a corpus of two articles or more (a power of two); a corpus of one keeps that article's counts as
    /// they are, in one table.
    static let shardCount = 8

    /// `maximumBatches`: how many runs a long article is cut into at most (`SentenceBatches`), the core count unless a
    /// test asks for cuts on any machine. `sentences`: each article's sentences (`sentences[i]` is `articles[i]`'s).
    init(articles: [Article], sentences: [[Sentence]], scanner: PhraseScanner, maximumBatches: Int = SentenceBatches.coreCount) {
        // The runs a thread works one after another share their word readings (`PhraseWordCachePool`).
        // Each run's words are kept as the numbers of their readings, for the topics' sentences (`CountedWords`).
        let caches = PhraseWordCachePool()
        let perArticle = SentenceBatches.map(sentences, maximumBatches: maximumBatches) { _, sentences in
            caches.withNumberedCache { cache, number in
                var words = CountedWords.Run(start: sentences.startIndex, cache: number)
                let counts = Self.count(sentences, scanner: scanner, words: &cache, recording: &words)
                return (counts: counts, words: words)
            }
        }
        words = CountedWords(runs: perArticle.map { $0.map(\.words) }, caches: caches.caches)
        let counted = ParallelMap.map(perArticle) { Self.merged($0.map(\.counts)) }
        documentCount = counted.count
        guard counted.count > 1 else {
            // One source's counts become the entries as they are, without placing every phrase again (all of them,
            // when the corpus is one long article).
            shards = [(counted.first ?? PhraseTable()).mappingValues { counted in
                var entry = Entry(words: counted.words, wordCount: counted.wordCount)
                entry.add(counted)
                return entry
            }]
            return
        }
        // Each article's phrases by table, in the order of their places (one pass over each article's hashes).
        let byShard = ParallelMap.map(counted) { Self.placesByShard($0.hashes) }
        shards = ParallelMap.map(Array(0..<Self.shardCount)) { shard in
            var table = PhraseTable<Entry>()
            // Room for every article's phrases of this table, which is more than its distinct phrases: the room never
            // used is never touched (so costs no page), where a table grown by doubling copied its entries each time.
            table.reserveCapacity(byShard.reduce(0) { $0 + $1.starts[shard + 1] - $1.starts[shard] })
            for (counts, places) in zip(counted, byShard) { Self.add(counts, places: places.places[places.starts[shard]..<places.starts[shard + 1]], to: &table) }
            return table
        }
        // Each article's table is freed beside the rest of the pass (see `BackgroundRelease`).
        BackgroundRelease.release(consume counted)
        BackgroundRelease.release(consume byShard)
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
        return shards[shards.count == 1 ? 0 : Self.shard(of: hash)][key, hash: hash]
    }

    /// The table of a key with this hash (`StringPlaces.hash`) in a corpus of two articles or more: the hash's top bits,
    /// as the low ones choose the key's slot inside the table.
    static func shard(of hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash >> UInt64(64 - shardCount.trailingZeroBitCount))
    }

    /// The counts of some sentences of one article (each entry has `documents == 1`). The uses of a phrase are first
    /// tallied by its words' numbers (`PhraseWords`), and its strings made once, when the tallies become entries
    /// (in the order the phrases were first used, as if each use were counted by its key). `words`: the readings of the
    /// words met so far, this run's and any earlier run's that used the same cache.
    static func count(_ sentences: ArraySlice<Sentence>, scanner: PhraseScanner, words: inout PhraseWordCache) -> PhraseTable<Entry> {
        var recorded = CountedWords.Run(start: sentences.startIndex, cache: 0)
        return count(sentences, scanner: scanner, words: &words, recording: &recorded)
    }

    /// `count`, the sentences' words recorded in `run` as they are read.
    static func count(_ sentences: ArraySlice<Sentence>, scanner: PhraseScanner, words: inout PhraseWordCache,
                      recording run: inout CountedWords.Run) -> PhraseTable<Entry> {
        var places = Places<PhraseWords>()
        var tallies: [Tally] = []
        // Room for about two distinct phrases a token (a word opens up to three, most of them met before in a long
        // run), so that the tallies seldom grow: each growth of the index placed every phrase again.
        var tokenCount = 0
        for index in sentences.indices { tokenCount += sentences[index].tokens.count }
        places.reserveCapacity(2 * tokenCount)
        tallies.reserveCapacity(2 * tokenCount)
        run.reserveCapacity(for: sentences)
        // Each sentence's words, clauses and candidates, read into the same three arrays sentence after sentence.
        var clauseWords: [PhraseScanner.ClauseWord] = [], clauses: [Range<Int>] = [], candidates: [PhraseScanner.Candidate] = []
        // The sentences read in place through their buffer, not copied (a copy retains and releases its arrays).
        sentences.withUnsafeBufferPointer { sentences in
            for index in sentences.indices {
                scanner.clauses(ofTokens: sentences[index].tokens, words: &words, into: &clauseWords, clauses: &clauses)
                run.record(clauseWords, clauses: clauses)
                scanner.numberedCandidates(clauseWords, clauses: clauses, words: words, into: &candidates)
                for candidate in candidates {
                    let (place, isNew) = places.place(adding: candidate.words)
                    if isNew { tallies.append(Tally(first: candidate)) }
                    tallies[place].add(candidate)
                }
            }
        }
        var counts = PhraseTable<Entry>()
        // Each phrase written one way has a tally, and variants share a key: no more keys than tallies.
        counts.reserveCapacity(tallies.count)
        for tally in tallies {
            let occurrence = scanner.occurrence(tally.first, words: words)
            counts.update(occurrence.key, hash: scanner.keyHash(of: occurrence, tally.first, words: words),
                          orAdd: Entry(words: occurrence.words, wordCount: occurrence.wordCount, documents: 1)) {
                $0.count(occurrence, uses: tally.uses, nounLike: tally.nounLike, quoted: tally.quoted)
            }
        }
        return counts
    }

    /// The uses of one phrase written one way in a run of sentences.
    private struct Tally {
        /// The first use, which the phrase's strings are made from.
        var first: PhraseScanner.Candidate
        var uses = 0
        var nounLike = 0
        var quoted = 0

        mutating func add(_ candidate: PhraseScanner.Candidate) {
            uses += 1
            if candidate.isNounLike { nounLike += 1 }
            if candidate.isQuoted { quoted += 1 }
        }
    }

    /// The counts of a whole article from those of its runs of sentences.
    private static func merged(_ batches: [PhraseTable<Entry>]) -> PhraseTable<Entry> {
        guard var total = batches.first else { return PhraseTable() }
        for batch in batches.dropFirst() {
            for (place, key) in batch.keys.enumerated() {
                let counted = batch.values[place]
                total.update(key, hash: batch.hashes[place], orAdd: Entry(words: counted.words, wordCount: counted.wordCount, documents: 1)) {
                    $0.merge(counted)
                }
            }
        }
        return total
    }

    /// The places of a table's keys grouped by the table (`shard(of:)`) each goes to, in order within each, and where
    /// each table's places start (`starts[shard]..<starts[shard + 1]`).
    static func placesByShard(_ hashes: [UInt64]) -> (places: [Int32], starts: [Int]) {
        var starts = Array(repeating: 0, count: shardCount + 1)
        for hash in hashes { starts[shard(of: hash) + 1] += 1 }
        for shard in 0..<shardCount { starts[shard + 1] += starts[shard] }
        var next = starts
        var places = Array(repeating: Int32(0), count: hashes.count)
        for (place, hash) in hashes.enumerated() {
            let shard = shard(of: hash)
            places[next[shard]] = Int32(place)
            next[shard] += 1
        }
        return (places, starts)
    }

    /// One more source's counts of some phrases (`places` in its table), their keys placed by the hashes its counts kept.
    /// The entries are read through their array's buffer, each through a pointer to it: in place, not copied (a copy
    /// retains and releases its strings and surface counts).
    private static func add(_ counts: PhraseTable<Entry>, places: ArraySlice<Int32>, to table: inout PhraseTable<Entry>) {
        let keys = counts.keys, hashes = counts.hashes
        counts.values.withUnsafeBufferPointer { values in
            for place in places.lazy.map(Int.init) {
                let counted = values.baseAddress! + place
                table.update(keys[place], hash: hashes[place],
                             orAdd: Entry(words: counted.pointee.words, wordCount: counted.pointee.wordCount)) { $0.add(counted) }
            }
        }
    }

    /// How often a phrase is written each way. Nearly every phrase is written one way, which is kept without a
    /// dictionary (one per phrase and article would be most of the counting's allocations).
    struct SurfaceCounts: Sendable {
        private var first = ""
        private var firstCount = 0
        private var others: [String: Int] = [:]

        mutating func add(_ surface: String, count: Int) {
            if firstCount == 0 {
                first = surface
                firstCount = count
            } else if surface == first {
                firstCount += count
            } else {
                others[surface, default: 0] += count
            }
        }

        mutating func add(_ other: SurfaceCounts) {
            if other.firstCount > 0 { add(other.first, count: other.firstCount) }
            // Nearly always none: not iterated (an iterator retains and releases the dictionary's storage).
            guard !other.others.isEmpty else { return }
            for (surface, count) in other.others { add(surface, count: count) }
        }

        /// Each way, with its count.
        var all: [String: Int] {
            var all = others
            if firstCount > 0 { all[first, default: 0] += firstCount }
            return all
        }
    }
}
