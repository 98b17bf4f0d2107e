import DossierCore

/// The section pages, present from the start; the topics, figures and timeline issues fill them.
enum TopicsIndexPage {
    static func page(for dossier: Dossier) -> MarkdownPage {
        SectionPlaceholder.page(path: SitePath.topicsIndex, title: "Topics", template: "section",
                                empty: "No topics have been found yet.")
    }
}

enum FiguresPage {
    static func page(for dossier: Dossier) -> MarkdownPage {
        SectionPlaceholder.page(path: SitePath.figures, title: "Figures", template: "section",
                                empty: "No figures have been extracted yet.")
    }
}

enum TimelinePage {
    static func page(for dossier: Dossier) -> MarkdownPage {
        SectionPlaceholder.page(path: SitePath.timeline, title: "Timeline", template: "section",
                                empty: "No dated events have been found yet.")
    }
}

enum SectionPlaceholder {
    static func page(path: String, title: String, template: String, empty: String) -> MarkdownPage {
        var md = MarkdownBuilder()
        md.heading(1, title)
        md.paragraph(empty)
        return MarkdownPage(path: path, title: title, template: template, markdown: md.text)
    }
}
