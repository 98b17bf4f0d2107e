import Testing
@testable import DossierExtraction

/// One-word numbers: every unit and ten word by its table, hyphenated tens and units, and no other word (the first
/// look that hashes nothing turns no number word away).
@Suite struct NumberWordsSimpleValueTests {
    @Test func unitsTensAndCompounds() {
        for (word, value) in NumberWords.units { #expect(NumberWords.simpleValue(word) == value) }
        for (word, value) in NumberWords.tens { #expect(NumberWords.simpleValue(word) == value) }
        #expect(NumberWords.simpleValue("twenty-four") == 24)
        #expect(NumberWords.simpleValue("ninety-nine") == 99)
        #expect(NumberWords.simpleValue("forty-one") == 41)
    }

    @Test func otherWordsHaveNoValue() {
        for word in ["", "the", "a", "Seven", "sevens", "tens", "twentyfour", "twenty-ten", "twenty-zero", "four-twenty", "hundred",
                     "seven-year", "ones", "tenth", "nine.", "fifty-fifty"] {
            #expect(NumberWords.simpleValue(word) == nil)
        }
    }

    @Test func numberWordsAreTheTablesWords() {
        for word in ["seven", "twenty-four", "dozen", "hundred", "million", "billion", "thousand", "trn"] { #expect(NumberWords.isNumberWord(word)) }
        // Scale words of one or two letters (`k`, `bn`) are no number words; nor are plurals, capitals, other words.
        for word in ["k", "m", "mn", "b", "bn", "tn", "the", "millions", "dozens", "", "Million"] { #expect(!NumberWords.isNumberWord(word)) }
    }
}
