import Testing
import DossierLanguage
@testable import DossierExtraction

/// `CalendarWords.smallNumber` reads `a` and the number words one to ten, each by its place in the list, and no other word.
@Suite struct CalendarSmallNumberTests {
    @Test func numberWordsUpToTenAndNothingElse() {
        var expected: [String: Int] = [:]
        for (place, word) in WordList.numberWords.entries.enumerated() where (1...10).contains(place) && expected[word] == nil {
            expected[word] = place
        }
        #expect(expected.count == 10)
        for (word, value) in expected { #expect(CalendarWords.smallNumber(word) == value, "\(word)") }
        #expect(CalendarWords.smallNumber("a") == 1)
        for word in ["zero", "eleven", "twenty", "the", "days", "", "Three", "threes", "ten-year", "ago"] where expected[word] == nil {
            #expect(CalendarWords.smallNumber(word) == nil, "\(word)")
        }
    }
}
