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
            md.table(header: ["Person", "Role", "Sources", "Mentions", "Quotes"]) { table in
                // Through a buffer: a `for … in` copy of each person retained all its strings and arrays.
                dossier.people.withUnsafeBufferPointer { people in
                    for index in people.indices { row(people[index], from: path, into: &table) }
                }
            }
        }
        return MarkdownPage(path: path, title: "People", template: "section", markdown: md.text)
    }

    /// A person's row, written cell by cell into the table.
    private static func row(_ person: Person, from path: String, into table: inout MarkdownBuilder.Table) {
        table.row { row in
            row.cell { PageLink.append(person.name, from: path, to: SitePath.peopleFolder, person.id, into: &$0) }
            row.cell(PersonPage.mainRole(person).map { MarkdownText.escape($0.text) } ?? "—")
            row.cell(String(person.sourceCount))
            row.cell(String(person.mentions.count))
            row.cell(String(person.quotes.count))
        }
    }
}
