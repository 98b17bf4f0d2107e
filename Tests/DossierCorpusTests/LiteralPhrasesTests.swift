import DossierCore
import DossierLanguage
import Testing
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
}
