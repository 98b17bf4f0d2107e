import Testing
@testable import DossierLanguage

@Suite struct HashSlotsTests {
    /// Entries are numbered in the order added and found again after the slots grew, including entries whose hashes
    /// agree in every bit (told apart by the owner's check alone); a missing entry is not found.
    @Test func entriesAreFoundByHashAndCheckThroughGrowth() {
        var index = HashSlots(firstSize: 2)
        var keys: [String] = []
        func hash(_ key: String) -> UInt64 { key.hasPrefix("same") ? 0xABCD_0000_0000_0003 : UInt64(key.count) &* 0x9E37_79B9_7F4A_7C15 }
        #expect(index.find(hash: hash("a")) { keys[$0] == "a" }.entry == nil)
        let added = ["a", "bb", "same1", "same2", "ccc", "same3"] + (0..<100).map { String(repeating: "x", count: $0 + 4) }
        for key in added {
            let (found, slot) = index.find(hash: hash(key)) { keys[$0] == key }
            #expect(found == nil)
            keys.append(key)
            #expect(index.add(hash: hash(key), at: slot) == keys.count - 1)
        }
        #expect(index.count == added.count)
        for (number, key) in added.enumerated() {
            #expect(index.find(hash: hash(key)) { keys[$0] == key }.entry == number, "\(key)")
        }
        #expect(index.find(hash: hash("same4")) { keys[$0] == "same4" }.entry == nil)
    }
}

extension HashSlotsTests {
    /// The hashes get room for every entry the slots take as the slots are made or grow, so they are not moved again
    /// between two growths: their room changes only when the slots do, and always holds the entries.
    @Test func hashesGrowOnlyWithTheSlots() {
        for firstSize in [2, 16, 1024] {
            var index = HashSlots(firstSize: firstSize)
            var capacity = index.hashes.capacity
            var slots = index.slots.count
            var movedAlone = 0
            for number in 0..<5_000 {
                let hash = UInt64(number) &* 0x9E37_79B9_7F4A_7C15
                let (_, slot) = index.find(hash: hash) { _ in false }
                index.add(hash: hash, at: slot)
                if index.hashes.capacity != capacity && index.slots.count == slots { movedAlone += 1 }
                #expect(index.hashes.capacity >= HashSlots.entriesAtGrowth(of: index.slots.count))
                capacity = index.hashes.capacity
                slots = index.slots.count
            }
            #expect(movedAlone == 0, "first size \(firstSize)")
        }
    }
}
