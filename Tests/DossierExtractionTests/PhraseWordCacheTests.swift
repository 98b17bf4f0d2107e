import Testing
import DossierCore
import DossierLanguage
@testable import DossierExtraction

/// `PhraseScanner` reads each distinct word once per run of sentences (`PhraseWordCache`): the phrases found must be
/// those found reading every word afresh, a word that opens one sentence and stands inside another included.
@Suite struct PhraseWordCacheTests {
    static let sentences = [
        "Talks began in Gaza on Monday.",
        "The talks in Gaza stalled.",
        "Gaza talks resumed after the Cairo meeting.",
        "Cairo hosted the talks.",
    ]

    static func described(_ occurrences: [PhraseScanner.Occurrence]) -> [String] {
        occurrences.map { "\($0.key)|\($0.words)|\($0.surface)|\($0.isName)|\($0.isCommon)|\($0.isNounLike)|\($0.isQuoted)" }
    }

    @Test func sharedReadingsFindWhatFreshReadingsFind() {
        let scanner = PhraseScanner(lexicon: TestLanguage.lexicon)
        var cache = PhraseWordCache()
        for text in Self.sentences {
            let sentence = TestLanguage.sentence(text)
            let fresh = Self.described(scanner.candidates(in: sentence))
            #expect(Self.described(scanner.candidates(in: sentence, words: &cache)) == fresh, "\(text)")
        }
    }

    /// Each reading's traits, kept apart by number, say what the reading says.
    @Test func traitsAreTheReadingsOwn() {
        let scanner = PhraseScanner(lexicon: TestLanguage.lexicon)
        var cache = PhraseWordCache()
        for text in Self.sentences + ["The end of the war came after a long-term ceasefire in the city.", "It was the first phase."] {
            _ = scanner.candidates(in: TestLanguage.sentence(text), words: &cache)
        }
        #expect(cache.traits.count == cache.entries.count)
        var seen: PhraseWordCache.Traits = []
        for (entry, traits) in zip(cache.entries, cache.traits) {
            let word = entry.word
            #expect(traits.contains(.stop) == word.isStop && traits.contains(.wordLike) == word.isWordLike, "\(word.surface)")
            #expect(traits.contains(.modifier) == word.isModifier && traits.contains(.longEnoughAlone) == word.isLongEnoughAlone, "\(word.surface)")
            #expect(traits.contains(.determiner) == entry.isDeterminer && traits.contains(.of) == (word.key == "of"), "\(word.surface)")
            #expect(traits.contains(.writtenAsKey) == word.surface.utf8.elementsEqual(word.key.utf8), "\(word.surface)")
            #expect(traits.contains(.lowerIsText) == (entry.lower == word.surface), "\(word.surface)")
            seen.formUnion(traits)
        }
        // Every trait is met, each one somewhere.
        #expect(seen == [.stop, .wordLike, .modifier, .longEnoughAlone, .determiner, .of, .writtenAsKey, .lowerIsText])
        // Each reading's key hash is its own key's, by number.
        #expect(cache.keyHashes == cache.entries.map { StringPlaces.hash($0.word.key) })
        #expect(Set(cache.keyHashes).count > 1)
    }

    @Test func aWordOpeningASentenceIsReadApart() {
        let scanner = PhraseScanner(lexicon: TestLanguage.lexicon)
        var cache = PhraseWordCache()
        _ = scanner.candidates(in: TestLanguage.sentence("Officials met in Gaza."), words: &cache)
        let opening = scanner.candidates(in: TestLanguage.sentence("Gaza waited."), words: &cache)
        // Inside a sentence `Gaza` is written as a name; opening one, its capital says nothing.
        #expect(opening.first { $0.key == "gaza" }?.isName == false)
    }

    /// A token with a known text and another lower form (which the tokenizer never makes) is read afresh, and its
    /// reading is the one the text is looked up by next.
    @Test func anotherLowerFormIsReadAfresh() {
        func token(_ text: String, lower: String, index: Int = 3) -> Token {
            Token(text: text, range: 0..<text.count, kind: .word, shape: .capitalised, lower: lower, index: index)
        }
        var cache = PhraseWordCache()
        var reads = 0
        func number(_ token: Token) -> Int {
            cache.number(of: token) { reads += 1; return PhraseWordCache.Entry(word: PhraseScanner.Word(surface: $0.text, key: $0.lower, isName: true, isCommon: false, isStop: false), isDeterminer: false, lower: $0.lower) }
        }
        let talks = token("Talks", lower: "talks"), other = token("Talks", lower: "other")
        let inside = [number(talks), number(talks), number(other), number(other), number(talks)]
        #expect(inside == [0, 0, 1, 1, 2])
        // Opening a sentence, the same text is another reading.
        let opening = [number(token("Talks", lower: "talks", index: 0)), number(token("Talks", lower: "talks", index: 0)), number(talks)]
        #expect(opening == [3, 3, 2])
        #expect(reads == 4)
        #expect(cache.entries.map(\.lower) == ["talks", "other", "talks", "talks"])
    }

    /// A reading whose lower form is its text (`talks`) is found again by asking the token's lower form against the
    /// token's own text (`PhraseWordCache.Traits.lowerIsText`): a token with that text and another lower form is still
    /// read afresh, and one with a lower form equal to its text by Unicode's rules is not.
    @Test func aLowerFormThatIsTheTextIsToldWithoutTheEntry() {
        func token(_ text: String, lower: String) -> Token {
            Token(text: text, range: 0..<text.count, kind: .word, shape: .lower, lower: lower, index: 3)
        }
        var cache = PhraseWordCache()
        var reads = 0
        func number(_ token: Token) -> Int {
            cache.number(of: token) { reads += 1; return PhraseWordCache.Entry(word: PhraseScanner.Word(surface: $0.text, key: $0.lower, isName: false, isCommon: true, isStop: false), isDeterminer: false, lower: $0.lower) }
        }
        let talks = token("talks", lower: "talks"), other = token("talks", lower: "other")
        #expect([number(talks), number(talks), number(other), number(other), number(talks), number(talks)] == [0, 0, 1, 1, 2, 2])
        #expect(cache.traits.map { $0.contains(.lowerIsText) } == [true, false, true])
        // `café` written with a combining accent, its lower form with the composed letter: equal strings, one reading.
        let cafe = token("cafe\u{301}", lower: "caf\u{E9}")
        #expect([number(cafe), number(cafe), number(token("cafe\u{301}", lower: "cafe\u{301}"))] == [3, 3, 3])
        #expect(reads == 4)
    }

    /// A token with a word type number (`Token.wordType`) is found by it; one without by its text, as before: both
    /// ways give the reading of the token's own word.
    @Test func typedTokensAreFoundByTheirNumber() {
        var cache = PhraseWordCache()
        let typed = TestLanguage.sentence("Officials said talks in Gaza stalled, talks said.").tokens
        #expect(typed.filter(\.isWord).allSatisfy { $0.wordType != 0 })
        var reads = 0
        func number(_ token: Token) -> Int {
            cache.number(of: token) { reads += 1; return PhraseWordCache.Entry(word: PhraseScanner.Word(surface: $0.text, key: $0.lower, isName: false, isCommon: true, isStop: false), isDeterminer: false, lower: $0.lower) }
        }
        let numbers = typed.filter(\.isWord).map(number)
        // Officials said talks in Gaza stalled talks said: six words, two repeated.
        #expect(numbers == [0, 1, 2, 3, 4, 5, 2, 1])
        #expect(reads == 6)
        #expect(cache.entries.map(\.word.surface) == ["Officials", "said", "talks", "in", "Gaza", "stalled"])
        // The same words made without a number are read by their text (once more each), then found so.
        let untyped = typed.filter(\.isWord).map {
            Token(text: $0.text, range: $0.range, kind: $0.kind, shape: $0.shape, lower: $0.lower, index: $0.index)
        }
        #expect(untyped.map(number) == [6, 7, 8, 9, 10, 11, 8, 7])
        #expect(cache.entries[6...].map(\.word.surface) == cache.entries[..<6].map(\.word.surface))
    }
}
