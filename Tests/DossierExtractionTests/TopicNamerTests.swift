import Testing
import DossierCore
@testable import DossierExtraction

/// A topic's name from its recurring longer phrases (`TopicNamer`): the leading noun phrase ending in its word, both of
/// two that share its uses, or the word itself when a third is as common.
@Suite struct TopicNamerTests {
    /// The namer of a corpus of two sources, each with `sentences`.
    private static func namer(_ sentences: [String]) -> TopicNamer {
        let scanner = PhraseScanner(lexicon: TestLanguage.lexicon)
        let articles = (0..<2).map { TimelineExtractorTests.article("a\($0)", published: nil, sentences) }
        let statistics = PhraseStatistics(articles: articles, sentences: articles.map(\.sentences), scanner: scanner)
        let senses = TopicWordSenses(wordNet: TestLanguage.lexicon.wordNet)
        return TopicNamer(statistics: statistics, families: PhraseFamilies(statistics, heads: ["sanction"]), senses: senses)
    }

    @Test func twoPhrasesSharingTheWordsUsesNameItTogether() {
        let namer = Self.namer(["They said western sanctions hurt.", "They said european sanctions hurt."])
        // As common as each other: the phrases in the order of their keys.
        #expect(namer.naming("sanction").name == "European and western sanctions")
        #expect(namer.naming("sanction").keys.count == 2)
        #expect(namer.headlineNaming(ofGeneric: "sanction")?.keys.count == 1)
    }

    /// The third phrase is read too: as common as the second, it leaves the word its own name.
    @Test func aThirdPhraseAsCommonLeavesTheWordAlone() {
        let namer = Self.namer(["They said western sanctions hurt.", "They said european sanctions hurt.",
                                "They said economic sanctions hurt."])
        #expect(namer.naming("sanction").name == "Sanctions")
        #expect(namer.naming("sanction").keys == ["sanction"])
    }

    @Test func oneLeadingPhraseNamesTheWord() {
        let namer = Self.namer(["They said western sanctions hurt.", "Western sanctions, they said, hurt.",
                                "They said economic sanctions hurt."])
        #expect(namer.naming("sanction").name == "Western sanctions")
    }
}
