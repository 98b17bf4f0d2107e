import DossierCore

/// `people/<id>`: name, aliases, roles by source, mentions by source with links to the sentences,
/// quotes, and the people most often mentioned alongside.
enum PersonPage {
    /// `names`: the people's names by id; `sourceNames`: the sources' titles.
    static func page(for person: Person, names: [String: String], sourceNames: SourceNames, topics: [Topic], sentences: SentenceIndex) -> MarkdownPage {
        let path = SitePath.person(person.id)
        var md = MarkdownBuilder()
        md.heading(1, person.name)
        if let role = mainRole(person) { md.paragraph(role.text) }
        if !person.aliases.isEmpty {
            md.raw("**Also written:** " + person.aliases.map(MarkdownText.escape).joined(separator: ", "))
        }
        if let line = TopicLinks.markdown(forTopics: topics, from: path) { md.raw(line) }
        roles(person, sourceNames: sourceNames, from: path, into: &md)
        mentions(person, sourceNames: sourceNames, sentences: sentences, from: path, into: &md)
        quotes(person, sourceNames: sourceNames, from: path, into: &md)
        let others = person.alongside.compactMap { id in names[id].map { (id, $0) } }
        if !others.isEmpty {
            md.heading(2, "Mentioned alongside")
            md.bullets(others.map { MarkdownText.link($0.1, to: SitePath.link(from: path, to: SitePath.person($0.0))) })
        }
        let view: [String: any Sendable] = ["id": person.id, "name": person.name, "aliases": person.aliases,
                                            "sources": person.sourceCount, "mentions": person.mentions.count]
        return MarkdownPage(path: path, title: person.name, template: "section", markdown: md.text, view: view)
    }

    /// The main role: extraction puts it first (a curated role, else the best-attested one).
    static func mainRole(_ person: Person) -> Role? {
        person.roles.first
    }

    private static func sourceTitle(_ id: String, in sourceNames: SourceNames) -> String {
        sourceNames.title(id) ?? id
    }

    private static func roles(_ person: Person, sourceNames: SourceNames, from path: String, into md: inout MarkdownBuilder) {
        guard !person.roles.isEmpty else { return }
        md.heading(2, "Roles by source")
        md.bullets(person.roles.map { role in
            MarkdownText.escape(role.text) + " — "
                + MarkdownText.link(sourceTitle(role.reference.source, in: sourceNames), to: SitePath.link(from: path, to: role.reference))
        })
    }

    private static func mentions(_ person: Person, sourceNames: SourceNames, sentences: SentenceIndex, from path: String, into md: inout MarkdownBuilder) {
        let mentions = person.mentions
        guard !mentions.isEmpty else { return }
        md.heading(2, "Mentions by source")
        // The mentions' positions, by source, then sentence, then position (a stable sort of each source's mentions),
        // read in place: no copy of each mention grouped by source, and one sort for all of them.
        let order = mentions.indices.sorted { left, right in
            let (first, second) = (mentions[left].reference, mentions[right].reference)
            if first < second { return true }
            if second < first { return false }
            return left < right
        }
        var items: [String] = []
        for run in Runs.of(count: order.count, same: { mentions[order[$0]].reference.source == mentions[order[$1]].reference.source }) {
            let (start, end) = (run.lowerBound, run.upperBound)
            let source = mentions[order[start]].reference.source
            // The source's page and its sentences are found once for all its mentions: each mention's link is the
            // source's link and the sentence's anchor (`SitePath.link(from:to:)` of its reference).
            let sourceLink = SitePath.link(from: path, to: SitePath.source(source))
            let sourceSentences = sentences.entries(ofSource: source)
            var item = MarkdownText.link(sourceTitle(source, in: sourceNames), to: sourceLink)
            item += " ("
            item += String(end - start)
            item += "): "
            var seen = Set<String>()
            var url = ""
            for position in order[start..<end] where seen.insert(mentions[position].reference.sentence).inserted {
                if seen.count > 1 { item += ", " }
                let sentence = mentions[position].reference.sentence
                url.removeAll(keepingCapacity: true)
                url += sourceLink
                url += "#"
                url += sentence
                // Labelled by the line in the original file; the sentence itself shows on hover.
                if let entry = sourceSentences?[sentence] {
                    MarkdownText.appendLink("line " + String(sentences.line(at: entry)), to: url, title: sentences.text(at: entry), into: &item)
                } else {
                    MarkdownText.appendLink(sentence, to: url, title: mentions[position].form, into: &item)
                }
            }
            items.append(item)
        }
        md.bullets(items)
    }

    private static func quotes(_ person: Person, sourceNames: SourceNames, from path: String, into md: inout MarkdownBuilder) {
        guard !person.quotes.isEmpty else { return }
        md.heading(2, "Quotes")
        md.bullets(person.quotes.map { quote in
            "“" + MarkdownText.escape(quote.text) + "” — "
                + MarkdownText.link(sourceTitle(quote.reference.source, in: sourceNames), to: SitePath.link(from: path, to: quote.reference))
        })
    }
}
