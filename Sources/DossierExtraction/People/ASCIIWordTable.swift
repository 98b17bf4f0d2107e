/// The places of a `StringPlaces`' words found by a word's bytes, for the look-up asked of every word of the corpus
/// (`NameWordCounts.ArticleWords`): the table's words that are ASCII, their bytes kept in one array, found through slots
/// that keep 32 bits of each word's hash (`ASCIIWordHash`, as `StringPlaces` hashes) beside its place. The whole look-up
/// (hash, slot, byte comparison) is inlined into the caller's loop: through `StringPlaces` it was two calls and a
/// `String` comparison for every word, some 150 instructions, most of the cost of counting the corpus's words.
///
/// Bytes compare as `String`'s `==` does for ASCII words. A word beyond ASCII in the table is not looked for here, and
/// no ASCII word can equal one, but for a word holding one of the three scalars whose canonical form is ASCII (the
/// Kelvin sign, the Greek question mark, the Greek varia): a table with such a word takes no look-up by bytes
/// (`answersASCII` is false), and its callers ask the `StringPlaces`.
struct ASCIIWordTable: Sendable {
    /// The ASCII words' bytes, one after the other, and where each starts (a last entry where the bytes end).
    private let bytes: [UInt8]
    private let starts: [Int]
    /// By slot (a power of two of them, at most half full): the word's hash's top 32 bits, and one more than its entry
    /// in `starts`; 0 for an empty slot.
    private let slots: [UInt64]
    /// The place in the `StringPlaces` of each entry.
    private let places: [Int]
    /// Whether a look-up by bytes answers for every ASCII word (see the type's note).
    let answersASCII: Bool

    init(_ words: StringPlaces) {
        var bytes: [UInt8] = []
        var starts: [Int] = [0]
        var places: [Int] = []
        var hashes: [UInt64] = []
        var answersASCII = true
        for (place, word) in words.keys.enumerated() {
            var word = word
            let hash = word.withUTF8 { ASCIIWordHash.hash($0) }
            guard let hash else {
                if word.unicodeScalars.contains(where: { $0 == "\u{212A}" || $0 == "\u{037E}" || $0 == "\u{1FEF}" }) { answersASCII = false }
                continue
            }
            bytes.append(contentsOf: word.utf8)
            starts.append(bytes.count)
            places.append(place)
            hashes.append(hash)
        }
        var size = 16
        while size < 2 * places.count { size *= 2 }
        var slots = [UInt64](repeating: 0, count: size)
        for (entry, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = hash & Self.tagMask | UInt64(entry + 1)
        }
        (self.bytes, self.starts, self.slots, self.places, self.answersASCII) = (bytes, starts, slots, places, answersASCII)
    }

    private static let tagMask: UInt64 = 0xFFFF_FFFF_0000_0000

    /// The place of the word written `word` (ASCII bytes, hashed `hash` by `ASCIIWordHash`), nil for a word not in the
    /// table. Only for a table that `answersASCII`.
    @inline(__always)
    func place(ofASCII word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        let mask = slots.count - 1
        let tag = hash & Self.tagMask
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = slots[slot]
            if stored == 0 { return nil }
            if stored & Self.tagMask == tag {
                let entry = Int(truncatingIfNeeded: stored & 0xFFFF_FFFF) - 1
                if spells(entry, word) { return places[entry] }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Whether the entry's bytes are `word`'s.
    @inline(__always)
    private func spells(_ entry: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[entry], end = starts[entry + 1]
        guard end - start == word.count else { return false }
        var position = 0
        while position < word.count {
            if bytes[start + position] != word[position] { return false }
            position += 1
        }
        return true
    }
}
