import Testing
@testable import DossierCorpus

@Suite struct QuotationSpansTests {
    func spans(_ text: String) -> QuotationSpans { QuotationSpans(Array(text.unicodeScalars)) }

    /// The scalars between a quotation's marks are inside it, the marks and what lies around them not.
    @Test func scalarsBetweenTheMarksAreInside() {
        //          0123 4 567 8 9012 3 45
        let text = "a “b. c” d “e” f"
        let quotes = spans(text)
        let inside = (0..<text.unicodeScalars.count).filter { quotes.isInside($0, closingAtOrAfter: $0) }
        #expect(inside == [3, 4, 5, 6, 12])
    }

    /// Inside a quotation that closes at or after the position asked, not one that closes before it.
    @Test func theQuotationMustCloseAtOrAfterThePosition() {
        let quotes = spans("a “b. c” d “e” f")
        #expect(quotes.isInside(4, closingAtOrAfter: 7) && !quotes.isInside(4, closingAtOrAfter: 8))
        #expect(quotes.isInside(12, closingAtOrAfter: 13) && !quotes.isInside(12, closingAtOrAfter: 14))
    }

    /// A straight pair counts; a quotation never closed, one opened again, or one too long is not protected.
    @Test func onlyBalancedShortQuotationsAreProtected() {
        let straight = spans("He said \"Go. Now.\" Then")
        #expect(straight.isInside(11, closingAtOrAfter: 12) && !straight.isInside(18, closingAtOrAfter: 18))
        let unclosed = spans("He said “Go. Now. Then")
        #expect(!unclosed.isInside(11, closingAtOrAfter: 12))
        let reopened = spans("“One. “Two.” Three")
        #expect(!reopened.isInside(3, closingAtOrAfter: 4) && reopened.isInside(8, closingAtOrAfter: 9))
        let long = "“" + String(repeating: "a. ", count: QuotationSpans.longestProtected / 3) + "”"
        #expect(!spans(long).isInside(3, closingAtOrAfter: 4))
    }
}
