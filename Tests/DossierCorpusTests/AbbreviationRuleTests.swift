import DossierLanguage
import Testing
@testable import DossierCorpus

@Suite struct AbbreviationRuleTests {
    /// The words of every abbreviation list, as listed and capitalised, and words around the longest one's length:
    /// longer plain words, dotted words, initials, and words whose lower case has more scalars (`İ`).
    static let words: [String] = {
        let listed = [WordList.abbreviations, .abbreviationsBeforeNumbers, .abbreviationsNeverFinal, .abbreviationsOftenFinal]
            .flatMap { $0.words.sorted() }
        return listed + listed.map { $0.prefix(1).uppercased() + $0.dropFirst() }
            + ["Messrsx", "Approximately", "U.S", "U.S.A.B.C.D", "Ph.D", "W", "É", "w", "1", "Ärzte", "İstanbul", "İİİİİİ", ""]
    }()

    /// The scalar reading skips the look-ups only where they could not change the answer.
    @Test func scalarsGiveTheAnswerOfTheWord() {
        for word in Self.words {
            for starter in [StarterKind.capital, .digit, .quote] {
                for next in ["The", "Smith"] {
                    let scalars = Array(word.unicodeScalars)[...]
                    #expect(AbbreviationRule.endsSentence(after: scalars, starter: starter, nextWord: next)
                        == AbbreviationRule.endsSentence(after: word, starter: starter, nextWord: next), "\(word) \(next)")
                }
            }
        }
    }

    /// The longest listed title is no sentence end: a bound one scalar short would take it for an ordinary word.
    @Test func theLongestListedWordsAreStillLookedUp() {
        #expect(!AbbreviationRule.endsSentence(after: Array("Messrs".unicodeScalars)[...], starter: .capital, nextWord: "Smith"))
        #expect(!AbbreviationRule.endsSentence(after: Array("Approx".unicodeScalars)[...], starter: .digit, nextWord: "Smith"))
        #expect(AbbreviationRule.endsSentence(after: Array("Messrsx".unicodeScalars)[...], starter: .capital, nextWord: "Smith"))
        #expect(!AbbreviationRule.endsSentence(after: Array("U.S.A.B.C.D".unicodeScalars)[...], starter: .capital, nextWord: "Smith"))
    }
}
