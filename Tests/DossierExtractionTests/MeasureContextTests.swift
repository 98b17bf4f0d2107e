import Testing
@testable import DossierExtraction

/// A number's context words (`MeasureReading.context`): the lemmas of its clause's lowercase content words outside the
/// number's own tokens, each once, sorted; the words of a clause are listed once for all its numbers.
@Suite struct MeasureContextTests {
    func contexts(_ sentence: String) -> [[String]] {
        let tokens = FigureTestLexicon.tokens(of: sentence)
        let quantities = QuantityRecognizer(publishedYear: nil, lexicon: FigureTestLexicon.lexicon).quantities(in: tokens)
        return MeasureReader(tokens: tokens, lexicon: FigureTestLexicon.lexicon).readings(of: quantities).map(\.context)
    }

    @Test func aClausesWordsForEachOfItsNumbers() {
        #expect(contexts("Rebels freed 40 hostages.") == [["free", "hostage"]])
        // Two numbers of one clause: the same words for each (capitalised words and the numbers are no context).
        #expect(contexts("Officials said 40 hostages and 12 soldiers died in the attack.")
            == [["attack", "die", "hostage", "soldier"], ["attack", "die", "hostage", "soldier"]])
        #expect(contexts("Rents rose 12 percent and wages fell 3 percent.") == [["fell", "rose", "wage"], ["fell", "rose", "wage"]])
    }

    /// A word among a number's own tokens (its qualifier) is no context of that number, but is of the clause's other
    /// number: those numbers do not take the clause's words sorted once.
    @Test func aNumbersOwnWordsAreNotItsContext() {
        #expect(contexts("Militants freed approximately 40 hostages and roughly 12 soldiers.")
            == [["free", "hostage", "roughly", "soldier"], ["approximately", "free", "hostage", "soldier"]])
    }

    @Test func eachClauseItsOwnWords() {
        // The second number is in another clause: its words are that clause's, not the first's again.
        #expect(contexts("Militants killed 40 hostages, and 12 soldiers went home.") == [["hostage", "kill"], ["go", "home", "soldier"]])
        #expect(contexts("Militants killed 40 hostages, 12 soldiers went home, and 3 guards fled.")
            == [["hostage", "kill"], ["go", "home", "soldier"], ["flee", "guard"]])
    }
}
