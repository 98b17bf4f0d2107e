import DossierCore
import Testing

@Suite struct UniquedTests {
    /// Each element at its first place only, the order kept; from any sequence.
    @Test func keepsEachElementAtItsFirstPlace() {
        #expect(["b", "a", "b", "c", "a"].uniqued() == ["b", "a", "c"])
        #expect([[1, 2], [2, 3]].joined().uniqued() == [1, 2, 3])
        #expect([String]().uniqued().isEmpty)
    }

    @Test func sortedOnceKeepsEachElementOnceInOrder() {
        #expect([String]().sortedOnce() == [])
        #expect(["b"].sortedOnce() == ["b"])
        #expect(["b", "a", "b", "c", "a", "a"].sortedOnce() == ["a", "b", "c"])
        #expect(["x", "x", "x"].sortedOnce() == ["x"])
        #expect(["010-b", "002-a", "010-b", "002-a-2"].sortedOnce() == ["002-a", "002-a-2", "010-b"])
        #expect(["kill", "hostage", "kill", "attack", "hostage", "die"].sortedOnce() == ["attack", "die", "hostage", "kill"])
    }

    /// What a sorted set gave, on lists with many repeats and on lists with none.
    @Test func sortedOnceIsASortedSet() {
        for size in [2, 3, 10, 100] {
            for spread in [1, 3, 50] {
                // Spread out of order by a multiplier prime to every spread.
                let ids = (0..<size).map { "s\(($0 * 7_919) % spread)" }
                #expect(ids.sortedOnce() == Array(Set(ids)).sorted(), "\(ids)")
            }
        }
    }

    /// Of two spellings of one string (composed and decomposed `é`, equal to `==`), the first in the array is kept.
    @Test func sortedOnceKeepsTheFirstSpelling() {
        let composed = "caf\u{E9}", decomposed = "cafe\u{301}"
        #expect(Array([decomposed, "d", composed].sortedOnce().first!.utf8) == Array(decomposed.utf8))
        #expect(Array([composed, "d", decomposed].sortedOnce().first!.utf8) == Array(composed.utf8))
        #expect(["d", composed, decomposed].sortedOnce().count == 2)
    }

    /// In place, what a sorted set gives: on short lists and past the insertion sort's reach (more than twenty
    /// elements), with repeats spread through.
    @Test func sortOnceSortsInPlaceKeepingEachOnce() {
        for list in [[], ["b"], ["b", "a", "b", "c", "a", "a"], (0..<60).map { "w\(($0 * 37) % 23)" }] {
            var sorted = list
            sorted.sortOnce()
            #expect(sorted == Array(Set(list)).sorted(), "\(list)")
        }
    }
}
