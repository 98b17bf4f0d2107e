import Foundation

/// The process's store of token forms: each distinct four strings once, in blocks that are never freed, found by
/// their text's hash under a lock. It is asked when a thread's tokenizer meets a word type it has not analysed
/// (`WordTypes`), for a non-ASCII punctuation mark new to a thread, and when a token is made by the public initializer
/// or given other strings: some tens of thousands of times a build, not once a token.
///
/// The forms are found as `WordTypes` finds a word (`HashSlots`, by the FNV-1a hash of the text's scalars, which the
/// tokenizer has already), not in a `Dictionary`: that hashed all four strings of every forms asked, and all of them
/// again at each growth, some half a million string hashes a build.
///
/// It grows with the distinct word forms the process meets (about 100 bytes each beside the strings of a long word)
/// and never shrinks: a `dossier serve` process keeps the forms of the words of every build, as the word type numbers
/// (`WordTypeNumbers`) keep their texts.
final class TokenFormsStore: @unchecked Sendable {
    static let shared = TokenFormsStore()

    /// Forms per block: 64 KB.
    private static let blockSize = 1024

    // @unchecked Sendable: every field is read and written under `lock` only.
    private let lock = NSLock()
    /// The forms stored, by number, found by their texts' hashes.
    private var stored: [UnsafePointer<TokenForms>] = []
    private var index = HashSlots(firstSize: 1 << 14)
    /// The block being filled, and how many of its places are.
    private var block: UnsafeMutablePointer<TokenForms>?
    private var usedInBlock = blockSize

    /// The one reference for `forms`, whose text has the hash `textHash` (`hash(ofText:)`).
    func reference(to forms: TokenForms, textHash: UInt64) -> TokenFormsReference {
        lock.withLock {
            let (found, slot) = index.find(hash: textHash) { stored[$0].pointee == forms }
            if let found { return TokenFormsReference(pointer: stored[found]) }
            if usedInBlock == Self.blockSize {
                block = .allocate(capacity: Self.blockSize)
                usedInBlock = 0
            }
            let place = block! + usedInBlock
            place.initialize(to: forms)
            usedInBlock += 1
            stored.append(place)
            index.add(hash: textHash, at: slot)
            return TokenFormsReference(pointer: place)
        }
    }

    /// The hash a text's forms are found by: `WordTypes.hash` of its scalars, which the tokenizer has for every word.
    static func hash(ofText text: String) -> UInt64 {
        var hash = FNV1a.offsetBasis
        for scalar in text.unicodeScalars { hash = FNV1a.adding(UInt64(scalar.value), to: hash) }
        return FNV1a.mixed(hash)
    }
}
