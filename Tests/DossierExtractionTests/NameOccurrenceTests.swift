import Testing
@testable import DossierExtraction

/// An occurrence keeps its key and name words with its words: they are made when it is made and again when its words change.
@Suite struct NameOccurrenceTests {
    @Test func keyAndNameWordsFollowTheWords() {
        var occurrence = NameOccurrence(words: ["Sagui", "Dekel-Chen"], article: 0, sentence: 0, tokenRange: 0..<2, cues: NameCues())
        #expect(occurrence.key == "sagui dekel chen")
        #expect(occurrence.nameWords == ["Sagui", "Dekel-Chen"])
        occurrence.words = ["Ibrahim", "al-Madhoun", "Jr."]
        #expect(occurrence.key == NameOccurrence.key(of: ["Ibrahim", "al-Madhoun", "Jr."]))
        #expect(occurrence.nameWords == NameOccurrence.nameWords(of: ["Ibrahim", "al-Madhoun", "Jr."]))
        occurrence.words.append("Smith")
        #expect(occurrence.key == NameOccurrence.key(of: ["Ibrahim", "al-Madhoun", "Jr.", "Smith"]))
        #expect(occurrence.nameWords.last == "Smith")
    }

    @Test func keysWithAndWithoutHyphens() {
        #expect(NameOccurrence.key(of: ["Jane", "Doe"]) == "jane doe")
        #expect(NameOccurrence.key(of: ["Ibrahim", "al-Madhoun"]) == "ibrahim al madhoun")
        #expect(NameOccurrence.key(of: ["Zoë", "Smith-Jones"]) == "zoe smith jones")
        #expect(NameKey.surname("al-Madhoun") == "madhoun")
        #expect(NameKey.surname("Dekel-Chen") == "dekelchen")
        #expect(NameKey.surname("Smith") == "smith")
    }

    @Test func nameWordsGivenOrMadeAreTheSame() {
        let words = ["Ibrahim", "al-Madhoun", "Jr."]
        let made = NameOccurrence(words: words, article: 1, sentence: 2, tokenRange: 3..<6, cues: NameCues())
        let given = NameOccurrence(words: words, nameWords: NameOccurrence.nameWords(of: words), article: 1, sentence: 2, tokenRange: 3..<6,
                                   cues: NameCues())
        #expect(made == given)
        #expect(given.key == NameOccurrence.key(of: words))
    }
}
