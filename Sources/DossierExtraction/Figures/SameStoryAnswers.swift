/// `StoryIndex.sameStory` of one article against others, each answer worked out once while that article is asked
/// about. The grouper asks whether a mention's article and a candidate group's first sources tell the same story for
/// nearly every comparison, and the mentions of one article meet the same groups' sources again and again.
///
/// An answer is kept beside the article it was asked for, so moving on to another article forgets the old answers
/// without clearing anything. The names of the article asked about are marked the same way, by the index's number of
/// each name, so that an answer worked out reads each of the other article's names once and searches nothing.
struct SameStoryAnswers {
    private let stories: StoryIndex?
    /// For each article, the article (plus one) whose answer `sameStory` holds; 0 when none.
    private var askedFor: [Int32]
    private var sameStory: [Bool]
    /// For each name of the index, the article (plus one) asked about last if it keeps the name.
    private var namesMarked: [Int32]
    /// The article (plus one) whose names `namesMarked` holds; 0 when none.
    private var markedArticle: Int32 = 0

    init(stories: StoryIndex?) {
        self.stories = stories
        let count = stories?.articleCount ?? 0
        askedFor = Array(repeating: 0, count: count)
        sameStory = Array(repeating: false, count: count)
        namesMarked = Array(repeating: 0, count: stories?.nameCount ?? 0)
    }

    /// `stories.sameStory(other, article)`, or true without a story index.
    mutating func sameStory(_ other: Int, _ article: Int) -> Bool {
        // An article tells its own story (as the index answers at once): all a one-article corpus ever asks.
        if other == article { return true }
        guard let stories else { return true }
        guard other >= 0, other < askedFor.count, article >= 0, article < askedFor.count else { return stories.sameStory(other, article) }
        let mark = Int32(article + 1)
        if askedFor[other] == mark { return sameStory[other] }
        if markedArticle != mark {
            stories.markNames(of: article, in: &namesMarked, as: mark)
            markedArticle = mark
        }
        let answer = stories.sameStory(other, markedArticle: article, names: namesMarked, mark: mark)
        askedFor[other] = mark
        sameStory[other] = answer
        return answer
    }
}
