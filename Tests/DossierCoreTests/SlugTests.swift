import Testing
import TestSupport
@testable import DossierCore

@Suite struct SlugTests {
    @Test func lowercaseASCIIWithHyphens() {
        #expect(Slug.make("US-Hamas Direct Talks: What is happening") == "us-hamas-direct-talks-what-is-happening")
        #expect(Slug.make("Benjamin Netanyahu’s office") == "benjamin-netanyahus-office")
        #expect(Slug.make("Zoë Ça va") == "zoe-ca-va")
    }

    @Test func hostileTitlesNeverLeaveTheFolder() {
        for hostile in ["../../etc/passwd", "..\\..\\windows", "/absolute/path", "a/../b", "....", "%2e%2e%2f", "\u{0}nul", "<script>alert(1)</script>"] {
            let slug = Slug.make(hostile)
            #expect(!slug.contains("/"))
            #expect(!slug.contains("\\"))
            #expect(!slug.contains(".."))
            #expect(!slug.isEmpty)
            #expect(slug.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") })
        }
        #expect(Slug.make("../../etc/passwd") == "etc-passwd")
    }

    @Test func emptyOrNonLatinFallsBack() {
        #expect(Slug.make("", fallback: "source") == "source")
        #expect(Slug.make("חמאס", fallback: "source") == "source")
    }

    @Test func uniqueSlugsGetNumbers() {
        #expect(Slug.unique(["Trump", "trump", "TRUMP", "Biden"]) == ["trump", "trump-2", "trump-3", "biden"])
        // A text whose own slug is a numbered one takes that number from the texts after it.
        #expect(Slug.unique(["a", "a", "a 3", "a", "a-2"]) == ["a", "a-2", "a-3", "a-4", "a-2-2"])
    }

    @Test func lengthIsCappedWithoutTrailingHyphen() {
        let slug = Slug.make(String(repeating: "word ", count: 40), maxLength: 20)
        #expect(slug.count <= 20)
        #expect(!slug.hasSuffix("-"))
    }
}

@Suite struct WordCountTests {
    @Test func countsRunsOfNonSpace() {
        #expect(WordCount.of("") == 0)
        #expect(WordCount.of("  one  two\tthree\nfour ") == 4)
        #expect(WordCount.of("long -term\u{00A0}deal — done") == 5)
    }

    /// Counted on bytes, a text has the words its scalars give: ASCII spaces and no other ASCII byte end a word, other
    /// scalars end one when Unicode calls them white space, whatever their length in bytes.
    @Test func bytesCountTheWordsScalarsGive() {
        let texts = ["", "plain words here", "tab\tline\nreturn\r\nend", "\u{0B}vertical\u{0C}feed\u{1C}sep\u{85}next",
                     "no\u{00A0}break", "thin\u{2009}space and\u{200B}zero width", "\u{3000}全角\u{3000}space", "e\u{301} \u{200D} 👍🏽 ok",
                     "line\u{2028}separator\u{2029}para", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 words", " \t ", "«quoted» – dash —"]
        for text in texts {
            #expect(WordCount.of(text) == Self.wordsReadScalarByScalar(text), "\(text.debugDescription)")
        }
        #expect(WordCount.of("thin\u{2009}space and\u{200B}zero width") == 4)
    }

    /// The words of a text read a scalar at a time: ASCII spaces and no other ASCII byte end a word, other scalars end
    /// one when Unicode calls them white space.
    private static func wordsReadScalarByScalar(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let isSpace = scalar.isASCII ? (scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r") : scalar.properties.isWhitespace
            if isSpace { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }

    /// Long ASCII texts (read many bytes a step) and texts with one scalar outside ASCII somewhere (read scalar by
    /// scalar) have the words a scalar-by-scalar count gives, with the ASCII bytes that are no space here among them.
    @Test func longTextsCountAsScalarsDo() {
        let pieces = ["a", "bc", " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{1C}", ".", "é", "\u{00A0}"]
        var random = SplitMix64(seed: 0x5851_F42D_4C95_7F2D)
        for _ in 0..<2000 {
            let alphabet = random.next(below: 4) == 0 ? pieces.count : pieces.count - 2
            let text = (0..<random.next(below: 200)).map { _ in pieces[random.next(below: alphabet)] }.joined()
            #expect(WordCount.of(text) == Self.wordsReadScalarByScalar(text), "\(text.debugDescription)")
        }
    }

    /// The slug read on bytes (ASCII text) or on the folded text (any other) is the one the scalar-by-scalar reading gave.
    @Test(arguments: [60, 24, 7, 1])
    func bytesGiveTheSlugScalarsGave(maxLength: Int) {
        let texts = ["US-Hamas Direct Talks: What is happening", "Netanyahu's  office", "'quoted' -- words --", "A1 B2 C3",
                     "ALL CAPS AND digits 2024", "  leading and trailing  ", "x", "-", "''", "a'b-c'd", "Zoë Ça va", "ℌilbert ℌ",
                     "Straße ﬁnance", "Ⅻ Olympiad", "mixed ASCII and ü", String(repeating: "abc def ", count: 20)]
        for text in texts {
            #expect(Slug.make(text, maxLength: maxLength) == Self.scalarSlug(text, maxLength: maxLength), "\(text)")
        }
    }

    /// Random ASCII texts (capitals, digits, apostrophes, punctuation, white space) at every length limit from none up:
    /// the slug written into the string in place is the scalar-by-scalar one.
    @Test func asciiTextsGiveTheSlugScalarsGave() {
        let pieces = ["a", "Z", "q", "7", "0", "'", "-", " ", "  ", "\t", ".", "/", "..", "_", "Mr", "O'Neil", "US-", "(x)"]
        var random = SplitMix64(seed: 0x2545_F491_4F6C_DD1D)
        for _ in 0..<1500 {
            let text = (0..<random.next(below: 24)).map { _ in pieces[random.next(below: pieces.count)] }.joined()
            let maxLength = random.next(below: 30)
            #expect(Slug.make(text, maxLength: maxLength) == Self.scalarSlug(text, maxLength: maxLength), "\(text.debugDescription) \(maxLength)")
        }
        #expect(Slug.make("", fallback: "none") == "none" && Slug.make("--", fallback: "none") == "none")
    }

    /// The reading `Slug.make` had before it read bytes.
    static func scalarSlug(_ text: String, maxLength: Int) -> String {
        var out = ""
        var pendingHyphen = false
        for scalar in text.decomposedASCIIFolding.unicodeScalars {
            let value = scalar.value
            if (value >= 97 && value <= 122) || (value >= 48 && value <= 57) {
                let hyphen = pendingHyphen && !out.isEmpty
                if out.unicodeScalars.count + (hyphen ? 2 : 1) > maxLength { break }
                if hyphen { out.append("-") }
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "\u{2019}" {
                continue
            } else {
                pendingHyphen = true
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "item" : out
    }
}
