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
        let index = keyIndex
        let starts = KeyStarts(Array(keyIndex.keys))
        let longest = max(scanner.maximumWords, groups.contains(where: \.isDefined) ? 5 : 0)
        var widened = scanner
        widened.maximumWords = longest
        let wideScanner = widened
        let perArticle = SentenceBatches.map(articles, sentences: sentences, maximumBatches: maximumBatches) { article, sentences -> [(Int, SentenceReference)] in
            let source = articles[article].id
            var found: [(Int, SentenceReference)] = []
            for sentence in sentences {
                var hit = Set<Int>()
                for key in wideScanner.allKeys(in: sentence, mayStartKey: starts.mayStartKey) {
                    for position in index[key] ?? [] { hit.insert(position) }
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
        var bySentence: [SentenceReference: [Int]] = [:]
        for (position, references) in sentences.enumerated() where !groups[position].isDefined {
            for reference in references { bySentence[reference, default: []].append(position) }
        }
        for positions in bySentence.values where positions.count > 1 {
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
            group.sentences = Array(Set(group.sentences)).sorted()
            return group
        }
    }

    /// `home secretary` shares every sentence with `home` because it contains it: that is no evidence of one theme.
    static func oneHoldsTheOther(_ lhs: TopicGroup, _ rhs: TopicGroup) -> Bool {
        for a in lhs.keys {
            for b in rhs.keys where a != b && (a.contains(b) || b.contains(a)) { return true }
        }
        return false
    }

    /// Every beginning of the keys sought, so that a run of words stops growing as soon as no key starts with it
    /// (most words start none, and their longer runs need not be made or looked up).
    private struct KeyStarts: Sendable {
        /// With a first look that hashes nothing (`WordSet`): most runs of words start no key.
        private let starts: WordSet

        init(_ keys: [String]) {
            var starts = Set<String>()
            for key in keys {
                var start = ""
                for scalar in key.unicodeScalars {
                    start.unicodeScalars.append(scalar)
                    starts.insert(start)
                }
            }
            self.starts = WordSet(starts)
        }

        /// Asked of ASCII keys only, which equal a sought key only when they have its bytes (keys are lower case, so
        /// none holds a sign such as `K` for kelvin that Unicode equates with a letter); any other key is let through,
        /// as strings equal by Unicode's rules may be spelt with other scalars.
        func mayStartKey(_ key: String) -> Bool {
            starts.contains(key) || !key.utf8.allSatisfy { $0 < 0x80 }
        }
    }

    private struct Pair: Hashable {
        var first: Int
        var second: Int
        init(_ a: Int, _ b: Int) { first = min(a, b); second = max(a, b) }
    }
}
