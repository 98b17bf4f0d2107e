/// A set of words asked about every token, with a first look that hashes nothing: by a word's length in bytes, which
/// first and which last bytes the words of that length have. Most words fail it (`the`, `government`), and only those
/// that pass are looked up in the set: by `StringPlaces`' hash, which reads an ASCII word eight bytes at a time, where a
/// `Set<String>` hashed each by SipHash (common words pass the first look: `there` and `these` look like `three`).
///
/// The look compares bytes, where `Set<String>` compares canonically equivalent strings as equal; the two agree when
/// every word of the set is written in lower-case ASCII letters, digits, apostrophes, hyphens, full stops and spaces,
/// since no other scalar is canonically equivalent to any of those (the Kelvin sign is an upper-case `K`; superscript
/// digits are only compatible). A set with any other word skips the look.
struct WordSet: Sendable {
    /// The words, each at a place (as `String`'s `==` tells them apart, as a `Set` does).
    private let places: StringPlaces
    /// For lengths 1 to 31 bytes (longer words share the last place), the first bytes (modulo 64) of the words of that
    /// length; then the same for their last bytes.
    private let firstBytes: [UInt64]
    private let lastBytes: [UInt64]
    /// The words allow the look (see above).
    private let looksFirst: Bool

    init(_ words: Set<String>) {
        var places = StringPlaces()
        for word in words { _ = places.place(adding: word) }
        self.places = places
        var first = [UInt64](repeating: 0, count: 32), last = [UInt64](repeating: 0, count: 32)
        for word in words {
            guard let head = word.utf8.first, let tail = word.utf8.last else { continue }
            let length = min(word.utf8.count, 31)
            first[length] |= 1 << UInt64(head & 63)
            last[length] |= 1 << UInt64(tail & 63)
        }
        firstBytes = first
        lastBytes = last
        looksFirst = words.allSatisfy { word in
            word.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x27 || $0 == 0x2D || $0 == 0x2E || $0 == 0x20 }
        }
    }

    func contains(_ word: String) -> Bool {
        mayContain(word) && places.place(of: word) != nil
    }

    /// The first look alone: false only when `word` is surely not in the set (for a caller that looks the word up in a
    /// dictionary of the same words next, rather than hashing it twice).
    func mayContain(_ word: String) -> Bool {
        guard looksFirst else { return true }
        // The bytes through the string's own buffer (a small string's, copied out, is as cheap): the UTF-8 view's `last`
        // was a call of its own, checking the index, for every word asked.
        if let looked = word.utf8.withContiguousStorageIfAvailable({ bytes in
            bytes.isEmpty || mayContain(length: bytes.count, head: bytes[0], tail: bytes[bytes.count - 1])
        }) {
            return looked
        }
        let bytes = word.utf8
        guard let head = bytes.first, let tail = bytes.last else { return true }
        return mayContain(length: bytes.count, head: head, tail: tail)
    }

    /// The first look at a word of `length` bytes, from its first and last. (Always inlined: with the words' table in
    /// the set, the look was no longer inlined into `mayContain(_:)`, and the call cost more than the look.)
    @inline(__always)
    private func mayContain(length: Int, head: UInt8, tail: UInt8) -> Bool {
        let place = min(length, 31)
        return firstBytes[place] & (1 << UInt64(head & 63)) != 0 && lastBytes[place] & (1 << UInt64(tail & 63)) != 0
    }
}
