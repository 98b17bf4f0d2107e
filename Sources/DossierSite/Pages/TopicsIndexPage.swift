import DossierCore

/// `topics/index`: every topic, most covered first, with how many sources cover it.
enum TopicsIndexPage {
    static func page(for dossier: Dossier) -> MarkdownPage {
        let path = SitePath.topicsIndex
        var md = MarkdownBuilder()
        md.heading(1, "Topics")
        guard !dossier.topics.isEmpty else {
            md.paragraph("No topic recurs across the sources.")
            return MarkdownPage(path: path, title: "Topics", template: "section", markdown: md.text)
        }
        md.paragraph("\(dossier.topics.count) topics recur across the sources: key phrases found in several of them, most covered first.")
        md.table(header: ["Topic", "Sources", "Sentences", "Keywords"], rows: dossier.topics.map { topic in
            [MarkdownText.link(topic.name, to: SitePath.link(from: path, to: SitePath.topic(topic.id))),
             "\(topic.sourceCount) of \(dossier.sources.count)",
             String(topic.sentences.count),
             MarkdownText.escape(topic.keywords.joined(separator: ", "))]
        })
        return MarkdownPage(path: path, title: "Topics", template: "section", markdown: md.text)
    }
}
