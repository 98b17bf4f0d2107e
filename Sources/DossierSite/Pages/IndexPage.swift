import DossierCore

/// `index`: the brief a busy reader sees first.
enum IndexPage {
    static func page(for dossier: Dossier) -> MarkdownPage {
        let path = SitePath.index
        let config = dossier.configuration
        var md = MarkdownBuilder()
        md.heading(1, config.title)
        if let description = config.description { md.paragraph(description) }
        md.bullets(Navigation.sections.dropFirst().map { section in
            "[\(section.label)](\(SitePath.link(from: path, to: section.path)))"
        })
        md.heading(2, "Sources")
        md.table(header: ["Source", "Outlet", "Origin", "Published", "Words", "Flags"], rows: SourceListPage.rows(dossier, from: path))
        return MarkdownPage(path: path, title: config.title, template: "index", markdown: md.text)
    }
}
