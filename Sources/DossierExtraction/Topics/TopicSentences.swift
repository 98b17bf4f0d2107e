import DossierCore

/// Finds every sentence that holds a keyword of a topic, in one parallel pass over the articles,
/// and merges topics that share most of their sentences.
struct TopicSentences: Sendable {
    /// Sentences per group, in the order of the groups given.
    private(set) var sentences: [[SentenceReference]]

    /// `maximumBatches`: how many runs a long article is cut into at most (`SentenceBatches`). `sentences`: each
    /// article's sentences, when the caller has them.
    init(articles: [Article], sentences: [[Sentence]]? = nil, groups: [TopicGroup], scanner: PhraseScanner,
         maximumBatches: Int = SentenceBatches.coreCount) {
        var keyIndex: [String: [Int]] = [:]
        for (position, group) in groups.enumerated() {
            for key in Set(group.keys) { keyIndex[key, default: []].append(position) }
        }
        let sought = SoughtKeys(keyIndex)
        let longest = max(scanner.maximumWords, groups.contains(where: \.isDefined) ? 5 : 0)
        var widened = scanner
        widened.maximumWords = longest
        let wideScanner = widened
        let perArticle = SentenceBatches.map(articles, sentences: sentences, maximumBatches: maximumBatches) { article, sentences -> [(Int, SentenceReference)] in
            let source = articles[article].id
            var found: [(Int, SentenceReference)] = []
            for sentence in sentences {
                var hit = Set<Int>()
                wideScanner.forEachKey(in: sentence) { key in
                    guard let place = sought.place(of: key) else { return sought.mayGrowUnsought(key) }
                    for position in sought.groups[place] { hit.insert(position) }
                    return true
                }
                for position in hit.sorted() {
                    found.append((position, SentenceReference(source: source, sentence: sentence.id)))
                }
            }
            return found
        }
        var sentences = Array(repeating: [SentenceReference](), count: groups.count)
        for found in perArticle.joined() {
            for (position, reference) in found { sentences[position].append(reference) }
        }
        self.sentences = sentences
    }

    /// The groups with their sentences; a discovered group that shares most of its sentences with a
    /// stronger one joins it (`hostage deal` and `hostage` …). Pairs are counted per sentence, not per pair of groups.
    func mergingOverlaps(_ groups: [TopicGroup], share: Double = TopicRules.sharedSentenceShare) -> [TopicGroup] {
        var shared: [Pair: Int] = [:]
        // The groups of each sentence, by the sentence's place (`Places` hashes a reference's two strings by FNV-1a).
        var references = Places<SentenceReference>()
        var bySentence: [[Int]] = []
        for (position, found) in sentences.enumerated() where !groups[position].isDefined {
            for reference in found {
                let (place, isNew) = references.place(adding: reference)
                if isNew { bySentence.append([position]) } else { bySentence[place].append(position) }
            }
        }
        for positions in bySentence where positions.count > 1 {
            for i in positions.indices {
                for j in positions.indices where j > i { shared[Pair(positions[i], positions[j]), default: 0] += 1 }
            }
        }
        var result = groups
        for position in result.indices { result[position].sentences = sentences[position] }
        var joinedInto = Array(0..<groups.count)
        // Groups are in score order: each weaker group looks for the strongest it overlaps.
        for weaker in groups.indices where !groups[weaker].isDefined {
            let size = sentences[weaker].count
            for stronger in 0..<weaker where joinedInto[stronger] == stronger && !groups[stronger].isDefined
                && !Self.oneHoldsTheOther(groups[stronger], groups[weaker]) {
                let common = shared[Pair(stronger, weaker)] ?? 0
                let smaller = min(size, sentences[stronger].count)
                // Only groups of a like size merge: a small theme inside a large one keeps its own place.
                if common >= TopicRules.minimumSharedSentences, Double(common) >= share * Double(smaller),
                   Double(size) >= TopicRules.mergeSizeRatio * Double(sentences[stronger].count) {
                    joinedInto[weaker] = stronger
                    result[stronger].keys.append(contentsOf: groups[weaker].keys)
                    result[stronger].sentences.append(contentsOf: sentences[weaker])
                    break
                }
            }
        }
        return result.indices.filter { joinedInto[$0] == $0 }.map { position in
            var group = result[position]
            group.sentences = Self.sortedOnce(group.sentences)
            return group
        }
    }

    /// The references sorted, each once. Most groups joined no other, and their sentences were found in reading order,
    /// which is sorted already when the sources' ids are: those are kept as they are, without hashing or sorting them.
    static func sortedOnce(_ references: [SentenceReference]) -> [SentenceReference] {
        if zip(references, references.dropFirst()).allSatisfy({ $0 < $1 }) { return references }
        return Array(Set(references)).sorted()
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
        /// By place in `starts`: the groups whose key it is, in order (none for a beginning only).
        private(set) var groups: [[Int]] = []

        init(_ keyIndex: [String: [Int]]) {
            for (key, positions) in keyIndex {
                var start = ""
                for scalar in key.unicodeScalars {
                    start.unicodeScalars.append(scalar)
                    if starts.place(adding: start).isNew { groups.append([]) }
                }
                groups[starts.place(of: key)!] = positions
            }
        }

        /// The place of `key` in `starts`, when it is a key sought or begins one.
        func place(of key: String) -> Int? { starts.place(of: key) }

        /// Whether a run that begins no key sought grows on: only a key beyond ASCII does, as strings equal by
        /// Unicode's rules may be spelt with other scalars than the keys' beginnings are.
        func mayGrowUnsought(_ key: String) -> Bool {
            !key.utf8.allSatisfy { $0 < 0x80 }
        }
    }

    private struct Pair: Hashable {
        var first: Int
        var second: Int
        init(_ a: Int, _ b: Int) { first = min(a, b); second = max(a, b) }
    }
}

/// A sentence's places in `TopicSentences.mergingOverlaps`: its source's and its id's hashes (`StringPlaces`), mixed.
extension SentenceReference: PlaceKey {
    var placeHash: UInt64 {
        StringPlaces.mixed(StringPlaces.hash(source) &* 0x9E37_79B9_7F4A_7C15 ^ StringPlaces.hash(sentence))
    }
}
