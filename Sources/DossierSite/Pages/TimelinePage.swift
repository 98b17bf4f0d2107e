import DossierCore

/// `timeline`: dated events in date order, each with its sentence and sources; then the relative dates
/// that could not be placed because their article is not dated, by source, a few per source.
enum TimelinePage {
    /// Unplaced sentences shown per source, and sources shown, before the rest is only counted.
    static let unplacedPerSource = 3
    static let unplacedSources = 25
    /// Above this many unplaced sentences the list is folded, so the dated events stay the page.
    static let unplacedOpen = 12

    static func page(for dossier: Dossier) -> MarkdownPage {
        let path = SitePath.timeline
        var md = MarkdownBuilder()
        md.heading(1, "Timeline")
        let placed = dossier.events.filter { $0.date != nil }
        let yearless = dossier.events.filter(\.isYearNotStated)
        let unplaced = dossier.events.filter { $0.date == nil && !$0.isYearNotStated }
        if dossier.events.isEmpty {
            md.paragraph("No dated events were found in the sources.")
        } else {
            md.paragraph("\(placed.count) dated event\(placed.count == 1 ? "" : "s") from the sources, in date order. Relative dates (“on Sunday”, “last month”) are counted from the article’s publication date.")
        }
        md.bullets(placed.map { item($0, in: dossier, from: path) })
        if !yearless.isEmpty {
            md.heading(2, "Year not stated")
            md.paragraph("\(yearless.count) date\(yearless.count == 1 ? "" : "s") with a month and day but no year, in calendar order: no source states the year or is dated.")
            md.bullets(yearless.map { item($0, in: dossier, from: path) })
        }
        var fragments: [String: String] = [:]
        if !unplaced.isEmpty {
            unplacedSection(unplaced, in: dossier, from: path, into: &md, fragments: &fragments)
        }
        return MarkdownPage(path: path, title: "Timeline", template: "section", markdown: md.text, fragments: fragments)
    }

    /// `**2025-03-01** (March 1): sentence — sources; note`.
    static func item(_ event: Event, in dossier: Dossier, from path: String) -> String {
        var item = event.date.map { "**\($0)** (\(MarkdownText.escape(event.dateText))): " } ?? "**\(MarkdownText.escape(event.dateText))**: "
        item += MarkdownText.escape(event.text)
        item += " — " + sourceLinks(event.references, in: dossier, from: path)
        if let note = event.note { item += " _(" + MarkdownText.escape(note) + ")_" }
        return item
    }

    /// One link per source (`Outlet: title`) to its first sentence, with how many it has when more than one.
    static func sourceLinks(_ references: [SentenceReference], in dossier: Dossier, from path: String) -> String {
        var order: [String] = []
        var bySource: [String: [SentenceReference]] = [:]
        for reference in references {
            if bySource[reference.source] == nil { order.append(reference.source) }
            bySource[reference.source, default: []].append(reference)
        }
        return order.map { source in
            let sentences = bySource[source]!
            let label = dossier.source(source).map(IndexPage.citation) ?? source
            let link = MarkdownText.link(label, to: SitePath.link(from: path, to: sentences[0]))
            return sentences.count > 1 ? link + " (\(sentences.count) sentences)" : link
        }.joined(separator: ", ")
    }

    /// The sentences whose relative date has no article date to count from, grouped by source.
    private static func unplacedSection(_ events: [Event], in dossier: Dossier, from path: String,
                                        into md: inout MarkdownBuilder, fragments: inout [String: String]) {
        var bySource: [String: [Event]] = [:]
        for event in events {
            guard let source = event.references.first?.source else { continue }
            bySource[source, default: []].append(event)
        }
        let sources = bySource.keys.sorted { (bySource[$0]!.count, $1) > (bySource[$1]!.count, $0) }
        md.heading(2, "Not placed on the calendar")
        md.paragraph("\(events.count) sentence\(events.count == 1 ? "" : "s") in \(sources.count) undated source\(sources.count == 1 ? "" : "s") give a date that needs the article’s own (“on Sunday”, “last month”), and their article has no publication date.")
        let folded = events.count > unplacedOpen
        if folded {
            fragments["unplaced-summary"] = "Show them by source"
            md.raw(TrustedMarker.foldOpen("unplaced-summary"))
        }
        // A short list is shown whole; a long one a few per source.
        let perSource = folded ? unplacedPerSource : events.count
        for source in sources.prefix(unplacedSources) {
            let items = bySource[source]!
            let label = dossier.source(source).map(IndexPage.citation) ?? source
            md.heading(3, label)
            var bullets = items.prefix(perSource).map { event in
                var line = "**\(MarkdownText.escape(event.dateText))**: " + MarkdownText.escape(event.text) + " "
                    + MarkdownText.link("↗", to: SitePath.link(from: path, to: event.references[0]), title: "Read it in the source")
                let others = event.references.dropFirst().filter { $0.source != source }
                if !others.isEmpty { line += " — also " + sourceLinks(Array(others), in: dossier, from: path) }
                return line
            }
            if items.count > perSource {
                bullets.append(MarkdownText.link("\(items.count - perSource) more in this source", to: SitePath.link(from: path, to: SitePath.source(source))))
            }
            md.bullets(bullets)
        }
        if sources.count > unplacedSources {
            let rest = sources.dropFirst(unplacedSources)
            let count = rest.reduce(0) { $0 + bySource[$1]!.count }
            md.paragraph("And \(count) more in \(rest.count) other sources.")
        }
        if folded { md.raw(TrustedMarker.foldClose) }
    }
}
