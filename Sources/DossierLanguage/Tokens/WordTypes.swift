/// The tokenizer's analysis of each word type it has seen (a word as written, scalar for scalar), kept from one
/// sentence to the next so that a word seen again is copied, not analysed again: its forms, shape, number value and
/// WordNet lemmas are a function of its scalars alone (spaCy's `Vocab` keeps lexical attributes per type the same way).
///
/// A table (`HashSlots`) whose keys are the analysed words' scalars, kept one after another in one array: a slot holds
/// 32 bits of the word's hash beside the index of its token, so that a look-up reads one slot and, when the bits
/// agree, the word's scalars, compared with the word's one for one, and the one token it copies, and nothing else: on
/// a long text the table is larger than the caches, and every other array read was a miss. (The token's text, behind
/// its forms' pointer, took a read more, and a compare of UTF-8 with scalars some twelve instructions a scalar.) No
/// `String` is made and no lock taken.
/// One table is used by one thread at a time (it is part of the `TokenizerWorkspace` that `TokenizerWorkspacePool` lends out).
public struct WordTypes: Sendable {
    /// Types kept before the table starts over: a text of ever new words (codes, hashes) must not grow it without end.
    /// News English has some tens of thousands of word forms, so a corpus rarely reaches it; at about 80 bytes a type
    /// (a 32-byte token, its slot and its scalars; the strings are the process's, `TokenFormsStore`) the table stays
    /// under 6 MB.
    static let limit = 1 << 16

    /// The analysed token of each type, its occurrence fields (range, position, spacing, quoting) to be set.
    private var analyses: [Token] = []
    /// The scalars of each type, one type after another, and where each type's begin (and, last, where they end).
    private var spellings: [Unicode.Scalar] = []
    private var spellingStarts: [Int] = [0]
    /// Where each type's analysis is, by its hash.
    private var index = HashSlots(firstSize: 1024)

    var count: Int { analyses.count }

    /// Where a word's analysis is in the table, or where it is to be added: the tokenizer looks a word up, and adds
    /// the analysis it makes of a new one, without a closure (whose context it made and released for every word).
    struct Place {
        /// The number of the word's analysis, when the table holds it.
        let found: Int?
        let hash: UInt64
        let slot: Int
    }

    /// Where `word`'s analysis is, or is to be added. The word's scalars and the types' are read through buffer
    /// pointers, which `count` bounds: this runs for every word of the corpus.
    func place(of word: Slice<UnsafeBufferPointer<Unicode.Scalar>>) -> Place {
        let hash = Self.hash(UnsafeBufferPointer(rebasing: word))
        let (found, slot) = spellings.withUnsafeBufferPointer { spellings in
            index.find(hash: hash) { type(numbered: $0, in: spellings, isSpelled: word) }
        }
        return Place(found: found, hash: hash, slot: slot)
    }

    /// The analysis numbered `found` by `place(of:)` or `add(_:of:at:)`.
    func analysis(_ found: Int) -> Token { analyses[found] }

    /// Adds the analysis of `word`, which `place(of:)` did not find (and nothing changed since), at its place; a full
    /// table starts over with it. Returns the analysis's number.
    @discardableResult mutating func add(_ analysis: Token, of word: ArraySlice<Unicode.Scalar>, at place: Place) -> Int {
        // The new table has no slots yet: `HashSlots.add` makes them and places its first entry by the hash alone,
        // so the old table's slot is not used and no new one need be found.
        if analyses.count >= Self.limit { self = WordTypes() }
        analyses.append(analysis)
        spellings.append(contentsOf: word)
        spellingStarts.append(spellings.count)
        return index.add(hash: place.hash, at: place.slot)
    }

    /// Whether the type numbered `type` is spelled `word`, scalar for scalar (`spellings` is the table's).
    private func type(numbered type: Int, in spellings: UnsafeBufferPointer<Unicode.Scalar>,
                      isSpelled word: Slice<UnsafeBufferPointer<Unicode.Scalar>>) -> Bool {
        let start = spellingStarts[type], count = spellingStarts[type + 1] - start
        guard count == word.count else { return false }
        // The type's scalars lie in `spellings` (its starts are ascending and end at its count).
        precondition(start >= 0 && start + count <= spellings.count)
        let typeScalars = spellings.baseAddress! + start, wordScalars = word.base.baseAddress! + word.startIndex
        // Two scalars at a time, one 64-bit load of each (the bytes of equal scalars are equal), then the odd last one.
        var offset = 0
        while offset + 2 <= count {
            let typePair = UnsafeRawPointer(typeScalars + offset).loadUnaligned(as: UInt64.self)
            let wordPair = UnsafeRawPointer(wordScalars + offset).loadUnaligned(as: UInt64.self)
            guard typePair == wordPair else { return false }
            offset += 2
        }
        return offset == count || typeScalars[offset] == wordScalars[offset]
    }

    /// Whether `text` is `word` written in UTF-8: compared in the string's own bytes (a short text's are inside it),
    /// not through the UTF-8 view's iterator, which took some thirty instructions a byte. A native string's bytes are
    /// always contiguous (there are no bridged strings on Linux); borrowed, not copied into a `var` for `withUTF8`,
    /// which cost a retain and a release a look-up.
    static func spells(_ text: String, _ word: ArraySlice<Unicode.Scalar>) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { spells($0, word) }!
    }

    private static func spells(_ bytes: UnsafeBufferPointer<UInt8>, _ word: ArraySlice<Unicode.Scalar>) -> Bool {
        // A scalar is at least one byte.
        guard bytes.count >= word.count else { return false }
        var position = 0
        for scalar in word {
            if scalar.isASCII {
                guard position < bytes.count, bytes[position] == UInt8(truncatingIfNeeded: scalar.value) else { return false }
                position += 1
            } else {
                for unit in UTF8.encode(scalar)! {
                    guard position < bytes.count, bytes[position] == unit else { return false }
                    position += 1
                }
            }
        }
        return position == bytes.count
    }

    /// FNV-1a over the scalar values, mixed for the slots (`FNV1a`).
    static func hash<Scalars: Sequence<Unicode.Scalar>>(_ word: Scalars) -> UInt64 {
        var hash = FNV1a.offsetBasis
        for scalar in word { hash = FNV1a.adding(UInt64(scalar.value), to: hash) }
        return FNV1a.mixed(hash)
    }
}
