/// A person of the story, merged across sources and spellings.
public struct Person: Sendable, Hashable {
    public var id: String
    /// The fullest well-attested form.
    public var name: String
    /// Every other surface form seen.
    public var aliases: [String]
    public var roles: [Role]
    public var mentions: [Mention]
    public var quotes: [Quote]
    /// Ids of the people most often mentioned in the same sources, most shared first.
    public var alongside: [String]
    /// Why the name was kept as a person, strongest first (`title: President`, `speech verb: said`, `3 sources`).
    public var evidence: [String]

    public init(id: String, name: String, aliases: [String] = [], roles: [Role] = [], mentions: [Mention] = [], quotes: [Quote] = [],
                alongside: [String] = [], evidence: [String] = []) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.roles = roles
        self.mentions = mentions
        self.quotes = quotes
        self.alongside = alongside
        self.evidence = evidence
    }

    /// Sources that mention the person, sorted.
    public var sources: [String] { mentions.map(\.reference.source).sortedOnce() }
    /// How many sources mention the person: `sources.count`, without sorting or hashing them (`distinctCount(of:)`).
    public var sourceCount: Int { mentions.distinctCount { $0.reference.source } }
}

/// A role phrase a source attaches to a person.
public struct Role: Sendable, Hashable {
    public var text: String
    public var reference: SentenceReference
    public init(text: String, reference: SentenceReference) {
        self.text = text
        self.reference = reference
    }
}

/// One mention of a person in a sentence, with the form used.
public struct Mention: Sendable, Hashable {
    public var form: String
    public var reference: SentenceReference
    public init(form: String, reference: SentenceReference) {
        self.form = form
        self.reference = reference
    }
}

/// A direct quotation attributed to a person.
public struct Quote: Sendable, Hashable {
    public var text: String
    public var reference: SentenceReference
    public init(text: String, reference: SentenceReference) {
        self.text = text
        self.reference = reference
    }
}
