import DossierCore

/// The documents of the search index, made from the dossier (not from its HTML), in ranking order:
/// people, topics, figure rows, sources, quotes, then every other sentence; within a kind, the dossier's order.
public enum SearchDocuments {
    /// Values of a figure row shown in its snippet; the row itself shows them all.
    static let figureValuesShown = 4

    public static func documents(for dossier: Dossier) -> [SearchDocument] {
        var documents: [SearchDocument] = []
        for person in dossier.people {
            // The role, and the aliases after `also`, with ` · ` between them when both are there.
            var snippet = person.roles.first?.text ?? ""
            if !person.aliases.isEmpty {
                if !person.roles.isEmpty { snippet += " · " }
                snippet += "also "
                snippet.appendJoined(person.aliases, separator: ", ")
            }
            documents.append(SearchDocument(
                kind: .person, title: person.name, url: SitePath.pageURL(SitePath.peopleFolder, person.id),
                snippet: snippet, indexed: lines(person.name, person.aliases)))
        }
        for topic in dossier.topics {
            documents.append(SearchDocument(
                kind: .topic, title: topic.name, url: SitePath.pageURL(SitePath.topicsFolder, topic.id),
                snippet: topic.summary ?? topic.keywords.joined(separator: ", "),
                indexed: lines(topic.name, topic.keywords)))
        }
        // Through a buffer: a `for … in` copy of each figure retained its strings and values.
        dossier.figures.withUnsafeBufferPointer { figures in
            for index in figures.indices { documents.append(figureDocument(figures[index])) }
        }
        // A source's title is shown by its own document and by each of its sentences': made once.
        let sourceTitles = dossier.sources.map(SourceFormatting.title)
        // By index: a `for … in` copy of each source retained all its strings and arrays.
        for number in dossier.sources.indices {
            let metadata = dossier.sources[number].metadata
            // The outlet, date and authors there are, with ` · ` between them.
            var about = Joined(separator: " · ")
            about.append(metadata.outlet)
            about.append(metadata.published)
            if !metadata.authors.isEmpty { about.append(metadata.authors.joined(separator: ", ")) }
            // The title, outlet and origin there are, then the authors, a line each.
            var indexed = Joined(separator: "\n")
            indexed.append(metadata.title)
            indexed.append(metadata.outlet)
            indexed.append(metadata.origin)
            for author in metadata.authors { indexed.append(author) }
            documents.append(SearchDocument(
                kind: .source, title: sourceTitles[number], url: SitePath.pageURL(SitePath.sourcesFolder, dossier.sources[number].id),
                snippet: about.text, indexed: indexed.text))
        }
        // Quotes, then the other sentences, each appended where it stays: two passes over the sources, not two
        // arrays joined afterwards (which copied every sentence's document and then destroyed the copies). Sentences
        // are read in their paragraphs: `Article.sentences` would gather a copy of them all on each pass. A sentence's
        // document shares its source's page address (made once per source) and its sentence's id.
        let speakers = speakersBySentence(dossier.people)
        // nil for a page address holding a `#` (a source id with one), whose sentences' addresses are cut where the
        // whole address would be.
        let sourcePages = dossier.sources.indices.map { number -> String? in
            let page = SitePath.pageURL(SitePath.sourcesFolder, dossier.sources[number].id)
            return page.utf8.contains(UInt8(ascii: "#")) ? nil : page
        }
        let sentenceCount = dossier.sources.reduce(0) { $0 + $1.paragraphs.reduce(0) { $0 + $1.sentences.count } }
        documents.reserveCapacity(documents.count + sentenceCount)
        // Sources, paragraphs and sentences are read through buffers: an element read by subscript or `for … in` was
        // copied whole (a sentence's strings and tokens retained, and released again) for each sentence.
        dossier.sources.withUnsafeBufferPointer { sources in
            for number in sources.indices {
                // Most sources quote no one: their sentences are not looked up.
                let source = sources[number].id
                guard let sourceSpeakers = speakers[source] else { continue }
                forEachSentence(in: sources[number].paragraphs) { id, text in
                    guard let speaker = sourceSpeakers[id] else { return }
                    documents.append(sentenceDocument(.quote, source: source, title: sourceTitles[number], page: sourcePages[number],
                                                      id: id, text: text, speaker: speaker))
                }
            }
            for number in sources.indices {
                let source = sources[number].id
                let sourceSpeakers = speakers[source]
                forEachSentence(in: sources[number].paragraphs) { id, text in
                    guard sourceSpeakers?[id] == nil else { return }
                    documents.append(sentenceDocument(.sentence, source: source, title: sourceTitles[number], page: sourcePages[number],
                                                      id: id, text: text, speaker: nil))
                }
            }
        }
        return documents
    }

    /// Hands each sentence's id and text, in reading order, to `body`, read in place through the paragraphs' buffers
    /// (handed over whole, a sentence or its source was still copied, its tokens and all, for each sentence).
    private static func forEachSentence(in paragraphs: [Paragraph], _ body: (_ id: String, _ text: String) -> Void) {
        paragraphs.withUnsafeBufferPointer { paragraphs in
            for paragraph in paragraphs.indices {
                paragraphs[paragraph].sentences.withUnsafeBufferPointer { sentences in
                    for sentence in sentences.indices { body(sentences[sentence].id, sentences[sentence].text) }
                }
            }
        }
    }

    /// A quote's or a sentence's document: its source's page, with the sentence's id as the anchor.
    private static func sentenceDocument(_ kind: SearchDocument.Kind, source: String, title: String, page: String?,
                                         id: String, text: String, speaker: String?) -> SearchDocument {
        guard let page else {
            return SearchDocument(kind: kind, title: title, url: SitePath.pageURL(SitePath.sourcesFolder, source) + "#" + id,
                                  snippet: text, indexed: text, speaker: speaker, source: source)
        }
        return SearchDocument(kind: kind, title: title, page: page, anchor: id, snippet: text, indexed: text,
                              speaker: speaker, source: source)
    }

    /// The figures page's address, which holds no `#`.
    private static let figuresPage = SitePath.figures + ".html"

    /// A row's snippet is its values as written (`59 · about 60`): the row on `figures.html` names their sources.
    static func figureDocument(_ figure: Figure) -> SearchDocument {
        var snippet = Joined(separator: " · ", after: figure.agreement == .conflict ? "sources disagree: " : "")
        for index in figure.values.indices.prefix(figureValuesShown) { snippet.append(figure.values[index].text) }
        if figure.values.count > figureValuesShown { snippet.append("…") }
        var indexed = Joined(separator: "\n")
        indexed.append(figure.measure)
        indexed.append(figure.unit)
        return SearchDocument(kind: .figure, title: figure.measure, page: figuresPage, anchor: figure.id, snippet: snippet.text,
                              indexed: indexed.text)
    }

    /// `([first] + rest).joined(separator: "\n")`, without the array: `first` itself when there is no rest.
    static func lines(_ first: String, _ rest: [String]) -> String {
        var text = first
        for line in rest {
            text += "\n"
            text += line
        }
        return text
    }

    /// Parts joined with a separator as they are given, into one string (no array of them made to be joined), after a
    /// fixed start: `start + parts.compactMap { $0 }.joined(separator: separator)`.
    struct Joined {
        private(set) var text: String
        private let separator: String
        private var isEmpty = true

        init(separator: String, after start: String = "") {
            self.separator = separator
            text = start
        }

        /// Adds the part, if there is one.
        mutating func append(_ part: String?) {
            guard let part else { return }
            if !isEmpty { text += separator }
            isEmpty = false
            text += part
        }
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
