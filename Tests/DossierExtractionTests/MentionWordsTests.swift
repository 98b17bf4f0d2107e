import DossierCore
import Foundation
import Testing
@testable import DossierExtraction

/// The grouper's numbering of the mentions' words (`FigureGrouper.MentionWords`): one number for each word as strings
/// compare them, whichever field it stands in, and context words weighing `ln(1 + contexts / contexts with the word)`.
@Suite struct MentionWordsTests {
    private static func mention(context: [String], head: String? = nil, names: [String] = [], adjectives: [String] = []) -> FigureMention {
        let reading = MeasureReading(head: head, adjectives: adjectives, context: context, names: names, textEnd: 0)
        let quantity = Quantity(kind: .count, value: 1, tokens: 0..<1, numberStart: 0)
        let value = FigureValue(value: 1, text: "1", qualifier: nil, sentence: "", reference: SentenceReference(source: "s", sentence: "s1"))
        return FigureMention(quantity: quantity, reading: reading, value: value, sourceIndex: 0, sentenceIndex: 0)
    }

    static let mentions = [
        mention(context: ["talk", "hostage"], head: "hostage", names: ["gaza"]),
        mention(context: ["hostage", "release", "caf\u{E9}"], names: ["gaza", "israel"], adjectives: ["palestinian"]),
        mention(context: ["hostage", "cafe\u{301}"], head: "release"),
        mention(context: []),
    ]

    @Test func rareContextWordsWeighMore() {
        let words = FigureGrouper.MentionWords(Self.mentions, relations: MeasureRelations())
        let hostage = words.context(of: 0).last!, talk = words.context(of: 0).first!
        #expect(words.weight(hostage) == log(1 + 4.0 / 3))
        #expect(words.weight(talk) == log(1 + 4.0 / 1))
        // A composed and a decomposed accent are one word, as strings compare them.
        #expect(words.context(of: 1).last! == words.context(of: 2).last!)
        #expect(words.weight(words.context(of: 2).last!) == log(1 + 4.0 / 2))
        #expect(words.context(of: 3).isEmpty)
    }

    @Test func oneNumberForAWordInEveryField() {
        let words = FigureGrouper.MentionWords(Self.mentions, relations: MeasureRelations())
        // The measured noun `hostage` is the context word `hostage`; `release`, a noun of one and a context word of another.
        #expect(words.noun(of: 0) == words.context(of: 0).last)
        #expect(words.noun(of: 2) == Array(words.context(of: 1))[1])
        #expect(words.noun(of: 1) == nil && words.noun(of: 3) == nil)
        #expect(words.names(of: 0).first == words.names(of: 1).first)
        #expect(Set(words.names(of: 1)).count == 2 && words.adjectives(of: 1).count == 1 && words.adjectives(of: 0).isEmpty)
        // A word of no context weighs 1.
        #expect(words.weight(words.adjectives(of: 1).first!) == 1)
    }
}
