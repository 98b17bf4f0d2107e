import Testing
@testable import DossierSite

@Suite struct BriefLeadTests {
    @Test(arguments: [
        ("The government closed the border crossings on Sunday after the talks with the mediators failed.", true),
        ("Will the talks with the mediators resume before the deadline set by the government expires?", false),
        ("Any chancellor would use his pre-election budget to offer some vote winning sweeteners, wouldn't he.", false),
        ("JERUSALEM (Reuters) - The government closed the border crossings on Sunday after the talks failed.", false),
        ("But the government closed the border crossings on Sunday after the talks with the mediators failed.", false),
        ("He said the government closed the border crossings on Sunday after the talks with the mediators failed.", false),
        ("Click here to subscribe to our newsletter and get the latest news on the talks every morning.", false),
        ("\"We closed the border crossings on Sunday after the talks failed,\" the minister told reporters.", false),
        ("The minister said: \"We closed the border crossings on Sunday after the talks with the mediators failed.\"", false),
        ("The minister said: “We closed the border crossings on Sunday after the talks with the mediators failed.”", false),
        ("Border crossings close as talks fail: the government closed them on Sunday after the talks with mediators failed.", false),
        // Nine words: dashes are marks, not words.
        ("The talks — and aid — ended on Sunday, officials said.", false),
        ("The talks — and the aid — ended on Sunday, officials said.", true),
    ])
    func leadSentencesReadAlone(sentence: String, expected: Bool) {
        #expect(BriefLead.isLeadSentence(TestLanguage.sentence(sentence), title: "Border crossings close as talks fail") == expected)
    }

    @Test func datelinesAreCapitalsBeforeABracketOrDash() {
        #expect(BriefLead.isDateline("LONDON — Ministers met on Monday."))
        #expect(BriefLead.isDateline("NEW YORK (Reuters) - Ministers met on Monday."))
        #expect(BriefLead.isDateline("  GAZA CITY: Ministers met on Monday."))
        #expect(BriefLead.isDateline("ZÜRICH - Ministers met on Monday."))
        #expect(!BriefLead.isDateline("The UN (United Nations) met on Monday."))
        #expect(!BriefLead.isDateline("UN - Ministers met on Monday."))
        #expect(!BriefLead.isDateline("LONDON MET ON MONDAY."))
        #expect(!BriefLead.isDateline("LONDOn - Ministers met on Monday."))
        #expect(!BriefLead.isDateline("LONDOñ - Ministers met on Monday."))
        #expect(!BriefLead.isDateline(String(repeating: "A", count: 60) + " - Ministers met on Monday."))
    }

    /// The bytes of an ASCII text give what its Characters give: its letters and digits, lowercased.
    @Test(arguments: ["Border crossings close as talks fail", "G8 ministers' 2005 talks: \"a deal\"\r\nNext", "", "--- ...",
                      "ABCxyz09 \t\u{7F}", "Zürich talks", "e\u{301}te 1½"])
    func normalizedKeepsLettersAndDigits(text: String) {
        #expect(BriefLead.normalized(text) == String(text.lowercased().filter { $0.isLetter || $0.isNumber }))
    }
}
