import DossierCore

/// `sources/<id>`: the metadata card, the cleaned text with sentence anchors, and the folded boilerplate.
enum SourcePage {
    /// A person the source mentions, and how often.
    struct Mentioned: Sendable, Equatable {
        var id: String
        var name: String
        var mentions: Int
    }

    /// `people`: the people the source mentions, in who's-who order (see `SitePages.peopleIndex`); `words`: the
    /// article's word count (`SitePages.sourceWords`: `Article.words` counts every sentence); `topics`: the topics
    /// the source covers (`TopicLinks.topicsBySource`).
    static func page(for article: Article, in dossier: Dossier, people: [Mentioned] = [], words: Int,
                     topics: [Topic]) -> MarkdownPage {
        let path = SitePath.source(article.id)
        let meta = article.metadata
        var md = MarkdownBuilder()
        md.heading(1, SourceFormatting.title(article))
        // The card's rows are written cell by cell into the page.
        md.table(header: ["About this source", ""]) { card in
            cardRow("Outlet", meta.outlet ?? "not stated", into: &card)
            cardRow("Origin", meta.origin ?? "not stated", into: &card)
            cardRow("Section", meta.section ?? "—", into: &card)
            card.row { row in
                row.cell("**Published**")
                row.cell(publishedCell(article, in: dossier, from: path))
            }
            cardRow("Authors", meta.authors.isEmpty ? "not stated" : meta.authors.joined(separator: ", "), into: &card)
            cardRow("Words", String(words), into: &card)
            cardRow("Flags", article.flags.isEmpty ? "none" : SourceFormatting.flags(article), into: &card)
            if let url = meta.url { cardRow("URL", url, into: &card) }
            card.row { row in
                row.cell("**File**")
                row.cell { MarkdownText.appendLink(article.path, to: SitePath.fileLink(from: path, to: SitePath.original(article)), into: &$0) }
            }
        }
        TopicLinks.write(forTopics: topics, from: path, into: &md)

        // The lists after their headings are text and links whose HTML is written without cmark-gfm (`LinkLists`).
        var linkLists: [Range<Int>] = []
        if !article.flags.isEmpty {
            md.heading(2, "Quality flags")
            let list = md.bullets { list in
                for flag in article.flags {
                    list.item { item in
                        item += "**"
                        item += MarkdownText.escape(flag.kind)
                        item += "**: "
                        item += MarkdownText.escape(flag.evidence)
                        if let other = flag.relatedSource, let related = dossier.source(other) {
                            item += " ("
                            PageLink.append(SourceFormatting.title(related), from: path, to: SitePath.sourcesFolder, other, into: &item)
                            item += ")"
                        }
                    }
                }
            }
            list.map { linkLists.append($0) }
        }

        if !people.isEmpty {
            md.heading(2, "People in this source")
            let list = md.bullets { list in
                for person in people {
                    list.item { item in
                        PageLink.append(person.name, from: path, to: SitePath.peopleFolder, person.id, into: &item)
                        item += " ("
                        item += String(person.mentions)
                        item += ")"
                    }
                }
            }
            list.map { linkLists.append($0) }
        }

        md.heading(2, "Text")
        // Each paragraph is written into the page's text, read in place (a `for … in` copy retains its sentences).
        // The paragraphs' stretch is noted: its HTML is written without cmark-gfm (see `SentenceParagraphs`).
        let textStart = md.nextBlockStart
        article.paragraphs.withUnsafeBufferPointer { paragraphs in
            for index in paragraphs.indices { md.raw { text(of: paragraphs[index], into: &$0) } }
        }
        let textEnd = md.text.utf8.count

        var fragments: [String: String] = [:]
        if !article.boilerplate.isEmpty {
            // Metadata lines (byline, date line, source credit) were read into the card above; the rest is site furniture.
            let metadata = article.boilerplate.filter(\.isMetadata)
            let removed = article.boilerplate.filter { !$0.isMetadata }
            let parts = [("Removed as boilerplate", removed.count), ("read as metadata", metadata.count)]
                .filter { $0.1 > 0 }.map { "\($0.0): \($0.1) line\($0.1 == 1 ? "" : "s")" }
            var summary = parts.joined(separator: "; ")
            summary = summary.prefix(1).uppercased() + summary.dropFirst()
            fragments["boilerplate-summary"] = summary
            md.raw(TrustedMarker.foldOpen("boilerplate-summary"))
            md.heading(2, "Removed as boilerplate")
            // The removed lines are shown inside the fold from their own file, so the page's own text is only the
            // story (what is analysed and what a reader or a tool scanning the page takes for the article).
            let removedFile = SitePath.removedLines(article)
            let listing = MarkdownText.link("the removed lines", to: SitePath.fileLink(from: path, to: removedFile))
            let original = MarkdownText.link("original file", to: SitePath.fileLink(from: path, to: SitePath.original(article)))
            md.raw("These lines were taken out of the text: read \(listing) below, or in the \(original) at the lines listed.")
            md.bullets(article.boilerplate.map { line in
                let words = WordCount.of(line.text)
                let kind = line.isMetadata ? "read as metadata, " : ""
                return "line \(line.line): \(MarkdownText.escape(line.reason)) (\(kind)\(words) word\(words == 1 ? "" : "s"))"
            })
            fragments["removed-lines"] = "<iframe class=\"removed-lines\" src=\"../\(HTMLText.escape(removedFile))\" title=\"Lines removed from this source\" loading=\"lazy\"></iframe>"
            md.raw(TrustedMarker.fragment("removed-lines"))
            md.raw(TrustedMarker.foldClose)
        }

        var view: [String: any Sendable] = [
            "id": article.id,
            "path": article.path,
            "words": words,
            "authors": meta.authors,
            "flags": article.flags.map(\.kind),
        ]
        for (key, value) in [("title", meta.title), ("outlet", meta.outlet), ("origin", meta.origin),
                             ("section", meta.section), ("published", meta.published), ("url", meta.url)] {
            if let value { view[key] = value }
        }
        view["fields"] = article.extraFields
        return MarkdownPage(path: path, title: SourceFormatting.title(article), template: "source",
                            markdown: md.text, fragments: fragments, view: view,
                            sentenceParagraphs: textStart < textEnd ? textStart..<textEnd : nil, linkLists: linkLists)
    }

    /// A row of the card: the name in bold, the value escaped.
    private static func cardRow(_ name: String, _ value: String, into card: inout MarkdownBuilder.Table) {
        card.row { row in
            row.cell { cell in
                cell += "**"
                cell += name
                cell += "**"
            }
            row.cell(MarkdownText.escape(value))
        }
    }

    /// A paragraph of the text appended to `markdown`: each sentence escaped after its anchor, a space between them,
    /// each read in place (no string per sentence joined afterwards: a book-length article has hundreds of thousands).
    /// The sentences are read through a buffer: read by subscript, each was copied whole (its strings and tokens
    /// retained, then released) for each field read.
    static func text(of paragraph: Paragraph, into markdown: inout String) {
        paragraph.sentences.withUnsafeBufferPointer { sentences in
            for index in sentences.indices {
                if index > 0 { markdown += " " }
                TrustedMarker.appendAnchor(sentences[index].id, into: &markdown)
                MarkdownText.appendEscaped(sentences[index].text, to: &markdown)
            }
        }
    }

    /// The date, and for a date taken from the story the sources it was inferred from, linked.
    static func publishedCell(_ article: Article, in dossier: Dossier, from path: String) -> String {
        let inferredFrom = article.metadata.dateInferredFrom
        guard let published = article.metadata.published, !inferredFrom.isEmpty else {
            return MarkdownText.escape(SourceFormatting.date(article))
        }
        let links = inferredFrom.map { id in
            MarkdownText.link(dossier.source(id).map(SourceFormatting.title) ?? id, to: SitePath.link(from: path, to: SitePath.source(id)))
        }
        return MarkdownText.escape(published) + " (inferred from " + links.joined(separator: ", ") + ")"
    }
}
