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
    /// How many sources cover the topic: `sources.count`, without sorting or hashing them (`distinctCount(of:)`).
    public var sourceCount: Int { sentences.distinctCount { $0.source } }
}
