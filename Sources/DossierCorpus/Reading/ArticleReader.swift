import DossierCore
import DossierLanguage

/// The parse stage: turns one loaded file into an Article (metadata, boilerplate, paragraphs, sentences, flags).
///
/// Small readers run in turn over the lines, each claiming the lines it understands: boilerplate first,
/// then the headline, the date, the outlet and origin, the byline; what is left is the story.
/// Front matter wins over what the readers infer from the text.
public struct ArticleReader: Sendable {
    /// Tokenizes each sentence of the story, once: extractors read the tokens.
    public let tokenizer: Tokenizer
    /// UTF-8 bytes of text per chunk: an article longer than this has its paragraphs (and its lines' per-line work)
    /// read in chunks on all cores, with the same result as in one piece.
    public let chunkBytes: Int

    /// About 10,000 words: far above a news article, so only a long report or transcript is split, into chunks large
    /// enough that a chunk costs much more than handing it to a core.
    public static let defaultChunkBytes = 64 * 1024

    public init(tokenizer: Tokenizer, chunkBytes: Int = ArticleReader.defaultChunkBytes) {
        self.tokenizer = tokenizer
        self.chunkBytes = chunkBytes
    }

    public func read(_ file: SourceFile, id: String) -> Article {
        var layout = ArticleLayout(TextLines(file.body, firstLine: file.bodyStartLine))
        BoilerplateFilter().apply(to: &layout, chunks: TextChunks(bytes: chunkBytes))
        var metadata = SourceMetadata()
        if let title = TitleReader().read(&layout) {
            metadata.title = title.title
            metadata.section = title.section
            // A first line other than the front matter's title is part of the story (a standfirst), not dropped.
            if let given = file.frontMatter.title, given != title.title, let first = layout.contentIndices.first {
                layout.claim(first, as: .body)
            }
        }
        metadata.published = DateReader().read(&layout)?.iso
        let outlet = OutletReader().read(&layout)
        let byline = BylineReader().read(&layout)
        metadata.authors = byline.authors
        metadata.outlet = byline.outlet ?? outlet.outlet
        metadata.origin = outlet.origin
        metadata.section = metadata.section ?? outlet.section
        metadata.apply(file.frontMatter)
        let paragraphs = ParagraphBuilder(tokenizer: tokenizer, chunkBytes: chunkBytes).paragraphs(of: layout)
        let flags = QualityFlagger().flags(metadata: metadata, originLine: outlet.originLine,
                                           sentences: paragraphs.flatMap(\.sentences), chunks: TextChunks(bytes: chunkBytes))
        return Article(id: id, path: file.path, body: file.body, bodyStartLine: file.bodyStartLine,
                       metadata: metadata, extraFields: file.frontMatter.extraFields, paragraphs: paragraphs,
                       boilerplate: removedLines(layout), flags: flags)
    }

    /// The whole lines taken out of the text (not the headline, shown as the title): boilerplate and metadata lines.
    func removedLines(_ layout: ArticleLayout) -> [BoilerplateLine] {
        layout.roles.indices.compactMap { index in
            let line = layout.lines[index]
            switch layout.roles[index] {
            case .boilerplate(let reason): return BoilerplateLine(line: line.number, text: layout.text(index), reason: reason)
            case .metadata(let reason): return BoilerplateLine(line: line.number, text: layout.text(index), reason: reason, isMetadata: true)
            default: return nil
            }
        }
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
