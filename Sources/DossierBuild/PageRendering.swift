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

    private func rendersHTML(_ page: MarkdownPage) -> Bool {
        reusedHTML.isEmpty || !reusedHTML.contains(SiteRenderer.htmlPath(of: page))
    }
}
