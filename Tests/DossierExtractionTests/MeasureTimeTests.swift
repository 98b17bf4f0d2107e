import Testing
@testable import DossierExtraction

/// The time a number is stated for, and what a year is the year of (`MeasureReader`): read from the number's window in
/// its clause, the words before it nearest first, then those after it.
@Suite struct MeasureTimeTests {
    private func readings(_ sentence: String) -> [MeasureReading] {
        let tokens = FigureTestLexicon.tokens(of: sentence)
        let quantities = QuantityRecognizer(publishedYear: nil, lexicon: FigureTestLexicon.lexicon).quantities(in: tokens)
        return MeasureReader(tokens: tokens, lexicon: FigureTestLexicon.lexicon).readings(of: quantities)
    }

    private func time(_ sentence: String) -> [String] {
        readings(sentence).map { "\($0.time ?? "-")|\($0.timeText ?? "-")" }
    }

    private func yearLabel(_ sentence: String) -> [String] {
        readings(sentence).map { "\($0.yearLabel ?? "-")|\($0.yearVerb ?? "-")" }
    }

    @Test func aTimeBeforeTheNumberThenAfterIt() {
        #expect(time("In March officials freed 40 hostages.") == ["march|In March"])
        #expect(time("Officials said 40 hostages were freed in March.") == ["march|in March"])
        #expect(time("In March officials freed 40 hostages in April.") == ["march|In March"])
        #expect(time("In the third quarter 40 hostages were freed.") == ["third quarter|third quarter"])
        #expect(time("Officials said 40 hostages were freed.") == ["-|-"])
    }

    @Test func whatAYearIsTheYearOf() {
        #expect(yearLabel("The ban was introduced in 2004.") == ["year introduced|introduce"])
        #expect(yearLabel("Since its introduction in 2004 the ban has spread.") == ["year of introduction|-"])
        #expect(yearLabel("It was warm in 2004.") == ["-|-"])
    }
}
