import DossierCore

/// Stage "write Markdown pages": every page of the site as Markdown, in a stable order.
public enum SitePages {
    public static func pages(for dossier: Dossier) -> [MarkdownPage] {
        var pages: [MarkdownPage] = []
        pages.append(IndexPage.page(for: dossier))
        pages.append(SourceListPage.page(for: dossier))
        pages.append(contentsOf: ParallelMap.map(dossier.sources) { SourcePage.page(for: $0, in: dossier) })
        pages.append(PeopleIndexPage.page(for: dossier))
        pages.append(TopicsIndexPage.page(for: dossier))
        pages.append(contentsOf: dossier.topics.map { TopicPage.page(for: $0, in: dossier) })
        pages.append(FiguresPage.page(for: dossier))
        pages.append(TimelinePage.page(for: dossier))
        return pages
    }
}
