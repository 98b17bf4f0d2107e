import Testing
@testable import DossierCorpus

/// `DateParser.mayHoldMonthWord`, the byte test before the month-first and day-first regexes: a text it turns away
/// holds no date those regexes find.
@Suite struct DateParserMonthWordTests {
    static let texts: [String] = [
        "March 5, 2025", "Mar. 5, 2025", "5 March 2025", "5th of March, 2025", "Sept 9 2024", "SEPT. 9, 2024",
        "published 12 december 2023 at noon", "on May 1 2020", "in may 2020", "The market fell in 2004",
        "2004 was a decisive year", "Maybe 5 2004", "junior 3 2001", "Marchers 5 2010", "5 Octopus 2011",
        "Mr Smith, 2005", "Feb 29 2024", "february 30, 2025", "JAN\u{00A0}3, 2021", "3 jun\u{2009}2022",
        "\u{212A}an 3 2020", "Ma\u{0301}r 3 2020", "Ápr 3 2020", "déc 3 2020", "sept\u{0301} 3 2020", "x", "",
        "Mar5 2020", "5Mar 2020", "The 2019 report, dated November 4 2019, said", "aprils 3 2020",
    ]

    @Test func neverTurnsAwayADate() {
        var found = 0
        for text in Self.texts {
            let date = DateParser().monthFirstDate(in: text) ?? DateParser().dayFirstDate(in: text)
            if date != nil { found += 1 }
            #expect(date == nil || DateParser.mayHoldMonthWord(text), "\(text)")
        }
        #expect(found >= 12)
    }

    @Test func turnsAwayTextsWithoutAMonth() {
        #expect(!DateParser.mayHoldMonthWord("The market fell in 2004"))
        #expect(!DateParser.mayHoldMonthWord("2004 was a decisive year"))
        #expect(!DateParser.mayHoldMonthWord("Maybe 5 2004"))
        #expect(DateParser.mayHoldMonthWord("in may 2020"))
        #expect(DateParser.mayHoldMonthWord("Sept 9 2024"))
    }
}
