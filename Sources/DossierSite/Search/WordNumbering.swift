import DossierLanguage
import Glibc

/// Numbers for words given as UTF-8 bytes, from 0 in the order they are first met: what `Numbering<String>` does for
/// the search index's vocabulary, without a `String` made and hashed with `Hasher` for every occurrence of a word.
/// The bytes of each distinct word are kept once, side by side, and found again through `HashSlots` by a hash of the
/// bytes (`hash(_:)`), which is kept so that another table can take the word without hashing it again.
///
/// Words are told apart by their bytes: two spellings a `String` would call equal (canonically equivalent) get two
/// numbers. The normaliser's words are lowercased and decomposed, so that does not happen with them.
struct WordNumbering: Sendable {
    private var slots = HashSlots(firstSize: 1024)
    /// The words' bytes, one after the other.
    private var bytes: [UInt8] = []
    /// Where each word's bytes end in `bytes` (the next one's start).
    private var ends: [Int] = []
    /// Each word's hash, by number.
    private(set) var hashes: [UInt64] = []

    /// How many words have a number.
    var count: Int { ends.count }

    /// A hash of the bytes for the slots, read a few at a time: a word of eight bytes or more eight at a time (the last
    /// eight read whole, overlapping the ones before), one of four to seven as its first four and its last four, a
    /// shorter one as its first, middle and last byte; with the length, multiplied and mixed for the slots
    /// (`FNV1a.mixed`). Every byte counts, and the loads stay inside the word. FNV-1a byte by byte was ~56 instructions
    /// a word (the index hashes each word of every sentence, ~0.9 M on BBC); the hash decides only where a word is
    /// looked for, never its number.
    static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let count = word.count
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash = UInt64(truncatingIfNeeded: count) &* multiplier
        guard count > 0, let base = word.baseAddress else { return FNV1a.mixed(hash) }
        let bytes = UnsafeRawPointer(base)
        if count >= 8 {
            var offset = 0
            while offset + 8 < count {
                hash = (hash ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* multiplier
                hash ^= hash >> 32
                offset += 8
            }
            hash ^= bytes.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        } else if count >= 4 {
            hash ^= UInt64(bytes.loadUnaligned(as: UInt32.self)) << 32
                | UInt64(bytes.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
        } else {
            hash ^= UInt64(base[0]) << 16 | UInt64(base[count / 2]) << 8 | UInt64(base[count - 1])
        }
        return FNV1a.mixed(hash &* multiplier)
    }

    /// The word's number, given now (`isNew`) when the word was not met before. `hash` is `hash(word)`.
    mutating func number(of word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (number: Int, isNew: Bool) {
        let found = slots.find(hash: hash) { entry in isWord(entry, word) }
        if let entry = found.entry { return (entry, false) }
        bytes.append(contentsOf: word)
        ends.append(bytes.count)
        hashes.append(hash)
        return (slots.add(hash: hash, at: found.slot), true)
    }

    /// The word's number, given now (`isNew`) when the word was not met before.
    mutating func number(of word: UnsafeBufferPointer<UInt8>) -> (number: Int, isNew: Bool) {
        number(of: word, hash: Self.hash(word))
    }

    /// Hands the bytes of word `number` to `body`.
    func withBytes<Result>(of number: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let start = number == 0 ? 0 : ends[number - 1]
        return bytes.withUnsafeBufferPointer { all in body(UnsafeBufferPointer(rebasing: all[start..<ends[number]])) }
    }

    /// Word `number` as a string.
    func word(_ number: Int) -> String {
        withBytes(of: number) { String(decoding: $0, as: UTF8.self) }
    }

    private func isWord(_ number: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = number == 0 ? 0 : ends[number - 1]
        guard ends[number] - start == word.count else { return false }
        guard let wordBase = word.baseAddress, word.count > 0 else { return true }
        return bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, wordBase, word.count) == 0 }
    }
}
