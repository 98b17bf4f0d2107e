@testable import DossierExtraction

/// An article's name counts for story-index tests: names every article uses (a country's parties) weigh little; the
/// given names are the article's rarer ones (three each), and it has six names of its own besides. Counted as
/// `StoryIndex.nameCounts` counts them, one use at a time.
enum StoryIndexFixture {
    static func counts(_ names: [String], own: Int) -> NameCounts {
        var counts = NameCounts()
        func use(_ name: String, times: Int) { for _ in 0..<times { counts.add(name) } }
        use("labour", times: 3)
        use("blair", times: 2)
        for name in names { use(name, times: 3) }
        for extra in 0..<6 { use("own\(own)-\(extra)", times: 1) }
        return counts
    }
}
