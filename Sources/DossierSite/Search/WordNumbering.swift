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

    /// FNV-1a over the bytes, mixed for the slots (`FNV1a`).
    static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        FNV1a.mixedHash(of: word)
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
