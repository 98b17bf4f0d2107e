/// A set of word numbers (small non-negative integers, places in a `StringPlaces`) or synset offsets, hashed by one
/// multiplication instead of by `Hasher`, which seeds and finalises a SipHash for every integer: the figure grouper
/// asks a group's sets about every word of every mention it compares. Open addressing with linear probing, at most
/// half full. Nothing may depend on the order of its elements (it is not the order they were inserted in).
///
/// An empty set has no slots until a number is inserted: most sets of the grouper's mentions and groups (their
/// adjectives, names, nouns) stay empty, and each allocated its table.
struct NumberSet: Sequence, Sendable {
    /// `empty` or a member; a power of two long, or no slots at all while the set is empty.
    private var slots: [Int] = []
    private(set) var count = 0
    private static let empty = -1
    private static let firstSize = 8

    init() {}

    init(_ numbers: some Sequence<Int>) {
        self.init()
        for number in numbers { insert(number) }
    }

    var isEmpty: Bool { count == 0 }

    /// The slot where `number` is, or the empty slot where it would go (the set has slots).
    private func slot(of number: Int) -> Int {
        let mask = slots.count - 1
        // Fibonacci hashing: the high bits of the product, which depend on every bit of the number.
        var slot = Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(number)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        while slots[slot] != Self.empty && slots[slot] != number { slot = (slot + 1) & mask }
        return slot
    }

    func contains(_ number: Int) -> Bool {
        count > 0 && slots[slot(of: number)] == number
    }

    /// Adds `number` (at least 0); whether it was not there yet.
    @discardableResult
    mutating func insert(_ number: Int) -> Bool {
        precondition(number >= 0, "a word number is never negative")
        if slots.isEmpty { slots = Array(repeating: Self.empty, count: Self.firstSize) }
        var place = slot(of: number)
        if slots[place] == number { return false }
        if 2 * (count + 1) > slots.count {
            grow()
            place = slot(of: number)
        }
        slots[place] = number
        count += 1
        return true
    }

    mutating func formUnion(_ other: NumberSet) {
        for number in other { insert(number) }
    }

    /// No number is in both.
    func isDisjoint(with other: NumberSet) -> Bool {
        // The smaller set's slots walked, each member looked for in the larger: no pair of the two sets made (a copy
        // retaining and releasing both tables at every comparison of a mention with a group).
        if count > other.count { return other.isDisjoint(with: self) }
        guard count > 0 else { return true }
        for number in slots where number != Self.empty && other.contains(number) { return false }
        return true
    }

    /// No number of `numbers` is in the set.
    func isDisjoint(with numbers: some Sequence<Int>) -> Bool {
        !numbers.contains(where: contains)
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Self.empty, count: old.count * 2)
        for number in old where number != Self.empty { slots[slot(of: number)] = number }
    }

    func makeIterator() -> some IteratorProtocol<Int> {
        slots.lazy.filter { $0 != Self.empty }.makeIterator()
    }
}
