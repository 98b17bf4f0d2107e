/// The names one article uses (`StoryIndex.nameCounts`) and how often: each name's place in a `StringPlaces` (which
/// keeps its hash by place), with its count. The story index numbers the names of the whole corpus by the hashes kept here, hashing
/// no name again, and `MeasureReader` asks whether the article uses a word; a `Dictionary` of the names hashed each by
/// a seeded SipHash at every use, and again in the index.
struct NameCounts: Sendable {
    /// The names, in the order first used.
    private(set) var names = StringPlaces()
    /// By place: how often the name is used.
    private(set) var counts: [Int] = []

    init() {}

    /// How many distinct names.
    var count: Int { counts.count }

    /// One more use of `name`.
    mutating func add(_ name: String) {
        let (place, isNew) = names.place(adding: name)
        if isNew { counts.append(0) }
        counts[place] += 1
    }

    /// Whether the article uses `name` (as `String`'s `==` tells names apart).
    func contains(_ name: String) -> Bool { names.place(of: name) != nil }
}
