import DossierCore

/// Stage "write Markdown pages": every page of the site as Markdown, in a stable order, made on all cores.
public enum SitePages {
    /// One page of the site; a source, person or topic by its position in the dossier (not a copy of it, whose every
    /// string and array would be retained when the list is made and again when the page is).
    enum Page: Sendable {
        case index, sourceList, source(Int), peopleIndex, person(Int), topicsIndex, topic(Int), figures, timeline

        /// The brief and the figures table are made from the whole dossier: they are started first, so that the
        /// other pages share the cores with them instead of waiting at the end.
        var isLarge: Bool {
            switch self {
            case .index, .figures: true
            default: false
            }
        }
    }

    /// `sourceWords`: each source's words, one per source in the order of `dossier.sources` (`sourceWords(_:)`), counted
    /// once for the pages and `dossier.json`.
    public static func pages(for dossier: Dossier, sourceWords: [Int]) -> [MarkdownPage] {
        let order: [Page] = [.index, .sourceList] + dossier.sources.indices.map(Page.source) + [.peopleIndex]
            + dossier.people.indices.map(Page.person) + [.topicsIndex] + dossier.topics.indices.map(Page.topic) + [.figures, .timeline]
        let maker = PageMaker(dossier, sourceWords: sourceWords)
        return ParallelMap.map(order, costliestFirst: { $0.isLarge ? 1 : 0 }) { maker.page($0) }
    }

    /// What the pages share, worked out once for all of them.
    struct PageMaker: Sendable {
        let dossier: Dossier
        let sentences: SentenceIndex
        let peopleBySource: [String: [SourcePage.Mentioned]]
        let names: [String: String]
        let topicsByPerson: [String: [Topic]]
        let topicsBySource: [String: [Topic]]
        /// Where each person and each figure row stands in the dossier, by id (the first of an id).
        let personPositions: [String: Int]
        let figurePositions: [String: Int]
        /// Each source's words by its position in the dossier, for its page, the list of sources and the brief.
        let words: [Int]
        let sourceNames: SourceNames

        init(_ dossier: Dossier, sourceWords: [Int]) {
            precondition(sourceWords.count == dossier.sources.count, "one word count per source")
            self.dossier = dossier
            sentences = SentenceIndex(dossier)
            peopleBySource = SitePages.peopleIndex(dossier)
            names = Dictionary(dossier.people.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            topicsByPerson = TopicLinks.topicsByPerson(dossier)
            topicsBySource = TopicLinks.topicsBySource(dossier)
            personPositions = Dictionary(dossier.people.indices.map { (dossier.people[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
            figurePositions = Dictionary(dossier.figures.indices.map { (dossier.figures[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
            words = sourceWords
            sourceNames = SourceNames(dossier)
        }

        func page(_ page: Page) -> MarkdownPage {
            switch page {
            case .index: return IndexPage.page(for: dossier, sentences: sentences, words: words)
            case .sourceList: return SourceListPage.page(for: dossier, words: words)
            // A source, person or topic is handed over from its array's buffer: `let x = array[position]` copied it whole
            // (its strings and arrays retained, then released) for each page.
            case .source(let position):
                return dossier.sources.withUnsafeBufferPointer { sources in
                    let id = sources[position].id
                    return SourcePage.page(for: sources[position], in: dossier, people: peopleBySource[id] ?? [], words: words[position],
                                           topics: topicsBySource[id] ?? [])
                }
            case .peopleIndex: return PeopleIndexPage.page(for: dossier)
            case .person(let position):
                return dossier.people.withUnsafeBufferPointer { people in
                    PersonPage.page(for: people[position], names: names, sourceNames: sourceNames,
                                    topics: topicsByPerson[people[position].id] ?? [], sentences: sentences)
                }
            case .topicsIndex: return TopicsIndexPage.page(for: dossier)
            case .topic(let position):
                // Only the people and figures the page lists are looked up and copied (a topic may name hundreds).
                return dossier.topics.withUnsafeBufferPointer { topics in
                    TopicPage.page(for: topics[position], in: dossier,
                                   people: Array(topics[position].people.lazy.compactMap { personPositions[$0].map { dossier.people[$0] } }
                                       .prefix(TopicPage.involvedShown)),
                                   figures: Array(topics[position].figures.lazy.compactMap { figurePositions[$0].map { dossier.figures[$0] } }
                                       .prefix(TopicPage.involvedShown)),
                                   sentences: sentences, sourceNames: sourceNames)
                }
            case .figures: return FiguresPage.page(for: dossier)
            case .timeline: return TimelinePage.page(for: dossier)
            }
        }
    }

    /// Each source's words (`Article.words`), in the order of `dossier.sources`, counted on all cores.
    public static func sourceWords(_ dossier: Dossier) -> [Int] {
        ParallelMap.map(dossier.sources) { $0.words }
    }

    /// The people each source mentions, in who's-who order, with how often it mentions each: one pass over each
    /// person's mentions (counting them again for each of the person's sources went over them once per source).
    static func peopleIndex(_ dossier: Dossier) -> [String: [SourcePage.Mentioned]] {
        var bySource: [String: [SourcePage.Mentioned]] = [:]
        for person in dossier.people {
            var counts: [String: Int] = [:]
            for mention in person.mentions { counts[mention.reference.source, default: 0] += 1 }
            for (source, count) in counts {
                bySource[source, default: []].append(SourcePage.Mentioned(id: person.id, name: person.name, mentions: count))
            }
        }
        return bySource
    }
}
