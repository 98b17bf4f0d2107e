/// A page of the site as Markdown, before it is rendered to HTML and put into its template.
public struct MarkdownPage: Sendable {
    /// Path in the site without extension (`sources/001-jns`); `.md` and `.html` are added.
    public var path: String
    public var title: String
    /// The template that lays out the page (`source`, `person`, `index`, …).
    public var template: String
    public var markdown: String
    /// Trusted HTML the page builder made (escaped), placed at `TrustedMarker.fragment(name)`.
    public var fragments: [String: String]
    /// Values for the page's template, besides the rendered content (strings, arrays, dictionaries).
    public var view: [String: any Sendable]
    /// Stretches of `markdown` (UTF-8 offsets, consecutive) that cmark-gfm converts apart from the rest, on another
    /// thread (see `SeparateParts`); empty for all but the largest pages.
    public var separateParts: [Range<Int>]
    /// The stretch of `markdown` (UTF-8 offsets) that is a source's text as its page builder writes it, whose HTML is
    /// written without cmark-gfm when it is as expected (see `SentenceParagraphs`); nil on other pages.
    public var sentenceParagraphs: Range<Int>?
    /// Stretches of `markdown` (UTF-8 offsets, in order) that are bullet lists of text and links as the page builder
    /// writes them, each after a heading and before another heading or the end, whose HTML is written without cmark-gfm
    /// when it is as expected (see `LinkLists`); empty on most pages.
    public var linkLists: [Range<Int>]
    /// A table whose cells hold footnote references and the notes they reference (UTF-8 offsets of the table's lines
    /// and of the notes, the page's last blocks), written without cmark-gfm when they are as expected (see
    /// `FootnotedTable`); nil on all pages but the figures page.
    public var footnotedTable: (table: Range<Int>, notes: Range<Int>)?

    public init(path: String, title: String, template: String, markdown: String,
                fragments: [String: String] = [:], view: [String: any Sendable] = [:], separateParts: [Range<Int>] = [],
                sentenceParagraphs: Range<Int>? = nil, linkLists: [Range<Int>] = [],
                footnotedTable: (table: Range<Int>, notes: Range<Int>)? = nil) {
        self.path = path
        self.title = title
        self.template = template
        self.markdown = markdown
        self.fragments = fragments
        self.view = view
        self.separateParts = separateParts
        self.sentenceParagraphs = sentenceParagraphs
        self.linkLists = linkLists
        self.footnotedTable = footnotedTable
    }

    /// How many folders deep the page is: the prefix that leads back to the site root.
    public var rootPrefix: String {
        String(repeating: "../", count: SitePath.components(of: path) - 1)
    }
}
