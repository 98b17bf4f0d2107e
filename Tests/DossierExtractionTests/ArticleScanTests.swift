import Testing
import DossierCore
@testable import DossierExtraction

/// What each article gives the people pass: its name occurrences, and (`NameWordCounts`) in how many articles each word
/// of the occurrences is written in lowercase or capitalised inside a sentence (a sentence's first word says nothing),
/// folded.
@Suite struct ArticleScanTests {
    static func occurrence(_ words: [String]) -> NameOccurrence {
        NameOccurrence(words: words, article: 0, sentence: 0, tokenRange: 0..<words.count, cues: NameCues())
    }

    /// The counts of the words of occurrences named `asked`, in articles of these sentences.
    static func counts(_ articles: [[String]], asking asked: [[String]]) -> NameWordCounts {
        NameWordCounts(occurrences: asked.map(occurrence), sentences: articles.map { $0.map(TestLanguage.sentence) }, maximumBatches: 2)
    }

    @Test func wordsAreCountedOncePerArticle() {
        let counts = Self.counts([["Brown bread is sold in the Brown shop.", "The café sold brown bread."], ["Cafe owners met Brown."]],
                                 asking: [["Brown", "Shop"], ["Cafe"], ["Owners"]])
        // `café` is folded to `cafe` when counted; `Brown` opening the first sentence is not counted as capitalised, nor
        // `Cafe` opening the second article's.
        #expect(counts.lowercase["brown"] == 1)
        #expect(counts.lowercase["cafe"] == 1)
        #expect(counts.lowercase["owners"] == 1)
        #expect(counts.lowercase["shop"] == 1)
        #expect(counts.capitalised["brown"] == 2)
        #expect(counts.capitalised["cafe"] == nil)
        // Only the occurrences' words are counted: no name asks about `bread`.
        #expect(counts.lowercase["bread"] == nil)
        #expect(counts.capitalised.count == 1)
    }

    /// A word type's answer is worked out once and read for its other tokens (`WordTypeMemo`): the counts are those of
    /// the same tokens without word type numbers (each answered from its text), in any batches.
    @Test func wordTypesCountAsTheirTexts() {
        let articles = [["Brown bread is sold in the Brown shop.", "The café sold brown bread.", "Brown met Brown."],
                        ["Cafe owners met Brown.", "The brown café and the Brown shop."], ["BROWN SHOP sold crème."]]
        let asked = [["Brown", "Shop"], ["Cafe"], ["Owners"], ["Crème"]].map(Self.occurrence)
        let typed = articles.map { $0.map(TestLanguage.sentence) }
        let untyped = typed.map { sentences in
            sentences.map { sentence in
                var sentence = sentence
                // A changed text takes the token's word type number away.
                for index in sentence.tokens.indices { sentence.tokens[index].text = sentence.tokens[index].text }
                return sentence
            }
        }
        #expect(typed.joined().contains { $0.tokens.contains { $0.wordType != 0 } })
        #expect(untyped.joined().allSatisfy { $0.tokens.allSatisfy { $0.wordType == 0 } })
        let expected = NameWordCounts(occurrences: asked, sentences: untyped, maximumBatches: 1)
        #expect(expected.lowercase == ["brown": 2, "creme": 1, "cafe": 2, "owners": 1, "shop": 2])
        #expect(expected.capitalised == ["brown": 2])
        for batches in [1, 2, 8] {
            let counts = NameWordCounts(occurrences: asked, sentences: typed, maximumBatches: batches)
            #expect(counts.lowercase == expected.lowercase && counts.capitalised == expected.capitalised)
        }
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

    /// Each article counts once for a folded word, however many of its words fold to it, in whichever order they come;
    /// a name's word is folded as the article's words are (`Crème` asks about `creme`).
    @Test func anArticleCountsOnceForWordsFoldingAlike() {
        let counts = Self.counts([["A cafe sold the café crème."], ["The café and the cafe sold crème and creme."], ["The cafe was shut."]],
                                 asking: [["Cafe"], ["Crème"], ["Sold"]])
        #expect(counts.lowercase["cafe"] == 3)
        #expect(counts.lowercase["creme"] == 2)
        #expect(counts.lowercase["café"] == nil && counts.lowercase["crème"] == nil)
        #expect(counts.lowercase["sold"] == 2)
        #expect(counts.lowercase["shut"] == nil)
    }
}
