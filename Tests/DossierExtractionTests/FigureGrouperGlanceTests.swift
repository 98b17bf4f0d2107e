import Testing
@testable import DossierExtraction

/// The grouper's first look at a candidate group (`FigureGrouper.Glance`) and its answers about stories
/// (`SameStoryAnswers`): both may only ever say what the full comparison would.
@Suite struct FigureGrouperGlanceTests {
    /// Articles 0, 1, 3 and 12 tell one story (Heathrow), articles 2 and 4 another (Veritas); 5 to 11 only give the
    /// index's common names their weight.
    static let stories = StoryIndex(counts: [
        StoryIndexFixture.counts(["heathrow", "gatwick"], own: 0),
        StoryIndexFixture.counts(["heathrow", "gatwick"], own: 1),
        StoryIndexFixture.counts(["kilroy", "veritas"], own: 2),
        StoryIndexFixture.counts(["heathrow", "gatwick"], own: 3),
        StoryIndexFixture.counts(["kilroy", "veritas"], own: 4),
    ] + (5..<12).map { StoryIndexFixture.counts([], own: $0) } + [StoryIndexFixture.counts(["heathrow", "gatwick"], own: 12)])

    /// Whether `glance` rules out a mention from `source` stating `value` (the answers asked through `answers`).
    private func rulesOut(_ glance: FigureGrouper.Glance, _ source: Int, _ value: Double?, _ answers: inout SameStoryAnswers) -> Bool {
        glance.rulesOut(source: source, value: value, sameStory: &answers)
    }

    @Test func aGlanceRulesOutOnlyAnotherStorysOtherNumberFromANewSource() {
        var answers = SameStoryAnswers(stories: Self.stories)
        let glance = FigureGrouper.Glance(sources: [0], value: 14)
        let answer1 = rulesOut(glance, 2, 20, &answers)
        #expect(answer1)
        let answer2 = rulesOut(glance, 2, nil, &answers)
        #expect(answer2)
        // The same story, the same number, or a source already in the group (or before its last): the full comparison decides.
        let answer3 = rulesOut(glance, 1, 20, &answers)
        #expect(!answer3)
        let answer4 = rulesOut(glance, 2, 14, &answers)
        #expect(!answer4)
        let answer5 = rulesOut(glance, 0, 20, &answers)
        #expect(!answer5)
        let laterGlance = FigureGrouper.Glance(sources: [3], value: 14)
        let answer6 = rulesOut(laterGlance, 2, 20, &answers)
        #expect(!answer6)
    }

    @Test func aGlanceKnowsEveryNumberAndTheFirstThreeSources() {
        var answers = SameStoryAnswers(stories: Self.stories)
        var glance = FigureGrouper.Glance(sources: [0], value: 0)
        // `-0` is the number `0`, as the group's set of numbers takes it.
        let answer7 = rulesOut(glance, 2, -0.0, &answers)
        #expect(!answer7)
        glance.update(sources: [0, 1], adding: 250)
        glance.update(sources: [0, 1], adding: nil)
        let answer8 = rulesOut(glance, 2, 250, &answers)
        #expect(!answer8)
        let answer9 = rulesOut(glance, 2, 251, &answers)
        #expect(answer9)
        // A source of another story among the first three rules out a mention of the first story; a fourth does not.
        glance.update(sources: [0, 1, 2], adding: 7)
        let answer10 = rulesOut(glance, 3, 8, &answers)
        #expect(answer10)
        glance.update(sources: [0, 1, 3, 4], adding: 7)
        #expect(!Self.stories.sameStory(4, 12) && Self.stories.sameStory(0, 12))
        let answer11 = rulesOut(glance, 12, 8, &answers)
        #expect(!answer11)
        #expect(glance.firstSources == (0, 1, 3) && glance.lastSource == 4)
    }

    @Test func sameStoryAnswersAreTheIndexsAnswersInAnyOrder() {
        var answers = SameStoryAnswers(stories: Self.stories)
        var asked = 0
        // Back and forth between articles, each pair asked more than once, and articles the index does not know.
        for article in [2, 0, 2, 3, 1, 1, 2, 14] {
            for other in [0, 2, 1, 3, 2, 0, 11, 13, 4] {
                let answer = answers.sameStory(other, article)
                #expect(answer == Self.stories.sameStory(other, article), "\(other), \(article)")
                asked += 1
            }
        }
        #expect(asked == 72)
        let otherStory = answers.sameStory(2, 0), sameStory = answers.sameStory(3, 0)
        #expect(!otherStory && sameStory)
        var withoutIndex = SameStoryAnswers(stories: nil)
        let withoutAnIndex = withoutIndex.sameStory(2, 0)
        #expect(withoutAnIndex)
    }
}
