import DossierCore

/// The section pages, present from the start; the people, topics, figures and timeline issues fill them.
enum PeopleIndexPage {
    static func page(for dossier: Dossier) -> MarkdownPage {
        SectionPlaceholder.page(path: SitePath.peopleIndex, title: "People", template: "section",
                                empty: "No people have been extracted yet.")
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
