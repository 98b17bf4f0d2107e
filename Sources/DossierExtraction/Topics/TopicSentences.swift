import DossierCore

/// Finds every sentence that holds a keyword of a topic, in one parallel pass over the articles,
/// and merges topics that share most of their sentences.
struct TopicSentences: Sendable {
    /// Sentences per group, in the order of the groups given.
    private(set) var sentences: [[SentenceReference]]
    /// The same sentences by number, in step with `sentences`: each sentence that holds a keyword is numbered from 0 in
    /// reading order (the articles one after another), so that sentences are told apart without hashing their ids.
    private var numbers: [[Int]]
    /// The numbered sentences' references, by number.
    private var references: [SentenceReference]
    /// The numbered sentences' references ascend (as `SentenceReference` sorts them) in reading order, so each group's,
    /// found in reading order, is sorted already and holds each once.
    private var readingOrderIsSorted: Bool

    /// The sentences of each group, found by the words of the sentences as the phrase counts read them (`words`): a
    /// keyword is a run of up to three words of a clause (five when the user defines topics) whose keys, joined without
    /// spaces, are the keyword. A run stops growing as soon as no key sought begins with it, and the run of one word is
    /// asked of each distinct word once per cache (`firstSteps`), not at every token.
    init(articles: [Article], sentences: [[Sentence]], words: CountedWords, groups: [TopicGroup], scanner: PhraseScanner) {
        var keyIndex: [String: [Int]] = [:]
        for (position, group) in groups.enumerated() {
            for key in Set(group.keys) { keyIndex[key, default: []].append(position) }
        }
        let sought = SoughtKeys(keyIndex)
        let longest = max(scanner.maximumWords, groups.contains(where: \.isDefined) ? 5 : 0)
        // What each word's key alone tells, by cache and number: a key sought or the beginning of one (its place), else
        // whether the run it opens grows on; and what it tells as the next word of a run: its first byte
        // (`SoughtKeys.lead(of:)`). Both in one pass over each cache's readings (`SoughtKeys.firstWords(of:)`).
        let firstWords = ParallelMap.map(words.caches) { cache in sought.firstWords(of: cache) }
        let firstSteps = firstWords.map(\.steps), leads = firstWords.map(\.leads)
        let runs = words.runs.enumerated().flatMap { article, runs in runs.map { (article: article, run: $0) } }
        let perRun = ParallelMap.map(runs) { article, run -> [Found] in
            let source = articles[article].id
            let entries = words.caches[run.cache].entries, steps = firstSteps[run.cache], nextLeads = leads[run.cache]
            var found: [Found] = []
            // The groups hit in the sentence, maybe more than once each, sorted in place when it is read (a set sorted
            // into a new array was an allocation per sentence that holds a keyword).
            var hits: [Int] = []
            // A run's joined keys, in one string whose storage is kept from run to run.
            var key = ""
            run.forEachClause { _, clause in
                for start in 0..<clause.count {
                    let first = Int(clause[start])
                    // The place of the run so far among the keys' beginnings (nil when it grows unsought).
                    var runPlace: Int?
                    let step = steps[first]
                    if step.stops { continue }
                    if let place = step.soughtPlace {
                        sought.appendGroups(of: place, to: &hits)
                        runPlace = place
                    }
                    // Longer runs, only after a word whose key may begin one; a next word whose first byte follows
                    // the run in no key sought ends it before its key is joined on and looked up (asked while the
                    // run's keys are ASCII: a word's lead is 0 when its key is not, or empty).
                    var joined = false
                    var runIsASCII = nextLeads[first] != 0
                    for next in (start + 1)..<min(clause.count, start + longest) {
                        let word = Int(clause[next]), lead = nextLeads[word]
                        if runIsASCII, let place = runPlace, !sought.mayFollow(place, lead: lead) { break }
                        runIsASCII = runIsASCII && lead != 0
                        if !joined {
                            key.removeAll(keepingCapacity: true)
                            key += entries[first].word.key
                            joined = true
                        }
                        key += entries[word].word.key
                        guard let place = sought.place(of: key) else {
                            runPlace = nil
                            if sought.mayGrowUnsought(key) { continue } else { break }
                        }
                        runPlace = place
                        sought.appendGroups(of: place, to: &hits)
                    }
                }
            } sentenceEnd: { index in
                guard !hits.isEmpty else { return }
                let reference = SentenceReference(source: source, sentence: sentences[article][index].id)
                hits.sortOnce()
                for position in hits { found.append(Found(group: position, sentence: index, reference: reference)) }
                hits.removeAll(keepingCapacity: true)
            }
            return found
        }
        var perArticle = Array(repeating: [[Found]](), count: words.runs.count)
        for (run, found) in zip(runs, perRun) { perArticle[run.article].append(found) }
        var sentences = Array(repeating: [SentenceReference](), count: groups.count)
        var numbers = Array(repeating: [Int](), count: groups.count)
        var references: [SentenceReference] = []
        var sorted = true
        // The last sentence numbered: its article, its place there, its reference.
        var last: (article: Int, sentence: Int, reference: SentenceReference)?
        for (article, runs) in perArticle.enumerated() {
            for found in runs.joined() {
                if last?.article != article || last?.sentence != found.sentence {
                    if let last, !(last.reference < found.reference) { sorted = false }
                    last = (article, found.sentence, found.reference)
                    references.append(found.reference)
                }
                sentences[found.group].append(found.reference)
                numbers[found.group].append(references.count - 1)
            }
        }
        self.sentences = sentences
        self.numbers = numbers
        self.references = references
        readingOrderIsSorted = sorted
    }

    /// A group's keyword found in a sentence: the group's position, the sentence's in its article, and its reference.
    private struct Found: Sendable {
        var group: Int
        var sentence: Int
        var reference: SentenceReference
    }

    /// The groups with their sentences; a discovered group that shares most of its sentences with a
    /// stronger one joins it (`hostage deal` and `hostage` …). Pairs are counted per sentence, not per pair of groups.
    func mergingOverlaps(_ groups: [TopicGroup], share: Double = TopicRules.sharedSentenceShare) -> [TopicGroup] {
        let shared = SharedSentences(numbers: numbers, sentenceCount: references.count, counted: groups.map { !$0.isDefined })
        var result = groups
        for position in result.indices { result[position].sentences = sentences[position] }
        var joinedInto = Array(0..<groups.count)
        // Each group's sentences by number, those of the groups it took in after its own.
        var joinedNumbers = numbers
        var absorbedAny = Array(repeating: false, count: groups.count)
        // Groups are in score order: each weaker group looks for the strongest it overlaps.
        for weaker in groups.indices where !groups[weaker].isDefined {
            let size = sentences[weaker].count
            for stronger in 0..<weaker where joinedInto[stronger] == stronger && !groups[stronger].isDefined {
                let common = shared.count(stronger, weaker)
                let smaller = min(size, sentences[stronger].count)
                // Only groups of a like size merge: a small theme inside a large one keeps its own place. Whether one
                // group's keys hold the other's (compared as strings, key by key) is asked last, of the few pairs left.
                if common >= TopicRules.minimumSharedSentences, Double(common) >= share * Double(smaller),
                   Double(size) >= TopicRules.mergeSizeRatio * Double(sentences[stronger].count),
                   !Self.oneHoldsTheOther(groups[stronger], groups[weaker]) {
                    joinedInto[weaker] = stronger
                    absorbedAny[stronger] = true
                    result[stronger].keys.append(contentsOf: groups[weaker].keys)
                    result[stronger].sentences.append(contentsOf: sentences[weaker])
                    joinedNumbers[stronger].append(contentsOf: numbers[weaker])
                    break
                }
            }
        }
        let kept = result.indices.filter { joinedInto[$0] == $0 }
        // A group that took in none has its own sentences, found in reading order: sorted and each once already when
        // the reading order is sorted (checked once for the corpus). The others are sorted by rank: the references
        // are sorted once for the corpus, not again for each group's thousands of sentences.
        let needsSorting = kept.filter { absorbedAny[$0] || !readingOrderIsSorted }
        let ranking = needsSorting.isEmpty ? nil : Ranking(references)
        for position in needsSorting { result[position].sentences = ranking!.sortedOnce(joinedNumbers[position]) }
        return kept.map { result[$0] }
    }

    /// The numbered sentences in the order their references sort in: each number's rank (equal references, equal
    /// ranks), and the reference of each rank.
    struct Ranking {
        private var rank: [Int]
        private var byRank: [SentenceReference] = []

        init(_ references: [SentenceReference]) {
            rank = Array(repeating: 0, count: references.count)
            let order = references.indices.sorted { references[$0] < references[$1] }
            for (place, number) in order.enumerated() {
                if place == 0 || references[number] != references[order[place - 1]] { byRank.append(references[number]) }
                rank[number] = byRank.count - 1
            }
        }

        /// The references of some numbered sentences, sorted, each once: what a `Set` of them sorted gives.
        func sortedOnce(_ numbers: [Int]) -> [SentenceReference] {
            var ranks = numbers.map { rank[$0] }
            ranks.sort()
            var sorted: [SentenceReference] = []
            sorted.reserveCapacity(ranks.count)
            for (place, rank) in ranks.enumerated() where place == 0 || ranks[place - 1] != rank { sorted.append(byRank[rank]) }
            return sorted
        }
    }

    /// `home secretary` shares every sentence with `home` because it contains it: that is no evidence of one theme.
    static func oneHoldsTheOther(_ lhs: TopicGroup, _ rhs: TopicGroup) -> Bool {
        for a in lhs.keys {
            for b in rhs.keys where a != b && (a.contains(b) || b.contains(a)) { return true }
        }
        return false
    }

    /// The keys sought, and every beginning of them, so that a run of words stops growing as soon as no key starts
    /// with it (most words start none, and their longer runs need not be made or looked up): one look-up tells both
    /// whether a run may grow and which groups it is a key of.
    private struct SoughtKeys: Sendable {
        /// Every beginning of a key (by scalars), the keys included.
        private var starts = StringPlaces()
        /// The groups whose key each beginning is, in order (none for a beginning only), one beginning's after
        /// another's in one array, by place in `starts` from `groupStarts[place]` to `groupStarts[place + 1]`: read by
        /// position at every hit, where an array per beginning was retained and released at each.
        private var groupPositions: [Int] = []
        private var groupStarts: [Int] = [0]
        /// By place in `starts`: the bytes that follow that beginning in the keys (each as the bit of its low six bits),
        /// when every key is ASCII; nil otherwise (see `mayFollow`).
        private var followers: [UInt64]?

        init(_ keyIndex: [String: [Int]]) {
            let allASCII = keyIndex.keys.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
            var followers: [UInt64] = []
            var groups: [[Int]] = []
            for (key, positions) in keyIndex {
                var start = ""
                var previous: Int?
                for scalar in key.unicodeScalars {
                    if allASCII, let previous { followers[previous] |= Self.bit(of: UInt8(truncatingIfNeeded: scalar.value)) }
                    start.unicodeScalars.append(scalar)
                    let (place, isNew) = starts.place(adding: start)
                    if isNew {
                        groups.append([])
                        followers.append(0)
                    }
                    previous = place
                }
                groups[starts.place(of: key)!] = positions
            }
            self.followers = allASCII ? followers : nil
            for positions in groups {
                groupPositions.append(contentsOf: positions)
                groupStarts.append(groupPositions.count)
            }
        }

        /// Appends to `hits` the groups whose key is the beginning at `place` in `starts`.
        func appendGroups(of place: Int, to hits: inout [Int]) {
            for position in groupStarts[place]..<groupStarts[place + 1] { hits.append(groupPositions[position]) }
        }

        /// The bit a byte has in `followers` and in a lead.
        private static func bit(of byte: UInt8) -> UInt64 { 1 << UInt64(byte & 63) }

        /// What a word's key tells as the next word of a run, for `mayFollow`: the bit of its first byte when the key
        /// is ASCII (`isASCII`, asked by the caller) and not empty, else 0 (no answer).
        func lead(of key: String, isASCII: Bool) -> UInt64 {
            guard followers != nil, isASCII, let first = key.utf8.first else { return 0 }
            return Self.bit(of: first)
        }

        /// Whether a word whose `lead` is `lead` may follow a run whose keys are ASCII, at `place` in `starts`: false
        /// only when the run with the word's key joined on is surely no key sought nor the beginning of one, and so
        /// (ASCII throughout, with every key ASCII) would end the run: no key has the word's first byte after the run.
        /// Strings made only of ASCII are equal only when their bytes are, as `starts` compares them.
        func mayFollow(_ place: Int, lead: UInt64) -> Bool {
            guard lead != 0, let followers else { return true }
            return followers[place] & lead != 0
        }

        /// What a run's first word tells by its key alone: the run is a key sought or begins one (`sought`, with its
        /// place in `starts`), or it is neither but grows on (`mayGrowUnsought`), or it stops there. Four bytes, asked
        /// of every word of every sentence (most stop there): an enum with the place was sixteen, and read as a switch.
        struct FirstStep: Sendable {
            /// The place (0 or more), or `growing` or `stopping`.
            private let value: Int32

            private static let growing: Int32 = -1
            private static let stopping: Int32 = -2

            static func sought(_ place: Int) -> FirstStep { FirstStep(value: Int32(place)) }
            static let growsUnsought = FirstStep(value: growing)
            static let stop = FirstStep(value: stopping)

            /// The run stops at its first word.
            var stops: Bool { value == Self.stopping }
            /// The place in `starts` of the key sought or the beginning of one that the run is, if it is one.
            var soughtPlace: Int? { value >= 0 ? Int(value) : nil }
        }

        /// The `FirstStep` (`step(ofFirstKey:)`) and the lead (`lead(of:)`) of the key of each reading of `cache`, by
        /// number. The readings are read in place (each copied out was its three strings retained and released), and a
        /// key is looked up by the hash the cache kept of it (`PhraseWordCache.keyHashes`), not hashed again; whether it
        /// is ASCII is asked once for both answers.
        func firstWords(of cache: PhraseWordCache) -> (steps: [FirstStep], leads: [UInt64]) {
            var steps: [FirstStep] = [], leads: [UInt64] = []
            steps.reserveCapacity(cache.entries.count)
            leads.reserveCapacity(cache.entries.count)
            let hashes = cache.keyHashes
            cache.entries.withUnsafeBufferPointer { entries in
                for number in entries.indices {
                    let isASCII = entries[number].word.key.isAllASCII
                    steps.append(step(ofFirstKey: entries[number].word.key, hash: hashes[number], isASCII: isASCII))
                    leads.append(lead(of: entries[number].word.key, isASCII: isASCII))
                }
            }
            return (steps, leads)
        }

        /// The `FirstStep` of a run whose first word's key is `key`, whose hash (`StringPlaces.hash`) is `hash`.
        func step(ofFirstKey key: String, hash: UInt64, isASCII: Bool) -> FirstStep {
            if let place = starts.place(of: key, hash: hash) { return .sought(place) }
            // `mayGrowUnsought`.
            return isASCII ? .stop : .growsUnsought
        }

        /// The place of `key` in `starts`, when it is a key sought or begins one.
        func place(of key: String) -> Int? { starts.place(of: key) }

        /// Whether a run that begins no key sought grows on: only a key beyond ASCII does, as strings equal by
        /// Unicode's rules may be spelt with other scalars than the keys' beginnings are.
        func mayGrowUnsought(_ key: String) -> Bool {
            !key.utf8.allSatisfy { $0 < 0x80 }
        }
    }

    /// How many sentences each two groups share, counted per sentence (not per pair of groups), in a table of every
    /// pair of the groups counted (the discovered ones, a few hundred at most) instead of a dictionary hashed per pair.
    struct SharedSentences {
        /// Each group's place among those counted (-1 for one not counted).
        private var place: [Int]
        private var countedGroups: Int
        /// By `place` of the first group times `countedGroups` plus that of the second, the first before the second.
        private var shared: [Int32]

        /// `numbers`: each group's sentences by number (below `sentenceCount`), each once; `counted`: which groups count.
        init(numbers: [[Int]], sentenceCount: Int, counted: [Bool]) {
            place = Array(repeating: -1, count: counted.count)
            countedGroups = 0
            for position in counted.indices where counted[position] {
                place[position] = countedGroups
                countedGroups += 1
            }
            // The counted groups of each sentence, by the sentence's number: where each sentence's start (`starts`), in
            // one array of places, in group order (no array per sentence).
            var starts = Array(repeating: 0, count: sentenceCount + 1)
            for position in numbers.indices where counted[position] {
                for number in numbers[position] { starts[number + 1] += 1 }
            }
            for number in 0..<sentenceCount { starts[number + 1] += starts[number] }
            var next = starts
            var bySentence = Array(repeating: 0, count: starts[sentenceCount])
            for position in numbers.indices where counted[position] {
                for number in numbers[position] {
                    bySentence[next[number]] = place[position]
                    next[number] += 1
                }
            }
            shared = Array(repeating: 0, count: countedGroups * countedGroups)
            for number in 0..<sentenceCount where starts[number + 1] - starts[number] > 1 {
                let places = bySentence[starts[number]..<starts[number + 1]]
                for i in places.indices {
                    for j in places.indices where j > i { shared[places[i] * countedGroups + places[j]] += 1 }
                }
            }
        }

        /// The sentences two counted groups share (given by their positions, in either order).
        func count(_ first: Int, _ second: Int) -> Int {
            let (a, b) = (min(place[first], place[second]), max(place[first], place[second]))
            return Int(shared[a * countedGroups + b])
        }
    }
}
