import DossierLanguage
import Testing
@testable import DossierExtraction

/// `Token.isInitials`: two or three capitals each with its full stop, read from ASCII bytes or, beyond ASCII, as
/// characters.
@Suite struct TokenInitialsTests {
    private func isInitials(_ text: String) -> Bool {
        Token(text: text, range: 0..<text.count, kind: .word, shape: .upper, lower: text.lowercased()).isInitials
    }

    @Test func twoOrThreeDottedCapitals() {
        for text in ["U.S.", "H.R.", "J.R.R.", "D.N.C."] { #expect(isInitials(text), "\(text)") }
        for text in ["", "U.", "US", "U.S", "u.s.", "U.S.A.F.", "A.B.C", "U..S", ".U.S", "U1S.", "US.."] { #expect(!isInitials(text), "\(text)") }
    }

    /// A capital beyond ASCII counts as a letter; an accent written as a second scalar stays part of its letter.
    @Test func charactersBeyondASCII() {
        #expect(isInitials("É.U."))
        #expect(isInitials("E\u{301}.U."))
        #expect(!isInitials("É.u."))
        #expect(!isInitials("É.U"))
    }
}
