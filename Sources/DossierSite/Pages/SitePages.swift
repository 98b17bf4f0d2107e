import DossierCore

/// Stage "write Markdown pages": every page of the site as Markdown, in a stable order.
public enum SitePages {
    public static func pages(for dossier: Dossier) -> [MarkdownPage] {
        var pages: [MarkdownPage] = []
        let sentences = SentenceIndex(dossier)
        pages.append(IndexPage.page(for: dossier, sentences: sentences))
        pages.append(SourceListPage.page(for: dossier))
        let peopleBySource = peopleIndex(dossier)
        pages.append(contentsOf: ParallelMap.map(dossier.sources) { SourcePage.page(for: $0, in: dossier, people: peopleBySource[$0.id] ?? []) })
        pages.append(PeopleIndexPage.page(for: dossier))
        let names = Dictionary(dossier.people.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let topicsByPerson = TopicLinks.topicsByPerson(dossier)
        pages.append(contentsOf: ParallelMap.map(dossier.people) {
            PersonPage.page(for: $0, in: dossier, names: names, topics: topicsByPerson[$0.id] ?? [], sentences: sentences)
        })
        pages.append(TopicsIndexPage.page(for: dossier))
        pages.append(contentsOf: dossier.topics.map { TopicPage.page(for: $0, in: dossier, sentences: sentences) })
        pages.append(FiguresPage.page(for: dossier))
        pages.append(TimelinePage.page(for: dossier))
        return pages
    }

    /// The people each source mentions, in who's-who order.
    static func peopleIndex(_ dossier: Dossier) -> [String: [Person]] {
        var bySource: [String: [Person]] = [:]
        for person in dossier.people {
            for source in person.sources { bySource[source, default: []].append(person) }
        }
        return bySource
    }
}
