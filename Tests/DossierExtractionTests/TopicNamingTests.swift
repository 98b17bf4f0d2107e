import Testing
import DossierCore
@testable import DossierExtraction

/// Variants of one theme join one topic, and a topic takes the name its sources give it most.
@Suite struct TopicNamingTests {
    static func corpus(_ sources: [[String]]) -> [Article] {
        sources.enumerated().map { index, sentences in
            TimelineExtractorTests.article(String(UnicodeScalar(UInt8(97 + index))), published: nil, sentences)
        }
    }

    static func topics(_ sources: [[String]]) -> [(name: String, keywords: [String], sentences: Int)] {
        TopicExtractor(lexicon: TestLanguage.lexicon).topics(in: corpus(sources)).map { ($0.name, $0.keywords, $0.sentences.count) }
    }

    @Test func ingFormsLeadBackToTheirWord() {
        #expect(WordForm.ingBases("hunting") == ["hunt", "hunte"])
        #expect(WordForm.ingBases("voting") == ["vot", "vote"])
        #expect(WordForm.ingBases("betting") == ["bett", "bette", "bet"])
        #expect(WordForm.ingBases("housing") == [])
        #expect(WordForm.ingBases("string") == [])
        #expect(WordForm.ingForms("vote") == ["voteing", "voting"])
        #expect(WordForm.ingForms("bet") == ["beting", "betting"])
    }

    @Test func adverbsAndPastTensesAreNoThemeWords() {
        #expect(WordForm.verbOrAdverbBases("directly") == ["direct"])
        #expect(WordForm.verbOrAdverbBases("planned") == ["plann", "planne", "plan"])
        #expect(WordForm.isPastTense("agreed"))
        #expect(!WordForm.isPastTense("bloodshed"))
        #expect(!WordForm.isPastTense("seed"))
    }

    @Test func synonymsOfNewsProseShareARoot() {
        #expect(NewsSynonyms.root(of: "negotiation") == "talk")
        #expect(NewsSynonyms.root(of: "truce") == "ceasefire")
        #expect(NewsSynonyms.root(of: "harbour") == "harbour")
        #expect(NewsSynonyms.others(of: "deal") == ["agreement", "accord", "pact"])
    }

    @Test func aWordAndItsIngFormAreOneTopic() {
        let found = Self.topics([
            ["The ban on hunting was passed by the assembly.", "Supporters of hunting marched in the capital."],
            ["The hunt met at dawn.", "Police watched the hunting from the road."],
            ["A hunt was stopped by police.", "The hunt said it broke no rule."],
        ])
        let hunting = found.filter { $0.keywords.contains("hunt") || $0.keywords.contains("hunting") }
        #expect(hunting.map(\.name) == ["Hunt"])
        #expect(hunting.map(\.keywords) == [["hunt", "hunting"]])
        #expect(hunting.map(\.sentences) == [6])
    }

    @Test func talksNegotiationsAndDiscussionsAreOneTopicNamedTalks() {
        let found = Self.topics([
            ["The negotiations resumed in the capital.", "Both sides praised the talks."],
            ["The discussions ended without a statement.", "Mediators hope the negotiations continue."],
            ["The talks lasted four hours.", "Few details of the discussions emerged."],
        ])
        #expect(found.map(\.name) == ["Talks"])
        #expect(found.map(\.keywords) == [["talks", "negotiations", "discussions"]])
        #expect(found.map(\.sentences) == [6])
    }

    @Test func aDominantPhraseNamesTheTopic() {
        let found = Self.topics([
            ["Cuts to public services worried the unions.", "The services were closed at night."],
            ["Spending on public services rose again.", "Mayors defended the services."],
            ["The public services bill failed.", "Voters want better services.", "Few services opened."],
        ])
        #expect(found.first?.name == "Public services")
        #expect(found.first?.keywords == ["public services", "services"])
    }

    @Test func twoEqualPhrasesNameTheTopicTogether() {
        let found = Self.topics([
            ["The first phase of the plan ended.", "The second phase was delayed."],
            ["Aid arrived in the first phase.", "The second phase needs new money."],
            ["Nobody expected the first phase to end.", "The second phase starts in May."],
        ])
        #expect(found.first?.name == "First and second phase")
        #expect(found.first?.keywords == ["first phase", "second phase", "phase"])
    }

    @Test func aWordMostlyOpeningTitlesIsNoTopic() {
        let found = Self.topics([
            ["The home secretary spoke to the home affairs committee.", "Critics of the home secretary were loud."],
            ["The home secretary left the Home Office late.", "The home affairs committee met twice."],
            ["A home secretary must answer to the committee.", "The Home Office refused to comment."],
        ])
        #expect(!found.map(\.name).contains("Home"))
        #expect(found.map(\.name).contains("Home secretary"))
    }
}
