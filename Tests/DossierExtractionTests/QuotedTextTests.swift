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

    @Test func wordsAreCountedAsSplittingAtSpacesCountsThem() {
        for text in ["", " ", "one", "  two  words ", "a b  c", "tab\tis not a space", "é e\u{301} \u{301}x", "“quoted,” she said"] {
            #expect(QuotedText.spaceSeparatedWords(text) == text.split(separator: " ").count, "\(text)")
        }
    }
}
