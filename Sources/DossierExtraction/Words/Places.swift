import DossierLanguage

/// A key of `Places`: a hash equal for keys that are `==`, spread over all 64 bits (the low ones pick the slot, the
/// high ones are kept beside the place to tell most other keys without comparing them).
protocol PlaceKey: Equatable, Sendable {
    var placeHash: UInt64 { get }
}

/// The places (0, 1, 2, …) of distinct keys, in the order they were first added: the key index of a table that keeps
/// its values in an array by place (`PhraseTable`, `PhraseWordCache`, `CachedPhrases`, `NameEvidence`'s forms),
/// a count by place (`CountedPlaces`), or a set of words each hashed in once (`ArticleScan`, the figure grouper's word
/// numbers, `EventMerger`'s numbering of a day's words).
///
/// The keys are found through the language layer's `HashSlots`: a look-up reads one slot and, when the hash bits kept
/// there agree, the one key it compares; each key's hash is kept, so growing the table hashes no key again (a
/// `Dictionary` hashes every key again at each growth, which was a fifth of counting the corpus's phrases).
struct Places<Key: PlaceKey>: Sendable {
    /// Where each key is, by its hash.
    private var index = HashSlots(firstSize: 16)
    /// The keys, by place.
    private(set) var keys: [Key] = []
    /// The keys' `placeHash`es, by place, for another table to add the keys without hashing them again (kept by the
    /// index).
    var hashes: [UInt64] { index.entryHashes }

    var count: Int { keys.count }

    /// Room for `count` keys, made at once. An empty table also makes its index that large from the start (slots at
    /// most half full), so that it never grows: each growth placed every key again.
    mutating func reserveCapacity(_ count: Int) {
        keys.reserveCapacity(count)
        guard keys.isEmpty, count > 8 else { return }
        var slots = 16
        while slots < 2 * count { slots *= 2 }
        index = HashSlots(firstSize: slots)
    }

    /// The place of `key`, or nil when it was never added. `hash`: the key's `placeHash`, when the caller has it.
    func place(of key: Key, hash: UInt64? = nil) -> Int? {
        index.find(hash: hash ?? key.placeHash) { keys[$0] == key }.entry
    }

    /// The place of `key`, which is added at the next place when it is new (`isNew`).
    mutating func place(adding key: Key) -> (place: Int, isNew: Bool) {
        place(adding: key, hash: key.placeHash)
    }

    /// `place(adding:)` of a key whose `placeHash` the caller has (kept from another table): it is not hashed again.
    mutating func place(adding key: Key, hash: UInt64) -> (place: Int, isNew: Bool) {
        let (found, slot) = index.find(hash: hash) { keys[$0] == key }
        if let found { return (found, false) }
        keys.append(key)
        return (index.add(hash: hash, at: slot), true)
    }

    /// The `placeHash` of the key at `place`, kept from when it was added.
    func hash(at place: Int) -> UInt64 { index.entryHashes[place] }

    /// Adds the keys of `other` that are new here, in its order, each with the hash kept there (none hashed again).
    mutating func formUnion(_ other: Places) {
        for (key, hash) in zip(other.keys, other.hashes) { _ = place(adding: key, hash: hash) }
    }
}
