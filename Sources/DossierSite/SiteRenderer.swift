import DossierCore
import Foundation

/// Stages "render HTML" and "apply templates": each Markdown page becomes `markdown/<path>.md` and `<path>.html`.
public struct SiteRenderer: Sendable {
    public let templates: TemplateLibrary
    public let configuration: DossierConfiguration
    public let sourceCount: Int
    /// Keeps each page's HTML body for the next build and takes unchanged ones from the previous (the dev server).
    public var bodies: PageBodies?
    private let renderer = HTMLRenderer()
    /// The templates as rendered once per kind of page, for these templates and this configuration.
    private let shells = PageShells()

    public init(templates: TemplateLibrary, configuration: DossierConfiguration, sourceCount: Int) {
        self.templates = templates
        self.configuration = configuration
        self.sourceCount = sourceCount
    }

    /// The Markdown and HTML files of every page, rendered in parallel, in page order.
    public func render(_ pages: [MarkdownPage]) -> [SiteFile] {
        ParallelMap.map(pages, files).flatMap { $0 }
    }

    /// The Markdown and HTML files of one page.
    public func files(for page: MarkdownPage) -> [SiteFile] {
        [Self.markdownFile(of: page), htmlFile(of: page)]
    }

    /// The paths of the files `files(for:)` makes, known before they are made.
    public static func paths(of page: MarkdownPage) -> [String] {
        [markdownPath(of: page), htmlPath(of: page)]
    }

    /// The Markdown file of one page.
    public static func markdownFile(of page: MarkdownPage) -> SiteFile {
        SiteFile(path: markdownPath(of: page), text: page.markdown)
    }

    /// The HTML file of one page. Once the page's shell has been checked, its bytes are the shell's text and the page's
    /// values, with the content copied from cmark-gfm's output: no String of the content or of the page is made.
    public func htmlFile(of page: MarkdownPage) -> SiteFile {
        let path = Self.htmlPath(of: page)
        guard bodies == nil else { return SiteFile(path: path, text: html(for: page)) }
        // Without a checked shell, the content is copied out, so that cmark-gfm's memory for the page (its tree) is
        // given back before the template is rendered around it.
        let made = renderer.withHTML(fromMarkdown: page.markdown, fragments: page.fragments, separateParts: page.separateParts,
                                      sentenceParagraphs: page.sentenceParagraphs, linkLists: page.linkLists,
                                      footnotedTable: page.footnotedTable) { content -> RenderedPage in
            shellData(for: page, path: path, content: content).map(RenderedPage.fromShell)
                ?? .content(String(decoding: content, as: UTF8.self))
        }
        switch made {
        case .fromShell(let data): return SiteFile(path: path, data: data)
        case .content(let content): return SiteFile(path: path, text: html(for: page, content: content))
        }
    }

    /// A page's HTML bytes made from its shell, or its rendered content, to be put into its template.
    private enum RenderedPage {
        case fromShell(Data)
        case content(String)
    }

    /// The page's HTML bytes from its checked shell (checked now if no page has checked it yet); nil when it has none,
    /// or the page must be rendered whole.
    private func shellData(for page: MarkdownPage, path: String, content: UnsafeBufferPointer<UInt8>) -> Data? {
        guard let titleShape = PageShells.Shape(page.title), let pathShape = PageShells.Shape(path),
              let contentShape = PageShells.Shape(utf8: content) else { return nil }
        let key = shellKey(for: page, shapes: [titleShape, pathShape, contentShape])
        guard let parts = shells.checkedParts(for: key) ?? checkedShell(for: page, key: key, contentShape: contentShape)
        else { return nil }
        let names = templates.names
        guard !PageShells.namesTemplate(page.title, in: names), !PageShells.namesTemplate(path, in: names),
              !PageShells.namesTemplate(utf8: content, in: names)
        else { return nil }
        return PageShells.data(parts, title: page.title, path: path, content: content)
    }

    /// The shell of `key` once checked on this page: the whole template rendered with the page's title and path and a
    /// stand-in for its content, of the content's shape (`PageShells.standInContent`), against the shell with the same
    /// values. The content itself is left as cmark-gfm's bytes: the first page of a shell is often the only one, and the
    /// largest (a section page, megabytes of HTML), and a String of it (its UTF-8 checked) was most of its rendering's
    /// own work. The check is the one every later page of the shell relies on: only the content differs, and in the
    /// template's eyes a content is its text (printed, escaped or not) and its shape. Nil when the shell is not usable.
    private func checkedShell(for page: MarkdownPage, key: PageShells.Key, contentShape: PageShells.Shape) -> [PageShells.Part]? {
        let (path, content) = (page.path + ".html", PageShells.standInContent(shaped: contentShape))
        return shells.checkedParts(for: key, values: [page.title, path, content], templateNames: templates.names, render: { title, path, content, view in
            templates.render(page.template, context: context(for: page, title: title, path: path, content: content, view: view))
        }, whole: { templates.render(page.template, context: context(for: page, title: page.title, path: path, content: content, view: page.view)) })
    }

    private func shellKey(for page: MarkdownPage, shapes: [PageShells.Shape]) -> PageShells.Key {
        PageShells.Key(template: page.template, root: page.rootPrefix, isIndex: page.path == SitePath.index,
                       currentSection: Navigation.sections.firstIndex { $0.path == page.path }, shapes: shapes)
    }

    public static func markdownPath(of page: MarkdownPage) -> String { "markdown/\(page.path).md" }
    public static func htmlPath(of page: MarkdownPage) -> String { "\(page.path).html" }

    /// The whole HTML page: the Markdown rendered by cmark-gfm, put into the page's template (through its shell when
    /// it has one: see `PageShells`).
    public func html(for page: MarkdownPage) -> String {
        let convert = { renderer.html(fromMarkdown: page.markdown, fragments: page.fragments, separateParts: page.separateParts) }
        let content = bodies?.body(for: page, convert: convert) ?? convert()
        return html(for: page, content: content)
    }

    /// The whole HTML page around its rendered content.
    private func html(for page: MarkdownPage, content: String) -> String {
        let path = page.path + ".html"
        let whole = { templates.render(page.template, context: context(for: page, title: page.title, path: path, content: content, view: page.view)) }
        let values = [page.title, path, content]
        let shapes = values.compactMap(PageShells.Shape.init)
        guard shapes.count == values.count else { return whole() }
        return shells.html(values: values, key: shellKey(for: page, shapes: shapes), templateNames: templates.names, render: { title, path, content, view in
            templates.render(page.template, context: context(for: page, title: title, path: path, content: content, view: view))
        }, whole: whole) ?? whole()
    }

    /// The context of a page's template. Besides the page, it holds only the site's values: the page's title, path,
    /// content and view may be slots (see `PageShells`).
    func context(for page: MarkdownPage, title: Any, path: Any, content: Any, view: Any) -> [String: Any] {
        var site: [String: Any] = ["title": configuration.title, "language": configuration.language, "sourceCount": sourceCount,
                                   "search": configuration.search]
        if let description = configuration.description { site["description"] = description }
        if let baseURL = configuration.baseURL { site["baseURL"] = baseURL }
        let nav: [[String: Any]] = Navigation.sections.map { section in
            ["label": section.label, "href": section.path + ".html", "current": section.path == page.path]
        }
        return [
            "site": site,
            "page": ["title": title, "template": page.template, "path": path, "isIndex": page.path == SitePath.index],
            "root": page.rootPrefix,
            "nav": nav,
            "content": content,
            "view": view,
        ]
    }
}
