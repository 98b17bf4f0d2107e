import Testing
@testable import DossierExtraction

/// `String.hasSeveralCharacters` answers as `count > 1` does, characters of several scalars included.
@Suite struct SeveralCharactersTests {
    @Test func answersAsCountingDoes() {
        let words = ["", "a", "ab", "mr", "\u{E9}", "e\u{301}", "e\u{301}e", "\r\n", "\r\na", "\u{1F1EC}\u{1F1E7}", "\u{1F44D}\u{1F3FD}",
                     "\u{1F44D}\u{1F3FD}s", "caf\u{E9}", "\u{5D0}\u{5B8}", "government"]
        for word in words {
            #expect(word.hasSeveralCharacters == (word.count > 1), "\(word.unicodeScalars.map(\.value))")
        }
        #expect(!"e\u{301}".hasSeveralCharacters && "ab".hasSeveralCharacters && !"\r\n".hasSeveralCharacters)
    }
}
