import DossierCore
import Testing
import TestSupport
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

    /// Lines and offsets as splitting the characters at `\n` and counting the scalars before each line give them, for
    /// texts of line feeds, carriage returns (alone and before a line feed) and scalars of one to four bytes.
    @Test func linesAreTheCharactersSplitAtLineFeeds() {
        let pieces = ["a", "b", " ", "\n", "\r", "\r\n", "\n\n", "é", "—", "😀", "e\u{301}"]
        var random = SplitMix64(seed: 0x2545_F491_4F6C_DD1D)
        for _ in 0..<2000 {
            let text = (0..<random.next(below: 60)).map { _ in pieces[random.next(below: pieces.count)] }.joined()
            let expected = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            var offsets: [Int] = []
            var offset = 0
            for line in expected {
                offsets.append(offset)
                offset += line.unicodeScalars.count + 1
            }
            let lines = TextLines(text, firstLine: 2).lines
            #expect(lines.map(\.text) == expected, "\(text.debugDescription)")
            #expect(lines.map(\.offset) == offsets, "\(text.debugDescription)")
            #expect(lines.map(\.number) == Array(2..<(2 + expected.count)))
        }
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

    /// Words counted as a split of the characters at white space counts them, in strings and in slices of them: runs
    /// of every white-space byte, and the lookalikes beside them (`\u{08}`, `\u{0E}`, `\u{1C}`, `\u{7F}`) that are none.
    @Test func wordsAreCountedAsASplitAtWhiteSpaceCountsThem() {
        let pieces = ["a", "b", " ", "\t", "\n", "\u{0B}", "\u{0C}", "\r", "\u{08}", "\u{0E}", "\u{1C}", "\u{7F}", "!", "é", "\u{00A0}", "\r\n"]
        var random = SplitMix64(seed: 0x9E37_79B9_7F4A_7C15)
        for _ in 0..<3000 {
            // Mostly ASCII (the byte pass) and long enough for a loop over whole vectors, sometimes not (the scalars).
            let alphabet = random.next(below: 4) == 0 ? pieces.count : pieces.count - 3
            let text = (0..<random.next(below: 120)).map { _ in pieces[random.next(below: alphabet)] }.joined()
            #expect(text.spacedWordCount == text.split(whereSeparator: \.isWhitespaceFast).count, "\(text.debugDescription)")
            let slice = text.dropFirst(random.next(below: 3))
            #expect(slice.spacedWordCount == slice.split(whereSeparator: \.isWhitespaceFast).count, "\(slice.debugDescription)")
        }
    }

    /// The quotation marks found as a search of the characters finds them, in strings and in slices of them.
    @Test func doubleQuotesAreFoundAsTheCharactersShowThem() {
        let pieces = ["a", " ", "\"", "“", "”", "'", "é", "e\u{301}", "\"\u{301}", "\r\n", "👍🏽", "«", "中"]
        var random = SplitMix64(seed: 0x2545_F491_4F6C_DD1D)
        func byCharacters<Text: StringProtocol>(_ text: Text) -> Bool { text.contains { $0 == "\"" || $0 == "“" || $0 == "”" } }
        for _ in 0..<3000 {
            // Often all ASCII, so that both the byte pass and the character search are asked.
            let alphabet = random.next(below: 2) == 0 ? 4 : pieces.count
            let text = (0..<random.next(below: 40)).map { _ in random.next(below: 3) == 0 ? pieces[random.next(below: alphabet)] : "a" }.joined()
            #expect(text.holdsDoubleQuote == byCharacters(text), "\(text.debugDescription)")
            let slice = text.dropFirst(random.next(below: 3))
            #expect(slice.holdsDoubleQuote == byCharacters(slice), "\(slice.debugDescription)")
        }
    }
}

extension TextLinesTests {
    /// The lines are counted before they are made: a body's lines are held in an array of about their number (one
    /// grown line by line would hold 128 for 100 lines; the allocator's rounding of the block to its size class, at
    /// most an eighth with mimalloc, may add a few), CR LF counted as no break.
    @Test func linesAreMadeIntoAnArrayOfTheirNumber() {
        let body = (0..<100).map { "line \($0)" + ($0 % 10 == 0 ? "\r\nsame line" : "") }.joined(separator: "\n")
        let lines = TextLines(body).lines
        #expect(lines.count == 100)
        #expect(lines.capacity < 120)
    }
}
