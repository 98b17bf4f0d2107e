import DossierCore

/// `index`: the brief a busy reader sees first, bottom line first: a lead of extracted sentences on the
/// most-covered topics, where the sources disagree on figures, the main people, the topics and which
/// source covers which, then the sources themselves.
enum IndexPage {
    /// Topics the lead and the matrix take; more are on the topics page.
    static let leadTopics = 4
    static let matrixTopics = 8
    static let matrixSources = 40
    static let mainPeople = 8

    /// `words`: each source's word count, in the order of `dossier.sources` (`SitePages.sourceWords`).
    static func page(for dossier: Dossier, sentences: SentenceIndex, words: [Int]) -> MarkdownPage {
        let path = SitePath.index
        let config = dossier.configuration
        var md = MarkdownBuilder()
        md.heading(1, config.title)
        if let description = config.description { md.paragraph(description) }
        md.raw(Navigation.sections.dropFirst().map { section in
            "[\(section.label)](\(SitePath.link(from: path, to: section.path)))"
        }.joined(separator: " · "))
        lead(dossier, sentences: sentences, from: path, into: &md)
        keyPoints(dossier, from: path, into: &md)
        people(dossier, from: path, into: &md)
        topics(dossier, from: path, into: &md)
        md.heading(2, "Sources")
        md.table(header: ["Source", "Outlet", "Origin", "Published", "Words", "Flags"]) {
            SourceListPage.writeRows(dossier, words: words, from: path, into: &$0)
        }
        return MarkdownPage(path: path, title: config.title, template: "index", markdown: md.text)
    }

    // MARK: lead

    /// The story at a glance (sources, outlets, dates, the most-covered topics), then one sentence for each
    /// of the most-covered topics, each with its source.
    private static func lead(_ dossier: Dossier, sentences: SentenceIndex, from path: String, into md: inout MarkdownBuilder) {
        guard !dossier.sources.isEmpty else { return }
        md.heading(2, "In brief")
        md.raw(glance(dossier, from: path))
        let lines = BriefLead.lines(dossier, topics: leadTopics, sentences: sentences)
        md.bullets(lines.compactMap { line in
            guard let article = dossier.source(line.reference.source) else { return nil }
            return "**" + MarkdownText.link(line.topic.name, to: SitePath.link(from: path, to: SitePath.topic(line.topic.id))) + ":** "
                + MarkdownText.escape(line.text) + " — " + MarkdownText.link(citation(article), to: SitePath.link(from: path, to: line.reference))
        })
    }

    /// `5 sources from 4 outlets, published 2025-03-05 to 2025-03-06 (3 undated). Most covered: …`
    static func glance(_ dossier: Dossier, from path: String) -> String {
        let count = dossier.sources.count
        let outlets = Set(dossier.sources.compactMap(\.metadata.outlet)).count
        var text = "\(count) source\(count == 1 ? "" : "s")"
        if outlets > 0 { text += " from \(outlets) outlet\(outlets == 1 ? "" : "s")" }
        let dates = dossier.sources.compactMap(\.metadata.published).sorted()
        if let first = dates.first, let last = dates.last {
            let (from, to) = (MarkdownText.escape(first), MarkdownText.escape(last))
            text += first == last ? ", published \(from)" : ", published \(from) to \(to)"
            if dates.count < count { text += " (\(count - dates.count) undated)" }
        } else {
            text += ", none dated"
        }
        text += "."
        let top = dossier.topics.prefix(leadTopics)
        guard !top.isEmpty else { return text }
        return text + " Most covered: " + top.map { topic in
            MarkdownText.link(topic.name, to: SitePath.link(from: path, to: SitePath.topic(topic.id)))
                + " (\(topic.sourceCount) source\(topic.sourceCount == 1 ? "" : "s"))"
        }.joined(separator: ", ") + "."
    }

    // MARK: key points, people, topics

    private static func keyPoints(_ dossier: Dossier, from path: String, into md: inout MarkdownBuilder) {
        let conflicts = dossier.figures.filter { $0.agreement == .conflict }
        guard !dossier.figures.isEmpty else { return }
        md.heading(2, "Key points: where the sources disagree")
        md.paragraph(MarkdownText.escape(FigureKeyPoints.summary(of: dossier.figures)))
        guard !conflicts.isEmpty else { return }
        md.bullets(conflicts.map { figure in
            let values = figure.values.map { value in
                let source = dossier.source(value.reference.source).map(label) ?? value.reference.source
                return MarkdownText.escape(value.text) + " ("
                    + MarkdownText.link(source, to: SitePath.link(from: path, to: value.reference), title: value.sentence) + ")"
            }
            return MarkdownText.link(figure.measure, to: SitePath.link(from: path, to: SitePath.figures, anchor: figure.id)) + ": " + values.joined(separator: " vs ")
        })
    }

    private static func people(_ dossier: Dossier, from path: String, into md: inout MarkdownBuilder) {
        guard !dossier.people.isEmpty else { return }
        // Each person's number of sources counted once, not twice per comparison of the sort.
        let sourceCounts = dossier.people.map(\.sourceCount)
        let main = dossier.people.indices.sorted { lhs, rhs in
            let left = dossier.people[lhs], right = dossier.people[rhs]
            return (sourceCounts[lhs], left.mentions.count, right.name) > (sourceCounts[rhs], right.mentions.count, left.name)
        }.prefix(mainPeople)
        md.heading(2, "Main people")
        md.bullets(main.map { index in
            let person = dossier.people[index]
            var item = MarkdownText.link(person.name, to: SitePath.link(from: path, to: SitePath.person(person.id)))
            if let role = person.roles.first { item += ", " + MarkdownText.escape(role.text) }
            return item + " — in \(sourceCounts[index]) of \(dossier.sources.count) sources"
        })
    }

    /// The topics, and a matrix of which source covers which topic (sentences per cell; — when silent).
    private static func topics(_ dossier: Dossier, from path: String, into md: inout MarkdownBuilder) {
        guard !dossier.topics.isEmpty else { return }
        md.heading(2, "Topics")
        md.raw(dossier.topics.map { topic in
            MarkdownText.link(topic.name, to: SitePath.link(from: path, to: SitePath.topic(topic.id))) + " (\(topic.sourceCount))"
        }.joined(separator: " · "))
        let columns = Array(dossier.topics.prefix(matrixTopics))
        let counts = columns.map(TopicPage.sentenceCounts)
        // Each source's cells and how many topics it covers, worked out once rather than in each comparison of the sort.
        let cells = dossier.sources.map { article in counts.map { $0[article.id] ?? 0 } }
        let covered = cells.map { $0.filter { $0 > 0 }.count }
        let rows = dossier.sources.indices.sorted { lhs, rhs in
            (covered[lhs], dossier.sources[rhs].id) > (covered[rhs], dossier.sources[lhs].id)
        }
        md.heading(3, "Coverage: which source covers what")
        md.table(header: ["Source"] + columns.map { MarkdownText.link($0.name, to: SitePath.link(from: path, to: SitePath.topic($0.id))) },
                 rows: rows.prefix(matrixSources).map { index in
                     let article = dossier.sources[index]
                     return [MarkdownText.link(label(article), to: SitePath.link(from: path, to: SitePath.source(article.id)))]
                         + cells[index].map { $0 == 0 ? "—" : String($0) }
                 })
        if rows.count > matrixSources {
            md.paragraph("The \(matrixSources) sources covering most topics are shown; every topic page lists all its sources.")
        }
    }

    /// `Outlet: title` cut to a few words, the outlet when there is no title, else the title.
    static func citation(_ article: Article) -> String {
        guard let outlet = article.metadata.outlet else { return label(article) }
        guard let title = article.metadata.title else { return outlet }
        return outlet + ": " + shortened(title)
    }

    private static func shortened(_ title: String) -> String {
        let words = title.split(separator: " ")
        return words.count <= 8 ? title : words.prefix(8).joined(separator: " ") + "…"
    }

    /// The outlet, else the title cut to a few words.
    static func label(_ article: Article) -> String {
        if let outlet = article.metadata.outlet { return outlet }
        let title = SourceFormatting.title(article)
        let words = title.split(separator: " ")
        return words.count <= 8 ? title : words.prefix(8).joined(separator: " ") + "…"
    }
}
