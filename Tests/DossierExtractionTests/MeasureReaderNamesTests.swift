import Testing
@testable import DossierExtraction

/// A capitalized word at a sentence's start is a name (here, whose number it is) only when the article writes it
/// capitalized elsewhere too: `MeasureReader` asks the article's name counts.
@Suite struct MeasureReaderNamesTests {
    func owner(_ sentence: String, knownNames: NameCounts) -> String? {
        let tokens = FigureTestLexicon.tokens(of: sentence)
        let quantities = QuantityRecognizer(publishedYear: nil, lexicon: FigureTestLexicon.lexicon).quantities(in: tokens)
        let reader = MeasureReader(tokens: tokens, lexicon: FigureTestLexicon.lexicon, knownNames: knownNames, subjectAuxiliaries: ["would"])
        return reader.readings(of: quantities).first?.owner
    }

    /// The names an article of these sentences uses, counted as the figures pass counts them.
    func names(_ sentences: String...) -> NameCounts {
        StoryIndex.nameCounts(of: sentences.map(FigureTestLexicon.tokens(of:)))
    }

    @Test func aSentencesFirstWordOwnsTheNumberOnlyWhenTheArticleNamesIt() {
        #expect(owner("Labour would spend £5bn on schools.", knownNames: names("It was a plan of Labour.")) == "labour")
        #expect(owner("Labour would spend £5bn on schools.", knownNames: names("It was a plan of the Tory party.")) == nil)
        // Only inside a sentence does the article name it (its own sentence opens with it).
        #expect(owner("Labour would spend £5bn on schools.", knownNames: names("Labour would spend £5bn on schools.")) == nil)
        #expect(owner("Labour would spend £5bn on schools.", knownNames: NameCounts()) == nil)
        // Inside the sentence a name needs no count.
        #expect(owner("In March Labour would spend £5bn on schools.", knownNames: NameCounts()) == "labour")
    }
}

/// A currency is a sign of its own before the number (`£`, `€`) or a code in capitals (`EUR 5`); a word or a lower-case
/// code is none.
@Suite struct CurrencyPrefixTests {
    func units(_ sentence: String) -> [String?] {
        QuantityRecognizer(publishedYear: nil, lexicon: FigureTestLexicon.lexicon).quantities(in: FigureTestLexicon.tokens(of: sentence)).map(\.unit)
    }

    @Test func signsAndCodesBeforeANumber() {
        #expect(units("The fund paid €40 to each.") == ["EUR"])
        #expect(units("The fund paid ¥40 to each.") == ["JPY"])
        #expect(units("The fund paid £40 to each.") == ["GBP"])
        #expect(units("The fund paid EUR 40 to each.") == ["EUR"])
        #expect(units("The fund paid 40 eur to each.") != ["EUR"])
    }
}
