import Foundation
import Testing
@testable import DossierSite

@Suite struct SearchNormaliserTests {
    /// The table the page's JavaScript is checked against too (scripts/browser-search-test.py).
    static func examples() throws -> [(text: String, terms: String)] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/search-normalisation.tsv")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
            .filter { !$0.hasPrefix("#") }
            .map { line in
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                return (String(fields[0]), fields.count > 1 ? String(fields[1]) : "")
            }
    }

    @Test func everyExampleOfTheSharedTable() throws {
        let examples = try Self.examples()
        #expect(examples.count >= 15)
        for example in examples {
            #expect(SearchNormaliser().terms(example.text).joined(separator: " ") == example.terms, "\(example.text)")
        }
    }

    @Test func pluralFoldRules() {
        #expect(["policies", "witnesses", "talks", "crisis", "status", "gas", "ties", "glass"].map(PluralFold.fold)
                == ["policy", "witness", "talk", "crisis", "status", "gas", "tie", "glass"])
    }

    /// The fold counts and reads scalars, not bytes or characters: a letter beyond ASCII is one scalar (`ñas` is short,
    /// `cafés` folds), a decomposed accent another (`cafe\u{301}s` is long enough, and its accent is no `u`).
    @Test func pluralFoldReadsScalars() {
        #expect(["ñas", "cafés", "çes", "éies", "pçies", "cafe\u{301}s", "u\u{301}s", "ab\u{301}s"].map(PluralFold.fold)
                == ["ñas", "café", "çes", "éie", "pçy", "cafe\u{301}", "u\u{301}s", "ab\u{301}"])
    }

    /// The words handed over one by one, as bytes, are `surfaceWords`, for ASCII and other text.
    @Test func eachSurfaceWordIsASurfaceWord() {
        for text in ["O'Brien's rock''n'roll, hostages' 1,200", "Netanyahu’s children", "Café ÉCOLE ﬁve", "", "'' ,,", "Ωmega’s ς",
                     "“Don’t,” he said ‘no’ „x‟ ‛y′s″ O’Brien’s", "em—dash’s", "a\u{2028}b’s", "end’", "’",
                     "£5m—‘x’…y\u{A0}z’s €3 ¼ ½x ²", "x‘—’s", "Ⅻ ⓐ ª º µ ß ü", "‹a› «b» ¡c! ¿d? §e ¶f ©g ®h °i ±j ·k ×l ÷m"] {
            var words: [String] = []
            SearchNormaliser().forEachSurfaceWord(in: text) { words.append(String(decoding: $0, as: UTF8.self)) }
            #expect(words == SearchNormaliser().surfaceWords(text), "\(text)")
        }
    }

    /// Text with typographic quotes as its only characters beyond ASCII is read as ASCII once they are straightened.
    @Test func onlyQuotesAreStraightenedIntoASCII() {
        func straightened(_ text: String) -> String? {
            var text = text
            return text.withUTF8 { SearchNormaliser.straightenedASCII($0).map { String(decoding: $0, as: UTF8.self) } }
        }
        #expect(straightened("“Don’t” ‘x’ „y‟ ‛z′ w″") == "\"Don't\" 'x' \"y\" 'z' w\"")
        #expect(straightened("em—dash £5…\u{A0}x") == "em dash  5 \u{20}x")
        #expect(straightened("Café") == nil)
        // Word characters, marks and what decomposes into them are not separators: ² (2), ª (a), ¨ (a mark).
        #expect(straightened("x²") == nil && straightened("ªb") == nil && straightened("¨") == nil && straightened("µ") == nil)
    }

    /// The one-pass reading of ASCII text gives the words of the step-by-step one, apostrophes and all.
    @Test func asciiWordsAreTheUnicodeWords() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("aZs1' '.-\"x")
        for _ in 0..<2_000 {
            let text = String((0..<Int.random(in: 0...14, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            #expect(SearchNormaliser.asciiWords(text) == SearchNormaliser().unicodeWords(text), "\(text)")
        }
        #expect(SearchNormaliser.asciiWords("O'Brien's rock''n'roll, hostages' 1,200") == ["obrien", "rock", "nroll", "hostages", "1", "200"])
    }

    /// Every text of up to five characters from letters of both cases, a digit, apostrophes and separators: the
    /// one-pass reading (which hands most words over as the text's own bytes) gives the step-by-step words.
    @Test func asciiWordsAreTheUnicodeWordsForEveryShortText() {
        let alphabet: [Character] = ["a", "S", "s", "1", "'", " ", "-"]
        var texts = [""]
        var longest = [""]
        for _ in 0..<5 {
            longest = longest.flatMap { text in alphabet.map { text + String($0) } }
            texts += longest
        }
        #expect(texts.count == 1 + 7 + 49 + 343 + 2401 + 16807)
        for text in texts where SearchNormaliser.asciiWords(text) != SearchNormaliser().unicodeWords(text) {
            Issue.record("\(text): \(SearchNormaliser.asciiWords(text)) != \(SearchNormaliser().unicodeWords(text))")
        }
        #expect(SearchNormaliser.asciiWords("it's a'b''c 'd' e's's SS'S x'") == ["it", "ab", "c", "d", "es", "ss", "x"])
    }

    /// Every printable ASCII character, alone and between letters of both cases, is read by the one-pass reading (its
    /// table of byte kinds) as the step-by-step one reads it: the edges of each class (`/0`, `9:`, `@A`, `Z[`, `` `a ``,
    /// `z{`) included.
    @Test func everyPrintableASCIICharacterIsReadAsTheUnicodeWordsReadIt() {
        for value in UInt8(0x20)...UInt8(0x7E) {
            let character = String(UnicodeScalar(value))
            for text in [character, "a\(character)B", "\(character)z9", "Zy\(character)\(character)0"] {
                #expect(SearchNormaliser.asciiWords(text) == SearchNormaliser().unicodeWords(text), "\(text)")
            }
        }
    }

    @Test func theFoldIsASeam() {
        let upper = SearchNormaliser(fold: { $0 == "bibi" ? "netanyahu" : $0 })
        #expect(upper.terms("Bibi’s talks") == ["netanyahu", "talks"])
    }

    /// `isASCII` reads eight bytes at a time: one byte beyond ASCII at any place of a text is found.
    @Test func aByteBeyondASCIIIsFoundAnywhere() {
        let plain = Array("Quarterly profits at US media giant".utf8)
        plain.withUnsafeBufferPointer { #expect(SearchNormaliser.isASCII($0)) }
        for place in plain.indices {
            for length in [place + 1, plain.count] {
                var bytes = Array(plain[..<length])
                bytes[place] = 0x80 | bytes[place]
                bytes.withUnsafeBufferPointer { #expect(!SearchNormaliser.isASCII($0), "\(place) of \(length)") }
            }
        }
        [UInt8]().withUnsafeBufferPointer { #expect(SearchNormaliser.isASCII($0)) }
    }
}
