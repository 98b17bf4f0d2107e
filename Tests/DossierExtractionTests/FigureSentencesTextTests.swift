import Testing
import DossierLanguage
@testable import DossierExtraction

/// `FigureSentences.text` gives the scalars the tokens' ranges cover, in sentences with scalars of one to four bytes.
@Suite struct FigureSentencesTextTests {
    @Test func givesTheScalarsTheTokensCover() {
        let sentences = ["Plain ASCII text of 42 words.", "Le caf\u{E9} co\u{FB}te 5 \u{20AC} \u{2014} e\u{301}t\u{E9} \u{1F600} fin",
                         "\u{1F600}\u{1F600}", "a", "\u{5D0}\u{5B8} 3 \u{5D1}"]
        for sentence in sentences {
            let scalars = Array(sentence.unicodeScalars)
            for lower in 0..<scalars.count {
                for upper in (lower + 1)...scalars.count {
                    // Two tokens: the first starts at `lower`, the second ends at `upper`.
                    let tokens = [token(lower..<(lower + 1)), token((upper - 1)..<upper)]
                    let expected = String(String.UnicodeScalarView(scalars[lower..<upper]))
                    #expect(FigureSentences.text(of: tokens, from: 0, to: 2, in: sentence) == expected, "\(sentence) \(lower) \(upper)")
                }
            }
        }
    }

    private func token(_ range: Range<Int>) -> Token {
        Token(text: "x", range: range, kind: .word, shape: .lower, lower: "x")
    }
}
