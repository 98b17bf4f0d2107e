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

    /// An ASCII key made from the words' bytes is the key that joining, folding and replacing hyphens makes; words
    /// beyond ASCII have no byte-made key.
    @Test func asciiKeysAreTheFoldedJoinedWords() {
        let lists: [[String]] = [[], [""], ["Jane"], ["Jane", "Doe"], ["O'Brien", "McDONALD-smith"], ["A@[`{", "Z-", "-"],
                                 ["Jr.", "III"], ["two  spaces"], ["line\r\nbreak"]]
        for words in lists {
            #expect(NameOccurrence.asciiKey(of: words) == NameKey.fold(words.joined(separator: " ")).replacingEvery("-", with: " "), "\(words)")
        }
        #expect(NameOccurrence.asciiKey(of: ["Zoë", "Smith"]) == nil)
        #expect(NameOccurrence.asciiKey(of: ["Jane", "O\u{2019}Brien"]) == nil)
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
