import Testing
@testable import DossierExtraction

/// The one-deletion variants of a surname key, cut from its bytes when it is ASCII, are those that removing each
/// Character gives.
@Suite struct SpellingDeletionsTests {
    /// The reading by Characters, which the ASCII reading must agree with.
    static func reference(_ key: String) -> Set<String> { SpellingIndex.characterDeletions(key) }

    @Test func asciiKeysLoseEachCharacterOnce() {
        for key in ["qassem", "qasssem", "o'neil", "abba", "a", "", "smith jones", "x-y"] {
            #expect(SpellingIndex.asciiDeletions(key) == Self.reference(key))
            #expect(SpellingIndex.deletions(key) == Self.reference(key))
        }
        #expect(SpellingIndex.deletions("abc") == ["abc", "bc", "ac", "ab"])
        #expect(Self.reference("abc") == ["abc", "bc", "ac", "ab"])
        // Repeated letters give one variant for each distinct result.
        #expect(SpellingIndex.deletions("aab") == ["aab", "ab", "aa"])
    }

    @Test func otherKeysAreCutByCharacters() {
        // Beyond ASCII (an accent, a combining mark, a line break of two bytes) the bytes are not the characters.
        for key in ["josé", "jose\u{301}", "a\r\nb"] {
            #expect(SpellingIndex.asciiDeletions(key) == nil)
            #expect(SpellingIndex.deletions(key) == Self.reference(key))
        }
        #expect(SpellingIndex.deletions("jose\u{301}").contains("jos"))
    }
}
