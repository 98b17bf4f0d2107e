import Testing
@testable import DossierExtraction

/// The quotations of a sentence found in its UTF-8 bytes: the byte ranges between the marks, and where one left open
/// starts.
@Suite struct QuotationMarkBytesTests {
    private func quotations(_ text: String, startsOpen: Bool = false) -> (closed: [Range<Int>], openFrom: Int?) {
        var text = text
        return text.withUTF8 { QuotationMarkBytes.quotations($0, startsOpen: startsOpen) }
    }

    @Test func rangesLieBetweenTheMarks() {
        // “ and ” are three bytes each: `“ab” "c` is E2 80 9C a b E2 80 9D 20 22 c.
        let found = quotations("“ab” \"c")
        #expect(found.closed == [3..<5])
        #expect(found.openFrom == 10)
        #expect(quotations("x \"y\" z").closed == [3..<4])
        #expect(quotations("x \"y\" z").openFrom == nil)
    }

    @Test func anOpenQuotationIsClosedOnlyByAClosingOrStraightMark() {
        // Inside a quotation an opening curly mark is text; outside one a closing curly mark opens nothing.
        #expect(quotations("”a “b “c” d").closed == [8..<14])
        #expect(quotations("”a “b “c” d").openFrom == nil)
        #expect(quotations("a” b", startsOpen: true).closed == [0..<1])
        #expect(quotations("a b", startsOpen: true).openFrom == 0)
        #expect(quotations("a b").closed.isEmpty && quotations("a b").openFrom == nil)
    }

    /// Scalars sharing some of the marks' bytes are no marks: ‘ ’ (E2 80 98/99), — (E2 80 94), and a truncated E2 80.
    @Test func otherScalarsOfTheSameLeadByteAreNoMarks() {
        #expect(quotations("‘a’ — b").closed.isEmpty && quotations("‘a’ — b").openFrom == nil)
        let bytes: [UInt8] = [0x22, 0x61, 0xE2, 0x80]
        let found = bytes.withUnsafeBufferPointer { QuotationMarkBytes.quotations($0, startsOpen: false) }
        #expect(found.closed.isEmpty && found.openFrom == 1)
    }

    /// Through `QuotedText.spans`, the bytes give what reading the sentence's Characters gives: the texts, their word
    /// counts, whether one is left open and whether the sentence is one quotation.
    @Test func spansByBytesAsByCharacter() {
        let texts = ["“We will go,” he said, “and stay — for good…”", "She said: \"Café crème, no.", "Ends here,” she said.",
                     "‘Single’ “double” \"straight\" marks", "“Unclosed, she said", "“It holds for a while.”", "“ ” \" \"",
                     "“Two words,” he said", "“Inside “nested” marks” end", "\"a\" \"b\" \"c", "“,” she said, “x,,”"]
        for text in texts {
            #expect(QuotedText.scalarsAreCharacters(text), "\(text)")
            for startsOpen in [false, true] {
                let byBytes = QuotedText.spans(text, startsOpen: startsOpen)
                let byCharacter = QuotedText.spans(text, startsOpen: startsOpen, reading: text)
                #expect(byBytes.texts == byCharacter.texts, "\(text)")
                #expect(byBytes.wordCounts == byCharacter.wordCounts, "\(text)")
                #expect(byBytes.leavesOpen == byCharacter.leavesOpen, "\(text)")
                #expect(byBytes.isWhole == byCharacter.isWhole, "\(text)")
            }
        }
        #expect(QuotedText.spans("“It holds for a while.”").isWhole)
        #expect(QuotedText.spans("“Two words,” he said").wordCounts == [2])
        #expect(QuotedText.spans("“,” she said, “x,,”").texts == ["x"])
    }
}
