import Testing
import DossierLanguage
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

    /// A token's lower form is asked by its word type number when its lower form is its text, by the string otherwise:
    /// both ways answer as the set does.
    @Test func tokensAreAskedByTheirLowerForm() {
        let words: Set<String> = ["said", "talks", "1,200", "o'clock", "mr"]
        let tokens = TestLanguage.tokenizer.tokens(of: "Talks said talks, Mr. Talks’s 1,200 o'clock talked saïd said")
        let sets = [WordSet(words), WordSet(words.union(["caf\u{E9}"]))]
        for set in sets {
            for token in tokens {
                #expect(set.contains(lowerOf: token) == words.contains(token.lower), "\(token.text)")
            }
        }
        #expect(tokens.filter(\.lowerIsText).map(\.text) == ["said", "talks", ",", "1,200", "o'clock", "talked", "saïd", "said"])
        // A token made by the public initializer has no number and is asked by its lower form.
        let made = Token(text: "Said", range: 0..<4, kind: .word, shape: .capitalised, lower: "said")
        #expect(made.wordType == 0 && !made.lowerIsText && sets[0].contains(lowerOf: made))
        var changed = tokens[1]
        changed.text = "Said"
        #expect(!changed.lowerIsText && sets[0].contains(lowerOf: changed))
    }
}
