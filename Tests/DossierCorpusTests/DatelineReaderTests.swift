import Testing
import TestSupport
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

    /// The dash looked for in a line's head only: never false when the first Characters hold a dash (whatever
    /// the script, combining marks, `\r\n` or emoji around it), and never true when the line holds none.
    @Test func dashInTheHeadIsNeverMissed() {
        let pieces = ["a", "Q", " ", ",", "-", "–", "—", "\u{00A0}", "\u{3000}", "\t", " \u{301}", "\r", "\n", "\r\n", "e\u{301}", "é", "中", "👍🏽", "\u{600}1", "-\u{301}", "\u{2014}\u{301}"]
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        for _ in 0..<4000 {
            // Mostly letters, so a dash often stands far from the start.
            let line = (0..<next(260)).map { _ in next(8) == 0 ? pieces[next(pieces.count)] : "a" }.joined()
            for characters in [1, 3, 40, DatelineReader.searchedPrefix] {
                // The dash as `pattern` reads it: an en or em dash, or a hyphen after white space.
                let headHasDash = line.prefix(characters).contains(/\s-|[—–]/)
                let found = DatelineReader.mayHaveDash(line, inFirst: characters)
                #expect(!headHasDash || found, "missed the dash in the head of \(line.debugDescription)")
            }
        }
    }

    /// The bytes after the head are not read: a dash there is no dateline's.
    @Test func dashAfterTheHeadIsNotLookedFor() {
        // The dash is Character 106; the bytes just before a non-ASCII byte are not counted as read.
        let line = String(repeating: "word ", count: 21) + "— and on"
        #expect(!DatelineReader.mayHaveDash(line, inFirst: 100))
        #expect(DatelineReader.mayHaveDash(line, inFirst: 106))
        // Decomposed letters are a Character of three bytes each: the dash at Character 61 is in the head.
        #expect(DatelineReader.mayHaveDash(String(repeating: "e\u{301}", count: 60) + "—", inFirst: 100))
        #expect(DatelineReader.mayHaveDash(String(repeating: "\r\n", count: 60) + "-", inFirst: 100))
        // A hyphen inside a word ends no dateline; one after a space or a no-break space may.
        #expect(!DatelineReader.mayHaveDash("A long-term plan for the US-Canada border", inFirst: 100))
        #expect(DatelineReader.mayHaveDash("LEEDS - The plan", inFirst: 100))
        #expect(DatelineReader.mayHaveDash("LEEDS\u{00A0}- The plan", inFirst: 100))
        #expect(DatelineReader.mayHaveDash("LEEDS–The plan", inFirst: 100))
    }

    /// Reading eight ASCII bytes at a time gives the answer of reading the head byte by byte (the rule as first
    /// written, below), for every head length, whatever the blocks hold: hyphens, `\r`, other scripts, line ends.
    @Test func blocksGiveTheByteByByteAnswer() {
        func byteByByte(_ line: String, _ characters: Int) -> Bool {
            let bytes = Array(line.utf8)
            var endedCharacters = 0
            var previous: (UInt8, UInt8) = (0x20, 0x20)
            for position in bytes.indices {
                let byte = bytes[position]
                if byte == UInt8(ascii: "-") && (previous.1 <= 0x20 || previous.1 >= 0x80)
                    || (byte == 0x93 || byte == 0x94) && previous == (0xE2, 0x80) { return true }
                previous = (previous.1, byte)
                if byte < 0x80, byte != UInt8(ascii: "\r"), position + 1 < bytes.count, bytes[position + 1] < 0x80 {
                    endedCharacters += 1
                    if endedCharacters >= characters { return false }
                }
            }
            return false
        }
        let pieces = ["a", "Q", " ", "-", "–", "—", "\u{00A0}", "\r", "\n", "\r\n", "é", "中", "a-b", " -"]
        var random = SplitMix64(seed: 19)
        for _ in 0..<3000 {
            let line = (0..<Int(random.next() % 60)).map { _ in
                random.next() % 6 == 0 ? pieces[Int(random.next() % UInt64(pieces.count))] : "abcdefgh"
            }.joined()
            for characters in [1, 7, 8, 9, 16, 17, 40, 100] {
                #expect(DatelineReader.mayHaveDash(line, inFirst: characters) == byteByByte(line, characters),
                        "\(line.debugDescription) in the first \(characters)")
            }
        }
    }
}
