import Testing
import DossierCore
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

    @Test func aWordOpeningASentenceIsReadApart() {
        let scanner = PhraseScanner(lexicon: TestLanguage.lexicon)
        var cache = PhraseWordCache()
        _ = scanner.candidates(in: TestLanguage.sentence("Officials met in Gaza."), words: &cache)
        let opening = scanner.candidates(in: TestLanguage.sentence("Gaza waited."), words: &cache)
        // Inside a sentence `Gaza` is written as a name; opening one, its capital says nothing.
        #expect(opening.first { $0.key == "gaza" }?.isName == false)
    }
}
