import DossierCore
import Testing
@testable import DossierSite

@Suite struct BriefLeadTests {
    @Test(arguments: [
        ("The government closed the border crossings on Sunday after the talks with the mediators failed.", true),
        ("Will the talks with the mediators resume before the deadline set by the government expires?", false),
        ("Any chancellor would use his pre-election budget to offer some vote winning sweeteners, wouldn't he.", false),
        ("JERUSALEM (Reuters) - The government closed the border crossings on Sunday after the talks failed.", false),
        ("But the government closed the border crossings on Sunday after the talks with the mediators failed.", false),
        ("He said the government closed the border crossings on Sunday after the talks with the mediators failed.", false),
        ("Click here to subscribe to our newsletter and get the latest news on the talks every morning.", false),
        ("\"We closed the border crossings on Sunday after the talks failed,\" the minister told reporters.", false),
        ("The minister said: \"We closed the border crossings on Sunday after the talks with the mediators failed.\"", false),
        ("The minister said: “We closed the border crossings on Sunday after the talks with the mediators failed.”", false),
        ("Border crossings close as talks fail: the government closed them on Sunday after the talks with mediators failed.", false),
        // Nine words: dashes are marks, not words.
        ("The talks — and aid — ended on Sunday, officials said.", false),
        ("The talks — and the aid — ended on Sunday, officials said.", true),
    ])
    func leadSentencesReadAlone(sentence: String, expected: Bool) {
        #expect(BriefLead.isLeadSentence(TestLanguage.sentence(sentence), title: "Border crossings close as talks fail") == expected)
    }

    @Test func datelinesAreCapitalsBeforeABracketOrDash() {
        #expect(BriefLead.isDateline("LONDON — Ministers met on Monday."))
        #expect(BriefLead.isDateline("NEW YORK (Reuters) - Ministers met on Monday."))
        #expect(BriefLead.isDateline("  GAZA CITY: Ministers met on Monday."))
        #expect(BriefLead.isDateline("ZÜRICH - Ministers met on Monday."))
        #expect(!BriefLead.isDateline("The UN (United Nations) met on Monday."))
        #expect(!BriefLead.isDateline("UN - Ministers met on Monday."))
        #expect(!BriefLead.isDateline("LONDON MET ON MONDAY."))
        #expect(!BriefLead.isDateline("LONDOn - Ministers met on Monday."))
        #expect(!BriefLead.isDateline("LONDOñ - Ministers met on Monday."))
        #expect(!BriefLead.isDateline(String(repeating: "A", count: 60) + " - Ministers met on Monday."))
    }

    /// The bytes of an ASCII text give what its Characters give: its letters and digits, lowercased.
    @Test(arguments: ["Border crossings close as talks fail", "G8 ministers' 2005 talks: \"a deal\"\r\nNext", "", "--- ...",
                      "ABCxyz09 \t\u{7F}", "Zürich talks", "e\u{301}te 1½"])
    func normalizedKeepsLettersAndDigits(text: String) {
        #expect(BriefLead.normalized(text) == String(text.lowercased().filter { $0.isLetter || $0.isNumber }))
    }

    /// A source of lead-worthy sentences (`s1`, `s2`, … in reading order) but the one given as a question.
    static func source(_ id: String, sentences count: Int, question: Int? = nil, flags: [QualityFlag] = []) -> Article {
        let sentences = (1...count).map { number in
            var sentence = TestLanguage.sentence(number == question
                ? "Will the talks with the mediators in \(id) resume before the deadline set by the government expires?"
                : "The government in \(id) closed the border crossings on Sunday after the talks with the mediators failed.")
            sentence.id = "s\(number)"
            return sentence
        }
        return Article(id: id, path: "\(id).txt", body: "", paragraphs: [Paragraph(sentences: sentences)], flags: flags)
    }

    /// Each topic's line is its best-scoring sentence that reads alone: the more main topics it touches and the earlier it
    /// comes the better, a source already quoted or weak loses, and the first reference wins among equal scores.
    @Test func eachTopicLeadsWithItsBestSentenceThatReadsAlone() {
        let reference = { (source: String, sentence: String) in SentenceReference(source: source, sentence: sentence) }
        let sources = [Self.source("a", sentences: 2, question: 1), Self.source("b", sentences: 2), Self.source("c", sentences: 1),
                       Self.source("d", sentences: 1)]
        let topics = [
            // a/s1 scores best (two main topics, first) but is a question; a/s2 touches two main topics, b/s2 one.
            Topic(id: "t1", name: "T1", sentences: [reference("a", "s1"), reference("a", "s2"), reference("b", "s2")]),
            // a/s2 is taken, and a/s1 is a question: b/s1.
            Topic(id: "t2", name: "T2", sentences: [reference("a", "s1"), reference("a", "s2"), reference("b", "s1")]),
            // Equal scores: the first reference, though not the topic's first sentence.
            Topic(id: "t3", name: "T3", sentences: [reference("d", "s1"), reference("c", "s1")]),
        ]
        let dossier = Dossier(configuration: DossierConfiguration(title: "D"), sources: sources, topics: topics)
        let lines = BriefLead.lines(dossier, topics: 3, sentences: SentenceIndex(dossier))
        #expect(lines.map(\.topic.id) == ["t1", "t2", "t3"])
        #expect(lines.map(\.reference) == [reference("a", "s2"), reference("b", "s1"), reference("c", "s1")])
        #expect(lines.map(\.text) == [sources[0].paragraphs[0].sentences[1].text, sources[1].paragraphs[0].sentences[0].text,
                                      sources[2].paragraphs[0].sentences[0].text])
        // A main topic beyond the lead's (no line of its own) makes d/s1 touch two; as a duplicate, d loses again.
        var strong = dossier
        strong.topics.append(Topic(id: "t4", name: "T4", sentences: [reference("d", "s1")]))
        let withFourth = BriefLead.lines(strong, topics: 3, sentences: SentenceIndex(strong))
        #expect(withFourth.map(\.reference) == [reference("a", "s2"), reference("b", "s1"), reference("d", "s1")])
        var weak = strong
        weak.sources[3].flags = [QualityFlag(kind: "duplicate-of", evidence: "c", relatedSource: "c")]
        #expect(BriefLead.lines(weak, topics: 3, sentences: SentenceIndex(weak)).last?.reference == reference("c", "s1"))
        // A source already quoted loses: y/s3 comes later than x/s2, but x leads the first topic.
        let quoting = Dossier(configuration: DossierConfiguration(title: "D"), sources: [Self.source("x", sentences: 2), Self.source("y", sentences: 3)],
                              topics: [Topic(id: "p1", name: "P1", sentences: [reference("x", "s1")]),
                                       Topic(id: "p2", name: "P2", sentences: [reference("x", "s2"), reference("y", "s3")])])
        #expect(BriefLead.lines(quoting, topics: 2, sentences: SentenceIndex(quoting)).map(\.reference) == [reference("x", "s1"), reference("y", "s3")])
        // A topic with no sentence that reads alone has no line.
        #expect(BriefLead.lines(dossier, topics: 1, sentences: SentenceIndex(dossier)).map(\.reference) == [reference("a", "s2")])
        var questions = dossier
        questions.topics = [Topic(id: "q", name: "Q", sentences: [reference("a", "s1")])] + dossier.topics
        #expect(BriefLead.lines(questions, topics: 2, sentences: SentenceIndex(questions)).map(\.topic.id) == ["t1"])
    }
}
