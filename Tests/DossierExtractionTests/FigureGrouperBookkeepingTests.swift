import Testing
import DossierCore
@testable import DossierExtraction

/// What the grouper keeps to find a mention's candidate groups (`FigureGrouper.Postings`, `FigureGrouper.Candidates`)
/// and what it finds with them: the same groups, after the same number of comparisons, as the sets and dictionaries
/// it used before.
@Suite struct FigureGrouperBookkeepingTests {
    @Test func postingsListAGroupAgainOnlyWhenAnotherCameBetween() {
        var postings = FigureGrouper.Postings()
        postings.add(0, words: [3, 1, 3], value: 7)
        postings.add(0, words: [1], value: 7)
        postings.add(1, words: [1], value: nil)
        postings.add(0, words: [1, 3], value: 8)
        #expect(Array(postings.groups(withWord: 1)) == [0, 1, 0])
        #expect(Array(postings.groups(withWord: 3)) == [0])
        #expect(Array(postings.groups(withWord: 2)).isEmpty)
        #expect(Array(postings.groups(withWord: 40)).isEmpty)
        #expect(Array(postings.groups(withValue: 7)) == [0])
        #expect(Array(postings.groups(withValue: 8)) == [0])
        #expect(Array(postings.groups(withValue: 9)).isEmpty)
        #expect(postings.recent == [0, 1, 0])
    }

    @Test func candidatesAreEachGroupOnceInTheOrderFirstGathered() {
        var candidates = FigureGrouper.Candidates()
        candidates.start(groupCount: 6)
        candidates.add([5, 2, 5])
        candidates.add([2, 0])
        #expect(candidates.groups == [5, 2, 0])
        // The next mention's candidates start empty: the marks of the last one do not hide a group from it.
        candidates.start(groupCount: 8)
        candidates.add([7, 2])
        candidates.add([2])
        #expect(candidates.groups == [7, 2])
    }

    /// A mention that fits two groups equally well joins the one made first, though the later one is gathered first:
    /// 48 groups made after the first push it out of the recent groups, so it is found last, through the words it shares.
    @Test func ofEqualCandidatesTheGroupMadeFirstWins() {
        func mention(_ thing: String, _ value: Double, source: Int, sentence: Int) -> FigureMention {
            let context = [thing, "\(thing)-place"]
            let reading = MeasureReading(head: thing, context: context, sentenceWords: context, textEnd: 0)
            let quantity = Quantity(kind: .count, value: value, unit: nil, tokens: 0..<1, numberStart: 0)
            let figure = FigureValue(value: value, text: "\(Int(value))", qualifier: nil, sentence: "",
                                     reference: SentenceReference(source: "s\(source)", sentence: "s\(sentence)"))
            return FigureMention(quantity: quantity, reading: reading, value: figure, sourceIndex: source, sentenceIndex: sentence)
        }
        // Group 0 and group 49 say the same of `ferries` (one source's two numbers, so they are two groups); between
        // them, 48 groups of other things.
        let mentions = [mention("ferries", 500, source: 0, sentence: 0)]
            + (1...48).map { mention("thing\($0)", Double(1_000 + 10 * $0), source: 0, sentence: $0) }
            + [mention("ferries", 600, source: 0, sentence: 49), mention("ferries", 550, source: 1, sentence: 0)]
        let groups = FigureGrouper().groups(mentions)
        #expect(groups.first == [0, 50])
        #expect(groups.last == [49])
        #expect(groups.count == 50)
    }

    /// 240 mentions of 60 things, four sources each stating the same number: more groups than the recent ones
    /// searched, and words (`council`, `said`) in more groups than a posting list's reach. The groups and the count of
    /// comparisons are those the grouper made with a set of candidates and a dictionary of postings.
    @Test func groupsAndComparisonsAreThoseOfTheSetsAndDictionaries() {
        let mentions = (0..<240).map { index in
            let thing = index % 60
            let context = ["thing\(thing)", "place\(thing % 7)", "council", "said"]
            let reading = MeasureReading(head: "thing\(thing)", context: context, sentenceWords: context, textEnd: 0)
            let value = Double(100 + thing)
            let quantity = Quantity(kind: .count, value: value, unit: nil, tokens: 0..<1, numberStart: 0)
            let figure = FigureValue(value: value, text: "\(Int(value))", qualifier: nil, sentence: "",
                                     reference: SentenceReference(source: "s\(index)", sentence: "s1"))
            return FigureMention(quantity: quantity, reading: reading, value: figure, sourceIndex: index, sentenceIndex: 0)
        }
        let grouping = FigureGrouper().grouping(mentions)
        #expect(grouping.groups == (0..<60).map { [$0, $0 + 60, $0 + 120, $0 + 180] })
        #expect(grouping.comparisons == 10_743)
    }
}
