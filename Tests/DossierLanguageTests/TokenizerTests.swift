import DossierLanguage
import Testing

@Suite struct TokenizerTests {
    let tokenizer = Tokenizer(lexicon: LanguageFixture.lexicon)

    @Test func wordsNumbersAndMarks() {
        let tokens = tokenizer.tokens(of: "Hamas’s al-Madhoun said 1,200 hostages, aged 21-year-old, were freed.")
        #expect(tokens.map(\.text) == ["Hamas’s", "al-Madhoun", "said", "1,200", "hostages", ",", "aged", "21-year-old", ",",
                                       "were", "freed", "."])
        #expect(tokens.map(\.lower) == ["hamas", "al-madhoun", "said", "1,200", "hostages", ",", "aged", "21-year-old", ",",
                                        "were", "freed", "."])
        #expect(tokens.map(\.index) == Array(0..<12))
        #expect(tokens[0].isPossessive && tokens[0].bare == "Hamas")
        #expect(tokens[3].kind == .number && tokens[3].number == 1200)
        #expect(tokens[7].kind == .number && tokens[7].number == nil)
        #expect(tokens[5].kind == .punctuation && !tokens[5].spaceBefore)
    }

    /// Every word and number carries its type's build-wide number: one number for each spelling, the same in every
    /// sentence and from every tokenizer; marks and tokens changed since have none, and the number takes no part in `==`.
    @Test func wordTypesAreNumberedAcrossSentencesAndTokenizers() {
        let first = tokenizer.tokens(of: "Talks on 1,200 talks, Mr. Talks said.")
        let second = Tokenizer(lexicon: LanguageFixture.lexicon).tokens(of: "Mr. Smith said talks stalled.")
        #expect(first.map(\.text) == ["Talks", "on", "1,200", "talks", ",", "Mr.", "Talks", "said", "."])
        #expect(first.filter { !$0.isPunctuation }.allSatisfy { $0.wordType != 0 })
        #expect(first.filter(\.isPunctuation).allSatisfy { $0.wordType == 0 })
        #expect(first[0].wordType == first[6].wordType && first[0].wordType != first[3].wordType)
        #expect(first[5].wordType == second[0].wordType && first[7].wordType == second[2].wordType)
        #expect(first[3].wordType == second[3].wordType && first[3].wordType != second[4].wordType)
        #expect(Set(first.map(\.wordType)).count == 7)
        var changed = first[3]
        changed.lower = "talk"
        #expect(changed.wordType == 0)
        var moved = first[3]
        moved.index = 9
        moved.isQuoted = true
        #expect(moved.wordType == first[3].wordType)
        let made = Token(text: "talks", range: first[3].range, kind: .word, shape: .lower, lower: "talks", lemma: first[3].lemma,
                         nounLemma: first[3].nounLemma, index: 3, spaceBefore: true)
        #expect(made.wordType == 0 && made == first[3] && made.hashValue == first[3].hashValue)
    }

    @Test func yearsAreFourDigitNumbersInTheSpanAsked() {
        let tokens = tokenizer.tokens(of: "In 2017, 1,200 people and 3000 troops left, as in 1850 or 17.")
        let years = tokens.map { $0.year(within: 1900...2100) }
        #expect(years.compactMap { $0 } == [2017])
        #expect(tokens.compactMap { $0.year(within: 1800...3000) } == [2017, 3000, 1850])
        #expect(tokens.first { $0.text == "In" }?.year(within: 1900...2100) == nil)
    }

    @Test func lemmasComeFromWordNet() {
        let tokens = tokenizer.tokens(of: "Rockets hit the churches as mice ran.")
        #expect(tokens.map(\.lemma) == ["rocket", "hit", "the", "church", "as", "mouse", "run", "."])
    }

    @Test func nounLemmasLeaveVerbFormsAsWritten() {
        let tokens = tokenizer.tokens(of: "Twelve hostages were killed as mice ran.")
        #expect(tokens.map(\.lemma) == ["twelve", "hostage", "be", "kill", "as", "mouse", "run", "."])
        #expect(tokens.map(\.nounLemma) == ["twelve", "hostage", "were", "killed", "as", "mouse", "ran", "."])
    }

    @Test func scalarRangesPointIntoTheSentence() {
        let sentence = "« Café » costs 1.9 million"
        let scalars = Array(sentence.unicodeScalars)
        for token in tokenizer.tokens(of: sentence) {
            #expect(String(String.UnicodeScalarView(scalars[token.range])) == token.text)
        }
        #expect(tokenizer.tokens(of: sentence).map(\.text) == ["«", "Café", "»", "costs", "1.9", "million"])
        #expect(tokenizer.tokens(of: sentence)[4].number == 1.9)
    }

    @Test func abbreviationsAndInitialsKeepTheirFullStop() {
        let tokens = tokenizer.tokens(of: "Mr. George W. Bush of the U.S. met Sen. Warren at home.")
        #expect(tokens.map(\.text) == ["Mr.", "George", "W.", "Bush", "of", "the", "U.S.", "met", "Sen.", "Warren", "at", "home", "."])
        #expect(tokens[0].lower == "mr" && tokens[6].lower == "u.s")
    }

    /// Every listed abbreviation keeps its full stop, the longest too; a longer word does not.
    @Test func everyListedAbbreviationKeepsItsFullStop() {
        for word in WordList.abbreviations.words.sorted() {
            let capitalised = word.prefix(1).uppercased() + word.dropFirst()
            #expect(tokenizer.tokens(of: "\(capitalised). Smith").first?.text == "\(capitalised).")
        }
        #expect(tokenizer.tokens(of: "He met Messrs. Smith at the Accounts. Then").map(\.text)
            == ["He", "met", "Messrs.", "Smith", "at", "the", "Accounts", ".", "Then"])
    }

    @Test func shapesTellNamesAcronymsAndWords() {
        let tokens = tokenizer.tokens(of: "NATO and McDonald met iPhone users in W 12")
        #expect(tokens.map(\.shape) == [.upper, .lower, .capitalised, .lower, .mixed, .lower, .lower, .capitalised, .other])
    }

    @Test func quotedWordsAreMarked() {
        let tokens = tokenizer.tokens(of: "He said “we won’t go” and left")
        #expect(tokens.map(\.isQuoted) == [false, false, true, true, true, true, true, false, false])
        #expect(tokens[4].text == "won’t" && tokens[4].lower == "won't")
    }

    @Test func ordinalsAndThousandsReadAsNumbers() {
        let tokens = tokenizer.tokens(of: "On the 15th, 2023,2024 and 7,5")
        #expect(tokens.map(\.text) == ["On", "the", "15th", ",", "2023", ",", "2024", "and", "7", ",", "5"])
        #expect(tokens[2].number == 15)
    }

    @Test func theObserverSeesEachSentence() {
        let seen = SentenceLog()
        let counting = Tokenizer(lexicon: LanguageFixture.lexicon, observer: { seen.append($0) })
        _ = counting.tokens(of: "One.")
        _ = counting.tokens(of: "Two.")
        #expect(seen.sentences == ["One.", "Two."])
    }
}

final class SentenceLog: @unchecked Sendable {
    private(set) var sentences: [String] = []
    func append(_ sentence: String) { sentences.append(sentence) }
}

@Suite struct PunctuationMarkTests {
    /// The byte comparison of one-byte marks gives Character equality's answer.
    @Test func aMarkIsComparedAsACharacter() {
        func mark(_ text: String) -> Token { Token(text: text, range: 0..<1, kind: .punctuation, shape: .other, lower: text) }
        #expect(mark("-").isPunctuation("-") && !mark("-").isPunctuation(","))
        #expect(mark("—").isPunctuation("—") && !mark("—").isPunctuation("-"))
        #expect(!mark("-\u{301}").isPunctuation("-"))
        #expect(!mark("\r\n").isPunctuation("\n") && mark("\r\n").isPunctuation("\r\n"))
        #expect(!Token(text: "-", range: 0..<1, kind: .word, shape: .other, lower: "-").isPunctuation("-"))
    }
}

extension TokenizerTests {
    /// Outside ASCII, a combining accent continues its word and a digit of another script makes a number (the scalar
    /// classes look these up out of line), while other signs stay marks of their own.
    @Test func combiningMarksAndOtherDigitsOutsideASCII() {
        let tokens = tokenizer.tokens(of: "Cafe\u{301} n\u{303}o ٣٤ and ٣,٤٥٦ cost ₹5 — ok")
        #expect(tokens.map(\.text) == ["Cafe\u{301}", "n\u{303}o", "٣٤", "and", "٣,٤٥٦", "cost", "₹", "5", "—", "ok"])
        #expect(tokens.map(\.kind) == [.word, .word, .number, .word, .number, .word, .punctuation, .number, .punctuation, .word])
    }
}
