import Testing
@testable import DossierExtraction

/// The quick looks at a word's bytes the figures pass asks of every word answer as the plain questions do.
@Suite struct FigureQuickLooksTests {
    static let words = ["", "a", "ab", "mr", "mr.", "u.s.", "f.b.i.", "\u{E9}", "e\u{301}", "e\u{301}e", "a\u{301}b", "\r\n", "\r\na",
                        "\n\r", "\u{1F1EC}\u{1F1E7}", "\u{1F44D}\u{1F3FD}s", "caf\u{E9}", "\u{5D0}\u{5B8}", "government",
                        "well-known", "-", "a-", "-a", "twenty-four", "a very long word of more than fifteen bytes, with a hyphen-in it"]

    @Test func severalCharactersAnswersAsCountingDoes() {
        for word in Self.words {
            #expect(word.hasSeveralCharacters == (word.count > 1), "\(word.unicodeScalars.map(\.value))")
        }
    }

    @Test func holdsByteAnswersAsTheUTF8ViewDoes() {
        for word in Self.words {
            for byte in [UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "a"), 0xCC, 0x0D] {
                #expect(word.holdsByte(byte) == word.utf8.contains(byte), "\(word) \(byte)")
            }
        }
    }

    /// A hyphenated word opens a number only when what stands before its first hyphen is a unit or ten word, wherever
    /// its hyphens are and however long it is; no other hyphenated word does.
    @Test func hyphenatedWordsOpenOnlyAfterAUnitOrTenWord() {
        let words = ["seventeen-year-old", "seventeen-", "one-a", "one-", "on-e", "ones-day", "xseven-day", "seven-day-long",
                     "well-seven", "sevenx-day", "twenty-four", "thirteen-nineteen", "nineteen-", "zero-sum", "eighty-eight",
                     "non-stop", "twentyfour-day", "t-1", "one--two", "four-four-four-four-four"]
        for word in words {
            let tokens = FigureTestLexicon.tokens(of: "x \(word)")
            guard let index = tokens.firstIndex(where: { $0.text == word }) else { continue }
            let head = word.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)[0]
            let expected = word.contains("-") && NumberWords.simpleValue(String(head)) != nil && !head.contains("-")
            #expect(NumberWords.mayStartNumber(tokens, at: index) == expected, "\(word)")
        }
    }

    /// Every number opener may start a number; words of an opener's length and ends that are none may not.
    @Test func numberOpenersAndOnlyThemMayStartANumber() throws {
        let numberWords = Set(NumberWords.units.keys).union(NumberWords.tens.keys).union(NumberWords.multipliers.keys)
            .union(["thousand", "million", "billion", "trillion"])
        let openers = numberWords.union(numberWords.map { $0 + "s" }).union(["half", "scores"])
        for word in openers.sorted() {
            let tokens = FigureTestLexicon.tokens(of: "x \(word)")
            let index = try #require(tokens.firstIndex(where: { $0.lower == word }), "\(word)")
            #expect(NumberWords.mayStartNumber(tokens, at: index), "\(word)")
        }
        for word in ["tree", "fire", "sex", "tenn", "hale", "scares", "zebra", "onions", "milliner", "government", "the"] {
            let tokens = FigureTestLexicon.tokens(of: "x \(word)")
            let index = try #require(tokens.firstIndex(where: { $0.lower == word }), "\(word)")
            #expect(!NumberWords.mayStartNumber(tokens, at: index), "\(word)")
        }
    }

    /// The openers' table (`NumberOpenings`) answers as a set of the openers does, for words of letters, of other bytes,
    /// longer than any key, and one letter away from an opener.
    @Test func openingsTableAnswersAsTheOpenersDo() {
        let numberWords = Set(NumberWords.units.keys).union(NumberWords.tens.keys).union(NumberWords.multipliers.keys)
            .union(["thousand", "million", "billion", "trillion"])
        let openers = numberWords.union(numberWords.map { $0 + "s" }).union(["half", "scores"])
        var words = ["", "a", "b", "z", "ten's", "t\u{E9}n", "te\u{301}n", "\u{212A}", "tenpercent", "seventeenths", "thousandsofyears",
                     "abcdefghijkl", "abcdefghijklm", "zzzzzzzzzzzz", "`", ";", "ten ", " ten", "t-en", "hundred-year"]
        for opener in openers {
            words.append(opener)
            words.append(opener + "x")
            words.append(String(opener.dropLast()))
            words.append(opener.uppercased())
        }
        let openings = NumberWords.openings
        for word in words {
            let answer = Array(word.utf8).withUnsafeBufferPointer { openings.opening(of: $0) }
            switch answer {
            case .opener: #expect(openers.contains(word), "\(word)")
            case .none: #expect(!openers.contains(word) && word != "a", "\(word)")
            case .article: #expect(word == "a")
            case .hyphenated: #expect(word.contains("-"), "\(word)")
            }
        }
    }
}
