/// The whole dossier after the assemble stage: what every page and dossier.json are made from.
public struct Dossier: Sendable {
    public var configuration: DossierConfiguration
    public var sources: [Article] { didSet { sourcePositions = Self.positions(of: sources) } }
    public var people: [Person]
    public var topics: [Topic]
    public var figures: [Figure]
    public var events: [Event]

    public init(configuration: DossierConfiguration, sources: [Article], people: [Person] = [], topics: [Topic] = [], figures: [Figure] = [], events: [Event] = []) {
        self.configuration = configuration
        self.sources = sources
        self.sourcePositions = Self.positions(of: sources)
        self.people = people
        self.topics = topics
        self.figures = figures
        self.events = events
    }

    /// The source with this id.
    public func source(_ id: String) -> Article? { sourcePositions[id].map { sources[$0] } }

    private var sourcePositions: [String: Int]

    private static func positions(of sources: [Article]) -> [String: Int] {
        Dictionary(sources.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}

/// `content/dossier.yml`: all optional.
public struct DossierConfiguration: Sendable, Hashable {
    public var title: String
    public var description: String?
    public var baseURL: String?
    public var language: String
    /// Whether the site gets its search box, `search.html` and index (`search: false` leaves them out).
    public var search: Bool

    public init(title: String, description: String? = nil, baseURL: String? = nil, language: String = "en", search: Bool = true) {
        self.title = title
        self.description = description
        self.baseURL = baseURL
        self.language = language
        self.search = search
    }
}
