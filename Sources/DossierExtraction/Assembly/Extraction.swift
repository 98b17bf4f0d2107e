import DossierCore

/// What the extract stage finds across the corpus.
public struct Extraction: Sendable {
    /// The articles, with what cross-article passes add to them (such as `duplicate-of` flags).
    public var sources: [Article]
    public var people: [Person]
    public var figures: [Figure]
    public var topics: [Topic]
    public var events: [Event]

    public init(sources: [Article] = [], people: [Person] = [], figures: [Figure] = [], topics: [Topic] = [], events: [Event] = []) {
        self.sources = sources
        self.people = people
        self.figures = figures
        self.topics = topics
        self.events = events
    }
}
