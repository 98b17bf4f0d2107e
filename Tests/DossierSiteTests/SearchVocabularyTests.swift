@testable import DossierSite
import Testing

/// The search index's vocabulary: each document's distinct words, numbered across chunks numbered apart.
@Suite struct SearchVocabularyTests {
    @Test func eachDocumentHasItsDistinctWordsAndEachWordOneNumber() {
        // More documents than one chunk holds, with words shared across chunks and repeated within a document.
        let texts = (0..<(3 * SearchVocabulary.smallestChunk + 5)).map { "w\($0 % 7) shared w\($0 % 7) d\($0)" }
        let vocabulary = SearchVocabulary(texts) { $0.split(separator: " ").map(String.init) }
        #expect(vocabulary.documentWords.count == texts.count)
        #expect(Set(vocabulary.words).count == vocabulary.words.count)
        #expect(Array(vocabulary.words.prefix(4)) == ["w0", "shared", "d0", "w1"])
        #expect(vocabulary.words.count == 7 + 1 + texts.count)
        for (text, numbers) in zip(texts, vocabulary.documentWords) {
            #expect(numbers.count == 3)
            #expect(Set(numbers.map { vocabulary.words[$0] }) == Set(text.split(separator: " ").map(String.init)))
        }
    }

    @Test func noDocumentsNoWords() {
        let vocabulary = SearchVocabulary([]) { $0.split(separator: " ").map(String.init) }
        #expect(vocabulary.words.isEmpty && vocabulary.documentWords.isEmpty)
    }
}
