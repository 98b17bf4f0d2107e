import Testing
@testable import DossierExtraction

/// A noun phrase is judged by its first and last words (`TopicWordSenses.isNounPhrase`), found as splitting it at
/// spaces finds them.
@Suite struct PhraseFirstAndLastWordsTests {
    @Test func theWordsAreThoseSplittingFinds() {
        for phrase in ["iran nuclear agreement", "agreement", "direct talk", "  two  spaces ", " ", "", "caf\u{E9} society",
                       "a \u{301}b c"] {
            let words = phrase.split(separator: " ")
            let found = TopicWordSenses.firstAndLastWords(of: phrase)
            #expect(found.map { [String($0.first), String($0.last), "\($0.several)"] }
                    == words.first.map { [String($0), String(words.last!), "\(words.count > 1)"] }, "\(phrase)")
        }
    }
}
