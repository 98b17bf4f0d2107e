import Testing
import DossierCore
@testable import DossierExtraction

/// Where `DateMentionFinder` asks for a mention: `DateMentionReach` of each token, and mentions that start before
/// the word they turn on or at a hyphenated word, found through it.
@Suite struct DateMentionReachTests {
    func reaches(_ text: String) -> [String] {
        let tokens = TestLanguage.sentence(text).tokens
        let reach = DateMentionReach()
        return tokens.indices.map { "\(tokens[$0].text) \(reach.reach(at: $0, in: tokens))" }
    }

    @Test func eachTokensReach() {
        #expect(reaches("Talks resumed the next day, 5 days after Monday's vote in mid-March, a well-known rite.") == [
            "Talks -1", "resumed -1", "the -1", "next -1", "day 2", ", -1", "5 0", "days 2", "after -1", "Monday's 2",
            "vote -1", "in -1", "mid-March 0", ", -1", "a -1", "well-known -1", "rite -1", ". -1",
        ])
        #expect(reaches("Yesterday MARCH Mid-May: last month.") == [
            "Yesterday 2", "MARCH 2", "Mid-May 0", ": -1", "last -1", "month 2", ". -1",
        ])
        #expect(reaches("MID-March and Monday’s vote.") == [
            "MID-March 0", "and -1", "Monday’s 2", "vote -1", ". -1",
        ])
    }

    @Test func pastTheEndNoTokenReaches() {
        let tokens = TestLanguage.sentence("On March 5.").tokens
        #expect(DateMentionReach().reach(at: tokens.count, in: tokens) == DateMentionReach.none)
    }

    @Test(arguments: [
        ("They met again the next day.", ["the next day"]),
        ("Prices rose last month, and again the following day.", ["last month", "the following day"]),
        ("The group had met a day earlier.", ["a day earlier"]),
        ("Prices peaked in Mid-March and fell by mid-April.", ["Mid-March", "mid-April"]),
        ("Shares fell on Monday's open, on 5 May and on 2025-03-05.", ["on Monday", "5 May", "2025-03-05"]),
    ])
    func mentionsStartingAtOrBeforeTheirCueAreFound(sentence: String, expected: [String]) {
        #expect(DateMentionFinder().mentions(in: TestLanguage.sentence(sentence)).map(\.text) == expected)
    }
}
