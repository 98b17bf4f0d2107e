import DossierCore

/// An article file after the load stage: decoded text, front matter split off.
public struct SourceFile: Sendable, Hashable {
    /// The path as the user would type it (`content/articles/001.txt`).
    public var path: String
    /// The text after the front matter.
    public var body: String
    /// 1-based line of the file where `body` starts.
    public var bodyStartLine: Int
    public var frontMatter: FrontMatter
    /// The whole file as read (front matter included), for the copy linked from the source page.
    public var original: String

    public init(path: String, body: String, bodyStartLine: Int = 1, frontMatter: FrontMatter = FrontMatter(), original: String? = nil) {
        self.path = path
        self.original = original ?? body
        self.body = body
        self.bodyStartLine = bodyStartLine
        self.frontMatter = frontMatter
    }

    /// The file name without folders.
    public var fileName: String { Self.fileName(of: path) }

    /// The last name of a path between slashes (the path itself when it has none).
    public static func fileName(of path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }
}

/// The YAML front matter of a Markdown article: the fields the tool knows, and the others kept for templates.
public struct FrontMatter: Sendable, Hashable {
    public var title: String?
    public var outlet: String?
    public var origin: String?
    public var published: String?
    public var authors: [String]?
    public var url: String?
    public var extraFields: [String: String]

    public init(title: String? = nil, outlet: String? = nil, origin: String? = nil, published: String? = nil,
                authors: [String]? = nil, url: String? = nil, extraFields: [String: String] = [:]) {
        self.title = title
        self.outlet = outlet
        self.origin = origin
        self.published = published
        self.authors = authors
        self.url = url
        self.extraFields = extraFields
    }
}
