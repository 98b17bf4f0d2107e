import DossierCore

/// The documents of the search index, made from the dossier (not from its HTML), in ranking order:
/// people, topics, figure rows, sources, quotes, then every other sentence; within a kind, the dossier's order.
public enum SearchDocuments {
    /// Values of a figure row shown in its snippet; the row itself shows them all.
    static let figureValuesShown = 4

    public static func documents(for dossier: Dossier) -> [SearchDocument] {
        var documents: [SearchDocument] = []
        for person in dossier.people {
            let role = person.roles.first.map { $0.text }
            let also = person.aliases.isEmpty ? nil : "also " + person.aliases.joined(separator: ", ")
            documents.append(SearchDocument(
                kind: .person, title: person.name, url: SitePath.person(person.id) + ".html",
                snippet: [role, also].compactMap { $0 }.joined(separator: " · "),
                indexed: ([person.name] + person.aliases).joined(separator: "\n")))
        }
        for topic in dossier.topics {
            documents.append(SearchDocument(
                kind: .topic, title: topic.name, url: SitePath.topic(topic.id) + ".html",
                snippet: topic.summary ?? topic.keywords.joined(separator: ", "),
                indexed: ([topic.name] + topic.keywords).joined(separator: "\n")))
        }
        for figure in dossier.figures {
            documents.append(figureDocument(figure))
        }
        for source in dossier.sources {
            let metadata = source.metadata
            let about = [metadata.outlet, metadata.published, metadata.authors.isEmpty ? nil : metadata.authors.joined(separator: ", ")]
            documents.append(SearchDocument(
                kind: .source, title: SourceFormatting.title(source), url: SitePath.source(source.id) + ".html",
                snippet: about.compactMap { $0 }.joined(separator: " · "),
                indexed: ([metadata.title, metadata.outlet, metadata.origin].compactMap { $0 } + metadata.authors).joined(separator: "\n")))
        }
        let speakers = speakersBySentence(dossier.people)
        var quotes: [SearchDocument] = []
        var sentences: [SearchDocument] = []
        for source in dossier.sources {
            let sourceTitle = SourceFormatting.title(source)
            let page = SitePath.source(source.id) + ".html#"
            // Most sources quote no one: their sentences are not looked up.
            let sourceSpeakers = speakers[source.id]
            for sentence in source.sentences {
                let url = page + sentence.id
                if let speaker = sourceSpeakers?[sentence.id] {
                    quotes.append(SearchDocument(kind: .quote, title: sourceTitle, url: url, snippet: sentence.text,
                                                 indexed: sentence.text, speaker: speaker, source: source.id))
                } else {
                    sentences.append(SearchDocument(kind: .sentence, title: sourceTitle, url: url, snippet: sentence.text,
                                                    indexed: sentence.text, source: source.id))
                }
            }
        }
        return documents + quotes + sentences
    }

    /// A row's snippet is its values as written (`59 · about 60`): the row on `figures.html` names their sources.
    static func figureDocument(_ figure: Figure) -> SearchDocument {
        var values = figure.values.prefix(figureValuesShown).map(\.text)
        if figure.values.count > figureValuesShown { values.append("…") }
        let agreement = figure.agreement == .conflict ? "sources disagree: " : ""
        return SearchDocument(
            kind: .figure, title: figure.measure, url: SitePath.figures + ".html#" + figure.id,
            snippet: agreement + values.joined(separator: " · "),
            indexed: [figure.measure, figure.unit].compactMap { $0 }.joined(separator: "\n"))
    }

    /// The first person (in the dossier's order) quoted in each sentence, by source id, then sentence id.
    static func speakersBySentence(_ people: [Person]) -> [String: [String: String]] {
        var speakers: [String: [String: String]] = [:]
        for person in people {
            for quote in person.quotes where speakers[quote.reference.source]?[quote.reference.sentence] == nil {
                speakers[quote.reference.source, default: [:]][quote.reference.sentence] = person.name
            }
        }
        return speakers
    }
}
