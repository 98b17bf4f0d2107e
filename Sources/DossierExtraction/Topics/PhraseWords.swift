import DossierLanguage

/// The words of a phrase as the numbers of their readings in a run's `PhraseWordCache`: two uses of a phrase written
/// the same way have equal numbers, so a phrase is found among the cache's (`CachedPhrases`) by these (hashing a few
/// integers) and its strings made once per cache. The numbers are kept inline, up to `capacity` of them, and nothing
/// else: a phrase is copied on its way to the counts (a candidate, a key of the cache's places), and an array kept for
/// longer phrases was retained and released at every copy and compared at every look-up.
struct PhraseWords: Hashable, Sendable {
    /// The most words a phrase may have (`PhraseScanner.maximumWords` is at most this; three in a build).
    static let capacity = 6

    // Unused places are -1 in every phrase, so equal phrases have equal fields.
    private var first: Int32 = -1
    private var second: Int32 = -1
    private var third: Int32 = -1
    private var fourth: Int32 = -1
    private var fifth: Int32 = -1
    private var sixth: Int32 = -1
    private(set) var count = 0

    /// A phrase of one word, to grow by `append`.
    init(first number: Int32) {
        first = number
        count = 1
    }

    /// One more word at the end: a phrase grown a word at a time (`PhraseScanner.numberedCandidates`).
    mutating func append(_ number: Int32) {
        switch count {
        case 0: first = number
        case 1: second = number
        case 2: third = number
        case 3: fourth = number
        case 4: fifth = number
        case 5: sixth = number
        default: preconditionFailure("a phrase of more than \(Self.capacity) words")
        }
        count += 1
    }

    /// The number of the word at `position` (from 0, below `count`), read without making an array.
    func number(at position: Int) -> Int {
        switch position {
        case 0: Int(first)
        case 1: Int(second)
        case 2: Int(third)
        case 3: Int(fourth)
        case 4: Int(fifth)
        default: Int(sixth)
        }
    }
}

/// A cache's phrases are found by their words' numbers in `Places`: hashing a few integers, once per use.
extension PhraseWords: PlaceKey {
    var placeHash: UInt64 {
        // The first three numbers always (unused ones are -1 in every phrase), the others only in a longer phrase.
        var hash = FNV1a.offsetBasis ^ UInt64(count)
        hash = (hash ^ UInt64(UInt32(bitPattern: first))) &* 0x9E37_79B9_7F4A_7C15
        hash = (hash ^ UInt64(UInt32(bitPattern: second))) &* 0x9E37_79B9_7F4A_7C15
        hash = (hash ^ UInt64(UInt32(bitPattern: third))) &* 0x9E37_79B9_7F4A_7C15
        if count > 3 {
            hash = (hash ^ UInt64(UInt32(bitPattern: fourth))) &* 0x9E37_79B9_7F4A_7C15
            hash = (hash ^ UInt64(UInt32(bitPattern: fifth))) &* 0x9E37_79B9_7F4A_7C15
            hash = (hash ^ UInt64(UInt32(bitPattern: sixth))) &* 0x9E37_79B9_7F4A_7C15
        }
        return FNV1a.mixed(hash)
    }
}
