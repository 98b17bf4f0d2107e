import DossierCore

/// `sources/index`: every source with outlet, date and flags.
enum SourceListPage {
    /// `words`: each source's word count by id (`SourceListPage.wordCounts`), when the caller has counted them.
    static func page(for dossier: Dossier, words: [String: Int]? = nil) -> MarkdownPage {
        let path = SitePath.sourcesIndex
        var md = MarkdownBuilder()
        md.heading(1, "Sources")
        md.paragraph("\(dossier.sources.count) source\(dossier.sources.count == 1 ? "" : "s") in this dossier.")
        md.table(header: ["Source", "Outlet", "Origin", "Published", "Words", "Flags"], rows: rows(dossier, words: words, from: path))
        return MarkdownPage(path: path, title: "Sources", template: "section", markdown: md.text)
    }

    /// A table row per source, linking to its page.
    static func rows(_ dossier: Dossier, words: [String: Int]? = nil, from path: String) -> [[String]] {
        dossier.sources.map { article in
            [MarkdownText.link(SourceFormatting.title(article), to: SitePath.link(from: path, to: SitePath.source(article.id))),
             MarkdownText.escape(article.metadata.outlet ?? "—"),
             MarkdownText.escape(article.metadata.origin ?? "—"),
             MarkdownText.escape(SourceFormatting.date(article)),
             String(words?[article.id] ?? article.words),
             MarkdownText.escape(SourceFormatting.flags(article))]
        }
    }

    /// Each source's words by id, counted once for the pages that show them (`Article.words` counts every sentence
    /// each time it is read: four times over a book-length article, for its page, the list, the brief and the data).
    /// `counted`: the sources' words in their order (`SitePages.sourceWords`), used when there is one per source.
    static func wordCounts(_ dossier: Dossier, counted: [Int]? = nil) -> [String: Int] {
        let words = counted?.count == dossier.sources.count ? counted! : SitePages.sourceWords(dossier)
        return Dictionary(zip(dossier.sources.lazy.map(\.id), words), uniquingKeysWith: { first, _ in first })
    }
}
