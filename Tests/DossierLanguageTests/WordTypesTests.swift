import Testing
@testable import DossierLanguage

/// The tokenizer's table of word types: a word seen again gives back its first analysis, whatever the table holds.
@Suite struct WordTypesTests {
    static func analysis(_ word: String) -> Token {
        Token(text: word, range: 0..<0, kind: .word, shape: .lower, lower: word)
    }

    /// Enough words for the table to grow several times and to probe past taken slots; words that differ in one
    /// scalar, in their length, or only in how an accent is written.
    @Test func eachWordIsAnalysedOnceAndFoundAgain() {
        let words = (0..<5_000).map { "w\($0)" } + ["é", "e\u{301}", "Ab", "aB", "a", "aa", "aaa",
            // Longer than a string holds inside itself, one a prefix of the other; outside ASCII, of 2 and 4 bytes.
            "internationalisation", "internationalisations", "Ørsted", "Ørstedt", "Orsted", "😀", "a😀", "😀a"]
        var table = WordTypes()
        var analysed: [String] = []
        var wrong: [String] = []
        for _ in 0..<2 {
            for word in words {
                let token = table.token(for: Array(word.unicodeScalars)[...]) {
                    analysed.append(word)
                    return Self.analysis(word)
                }
                if token.text != word { wrong.append(word) }
            }
        }
        #expect(wrong.isEmpty)
        #expect(analysed == words)
        #expect(table.count == words.count)
    }

    /// A stored text spells a word when their scalars are the same, one for one: not a prefix or an extension of it,
    /// not the same letter written another way, in short texts, long ones and outside ASCII.
    @Test func aTextSpellsExactlyItsOwnScalars() {
        let words = ["", "a", "A", "ab", "abc", "é", "e\u{301}", "Ørsted", "Orsted", "😀", "a😀", "😀a", "ab😀",
                     "internationalisation", "internationalisations", "internationalisatiom", "façadeinternationale"]
        for text in words {
            for word in words {
                #expect(WordTypes.spells(text, Array(word.unicodeScalars)[...]) == (Array(text.unicodeScalars) == Array(word.unicodeScalars)),
                        "\(text) \(word)")
            }
        }
    }

    /// A table that reaches its limit starts over: it stays bounded and keeps giving each word its own analysis.
    @Test func aFullTableStartsOver() {
        var table = WordTypes()
        var wrong = 0
        for number in 0...WordTypes.limit {
            let word = "n\(number)"
            if table.token(for: Array(word.unicodeScalars)[...], analyse: { Self.analysis(word) }).text != word { wrong += 1 }
        }
        #expect(wrong == 0)
        #expect(table.count == 1)
        // The word the table started over with is found in the new table, not analysed again.
        let restartWord = "n\(WordTypes.limit)"
        let restartToken = table.token(for: Array(restartWord.unicodeScalars)[...]) {
            Issue.record("the word the table started over with was analysed again")
            return Self.analysis(restartWord)
        }
        #expect(restartToken.text == restartWord)
        #expect(table.count == 1)
        #expect(table.token(for: Array("n7".unicodeScalars)[...], analyse: { Self.analysis("n7") }).text == "n7")
        #expect(table.count == 2)
    }

    /// Sentences tokenized one after another with one table give the tokens each gives alone to a new tokenizer:
    /// a word's cached analysis carries none of its earlier occurrence (place, spacing, quoting).
    @Test func tokensThroughTheTableAreTheTokensMadeAfresh() {
        let sentences = [
            "Hamas’s al-Madhoun said 1,200 hostages were freed.",
            "“Freed hostages,” Hamas’s envoy said, “were 1,200 of them” and al-Madhoun agreed.",
            "Mr. Brown met U.S. officials at Café Ørsted on the 15th.",
            "The café of Mr. Brown, \"Ørsted\", is open; officials said so.",
        ]
        let shared = Tokenizer(lexicon: LanguageFixture.lexicon)
        let fresh = sentences.map { Tokenizer(lexicon: LanguageFixture.lexicon).tokens(of: $0) }
        #expect(sentences.map(shared.tokens(of:)) == fresh)
        let inOneLoan = shared.withWorkspace { workspace in
            sentences.map { shared.tokens(of: $0, scalars: Array($0.unicodeScalars), workspace: &workspace) }
        }
        #expect(inOneLoan == fresh)
        #expect(fresh[1].filter(\.isQuoted).map(\.text).prefix(3) == ["“", "Freed", "hostages"])
        #expect(fresh[1].first { $0.text == "Hamas’s" }?.isQuoted == false)
    }
}

extension WordTypes {
    /// The analysis of `word`, made by `analyse` the first time the word is seen: the tokenizer's look-up and add, as
    /// one call for the tests.
    mutating func token(for word: ArraySlice<Unicode.Scalar>, analyse: () -> Token) -> Token {
        let scalars = Array(word)
        let place: Place = scalars.withUnsafeBufferPointer { buffer in self.place(of: buffer[...]) }
        if let found = place.found { return analysis(found) }
        let token = analyse()
        add(token, of: word, at: place)
        return token
    }
}
