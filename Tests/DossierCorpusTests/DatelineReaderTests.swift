import Testing
@testable import DossierCorpus

@Suite struct DatelineReaderTests {
    @Test func wireDatelineWithADay() {
        let found = DatelineReader().dateline(in: "LEEDS, March 3 (Reuters) - The council approved the bridge on Tuesday.")
        #expect(found == DatelineReader.Dateline(place: "LEEDS", month: 3, day: 3, year: nil, wire: "Reuters", length: 27))
    }

    @Test func placeInOrdinaryCaseBeforeACredit() {
        let found = DatelineReader().dateline(in: "Leeds (AFP) – The council approved the bridge.")
        #expect(found?.place == "Leeds")
        #expect(found?.wire == "AFP")
    }

    @Test func placeWithARegionAndNoCredit() {
        let found = DatelineReader().dateline(in: "NEW ORLEANS, La. — The levee held overnight, engineers said.")
        #expect(found?.place == "NEW ORLEANS, La.")
        #expect(found?.wire == nil)
        #expect(found?.month == nil)
    }

    @Test func creditAlone() {
        #expect(DatelineReader().dateline(in: "(AP) — The levee held overnight.")?.wire == "AP")
    }

    @Test func datelineWithAFullDate() {
        let found = DatelineReader().dateline(in: "YORK, June 14, 2021 — The minster reopened.")
        #expect(found?.month == 6)
        #expect(found?.day == 14)
        #expect(found?.year == 2021)
    }

    @Test func placeOfDottedCapitals() {
        let found = DatelineReader().dateline(in: "U.S. — Officials met on Monday.")
        #expect(found == DatelineReader.Dateline(place: "U.S.", wire: nil, length: 7))
    }

    /// The check made before the regex: a dateline without a credit opens with two capitals.
    @Test(arguments: [("WASHINGTON —", true), ("U.S. —", true), ("A B —", true), ("O’NEILL", true),
                      ("McALLEN —", false), ("The council", false), ("W", false), ("", false), ("1 TWO", false)])
    func opensWithCapitals(_ line: String, _ expected: Bool) {
        #expect(DatelineReader.opensWithCapitals(line) == expected)
    }

    @Test(arguments: [
        "McALLEN, Texas — The bridge reopened.",           // a place in mixed case needs a credit
        "Council Approves Bridge - Leeds Today",          // a headline with a site after the dash
        "The council met (briefly) - and agreed to pay.",  // a lowercase aside is no credit
        "Mayor, March 3 - a look back",                    // a place in ordinary case needs a credit
        "The levee held overnight, engineers said.",       // no dash
        "US-Canada Trade Talks: What happens next",        // a hyphen inside a word
    ])
    func notADateline(_ line: String) {
        #expect(DatelineReader().dateline(in: line) == nil)
    }
}
