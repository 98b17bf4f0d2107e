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
        return lhs.sentence.localizedStandardCompare(rhs.sentence) == .orderedAscending
    }
}
