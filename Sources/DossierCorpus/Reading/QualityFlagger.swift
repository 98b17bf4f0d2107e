import DossierCore

/// The quality flags a single article earns, each with the evidence a reader can check:
/// `machine-translated`, `syndicated` (first published elsewhere), `no-date`, `no-author`.
/// (`duplicate-of` needs the whole corpus: the extract stage adds it.)
struct QualityFlagger {
    func flags(metadata: SourceMetadata, originLine: Int?, sentences: [Sentence],
               chunks: TextChunks = TextChunks(bytes: ArticleReader.defaultChunkBytes)) -> [QualityFlag] {
        var flags: [QualityFlag] = []
        if let finding = MachineTranslationDetector().detect(sentences, chunks: chunks) {
            flags.append(QualityFlag(kind: "machine-translated", evidence: finding.evidence))
        }
        if let syndicated = syndication(metadata, originLine: originLine) { flags.append(syndicated) }
        if metadata.published == nil {
            flags.append(QualityFlag(kind: "no-date", evidence: "no publication date in the header, a dateline or the footer"))
        }
        if metadata.authors.isEmpty {
            flags.append(QualityFlag(kind: "no-author", evidence: "no byline or author line"))
        }
        return flags
    }

    /// First published by someone else than the outlet of this copy.
    func syndication(_ metadata: SourceMetadata, originLine: Int?) -> QualityFlag? {
        guard let origin = metadata.origin else { return nil }
        let place = originLine.map { " (line \($0))" } ?? ""
        guard let outlet = metadata.outlet else {
            return QualityFlag(kind: "syndicated", evidence: "the text credits \(origin) as its origin\(place); the outlet of this copy is not stated")
        }
        guard Self.comparable(outlet) != Self.comparable(origin) else { return nil }
        return QualityFlag(kind: "syndicated", evidence: "published by \(outlet); the text credits \(origin) as its origin\(place)")
    }

    /// `The Example Post`, `example-post.com` and `ExamplePost` compare equal.
    static func comparable(_ name: String) -> String {
        var text = name.lowercased()
        if text.hasPrefix("the ") { text.removeFirst(4) }
        if SiteName.isDomain(text), let stem = text.split(separator: ".").first(where: { $0 != "www" }) { text = String(stem) }
        return text.filter { $0.isLetter || $0.isNumber }
    }
}
