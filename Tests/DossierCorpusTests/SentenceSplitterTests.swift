import Testing
@testable import DossierCorpus

@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] {
        SentenceSplitter().split(text).map(\.1)
    }

    @Test func splitsAtFullStopsBeforeCapitals() {
        #expect(sentences("The talks began. They lasted a week! Did they work? Nobody knows.")
            == ["The talks began.", "They lasted a week!", "Did they work?", "Nobody knows."])
    }

    /// Each of the four terminal marks ends a sentence, alone or as the last of a run (`?!`, `...`), and no other mark.
    @Test func everyTerminalMarkEndsASentenceAtTheEndOfItsRun() {
        #expect(sentences("He paused… Then he spoke. Really?! Yes... No; Maybe: Perhaps, Never")
            == ["He paused…", "Then he spoke.", "Really?!", "Yes...", "No; Maybe: Perhaps, Never"])
        #expect(sentences("Wait!! Go?? Stop!") == ["Wait!!", "Go??", "Stop!"])
    }

    @Test func dottedAcronymInsideASentence() {
        #expect(sentences("The U.S. President met envoys. The U.S. has talked to Hamas.")
            == ["The U.S. President met envoys.", "The U.S. has talked to Hamas."])
    }

    @Test func dottedAcronymEndingASentence() {
        #expect(sentences("Hamas talked to the U.S. The meeting was secret.")
            == ["Hamas talked to the U.S.", "The meeting was secret."])
    }

    @Test func dottedAcronymBeforeAQuotedWord() {
        #expect(sentences("They proposed a U.S. “takeover” of Gaza. It was rejected.")
            == ["They proposed a U.S. “takeover” of Gaza.", "It was rejected."])
    }

    @Test func titlesBeforeNames() {
        #expect(sentences("Mr. Smith met Dr. Jones and Gen. Brown. They agreed.")
            == ["Mr. Smith met Dr. Jones and Gen. Brown.", "They agreed."])
    }

    @Test func abbreviationsBeforeNumbers() {
        #expect(sentences("He took office on Jan. 20 and lives at No. 10 Downing Street. He stayed.")
            == ["He took office on Jan. 20 and lives at No. 10 Downing Street.", "He stayed."])
    }

    @Test func initialsInNames() {
        #expect(sentences("George W. Bush spoke. J. K. Rowling wrote.")
            == ["George W. Bush spoke.", "J. K. Rowling wrote."])
    }

    @Test func decimalsAreNotSentenceEnds() {
        #expect(sentences("About 1.9 million people were displaced. Aid stopped.")
            == ["About 1.9 million people were displaced.", "Aid stopped."])
    }

    @Test func sentenceStartingWithANumber() {
        #expect(sentences("No deal was reached. 59 hostages are still held.")
            == ["No deal was reached.", "59 hostages are still held."])
    }

    @Test func ellipsisBeforeLowerCaseContinues() {
        #expect(sentences("A new attitude … against Hamas. Fine.") == ["A new attitude … against Hamas.", "Fine."])
    }

    @Test func ellipsisBeforeCapitalEndsASentence() {
        #expect(sentences("You have destroyed... Only sick people do this.")
            == ["You have destroyed...", "Only sick people do this."])
    }

    @Test func quotationOfSeveralSentencesStaysWithItsAttribution() {
        #expect(sentences("He spoke. “If you do, you are dead! Make a smart decision,” Trump wrote. Then he left.")
            == ["He spoke.", "“If you do, you are dead! Make a smart decision,” Trump wrote.", "Then he left."])
    }

    @Test func closingQuoteStaysWithItsSentence() {
        #expect(sentences("She said: \"It is over. We go home.\" The crowd cheered.")
            == ["She said: \"It is over. We go home.\"", "The crowd cheered."])
    }

    @Test func continuedQuotationSplitsWhereANewQuoteOpens() {
        // A quote continued with a fresh opening mark never closes the first one.
        #expect(sentences("He said: \"We doubled it to 26 weeks. \"We will extend it.\" She agreed.")
            == ["He said: \"We doubled it to 26 weeks.", "\"We will extend it.\"", "She agreed."])
    }

    /// `Messrs` and `approx` are the longest listed abbreviations; a longer word's full stop ends the sentence.
    @Test func theLongestAbbreviationsDoNotEndASentence() {
        #expect(sentences("He met Messrs. Smith and Jones. They wrote approx. 200 pages. Then the Accounts. They agreed.")
            == ["He met Messrs. Smith and Jones.", "They wrote approx. 200 pages.", "Then the Accounts.", "They agreed."])
    }

    @Test func rangesPointIntoTheText() {
        let split = SentenceSplitter().split("  One. Two.  ")
        #expect(split.map(\.0) == [2..<6, 7..<11])
    }
}

extension SentenceSplitterTests {
    /// Ranges written into an array that held another paragraph's are that paragraph's ranges alone.
    @Test func rangesWrittenOverEarlierOnesAreTheParagraphsOwn() {
        let paragraphs = ["One. Two. Three. “Four. Five,” he said. Six?", "Short.", "", "Mr. Smith went to Washington. He left.", "   "]
        var ranges: [Range<Int>] = [0..<1, 5..<9]
        for text in paragraphs + paragraphs.reversed() {
            let scalars = Array(text.unicodeScalars)
            SentenceSplitter().sentenceRanges(in: scalars, into: &ranges)
            #expect(ranges == SentenceSplitter().sentenceRanges(in: scalars), "\(text)")
        }
    }
}
