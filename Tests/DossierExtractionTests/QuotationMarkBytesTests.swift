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

    /// The marks found eight bytes at a time where none of those can be one are the marks a byte-by-byte scan finds,
    /// wherever they fall across the eights' edges.
    @Test func eightsAtATimeFindWhatAByteScanFinds() {
        let pieces = ["a", " ", "abcdefgh", "\"", "“", "”", "‘", "—", "é", "xyz", "\u{E2}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...14, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            for startsOpen in [false, true] {
                let found = quotations(text, startsOpen: startsOpen)
                let expected = Self.byteScan(Array(text.utf8), startsOpen: startsOpen)
                #expect(found.closed == expected.closed && found.openFrom == expected.openFrom, "\(text)")
            }
        }
    }

    /// The marks found byte by byte: the reading `QuotationMarkBytes` gives.
    private static func byteScan(_ bytes: [UInt8], startsOpen: Bool) -> (closed: [Range<Int>], openFrom: Int?) {
        var closed: [Range<Int>] = []
        var opened: Int? = startsOpen ? 0 : nil
        var index = 0
        while index < bytes.count {
            var width = 1, opens = false, closes = false
            if bytes[index] == 0x22 {
                (opens, closes) = (true, true)
            } else if bytes[index] == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x9C || bytes[index + 2] == 0x9D {
                (opens, closes, width) = (bytes[index + 2] == 0x9C, bytes[index + 2] == 0x9D, 3)
            }
            if let start = opened {
                if closes { closed.append(start..<index); opened = nil }
            } else if opens {
                opened = index + width
            }
            index += width
        }
        return (closed, opened)
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
