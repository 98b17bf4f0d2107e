import DossierCore
import Foundation

/// `dossier.json` as the `Encodable` shape `DOSSIER_JSON.md` describes, for `JSONEncoder` to write: what `DossierJSON`
/// writes by hand is checked against it, byte for byte.
struct DossierJSONReference: Encodable {
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    var schema = 1
    var title: String
    var description: String?
    var sources: [SourceEntry]
    var people: [PersonEntry]
    var topics: [TopicEntry]
    var figures: [FigureEntry]
    var events: [EventEntry]

    init(_ dossier: Dossier) {
        title = dossier.configuration.title
        description = dossier.configuration.description
        sources = dossier.sources.map(SourceEntry.init)
        people = dossier.people.map(PersonEntry.init)
        topics = dossier.topics.map(TopicEntry.init)
        figures = dossier.figures.map(FigureEntry.init)
        events = dossier.events.map(EventEntry.init)
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(schema, forKey: .schema)
        try container.encode(title, forKey: .title)
        try container.encode(description, forKey: .description)
        try container.encode(sources, forKey: .sources)
        try container.encode(people, forKey: .people)
        try container.encode(topics, forKey: .topics)
        try container.encode(figures, forKey: .figures)
        try container.encode(events, forKey: .events)
    }

    enum Key: String, CodingKey { case schema, title, description, sources, people, topics, figures, events }

    struct SourceEntry: Encodable {
        var id, path: String
        var title, section, outlet, origin, published, url: String?
        var dateInferredFrom: [String]
        var authors: [String]
        var words: Int
        var flags: [String]
        var flagEvidence: [FlagEntry]
        var page: String
        var fields: [String: String]

        init(_ article: Article) {
            id = article.id
            path = article.path
            title = article.metadata.title
            section = article.metadata.section
            outlet = article.metadata.outlet
            origin = article.metadata.origin
            published = article.metadata.published
            dateInferredFrom = article.metadata.dateInferredFrom
            url = article.metadata.url
            authors = article.metadata.authors
            words = article.words
            var seen = Set<String>()
            flags = article.flags.map(\.kind).filter { seen.insert($0).inserted }
            flagEvidence = article.flags.map { FlagEntry(kind: $0.kind, evidence: $0.evidence, source: $0.relatedSource) }
            page = "sources/" + article.id + ".html"
            fields = article.extraFields
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(id, forKey: .id)
            try c.encode(path, forKey: .path)
            try c.encode(title, forKey: .title)
            try c.encode(section, forKey: .section)
            try c.encode(outlet, forKey: .outlet)
            try c.encode(origin, forKey: .origin)
            try c.encode(published, forKey: .published)
            try c.encode(!dateInferredFrom.isEmpty, forKey: .date_inferred)
            try c.encode(dateInferredFrom, forKey: .date_inferred_from)
            try c.encode(url, forKey: .url)
            try c.encode(authors, forKey: .authors)
            try c.encode(words, forKey: .words)
            try c.encode(flags, forKey: .flags)
            try c.encode(flagEvidence, forKey: .flag_evidence)
            try c.encode(page, forKey: .page)
            try c.encode(fields, forKey: .fields)
        }

        enum Key: String, CodingKey { case id, path, title, section, outlet, origin, published, date_inferred, date_inferred_from, url, authors, words, flags, flag_evidence, page, fields }
    }

    struct FlagEntry: Encodable {
        var kind: String
        var evidence: String
        var source: String?
    }

    struct ReferenceEntry: Encodable {
        var source: String
        var sentence: String
    }

    struct PersonEntry: Encodable {
        struct MentionCount: Encodable { var source: String; var count: Int }
        struct QuoteEntry: Encodable { var source: String; var sentence: String; var text: String }
        struct RoleEntry: Encodable { var source: String; var text: String }
        var id, name: String
        var aliases: [String]
        var roles: [String]
        var rolesBySource: [RoleEntry]
        var mentions: [MentionCount]
        var quotes: [QuoteEntry]
        var evidence: [String]
        var page: String

        init(_ person: Person) {
            id = person.id
            name = person.name
            aliases = person.aliases
            var seen = Set<String>()
            roles = person.roles.map(\.text).filter { seen.insert($0).inserted }
            rolesBySource = person.roles.map { RoleEntry(source: $0.reference.source, text: $0.text) }
            var counts: [String: Int] = [:]
            for mention in person.mentions { counts[mention.reference.source, default: 0] += 1 }
            mentions = counts.sorted { $0.key < $1.key }.map { MentionCount(source: $0.key, count: $0.value) }
            quotes = person.quotes.map { QuoteEntry(source: $0.reference.source, sentence: $0.reference.sentence, text: $0.text) }
            evidence = person.evidence
            page = "people/" + person.id + ".html"
        }

        enum CodingKeys: String, CodingKey { case id, name, aliases, roles, rolesBySource = "roles_by_source", mentions, quotes, evidence, page }
    }

    struct TopicEntry: Encodable {
        var id, name: String
        var summary: String?
        var keywords: [String]
        var sources: [String]
        var people: [String]
        var figures: [String]
        var sentences: [ReferenceEntry]
        var page: String

        init(_ topic: Topic) {
            id = topic.id
            name = topic.name
            summary = topic.summary
            keywords = topic.keywords
            sources = topic.sources
            people = topic.people
            figures = topic.figures
            sentences = topic.sentences.map { ReferenceEntry(source: $0.source, sentence: $0.sentence) }
            page = "topics/" + topic.id + ".html"
        }
    }

    struct FigureEntry: Encodable {
        struct ValueEntry: Encodable {
            var source: String
            var value: Double?
            var text: String
            var qualifier: String?
            var sentence: String
            var anchor: String

            func encode(to encoder: Encoder) throws {
                var c = encoder.container(keyedBy: Key.self)
                try c.encode(source, forKey: .source)
                try c.encode(value, forKey: .value)
                try c.encode(text, forKey: .text)
                try c.encode(qualifier, forKey: .qualifier)
                try c.encode(sentence, forKey: .sentence)
                try c.encode(anchor, forKey: .anchor)
            }

            enum Key: String, CodingKey { case source, value, text, qualifier, sentence, anchor }
        }
        var id, measure: String
        var unit: String?
        var values: [ValueEntry]
        var agreement: String
        var basis: String?

        init(_ figure: Figure) {
            id = figure.id
            measure = figure.measure
            unit = figure.unit
            values = figure.values.map {
                ValueEntry(source: $0.reference.source, value: $0.value, text: $0.text, qualifier: $0.qualifier,
                           sentence: $0.sentence, anchor: $0.reference.sentence)
            }
            agreement = figure.agreement.rawValue
            basis = figure.basis
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(id, forKey: .id)
            try c.encode(measure, forKey: .measure)
            try c.encode(unit, forKey: .unit)
            try c.encode(values, forKey: .values)
            try c.encode(agreement, forKey: .agreement)
            try c.encodeIfPresent(basis, forKey: .basis)
        }

        enum Key: String, CodingKey { case id, measure, unit, values, agreement, basis }
    }

    struct EventEntry: Encodable {
        var date: String?
        var dateText: String
        var text: String
        var sources: [String]
        var sentences: [ReferenceEntry]

        init(_ event: Event) {
            date = event.date
            dateText = event.dateText
            text = event.text
            sources = event.sources
            sentences = event.references.map { ReferenceEntry(source: $0.source, sentence: $0.sentence) }
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(date, forKey: .date)
            try c.encode(dateText, forKey: .date_text)
            try c.encode(text, forKey: .text)
            try c.encode(sources, forKey: .sources)
            try c.encode(sentences, forKey: .sentences)
        }

        enum Key: String, CodingKey { case date, date_text, text, sources, sentences }
    }
}
