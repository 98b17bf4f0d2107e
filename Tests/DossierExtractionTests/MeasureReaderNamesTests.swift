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

    @Test func aSentencesFirstWordOwnsTheNumberOnlyWhenTheArticleNamesIt() {
        #expect(owner("Labour would spend £5bn on schools.", knownNames: ["labour": 2]) == "labour")
        #expect(owner("Labour would spend £5bn on schools.", knownNames: ["tory": 3]) == nil)
        #expect(owner("Labour would spend £5bn on schools.", knownNames: [:]) == nil)
        // Inside the sentence a name needs no count.
        #expect(owner("In March Labour would spend £5bn on schools.", knownNames: [:]) == "labour")
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
