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
            md.raw { text in
                text += "**Also written:** "
                text.appendJoined(person.aliases, separator: ", ") { text, alias in text += MarkdownText.escape(alias) }
            }
        }
        TopicLinks.write(forTopics: topics, from: path, into: &md)
        // Each list, after its heading, is text and links whose HTML is written without cmark-gfm (`LinkLists`).
        var linkLists: [Range<Int>] = []
        roles(person, sourceNames: sourceNames, from: path, into: &md).map { linkLists.append($0) }
        mentions(person, sourceNames: sourceNames, sentences: sentences, from: path, into: &md).map { linkLists.append($0) }
        quotes(person, sourceNames: sourceNames, from: path, into: &md).map { linkLists.append($0) }
        // The people named in the dossier, each looked up where its item is written (no list of them made first).
        if person.alongside.contains(where: { names[$0] != nil }) {
            md.heading(2, "Mentioned alongside")
            let list = md.bullets { list in
                for id in person.alongside {
                    guard let name = names[id] else { continue }
                    list.item { PageLink.append(name, from: path, to: SitePath.peopleFolder, id, into: &$0) }
                }
            }
            list.map { linkLists.append($0) }
        }
        let view: [String: any Sendable] = ["id": person.id, "name": person.name, "aliases": person.aliases,
                                            "sources": person.sourceCount, "mentions": person.mentions.count]
        return MarkdownPage(path: path, title: person.name, template: "section", markdown: md.text, view: view, linkLists: linkLists)
    }

    /// The main role: extraction puts it first (a curated role, else the best-attested one).
    static func mainRole(_ person: Person) -> Role? {
        person.roles.first
    }

    private static func sourceTitle(_ id: String, in sourceNames: SourceNames) -> String {
        sourceNames.title(id) ?? id
    }

    /// The list's lines (`MarkdownBuilder.bullets`), as are the other lists'.
    private static func roles(_ person: Person, sourceNames: SourceNames, from path: String, into md: inout MarkdownBuilder) -> Range<Int>? {
        guard !person.roles.isEmpty else { return nil }
        md.heading(2, "Roles by source")
        return md.bullets { list in
            for role in person.roles {
                list.item { item in
                    item += MarkdownText.escape(role.text)
                    item += " — "
                    PageLink.append(sourceTitle(role.reference.source, in: sourceNames), from: path, to: role.reference, into: &item)
                }
            }
        }
    }

    private static func mentions(_ person: Person, sourceNames: SourceNames, sentences: SentenceIndex, from path: String,
                                 into md: inout MarkdownBuilder) -> Range<Int>? {
        guard !person.mentions.isEmpty else { return nil }
        // The mentions are read through a buffer: read by subscript (in the sort's comparisons above all), each was
        // copied whole, its strings retained and released.
        return person.mentions.withUnsafeBufferPointer { mentions in
            md.heading(2, "Mentions by source")
            // The mentions' positions, by source, then sentence, then position (a stable sort of each source's mentions),
            // read in place: no copy of each mention grouped by source, and one sort for all of them.
            let order = mentions.indices.sorted { left, right in
                if mentions[left].reference < mentions[right].reference { return true }
                if mentions[right].reference < mentions[left].reference { return false }
                return left < right
            }
            // Each source's item is written into the page: its link, then a link to each sentence it mentions the person
            // in (the sentences seen are kept in one set for the page, emptied for each source).
            var seen = Set<String>()
            return md.bullets { list in
                for run in Runs.of(count: order.count, same: { mentions[order[$0]].reference.source == mentions[order[$1]].reference.source }) {
                    let (start, end) = (run.lowerBound, run.upperBound)
                    let source = mentions[order[start]].reference.source
                    // The source's sentences are found once for all its mentions.
                    let sourceSentences = sentences.entries(ofSource: source)
                    seen.removeAll(keepingCapacity: true)
                    list.item { item in
                        PageLink.append(sourceTitle(source, in: sourceNames), from: path, to: SitePath.sourcesFolder, source, into: &item)
                        item += " ("
                        item += String(end - start)
                        item += "): "
                        for position in order[start..<end] where seen.insert(mentions[position].reference.sentence).inserted {
                            if seen.count > 1 { item += ", " }
                            let sentence = mentions[position].reference.sentence
                            // Labelled by the line in the original file; the sentence itself shows on hover.
                            if let entry = sourceSentences?[sentence] {
                                PageLink.append("line " + String(sentences.line(at: entry)), from: path, to: mentions[position].reference,
                                                title: sentences.text(at: entry), into: &item)
                            } else {
                                PageLink.append(sentence, from: path, to: mentions[position].reference, title: mentions[position].form, into: &item)
                            }
                        }
                    }
                }
            }
        }
    }

    private static func quotes(_ person: Person, sourceNames: SourceNames, from path: String, into md: inout MarkdownBuilder) -> Range<Int>? {
        guard !person.quotes.isEmpty else { return nil }
        md.heading(2, "Quotes")
        return md.bullets { list in
            for quote in person.quotes {
                list.item { item in
                    item += "“"
                    item += MarkdownText.escape(quote.text)
                    item += "” — "
                    PageLink.append(sourceTitle(quote.reference.source, in: sourceNames), from: path, to: quote.reference, into: &item)
                }
            }
        }
    }
}
