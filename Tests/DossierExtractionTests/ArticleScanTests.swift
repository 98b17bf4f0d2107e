import Testing
import DossierCore
@testable import DossierExtraction

/// What each article gives the people pass about its words: each word once per article, folded, written in lowercase
/// or capitalised inside a sentence (a sentence's first word says nothing), and in how many articles.
@Suite struct ArticleScanTests {
    static func scan(_ texts: [String]) -> ArticleScan {
        let finder = NameRunFinder(givenNames: GivenNames(text: "jane F"))
        return ArticleScan(ArraySlice(texts.map(TestLanguage.sentence)), article: 0, finder: finder)
    }

    @Test func wordsAreCountedOncePerArticle() {
        let first = Self.scan(["Brown bread is sold in the Brown shop.", "The café sold brown bread."])
        let second = Self.scan(["Cafe owners met Brown."])
        // `café` is folded to `cafe`; `Brown` opening the first sentence is not counted as capitalised.
        #expect(Set(first.lowercaseWords.keys).isSuperset(of: ["bread", "brown", "cafe", "sold"]))
        #expect(!first.lowercaseWords.keys.contains("café"))
        #expect(first.capitalisedWords.keys == ["brown"])
        #expect(second.capitalisedWords.keys == ["brown"])
        let (lowercase, capitalised) = ArticleScan.wordCounts([first, second])
        #expect(lowercase["brown"] == 1)
        #expect(lowercase["cafe"] == 1)
        #expect(lowercase["owners"] == 1)
        #expect(capitalised["brown"] == 2)
        #expect(capitalised["cafe"] == nil)
        // Two runs of one article join as one article's words.
        let joined = ArticleScan(joining: [first, Self.scan(["Brown bread again.", "Bread from the Brown shop."])])
        #expect(Set(joined.lowercaseWords.keys) == Set(first.lowercaseWords.keys).union(["again", "from"]))
        #expect(ArticleScan.wordCounts([joined]).1 == ["brown": 1])
    }

    /// Lower-case ASCII words fold to themselves and are kept in the order first met; a word beyond ASCII is folded
    /// and joins its folded twin (`café` after `cafe`), in the same order.
    @Test func foldedWordsKeepTheOrderFirstMet() {
        let ascii = Self.scan(["They sold bread and then sold cakes.", "Bread was dear."])
        #expect(ascii.lowercaseWords.keys == ["sold", "bread", "and", "then", "cakes", "was", "dear"])
        let accented = Self.scan(["A cafe sold the café crème."])
        #expect(accented.lowercaseWords.keys == ["cafe", "sold", "the", "creme"])
    }
}

