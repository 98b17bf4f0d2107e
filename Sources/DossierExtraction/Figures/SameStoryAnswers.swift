/// `StoryIndex.sameStory` of one article against others. The grouper asks whether a mention's article and a candidate
/// group's first sources tell the same story for nearly every comparison, and the mentions of one article, which come
/// one after another, meet many groups' sources.
///
/// When asked about a new article, the weight of the names it shares with every other article is added up at once,
/// from the lists of each of its names' articles (`StoryIndex.sharedWeights`): a few short lists, where working out
/// each pair on its own (the other article's names looked up one by one) cost more than all the rest of a comparison.
/// Each answer is then a division and a comparison, from the arrays kept here (the index is not read). A weight is
/// kept with the stamp of the article it was added for, so moving on to another article forgets the old weights
/// without clearing anything.
struct SameStoryAnswers {
    private let stories: StoryIndex?
    /// Each article's summed weight of its names (`StoryIndex.totals`: 0 for one without names); none without an index.
    private let totals: [Double]
    /// For each article, the weight of the names it shares with the article asked about, where `stamps` holds `stamp`.
    private var shared: [Double]
    private var stamps: [Int]
    /// The stamp of the weights of `article`; 0 before any.
    private var stamp = 0
    private var article = -1
    private var articleTotal = 0.0

    init(stories: StoryIndex?) {
        self.stories = stories
        totals = stories?.totals ?? []
        shared = Array(repeating: 0, count: totals.count)
        stamps = Array(repeating: 0, count: totals.count)
    }

    /// `stories.sameStory(other, article)`, or true without a story index.
    mutating func sameStory(_ other: Int, _ article: Int) -> Bool {
        // An article tells its own story (as the index answers at once): all a one-article corpus ever asks. Without an
        // index, or for a position it does not know, any two articles may tell one story (as the index answers too).
        if other == article { return true }
        guard other >= 0, other < totals.count, article >= 0, article < totals.count else { return true }
        if article != self.article { addWeights(sharedWith: article) }
        let otherTotal = totals[other]
        // An article without names matches any.
        if otherTotal == 0 || articleTotal == 0 { return true }
        return StoryIndex.sharesEnough(stamps[other] == stamp ? shared[other] : 0, of: otherTotal, articleTotal)
    }

    private mutating func addWeights(sharedWith article: Int) {
        stamp += 1
        self.article = article
        articleTotal = totals[article]
        stories?.sharedWeights(with: article, into: &shared, stamps: &stamps, stamp: stamp)
    }
}
