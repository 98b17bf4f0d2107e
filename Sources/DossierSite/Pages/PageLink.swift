import DossierCore

/// Markdown links from one page of the site to another, written into the page's Markdown as it is built: neither the
/// link nor its target is made as a string of its own (the pages link to each other hundreds of thousands of times).
enum PageLink {
    /// `MarkdownText.link(text, to: SitePath.link(from: page, to: folder + name, anchor: anchor), title: title)`,
    /// appended to `markdown`.
    static func append(_ text: String, from page: String, to folder: String, _ name: String, anchor: String? = nil,
                       title: String? = nil, into markdown: inout String) {
        MarkdownText.appendLink(text, title: title, into: &markdown) {
            SitePath.appendLink(from: page, to: folder, name, anchor: anchor, into: &$0)
        }
    }

    /// A link to one sentence of a source page (`SitePath.link(from:to:)` of the reference), appended to `markdown`.
    static func append(_ text: String, from page: String, to reference: SentenceReference, title: String? = nil,
                       into markdown: inout String) {
        append(text, from: page, to: SitePath.sourcesFolder, reference.source, anchor: reference.sentence, title: title, into: &markdown)
    }
}
