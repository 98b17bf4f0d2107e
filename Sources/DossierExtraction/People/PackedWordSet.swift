/// A few short words, each packed into a number (`NameOccurrence.packedASCII`: bytes and length, never 0), found by a
/// multiplicative hash and linear probing in a table at most half full: the particles and generational suffixes asked
/// of short name words. A `Set<UInt64>` hashed each word asked by SipHash, several times the instructions.
struct PackedWordSet: Sendable {
    /// A power of two of slots: a packed word, or 0 for an empty slot.
    private let slots: [UInt64]
    /// 64 less the bits of a slot's number: the hash's top bits pick the slot.
    private let shift: UInt64

    /// Nil when a word packs to 0 (the empty word), which marks an empty slot.
    init?(_ words: some Sequence<UInt64>) {
        let distinct = Set(words)
        guard !distinct.contains(0) else { return nil }
        var bits: UInt64 = 1
        while 1 << bits < 2 * distinct.count { bits += 1 }
        var slots = [UInt64](repeating: 0, count: 1 << bits)
        shift = 64 - bits
        for word in distinct.sorted() {
            var slot = Self.slot(of: word, shift: shift)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = word
        }
        self.slots = slots
    }

    @inline(__always)
    private static func slot(of word: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (word &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    @inline(__always)
    func contains(_ word: UInt64) -> Bool {
        var slot = Self.slot(of: word, shift: shift)
        while true {
            let stored = slots[slot]
            if stored == word { return stored != 0 }
            if stored == 0 { return false }
            slot = (slot + 1) & (slots.count - 1)
        }
    }
}
