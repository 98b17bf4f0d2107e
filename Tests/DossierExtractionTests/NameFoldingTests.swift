import Testing
@testable import DossierExtraction

/// Folding and the name words of an occurrence, each word folded once.
@Suite struct NameFoldingTests {
    @Test func foldLowercasesAndStripsAccents() {
        #expect(NameKey.fold("McDonald") == "mcdonald")
        #expect(NameKey.fold("already lower") == "already lower")
        #expect(NameKey.fold("NATO") == "nato")
        #expect(NameKey.fold("Z") == "z" && NameKey.fold("A@[`{") == "a@[`{")
        #expect(NameKey.fold("José") == "jose")
        #expect(NameKey.fold("O\u{2019}Brien") == "o'brien")
        #expect(NameKey.fold("") == "")
    }

    @Test func nameWordsLeaveOutParticlesAndLaterSuffixes() {
        #expect(NameOccurrence.nameWords(of: ["Ibrahim", "al", "Madhoun"]) == ["Ibrahim", "Madhoun"])
        #expect(NameOccurrence.nameWords(of: ["Ursula", "Von", "der", "Leyen"]) == ["Ursula", "Leyen"])
        #expect(NameOccurrence.nameWords(of: ["Robert", "Mueller", "III"]) == ["Robert", "Mueller"])
        #expect(NameOccurrence.nameWords(of: ["Martin", "Luther", "King", "Jr."]) == ["Martin", "Luther", "King"])
        // A suffix word first is no suffix.
        #expect(NameOccurrence.nameWords(of: ["Jr", "Smith"]) == ["Jr", "Smith"])
        #expect(NameOccurrence.nameWords(of: ["de", "la"]).isEmpty)
        #expect(NameOccurrence.isGenerationalSuffix("Jr.") && NameOccurrence.isGenerationalSuffix("III") && !NameOccurrence.isGenerationalSuffix("Smith"))
        // An ASCII word longer than every particle and suffix is kept unfolded; a longer word beyond ASCII is still folded
        // (its folding may be shorter: `a` with two accents is the particle `al`).
        #expect(NameOccurrence.nameWords(of: ["Alexandria", "Ocasio-Cortez", "Della", "Jnr."]) == ["Alexandria", "Ocasio-Cortez"])
        #expect(NameOccurrence.nameWords(of: ["Ibrahim", "A\u{0301}\u{0301}l", "Madhoun"]) == ["Ibrahim", "Madhoun"])
    }

    /// `foldsToItself` answers from the bytes what folding gives: where it says yes, folding changes nothing.
    @Test func foldsToItselfOnlyWhereFoldingChangesNothing() {
        for text in ["", "lower", "o'brien", "a@[`{ 1-2", "smith-jones"] {
            #expect(NameKey.foldsToItself(text) && NameKey.fold(text) == text, "\(text)")
        }
        for text in ["Brown", "NATO", "mcDonald", "café", "o\u{2019}brien", "Z", "A"] {
            #expect(!NameKey.foldsToItself(text), "\(text)")
        }
    }

    /// The bytes' verdict at each edge: `@` and `[` round `A`–`Z`, DEL is ASCII, U+0080 is not; a capital anywhere.
    @Test func asciiCaseIsReadFromEveryByte() {
        for text in ["", "abc", "@[`{", "\u{7F}", "a long lower text, with 1-2 numbers"] { #expect(NameKey.asciiCase(text) == .lower, "\(text)") }
        for text in ["A", "Z", "abC", "a long text that ends in a capitaL"] { #expect(NameKey.asciiCase(text) == .mixed, "\(text)") }
        for text in ["\u{80}", "café", "ABCé", "a long text that ends beyond ASCII\u{2019}"] {
            #expect(NameKey.asciiCase(text) == .beyondASCII, "\(text)")
        }
    }

    /// The byte-by-byte answer `NameKey.asciiCase` reads eight bytes at a time.
    static func referenceCase(_ text: String) -> NameKey.ASCIICase {
        if text.utf8.contains(where: { $0 >= 0x80 }) { return .beyondASCII }
        return text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) ? .mixed : .lower
    }

    @Test func everyLengthAndPlaceOfACapitalOrAByteBeyondASCII() {
        // Words of 0 to 20 bytes, plain, then with a capital, a byte beyond ASCII (`é`), a `@`, `[`, `-` at each place.
        for length in 0...20 {
            let plain = String(repeating: "a", count: length)
            #expect(NameKey.asciiCase(plain) == .lower)
            #expect(NameOccurrence.asciiKey(of: [plain]) == plain)
            for place in 0..<max(length, 1) {
                for mark in ["Z", "A", "é", "@", "[", "-", "`", "{"] {
                    let scalars = Array(plain.unicodeScalars)
                    let text = String(String.UnicodeScalarView(scalars.prefix(place))) + mark + String(String.UnicodeScalarView(scalars.dropFirst(place + 1)))
                    #expect(NameKey.asciiCase(text) == Self.referenceCase(text), "\(text)")
                    let words = [text, "Al-" + text]
                    let expected = Self.referenceCase(text) == .beyondASCII ? nil
                        : NameKey.fold(words.joined(separator: " ")).replacingOccurrences(of: "-", with: " ")
                    #expect(NameOccurrence.asciiKey(of: words) == expected, "\(text)")
                }
            }
        }
    }
}
