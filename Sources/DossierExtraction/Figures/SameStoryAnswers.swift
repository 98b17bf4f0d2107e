/// `StoryIndex.sameStory` of one article against others. The grouper asks whether a mention's article and a candidate
/// group's first sources tell the same story for nearly every comparison, and the mentions of one article, which come
/// one after another, meet many groups' sources.
///
/// When asked about a new article, the weight of the names it shares with every other article is added up at once,
/// from the lists of each of its names' articles (`StoryIndex.sharedWeights`): a few short lists, where working out
/// each pair on its own (the other article's names looked up one by one) cost more than all the rest of a comparison.
/// Each answer is then a division and a comparison. A weight is kept with the stamp of the article it was added for,
/// so moving on to another article forgets the old weights without clearing anything.
struct SameStoryAnswers {
    private let stories: StoryIndex?
    /// For each article, the weight of the names it shares with the article asked about, where `stamps` holds `stamp`.
    private var shared: [Double]
    private var stamps: [Int]
    /// The stamp of the weights of `article`; 0 before any.
    private var stamp = 0
    private var article = -1

    init(stories: StoryIndex?) {
        self.stories = stories
        let count = stories?.articleCount ?? 0
        shared = Array(repeating: 0, count: count)
        stamps = Array(repeating: 0, count: count)
    }

    /// `stories.sameStory(other, article)`, or true without a story index.
    mutating func sameStory(_ other: Int, _ article: Int) -> Bool {
        // An article tells its own story (as the index answers at once): all a one-article corpus ever asks.
        if other == article { return true }
        guard let stories else { return true }
        guard other >= 0, other < stamps.count, article >= 0, article < stamps.count else { return stories.sameStory(other, article) }
        if article != self.article {
            stamp += 1
            self.article = article
            stories.sharedWeights(with: article, into: &shared, stamps: &stamps, stamp: stamp)
        }
        return stories.sameStory(other, article, sharedWeight: stamps[other] == stamp ? shared[other] : 0)
    }
}
