import Testing
@testable import DossierCore

@Suite struct SourceListTests {
    @Test func idsComeSortedEachOnce() {
        #expect(SourceList.of([]) == [])
        #expect(SourceList.of(["b"]) == ["b"])
        #expect(SourceList.of(["b", "a", "b", "c", "a", "a"]) == ["a", "b", "c"])
        #expect(SourceList.of(["x", "x", "x"]) == ["x"])
        #expect(SourceList.of(["010-b", "002-a", "010-b", "002-a-2"]) == ["002-a", "002-a-2", "010-b"])
    }

    /// What the sets gave, on lists with many repeats and on lists with none.
    @Test func theSameAsASortedSet() {
        for size in [2, 3, 10, 100] {
            for spread in [1, 3, 50] {
                // Spread out of order by a multiplier prime to every spread.
                let ids = (0..<size).map { "s\(($0 * 7_919) % spread)" }
                #expect(SourceList.of(ids) == Array(Set(ids)).sorted(), "\(ids)")
            }
        }
    }
}
