import Testing
import DossierCore
@testable import DossierExtraction

/// What WordNet tells the topic rules about a word: whether it heads a noun phrase, is a verb form, is too common
/// to name a topic alone, and which words share a sense.
@Suite struct TopicWordSenseTests {
    let senses = TopicWordSenses(wordNet: TestLanguage.lexicon.wordNet)

    @Test func adjectivesAndVerbFormsCannotEndATopicName() {
        #expect(senses.isKnownOnlyAsNonNoun("nuclear"))
        #expect(senses.isKnownOnlyAsNonNoun("civil"))
        #expect(senses.isKnownOnlyAsNonNoun("met"))
        #expect(!senses.isKnownOnlyAsNonNoun("agreement"))
        #expect(!senses.isKnownOnlyAsNonNoun("brexit"))  // unknown to WordNet: may be a name for a new thing
        #expect(senses.isVerbForm("lied"))
        #expect(senses.isVerbForm("met"))
        #expect(!senses.isVerbForm("talk"))
        #expect(!senses.isVerbForm("ground"))
        #expect(!senses.isVerbForm("lawsuit"))
    }

    @Test func commonNounsOfGeneralEnglishAreGeneric() {
        #expect(senses.isGeneric("decision"))
        #expect(senses.isGeneric("course"))
        #expect(!senses.isGeneric("lawsuit"))
        #expect(!senses.isGeneric("tariff"))
        #expect(!senses.isGeneric("talk"))
    }

    @Test func rolesAmountsAndActsOfSayingNeedAQualifier() {
        #expect(senses.needsQualifier("leader"))
        #expect(senses.needsQualifier("chairman"))
        #expect(senses.needsQualifier("thousand"))
        #expect(senses.needsQualifier("announcement"))
        #expect(senses.needsQualifier("statement"))
        #expect(senses.needsQualifier("decision"))
        #expect(!senses.needsQualifier("lawsuit"))
        #expect(!senses.needsQualifier("tariff"))
        #expect(!senses.needsQualifier("miner"))
        #expect(!senses.needsQualifier("hostage"))
        #expect(senses.isSpeechAct("announcement"))
        #expect(!senses.isSpeechAct("settlement"))
        #expect(!senses.isSpeechAct("treatment"))
    }

    @Test func wordsSharingALeadingSenseAreSynonyms() {
        #expect(senses.areSynonyms("lawsuit", "suit"))
        #expect(senses.areSynonyms("suit", "lawsuit"))
        #expect(!senses.areSynonyms("lawsuit", "tariff"))
        #expect(!senses.areSynonyms("suit", "suit"))
    }

    /// A word's senses looked up once answer as the words do, in either order.
    @Test func sensesLookedUpOnceAnswerAsTheWords() {
        for (lhs, rhs) in [("lawsuit", "suit"), ("suit", "lawsuit"), ("lawsuit", "tariff"), ("suit", "suit"), ("talks", "talk")] {
            let looked = TopicWordSenses.areSynonyms(senses.synonymSenses(of: lhs), senses.synonymSenses(of: rhs))
            #expect(looked == senses.areSynonyms(lhs, rhs))
        }
        #expect(senses.synonymSenses(of: "lawsuit").senses.count == 1)
        #expect(senses.synonymSenses(of: "xqzt").senses.isEmpty)
    }

    /// A discovered group whose word is a synonym of the head word of a stronger discovered group's first key joins the
    /// strongest such group; a defined group takes in none, and a group of another word stays.
    @Test func aSynonymJoinsTheStrongestDiscoveredGroupOfItsHeadWord() {
        let articles = (0..<2).map { number in
            TimelineExtractorTests.article("a\(number)", published: nil,
                                           ["Investors filed the federal lawsuit.", "The company settled the suit.", "A tariff was set."])
        }
        let statistics = PhraseStatistics(articles: articles, sentences: articles.map(\.sentences), scanner: PhraseScanner(lexicon: TestLanguage.lexicon))
        let federalLawsuit = statistics.entries.first { $0.1.words == "federal lawsuit" }!.0
        var defined = TopicGroup(keys: ["lawsuit"], score: 9)
        defined.isDefined = true
        let groups = [defined, TopicGroup(keys: ["tariff"], score: 4), TopicGroup(keys: [federalLawsuit], score: 3),
                      TopicGroup(keys: ["suit"], score: 2), TopicGroup(keys: ["tariff", "suit"], score: 1)]
        let merged = TopicGroup.mergingSynonyms(groups, statistics: statistics, senses: senses)
        #expect(merged.map(\.keys) == [["lawsuit"], ["tariff"], [federalLawsuit, "suit"], ["tariff", "suit"]])
        #expect(merged.map(\.score) == [9, 4, 3, 1])
    }
}

/// Topics are named by the noun phrase the sources use: synonyms are one topic, a lone common noun is no topic.
@Suite struct TopicNounPhraseTests {
    @Test func synonymsTheSourcesUseForOneThingAreOneTopic() {
        let found = TopicNamingTests.topics([
            ["Investors filed the lawsuit in a federal court.", "The company will fight the lawsuit."],
            ["The suit was dismissed by a judge.", "Shareholders backed the suit."],
            ["A judge will hear the lawsuit in June.", "The company settled the suit."],
        ])
        let lawsuit = found.filter { $0.keywords.contains("lawsuit") || $0.keywords.contains("suit") }
        #expect(lawsuit.count == 1)
        #expect(lawsuit.first.map { Set($0.keywords).isSuperset(of: ["lawsuit", "suit"]) } == true)
        #expect(lawsuit.first?.sentences == 6)
    }

    @Test func aLoneCommonNounIsNoTopic() {
        let found = TopicNamingTests.topics([
            ["The decision surprised the miners.", "The miners rejected the decision."],
            ["The union called the decision unfair to the miners.", "Nobody explained the decision."],
            ["Angry miners appealed the decision.", "The decision closes two pits for the miners."],
        ])
        #expect(!found.map(\.name).contains("Decision"))
        #expect(found.map(\.name).contains("Miners"))
    }

    @Test func aLoneRoleAmountOrAnnouncementIsNoTopic() {
        let found = TopicNamingTests.topics([
            ["Thousands of miners heard the leader.", "The leader made an announcement about the pits."],
            ["The announcement angered thousands of miners.", "Miners booed the leader."],
            ["The leader repeated the announcement to miners.", "Thousands of miners marched."],
        ])
        let names = found.map(\.name)
        #expect(!names.contains("Leader"))
        #expect(!names.contains("Thousands"))
        #expect(!names.contains("Announcement"))
        #expect(names == ["Thousands of miners"])
    }

    @Test func aPhraseTheSourcesOnlyQuoteIsNoTopicName() {
        let corpus = [
            ["\"The pit closure will ruin us,\" the miners said.", "\"Stop the pit closure,\" one miner shouted."],
            ["\"The pit closure is a crime,\" a miner said.", "The miners marched to the town hall."],
            ["\"We reject the pit closure,\" the union said.", "The miners voted to strike."],
        ]
        #expect(!TopicNamingTests.topics(corpus).map(\.name).contains("Pit closure"))
        // The same words in the reporters' own prose name a theme.
        let unquoted = corpus.map { $0.map { $0.replacingOccurrences(of: "\"", with: "") } }
        #expect(TopicNamingTests.topics(unquoted).map(\.name).contains("Pit closure"))
    }

    @Test func aCommonNounTakesThePhraseTheSourcesUseForIt() {
        let found = TopicNamingTests.topics([
            ["The pay agreement ended the strike.", "Both sides signed the agreement at dawn."],
            ["Workers voted on the pay agreement.", "The agreement runs for two years."],
            ["The pay agreement raises wages.", "Critics said the agreement was weak."],
        ])
        #expect(found.map(\.name).contains("Pay agreement"))
        #expect(!found.map(\.name).contains("Agreement"))
    }
}
