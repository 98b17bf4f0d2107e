import Testing
import DossierCore
@testable import DossierExtraction

/// Sightings of one day are grouped into events by the words they share; a sighting is measured only against the
/// events it shares words with, so a day with thousands of sightings (an unplaced `Monday` of a book-length
/// article) costs in proportion to them.
@Suite struct EventMergerTests {
    static func sighting(_ sentence: Int, _ words: [String]) -> DateSighting {
        DateSighting(date: "2025-03-03", dateText: "Monday", note: nil, text: words.joined(separator: " "), contentWords: Set(words),
                     reference: SentenceReference(source: "a", sentence: "s\(sentence)"))
    }

    /// `count` sentences of one day, all with the word `summit`, each pair telling one event of its own (they share two
    /// more words).
    static func day(_ count: Int) -> [DateSighting] {
        (0..<count).map { sighting($0, ["summit", "alpha\($0 / 2)", "beta\($0 / 2)", "gamma\($0)"]) }
    }

    @Test func eachSightingJoinsTheFirstEventItTells() {
        let sightings = [
            Self.sighting(1, ["summit", "leaders", "geneva"]),
            Self.sighting(2, ["storm", "coast", "flooding"]),
            Self.sighting(3, ["summit", "leaders", "talks"]),
            Self.sighting(4, ["coast", "flooding", "summit"]),
        ]
        var comparisons = 0
        let events = EventMerger().clusters(of: sightings, comparisons: &comparisons)
        #expect(events.map { $0.map(\.reference.sentence) } == [["s1", "s3"], ["s2", "s4"]])
    }

    @Test func comparisonsGrowLinearlyWithTheSightingsOfADay() {
        var small = 0, large = 0
        let smallEvents = EventMerger().clusters(of: Self.day(300), comparisons: &small)
        let largeEvents = EventMerger().clusters(of: Self.day(1200), comparisons: &large)
        #expect(smallEvents.count == 150)
        #expect(largeEvents.count == 600)
        #expect(small > 0)
        // Measuring each sighting against every event of the day until one matched made about 1200² / 4, 16 times 300's.
        #expect(large <= 4 * small + 100, "\(small) then \(large)")
    }
}
