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

    @Test func yearOldsAreAges() {
        let figures = FigureExtractor().figures(in: [FigureGroupingTests.article("a", ["Some 17% of 18 to 24 year olds vote."])]).0
        #expect(figures.map(\.unit).contains("years of age"))
    }
}
