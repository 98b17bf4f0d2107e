import DossierCore

/// `index`: the brief a busy reader sees first, bottom line first: a lead of extracted sentences on the
/// most-covered topics, where the sources disagree on figures, the main people, the topics and which
/// source covers which, then the sources themselves.
enum IndexPage {
    /// Topics the lead and the matrix take; more are on the topics page.
    static let leadTopics = 3
    static let matrixTopics = 8
    static let matrixSources = 40
    static let mainPeople = 8

    static func page(for dossier: Dossier) -> MarkdownPage {
        let path = SitePath.index
        let config = dossier.configuration
        var md = MarkdownBuilder()
        md.heading(1, config.title)
        if let description = config.description { md.paragraph(description) }
        md.raw(Navigation.sections.dropFirst().map { section in
            "[\(section.label)](\(SitePath.link(from: path, to: section.path)))"
        }.joined(separator: " · "))
        lead(dossier, from: path, into: &md)
        keyPoints(dossier, from: path, into: &md)
        people(dossier, from: path, into: &md)
        topics(dossier, from: path, into: &md)
        md.heading(2, "Sources")
        md.table(header: ["Source", "Outlet", "Origin", "Published", "Words", "Flags"], rows: SourceListPage.rows(dossier, from: path))
        return MarkdownPage(path: path, title: config.title, template: "index", markdown: md.text)
    }

    // MARK: lead

    /// One sentence for each of the most-covered topics, the one that touches most of the other main topics.
    private static func lead(_ dossier: Dossier, from path: String, into md: inout MarkdownBuilder) {
        let main = Array(dossier.topics.prefix(5))
        guard !main.isEmpty else { return }
        let sets = main.map { Set($0.sentences) }
        var chosen: [SentenceReference] = []
        for topic in main.prefix(leadTopics) {
            // News puts the bottom line first: among sentences touching the main topics, early ones win.
            let best = topic.sentences.filter { !chosen.contains($0) }.compactMap { reference -> (SentenceReference, Double)? in
                guard let article = dossier.source(reference.source),
                      let position = article.sentences.firstIndex(where: { $0.id == reference.sentence }),
                      isLeadSentence(article.sentences[position].text) else { return nil }
                let topics = Double(sets.filter { $0.contains(reference) }.count)
                return (reference, 2 * topics - Double(min(position, 20)) / 5)
            }.max { ($0.1, $1.0) < ($1.1, $0.0) }
            if let best { chosen.append(best.0) }
        }
        guard !chosen.isEmpty else { return }
        md.heading(2, "In brief")
        md.bullets(chosen.compactMap { reference in
            guard let article = dossier.source(reference.source), let sentence = article.sentence(withID: reference.sentence) else { return nil }
            return MarkdownText.escape(sentence.text) + " — " + MarkdownText.link(label(article), to: SitePath.link(from: path, to: reference))
        })
    }

    /// A statement of reasonable length, not a question or a bare quotation.
    static func isLeadSentence(_ text: String) -> Bool {
        let words = text.split(whereSeparator: \.isWhitespace).count
        guard (10...45).contains(words), !text.hasSuffix("?") else { return false }
        return !(text.first.map { "\"“‘'".contains($0) } ?? true)
    }

    // MARK: key points, people, topics

    private static func keyPoints(_ dossier: Dossier, from path: String, into md: inout MarkdownBuilder) {
        let conflicts = dossier.figures.filter { $0.agreement == .conflict }
        guard !dossier.figures.isEmpty else { return }
        md.heading(2, "Key points: where the sources disagree")
        guard !conflicts.isEmpty else {
            md.paragraph("The sources do not contradict each other on any figure stated by more than one of them.")
            return
        }
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
        let main = dossier.people.sorted { lhs, rhs in
            (lhs.sources.count, lhs.mentions.count, rhs.name) > (rhs.sources.count, rhs.mentions.count, lhs.name)
        }.prefix(mainPeople)
        md.heading(2, "Main people")
        md.bullets(main.map { person in
            var item = MarkdownText.link(person.name, to: SitePath.link(from: path, to: SitePath.person(person.id)))
            if let role = person.roles.first { item += ", " + MarkdownText.escape(role.text) }
            return item + " — in \(person.sources.count) of \(dossier.sources.count) sources"
        })
    }

    /// The topics, and a matrix of which source covers which topic (sentences per cell; — when silent).
    private static func topics(_ dossier: Dossier, from path: String, into md: inout MarkdownBuilder) {
        guard !dossier.topics.isEmpty else { return }
        md.heading(2, "Topics")
        md.raw(dossier.topics.map { topic in
            MarkdownText.link(topic.name, to: SitePath.link(from: path, to: SitePath.topic(topic.id))) + " (\(topic.sources.count))"
        }.joined(separator: " · "))
        let columns = Array(dossier.topics.prefix(matrixTopics))
        let counts = columns.map(TopicPage.sentenceCounts)
        let rows = dossier.sources.map { article in (article, counts.map { $0[article.id] ?? 0 }) }
            .sorted { ($0.1.filter { $0 > 0 }.count, $1.0.id) > ($1.1.filter { $0 > 0 }.count, $0.0.id) }
        md.heading(3, "Coverage: which source covers what")
        md.table(header: ["Source"] + columns.map { MarkdownText.link($0.name, to: SitePath.link(from: path, to: SitePath.topic($0.id))) },
                 rows: rows.prefix(matrixSources).map { article, cells in
                     [MarkdownText.link(label(article), to: SitePath.link(from: path, to: SitePath.source(article.id)))]
                         + cells.map { $0 == 0 ? "—" : String($0) }
                 })
        if rows.count > matrixSources {
            md.paragraph("The \(matrixSources) sources covering most topics are shown; every topic page lists all its sources.")
        }
    }

    /// The outlet, else the title cut to a few words.
    static func label(_ article: Article) -> String {
        if let outlet = article.metadata.outlet { return outlet }
        let title = SourceFormatting.title(article)
        let words = title.split(separator: " ")
        return words.count <= 8 ? title : words.prefix(8).joined(separator: " ") + "…"
    }
}
