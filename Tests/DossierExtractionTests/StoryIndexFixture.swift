/// An article's name counts for story-index tests: names every article uses (a country's parties) weigh little; the
/// given names are the article's rarer ones (three each), and it has six names of its own besides.
enum StoryIndexFixture {
    static func counts(_ names: [String], own: Int) -> [String: Int] {
        var counts = ["labour": 3, "blair": 2]
        for name in names { counts[name] = 3 }
        for extra in 0..<6 { counts["own\(own)-\(extra)"] = 1 }
        return counts
    }
}
