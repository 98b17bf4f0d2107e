import DossierCore
import Testing

@Suite struct CharacterReplacementTests {
    @Test func everyCharacterIsReplaced() {
        #expect("al-madhoun bin-salman".replacingEvery("-", with: " ") == "al madhoun bin salman")
        #expect("jean-pierre".replacingEvery("-", with: "") == "jeanpierre")
        #expect("no hyphen here".replacingEvery("-", with: " ") == "no hyphen here")
        #expect("".replacingEvery("-", with: " ") == "")
    }

    @Test func theByteOfAnASCIICharacterInsideAnotherCharacterIsNoMatch() {
        // `-` followed by a combining acute accent is one Character, not `-`: its byte alone does not make a match.
        #expect("a-\u{301}b".replacingEvery("-", with: " ") == "a-\u{301}b")
        #expect("a-\u{301}b-c".replacingEvery("-", with: " ") == "a-\u{301}b c")
    }

    @Test func charactersBeyondASCIIAreReplacedToo() {
        #expect("a–b–c".replacingEvery("–", with: "-") == "a-b-c")
        #expect("don’t".replacingEvery("’", with: "'") == "don't")
    }
}
