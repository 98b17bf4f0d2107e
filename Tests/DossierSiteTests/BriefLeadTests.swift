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
        #expect(!BriefLead.isDateline("The UN (United Nations) met on Monday."))
    }
}
