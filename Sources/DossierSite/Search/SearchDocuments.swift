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
        // A source's title is shown by its own document and by each of its sentences': made once.
        let sourceTitles = dossier.sources.map(SourceFormatting.title)
        for (source, sourceTitle) in zip(dossier.sources, sourceTitles) {
            let metadata = source.metadata
            let about = [metadata.outlet, metadata.published, metadata.authors.isEmpty ? nil : metadata.authors.joined(separator: ", ")]
            documents.append(SearchDocument(
                kind: .source, title: sourceTitle, url: SitePath.source(source.id) + ".html",
                snippet: about.compactMap { $0 }.joined(separator: " · "),
                indexed: ([metadata.title, metadata.outlet, metadata.origin].compactMap { $0 } + metadata.authors).joined(separator: "\n")))
        }
        // Quotes, then the other sentences, each appended where it stays: two passes over the sources, not two
        // arrays joined afterwards (which copied every sentence's document and then destroyed the copies). Sentences
        // are read in their paragraphs: `Article.sentences` would gather a copy of them all on each pass.
        let speakers = speakersBySentence(dossier.people)
        let sentenceCount = dossier.sources.reduce(0) { $0 + $1.paragraphs.reduce(0) { $0 + $1.sentences.count } }
        documents.reserveCapacity(documents.count + sentenceCount)
        for (source, sourceTitle) in zip(dossier.sources, sourceTitles) {
            // Most sources quote no one: their sentences are not looked up.
            guard let sourceSpeakers = speakers[source.id] else { continue }
            let page = SitePath.source(source.id) + ".html#"
            for paragraph in source.paragraphs {
                // A sentence's id and text are read in place: a `for sentence in` copy retains its tokens and all.
                for index in paragraph.sentences.indices {
                    guard let speaker = sourceSpeakers[paragraph.sentences[index].id] else { continue }
                    let text = paragraph.sentences[index].text
                    documents.append(SearchDocument(kind: .quote, title: sourceTitle, url: page + paragraph.sentences[index].id, snippet: text,
                                                    indexed: text, speaker: speaker, source: source.id))
                }
            }
        }
        for (source, sourceTitle) in zip(dossier.sources, sourceTitles) {
            let page = SitePath.source(source.id) + ".html#"
            let sourceSpeakers = speakers[source.id]
            for paragraph in source.paragraphs {
                for index in paragraph.sentences.indices where sourceSpeakers?[paragraph.sentences[index].id] == nil {
                    let text = paragraph.sentences[index].text
                    documents.append(SearchDocument(kind: .sentence, title: sourceTitle, url: page + paragraph.sentences[index].id, snippet: text,
                                                    indexed: text, source: source.id))
                }
            }
        }
        return documents
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
