import Testing
@testable import DossierExtraction

/// `WordSet` answers as the `Set<String>` it is made from, its first look by bytes included.
@Suite struct WordSetTests {
    @Test func answersAsTheSetDoes() {
        let words: Set<String> = ["said", "says", "told", "added", "a", "o'clock", "well-known", "mr.", "new york", "covid19"]
        let set = WordSet(words)
        let probes = ["said", "sad", "saic", "raid", "says", "told", "tolds", "added", "addeD", "a", "b", "", "o'clock", "o’clock",
                      "well-known", "wellknown", "mr.", "mr", "new york", "new-york", "saïd", "añded", "ｓａｉｄ",
                      String(repeating: "x", count: 40), "the", "government", "covid19", "covid1", "covid¹⁹", "covidl9"]
        for probe in probes {
            #expect(set.contains(probe) == words.contains(probe), "\(probe)")
            // The first look alone never turns a member away.
            if words.contains(probe) { #expect(set.mayContain(probe), "\(probe)") }
        }
        #expect(!set.mayContain("government"))
    }

    @Test func aSetWithOtherWordsFindsCanonicallyEquivalentSpellings() {
        // `café` written with a precomposed `é` and with `e` and a combining accent: equal strings, different bytes.
        let words: Set<String> = ["caf\u{E9}", "said"]
        let set = WordSet(words)
        #expect(set.contains("cafe\u{301}"))
        #expect(set.contains("caf\u{E9}"))
        #expect(set.contains("said"))
        #expect(!set.contains("sa1d"))
    }
}
