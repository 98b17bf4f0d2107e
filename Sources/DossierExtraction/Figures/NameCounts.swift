/// The names one article uses (`StoryIndex.nameCounts`) and how often: each name's place in a `StringPlaces` (which
/// keeps its hash by place), with its count. The story index numbers the names of the whole corpus by the hashes kept here, hashing
/// no name again, and `MeasureReader` asks whether the article uses a word; a `Dictionary` of the names hashed each by
/// a seeded SipHash at every use, and again in the index.
struct NameCounts: Sendable, ExpressibleByDictionaryLiteral {
    /// The names, in the order first used.
    private(set) var names = StringPlaces()
    /// By place: how often the name is used.
    private(set) var counts: [Int] = []

    init() {}

    /// Names with their counts (for tests).
    init(dictionaryLiteral elements: (String, Int)...) {
        for (name, count) in elements { add(name, count: count) }
    }

    /// How many distinct names.
    var count: Int { counts.count }

    /// One more use of `name` (`count` more).
    mutating func add(_ name: String, count: Int = 1) {
        let (place, isNew) = names.place(adding: name)
        if isNew { counts.append(0) }
        counts[place] += count
    }

    /// Whether the article uses `name` (as `String`'s `==` tells names apart).
    func contains(_ name: String) -> Bool { names.place(of: name) != nil }
}
