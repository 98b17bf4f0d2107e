import Testing
import DossierCore
@testable import DossierExtraction

/// A run of sentences is read into the same arrays sentence after sentence (`PhraseScanner.clauses(of:words:into:clauses:)`,
/// `numberedCandidates(_:clauses:into:)`), a phrase's strings are made at their length at once and its surface
/// shares the spaced keys when it is written as them (`occurrence`), and the topics' sentences are found with one
/// array of groups hit and one key string kept from run to run (`TopicSentences`): none of it may change what is read.
@Suite struct PhraseScannerRefillTests {
    static let scanner = PhraseScanner(lexicon: TestLanguage.lexicon)

    static func described(_ occurrences: [PhraseScanner.Occurrence]) -> [String] {
        PhraseWordCacheTests.described(occurrences)
    }

    @Test func arraysThatHeldALongerSentenceHoldTheNextSentencesOwn() {
        let first = TestLanguage.sentence("Officials said the long drought, the water shortage and the failed harvest hurt farmers in Kenya.")
        let second = TestLanguage.sentence("Rain fell, at last.")
        var cache = PhraseWordCache()
        var words: [PhraseScanner.ClauseWord] = [], clauses: [Range<Int>] = [], found: [PhraseScanner.Candidate] = []
        Self.scanner.clauses(of: first, words: &cache, into: &words, clauses: &clauses)
        Self.scanner.numberedCandidates(words, clauses: clauses, into: &found)
        #expect(found.count > 5)
        Self.scanner.clauses(of: second, words: &cache, into: &words, clauses: &clauses)
        Self.scanner.numberedCandidates(words, clauses: clauses, into: &found)
        #expect(words.count == 4 && clauses == [0..<2, 2..<4])
        var fresh = PhraseWordCache()
        #expect(Self.described(found.map { Self.scanner.occurrence($0, words: cache) })
                == Self.described(Self.scanner.candidates(in: second, words: &fresh)))
        #expect(found.map { Self.scanner.occurrence($0, words: cache).key } == ["rain", "rainfell", "fell"])
    }

    @Test func aPhraseIsWrittenAsInItsSentence() {
        let sentence = TestLanguage.sentence("Officials held direct talks at the White House on humanitarian aid convoys and the humanitarian aid convoy.")
        let found = Self.scanner.candidates(in: sentence)
        func occurrence(_ surface: String) -> PhraseScanner.Occurrence? { found.first { $0.surface == surface } }
        // Written as its keys: the surface is the spaced keys (a short one, and one longer than a string holds inline).
        #expect(occurrence("humanitarian aid convoy").map { [$0.key, $0.words] } == ["humanitarianaidconvoy", "humanitarian aid convoy"])
        #expect(occurrence("direct talks").map { [$0.key, $0.words] } == ["directtalk", "direct talk"])
        // Written otherwise: a plural, a name.
        #expect(occurrence("humanitarian aid convoys").map { [$0.key, $0.words] } == ["humanitarianaidconvoy", "humanitarian aid convoy"])
        #expect(occurrence("White House").map { [$0.key, $0.words] } == ["whitehouse", "white house"])
        #expect(occurrence("White House")?.isName == true)
    }

    @Test func eachGroupHoldsASentenceOnceWhicheverOfItsKeysItHolds() {
        let groups = [TopicGroup(keys: ["watershortage", "drought"], score: 3), TopicGroup(keys: ["kenya"], score: 2),
                      TopicGroup(keys: ["humanitarianaidconvoy"], score: 1)]
        let articles = [CountedWordsTests.article("a", [
            "Drought and a water shortage hit Kenya, and the drought went on.",
            "The humanitarian aid workers met the humanitarian aid convoy.",
            "Kenya waited.",
        ])]
        let found = TopicSentences(articles: articles, groups: groups, scanner: Self.scanner)
        #expect(found.sentences.map { $0.map(\.sentence) } == [["s1"], ["s1", "s3"], ["s2"]])
    }

    @Test func aSentenceRecordsAtMostTwoNumbersMoreThanItsTokens() {
        for text in ["Rain fell", "Rain fell.", "A, b; c: d.", ", , ,", "It rained on 3 May in Kenya's north."] {
            let sentence = TestLanguage.sentence(text)
            var cache = PhraseWordCache()
            var words: [PhraseScanner.ClauseWord] = [], clauses: [Range<Int>] = []
            Self.scanner.clauses(of: sentence, words: &cache, into: &words, clauses: &clauses)
            var run = CountedWords.Run(start: 0, cache: 0)
            run.record(words, clauses: clauses)
            #expect(run.numbers.count <= sentence.tokens.count + 2, "\(text)")
            // Words alone: each word, the clause's end and the sentence's.
            if text == "Rain fell" { #expect(run.numbers.count == sentence.tokens.count + 2) }
        }
    }
}
