import DossierCore
import Testing

/// The binary search the readers find a position's place with, against a linear scan.
@Suite struct SortedSearchTests {
    @Test func firstIndexAboveIsTheFirstLargerKey() {
        let keys = [0, 2, 2, 5, 9]
        for value in -1...10 {
            #expect(keys.firstIndex(above: value) { $0 } == (keys.firstIndex { $0 > value } ?? keys.count), "\(value)")
        }
        #expect([Int]().firstIndex(above: 3) { $0 } == 0)
        #expect([(1, "a"), (4, "b")].firstIndex(above: 1) { $0.0 } == 1)
        #expect(keys[1...].firstIndex(above: 2) { $0 } == 3)
    }
}
