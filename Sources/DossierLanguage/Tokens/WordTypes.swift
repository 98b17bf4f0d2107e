/// The tokenizer's analysis of each word type it has seen (a word as written, scalar for scalar), kept from one
/// sentence to the next so that a word seen again is copied, not analysed again: its forms, shape, number value and
/// WordNet lemmas are a function of its scalars alone (spaCy's `Vocab` keeps lexical attributes per type the same way).
///
/// A table (`HashSlots`) whose keys are the analysed tokens' own `text` (a word's scalars as UTF-8): a slot holds
/// 32 bits of the word's hash beside the index of its token, so that a look-up reads one slot and, when the bits
/// agree, the one token it copies (a short word's text is stored inside the token), and nothing else: on a long text
/// the table is larger than the caches, and every other array read was a miss. No `String` is made and no lock taken.
/// One table is used by one thread at a time (it is part of the `TokenizerWorkspace` that `TokenizerWorkspacePool` lends out).
public struct WordTypes: Sendable {
    /// Types kept before the table starts over: a text of ever new words (codes, hashes) must not grow it without end.
    /// News English has some tens of thousands of word forms, so a corpus rarely reaches it; at about 110 bytes a type
    /// the table stays under 8 MB.
    static let limit = 1 << 16

    /// The analysed token of each type, its occurrence fields (range, position, spacing, quoting) to be set.
    private var analyses: [Token] = []
    /// Where each type's analysis is, by its hash.
    private var index = HashSlots(firstSize: 1024)

    var count: Int { analyses.count }

    /// The analysis of `word`, made by `analyse` the first time the word is seen.
    mutating func token(for word: ArraySlice<Unicode.Scalar>, analyse: () -> Token) -> Token {
        let hash = Self.hash(word)
        let (found, slot) = index.find(hash: hash) { Self.spells(analyses[$0].text, word) }
        if let found { return analyses[found] }
        let token = analyse()
        if analyses.count >= Self.limit {
            self = WordTypes()
            return self.token(for: word, analyse: { token })
        }
        analyses.append(token)
        index.add(hash: hash, at: slot)
        return token
    }

    /// Whether `text` is `word` written in UTF-8.
    private static func spells(_ text: String, _ word: ArraySlice<Unicode.Scalar>) -> Bool {
        var bytes = text.utf8.makeIterator()
        for scalar in word {
            if scalar.isASCII {
                if bytes.next() != UInt8(truncatingIfNeeded: scalar.value) { return false }
            } else {
                for unit in UTF8.encode(scalar)! {
                    if bytes.next() != unit { return false }
                }
            }
        }
        return bytes.next() == nil
    }

    /// FNV-1a over the scalar values, mixed for the slots (`FNV1a`).
    static func hash(_ word: ArraySlice<Unicode.Scalar>) -> UInt64 {
        var hash = FNV1a.offsetBasis
        for scalar in word { hash = FNV1a.adding(UInt64(scalar.value), to: hash) }
        return FNV1a.mixed(hash)
    }
}
