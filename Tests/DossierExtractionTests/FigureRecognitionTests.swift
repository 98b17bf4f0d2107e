import Testing
@testable import DossierExtraction

/// One test per number form and qualifier: the exact value, qualifier, kind and unit.
@Suite struct FigureRecognitionTests {
    struct Found: Equatable, CustomStringConvertible {
        var value: Double?
        var qualifier: String?
        var kind: Quantity.Kind
        var unit: String?
        var upper: Double? = nil
        var description: String { "\(value.map { "\($0)" } ?? "nil") \(qualifier ?? "-") \(kind) \(unit ?? "-") \(upper.map { "\($0)" } ?? "")" }
    }

    func found(_ sentence: String, published: Int? = nil) -> [Found] {
        QuantityRecognizer(publishedYear: published, lexicon: FigureTestLexicon.lexicon).quantities(in: FigureTestLexicon.tokens(of: sentence)).map {
            Found(value: $0.value, qualifier: $0.qualifier, kind: $0.kind, unit: $0.unit, upper: $0.upper)
        }
    }

    @Test func digitsWithSeparators() {
        #expect(found("He killed 1,200 people.") == [Found(value: 1200, kind: .count)])
    }

    @Test func decimalsWithScaleWord() {
        #expect(found("Officials say some 1.9 million Palestinians fled.") == [Found(value: 1_900_000, qualifier: "some", kind: .count)])
    }

    @Test func dollarsWithScaleWord() {
        #expect(found("Trump approved $11 billion in arms sales.") == [Found(value: 11e9, kind: .money, unit: "USD")])
    }

    @Test func poundsWithAttachedScale() {
        #expect(found("The bid was worth £5bn to the firm.") == [Found(value: 5e9, kind: .money, unit: "GBP")])
    }

    @Test func percentSign() {
        #expect(found("They make up 90% of the population.") == [Found(value: 90, kind: .percent, unit: "percent")])
    }

    @Test func percentWord() {
        #expect(found("Prices rose 4.5 percent in May.") == [Found(value: 4.5, kind: .percent, unit: "percent")])
        #expect(found("Prices rose 4 per cent.") == [Found(value: 4, kind: .percent, unit: "percent")])
    }

    @Test func numberWords() {
        #expect(found("Hamas would release ten captives.") == [Found(value: 10, kind: .count)])
        #expect(found("They counted twenty-four boats.") == [Found(value: 24, kind: .count)])
        #expect(found("They freed two hundred and fifty people.") == [Found(value: 250, kind: .count)])
    }

    @Test func dozensAndHundredsAsNumbers() {
        #expect(found("Police held a dozen men.") == [Found(value: 12, kind: .count)])
        #expect(found("Police held four dozen men.") == [Found(value: 48, kind: .count)])
        #expect(found("Police held a hundred men.") == [Found(value: 100, kind: .count)])
    }

    @Test func hyphenatedDuration() {
        #expect(found("The US suggested a 60-day truce.") == [Found(value: 60, kind: .duration, unit: "days")])
    }

    @Test func hyphenatedAge() {
        #expect(found("They spoke of 21-year-old Edan Alexander.") == [Found(value: 21, kind: .age, unit: "years")])
    }

    @Test func hyphenatedWeight() {
        #expect(found("It shipped 2,000-pound bombs.") == [Found(value: 2000, kind: .physical, unit: "pounds")])
    }

    @Test(arguments: [
        ("Hamas captured about 250 prisoners.", "about"), ("Hamas captured around 250 prisoners.", "around"),
        ("Hamas captured roughly 250 prisoners.", "roughly"), ("Hamas captured nearly 250 prisoners.", "nearly"),
        ("Hamas captured almost 250 prisoners.", "almost"), ("Hamas captured over 250 prisoners.", "over"),
        ("Hamas captured more than 250 prisoners.", "more than"), ("Hamas captured at least 250 prisoners.", "at least"),
        ("Hamas captured fewer than 250 prisoners.", "fewer than"), ("Hamas captured up to 250 prisoners.", "up to"),
        ("Hamas captured an estimated 250 prisoners.", "an estimated"),
    ])
    func qualifier(sentence: String, qualifier: String) {
        #expect(found(sentence) == [Found(value: 250, qualifier: qualifier, kind: .count)])
    }

    @Test func rangeWithTo() {
        #expect(found("Officials expect 10 to 12 people.") == [Found(value: 10, kind: .count, upper: 12)])
    }

    @Test func rangeWithBetween() {
        #expect(found("Officials expect between 10 and 12 people.") == [Found(value: 10, qualifier: "between", kind: .count, upper: 12)])
    }

    @Test func vagueAmountsHaveNoNumber() {
        #expect(found("Hundreds of people marched.") == [Found(value: nil, kind: .vague)])
        #expect(found("They said dozens of homes burned.") == [Found(value: nil, kind: .vague)])
        #expect(found("They believe fewer than half of them are alive.") == [Found(value: nil, qualifier: "fewer than", kind: .vague)])
    }

    /// Every word that can open an amount is read, though most sentences are passed over after one look at each
    /// token (`NumberWords.mayStartNumber`).
    @Test func everyOpenerOfAnAmountIsRead() {
        #expect(found("Tens of thousands of people marched.") == [Found(value: nil, kind: .vague)])
        #expect(found("Scores of people marched.") == [Found(value: nil, kind: .vague)])
        #expect(found("They said a third of the homes burned.") == [Found(value: nil, kind: .vague)])
        #expect(found("They said two-thirds of the homes burned.") == [Found(value: nil, kind: .vague)])
        #expect(found("They waited half an hour.") == [Found(value: 0.5, kind: .duration, unit: "hours")])
        #expect(found("It cost a million dollars.") == [Found(value: 1e6, kind: .money, unit: "USD")])
        #expect(found("It cost US$5 each.") == [Found(value: 5, kind: .money, unit: "USD")])
        #expect(found("They signed a three-year deal.") == [Found(value: 3, kind: .duration, unit: "years")])
        #expect(found("The talks went on and on.") == [])
    }

    /// `a` may open a number only before a word it counts with; elsewhere the look at each token passes it over.
    @Test func aOpensANumberOnlyBeforeACountingWord() {
        let tokens = FigureTestLexicon.tokens(of: "A deal, a dozen homes, a handful and a million.")
        let opening = tokens.indices.filter { NumberWords.mayStartNumber(tokens, at: $0) }.map { tokens[$0].text }
        #expect(opening == ["a", "dozen", "a", "a", "million"])
        #expect(found("A dozen homes burned.") == [Found(value: 12, kind: .count)])
        #expect(found("It was a deal.") == [])
    }

    /// The look at each word passes number words and their plurals, `half`, `scores` and a hyphenated word that begins
    /// with a unit or ten word, and no other word, even one of a number word's length, first and last letters (`tan`,
    /// `severn`), or a hyphenated word that begins with another word (`well-known`, `hundred-year`, `tenth-century`).
    @Test func theLookAtEachWordPassesOnlyOpeners() {
        let tokens = FigureTestLexicon.tokens(of: "Seven sevens, twenty-four well-known tens and hundreds ate half of the scores, not severn or tan or hen or halt.")
        let opening = tokens.indices.filter { NumberWords.mayStartNumber(tokens, at: $0) }.map { tokens[$0].text }
        #expect(opening == ["Seven", "sevens", "twenty-four", "tens", "hundreds", "half", "scores"])
        let hyphenated = FigureTestLexicon.tokens(of: "A so-called two-thirds, six-month, hundred-year, three-year-old, tenth-century, forty-five and ten-fold pact.")
        let openingHyphenated = hyphenated.indices.filter { NumberWords.mayStartNumber(hyphenated, at: $0) }.map { hyphenated[$0].text }
        #expect(openingHyphenated == ["two-thirds", "six-month", "three-year-old", "forty-five", "ten-fold"])
    }

    /// Every hyphenated word the recognizer reads a number from passes the look at each word (the numbers of a sentence
    /// whose only openers are hyphenated are all found).
    @Test func hyphenatedNumbersAreRead() {
        #expect(found("The so-called twenty-four rebels fled.").map(\.value) == [24])
        #expect(found("They held forty-five well-known hostages.") == [Found(value: 45, kind: .count)])
        #expect(found("A long-term six-month deal.") == [Found(value: 6, kind: .duration, unit: "months")])
        #expect(found("The well-known so-called long-term plan.") == [])
    }

    @Test func yearsAreToldApart() {
        #expect(found("It was designated a terrorist organization in 1997.") == [Found(value: 1997, kind: .year, unit: "year")])
    }

    @Test func relativeYearUsesThePublicationDate() {
        #expect(found("It designated the group 28 years ago.", published: 2025) == [Found(value: 1997, kind: .year, unit: "year")])
        #expect(found("It designated the group 28 years ago.") == [Found(value: 28, kind: .duration, unit: "years")])
    }

    @Test func durations() {
        #expect(found("Gaza suffered nearly 17 months of attacks.") == [Found(value: 17, qualifier: "nearly", kind: .duration, unit: "months")])
    }

    @Test func datesTimesAndLabelsAreNotFigures() {
        #expect(found("Published: March 5, 2025, 5:48 pm").isEmpty)
        #expect(found("It began on October 7 and ended on February 15th.").isEmpty)
        #expect(found("Israel is not aware of progress toward Phase 2 of the truce.").isEmpty)
        #expect(found("One of the sources said so.").isEmpty)
    }

    // MARK: more forms news writes

    @Test func numberWordsWithAHyphenatedUnit() {
        #expect(found("Abe left after the two-day summit.") == [Found(value: 2, kind: .duration, unit: "days")])
        #expect(found("A three-year-old boy was found.") == [Found(value: 3, kind: .age, unit: "years")])
    }

    @Test func decadesAreYears() {
        #expect(found("It ended more than six decades of conflict.") == [Found(value: 60, qualifier: "more than", kind: .duration, unit: "years")])
    }

    @Test func andAHalf() {
        #expect(found("The money stayed frozen for three and a half decades.") == [Found(value: 35, kind: .duration, unit: "years")])
    }

    @Test func aSpanOfYearsIsTwoYearsNotACount() {
        #expect(found("They fought the 1950-53 Korean War.") == [Found(value: 1950, kind: .year, unit: "year"), Found(value: 1953, kind: .year, unit: "year")])
        #expect(found("He served between 1990 and 2004 in the army.")
            == [Found(value: 1990, qualifier: "between", kind: .year, unit: "year"), Found(value: 2004, qualifier: "between", kind: .year, unit: "year")])
    }

    @Test func halfAUnit() {
        #expect(found("They took half a ton of documents.") == [Found(value: 0.5, kind: .physical, unit: "tonnes")])
    }

    @Test func aHeightInFeetAndInches() {
        #expect(found("The 6-foot-2 guard scored.") == [Found(value: 74, kind: .physical, unit: "inches")])
    }

    @Test func agesAfterANameAndByDecade() {
        #expect(found("The driver, John Smith, 47, was arrested.") == [Found(value: 47, kind: .age, unit: "years")])
        #expect(found("Police said a woman in her 60s was hurt.") == [Found(value: 60, kind: .age, unit: "years", upper: 69)])
    }

    @Test func numbersInNamesAreNotFigures() {
        #expect(found("He flew on Air Force One to the G-7 meeting.").isEmpty)
        #expect(found("They invoked Title 42 at the border.").isEmpty)
    }
}

/// Every qualifier phrase before a number is read as that phrase, found after the first look at the word before the
/// number (`FigureQualifier.lastWordsBefore`), and a word that ends no phrase gives none.
@Suite struct FigureQualifierPhraseTests {
    func qualifiers(_ sentence: String) -> [String?] {
        QuantityRecognizer(publishedYear: nil, lexicon: FigureTestLexicon.lexicon).quantities(in: FigureTestLexicon.tokens(of: sentence)).map(\.qualifier)
    }

    @Test func eachPhraseBeforeANumber() {
        for phrase in FigureQualifier.before {
            let words = phrase.joined(separator: " ")
            #expect(qualifiers("Officials counted \(words) 45 boats.") == [words], "\(words)")
        }
    }

    @Test func noPhraseBeforeOtherWordsOrAtTheStart() {
        #expect(qualifiers("Officials counted the 45 boats.") == [nil])
        #expect(qualifiers("45 boats were counted.") == [nil])
        #expect(qualifiers("Officials counted than 45 boats.") == [nil])
    }
}
