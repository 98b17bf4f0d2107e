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

    /// The glances of one group (group 0) whose sources are `sources`, taking the values in turn.
    private func glances(_ sources: [Int], _ value: Double?) -> FigureGrouper.Glances {
        var glances = FigureGrouper.Glances()
        glances.append(sources: sources, value: value)
        return glances
    }

    @Test func aGlanceRulesOutOnlyAnotherStorysOtherNumberFromANewSource() {
        var answers = SameStoryAnswers(stories: Self.stories)
        let group = glances([0], 14)
        let answer1 = group.rulesOut(0, source: 2, value: 20, sameStory: &answers)
        #expect(answer1)
        let answer2 = group.rulesOut(0, source: 2, value: nil, sameStory: &answers)
        #expect(answer2)
        // The same story, the same number, or a source already in the group (or before its last): the full comparison decides.
        let answer3 = group.rulesOut(0, source: 1, value: 20, sameStory: &answers)
        #expect(!answer3)
        let answer4 = group.rulesOut(0, source: 2, value: 14, sameStory: &answers)
        #expect(!answer4)
        let answer5 = group.rulesOut(0, source: 0, value: 20, sameStory: &answers)
        #expect(!answer5)
        let laterGroup = glances([3], 14)
        let answer6 = laterGroup.rulesOut(0, source: 2, value: 20, sameStory: &answers)
        #expect(!answer6)
    }

    @Test func aGlanceKnowsEveryNumberTheFirstThreeSourcesAndTheLast() {
        var answers = SameStoryAnswers(stories: Self.stories)
        var group = glances([0], 0)
        // `-0` is the number `0`, as the group's set of numbers takes it.
        let answer7 = group.rulesOut(0, source: 2, value: -0.0, sameStory: &answers)
        #expect(!answer7)
        group.update(0, sources: [0, 1], adding: 250)
        group.update(0, sources: [0, 1], adding: nil)
        let answer8 = group.rulesOut(0, source: 2, value: 250, sameStory: &answers)
        #expect(!answer8)
        let answer9 = group.rulesOut(0, source: 2, value: 251, sameStory: &answers)
        #expect(answer9)
        // A source of another story among the first three rules out a mention of the first story; a fourth does not.
        group.update(0, sources: [0, 1, 2], adding: 7)
        let answer10 = group.rulesOut(0, source: 3, value: 8, sameStory: &answers)
        #expect(answer10)
        group.update(0, sources: [0, 1, 3, 4], adding: 7)
        #expect(!Self.stories.sameStory(4, 12) && Self.stories.sameStory(0, 12))
        let answer11 = group.rulesOut(0, source: 12, value: 8, sameStory: &answers)
        #expect(!answer11)
        #expect(group[0].firstSources == (0, 1, 3))
        // The last source is 4 now: a mention from article 4 or before is left to the full comparison, one from 5 on is not.
        group.update(0, sources: [0, 2, 3, 4], adding: nil)
        let answer12 = group.rulesOut(0, source: 4, value: 8, sameStory: &answers)
        #expect(!answer12)
        let answer13 = group.rulesOut(0, source: 12, value: 8, sameStory: &answers)
        #expect(answer13)
    }

    /// Glances are kept by group: updating one leaves the others as they were.
    @Test func eachGroupHasItsOwnGlance() {
        var answers = SameStoryAnswers(stories: Self.stories)
        var groups = glances([2], 5)
        groups.append(sources: [0], value: 6)
        groups.update(1, sources: [0, 1], adding: 7)
        #expect(groups[0].firstSources == (2, -1, -1) && groups[1].firstSources == (0, 1, -1))
        let heathrowToVeritas = groups.rulesOut(0, source: 3, value: 6, sameStory: &answers)
        let heathrowToHeathrow = groups.rulesOut(1, source: 3, value: 5, sameStory: &answers)
        let veritasToHeathrow = groups.rulesOut(1, source: 4, value: 5, sameStory: &answers)
        #expect(heathrowToVeritas && !heathrowToHeathrow && veritasToHeathrow)
        // Group 1's last source is 1: a mention from it is not ruled out, whatever its story.
        let fromItsLast = groups.rulesOut(1, source: 1, value: 5, sameStory: &answers)
        #expect(!fromItsLast)
    }

    @Test func sameStoryAnswersAreTheIndexsAnswersInAnyOrder() {
        var answers = SameStoryAnswers(stories: Self.stories)
        // Back and forth between articles, each pair asked more than once, and articles the index does not know.
        for article in [2, 0, 2, 3, 1, 1, 2, 14, -1] {
            for other in [0, 2, 1, 3, 2, 0, 11, 13, 4, -1] {
                let answer = answers.sameStory(other, article)
                #expect(answer == Self.stories.sameStory(other, article), "\(other), \(article)")
            }
        }
        let otherStory = answers.sameStory(2, 0), sameStory = answers.sameStory(3, 0)
        #expect(!otherStory && sameStory)
        var withoutIndex = SameStoryAnswers(stories: nil)
        let withoutAnIndex = withoutIndex.sameStory(2, 0)
        #expect(withoutAnIndex)
    }
}
