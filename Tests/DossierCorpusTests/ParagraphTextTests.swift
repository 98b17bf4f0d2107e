import Testing
@testable import DossierCorpus

/// A paragraph's text maps each of its scalars back to its place in the body and its line, the joining spaces too.
@Suite struct ParagraphTextTests {
    static func piece(_ text: String, at offset: Int, line: Int) -> ParagraphText.Piece {
        ParagraphText.Piece(scalars: Array(text.unicodeScalars)[...], bodyOffset: offset, line: line)
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
}
