import Foundation

/// Groups mentions from different sources that state the same measure, in near-linear time:
/// a mention is compared only with recent groups of its bucket and groups that share a rare word or its value.
///
/// The same number for the same counted thing joins easily; a different number makes the row a conflict, so it
/// joins only when the whole reading agrees (counted noun, what happened to it, time, owner) in articles that
/// tell the same story. Articles on different stories share a row only for the same number in the same words.
struct FigureGrouper: Sendable {
    /// Which sources tell the same story; nil when all do.
    var stories: StoryIndex?

    init(stories: StoryIndex? = nil) {
        self.stories = stories
    }

    /// How many recent groups of a bucket, and of each word's postings, a mention is compared with.
    static let recentGroups = 48
    static let postingReach = 16
    /// Values of one measure from different outlets rarely differ by more than this factor.
    static let maximumRatio = 3.0
    /// How much of the context a different number must share to make a conflict.
    static let conflictOverlap = 0.0
    /// How much of the context the same number must share to join a row of another story.
    static let otherStoryOverlap = 0.5

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
        let adjectives = Set(mention.reading.adjectives)
        if !adjectives.isEmpty, !group.adjectives.isEmpty, adjectives.isDisjoint(with: group.adjectives) { return nil }
        // Sources that name different years are naming different events.
        if mention.quantity.kind == .year, let value, let typical = group.typicalValue, value != typical { return nil }
        if let value, let typical = group.typicalValue {
            let low = min(abs(value), abs(typical)), high = max(abs(value), abs(typical))
            if low == 0 ? high != 0 : high / low > Self.maximumRatio { return nil }
        }
        if contradicts(mention.reading, group) { return nil }
        var score = weights.overlap(mention.reading.context, group.context, otherWeight: group.contextWeight)
        let sameNumber = value.map(group.numbers.contains) ?? false
        if group.values[mention.sourceIndex] == nil {
            let firstSources = group.sources.prefix(3)
            let sameStory = firstSources.contains { stories?.sameStory($0, mention.sourceIndex) ?? true }
            let sameTime = group.times == [mention.reading.time ?? ""]
            if !sameNumber {
                let allSameStory = firstSources.allSatisfy { stories?.sameStory($0, mention.sourceIndex) ?? true }
                let sameYear = mention.year.map { year in group.years.allSatisfy { $0 == year } } ?? true
                guard allSameStory, sameTime, sameYear, mention.specificity >= 2, score >= Self.conflictOverlap else { return nil }
            } else if !sameStory {
                guard mention.reading.head != nil, sameTime, score >= Self.otherStoryOverlap else { return nil }
            }
        }
        if sameNumber { score += 0.2 }
        if !Set(mention.reading.names).isDisjoint(with: group.names) { score += 0.1 }
        return score
    }

    /// Different owners (`Labour's plan` and `a Tory plan`) or different ends of a change (`from £60,000`,
    /// `to £150,000`) are different measures.
    private func contradicts(_ reading: MeasureReading, _ group: Group) -> Bool {
        if let owner = reading.owner, !group.owners.isEmpty, !group.owners.contains(where: { Self.sameOwner($0, owner) }) {
            return true
        }
        if let direction = reading.direction, !group.directions.isEmpty, !group.directions.contains(direction) { return true }
        return false
    }

    /// Owners are the same when their names share a word (`conservative party`, `conservative`).
    static func sameOwner(_ lhs: String, _ rhs: String) -> Bool {
        !Set(lhs.split(separator: " ")).isDisjoint(with: rhs.split(separator: " "))
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
        var names: Set<String> = []
        var typicalValue: Double?
        /// The numbers stated, the owners and ends of change read, and the times (`""` for none).
        var numbers: Set<Double> = []
        var owners: Set<String> = []
        var directions: Set<String> = []
        var times: Set<String> = []
        var years: Set<Int> = []

        init(_ index: Int, _ mention: FigureMention, weights: WordWeights) {
            members = []
            values = [:]
            adjectives = []
            context = []
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
            if let value = mention.value.value { numbers.insert(value) }
            if let owner = mention.reading.owner { owners.insert(owner) }
            if let direction = mention.reading.direction { directions.insert(direction) }
            times.insert(mention.reading.time ?? "")
            if let year = mention.year { years.insert(year) }
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
