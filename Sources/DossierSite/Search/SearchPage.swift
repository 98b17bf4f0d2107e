import DossierCore

/// `search.html` and the index it reads: what the build adds to the site unless `dossier.yml` says `search: false`.
public enum SearchPage {
    /// The script every page loads for its search box (a template asset, user-editable like `style.css`).
    public static let script = "search.js"
    /// The page itself: its template (`search.mustache`) holds the box, the results and the message shown without scripts.
    public static let page = MarkdownPage(path: "search", title: "Search", template: "search", markdown: "")

    /// `search.html`, made with the templates.
    public static func html(renderer: SiteRenderer) -> SiteFile {
        SiteFile(path: page.path + ".html", text: renderer.html(for: page))
    }
}
