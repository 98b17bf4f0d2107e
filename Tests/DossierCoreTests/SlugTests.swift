import Testing
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
}
