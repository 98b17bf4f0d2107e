import DossierCore

/// The names an article is about: its most frequent capitalized words, so figures are compared only
/// between articles that tell the same story.
enum StoryNames {
    static let kept = 10
    /// Two articles tell the same story when this share of their names is common to both.
    static let sameStoryOverlap = 0.2

    static func names(of article: Article) -> Set<String> {
        var counts: [String: Int] = [:]
        for sentence in article.sentences {
            let tokens = FigureTokenizer.tokens(of: sentence.text)
            for (index, token) in tokens.enumerated() where index > 0 && token.isCapitalized && token.lower.count > 1 {
                if MeasureVocabulary.functionWords.contains(token.lower) || MeasureVocabulary.months.contains(token.lower) { continue }
                counts[token.lower, default: 0] += 1
            }
        }
        let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        return Set(ranked.prefix(kept).map(\.key))
    }

    static func sameStory(_ lhs: Set<String>, _ rhs: Set<String>) -> Bool {
        if lhs.isEmpty || rhs.isEmpty { return true }
        let shared = lhs.intersection(rhs).count
        return Double(shared) / Double(lhs.union(rhs).count) >= sameStoryOverlap
    }
}
