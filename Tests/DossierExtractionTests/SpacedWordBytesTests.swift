import Testing
@testable import DossierExtraction

/// Words counted from the bytes as splitting at spaces counts them, and only where each scalar is a Character.
@Suite struct SpacedWordBytesTests {
    static func count(_ text: String) -> Int? {
        Array(text.utf8).withUnsafeBufferPointer(SpacedWordBytes.wordCount)
    }

    /// The scalars told apart at each edge of the ranges the bytes read: U+007F/U+0080, U+02FF/U+0300, U+200F/U+2010,
    /// U+2027/U+2028, and scalars sharing the lead bytes (U+2080, U+20AC) or no lead byte at all (U+1F642).
    @Test func eachScalarIsTakenAsItsValueSays() {
        let scalars: [UInt32] = [0x20, 0x41, 0x7F, 0x80, 0xE9, 0x2FF, 0x300, 0x301, 0x7FF, 0x800, 0x2000, 0x200F, 0x2010,
                                 0x2019, 0x201C, 0x2026, 0x2027, 0x2028, 0x2080, 0x20AC, 0xFFFD, 0x1F642]
        for value in scalars {
            let scalar = Unicode.Scalar(value)!
            let isOwnCharacter = value < 0x300 || (0x2010...0x2027).contains(value)
            for text in ["a\(scalar)b c", "\(scalar)", "x \(scalar)", "\(scalar) \(scalar)"] {
                let counted = Self.count(text)
                #expect((counted != nil) == isOwnCharacter, "U+\(String(value, radix: 16))")
                if let counted { #expect(counted == text.split(separator: " ").count, "\(text)") }
                #expect(QuotedText.scalarsAreCharacters(text) == isOwnCharacter)
                #expect(QuotedText.spaceSeparatedWords(text) == text.split(separator: " ").count, "\(text)")
            }
        }
    }

    /// Texts longer than eight bytes, read eight at a time where those are ASCII: every cut of spaces, words and
    /// scalars beyond ASCII across the eights' edges counts as splitting does.
    @Test func eightsAtATimeCountAsSplitting() {
        let pieces = ["a", " ", "  ", "word", "é", "—", "“", "abcdefgh", "        ", "x y z w v", "\t"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(Self.count(text) == text.split(separator: " ").count, "\(text)")
        }
        #expect(Self.count("abcdefgh ijklmnop qrstuvwx") == 3)
        #expect(Self.count("        a       ") == 1)
        #expect(Self.count("a b c d e f g h i j k") == 11)
        #expect(Self.count("abcdefg\u{301}h ijk") == nil)
    }

    @Test func wordsAreTheRunsBetweenSpaces() {
        for text in ["", " ", "one", "  two  words ", "a b  c", "tab\tis not a space", "“quoted,” she said — café…", "é ’s"] {
            #expect(Self.count(text) == text.split(separator: " ").count, "\(text)")
        }
        // A combining mark on a space makes it no space: the bytes do not answer, the Characters do.
        #expect(Self.count("a \u{301}b c") == nil)
        #expect(QuotedText.spaceSeparatedWords("a \u{301}b c") == 2)
    }
}
