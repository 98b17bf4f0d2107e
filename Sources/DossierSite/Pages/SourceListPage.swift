import DossierCore

/// `sources/index`: every source with outlet, date and flags.
enum SourceListPage {
    /// `words`: each source's word count, in the order of `dossier.sources` (`SitePages.sourceWords`).
    static func page(for dossier: Dossier, words: [Int]) -> MarkdownPage {
        let path = SitePath.sourcesIndex
        var md = MarkdownBuilder()
        md.heading(1, "Sources")
        md.paragraph("\(dossier.sources.count) source\(dossier.sources.count == 1 ? "" : "s") in this dossier.")
        md.table(header: ["Source", "Outlet", "Origin", "Published", "Words", "Flags"]) { writeRows(dossier, words: words, from: path, into: &$0) }
        return MarkdownPage(path: path, title: "Sources", template: "section", markdown: md.text)
    }

    /// A table row per source, linking to its page, written cell by cell into the table.
    static func writeRows(_ dossier: Dossier, words: [Int], from path: String, into table: inout MarkdownBuilder.Table) {
        for index in dossier.sources.indices {
            let article = dossier.sources[index]
            table.row { row in
                row.cell { PageLink.append(SourceFormatting.title(article), from: path, to: SitePath.sourcesFolder, article.id, into: &$0) }
                row.cell(MarkdownText.escape(article.metadata.outlet ?? "—"))
                row.cell(MarkdownText.escape(article.metadata.origin ?? "—"))
                row.cell(MarkdownText.escape(SourceFormatting.date(article)))
                row.cell(String(words[index]))
                row.cell(MarkdownText.escape(SourceFormatting.flags(article)))
            }
        }
    }
}
