import Testing
import DossierCore
@testable import DossierExtraction

/// The relative date phrases `DateMentionFinder` reads after a first look at each word (`yesterday`, `the next day`,
/// `last month`, `three days later`): each phrase's text and kind, and near misses that are no date.
@Suite struct RelativeDateWordsTests {
    func mentions(_ sentence: String) -> [String] {
        DateMentionFinder().mentions(in: TestLanguage.sentence(sentence)).map { "\($0.text) \($0.kind)" }
    }

    @Test(arguments: [
        ("He resigned yesterday.", "yesterday daysFromPublication(-1)"),
        ("Tomorrow the talks resume.", "Tomorrow daysFromPublication(1)"),
        ("They met again the next day.", "the next day daysFromPrevious(1)"),
        ("They met again The Following Day.", "The Following Day daysFromPrevious(1)"),
        ("They had met the previous day.", "the previous day daysFromPrevious(-1)"),
        ("Prices rose last month.", "last month monthsFromPublication(-1)"),
        ("Prices will rise next month.", "next month monthsFromPublication(1)"),
        ("Prices rose this month.", "this month monthsFromPublication(0)"),
        ("The group met two days ago.", "two days ago daysFromPublication(-2)"),
        ("The group met three days later.", "three days later daysFromPrevious(3)"),
        ("The group had met a day earlier.", "a day earlier daysFromPrevious(-1)"),
    ])
    func readsEachPhrase(sentence: String, expected: String) {
        #expect(mentions(sentence) == [expected])
    }

    @Test(arguments: [
        "They met again the next week.", "They met the day before.", "Prices rose last week.",
        "This is the month of the vote.", "The next days were calm.", "They met on the day.", "Theday after, nothing.",
    ])
    func nearMissesAreNoDate(sentence: String) {
        #expect(mentions(sentence).isEmpty)
    }

    /// `relativeMention` makes and looks up a phrase after `the` only when the word after next is this last word.
    @Test func everyPhraseFromThePreviousDateEndsWithItsLastWord() {
        #expect(!CalendarWords.daysFromPreviousDate.isEmpty)
        for phrase in CalendarWords.daysFromPreviousDate.keys {
            #expect(phrase.hasSuffix(" " + CalendarWords.previousDatePhraseEnd), "\(phrase)")
            #expect(phrase.split(separator: " ").count == 2, "\(phrase)")
        }
    }
}
