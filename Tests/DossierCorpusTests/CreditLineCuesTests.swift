import DossierCore
import Testing
@testable import DossierCorpus

@Suite struct CreditLineCuesTests {
    static let lines: [String] = [
        "This article was originally published in The Conversation.",
        "THIS ARTICLE FIRST APPEARED ON EXAMPLE NEWS",
        "The story\tfirst ran in the Herald.", "the  op-ed was republished from Example Weekly",
        "This\r\npiece was reprinted by permission", "Read the report, which was published first on Monday at noon.",
        "Cards first appeared in the UK in 1843.", "They posted the results online.", "Athens reported the news",
        "theirs is a story", "bathe post", "the", "this", "the ", "this report", "thestory", "the storyteller posted",
        "An interview with the author, syndicated with permission of the estate.", "Originally Published By Example",
        "he said the article was reproduced courtesy of the BBC", "", "t", "th", "it was the first of its kind",
    ]

    /// A line the byte test turns away is never matched by the regex, and each line the regex matches passes the test.
    @Test func textItselfTestNeverTurnsAwayAMatch() {
        let nouns = OutletReader.textItselfNouns.map { Array($0.utf8) }
        var matched = 0
        for line in Self.lines {
            let matches = line.contains(OutletReader.textItselfPattern)
            if matches { matched += 1 }
            #expect(!matches || CreditLineCues.mayNameTextItself(line.lowercasedFast(), nouns: nouns), "\(line)")
        }
        #expect(matched >= 8)
        #expect(!CreditLineCues.mayNameTextItself("they posted the results online.", nouns: nouns))
        #expect(!CreditLineCues.mayNameTextItself("thestory", nouns: nouns))
        #expect(!CreditLineCues.mayNameTextItself("athens reported", nouns: nouns))
    }

    /// A line the sure test takes is matched by the regex, and so are the usual credit lines; the regex decides the rest.
    @Test func textItselfSureTestOnlyTakesMatches() {
        let nouns = OutletReader.textItselfNouns.map { Array($0.utf8) }
        var sure = 0
        let lines = Self.lines + ["the article", "He read this story.", "x the\tpiece y", "the op-ed", "the article.com",
                                  "it's the story's end", "the report\u{1F}", "_the report", "the reports", "'the article'"]
        for line in lines where line.isAllASCII {
            let isSure = CreditLineCues.surelyNamesTextItself(line.lowercasedFast(), nouns: nouns)
            if isSure { sure += 1 }
            #expect(!isSure || line.contains(OutletReader.textItselfPattern), "\(line)")
            #expect(OutletReader().namesTextItself(line, lowercased: line.lowercasedFast()) == line.contains(OutletReader.textItselfPattern), "\(line)")
        }
        #expect(sure >= 6)
    }

    /// On an ASCII line each credit pattern that matches finds one of its cue words in the lowercased line.
    @Test func creditPatternCuesNeverTurnAwayAMatch() {
        var matched = 0
        for line in Self.lines where line.isAllASCII {
            for (pattern, cues) in zip(OutletReader.creditPatterns, OutletReader.creditPatternCues) {
                let matches = line.firstMatch(of: pattern) != nil
                if matches { matched += 1 }
                #expect(!matches || cues.contains(where: line.lowercasedFast().containsLiteral), "\(line)")
            }
        }
        #expect(matched >= 6)
        #expect(OutletReader().originCredit("This story first appeared in The Example Times.") == "The Example Times")
        #expect(OutletReader().originCredit("The results were posted in The Example Times.") == nil)
    }

    /// A line that is not ASCII goes to the regexes without the byte tests, and a credit in it is read as before.
    @Test func nonASCIILinesStillReadByTheRegexes() {
        let line = "This article \u{2014} on the long debate about ideas, books and other things \u{2014} was originally published in The Example Review."
        #expect(!line.isAllASCII)
        #expect(OutletReader().originCredit(line) != nil)
        #expect(OutletReader().originCredit("Cards first appeared in the UK in 1843, long before the debate about ideas \u{2014} books and other things.") == nil)
    }
}
