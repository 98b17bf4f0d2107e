import Testing
@testable import DossierCorpus

@Suite struct ShellQuotedNameTests {
    @Test func printableNamesAreShownAsTheyAre() {
        #expect(ShellQuotedName.shown(Array("001.txt".utf8)) == "001.txt")
        #expect(ShellQuotedName.shown(Array("café notes.md".utf8)) == "café notes.md")
    }

    @Test func bytesThatAreNotUTF8AreHexEscaped() {
        #expect(ShellQuotedName.shown(Array("bad".utf8) + [0xFF] + Array("name.txt".utf8)) == "$'bad\\xffname.txt'")
        // A Latin-1 é, and a UTF-8 sequence cut short, next to a valid é.
        #expect(ShellQuotedName.shown([0x63, 0xE9, 0xC3, 0xA9, 0xE2, 0x80]) == "$'c\\xe9é\\xe2\\x80'")
    }

    @Test func controlCharactersQuotesAndBackslashesAreEscaped() {
        #expect(ShellQuotedName.shown(Array("two\nlines.txt".utf8)) == "$'two\\nlines.txt'")
        #expect(ShellQuotedName.shown(Array("a\tb\rc\u{1B}d.txt".utf8)) == "$'a\\tb\\rc\\x1bd.txt'")
        #expect(ShellQuotedName.shown(Array("it's\n\\.txt".utf8)) == "$'it\\'s\\n\\\\.txt'")
        #expect(ShellQuotedName.shown(Array("c1\u{85}.txt".utf8)) == "$'c1\\u0085.txt'")
    }
}
