import Testing
import DossierLanguage
@testable import DossierExtraction

/// The questions the name finder asks of a token in its array, read in place (`Token+Names`), give the answers of the
/// token's own methods.
@Suite struct TokenInPlaceTests {
    static let texts = [",", ",,", ",\u{301}", "\"", "“", "”", "‘", "’", "«", "»", "„", "’s", ".", "-", "a", "Smith", ""]

    static let tokens = texts.flatMap { text in
        [Token.Kind.punctuation, .word].map { Token(text: text, range: 0..<1, kind: $0, shape: .other, lower: text) }
    }

    @Test func aCommaAsTheTokenSaysItIsOne() {
        for index in Self.tokens.indices {
            #expect(Token.isComma(Self.tokens, at: index) == Self.tokens[index].isPunctuation(","), "\(Self.tokens[index].text)")
        }
        #expect(Self.tokens.indices.filter { Token.isComma(Self.tokens, at: $0) }.map { Self.tokens[$0].text } == [",", ",,"])
    }

    @Test func quotationMarksArePunctuationStartingWithOne() {
        let marks = Self.tokens.indices.filter { Token.isQuotationMark(Self.tokens, at: $0) }.map { Self.tokens[$0].text }
        #expect(marks == ["\"", "“", "”", "‘", "’", "«", "»", "„", "’s"])
        #expect(Self.tokens.indices.allSatisfy { Token.isQuotationMark(Self.tokens, at: $0) == Self.tokens[$0].isQuotationMark })
    }

    @Test func kindAndInitialsAsTheTokenSaysThem() {
        let texts = ["W.", "H.R.", "J.R.R.", "U.S.", "w.", "WW", "É.", "Smith", "A.B", ","]
        let tokens = texts.flatMap { text in
            [Token.Kind.punctuation, .word, .number].map { Token(text: text, range: 0..<1, kind: $0, shape: .upper, lower: text.lowercased()) }
        }
        for index in tokens.indices {
            #expect(Token.isWordOrNumber(tokens, at: index) == tokens[index].isWordOrNumber)
            #expect(Token.isInitials(tokens, at: index) == tokens[index].isInitials, "\(tokens[index].text)")
            #expect(Token.isInitial(tokens, at: index) == tokens[index].isInitial, "\(tokens[index].text)")
        }
        #expect(tokens.indices.filter { Token.isInitial(tokens, at: $0) }.map { tokens[$0].text } == ["W.", "É."])
        #expect(Set(tokens.indices.filter { Token.isInitials(tokens, at: $0) }.map { tokens[$0].text }) == ["H.R.", "J.R.R.", "U.S."])
    }
}
