import Testing
@testable import DossierExtraction

/// `NumberSet` answers as `Set<Int>` does, through its growth and for numbers that fall in the same slots.
@Suite struct NumberSetTests {
    @Test func answersAsASetOfIntegersDoes() {
        var numbers = NumberSet()
        var reference = Set<Int>()
        // A fixed pseudo-random walk: repeats, small and large numbers, enough to grow the table several times.
        var state: UInt64 = 12345
        for _ in 0..<3_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let number = Int(state >> 33) % (state % 3 == 0 ? 50 : 100_000)
            #expect(numbers.insert(number) == reference.insert(number).inserted)
        }
        #expect(numbers.count == reference.count)
        #expect(Set(numbers) == reference)
        for probe in [0, 1, 49, 50, 99_999, 100_000, 123_456_789] {
            #expect(numbers.contains(probe) == reference.contains(probe), "\(probe)")
        }
    }

    /// An empty set (which has no table until a number is inserted) answers as an empty set does, and takes numbers.
    @Test func anEmptySetAnswersAndGrows() {
        var empty = NumberSet()
        let some = NumberSet([0, 7])
        #expect(!empty.contains(0) && !empty.contains(7) && empty.isEmpty && empty.count == 0 && Array(empty).isEmpty)
        #expect(empty.isDisjoint(with: some) && some.isDisjoint(with: empty) && empty.isDisjoint(with: [0, 7]))
        #expect(NumberSet([Int]()).isEmpty && !NumberSet([Int]()).contains(0))
        empty.formUnion(NumberSet())
        #expect(empty.isEmpty)
        empty.formUnion(some)
        #expect(Set(empty) == [0, 7] && empty.contains(0) && !empty.contains(1))
        #expect(empty.insert(1) && !empty.insert(7) && empty.count == 3)
    }

    @Test func unionAndDisjointness() {
        var a = NumberSet([1, 2, 3])
        let b = NumberSet([3, 4])
        let c = NumberSet([5, 6, 7, 8, 9, 10])
        #expect(!a.isDisjoint(with: b) && !b.isDisjoint(with: a))
        #expect(a.isDisjoint(with: c) && c.isDisjoint(with: a))
        #expect(a.isDisjoint(with: [4, 5]) && !a.isDisjoint(with: [9, 2]))
        #expect(NumberSet().isDisjoint(with: a) && NumberSet().isEmpty)
        a.formUnion(c)
        #expect(Set(a) == [1, 2, 3, 5, 6, 7, 8, 9, 10] && a.count == 9)
        #expect(!a.isDisjoint(with: c))
    }
}
