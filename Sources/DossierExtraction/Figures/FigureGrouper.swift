import Foundation

/// Groups mentions from different sources that state the same measure, in near-linear time:
/// a mention is compared only with recent groups of its bucket and groups that share a rare word or its value.
struct FigureGrouper: Sendable {
    /// The names each source's story is about, by source position.
    var storyNames: [Set<String>]

    /// How many recent groups of a bucket, and of each word's postings, a mention is compared with.
    static let recentGroups = 48
    static let postingReach = 16
    /// Values of one measure from different outlets rarely differ by more than this factor.
    static let maximumRatio = 3.0

    /// Groups of mention indices, in the order their first mention appears.
    func groups(_ mentions: [FigureMention]) -> [[Int]] {
        let weights = WordWeights(mentions.map(\.reading.context))
        var groups: [Group] = []
        var byBucket: [String: [Int]] = [:]
        var postings: [String: [Int]] = [:]
        for (index, mention) in mentions.enumerated() {
            let bucket = mention.bucket
            let candidates = candidateGroups(for: mention, bucket: bucket, byBucket: byBucket, postings: postings)
            var best: (group: Int, score: Double)?
            for candidate in candidates {
                guard let score = score(mention, against: groups[candidate], mentions: mentions, weights: weights) else { continue }
                if best == nil || score > best!.score { best = (candidate, score) }
            }
            let chosen: Int
            if let best, best.score >= threshold(for: mention) {
                chosen = best.group
                groups[chosen].add(index, mention, weights: weights)
            } else {
                chosen = groups.count
                groups.append(Group(index, mention, weights: weights))
                byBucket[bucket, default: []].append(chosen)
            }
            for key in postingKeys(for: mention, bucket: bucket) where postings[key]?.last != chosen {
                postings[key, default: []].append(chosen)
            }
        }
        return groups.map(\.members)
    }

    private func candidateGroups(for mention: FigureMention, bucket: String, byBucket: [String: [Int]],
                                 postings: [String: [Int]]) -> [Int] {
        var found = Set((byBucket[bucket] ?? []).suffix(Self.recentGroups))
        for key in postingKeys(for: mention, bucket: bucket) {
            found.formUnion((postings[key] ?? []).suffix(Self.postingReach))
        }
        return found.sorted()
    }

    private func postingKeys(for mention: FigureMention, bucket: String) -> [String] {
        var keys = mention.reading.context.map { bucket + "|w:" + $0 }
        if let value = mention.value.value { keys.append(bucket + "|v:\(value)") }
        return keys
    }

    /// The minimum score to join a group: the less the bucket says, the more the words must agree.
    private func threshold(for mention: FigureMention) -> Double {
        switch mention.specificity {
        case 2...: return 0.0
        case 1: return 0.2
        default: return 0.35
        }
    }

    /// How well a mention fits a group; nil when it cannot belong there.
    private func score(_ mention: FigureMention, against group: Group, mentions: [FigureMention], weights: WordWeights) -> Double? {
        let value = mention.value.value
        if let value, let stated = group.values[mention.sourceIndex] ?? nil, stated != value { return nil }
        if group.values[mention.sourceIndex] == nil, group.sourceCount > 0,
           !storyNames.isEmpty, !group.sources.prefix(3).contains(where: { sameStory($0, mention.sourceIndex) }) { return nil }
        let adjectives = Set(mention.reading.adjectives)
        if !adjectives.isEmpty, !group.adjectives.isEmpty, adjectives.isDisjoint(with: group.adjectives) { return nil }
        // Sources that name different years are naming different events.
        if mention.quantity.kind == .year, let value, let typical = group.typicalValue, value != typical { return nil }
        if let value, let typical = group.typicalValue {
            let low = min(abs(value), abs(typical)), high = max(abs(value), abs(typical))
            if low == 0 ? high != 0 : high / low > Self.maximumRatio { return nil }
        }
        var score = weights.overlap(mention.reading.context, group.context, otherWeight: group.contextWeight)
        if let value, group.values.values.contains(where: { $0 == value }) { score += 0.2 }
        if !Set(mention.reading.names).isDisjoint(with: group.names) { score += 0.1 }
        return score
    }

    private func sameStory(_ lhs: Int, _ rhs: Int) -> Bool {
        lhs == rhs || StoryNames.sameStory(storyNames[lhs], storyNames[rhs])
    }

    /// A growing group: its members and what comparisons need of them.
    private struct Group {
        var members: [Int]
        /// The value each source states (nil for a vague amount).
        var values: [Int: Double?]
        var sources: [Int] { values.keys.sorted() }
        var sourceCount: Int { values.count }
        var adjectives: Set<String>
        var context: Set<String>
        var contextWeight = 0.0
        var names: Set<String>
        var typicalValue: Double?

        init(_ index: Int, _ mention: FigureMention, weights: WordWeights) {
            members = []
            values = [:]
            adjectives = []
            context = []
            names = []
            add(index, mention, weights: weights)
        }

        mutating func add(_ index: Int, _ mention: FigureMention, weights: WordWeights) {
            members.append(index)
            if values[mention.sourceIndex] == nil || values[mention.sourceIndex]! == nil {
                values[mention.sourceIndex] = mention.value.value
            }
            adjectives.formUnion(mention.reading.adjectives)
            for word in mention.reading.context where context.insert(word).inserted {
                contextWeight += weights.weight(word)
            }
            names.formUnion(mention.reading.names)
            if typicalValue == nil { typicalValue = mention.value.value }
        }
    }
}

/// Weights of context words: rare words say more about a measure than common ones.
struct WordWeights: Sendable {
    private var weights: [String: Double] = [:]

    init(_ contexts: [[String]]) {
        var counts: [String: Int] = [:]
        for context in contexts { for word in context { counts[word, default: 0] += 1 } }
        let total = Double(max(contexts.count, 1))
        for (word, count) in counts { weights[word] = log(1 + total / Double(count)) }
    }

    func weight(_ word: String) -> Double { weights[word] ?? 1 }

    /// The weight of the shared words over the weight of the smaller side: 1 when one side's words are all in the other.
    /// `otherWeight` is the summed weight of `others`, kept by the caller.
    func overlap(_ words: [String], _ others: Set<String>, otherWeight theirs: Double) -> Double {
        guard !words.isEmpty, !others.isEmpty else { return 0 }
        let own = words.reduce(0) { $0 + weight($1) }
        let shared = words.filter(others.contains).reduce(0) { $0 + weight($1) }
        return shared / max(min(own, theirs), 1e-9)
    }
}
