import DossierLanguage

/// The words of a phrase as the numbers of their readings in a run's `PhraseWordCache`: two uses of a phrase written
/// the same way have equal numbers, so a run can count its phrases by these (hashing a few integers) and make each
/// distinct phrase's strings once. Up to three words (every phrase `PhraseStatistics` counts) are kept inline.
struct PhraseWords: Hashable, Sendable {
    private var first: Int32 = -1
    private var second: Int32 = -1
    private var third: Int32 = -1
    /// The words after the third, in a phrase longer than three.
    private var rest: [Int32] = []
    private(set) var count = 0

    /// A phrase of one word, to grow by `append`.
    init(first number: Int32) {
        first = number
        count = 1
    }

    init(_ numbers: some Sequence<Int32>) {
        for number in numbers { append(number) }
    }

    /// One more word at the end: a phrase grown a word at a time (`PhraseScanner.numberedCandidates`).
    mutating func append(_ number: Int32) {
        switch count {
        case 0: first = number
        case 1: second = number
        case 2: third = number
        default: rest.append(number)
        }
        count += 1
    }

    /// The number of the word at `position` (from 0, below `count`), read without making an array.
    func number(at position: Int) -> Int {
        switch position {
        case 0: Int(first)
        case 1: Int(second)
        case 2: Int(third)
        default: Int(rest[position - 3])
        }
    }
}

/// A run's phrases are tallied by their words' numbers in `Places`: hashing a few integers, once per use.
extension PhraseWords: PlaceKey {
    var placeHash: UInt64 {
        // The three inline numbers always (unused ones are -1 in every phrase), then any others.
        var hash = FNV1a.offsetBasis ^ UInt64(count)
        hash = (hash ^ UInt64(UInt32(bitPattern: first))) &* 0x9E37_79B9_7F4A_7C15
        hash = (hash ^ UInt64(UInt32(bitPattern: second))) &* 0x9E37_79B9_7F4A_7C15
        hash = (hash ^ UInt64(UInt32(bitPattern: third))) &* 0x9E37_79B9_7F4A_7C15
        for number in rest { hash = (hash ^ UInt64(UInt32(bitPattern: number))) &* 0x9E37_79B9_7F4A_7C15 }
        return FNV1a.mixed(hash)
    }
}
