import DossierCore
import DossierLanguage
import Testing
@testable import DossierCorpus

@Suite struct MachineTranslationDetectorTests {
    /// Sentences as the parse stage makes them: text and tokens.
    static func sentences(_ texts: [String]) -> [Sentence] {
        texts.enumerated().map { position, text in
            Sentence(id: "s\(position + 1)", text: text, range: 0..<text.unicodeScalars.count, line: position + 1,
                     tokens: TestLanguage.tokenizer.tokens(of: text))
        }
    }

    @Test func hyphensCutOffTheirWords() {
        let finding = MachineTranslationDetector().detect(Self.sentences([
            "They agreed a long -term truce.", "It followed a cross -border attack.", "Talks resumed in mid -January.",
        ]))
        #expect(finding?.evidence == "hyphens cut off their word: “long -term”, “cross -border”, “mid -January”")
    }

    @Test func capitalisedWordsAndTwoSpellings() {
        let finding = MachineTranslationDetector().detect(Self.sentences([
            "The White House confirmed That Trump had talked.", "Axios reported The conversations first.",
            "Spokesman Hazem Qassem spoke.", "Later, Hamas Qasssem spoke again.",
        ]))
        #expect(finding?.evidence == "capitalised words inside a sentence: “confirmed That Trump”, “reported The conversations”; a name spelled two ways: Qassem / Qasssem")
        #expect(finding?.points == 3)
    }

    @Test func wordsOfAnotherLanguage() {
        let finding = MachineTranslationDetector().detect(Self.sentences(["The talks und the deal.", "It is nicht clear.", "They spoke avec officials."]))
        #expect(finding?.evidence == "words of another language: “und”, “nicht”, “avec”")
    }

    @Test func twoDifferentPeopleAndOneTypoAreNotEnough() {
        #expect(MachineTranslationDetector().detect(Self.sentences([
            "Coach David Moyes praised Steve Davis.", "The economy -which stagnated- grew.",
        ])) == nil)
    }

    /// Two spellings count one point, looked for only when the other traces make the rest: in one piece or in chunks
    /// of a sentence or two, which gather the names apart and join them.
    @Test func twoSpellingsFlagATextOnlyBesideTwoOtherPoints() {
        let spellings = ["Spokesman Hazem Qassem spoke.", "Later, Hamas Qasssem spoke again."]
        let onePoint = Self.sentences(spellings + ["They agreed a long -term truce."])
        let twoPoints = Self.sentences(["They agreed a long -term truce."] + spellings + ["It is nicht clear."])
        for bytes in [ArticleReader.defaultChunkBytes, 40, 1] {
            let detector = MachineTranslationDetector()
            #expect(detector.detect(onePoint, chunks: TextChunks(bytes: bytes)) == nil)
            let finding = detector.detect(twoPoints, chunks: TextChunks(bytes: bytes))
            #expect(finding?.evidence == "hyphens cut off their word: “long -term”; a name spelled two ways: Qassem / Qasssem; words of another language: “nicht”")
            #expect(finding?.points == 3)
        }
    }

    @Test func wordAndItsDerivativeAreNotTwoSpellings() {
        #expect(NameVariants().pairs(in: Self.sentences(["The Israeli army left Israel.", "A Minister of the Ministry spoke."])).isEmpty)
    }

    @Test func capitalisedWordsNeedALowerCaseWordBeforeAndAWordAfter() {
        let sentences = Self.sentences(["He said, That was all.", "They reported The Times story.", "It ended with That.",
                                        "The talks Which began failed."])
        #expect(MachineTranslationDetector().capitalisedFunctionWords(sentences) == ["talks Which began"])
    }

    /// The pre-check lets every listed word through, and stops words no listed word starts like, or of another length
    /// than those that do.
    @Test func foreignWordsArePreCheckedOnTheirFirstTwoBytesAndLength() {
        #expect(MachineTranslationDetector.foreign.allSatisfy(MachineTranslationDetector.mayBeForeign))
        #expect(!["the", "of", "was", "to", "said", "é", "x"].contains(where: MachineTranslationDetector.mayBeForeign))
        #expect(!["and", "last", "is", "people", "were", "they"].contains(where: MachineTranslationDetector.mayBeForeign))
        #expect(MachineTranslationDetector.mayBeForeign("für") && MachineTranslationDetector.mayBeForeign("anche"))
        let detector = MachineTranslationDetector()
        #expect(detector.foreignWords(Self.sentences(["And the las vegas und ist beim los, and anche been."])) == ["las", "und", "ist", "beim", "los", "anche"])
    }

    /// Read on the bytes of an ASCII word or as Characters: the same words as `bare` and a Character test give.
    @Test func nameLikeWordsAndCapitalisedFunctionWords() {
        let tokens = TestLanguage.tokenizer.tokens(of: "Qassem’s Qassem's Hamas Mr. Ørsted Ørsteds’ McDonald Karolina. That Élan É")
        #expect(tokens.compactMap(NameVariants.nameLike) == ["Qassem", "Qassem", "Hamas", "Ørsted", "Ørsteds", "Karolina"])
        #expect(tokens.compactMap(NameVariants.nameLike) == tokens.map(\.bare).filter { word in
            word.count >= NameVariants.shortest && word.dropFirst().allSatisfy(\.isLowercaseFast)
        })
        #expect(["That", "The", "THE", "Élan", "É", "that", "T", "Ab1", "", "A\u{301}bc", "tHé"].map(MachineTranslationDetector.capitalisedLower)
            == ["that", "the", nil, "élan", "é", nil, "t", nil, nil, "a\u{301}bc", nil])
    }

    @Test func possessivesAndHyphenatedWordsAreReadFromTokens() {
        let sentences = Self.sentences(["The spokesman Qassem’s statement came late.", "Qassem's deputy and Hazem Qasem spoke.",
                                        "A well -known figure and a deal für peace.", "The cross-border well-known deal."])
        #expect(NameVariants().pairs(in: sentences).map { "\($0.0)/\($0.1)" } == ["Qasem/Qassem"])
        #expect(MachineTranslationDetector().detachedHyphens(sentences) == ["well -known"])
        #expect(MachineTranslationDetector().foreignWords(sentences) == ["für"])
    }

    /// The pre-filter, read on a word's bytes in place, turns away just the words whose first character is ASCII
    /// other than a capital (a first byte of ASCII followed by none or another ASCII byte).
    @Test func mayBeCapitalisedTurnsAwayOnlyASCIIOtherThanCapitals() {
        let words = ["", "That", "that", "T", "t", "1", "-", "É", "é", "e\u{301}", "E\u{301}x", "Éa", "ABC", "中", "“The", "'s", "Zz", "A中"]
        for word in words {
            let bytes = Array(word.utf8)
            let expected = bytes.first.map { $0 >= 0x80 || bytes.count > 1 && bytes[1] >= 0x80 || $0 >= 0x41 && $0 <= 0x5A } ?? true
            #expect(MachineTranslationDetector.mayBeCapitalised(word) == expected, "\(word)")
        }
    }
}
