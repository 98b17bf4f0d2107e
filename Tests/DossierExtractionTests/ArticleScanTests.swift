import Testing
import DossierCore
@testable import DossierExtraction

/// What each article gives the people pass about its words: each word once per article, written in lowercase or
/// capitalised inside a sentence (a sentence's first word says nothing), and in how many articles, folded.
@Suite struct ArticleScanTests {
    static func scan(_ texts: [String]) -> ArticleScan {
        let finder = NameRunFinder(givenNames: GivenNames(text: "jane F"))
        return ArticleScan(ArraySlice(texts.map(TestLanguage.sentence)), article: 0, finder: finder)
    }

    @Test func wordsAreCountedOncePerArticle() {
        let first = Self.scan(["Brown bread is sold in the Brown shop.", "The café sold brown bread."])
        let second = Self.scan(["Cafe owners met Brown."])
        // `café` is kept as written, and folded to `cafe` when counted; `Brown` opening the first sentence is not
        // counted as capitalised.
        #expect(Set(first.lowercaseWords.keys).isSuperset(of: ["bread", "brown", "café", "sold"]))
        #expect(!first.lowercaseWords.keys.contains("cafe"))
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

    /// The names of an article's sentences are found into one list, each sentence's read apart: names listed together
    /// (`A B and C D`) and a spouse's surname (`his wife, Jacqueline`) are sought in the name's own sentence only.
    @Test func eachSentencesNamesAreReadApart() {
        let finder = NameRunFinder(givenNames: GivenNames(text: "jane F\nmaria F\nibrahim M\njacqueline F"))
        let sentences = ["Yesterday the envoy met Jane Doe.", "Maria Lopez and Ibrahim Khan spoke.", "Kennedy spoke.",
                         "then his wife, Jacqueline, waved.", "Mr. Kennedy and his wife, Jacqueline, waved."]
        let found = ArticleScan(ArraySlice(sentences.map(TestLanguage.sentence)), article: 0, finder: finder).occurrences
        #expect(found.map(\.words) == [["Jane", "Doe"], ["Maria", "Lopez"], ["Ibrahim", "Khan"], ["Kennedy"], ["Jacqueline"],
                                        ["Kennedy"], ["Jacqueline", "Kennedy"]])
        #expect(found.map(\.sentence) == [0, 1, 1, 2, 3, 4, 4])
        #expect(found.map(\.cues.coordinated) == [false, true, true, false, false, false, false])
    }

    /// The words are kept in the order first met, as written.
    @Test func wordsKeepTheOrderFirstMet() {
        let ascii = Self.scan(["They sold bread and then sold cakes.", "Bread was dear."])
        #expect(ascii.lowercaseWords.keys == ["sold", "bread", "and", "then", "cakes", "was", "dear"])
        let accented = Self.scan(["A cafe sold the café crème."])
        #expect(accented.lowercaseWords.keys == ["cafe", "sold", "the", "café", "crème"])
    }

    /// Each article counts once for a folded word, however many of its words fold to it, in whichever order they come.
    @Test func anArticleCountsOnceForWordsFoldingAlike() {
        let both = Self.scan(["A cafe sold the café crème."])
        let accentFirst = Self.scan(["The café and the cafe sold crème and creme."])
        let plain = Self.scan(["The cafe was shut."])
        let (lowercase, _) = ArticleScan.wordCounts([both, accentFirst, plain])
        #expect(lowercase["cafe"] == 3)
        #expect(lowercase["creme"] == 2)
        #expect(lowercase["café"] == nil && lowercase["crème"] == nil)
        #expect(lowercase["sold"] == 2)
    }
}

