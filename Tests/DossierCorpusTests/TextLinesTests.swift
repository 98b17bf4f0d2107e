import DossierCore
import Testing
@testable import DossierCorpus

@Suite struct TextLinesTests {
    @Test func linesKeepTheirNumberAndScalarOffset() {
        let lines = TextLines("Café au lait\n\n“Oui.”\n", firstLine: 3).lines
        #expect(lines.map(\.text) == ["Café au lait", "", "“Oui.”", ""])
        #expect(lines.map(\.number) == [3, 4, 5, 6])
        #expect(lines.map(\.offset) == [0, 13, 14, 21])
    }

    /// `\r\n` is one character, not `\n`: as `split(separator: "\n")` does, it does not end a line.
    @Test func aCarriageReturnAndLineFeedIsNotALineFeed() {
        let lines = TextLines("one\r\ntwo\nthree").lines
        #expect(lines.map(\.text) == ["one\r\ntwo", "three"])
        #expect(lines.map(\.offset) == [0, 9])
        #expect(TextLines("").lines.map(\.text) == [""])
    }

    @Test func spacedWordsCountAsSplittingOnWhiteSpaceDoes() {
        let texts = ["", "  one two\tthree \n", "Café  au\u{00A0}lait — £4.5m…", "a \u{301}b", "“Quoted” words here", "x\r\ny",
                     "e\u{301} \u{200D} 👍🏽 ok", "\u{3000}全角\u{3000}space", "\u{0B}vertical\u{0C}feed\u{1C}sep", " \t ", "end "]
        for text in texts {
            #expect(text.spacedWordCount == text.split(whereSeparator: \.isWhitespaceFast).count, "\(text.debugDescription)")
        }
        #expect("He said \"yes\"".holdsDoubleQuote && "He said “yes”".holdsDoubleQuote)
        #expect(!"He said 'yes'".holdsDoubleQuote && !"Il a dit « oui »".holdsDoubleQuote)
        // A quotation mark with a combining mark on it is another character.
        #expect("Il a dit “oui”, e\u{301}".holdsDoubleQuote && !"a \"\u{301} b".holdsDoubleQuote)
    }

    /// The quotation marks found as a search of the characters finds them, in strings and in slices of them.
    @Test func doubleQuotesAreFoundAsTheCharactersShowThem() {
        let pieces = ["a", " ", "\"", "“", "”", "'", "é", "e\u{301}", "\"\u{301}", "\r\n", "👍🏽", "«", "中"]
        var seed: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        func byCharacters<Text: StringProtocol>(_ text: Text) -> Bool { text.contains { $0 == "\"" || $0 == "“" || $0 == "”" } }
        for _ in 0..<3000 {
            // Often all ASCII, so that both the byte pass and the character search are asked.
            let alphabet = next(2) == 0 ? 4 : pieces.count
            let text = (0..<next(40)).map { _ in next(3) == 0 ? pieces[next(alphabet)] : "a" }.joined()
            #expect(text.holdsDoubleQuote == byCharacters(text), "\(text.debugDescription)")
            let slice = text.dropFirst(next(3))
            #expect(slice.holdsDoubleQuote == byCharacters(slice), "\(slice.debugDescription)")
        }
    }
}
