import DossierCore
import Testing
@testable import DossierExtraction

/// The quoted parts of one sentence, cut from the sentence between its marks.
@Suite struct QuotedTextTests {
    @Test func quotationsAreCutBetweenTheirMarks() {
        let quoted = QuotedText.spans("“We will go,” he said, “and stay for good.”")
        #expect(quoted.texts == ["We will go", "and stay for good."])
        #expect(!quoted.leavesOpen)
        #expect(!quoted.isWhole)  // `he said,` stands outside
    }

    @Test func aQuotationLeftOpenAndOneGoingOn() {
        let open = QuotedText.spans("She said: \"The first part is long.")
        #expect(open.texts == ["The first part is long."])
        #expect(open.leavesOpen)
        let goingOn = QuotedText.spans("The last part ends it,” she added.", startsOpen: true)
        #expect(goingOn.texts == ["The last part ends it"])
        #expect(!goingOn.leavesOpen)
        #expect(QuotedText.spans("“It holds for a while.”").isWhole)
        #expect(QuotedText.spans("No quotation here.").texts.isEmpty)
    }

    /// The bytes tell an opening mark as the scalars do: a straight or opening curly double mark anywhere, and nothing
    /// else, not a closing or single mark, nor a scalar sharing some of the opening mark's bytes (`\u{9C}`, `\u{2080}`,
    /// `\u{809C}`, `\u{201B}`).
    @Test func anOpeningMarkIsFoundByItsBytes() {
        let texts = ["", "plain words", "“Go", "at the end“", "say \"so\"", "\"", "”closing only", "‘single’ «guillemets» „low",
                     "\u{9C}\u{2080}\u{809C}\u{201B}\u{201D}", "e\u{301}“x\u{301}", "🙂“🙂", "a\u{201C}\u{301}"]
        for text in texts {
            #expect(QuotedText.hasOpeningMark(text) == text.unicodeScalars.contains { $0 == "“" || $0 == "\"" }, "\(text)")
        }
        #expect(texts.filter(QuotedText.hasOpeningMark).count == 7)
    }

    @Test func wordsAreCountedAsSplittingAtSpacesCountsThem() {
        for text in ["", " ", "one", "  two  words ", "a b  c", "tab\tis not a space", "é e\u{301} \u{301}x", "“quoted,” she said"] {
            #expect(QuotedText.spaceSeparatedWords(text) == text.split(separator: " ").count, "\(text)")
        }
    }

    /// A sentence's marks read scalar by scalar give what reading its Characters gives, where every scalar is a
    /// Character of its own; where one is not (a mark with an accent on it is no mark), the Characters are read.
    @Test func marksReadByScalarAsByCharacter() {
        let plain = ["“We will go,” he said, “and stay — for good…”", "She said: \"Café crème, no.", "Ends here,” she said.",
                     "‘Single’ “double” \"straight\" marks", "“Unclosed, she said", "Line\r\nbreak “inside” it"]
        for text in plain {
            #expect(QuotedText.scalarsAreCharacters(text), "\(text)")
            for startsOpen in [false, true] {
                let byScalar = QuotedText.spans(text, startsOpen: startsOpen, reading: text.unicodeScalars)
                let byCharacter = QuotedText.spans(text, startsOpen: startsOpen, reading: text)
                #expect(byScalar.texts == byCharacter.texts && byScalar.leavesOpen == byCharacter.leavesOpen
                        && byScalar.isWhole == byCharacter.isWhole, "\(text)")
                let chosen = QuotedText.spans(text, startsOpen: startsOpen)
                #expect(chosen.texts == byCharacter.texts && chosen.leavesOpen == byCharacter.leavesOpen, "\(text)")
            }
        }
        // `"` with a combining acute accent is one Character, not a quotation mark.
        let accented = "He said \"\u{301}no\" and \"yes\" here"
        #expect(!QuotedText.scalarsAreCharacters(accented))
        let byScalar = QuotedText.spans(accented, startsOpen: false, reading: accented.unicodeScalars)
        let byCharacter = QuotedText.spans(accented, startsOpen: false, reading: accented)
        #expect(byScalar.texts != byCharacter.texts)
        #expect(QuotedText.spans(accented).texts == byCharacter.texts)
        #expect(QuotedText.spaceSeparatedWords("a \u{301}b c") == "a \u{301}b c".split(separator: " ").count)
    }

    /// The sentence that closes a quotation left open: the next one with a double mark, when its first mark closes
    /// (`”`, or a straight mark with an odd count), within reach; read as the filtered marks of its Characters read them.
    @Test func theClosingSentenceIsTheNextWithAClosingMark() {
        func sentences(_ texts: [String]) -> [Sentence] {
            texts.enumerated().map { Sentence(id: "s\($0.offset)", text: $0.element, range: 0..<0, line: 1) }
        }
        #expect(QuotedText.closingSentence(after: 0, in: sentences(["“Open", "No marks.", "It ends,” she said."])) == 2)
        #expect(QuotedText.closingSentence(after: 0, in: sentences(["\"Open", "It ends,\" she said."])) == 1)
        // An even count of straight marks opens and closes a quotation of its own; a curly opening mark opens one.
        #expect(QuotedText.closingSentence(after: 0, in: sentences(["\"Open", "He said \"a\" then.", "Ends.\""])) == nil)
        #expect(QuotedText.closingSentence(after: 0, in: sentences(["“Open", "“Another” ends."])) == nil)
        #expect(QuotedText.closingSentence(after: 0, in: sentences(["“Open", "No marks."])) == nil)
        // Out of reach: a closing mark further than `QuoteRules.closingSentenceReach` sentences on closes nothing.
        let gap = Array(repeating: "No marks.", count: QuoteRules.closingSentenceReach)
        #expect(QuotedText.closingSentence(after: 0, in: sentences(["“Open"] + gap.dropLast() + ["Ends.”"])) == QuoteRules.closingSentenceReach)
        #expect(QuotedText.closingSentence(after: 0, in: sentences(["“Open"] + gap + ["Ends.”"])) == nil)
        // A straight mark with an accent on it is no mark: the sentence after it closes.
        #expect(QuotedText.closingSentence(after: 0, in: sentences(["\"Open", "Not \"\u{301} one.", "Ends,” he said."])) == 2)
        for text in ["“a” b", "a ” \"b", "\"a\" \"b", "\"a\" \"b\" \"", "none", "x \"\u{301} y ”", "é\u{301} ” “"] {
            let marks = text.filter { $0 == "“" || $0 == "”" || $0 == "\"" }
            let expected = marks.first.map { $0 == "”" || ($0 == "\"" && marks.count % 2 == 1) }
            #expect(QuotedText.closesQuotation(text) == expected, "\(text)")
            if QuotedText.scalarsAreCharacters(text) { #expect(QuotedText.closesQuotation(text.unicodeScalars) == expected, "\(text)") }
        }
    }
}
