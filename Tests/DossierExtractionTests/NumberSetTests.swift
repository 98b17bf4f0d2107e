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
