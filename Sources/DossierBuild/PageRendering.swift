import DossierSite

/// The files the render stage makes for each page: its Markdown, and its HTML unless the HTML was taken unchanged from
/// the output (`reusedHTML`, by path).
struct PageRendering: Sendable {
    var renderer: SiteRenderer
    var reusedHTML: Set<String>

    func paths(of page: MarkdownPage) -> [String] {
        rendersHTML(page) ? SiteRenderer.paths(of: page) : [SiteRenderer.markdownPath(of: page)]
    }

    @Sendable func files(for page: MarkdownPage) -> [SiteFile] {
        guard rendersHTML(page) else {
            renderer.bodies?.keep(page)
            return [SiteRenderer.markdownFile(of: page)]
        }
        return renderer.files(for: page)
    }

    /// What a page costs to render, for scheduling: its Markdown's length.
    static func cost(of page: MarkdownPage) -> Int { page.markdown.utf8.count }

    /// The pages but the costliest (the first of those, on a tie), and that one: cmark-gfm parses one page's inlines at
    /// a time (see `HTMLRenderer`), so while the largest page of a corpus (the figures page: 5 MB of Markdown on 2,225
    /// articles) was parsed among the others, every other core waited for it; it is rendered on its own instead.
    static func settingAsideLargest(_ pages: [MarkdownPage]) -> (others: [MarkdownPage], largest: MarkdownPage?) {
        // `max(by:)` keeps the first of equal elements.
        guard let index = pages.indices.max(by: { cost(of: pages[$0]) < cost(of: pages[$1]) })
        else { return (pages, nil) }
        var others = pages
        let largest = others.remove(at: index)
        return (others, largest)
    }

    private func rendersHTML(_ page: MarkdownPage) -> Bool {
        reusedHTML.isEmpty || !reusedHTML.contains(SiteRenderer.htmlPath(of: page))
    }
}
