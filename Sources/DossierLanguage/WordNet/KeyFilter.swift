/// A Bloom filter of the keys of an index file (by their `FNV1a.mixedHash`): says for certain that a key is not in the
/// file, from two bits of a table small enough to stay in the processor's cache (about eight bits a key), so that the binary search, whose
/// steps read memory far apart, runs only for keys that may be there. Most keys the lemmatizer tries are not:
/// of the forms tried for a corpus's words about four in five are in no index (names, and rule forms that are no
/// word).
struct KeyFilter: Sendable {
    private var bits: [UInt64]
    /// Bit positions are the hash's bits under this mask (the table's bit count less one, a power of two).
    private let mask: UInt64

    /// An empty filter sized for `keys` keys.
    init(keys: Int) {
        var count = 512
        while count < keys * 8 { count *= 2 }
        bits = Array(repeating: 0, count: count / 64)
        mask = UInt64(count - 1)
    }

    mutating func add(hash: UInt64) {
        let (first, second) = positions(of: hash)
        bits[Int(first >> 6)] |= 1 << (first & 63)
        bits[Int(second >> 6)] |= 1 << (second & 63)
    }

    /// False when no key with this hash was added; true when one was, or (for a few keys in a hundred) by chance.
    func mayContain(hash: UInt64) -> Bool {
        let (first, second) = positions(of: hash)
        return bits[Int(first >> 6)] & (1 << (first & 63)) != 0 && bits[Int(second >> 6)] & (1 << (second & 63)) != 0
    }

    /// The two bits of a hash: from its low and its high half.
    private func positions(of hash: UInt64) -> (UInt64, UInt64) {
        (hash & mask, (hash >> 32) & mask)
    }
}
