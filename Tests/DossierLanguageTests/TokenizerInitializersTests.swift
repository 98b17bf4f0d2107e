@testable import DossierLanguage
import Testing

/// The tokenizer's own initializer and occurrence setter, which write a token's fields directly, make the token the public
/// initializer and the setters make: a field added to `Token` and forgotten in one of them shows here.
@Suite struct TokenizerInitializersTests {
    @Test(arguments: [(false, false), (true, false), (false, true), (true, true)])
    func aWordSeenBeforeIsItsAnalysisAtThisPlace(spaceBefore: Bool, isQuoted: Bool) {
        let analyses = [
            Token(text: "Hostages", range: 0..<8, kind: .word, shape: .capitalised, lower: "hostages", lemma: "hostage", nounLemma: "hostage",
                  index: 0, spaceBefore: !spaceBefore, isPossessive: true, isQuoted: !isQuoted),
            Token(text: "ran", range: 0..<3, kind: .word, shape: .lower, lower: "ran", lemma: "run", nounLemma: "ra"),
            Token(text: "24", range: 0..<2, kind: .number, shape: .other, lower: "24", number: 24),
        ]
        for analysis in analyses {
            var expected = analysis
            expected.range = 40..<48
            expected.index = 9
            expected.spaceBefore = spaceBefore
            expected.isQuoted = isQuoted
            var made = analysis
            made.setOccurrence(range: 40..<48, index: 9, spaceBefore: spaceBefore, isQuoted: isQuoted)
            #expect(made == expected)
            #expect(made.lemma == expected.lemma && made.nounLemma == expected.nounLemma && made.number == expected.number)
        }
    }

    @Test(arguments: [(false, false), (true, true)])
    func aPunctuationMarkIsWhatThePublicInitializerMakes(spaceBefore: Bool, isQuoted: Bool) {
        for mark in [",", "“", "—"] {
            let made = Token(punctuation: .interned(mark: mark), range: 5..<6, index: 3, spaceBefore: spaceBefore, isQuoted: isQuoted)
            let expected = Token(text: mark, range: 5..<6, kind: .punctuation, shape: .other, lower: mark, index: 3,
                                 spaceBefore: spaceBefore, isQuoted: isQuoted)
            #expect(made == expected)
            #expect(made.lemma == mark && made.nounLemma == mark && made.number == nil)
        }
    }
}
