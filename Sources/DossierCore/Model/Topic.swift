/// A theme that recurs across sources, with the sentences that cover it.
public struct Topic: Sendable, Hashable {
    public var id: String
    public var name: String
    public var summary: String?
    public var keywords: [String]
    /// The sentences on the topic, in source then reading order.
    public var sentences: [SentenceReference]
    /// Person ids involved.
    public var people: [String]
    /// Figure ids involved.
    public var figures: [String]

    public init(id: String, name: String, summary: String? = nil, keywords: [String] = [], sentences: [SentenceReference] = [], people: [String] = [], figures: [String] = []) {
        self.id = id
        self.name = name
        self.summary = summary
        self.keywords = keywords
        self.sentences = sentences
        self.people = people
        self.figures = figures
    }

    /// Sources covering the topic, sorted.
    public var sources: [String] { sentences.map(\.source).sortedOnce() }
    /// How many sources cover the topic: `sources.count`, without sorting them.
    /// A topic's sentences are mostly few, and those of one source stand together: each is compared with those before
    /// it (the one just before first) instead of making an array and a set of the sources at every call; many go into a set.
    public var sourceCount: Int {
        guard sentences.count <= Self.sourcesCountedInPlace else { return Set(sentences.lazy.map(\.source)).count }
        var count = 0
        for index in sentences.indices {
            let source = sentences[index].source
            if index > 0, sentences[index - 1].source == source { continue }
            if !sentences[..<index].contains(where: { $0.source == source }) { count += 1 }
        }
        return count
    }

    /// The most sentences whose sources `sourceCount` compares pairwise.
    private static let sourcesCountedInPlace = 32
}
