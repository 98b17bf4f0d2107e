import DossierCore
import Testing
@testable import DossierExtraction

/// What each sentence of a long article says of quotations is read in runs on all cores (`SentenceBatches`); what a
/// sentence carries into the next (a quotation left open, the last speaker) is then read in order, so the quotations
/// are the same however the article is cut.
@Suite struct QuoteBatchesTests {
    static let story = [
        "Ana Rivera said: “The first part is long enough.",
        "The middle part goes on here.",
        "The last part ends it,” she added.",
        "Karim Haddad told Reuters the talks failed.",
        "“We will try again next week,” Karim Haddad said.",
        "“The deal is done for now,” said Ana Rivera.",
        "“It holds for a while.”",
    ]

    /// Each mention of `Ana Rivera` (person 0) and `Karim Haddad` (person 1), by the tokens of its two words.
    static func mentions(_ sentences: [Sentence]) -> [QuoteFinder.Mention] {
        var found: [QuoteFinder.Mention] = []
        for (index, sentence) in sentences.enumerated() {
            let tokens = sentence.tokens
            for start in tokens.indices.dropLast() {
                let pair = tokens[start].text + " " + tokens[start + 1].text
                if let person = ["Ana Rivera", "Karim Haddad"].firstIndex(of: pair) {
                    found.append(QuoteFinder.Mention(sentence: index, tokenRange: start..<start + 2, person: person))
                }
            }
        }
        return found
    }

    @Test func quotationsReadInRunsOfAnySizeAreTheQuotationsReadInOrder() {
        let sentences = TimelineExtractorTests.article("a", published: nil, Self.story).sentences
        let mentions = Self.mentions(sentences)
        func read(_ size: Int) -> [String] {
            QuoteFinder().quotes(sentences: sentences, mentions: mentions, batchSize: size, maximumBatches: 7)
                .map { "\($0.sentence) \($0.person) \($0.text)" }
        }
        let inOrder = read(1_000)
        #expect(inOrder == [
            "0 0 The first part is long enough.", "1 0 The middle part goes on here.", "2 0 The last part ends it",
            "4 1 We will try again next week", "5 0 The deal is done for now", "6 0 It holds for a while.",
        ])
        #expect(read(1) == inOrder)
        #expect(read(2) == inOrder)
        #expect(read(3) == inOrder)
    }

    /// A sentence going on with a quotation opened before it names its own speaker beside a speech verb: it is read for
    /// its speaker too, though it opens no quotation (without that reading the quotation's first speaker would keep it).
    @Test func aSentenceGoingOnWithAQuotationIsReadForItsSpeaker() {
        let sentences = TimelineExtractorTests.article("a", published: nil, [
            "Ana Rivera said: “The first part is long enough.", "The rest of it comes here,” Karim Haddad said.",
        ]).sentences
        for size in [1, 1_000] {
            let found = QuoteFinder().quotes(sentences: sentences, mentions: Self.mentions(sentences), batchSize: size, maximumBatches: 7)
            #expect(found.map { "\($0.sentence) \($0.person) \($0.text)" } == [
                "0 0 The first part is long enough.", "1 1 The rest of it comes here",
            ])
        }
    }
}
