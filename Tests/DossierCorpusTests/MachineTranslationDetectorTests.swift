import Testing
@testable import DossierCorpus

@Suite struct MachineTranslationDetectorTests {
    @Test func hyphensCutOffTheirWords() {
        let finding = MachineTranslationDetector().detect([
            "They agreed a long -term truce.", "It followed a cross -border attack.", "Talks resumed in mid -January.",
        ])
        #expect(finding?.evidence == "hyphens cut off their word: “long -term”, “cross -border”, “mid -January”")
    }

    @Test func capitalisedWordsAndTwoSpellings() {
        let finding = MachineTranslationDetector().detect([
            "The White House confirmed That Trump had talked.", "Axios reported The conversations first.",
            "Spokesman Hazem Qassem spoke.", "Later, Hamas Qasssem spoke again.",
        ])
        #expect(finding?.evidence == "capitalised words inside a sentence: “confirmed That Trump”, “reported The conversations”; a name spelled two ways: Qassem / Qasssem")
        #expect(finding?.points == 3)
    }

    @Test func wordsOfAnotherLanguage() {
        let finding = MachineTranslationDetector().detect(["The talks und the deal.", "It is nicht clear.", "They spoke avec officials."])
        #expect(finding?.evidence == "words of another language: “und”, “nicht”, “avec”")
    }

    @Test func twoDifferentPeopleAndOneTypoAreNotEnough() {
        #expect(MachineTranslationDetector().detect([
            "Coach David Moyes praised Steve Davis.", "The economy -which stagnated- grew.",
        ]) == nil)
    }

    @Test func wordAndItsDerivativeAreNotTwoSpellings() {
        #expect(NameVariants().pairs(in: ["The Israeli army left Israel.", "A Minister of the Ministry spoke."]).isEmpty)
    }
}
