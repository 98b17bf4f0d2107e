import DossierCore
import DossierCorpus
import DossierExtraction
import DossierLanguage
import DossierSite
import Foundation

/// What one build leaves for the next in the same process (the dev server keeps one): the language data, each
/// article as parsed with the bytes it was parsed from, the extraction with its inputs, the pages, and a record of
/// the files last written. A rebuild reruns only the stages whose inputs changed.
/// Builds take the state at their start and give it back at their end, so two builds never share one half-updated.
public final class BuildMemory: @unchecked Sendable {
    private let lock = NSLock()
    private var state = RememberedBuild()
    /// A spare being copied from the output while no build runs (see `prepareSpare`).
    private var spareCopy: SpareCopy?

    public init() {}

    /// The state left by the last build; the memory is empty until `keep` gives one back. A spare still being copied
    /// is cancelled first (and deleted), unless it is finished: then it is the spare.
    func take() -> RememberedBuild {
        let copied = stopCopyingSpare()
        return lock.withLock {
            var taken = state
            state = RememberedBuild()
            if let copied, taken.spare == nil { taken.spare = copied }
            return taken
        }
    }

    /// Keeps what this build made for the next one.
    func keep(_ build: RememberedBuild) {
        lock.withLock { state = build }
    }

    /// When the last build left no spare, starts copying the output into one on a thread of its own, so the next
    /// build rewrites it in place rather than writing a new folder (see `SpareCopy`). Call it only between builds.
    func prepareSpare(with writer: OutputWriter) {
        lock.withLock {
            guard spareCopy == nil, state.spare == nil, let written = state.written else { return }
            spareCopy = SpareCopy(writer: writer, site: written)
        }
    }

    /// Stops a spare being copied and waits for it; returns the spare's record when the copy had finished, else nil
    /// (and the part copied is deleted).
    @discardableResult
    func stopCopyingSpare() -> WrittenSite? {
        guard let copy = lock.withLock({ () -> SpareCopy? in
            defer { spareCopy = nil }
            return spareCopy
        }) else { return nil }
        copy.cancel()
        return copy.spare
    }
}

/// The stage results one build keeps for the next.
struct RememberedBuild: Sendable {
    var lexicon: Lexicon?
    /// Each article by its path, with the file it was read from (id not yet assigned).
    var articles: [String: ParsedFile] = [:]
    var extraction: RememberedExtraction?
    var pages: RememberedPages?
    /// The files in the output folder as the last build wrote them.
    var written: WrittenSite?
    /// What the output's HTML pages were made from.
    var renderedOutput: RenderedOutput?
    /// The files in the spare folder (the site the last build replaced), which the next build rewrites in place.
    var spare: WrittenSite?
    /// Each page's HTML body as the last build converted it from Markdown.
    var bodies: PageBodies?
}

/// What the HTML pages in the output were made from: the pages (by generation) and the templates' text.
struct RenderedOutput: Sendable, Equatable {
    var pages: Int
    var templates: [String: String]
}

/// An article and the exact file it was parsed from.
struct ParsedFile: Sendable {
    var file: SourceFile
    var article: Article
}

/// The extraction and what it was made from: the article paths (every article unchanged) and the curation files.
struct RememberedExtraction: Sendable {
    var inputs: ExtractionInputs
    var extraction: Extraction
    var diagnostics: [Diagnostic]
}

/// What the extract stage reads besides the parsed articles.
struct ExtractionInputs: Sendable, Equatable {
    /// The curation files the extractors read from the content folder's root.
    static let curationFiles = ["people.yml", "figures.yml", "topics.yml"]

    var paths: [String]
    var curation: [String: Data]

    init(paths: [String], contentFolder: URL) {
        self.paths = paths
        var curation: [String: Data] = [:]
        for name in Self.curationFiles {
            curation[name] = try? Data(contentsOf: contentFolder.appendingPathComponent(name))
        }
        self.curation = curation
    }
}

/// The assembled dossier, its pages and data files, for the configuration they were made with.
struct RememberedPages: Sendable {
    var configuration: DossierConfiguration
    var dossier: Dossier
    var pages: [MarkdownPage]
    /// Counts the makings of the pages in this process: the same number means the very same pages.
    var generation: Int
    /// The data files (`dossier.json`, `figures.csv`, the originals), once a build has made them.
    var data: [SiteFile]?
    /// The search index's files (`search/*.js`), once a build with search on has made them.
    var searchIndex: [SiteFile]?
}
