/// A key of `Places`: a hash equal for keys that are `==`, spread over all 64 bits (the low ones pick the slot, the
/// high ones are kept beside the place to tell most other keys without comparing them).
protocol PlaceKey: Equatable, Sendable {
    var placeHash: UInt64 { get }
}

/// The places (0, 1, 2, …) of distinct keys, in the order they were first added: the key index of a table that keeps
/// its values in an array by place (`PhraseTable`, `PhraseWordCache`, a run's phrase tallies, `NameEvidence`'s forms),
/// or a set of words each hashed in once (`ArticleScan`, the figure grouper's word numbers).
///
/// An open-addressing table of 64-bit slots, each the upper 32 bits of a key's hash beside the key's place plus one
/// (0 for an empty slot), a power of two long and at most half full. A look-up reads one slot and, when the bits agree,
/// the one key it compares; each key's hash is kept, so growing the table hashes no key again (a `Dictionary` hashes
/// every key again at each growth, which was a fifth of counting the corpus's phrases).
struct Places<Key: PlaceKey>: Sendable {
    private var slots: [UInt64] = []
    /// Each key's hash, by place: what growing the table reads.
    private var hashes: [UInt64] = []
    /// The keys, by place.
    private(set) var keys: [Key] = []

    private static var tagMask: UInt64 { 0xFFFF_FFFF_0000_0000 }

    var count: Int { keys.count }

    /// The place of `key`, or nil when it was never added.
    func place(of key: Key) -> Int? {
        guard !slots.isEmpty else { return nil }
        return find(key, hash: key.placeHash).place
    }

    /// The place of `key`, which is added at the next place when it is new (`isNew`).
    mutating func place(adding key: Key) -> (place: Int, isNew: Bool) {
        if slots.isEmpty { slots = Array(repeating: 0, count: 16) }
        let hash = key.placeHash
        let (found, slot) = find(key, hash: hash)
        if let found { return (found, false) }
        let place = keys.count
        keys.append(key)
        hashes.append(hash)
        slots[slot] = hash & Self.tagMask | UInt64(place + 1)
        if keys.count * 2 > slots.count { grow() }
        return (place, true)
    }

    /// The key's place if it is there, and the slot where the search for it ended (the empty one, when it is not).
    private func find(_ key: Key, hash: UInt64) -> (place: Int?, slot: Int) {
        let mask = slots.count - 1
        let tag = hash & Self.tagMask
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let entry = slots[slot]
            if entry & Self.tagMask == tag {
                let place = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                if keys[place] == key { return (place, slot) }
            }
            slot = (slot + 1) & mask
        }
        return (nil, slot)
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = hash & Self.tagMask | UInt64(index + 1)
        }
    }
}
