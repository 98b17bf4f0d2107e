import DossierCore
import Foundation

/// `output/dossier.json`, as `DOSSIER_JSON.md` describes it: pretty-printed, keys sorted, stable order.
///
/// Written member by member with `PrettyJSONWriter`, in the bytes `JSONEncoder` writes with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`, and a line end. Optionals are written as `null`, never
/// left out, so readers see every field; only a flag's related source, a topic's summary and a figure's basis are
/// left out when they are missing.
public enum DossierJSON {
    public static let schema = 1

    /// `sourceWords`: each source's words, one per source in the order of `dossier.sources`, as the caller counted them
    /// (`SitePages.sourceWords`: the Markdown stage counts them for the pages; `Article.words` counts every sentence
    /// again, over a book-length article a twentieth of a second).
    public static func encode(_ dossier: Dossier, sourceWords: [Int]) throws -> Data {
        precondition(sourceWords.count == dossier.sources.count, "one word count per source")
        var json = PrettyJSONWriter()
        try json.object { json in
            for key in DocumentKey.order {
                json.key(key)
                switch key {
                case .schema: json.int(schema)
                case .title: json.string(dossier.configuration.title)
                case .description: json.string(dossier.configuration.description)
                // Read in place, through their arrays' buffers: a `for … in` copy of each source, person, topic, figure
                // and event retained its strings, and so did handing over `array[index]` (the element was copied whole).
                // Figures, their values and events, the most numerous, are read field by field.
                case .sources:
                    dossier.sources.withUnsafeBufferPointer { sources in
                        json.array(sources.indices) { json, index in json.source(sources[index], words: sourceWords[index]) }
                    }
                case .people:
                    dossier.people.withUnsafeBufferPointer { people in
                        json.array(people.indices) { json, index in json.person(people[index]) }
                    }
                case .topics:
                    dossier.topics.withUnsafeBufferPointer { topics in
                        json.array(topics.indices) { json, index in json.topic(topics[index]) }
                    }
                case .figures:
                    try dossier.figures.withUnsafeBufferPointer { figures in
                        try json.array(figures.indices) { json, index in try json.figure(figures, at: index) }
                    }
                case .events:
                    dossier.events.withUnsafeBufferPointer { events in
                        json.array(events.indices) { json, index in json.event(events, at: index) }
                    }
                }
            }
        }
        // Handed over (`consume`): a writer still held here would keep its bytes, and they would be copied.
        return (consume json).dataEndingWithLineFeed()
    }

    enum DocumentKey: String, JSONKey {
        case schema, title, description, sources, people, topics, figures, events
        static let order = inWritingOrder()
    }

    enum SourceKey: String, JSONKey {
        case id, path, title, section, outlet, origin, published, date_inferred, date_inferred_from, url, authors, words,
             flags, flag_evidence, page, fields
        static let order = inWritingOrder()
    }

    enum FlagKey: String, JSONKey {
        case kind, evidence, source
        static let order = inWritingOrder()
    }

    enum ReferenceKey: String, JSONKey {
        case source, sentence
        static let order = inWritingOrder()
    }

    enum PersonKey: String, JSONKey {
        case id, name, aliases, roles, roles_by_source, mentions, quotes, evidence, page
        static let order = inWritingOrder()
    }

    /// The keys of a person's role (`source`, `text`), mention count (`source`, `count`) and quote.
    enum PersonPartKey: String, JSONKey {
        case count, sentence, source, text
        static let order = inWritingOrder()
    }

    enum TopicKey: String, JSONKey {
        case id, name, summary, keywords, sources, people, figures, sentences, page
        static let order = inWritingOrder()
    }

    enum FigureKey: String, JSONKey {
        case id, measure, unit, values, agreement, basis
        static let order = inWritingOrder()
    }

    enum ValueKey: String, JSONKey {
        case source, value, text, qualifier, sentence, anchor
        static let order = inWritingOrder()
    }

    enum EventKey: String, JSONKey {
        case date, date_text, text, sources, sentences
        static let order = inWritingOrder()
    }
}

private extension PrettyJSONWriter {
    mutating func source(_ article: Article, words: Int) {
        object { json in
            for key in DossierJSON.SourceKey.order {
                json.key(key)
                switch key {
                case .id: json.string(article.id)
                case .path: json.string(article.path)
                case .title: json.string(article.metadata.title)
                case .section: json.string(article.metadata.section)
                case .outlet: json.string(article.metadata.outlet)
                case .origin: json.string(article.metadata.origin)
                case .published: json.string(article.metadata.published)
                case .date_inferred: json.bool(!article.metadata.dateInferredFrom.isEmpty)
                case .date_inferred_from: json.array(article.metadata.dateInferredFrom)
                case .url: json.string(article.metadata.url)
                case .authors: json.array(article.metadata.authors)
                case .words: json.int(words)
                case .flags: json.array(article.flags.map(\.kind).uniqued())
                case .flag_evidence: json.array(article.flags) { $0.flag($1) }
                case .page: json.string(SitePath.pageURL(SitePath.sourcesFolder, article.id))
                case .fields: json.object(article.extraFields)
                }
            }
        }
    }

    mutating func flag(_ flag: QualityFlag) {
        object { json in
            for key in DossierJSON.FlagKey.order {
                switch key {
                case .kind:
                    json.key(key)
                    json.string(flag.kind)
                case .evidence:
                    json.key(key)
                    json.string(flag.evidence)
                case .source:
                    if let source = flag.relatedSource {
                        json.key(key)
                        json.string(source)
                    }
                }
            }
        }
    }

    mutating func reference(_ reference: SentenceReference) {
        object { json in
            for key in DossierJSON.ReferenceKey.order {
                json.key(key)
                switch key {
                case .source: json.string(reference.source)
                case .sentence: json.string(reference.sentence)
                }
            }
        }
    }

    mutating func person(_ person: Person) {
        object { json in
            for key in DossierJSON.PersonKey.order {
                json.key(key)
                switch key {
                case .id: json.string(person.id)
                case .name: json.string(person.name)
                case .aliases: json.array(person.aliases)
                case .roles: json.array(person.roles.map(\.text).uniqued())
                case .roles_by_source: json.array(person.roles) { $0.personPart(source: $1.reference.source, text: $1.text) }
                case .mentions:
                    var counts: [String: Int] = [:]
                    for mention in person.mentions { counts[mention.reference.source, default: 0] += 1 }
                    json.array(counts.sorted { $0.key < $1.key }) { $0.personPart(source: $1.key, count: $1.value) }
                case .quotes:
                    json.array(person.quotes) { $0.personPart(source: $1.reference.source, sentence: $1.reference.sentence, text: $1.text) }
                case .evidence: json.array(person.evidence)
                case .page: json.string(SitePath.pageURL(SitePath.peopleFolder, person.id))
                }
            }
        }
    }

    /// A role (source and text), a mention count (source and count) or a quote (source, sentence and text).
    mutating func personPart(source: String, count: Int? = nil, sentence: String? = nil, text: String? = nil) {
        object { json in
            for key in DossierJSON.PersonPartKey.order {
                switch key {
                case .source:
                    json.key(key)
                    json.string(source)
                case .count:
                    if let count {
                        json.key(key)
                        json.int(count)
                    }
                case .sentence:
                    if let sentence {
                        json.key(key)
                        json.string(sentence)
                    }
                case .text:
                    if let text {
                        json.key(key)
                        json.string(text)
                    }
                }
            }
        }
    }

    mutating func topic(_ topic: Topic) {
        object { json in
            for key in DossierJSON.TopicKey.order {
                if key == .summary, topic.summary == nil { continue }
                json.key(key)
                switch key {
                case .id: json.string(topic.id)
                case .name: json.string(topic.name)
                case .summary: json.string(topic.summary)
                case .keywords: json.array(topic.keywords)
                case .sources: json.array(topic.sources)
                case .people: json.array(topic.people)
                case .figures: json.array(topic.figures)
                case .sentences: json.array(topic.sentences.indices) { json, index in json.reference(topic.sentences[index]) }
                case .page: json.string(SitePath.pageURL(SitePath.topicsFolder, topic.id))
                }
            }
        }
    }

    /// The figure at `index` of `figures`, each field read in place.
    mutating func figure(_ figures: UnsafeBufferPointer<Figure>, at index: Int) throws {
        try object { json in
            for key in DossierJSON.FigureKey.order {
                if key == .basis, figures[index].basis == nil { continue }
                json.key(key)
                switch key {
                case .id: json.string(figures[index].id)
                case .measure: json.string(figures[index].measure)
                case .unit: json.string(figures[index].unit)
                case .values:
                    try figures[index].values.withUnsafeBufferPointer { values in
                        try json.array(values.indices) { json, value in try json.value(values, at: value) }
                    }
                case .agreement: json.string(figures[index].agreement.rawValue)
                case .basis: json.string(figures[index].basis)
                }
            }
        }
    }

    /// The value at `index` of `values`, each field read in place.
    mutating func value(_ values: UnsafeBufferPointer<FigureValue>, at index: Int) throws {
        try object { json in
            for key in DossierJSON.ValueKey.order {
                json.key(key)
                switch key {
                case .source: json.string(values[index].reference.source)
                case .value: try json.number(values[index].value)
                case .text: json.string(values[index].text)
                case .qualifier: json.string(values[index].qualifier)
                case .sentence: json.string(values[index].sentence)
                case .anchor: json.string(values[index].reference.sentence)
                }
            }
        }
    }

    /// The event at `index` of `events`, each field read in place.
    mutating func event(_ events: UnsafeBufferPointer<Event>, at index: Int) {
        object { json in
            for key in DossierJSON.EventKey.order {
                json.key(key)
                switch key {
                case .date: json.string(events[index].date)
                case .date_text: json.string(events[index].dateText)
                case .text: json.string(events[index].text)
                case .sources: json.array(events[index].sources)
                case .sentences:
                    let references = events[index].references
                    json.array(references.indices) { json, reference in json.reference(references[reference]) }
                }
            }
        }
    }
}
