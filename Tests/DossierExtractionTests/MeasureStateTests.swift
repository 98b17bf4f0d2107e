import Testing
@testable import DossierExtraction

/// What happened to a counted thing when no state word stands next to the number: the nearest in its clause, the
/// word before the number first when two are as near (`MeasureReader`).
@Suite struct MeasureStateTests {
    func states(_ sentence: String) -> [String] {
        let tokens = FigureTestLexicon.tokens(of: sentence)
        let quantities = QuantityRecognizer(publishedYear: nil, lexicon: FigureTestLexicon.lexicon).quantities(in: tokens)
        return MeasureReader(tokens: tokens, lexicon: FigureTestLexicon.lexicon).readings(of: quantities)
            .map { "\($0.eventWord ?? "-") \($0.conditionWord ?? "-")" }
    }

    @Test func theNearestStateWordsInTheClause() {
        // Past the `and`s around the number: `freed` (four tokens before) and `died` (six after).
        #expect(states("Militants freed men and later 40 hostages went home and many died.") == ["freed died"])
        // As near on both sides (three tokens): the word before the number.
        #expect(states("Officials freed men and 40 hostages and captured men.") == ["freed -"])
        // Another clause's state words are not the number's.
        #expect(states("Militants killed many, and 40 hostages went home.") == ["- -"])
    }
}
