import DossierCore
import Foundation

/// Where the user's curation files are (`content/people.yml`, `figures.yml`, `topics.yml`).
public struct CurationFolder: Sendable {
    public var folder: URL?
    public var displayPath: String

    public init(folder: URL?, displayPath: String) {
        self.folder = folder
        self.displayPath = displayPath
    }

    /// The file's URL and the path to print, when the file exists.
    public func file(_ name: String) -> (url: URL, shown: String)? {
        guard let folder else { return nil }
        let url = folder.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        return (url, displayPath.isEmpty ? name : "\(displayPath)/\(name)")
    }
}

/// Stage "extract": the cross-article passes over the parsed corpus.
public struct CorpusExtractor: Sendable {
    public var curation: CurationFolder

    public init(curation: CurationFolder) {
        self.curation = curation
    }

    /// People, figures, topics and events of the corpus, with diagnostics about curation files.
    public func extract(_ articles: [Article]) -> (Extraction, [Diagnostic]) {
        (Extraction(sources: DuplicateDetector().flagDuplicates(articles)), [])
    }
}
