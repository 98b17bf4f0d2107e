/// The places (0, 1, 2, …) of distinct strings, in the order they were first added: the key index of a table that
/// keeps its values in an array by place (`PhraseTable`, `PhraseWordCache`).
///
/// An open-addressing table of 64-bit slots, each the upper 32 bits of a key's hash beside the key's place plus one
/// (0 for an empty slot), a power of two long and at most half full. A look-up reads one slot and, when the bits agree,
/// the one key it compares; each key's hash is kept, so growing the table hashes no key again (a `Dictionary` hashes
/// every key again at each growth, which was a fifth of counting the corpus's phrases).
///
/// Keys are told apart as `String`'s `==` tells them (canonical equivalence, as a `Dictionary` does): equal strings
/// must get equal hashes, and a hash of the bytes gives that only where the bytes are the same. A string whose
/// canonical form is ASCII (nearly every word) is hashed from its scalars, the three scalars whose canonical form is
/// an ASCII character read as that character; any other string is hashed by `Hasher`, which hashes the canonical form.
struct StringPlaces: Sendable {
    private var slots: [UInt64] = []
    /// Each key's hash, by place: what growing the table reads.
    private var hashes: [UInt64] = []
    /// The keys, by place.
    private(set) var keys: [String] = []

    private static let tagMask: UInt64 = 0xFFFF_FFFF_0000_0000

    var count: Int { keys.count }

    /// The place of `key`, or nil when it was never added.
    func place(of key: String) -> Int? {
        guard !slots.isEmpty else { return nil }
        return find(key, hash: Self.hash(key)).place
    }

    /// The place of `key`, which is added at the next place when it is new (`isNew`).
    mutating func place(adding key: String) -> (place: Int, isNew: Bool) {
        if slots.isEmpty { slots = Array(repeating: 0, count: 16) }
        let hash = Self.hash(key)
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
    private func find(_ key: String, hash: UInt64) -> (place: Int?, slot: Int) {
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

    /// Equal for strings that `==` calls equal (see the type's note).
    static func hash(_ key: String) -> UInt64 {
        // FNV-1a over the bytes of an ASCII string, the common case, in one pass.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            guard byte < 0x80 else { return nonASCIIHash(key) }
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return mixed(hash)
    }

    /// A string with a scalar beyond ASCII: if every such scalar is one whose canonical form is an ASCII character,
    /// the FNV-1a of those characters (as the equal ASCII string is hashed); else the `Hasher`'s hash.
    private static func nonASCIIHash(_ key: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for scalar in key.unicodeScalars {
            let byte: UInt64
            switch scalar.value {
            case 0..<0x80: byte = UInt64(scalar.value)
            case 0x212A: byte = 0x4B  // KELVIN SIGN: K
            case 0x037E: byte = 0x3B  // GREEK QUESTION MARK: ;
            case 0x1FEF: byte = 0x60  // GREEK VARIA: `
            default:
                var hasher = Hasher()
                hasher.combine(key)
                // Not mixed: a string equal to this one is hashed here too, and a different one needs no other hash.
                return UInt64(bitPattern: Int64(hasher.finalize()))
            }
            hash = (hash ^ byte) &* 0x100_0000_01b3
        }
        return mixed(hash)
    }

    /// The bits mixed so that the low ones (the slot) and the high ones (the tag) depend on every byte.
    private static func mixed(_ fnv: UInt64) -> UInt64 {
        var hash = fnv
        hash ^= hash >> 32
        hash &*= 0xd6e8_feb8_6659_fd93
        hash ^= hash >> 32
        return hash
    }
}
