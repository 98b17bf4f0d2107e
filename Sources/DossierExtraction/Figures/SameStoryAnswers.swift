/// `StoryIndex.sameStory` of one article against others, each answer worked out once while that article is asked
/// about. The grouper asks whether a mention's article and a candidate group's first sources tell the same story for
/// nearly every comparison, and the mentions of one article meet the same groups' sources again and again.
///
/// An answer is kept beside the article it was asked for, so moving on to another article forgets the old answers
/// without clearing anything.
struct SameStoryAnswers {
    private let stories: StoryIndex?
    /// For each article, the article (plus one) whose answer `sameStory` holds; 0 when none.
    private var askedFor: [Int32]
    private var sameStory: [Bool]

    init(stories: StoryIndex?) {
        self.stories = stories
        let count = stories?.articleCount ?? 0
        askedFor = Array(repeating: 0, count: count)
        sameStory = Array(repeating: false, count: count)
    }

    /// `stories.sameStory(other, article)`, or true without a story index. (The index is asked in place: binding it
    /// to a constant copied it, retaining and releasing its arrays, at every question.)
    mutating func sameStory(_ other: Int, _ article: Int) -> Bool {
        // An article tells its own story (as the index answers at once): all a one-article corpus ever asks.
        if other == article { return true }
        guard other >= 0, other < askedFor.count, article < Int(Int32.max) else { return stories?.sameStory(other, article) ?? true }
        let mark = Int32(article + 1)
        if askedFor[other] == mark { return sameStory[other] }
        let answer = stories?.sameStory(other, article) ?? true
        askedFor[other] = mark
        sameStory[other] = answer
        return answer
    }
}
