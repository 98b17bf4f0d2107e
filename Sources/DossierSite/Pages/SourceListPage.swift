import DossierCore

/// `sources/index`: every source with outlet, date and flags.
enum SourceListPage {
    static func page(for dossier: Dossier) -> MarkdownPage {
        let path = SitePath.sourcesIndex
        var md = MarkdownBuilder()
        md.heading(1, "Sources")
        md.paragraph("\(dossier.sources.count) source\(dossier.sources.count == 1 ? "" : "s") in this dossier.")
        md.table(header: ["Source", "Outlet", "Origin", "Published", "Words", "Flags"], rows: rows(dossier, from: path))
        return MarkdownPage(path: path, title: "Sources", template: "section", markdown: md.text)
    }

    /// A table row per source, linking to its page.
    static func rows(_ dossier: Dossier, from path: String) -> [[String]] {
        dossier.sources.map { article in
            [MarkdownText.link(SourceFormatting.title(article), to: SitePath.link(from: path, to: SitePath.source(article.id))),
             MarkdownText.escape(article.metadata.outlet ?? "—"),
             MarkdownText.escape(article.metadata.origin ?? "—"),
             MarkdownText.escape(SourceFormatting.date(article)),
             String(article.words),
             MarkdownText.escape(SourceFormatting.flags(article))]
        }
    }
}
