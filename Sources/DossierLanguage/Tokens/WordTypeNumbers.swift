import Foundation

/// A number for each word type (a word or number as written, scalar for scalar), the same in every thread and every
/// tokenizer of the process, carried by each token the tokenizer makes (`Token.wordType`): a table kept per word can
/// index an array by it, where it hashed and compared the token's text again for every token.
///
/// The tokenizers' own tables of analysed types (`WordTypes`) are per thread and start over when full, so their places
/// are no number to keep; this registry is asked only when a thread's table meets a type it does not hold (some tens
/// of thousands of times a build, not once a token), under a lock. Which thread asks first decides a type's number, so
/// the numbers depend on thread timing: they serve as keys only, and must never decide any order.
///
/// 0 is no type (a token made by `Token`'s public initializer, a punctuation mark, a token changed after it was made);
/// the numbers given start at 1. A process that meets ever new words (codes, hashes) stops numbering at `limit`
/// types: later ones get 0, and the tables keyed by number read them by their text, as before.
public enum WordTypeNumbers {
    /// Types numbered before the registry stops: a type costs it some forty bytes (the text shares the tokens' storage).
    /// The numbers given are at most this, which fits the 20 bits a token keeps its number in (`Token.packed`).
    static let limit = (1 << 20) - 1

    private static let registry = Registry()

    /// One more than the highest number given so far: a table indexed by number needs this many places for every token
    /// made until now.
    public static var bound: Int { registry.bound }

    /// The number of the type spelled by `word` (whose `WordTypes.hash` is `hash`), written `text`; made when new.
    static func number(of word: ArraySlice<Unicode.Scalar>, text: String, hash: UInt64) -> UInt32 {
        registry.number(of: word, text: text, hash: hash)
    }

    private final class Registry: @unchecked Sendable {
        private let lock = NSLock()
        /// The types' texts by number minus one, found by their scalars' hash.
        private var texts: [String] = []
        private var index = HashSlots(firstSize: 1 << 14)

        var bound: Int { lock.withLock { texts.count + 1 } }

        func number(of word: ArraySlice<Unicode.Scalar>, text: String, hash: UInt64) -> UInt32 {
            lock.withLock {
                let (found, slot) = index.find(hash: hash) { WordTypes.spells(texts[$0], word) }
                if let found { return UInt32(found + 1) }
                guard texts.count < WordTypeNumbers.limit else { return 0 }
                texts.append(text)
                return UInt32(index.add(hash: hash, at: slot) + 1)
            }
        }
    }
}
