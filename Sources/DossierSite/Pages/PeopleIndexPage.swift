import DossierCore

/// `people/index`: the who's who, by prominence (sources, then mentions), one line each with the main role.
enum PeopleIndexPage {
    static func page(for dossier: Dossier) -> MarkdownPage {
        let path = SitePath.peopleIndex
        var md = MarkdownBuilder()
        md.heading(1, "People")
        if dossier.people.isEmpty {
            md.paragraph("No people were found in these sources.")
        } else {
            let count = dossier.people.count
            md.paragraph("\(count) \(count == 1 ? "person" : "people") named in the sources, the most widely reported first.")
            md.table(header: ["Person", "Role", "Sources", "Mentions", "Quotes"], rows: dossier.people.map { row($0, from: path) })
        }
        return MarkdownPage(path: path, title: "People", template: "section", markdown: md.text)
    }

    private static func row(_ person: Person, from path: String) -> [String] {
        let role = PersonPage.mainRole(person)
        return [MarkdownText.link(person.name, to: SitePath.link(from: path, to: SitePath.person(person.id))),
                role.map { MarkdownText.escape($0.text) } ?? "—",
                String(person.sourceCount),
                String(person.mentions.count),
                String(person.quotes.count)]
    }
}
