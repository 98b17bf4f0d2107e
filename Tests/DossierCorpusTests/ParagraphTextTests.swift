import Testing
import DossierCore
@testable import DossierCorpus

/// A paragraph's text maps each of its scalars back to its place in the body and its line, the joining spaces too.
@Suite struct ParagraphTextTests {
    static func piece(_ text: String, at offset: Int, line: Int) -> ParagraphText.Piece {
        ParagraphText.Piece(scalars: Substring(text).unicodeScalars, bodyOffset: offset, line: line)
    }

    @Test func scalarsMapBackToTheirPiece() {
        let text = ParagraphText([Self.piece("ab", at: 10, line: 1), Self.piece("", at: 50, line: 2),
                                  Self.piece("c\u{00A0}e", at: 20, line: 3), Self.piece("f", at: 40, line: 5)])
        #expect(String(String.UnicodeScalarView(text.scalars)) == "ab c e f")
        #expect(text.bodyRange(0..<2) == 10..<12)
        #expect(text.bodyRange(1..<4) == 11..<21)
        // The space joining two pieces is one past the end of the first, on its line.
        #expect(text.bodyRange(2..<3) == 12..<13 && text.line(at: 2) == 1)
        #expect(text.bodyRange(3..<6) == 20..<23 && text.line(at: 3) == 3 && text.line(at: 5) == 3)
        #expect(text.bodyRange(6..<8) == 23..<41 && text.line(at: 6) == 3 && text.line(at: 7) == 5)
        #expect(text.bodyRange(0..<8) == 10..<41)
    }

    /// A sentence's text reads each run of spaces as one, its scalars left beside it, in or outside ASCII.
    @Test func sentenceTextsReadRunsOfSpacesAsOne() {
        let text = ParagraphText([Self.piece("Café  Ørsted \u{00A0} opened.", at: 0, line: 1), Self.piece("It rained 😀.", at: 30, line: 2)])
        var scratch = ParagraphText.Scratch()
        let whole = text.string(0..<text.scalars.count, scratch: &scratch)
        #expect(whole == "Café Ørsted opened. It rained 😀.")
        #expect(String(String.UnicodeScalarView(scratch.scalars)) == whole)
        #expect(text.string(0..<4, scratch: &scratch) == "Café" && scratch.scalars == Array("Café".unicodeScalars))
        let last = text.string(text.scalars.count - 12..<text.scalars.count, scratch: &scratch)
        #expect(last == "It rained 😀." && last.utf8.count == 15 && scratch.scalars.count == 12)
    }

    /// Every range of a paragraph reads its runs of spaces as one, whether a run lies inside it, is cut by its ends,
    /// is made of odd spaces, or starts a piece (after the joining space).
    @Test func everyRangeReadsItsOwnRunsOfSpaces() {
        // A piece ending in white space (`f `) makes a run with the space that joins it to the next.
        let text = ParagraphText([Self.piece("a  b c\u{00A0}\t d", at: 0, line: 1), Self.piece("\u{2009}e   f ", at: 20, line: 2),
                                  Self.piece("g h", at: 40, line: 3)])
        var scratch = ParagraphText.Scratch()
        for lower in 0..<text.scalars.count {
            for upper in lower + 1...text.scalars.count {
                var expected = String.UnicodeScalarView()
                for scalar in text.scalars[lower..<upper] where !(scalar == " " && expected.last == " ") { expected.append(scalar) }
                #expect(text.string(lower..<upper, scratch: &scratch) == String(expected), "\(lower)..<\(upper)")
                #expect(String(String.UnicodeScalarView(scratch.scalars)) == String(expected))
            }
        }
    }
}

extension ParagraphTextTests {
    /// A text read again (the parse stage keeps one for all paragraphs) is the text of its new pieces alone, whether
    /// the text before was longer or shorter, had more pieces or runs of spaces: scalars, sentence texts, places, lines.
    @Test func aTextReadAgainHoldsNothingOfTheTextBefore() {
        let paragraphs = [
            [Self.piece("First  one here,", at: 0, line: 1), Self.piece("then  more \u{00A0}text.", at: 20, line: 2),
             Self.piece("And a third  line.", at: 50, line: 3)],
            [Self.piece("Short.", at: 80, line: 5)],
            [Self.piece("Two ", at: 90, line: 7), Self.piece("pieces  here.", at: 100, line: 8)],
            [Self.piece("", at: 120, line: 9)],
            [Self.piece("Last one, no runs.", at: 130, line: 10)],
        ]
        var reused = ParagraphText()
        var scratch = ParagraphText.Scratch()
        var freshScratch = ParagraphText.Scratch()
        for pieces in paragraphs + paragraphs.reversed() {
            reused.read(pieces)
            let fresh = ParagraphText(pieces)
            #expect(reused.scalars == fresh.scalars)
            for lower in 0..<fresh.scalars.count {
                for upper in lower + 1...fresh.scalars.count {
                    #expect(reused.string(lower..<upper, scratch: &scratch) == fresh.string(lower..<upper, scratch: &freshScratch))
                    #expect(reused.bodyRange(lower..<upper) == fresh.bodyRange(lower..<upper))
                }
                #expect(reused.line(at: lower) == fresh.line(at: lower))
            }
        }
    }
}

extension ParagraphTextTests {
    /// Pieces decoded from their UTF-8 (scalars of one to four bytes, white space in and outside ASCII, runs of spaces
    /// inside a piece and across the joining space) give the scalars of the pieces joined, white space as plain spaces,
    /// every run of spaces read as one, and the marks the sentence splitter reads at exactly the places where they stand.
    @Test func piecesGiveTheirScalarsRunsAndMarks() {
        let pieces = ["He said \"Go.  Now!\"\tThen?", "a  b. \"c\" d!  e? é", "Ørsted  said “yes.” Then…", "x\t\ty", "plain words",
                      "end.", "\u{00A0}. “”\"?!", "  lead and trail  ", "thin\u{2009}\u{3000}space 😀. a😀b\u{301}", "£5 ¿qué? 中文。"]
        for first in pieces {
            for second in pieces {
                let text = ParagraphText([Self.piece(first, at: 0, line: 1), Self.piece(second, at: 100, line: 2)])
                var expected = String.UnicodeScalarView()
                for scalar in (first + " " + second).unicodeScalars { expected.append(scalar.isWhitespaceFast ? " " : scalar) }
                #expect(text.scalars == Array(expected), "\(first) | \(second)")
                #expect(text.marks == text.scalars.indices.filter { SentenceSplitter.isMark(text.scalars[$0]) }, "\(first) | \(second)")
                var scratch = ParagraphText.Scratch()
                for lower in 0..<text.scalars.count {
                    var runsAsOne = String.UnicodeScalarView()
                    for scalar in text.scalars[lower...] where !(scalar == " " && runsAsOne.last == " ") { runsAsOne.append(scalar) }
                    #expect(text.string(lower..<text.scalars.count, scratch: &scratch) == String(runsAsOne), "\(first) | \(second) from \(lower)")
                }
            }
        }
    }

    /// The splitter, reading only the marks a paragraph noted, ends its sentences where a reader would: after a full
    /// stop, a question or exclamation mark or an ellipsis followed by a new sentence, not after `Mr.` or `U.S.`, not
    /// inside a quotation, and a quotation's closing mark stays with its sentence.
    @Test func sentencesFromTheNotedMarksEndWhereAReaderWould() {
        let paragraphs: [([String], [String])] = [
            (["One. Two. Three. “Four. Five,” he said. Six?", "Mr. Smith went to Washington. He left."],
             ["One.", "Two.", "Three.", "“Four. Five,” he said.", "Six?", "Mr. Smith went to Washington.", "He left."]),
            (["He said \"Go. Now.\" Then", "he left… and “came back.” Later!"],
             ["He said \"Go. Now.\"", "Then he left… and “came back.”", "Later!"]),
            (["Café Ørsted opened.", "It rained 😀. Then U.S. officials came. \"Quote.\" Done?! Yes."],
             ["Café Ørsted opened.", "It rained 😀.", "Then U.S. officials came.", "\"Quote.\"", "Done?!", "Yes."]),
        ]
        for (pieces, sentences) in paragraphs {
            let text = ParagraphText(pieces.enumerated().map { Self.piece($1, at: 100 * $0, line: $0) })
            var ranges: [Range<Int>] = []
            SentenceSplitter().sentenceRanges(in: text.scalars, marks: text.marks, into: &ranges)
            #expect(ranges.map { String(String.UnicodeScalarView(text.scalars[$0])) } == sentences)
        }
    }
}

/// Sentence ids are written digit by digit: the text an interpolation gives, at every length of number.
@Suite struct SentenceIDTests {
    @Test func idsAreTheLetterAndTheNumberInDecimal() {
        var numbers = Array(0...1_100)
        var power = 10
        for _ in 0..<17 {
            numbers += [power - 1, power, power + 1]
            power *= 10
        }
        numbers.append(Int.max)
        for number in numbers {
            #expect(ParagraphBuilder.sentenceID(number) == "s\(number)", "\(number)")
        }
    }
}
