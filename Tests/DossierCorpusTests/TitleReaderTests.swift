import Testing
@testable import DossierCorpus

@Suite struct TitleReaderTests {
    @Test func firstLineHeadline() {
        let article = readArticle("Labour plans maternity pay rise\n\nMaternity pay is to rise by £1,400, the minister said.\n")
        #expect(article.metadata.title == "Labour plans maternity pay rise")
        #expect(paragraphTexts(article) == [["Maternity pay is to rise by £1,400, the minister said."]])
    }

    @Test func bodySentenceIsNoTitle() {
        let article = readArticle("The United States broke a long diplomatic taboo by holding secret talks with the group.\nIt was a first.\n")
        #expect(article.metadata.title == nil)
        #expect(paragraphTexts(article).count == 2)
    }

    @Test func sectionAfterABar() {
        let title = TitleReader().headline("Direct Talks: What is happening | Middle East News of Conflict")
        #expect(title == TitleReader.Title(title: "Direct Talks: What is happening", section: "Middle East News of Conflict"))
    }

    @Test func siteAfterADash() {
        let title = TitleReader().headline("Envoy meets group leaders in Doha - Example.com")
        #expect(title == TitleReader.Title(title: "Envoy meets group leaders in Doha", section: "Example.com"))
    }

    /// Each dash is found by its own bytes (an en or em dash is three bytes of UTF-8); the last one splits.
    @Test(arguments: [" – ", " — "])
    func siteAfterAnEnOrEmDash(_ dash: String) {
        let title = TitleReader().splitSection("Envoy - meets group leaders in Doha" + dash + "Example.com")
        #expect(title == TitleReader.Title(title: "Envoy - meets group leaders in Doha", section: "Example.com"))
        #expect(TitleReader().splitSection("Envoy meets group leaders" + dash + "in Doha") == TitleReader.Title(title: "Envoy meets group leaders" + dash + "in Doha", section: nil))
    }

    @Test func speakerAfterADashStaysInTheHeadline() {
        let title = TitleReader().headline("Lords wrong on detainees - Straw")
        #expect(title == TitleReader.Title(title: "Lords wrong on detainees - Straw", section: nil))
    }

    @Test func questionAndEllipsisHeadlines() {
        #expect(TitleReader().headline("Could rivalry overshadow election?")?.title == "Could rivalry overshadow election?")
        #expect(TitleReader().headline("Rivals of the £400 Apple...")?.title == "Rivals of the £400 Apple...")
    }

    @Test func markdownHeading() {
        #expect(TitleReader().headline("# Envoy meets group leaders")?.title == "Envoy meets group leaders")
    }

    @Test func frontMatterTitleWins() {
        let article = readArticle("A headline in the text\n\nThe story goes on for a while here.\n", frontMatter: FrontMatter(title: "Given title"))
        #expect(article.metadata.title == "Given title")
    }

    @Test func titleCaseHeadlineEndingWithAFullStop() {
        let article = readArticle("Council Approves New Bridge Over the River.\n\nThe council approved the bridge on Tuesday, its leader said.\n")
        #expect(article.metadata.title == "Council Approves New Bridge Over the River.")
        #expect(paragraphTexts(article) == [["The council approved the bridge on Tuesday, its leader said."]])
    }

    @Test func sentenceCaseHeadlineEndingWithAFullStop() {
        let article = readArticle("Council approves new bridge, ending years of delay.\n\nThe council approved the bridge on Tuesday.\n")
        #expect(article.metadata.title == "Council approves new bridge, ending years of delay.")
    }

    @Test func titleCaseHeadlineOfTwoSentences() {
        #expect(TitleReader().headline("The Mayor Is Coming to Town. Here's What to Expect.")?.title
            == "The Mayor Is Coming to Town. Here's What to Expect.")
    }

    @Test func leadNamingAWeekdayIsNoHeadline() {
        #expect(TitleReader().headline("The council approved a new bridge on Tuesday.") == nil)
    }

    @Test func longSentenceCaseLineIsALead() {
        let lead = "The council approved a new bridge over the river after years of delay, ending a dispute that had split the city and its neighbours."
        #expect(TitleReader().headline(lead) == nil)
    }

    @Test func acronymBeforeADashStaysAHeadline() {
        #expect(TitleReader().headline("NATO - Allies agree on spending")?.title == "NATO - Allies agree on spending")
    }

    @Test func datelineAndLeadIsNoTitle() {
        let article = readArticle("LEEDS — The council approved a new bridge, ending years of delay.\n\nWork starts in spring.\n")
        #expect(article.metadata.title == nil)
        #expect(paragraphTexts(article).first == ["LEEDS — The council approved a new bridge, ending years of delay."])
    }
}

@Suite struct FrontMatterTitleTests {
    @Test func firstLineOtherThanTheGivenTitleStaysInTheStory() {
        let article = readArticle("Israel was not informed of the talks\n\nThe talks were held in Doha in recent weeks.\n",
                                  frontMatter: FrontMatter(title: "Direct talks in Doha"))
        #expect(article.metadata.title == "Direct talks in Doha")
        #expect(paragraphTexts(article) == [["Israel was not informed of the talks"], ["The talks were held in Doha in recent weeks."]])
    }

    @Test func firstLineRepeatingTheGivenTitleIsDropped() {
        let article = readArticle("# Direct talks in Doha\n\nThe talks were held in Doha in recent weeks.\n",
                                  frontMatter: FrontMatter(title: "Direct talks in Doha"))
        #expect(paragraphTexts(article) == [["The talks were held in Doha in recent weeks."]])
    }
}

extension TitleReaderTests {
    /// A word's letters are counted, and its first letter read, as its letters put together are: in ASCII (digits,
    /// marks and apostrophes are no letters) and beyond (accents, combining marks, a title-case digraph, a sharp s).
    @Test func lettersOfAWordAreItsLettersPutTogether() {
        let words = ["Trump", "trump", "O'Brien", "'New", "Deal'", "21-year-old", "U.S.", "x1y2z3", "ABCD", "abc", "", "...",
                     "Élan", "élan", "Cafe\u{301}", "e\u{301}clair", "ǅemal", "straße", "ÆGIR", "1Ørsted", "Ωmega", "日本語です",
                     "@Zed", "z-Z", "_aBc"]
        for word in words {
            let letters = Substring(word).filter(\.isLetter)
            let (count, startsUppercase) = TitleReader.letters(of: Substring(word))
            #expect(count == letters.count, "\(word)")
            #expect(startsUppercase == (letters.first?.isUppercase == true), "\(word)")
        }
        #expect(TitleReader.letters(of: "O'Brien") == (6, true) && TitleReader.letters(of: "21-year-old") == (7, false))
    }

    /// Most long words capitalised make title case; short words do not count.
    @Test func titleCaseCountsLongWordsOnly() {
        func words(_ text: String) -> [Substring] { text.split(separator: " ") }
        #expect(TitleReader().isTitleCase(words("Trump Signals Openness to a 'New Deal'")))
        #expect(!TitleReader().isTitleCase(words("Trump signals openness to a new deal")))
        #expect(!TitleReader().isTitleCase(words("Trump Is In A Big Row")))
        #expect(TitleReader().isTitleCase(words("Élan Vital Returns With Grace")))
    }
}
