import DossierCore

/// `sources/index`: every source with outlet, date and flags.
enum SourceListPage {
    /// `words`: each source's word count, in the order of `dossier.sources` (`SitePages.sourceWords`).
    static func page(for dossier: Dossier, words: [Int]) -> MarkdownPage {
        let path = SitePath.sourcesIndex
        var md = MarkdownBuilder()
        md.heading(1, "Sources")
        md.paragraph("\(dossier.sources.count) source\(dossier.sources.count == 1 ? "" : "s") in this dossier.")
        md.table(header: ["Source", "Outlet", "Origin", "Published", "Words", "Flags"], rows: rows(dossier, words: words, from: path))
        return MarkdownPage(path: path, title: "Sources", template: "section", markdown: md.text)
    }

    /// A table row per source, linking to its page.
    static func rows(_ dossier: Dossier, words: [Int], from path: String) -> [[String]] {
        dossier.sources.indices.map { index in
            let article = dossier.sources[index]
            return [MarkdownText.link(SourceFormatting.title(article), to: SitePath.link(from: path, to: SitePath.source(article.id))),
             MarkdownText.escape(article.metadata.outlet ?? "—"),
             MarkdownText.escape(article.metadata.origin ?? "—"),
             MarkdownText.escape(SourceFormatting.date(article)),
             String(words[index]),
             MarkdownText.escape(SourceFormatting.flags(article))]
        }
    }
}
