import Testing
import DossierCore
@testable import DossierExtraction

/// Measure labels: the counted noun and what happened to it, said plainly when nothing is named.
@Suite struct MeasureLabelTests {
    /// The labels of one article's figures, in table order.
    func labels(_ sentences: [String], published: String? = nil) -> [String] {
        FigureExtractor().figures(in: [FigureGroupingTests.article("a", sentences, published: published)]).0.map(\.measure)
    }

    @Test func aVerbBeforeAnAmountNamesIt() {
        #expect(labels(["The Tories say they would save more than £4.3bn."]) == ["savings"])
    }

    @Test func theCountedNounKeepsItsModifier() {
        #expect(labels(["Labour has offered £22bn efficiency savings."]) == ["efficiency savings"])
    }

    @Test func whatHappenedFollowsTheNoun() {
        #expect(labels(["The rebels released nine detainees on Monday."]) == ["detainees released"])
    }

    @Test func anAmountWithNothingNamedIsSaidPlainly() {
        #expect(labels(["It was £5m."]) == ["amount (GBP)"])
    }

    @Test func aYearIsNamedByItsParticiple() {
        #expect(labels(["The rebate was secured in 1984 by the government."]) == ["year secured"])
    }

    @Test func rowsSharingALabelAreToldApartByOwner() {
        let figures = FigureExtractor().figures(in: [
            FigureGroupingTests.article("a", ["In Leeds, Labour would save £22bn."]),
            FigureGroupingTests.article("b", ["In Paris, the Greens would save £5bn."]),
        ]).0
        #expect(figures.map(\.measure).sorted() == ["Greens’ savings", "Labour’s savings"])
    }

    @Test func monthsAgoIsHowLongAgo() {
        #expect(labels(["I dealt with this six months ago, he said."]) == ["how long ago (months)"])
    }

    /// A group's label reads its members by position in the mentions, whatever their order and whichever others lie
    /// between (the members are not copied out into an array of their own).
    @Test func aLabelReadsItsMembersByPosition() {
        let articles = [
            FigureGroupingTests.article("a", ["It was £5m.", "The rebels released nine detainees on Monday."]),
            FigureGroupingTests.article("b", ["In Leeds, Labour would save £22bn.", "The rebels released 12 detainees."]),
        ]
        let lexicon = TestLanguage.lexicon
        let mentions = FigureExtractor.mentions(in: articles, sentences: FigureSentences(lexicon: lexicon),
                                                finder: FigureFinder(lexicon: lexicon)).mentions
        #expect(mentions.count == 4)
        #expect(MeasureLabel.label(for: [0], of: mentions) == "amount (GBP)")
        #expect(MeasureLabel.label(for: [3, 1], of: mentions) == "detainees released")
        #expect(MeasureLabel.label(for: [2], of: mentions) == "savings")
        #expect(MeasureLabel.label(for: [], of: mentions) == "figure")
        #expect(MeasureLabel.distinguished("savings", for: [2], of: mentions) == "Labour’s savings")
        // The first member tells the kind: an amount without a counted noun is not told apart by owner.
        #expect(MeasureLabel.distinguished("amount (GBP)", for: [0, 2], of: mentions) == "amount (GBP)")
    }

    @Test func yearOldsAreAges() {
        let figures = FigureExtractor().figures(in: [FigureGroupingTests.article("a", ["Some 17% of 18 to 24 year olds vote."])]).0
        #expect(figures.map(\.unit).contains("years of age"))
    }
}
