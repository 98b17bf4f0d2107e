import Foundation

/// Weights of context words: rare words say more about a measure than common ones. The words are placed by
/// `StringPlaces`' hash, which the grouper numbers them by too, so a context word is hashed once for its weight and its
/// number (a dictionary hashed it again, by a seeded SipHash, at every mention of every class).
struct WordWeights: Sendable {
    private let words: StringPlaces
    /// By place: `ln(1 + contexts / contexts with the word)`.
    private let weights: [Double]

    /// The weights of the words of `contexts` (each context a mention's words).
    init<Contexts: Collection>(_ contexts: Contexts) where Contexts.Element == [String] {
        var counted = CountedPlaces()
        for context in contexts {
            for word in context { counted.add(word) }
        }
        words = counted.places
        let total = Double(max(contexts.count, 1))
        weights = counted.counts.map { log(1 + total / Double($0)) }
    }

    /// The weight of `word`; 1 for a word of no context.
    func weight(_ word: String) -> Double {
        words.place(of: word).map { weights[$0] } ?? 1
    }

    /// The number of `word` in `numbering` (added when new) and its weight, the word hashed once for both.
    func number(_ word: String, in numbering: inout StringPlaces) -> (number: Int, weight: Double) {
        let hash = StringPlaces.hash(word)
        let weight = words.place(of: word, hash: hash).map { weights[$0] } ?? 1
        return (numbering.place(adding: word, hash: hash).place, weight)
    }
}
