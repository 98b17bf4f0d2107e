import Testing
import DossierCore
@testable import DossierExtraction

/// Phrase families (`PhraseFamilies`): the phrases that open with or end in a head word, gathered from the phrase
/// counts on all cores.
@Suite struct PhraseFamiliesTests {
    /// A phrase's first word, and the rest without spaces: by bytes for ASCII, by characters otherwise.
    @Test func aPhraseIsCutAfterItsFirstWord() {
        #expect(PhraseFamilies.firstAndRest(of: "direct talk")! == ("direct", "talk"))
        #expect(PhraseFamilies.firstAndRest(of: "home office staff")! == ("home", "officestaff"))
        #expect(PhraseFamilies.firstAndRest(of: "ceasefire") == nil)
        #expect(PhraseFamilies.firstAndRest(of: "café noir de paris")! == ("café", "noirdeparis"))
        // A space a combining mark follows is one character with it, not a space: the cut is at the next one.
        #expect(PhraseFamilies.firstAndRest(of: "a \u{301}b c d")! == ("a \u{301}b", "cd"))
    }

    /// The families equal those read one phrase after another from the counts (the definition), whatever order the
    /// tables are read in.
    @Test func theFamiliesAreThoseOfEveryPhraseCounted() {
        let scanner = PhraseScanner(lexicon: TestLanguage.lexicon)
        let texts = [PhraseWordCachePoolTests.first, PhraseWordCachePoolTests.second,
                     PhraseWordCachePoolTests.first + PhraseWordCachePoolTests.second]
        let articles = texts.enumerated().map { TimelineExtractorTests.article("a\($0.offset)", published: nil, $0.element) }
        let statistics = PhraseStatistics(articles: articles, sentences: articles.map(\.sentences), scanner: scanner)
        let heads = Set(statistics.entries.filter { $0.1.wordCount == 1 }.map(\.0))
        var members: [String: [PhraseFamilies.Member]] = [:]
        var opened: [String: Int] = [:]
        for (key, entry) in statistics.entries where entry.wordCount > 1 && entry.documents >= 2 {
            let words = entry.words.split(separator: " ").map(String.init)
            if entry.wordCount == 2, heads.contains(words[0]) { opened[words[0], default: 0] += entry.occurrences }
            let rest = words.dropFirst().joined()
            if heads.contains(rest), entry.commonOccurrences > entry.nameOccurrences {
                members[rest, default: []].append(PhraseFamilies.Member(key: key, occurrences: entry.occurrences))
            }
        }
        for head in members.keys { members[head]!.sort { ($0.occurrences, $1.key) > ($1.occurrences, $0.key) } }
        let families = PhraseFamilies(statistics, heads: heads)
        #expect(!opened.isEmpty && !members.isEmpty)
        #expect(families.opened == opened)
        #expect(families.members == members)
        // Heads asked of no phrase have no family.
        #expect(PhraseFamilies(statistics, heads: []).members.isEmpty)
    }
}
