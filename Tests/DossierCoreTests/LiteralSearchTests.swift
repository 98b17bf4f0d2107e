import Testing
import DossierCore

/// `containsLiteral` finds a phrase's bytes anywhere in a text, and an empty phrase nowhere, as Foundation does.
@Suite struct LiteralSearchTests {
    @Test func findsThePhraseWhereverItsBytesStand() {
        #expect("all rights reserved".containsLiteral("all rights"))
        #expect("© 2024 all rights reserved".containsLiteral("reserved"))
        #expect("first appeared in".containsLiteral("appeared"))
        #expect("aaab".containsLiteral("aab"))
        #expect("a “quoted” word".containsLiteral("“quoted”"))
        #expect("© BBC".containsLiteral("©"))
        #expect("same".containsLiteral("same"))
    }

    @Test func findsNothingElse() {
        #expect(!"xxab".containsLiteral("abc"))
        #expect(!"ab".containsLiteral("abc"))
        #expect(!"granted".containsLiteral("ran "))
        #expect(!"some text".containsLiteral(""))
        #expect(!"".containsLiteral("a"))
        #expect(!"".containsLiteral(""))
        #expect(!"Reserved".containsLiteral("reserved"))
    }

    /// `containsByte` answers as `utf8.contains` does: in small (inline) and large texts, at either end, inside a
    /// scalar of several bytes (`“` is E2 80 9C), and never in an empty text.
    @Test func containsByteAnswersAsTheBytesDo() {
        let long = String(repeating: "word ", count: 400) + "end\r"
        let texts = ["", "-", "a-b", "abc", "a “quoted” word", long, "\r" + long, "naïve café"]
        for text in texts {
            for byte in [UInt8(ascii: "-"), UInt8(ascii: "\r"), UInt8(ascii: "d"), 0x9C, 0xA9, 0x00] {
                #expect(text.containsByte(byte) == text.utf8.contains(byte), "\(byte) in \(text.prefix(20))")
            }
        }
        #expect(long.containsByte(UInt8(ascii: "\r")))
        #expect(!"".containsByte(0))
        #expect("a “quoted” word".containsByte(0x9C))
    }

    /// Bytes read in place (a page's Markdown) are asked for a literal: found wherever its bytes stand, at either end,
    /// and nowhere in bytes shorter than it or empty.
    @Test func bytesInPlaceHoldALiteralWhereItsBytesStand() {
        let cases: [(text: String, www: Bool, footnote: Bool, definition: Bool)] = [
            ("see www.bbc.co.uk", true, false, false), ("x[^1]", false, true, false), ("ends with ]:", false, false, true),
            ("a: b", false, false, false), ("", false, false, false), ("www", false, false, false),
            ("a “www.” b", true, false, false), ("[^]:www.", true, true, true), ("ww.w. [ ^ ] :", false, false, false),
        ]
        for (text, www, footnote, definition) in cases {
            var copy = text
            copy.withUTF8 { bytes in
                #expect(bytes.containsLiteral("www.") == www, "\(text)")
                #expect(bytes.containsLiteral("[^") == footnote, "\(text)")
                #expect(bytes.containsLiteral("]:") == definition, "\(text)")
            }
        }
    }
}
