import Testing
@testable import DossierExtraction

/// The phrase counts' table: each key once, in the order first added, its value changed in place.
@Suite struct PhraseTableTests {
    @Test func aKeyAddedAgainChangesItsValueAndKeepsItsPlace() {
        var table = PhraseTable<Int>()
        for (key, count) in [("talk", 1), ("ceasefire", 2), ("talk", 3), ("hostage", 4), ("ceasefire", 5)] {
            table.update(key, orAdd: 100) { $0 += count }
        }
        #expect(table.keys == ["talk", "ceasefire", "hostage"])
        #expect(table.values == [104, 107, 104])
        #expect(table["ceasefire"] == 107)
        #expect(table["truce"] == nil)
        let doubled = table.mappingValues { $0 * 2 }
        #expect(doubled.keys == table.keys)
        #expect(doubled["hostage"] == 208)
    }

    /// A phrase written one way keeps that way without a dictionary; written several ways, each is counted.
    @Test func surfacesAreCountedEachWay() {
        var counts = PhraseStatistics.SurfaceCounts()
        #expect(counts.all.isEmpty)
        counts.add("Ceasefire", count: 1)
        counts.add("ceasefire", count: 2)
        counts.add("Ceasefire", count: 1)
        var other = PhraseStatistics.SurfaceCounts()
        other.add("ceasefire", count: 5)
        other.add("cease-fire", count: 1)
        counts.add(other)
        #expect(counts.all == ["Ceasefire": 2, "ceasefire": 7, "cease-fire": 1])
    }
}
