import DossierLanguage

/// One source article after the parse stage: what it says about itself, and its cleaned text.
public struct Article: Sendable, Hashable {
    /// Stable slug, unique in the dossier (`001-jns-israel-hayom`); also the source page's file name.
    public var id: String
    /// The file as given, relative to the site root (`content/articles/001_x.txt`).
    public var path: String
    /// The file's text after front matter, exactly as read.
    public var body: String
    /// Line number in the file of the first line of `body` (1 when there is no front matter).
    public var bodyStartLine: Int
    public var metadata: SourceMetadata
    /// Front-matter fields the tool does not interpret, kept for templates.
    public var extraFields: [String: String]
    /// The cleaned text: boilerplate removed, split into paragraphs and sentences.
    public var paragraphs: [Paragraph]
    /// Lines removed as boilerplate, shown folded on the source page.
    public var boilerplate: [BoilerplateLine]
    public var flags: [QualityFlag]

    public init(
        id: String, path: String, body: String, bodyStartLine: Int = 1,
        metadata: SourceMetadata = SourceMetadata(), extraFields: [String: String] = [:],
        paragraphs: [Paragraph] = [], boilerplate: [BoilerplateLine] = [], flags: [QualityFlag] = []
    ) {
        self.id = id
        self.path = path
        self.body = body
        self.bodyStartLine = bodyStartLine
        self.metadata = metadata
        self.extraFields = extraFields
        self.paragraphs = paragraphs
        self.boilerplate = boilerplate
        self.flags = flags
    }

    /// All sentences in reading order.
    public var sentences: [Sentence] { paragraphs.flatMap(\.sentences) }

    /// Body words after boilerplate removal.
    public var words: Int {
        // By index: a closure or a loop over the elements copies each sentence (its tokens, its strings) to read its text.
        var total = 0
        for paragraph in paragraphs.indices {
            for sentence in paragraphs[paragraph].sentences.indices { total += WordCount.of(paragraphs[paragraph].sentences[sentence].text) }
        }
        return total
    }

    /// The file name without folders (`001_x.txt`).
    public var fileName: String { path.split(separator: "/").last.map(String.init) ?? path }
}

/// What a source says about itself; front matter overrides what the reader infers.
public struct SourceMetadata: Sendable, Hashable {
    public var title: String?
    /// A trailing section or site label dropped from the title line (`Israel-Palestine News of Conflict`).
    public var section: String?
    /// Who published this copy.
    public var outlet: String?
    /// Who first published it, when the text says so.
    public var origin: String?
    /// ISO date `yyyy-mm-dd`.
    public var published: String?
    /// When `published` is not the article's own but the story's: the ids of the sources that give that date
    /// (the article's text agrees with it). Empty when the article dates itself.
    public var dateInferredFrom: [String]
    public var authors: [String]
    public var url: String?

    public init(
        title: String? = nil, section: String? = nil, outlet: String? = nil, origin: String? = nil,
        published: String? = nil, dateInferredFrom: [String] = [], authors: [String] = [], url: String? = nil
    ) {
        self.title = title
        self.section = section
        self.outlet = outlet
        self.origin = origin
        self.published = published
        self.dateInferredFrom = dateInferredFrom
        self.authors = authors
        self.url = url
    }
}

/// A paragraph of the cleaned text.
public struct Paragraph: Sendable, Hashable {
    public var sentences: [Sentence]
    public init(sentences: [Sentence]) { self.sentences = sentences }
}

/// A sentence with where it stands in the file, and its tokens, analysed once in the parse stage.
public struct Sentence: Sendable, Hashable {
    /// Anchor id on the source page, stable for the same text (`s12`).
    public var id: String
    public var text: String
    /// Offsets of the sentence in `Article.body`, in Unicode scalars.
    public var range: Range<Int>
    /// 1-based line in the file (front matter included).
    public var line: Int
    /// The words, numbers and marks of `text`, made by the one `Tokenizer`; extractors read these, never the text.
    public var tokens: [Token]

    public init(id: String, text: String, range: Range<Int>, line: Int, tokens: [Token] = []) {
        self.id = id
        self.text = text
        self.range = range
        self.line = line
        self.tokens = tokens
    }

    /// Tokens follow from the text, so they take no part in equality.
    public static func == (left: Sentence, right: Sentence) -> Bool {
        left.id == right.id && left.text == right.text && left.range == right.range && left.line == right.line
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(text)
        hasher.combine(range)
        hasher.combine(line)
    }
}

/// A line removed as boilerplate, and why.
public struct BoilerplateLine: Sendable, Hashable {
    public var line: Int
    public var text: String
    public var reason: String
    /// True for a line read into the metadata (a byline, a date line, a source credit) rather than site furniture.
    public var isMetadata: Bool

    public init(line: Int, text: String, reason: String, isMetadata: Bool = false) {
        self.line = line
        self.text = text
        self.reason = reason
        self.isMetadata = isMetadata
    }
}

/// A quality signal about a source, with the evidence a reader can check.
public struct QualityFlag: Sendable, Hashable {
    /// `machine-translated`, `no-date`, `no-author`, `syndicated`, `duplicate-of`.
    public var kind: String
    public var evidence: String
    /// For `duplicate-of`: the other source's id.
    public var relatedSource: String?

    public init(kind: String, evidence: String, relatedSource: String? = nil) {
        self.kind = kind
        self.evidence = evidence
        self.relatedSource = relatedSource
    }
}
