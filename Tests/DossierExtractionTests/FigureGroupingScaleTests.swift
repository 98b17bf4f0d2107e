import Testing
import DossierCore
@testable import DossierExtraction

/// The shape of the grouping's cost, counted rather than timed: a mention meets only the groups that share its
/// class and a word or value with it, so four times the mentions make about four times the comparisons, not sixteen times.
@Suite struct FigureGroupingScaleTests {
    /// One count per source, each of a thing of its own (`42 lanterns3` …) with words of its own and a few words
    /// many sources share, so that the shared postings fill up as the corpus grows.
    static func mentions(_ count: Int, kind: Quantity.Kind = .count) -> [FigureMention] {
        (0..<count).map { index in
            let value = Double(100 + index)
            let context = ["thing\(index)", "place\(index % 7)", "council", "said"]
            let reading = MeasureReading(head: "thing\(index)", context: context, sentenceWords: context, textEnd: 0)
            let quantity = Quantity(kind: kind, value: value, unit: kind == .money ? "GBP" : nil, tokens: 0..<1, numberStart: 0)
            let figure = FigureValue(value: value, text: "\(Int(value))", qualifier: nil, sentence: "",
                                     reference: SentenceReference(source: "s\(index)", sentence: "s1"))
            return FigureMention(quantity: quantity, reading: reading, value: figure, sourceIndex: index, sentenceIndex: 0)
        }
    }

    @Test func comparisonsGrowLinearlyWithTheMentions() {
        let grouper = FigureGrouper()
        let small = grouper.grouping(Self.mentions(400)).comparisons
        let large = grouper.grouping(Self.mentions(1600)).comparisons
        // Each new mention meets the class's recent groups: many comparisons, but a fixed number per mention.
        // Four times the mentions: about the same comparisons per mention once the postings have filled
        // (all pairs would make four times as many per mention).
        #expect(small > 400 * 10)
        #expect(Double(large) / 1600 <= 1.2 * Double(small) / 400)
        #expect(large <= 1600 * (FigureRules.recentGroups + 4 * FigureRules.postingReach))
    }

    @Test func classesGroupedApartKeepTheOrderOfTheirFirstMention() {
        let counts = Self.mentions(3)
        var sums = Self.mentions(3, kind: .money)
        for index in sums.indices { sums[index].sourceIndex += 3 }
        // count, money, count, money, count, money: no two mentions measure the same thing.
        let mixed = zip(counts, sums).flatMap { [$0, $1] }
        #expect(FigureGrouper().groups(mixed) == [[0], [1], [2], [3], [4], [5]])
    }
}
