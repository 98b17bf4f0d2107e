import DossierCore

/// The parse stage: turns one loaded file into an Article (metadata, boilerplate, paragraphs, sentences, flags).
/// Front matter wins over what the reader infers from the text.
public struct ArticleReader: Sendable {
    public init() {}

    public func read(_ file: SourceFile, id: String) -> Article {
        let lines = TextLines(file.body, firstLine: file.bodyStartLine)
        var metadata = SourceMetadata()
        metadata.title = lines.firstNonEmpty?.text.trimmingCharacters(in: .whitespaces)
        let paragraphs = SentenceSplitter().paragraphs(of: lines, skippingFirst: metadata.title != nil)
        metadata.apply(file.frontMatter)
        return Article(id: id, path: file.path, body: file.body, bodyStartLine: file.bodyStartLine,
                       metadata: metadata, extraFields: file.frontMatter.extraFields, paragraphs: paragraphs)
    }
}

extension SourceMetadata {
    /// Front-matter fields override what was inferred.
    mutating func apply(_ matter: FrontMatter) {
        if let title = matter.title { self.title = title }
        if let outlet = matter.outlet { self.outlet = outlet }
        if let origin = matter.origin { self.origin = origin }
        if let published = matter.published { self.published = published }
        if let authors = matter.authors { self.authors = authors }
        if let url = matter.url { self.url = url }
    }
}
