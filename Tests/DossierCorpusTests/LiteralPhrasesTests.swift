import DossierCore
import DossierLanguage
import Testing
import TestSupport
@testable import DossierCorpus

@Suite struct LiteralPhrasesTests {
    static let lists: [[String]] = [
        BoilerplateFilter.policyWords, BoilerplateFilter.appealWords, BoilerplateFilter.siteNotices,
        OutletReader.creditVerbs, ["abc", "abd", "xbe"], ["abc", "zz"],
        ["ab", "abc", "b"], ["", "xy"], ["é", "caf\u{E9}s"], ["aa"], [],
    ]

    static let texts: [String] = [
        "", "a", "b", "ab", "aab", "xaa", "abab", "xy", "yx", "é", "cafés", "cafe\u{301}s", "café",
        "support us", "support u", "please support our journalism today", "we use cookie", "we use cookies.",
        "read our privacy policy", "terms of servic", "The post office", "a moderator will approve it",
        "Donate now", "donate now", "newsletter", "x newsletter", "inappropriat", "“subscribe” £5",
        "The minister declined to comment on the report.", "ab", "abe", "xbc", "abd", "xab", "zzab", "xbeab",
        "it was reported and re-run", "first ran in", "republishe", "the rep", "reproduced", "syndicate", "sign up for our newsletter to get the news first",
    ]

    /// Each list finds a phrase in a text exactly when `containsLiteral` finds one of its phrases there.
    @Test(arguments: 0..<lists.count)
    func sameAnswerAsAskingEachPhrase(_ list: Int) {
        let phrases = Self.lists[list], search = LiteralPhrases(phrases)
        for text in Self.texts + Self.texts.map({ "long line before " + $0 + " and after" }) {
            #expect(search.occur(in: text) == phrases.contains(where: text.containsLiteral), "\(phrases) in \(text)")
        }
    }

    /// Every phrase is found alone, at the start, in the middle and at the end of a line, and not when cut short.
    @Test func everyListedPhraseFoundWhereverItStands() {
        for phrases in [BoilerplateFilter.policyWords, BoilerplateFilter.appealWords, BoilerplateFilter.siteNotices] {
            let search = LiteralPhrases(phrases)
            for phrase in phrases {
                for text in [phrase, phrase + " then", "then " + phrase, "zz" + phrase + "zz"] {
                    #expect(search.occur(in: text), "\(phrase) in \(text)")
                }
                #expect(!LiteralPhrases([phrase]).occur(in: String(phrase.dropLast())), "\(phrase) cut short")
            }
        }
    }

    /// Random lines made of the phrases' pieces, letters and spaces (where a window skips, a phrase may stand just
    /// past it, across it or at the line's end) give `containsLiteral`'s answer.
    @Test(arguments: 0..<lists.count)
    func sameAnswerOnRandomLines(_ list: Int) {
        let phrases = Self.lists[list], search = LiteralPhrases(phrases)
        let pieces = phrases.flatMap { phrase in
            (0...phrase.count).flatMap { cut in [String(phrase.prefix(cut)), String(phrase.dropFirst(cut))] }
        } + ["a", "e", "n", " ", "  ", "re", "é", "ub", "ran", "ed ", "post", "x"]
        var generator = SplitMix64(seed: UInt64(list) &+ 24)
        for _ in 0..<2_000 {
            let text = (0..<generator.next(below: 12)).map { _ in pieces[generator.next(below: pieces.count)] }.joined()
            #expect(search.occur(in: text) == phrases.contains(where: text.containsLiteral), "\(phrases) in \(text)")
        }
    }
}
