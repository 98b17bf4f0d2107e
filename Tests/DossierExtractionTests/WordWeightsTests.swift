import Foundation
import Testing
@testable import DossierExtraction

/// Context words weigh `ln(1 + contexts / contexts with the word)`: rare words more than common ones.
@Suite struct WordWeightsTests {
    static let contexts = [["talk", "hostage"], ["hostage", "release", "caf\u{E9}"], ["hostage", "cafe\u{301}"], []]

    @Test func rareWordsWeighMore() {
        let weights = WordWeights(Self.contexts)
        #expect(weights.weight("hostage") == log(1 + 4.0 / 3))
        #expect(weights.weight("talk") == log(1 + 4.0 / 1))
        // A composed and a decomposed accent are one word, as strings compare them.
        #expect(weights.weight("caf\u{E9}") == log(1 + 4.0 / 2) && weights.weight("cafe\u{301}") == log(1 + 4.0 / 2))
        #expect(weights.weight("ceasefire") == 1)
        #expect(WordWeights([[String]]()).weight("talk") == 1)
    }

    /// A word's number is the place it takes in the numbering, as if placed there alone; its weight is `weight`'s.
    @Test func numbersAreTheNumberingsPlaces() {
        let weights = WordWeights(Self.contexts)
        var numbering = StringPlaces()
        _ = numbering.place(adding: "gaza")
        var expected = numbering
        for word in ["release", "gaza", "ceasefire", "cafe\u{301}", "release", "caf\u{E9}"] {
            let (number, weight) = weights.number(word, in: &numbering)
            #expect(number == expected.place(adding: word).place, "\(word)")
            #expect(weight == weights.weight(word), "\(word)")
        }
        #expect(numbering.keys == expected.keys)
    }
}
