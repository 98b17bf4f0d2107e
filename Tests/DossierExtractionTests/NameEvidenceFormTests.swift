import Testing
import DossierCore
@testable import DossierExtraction

/// A form is written as its last occurrence inside a sentence (where only a name is capitalised), else as its first:
/// its words and name words come from that one occurrence.
@Suite struct NameEvidenceFormTests {
    static func occurrence(_ words: [String], sentenceInitial: Bool) -> NameOccurrence {
        var found = NameOccurrence(words: words, article: 0, sentence: 0, tokenRange: 0..<words.count, cues: NameCues())
        found.sentenceInitial = sentenceInitial
        return found
    }

    static func evidence(_ occurrences: [NameOccurrence]) -> NameEvidence {
        NameEvidence(occurrences: occurrences, lowercaseArticles: [:], capitalisedArticles: [:], givenNames: GivenNames(text: "ana F"))
    }

    @Test func aFormTakesTheWordsOfItsLastOccurrenceInsideASentence() {
        let occurrences = [Self.occurrence(["Ana", "DE", "SOUZA"], sentenceInitial: true), Self.occurrence(["Ana", "de", "Souza"], sentenceInitial: false),
                           Self.occurrence(["Ana", "De", "Souza"], sentenceInitial: false), Self.occurrence(["ANA", "DE", "SOUZA"], sentenceInitial: true)]
        let form = Self.evidence(occurrences).form(ofKey: "ana de souza")
        #expect(form?.count == 4)
        #expect(form?.words == ["Ana", "De", "Souza"])
        #expect(form?.nameWords == ["Ana", "Souza"])
        // Every occurrence at a sentence's start: the first one's words.
        let initial = Self.evidence([occurrences[0], occurrences[3]]).form(ofKey: "ana de souza")
        #expect(initial?.words == ["Ana", "DE", "SOUZA"])
        #expect(initial?.nameWords == ["Ana", "SOUZA"])
    }
}
