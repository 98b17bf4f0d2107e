@testable import DossierSite
import Testing

/// Documents' word numbers side by side in one array, read back document by document.
@Suite struct DocumentWordsTests {
    @Test func eachDocumentReadsBackItsOwnNumbers() {
        var words = DocumentWords()
        #expect(words.isEmpty)
        for document in [[3, 1], [], [7], [2, 2, 5]] {
            for number in document { words.append(number) }
            words.endDocument()
        }
        #expect(words.count == 4)
        #expect(words.map(Array.init) == [[3, 1], [], [7], [2, 2, 5]])
        #expect(words.numbers == [3, 1, 7, 2, 2, 5])
        #expect(words.starts == [0, 2, 2, 3, 6])
    }

    /// Another's documents come after one's own, each number renumbered, each document where it was in the other.
    @Test func appendedDocumentsAreRenumberedAndFollowTheOwnOnes() {
        var first = DocumentWords()
        first.append(0)
        first.endDocument()
        var second = DocumentWords()
        for document in [[1, 0], [], [2]] {
            for number in document { second.append(number) }
            second.endDocument()
        }
        first.append(second) { [10, 11, 12][$0] }
        #expect(first.map(Array.init) == [[0], [11, 10], [], [12]])
        #expect(first.starts == [0, 1, 3, 3, 4])
        var empty = DocumentWords()
        empty.append(DocumentWords()) { $0 }
        #expect(empty.isEmpty && empty.numbers.isEmpty)
    }
}
