/// Strings in the order first added, each with how often it was added: a `StringPlaces` (which keeps each key's hash
/// by place) and a count by place. An article's names (`NameCounts`) and the corpus's names (`StoryIndex`: in how many
/// articles each is) are counted so.
struct CountedPlaces: Sendable {
    /// The keys, in the order first added.
    private(set) var places = StringPlaces()
    /// By place: how often the key was added.
    private(set) var counts: [Int] = []

    init() {}

    /// How many distinct keys.
    var count: Int { counts.count }

    /// One more of `key`; its place. `hash`: the key's `StringPlaces.hash`, when the caller kept it (it is not hashed
    /// again).
    @discardableResult
    mutating func add(_ key: String, hash: UInt64? = nil) -> Int {
        let (place, isNew) = places.place(adding: key, hash: hash ?? StringPlaces.hash(key))
        if isNew { counts.append(0) }
        counts[place] += 1
        return place
    }

    /// Whether `key` was added (as `String`'s `==` tells strings apart).
    func contains(_ key: String) -> Bool { places.place(of: key) != nil }
}
