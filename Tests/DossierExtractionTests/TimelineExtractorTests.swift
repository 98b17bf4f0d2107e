import Testing
import DossierCore
@testable import DossierExtraction

@Suite struct TimelineExtractorTests {
    static func article(_ id: String, published: String?, _ sentences: [String]) -> Article {
        var offset = 0
        let parsed = sentences.enumerated().map { index, text in
            defer { offset += text.count + 1 }
            return Sentence(id: "s\(index + 1)", text: text, range: offset..<offset + text.count, line: index + 1,
                            tokens: TestLanguage.tokenizer.tokens(of: text))
        }
        return Article(id: id, path: "content/\(id).txt", body: sentences.joined(separator: "\n"),
                       metadata: SourceMetadata(published: published), paragraphs: [Paragraph(sentences: parsed)])
    }

    @Test func mergesOneEventStatedByTwoSourcesAndKeepsTheUndatedOneApart() {
        let articles = [
            Self.article("a", published: "2025-03-05", ["The first phase of the ceasefire expired on Saturday without a deal."]),
            Self.article("b", published: nil, ["The first phase of the ceasefire expired on March 1 as talks stalled.",
                                              "On Sunday, the government closed the border crossings."]),
        ]
        let events = TimelineExtractor().events(in: articles)
        #expect(events.map(\.date) == ["2025-03-01", nil])
        #expect(events[0].sources == ["a", "b"])
        #expect(events[0].references == [SentenceReference(source: "a", sentence: "s1"), SentenceReference(source: "b", sentence: "s1")])
        #expect(events[1].dateText == "On Sunday")
        #expect(events[1].note == "the article is not dated, so “On Sunday” cannot be placed")
    }

    @Test func keepsDifferentEventsOfOneDayApart() {
        let articles = [
            Self.article("a", published: "2025-03-05", ["Parliament passed the budget bill on Monday after a long debate.",
                                                         "On Monday, floods closed three schools in the north of the country."]),
        ]
        let events = TimelineExtractor().events(in: articles)
        #expect(events.map(\.date) == ["2025-03-03", "2025-03-03"])
        #expect(events.count == 2)
    }
}
