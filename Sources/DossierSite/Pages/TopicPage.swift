import DossierCore

/// `topics/<id>`: a summary line, the coverage of each source, the people and figures involved,
/// and each source's sentences on the topic, linked to the source page.
enum TopicPage {
    /// Sentences shown per source before the rest is left to the source page.
    static let sentencesPerSource = 6
    /// People, and figures, listed as involved: the first of the topic's.
    static let involvedShown = 15

    /// `people` and `figures` are the topic's, in its order (`topic.people`, `topic.figures` looked up in the dossier);
    /// only the first `involvedShown` of each are listed.
    static func page(for topic: Topic, in dossier: Dossier, people: [Person], figures: [Figure], sentences: SentenceIndex,
                     sourceNames: SourceNames) -> MarkdownPage {
        let path = SitePath.topic(topic.id)
        var md = MarkdownBuilder()
        md.heading(1, topic.name)
        let runs = sourceRuns(topic.sentences)
        let counts = sentenceCounts(topic, runs: runs)
        md.paragraph("Covered by \(counts.count) of \(dossier.sources.count) sources in \(topic.sentences.count) sentence\(topic.sentences.count == 1 ? "" : "s"). Keywords: \(topic.keywords.joined(separator: ", ")).")
        if let summary = topic.summary { md.paragraph(summary) }

        md.heading(2, "Coverage")
        coverageTable(counts, sourceNames: sourceNames, from: path, into: &md)
        let silent = silentSources(in: dossier, counts: counts, sourceNames: sourceNames)
        if silent.count > 0 {
            md.paragraph("Not covered by: " + silent.named.map { IndexPage.label(dossier.sources[$0]) }.joined(separator: "; ")
                         + (silent.count > silentSourcesNamed ? "; and \(silent.count - silentSourcesNamed) more." : "."))
        }

        // Each list, after its heading, is text and links whose HTML is written without cmark-gfm (`LinkLists`).
        var linkLists: [Range<Int>] = []
        involved(people, from: path, into: &md).map { linkLists.append($0) }
        involved(figures, from: path, into: &md).map { linkLists.append($0) }

        md.heading(2, "What each source says")
        // The references are read in place, run by run: only the few shown are looked at, and the source's sentences
        // are found once per run.
        for run in runs {
            let source = topic.sentences[run.lowerBound].source
            guard let title = sourceNames.title(source) else { continue }
            md.heading(3, title)
            let sourceSentences = sentences.entries(ofSource: source)
            let list = md.bullets { list in
                for index in run.prefix(sentencesPerSource) {
                    guard let entry = sourceSentences?[topic.sentences[index].sentence] else { continue }
                    list.item { item in
                        item += MarkdownText.escape(sentences.text(at: entry))
                        item += " "
                        PageLink.append("↗", from: path, to: topic.sentences[index], title: "Read it in the source", into: &item)
                    }
                }
                if run.count > sentencesPerSource {
                    list.item { PageLink.append("\(run.count - sentencesPerSource) more in this source", from: path, to: SitePath.sourcesFolder, source, into: &$0) }
                }
            }
            list.map { linkLists.append($0) }
        }
        return MarkdownPage(path: path, title: topic.name, template: "section", markdown: md.text,
                            view: ["id": topic.id, "name": topic.name, "keywords": topic.keywords, "sources": topic.sources],
                            linkLists: linkLists)
    }

    /// Sources not covering the topic named on its page; the others are counted.
    static let silentSourcesNamed = 20

    /// The sources not covering the topic: the positions of the first `silentSourcesNamed` in the dossier, and how many
    /// there are. Counted from the covering sources (`counts`: a topic's sentences name few of them) rather than by
    /// looking every source up for every topic; the dossier is read only until the named ones are found.
    static func silentSources(in dossier: Dossier, counts: [String: Int], sourceNames: SourceNames) -> (named: [Int], count: Int) {
        let count = dossier.sources.count - counts.keys.reduce(0) { $0 + sourceNames.sourceCount(withID: $1) }
        let namedCount = min(count, silentSourcesNamed)
        var named: [Int] = []
        for index in dossier.sources.indices {
            guard named.count < namedCount else { break }
            if counts[dossier.sources[index].id] == nil { named.append(index) }
        }
        return (named, count)
    }

    /// Sentences on the topic per source id.
    static func sentenceCounts(_ topic: Topic) -> [String: Int] {
        sentenceCounts(topic, runs: sourceRuns(topic.sentences))
    }

    /// `sentenceCounts` from the runs of the topic's sentences (`sourceRuns`): a source looked up once per run.
    private static func sentenceCounts(_ topic: Topic, runs: [Range<Int>]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for run in runs { counts[topic.sentences[run.lowerBound].source, default: 0] += run.count }
        return counts
    }

    /// A row per covering source, most sentences first, with a bar of block characters, written into the page.
    private static func coverageTable(_ counts: [String: Int], sourceNames: SourceNames, from path: String, into md: inout MarkdownBuilder) {
        let most = counts.values.max() ?? 1
        md.table(header: ["Source", "Coverage", "Sentences"]) { table in
            for (source, count) in counts.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }) {
                guard let label = sourceNames.label(source) else { continue }
                table.row { row in
                    row.cell { PageLink.append(label, from: path, to: SitePath.sourcesFolder, source, into: &$0) }
                    row.cell { appendBar(count, of: most, into: &$0) }
                    row.cell(String(count))
                }
            }
        }
    }

    /// `███░░░░░░░`: ten cells, at least one filled for any coverage, appended to `text`.
    static func appendBar(_ value: Int, of most: Int, into text: inout String) {
        let filled = max(1, Int((Double(value) / Double(max(1, most)) * 10).rounded()))
        for _ in 0..<filled { text += "█" }
        for _ in filled..<10 { text += "░" }
    }

    /// The list's lines (`MarkdownBuilder.bullets`), as are the figures'.
    private static func involved(_ involved: [Person], from path: String, into md: inout MarkdownBuilder) -> Range<Int>? {
        guard !involved.isEmpty else { return nil }
        md.heading(2, "People involved")
        return md.bullets { list in
            for person in involved.prefix(involvedShown) {
                list.item { item in
                    PageLink.append(person.name, from: path, to: SitePath.peopleFolder, person.id, into: &item)
                    if let role = person.roles.first {
                        item += ", "
                        item += MarkdownText.escape(role.text)
                    }
                }
            }
        }
    }

    private static func involved(_ involved: [Figure], from path: String, into md: inout MarkdownBuilder) -> Range<Int>? {
        guard !involved.isEmpty else { return nil }
        md.heading(2, "Figures involved")
        return md.bullets { list in
            for figure in involved.prefix(involvedShown) {
                list.item { item in
                    PageLink.append(figure.measure, from: path, to: "", SitePath.figures, anchor: figure.id, into: &item)
                    item += " ("
                    item += figure.agreement.rawValue
                    item += ")"
                }
            }
        }
    }

    /// The positions of the references, in runs of one source, in their order (sorted, so one run per source): the
    /// references are not copied into groups.
    static func sourceRuns(_ references: [SentenceReference]) -> [Range<Int>] {
        Runs.of(count: references.count) { references[$0].source == references[$1].source }
    }
}
