/// One thing a search can find: a page or a row or sentence of one, with what a result shows of it.
public struct SearchDocument: Sendable, Hashable {
    /// Kinds in ranking order: a person or topic the query names comes before the sentences that mention it.
    public enum Kind: Int, Sendable, Hashable, CaseIterable {
        case person, topic, figure, source, quote, sentence
    }

    public var kind: Kind
    /// What the result is called: a name, a measure, a source's title (for a sentence, its source's title).
    public var title: String
    /// The page's address relative to the site root, without the anchor (`sources/003-x.html`); it holds no `#`.
    public var page: String
    /// The anchor on the page (`s12`), if the document is a part of its page.
    public var anchor: String?
    /// Shown under the title, with the query's words marked.
    public var snippet: String
    /// For a quote: who said it.
    public var speaker: String?
    /// The text the document is found by (names and aliases for a person, the words for a sentence).
    public var indexed: String
    /// For a sentence or a quote: the id of its source, whose title and page the result shows.
    public var source: String?

    /// Relative to the site root, with the anchor (`sources/003-x.html#s12`).
    public var url: String {
        guard let anchor else { return page }
        var url = page
        url += "#"
        url += anchor
        return url
    }

    /// `url` is cut at its first `#` into the page and the anchor.
    public init(kind: Kind, title: String, url: String, snippet: String, indexed: String,
                speaker: String? = nil, source: String? = nil) {
        if let hash = url.utf8.firstIndex(of: UInt8(ascii: "#")) {
            self.init(kind: kind, title: title, page: String(url[..<hash]), anchor: String(url[url.utf8.index(after: hash)...]),
                      snippet: snippet, indexed: indexed, speaker: speaker, source: source)
        } else {
            self.init(kind: kind, title: title, page: url, anchor: nil, snippet: snippet, indexed: indexed, speaker: speaker, source: source)
        }
    }

    /// A document whose page's address is known to hold no `#`: a sentence's document shares its source's page and its
    /// sentence's id, where a `url` of its own was a string made for each sentence (and cut again by the index).
    init(kind: Kind, title: String, page: String, anchor: String?, snippet: String, indexed: String,
         speaker: String? = nil, source: String? = nil) {
        assert(!page.utf8.contains(UInt8(ascii: "#")), "a page's address holds no #")
        self.kind = kind
        self.title = title
        self.page = page
        self.anchor = anchor
        self.snippet = snippet
        self.indexed = indexed
        self.speaker = speaker
        self.source = source
    }
}
