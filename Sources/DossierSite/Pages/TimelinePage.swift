import DossierCore

/// `timeline`: dated events in date order, each with its sentence and sources; then the relative dates
/// that could not be placed because their article is not dated.
enum TimelinePage {
    static func page(for dossier: Dossier) -> MarkdownPage {
        let path = SitePath.timeline
        var md = MarkdownBuilder()
        md.heading(1, "Timeline")
        let placed = dossier.events.filter { $0.date != nil }
        let unplaced = dossier.events.filter { $0.date == nil }
        if dossier.events.isEmpty {
            md.paragraph("No dated events were found in the sources.")
        } else {
            md.paragraph("\(placed.count) dated event\(placed.count == 1 ? "" : "s") from the sources, in date order. Relative dates (“on Sunday”, “last month”) are counted from the article’s publication date.")
        }
        md.bullets(placed.map { item($0, in: dossier, from: path) })
        if !unplaced.isEmpty {
            md.heading(2, "Not placed on the calendar")
            md.paragraph("These sentences give a relative date, but their article has no publication date to count from.")
            md.bullets(unplaced.map { item($0, in: dossier, from: path) })
        }
        return MarkdownPage(path: path, title: "Timeline", template: "section", markdown: md.text)
    }

    /// `**2025-03-01** (March 1): sentence — sources; note`.
    static func item(_ event: Event, in dossier: Dossier, from path: String) -> String {
        var item = event.date.map { "**\($0)** (\(MarkdownText.escape(event.dateText))): " } ?? "**\(MarkdownText.escape(event.dateText))**: "
        item += MarkdownText.escape(event.text)
        item += " — " + event.references.map { reference in
            let label = dossier.source(reference.source).map(IndexPage.label) ?? reference.source
            return MarkdownText.link(label, to: SitePath.link(from: path, to: reference))
        }.joined(separator: ", ")
        if let note = event.note { item += " _(" + MarkdownText.escape(note) + ")_" }
        return item
    }
}
