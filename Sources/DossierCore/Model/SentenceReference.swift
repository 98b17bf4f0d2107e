import Foundation

/// A pointer to one sentence of one source: every extracted fact keeps one, so pages can link to it.
public struct SentenceReference: Sendable, Hashable, Comparable {
    public var source: String
    public var sentence: String

    public init(source: String, sentence: String) {
        self.source = source
        self.sentence = sentence
    }

    public static func < (lhs: SentenceReference, rhs: SentenceReference) -> Bool {
        if lhs.source != rhs.source { return lhs.source < rhs.source }
        if let left = number(ofSentence: lhs.sentence), let right = number(ofSentence: rhs.sentence) { return left < right }
        return lhs.sentence.localizedStandardCompare(rhs.sentence) == .orderedAscending
    }

    /// The number of a sentence id as the parse stage writes them (`s12`: `s`, then digits without a leading zero),
    /// read from its bytes; nil for any other id. Such ids order by their numbers as `localizedStandardCompare` orders them, without
    /// Foundation's comparison, which sorting a long article's references calls millions of times.
    @inlinable public static func number(ofSentence id: String) -> Int? {
        // In the string's own bytes (a short id's are inside it): the UTF-8 view's iterator went into the standard
        // library for each byte of a short string. A native string's bytes are always contiguous (there are no
        // bridged strings on Linux).
        if let number = id.utf8.withContiguousStorageIfAvailable(number(ofSentenceBytes:)) { return number }
        return number(ofSentenceBytes: Array(id.utf8))
    }

    /// `number(ofSentence:)` of an id's UTF-8 bytes.
    @inlinable static func number(ofSentenceBytes bytes: some Collection<UInt8>) -> Int? {
        // At most 18 digits: the value fits in an `Int`.
        guard bytes.count >= 2, bytes.count <= 19, bytes.first == UInt8(ascii: "s") else { return nil }
        var value = 0
        var isFirstDigit = true
        for byte in bytes.dropFirst() {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), !isFirstDigit || byte != UInt8(ascii: "0") else { return nil }
            value = value &* 10 &+ Int(byte &- UInt8(ascii: "0"))
            isFirstDigit = false
        }
        return value
    }
}
