/// One thing a search can find: a page or a row or sentence of one, with what a result shows of it.
public struct SearchDocument: Sendable, Hashable {
    /// Kinds in ranking order: a person or topic the query names comes before the sentences that mention it.
    public enum Kind: Int, Sendable, Hashable, CaseIterable {
        case person, topic, figure, source, quote, sentence
    }

    public var kind: Kind
    /// What the result is called: a name, a measure, a source's title (for a sentence, its source's title).
    public var title: String
    /// Relative to the site root, with the anchor (`sources/003-x.html#s12`).
    public var url: String
    /// Shown under the title, with the query's words marked.
    public var snippet: String
    /// For a quote: who said it.
    public var speaker: String?
    /// The text the document is found by (names and aliases for a person, the words for a sentence).
    public var indexed: String
    /// For a sentence or a quote: the id of its source, whose title and page the result shows.
    public var source: String?

    public init(kind: Kind, title: String, url: String, snippet: String, indexed: String,
                speaker: String? = nil, source: String? = nil) {
        self.kind = kind
        self.title = title
        self.url = url
        self.snippet = snippet
        self.indexed = indexed
        self.speaker = speaker
        self.source = source
    }
}
