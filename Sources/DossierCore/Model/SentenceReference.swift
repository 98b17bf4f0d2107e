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
        let bytes = id.utf8
        guard bytes.count >= 2, bytes.count <= 19, bytes.first == UInt8(ascii: "s") else { return nil }
        var value = 0
        for (offset, byte) in bytes.dropFirst().enumerated() {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), offset > 0 || byte != UInt8(ascii: "0") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
