import DossierCore
import DossierLanguage
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
    /// The build's language data, shared with the parse stage.
    public let lexicon: Lexicon

    public init(curation: CurationFolder, lexicon: Lexicon) {
        self.curation = curation
        self.lexicon = lexicon
    }

    /// People, figures, topics and events of the corpus, with diagnostics about curation files.
    public func extract(_ parsed: [Article]) -> (Extraction, [Diagnostic]) {
        let articles = StoryDateInference().dating(parsed)
        var figureCurationDiagnostics: [Diagnostic] = []
        let figureExtractor = figureExtractor(&figureCurationDiagnostics)
        let (topicCuration, topicDiagnostics) = TopicCuration.load(from: curation)
        let peopleCuration = peopleCuration()
        // Each article's sentences, gathered from its paragraphs once for all the passes.
        let sentences = ParallelMap.map(articles) { $0.sentences }
        let passes = ExtractionPasses()
        // The five passes read the same articles and nothing of each other, so they run side by side, the costliest
        // first. Each is parallel inside too. They are queued, not run as iterations of one `concurrentPerform`:
        // libdispatch gives a `concurrentPerform` nested in another of five iterations one thread, so each pass's
        // own parallel work ran serially and the last pass to start ran alone on one core; queued, a pass's parallel
        // work is taken up by every thread that comes free.
        let group = DispatchGroup()
        for pass in Pass.allCases {
            DispatchQueue.global().async(group: group) {
                switch pass {
                case .people: passes.people = PeopleExtractor(wordNet: lexicon.wordNet).extract(articles, sentences: sentences, curation: peopleCuration)
                case .figures: passes.figures = figureExtractor.figures(in: articles, sentences: sentences)
                case .topics: passes.topics = TopicExtractor(curation: topicCuration, lexicon: lexicon).topics(in: articles, sentences: sentences)
                case .timeline: passes.events = TimelineExtractor().events(in: articles, sentences: sentences)
                case .duplicates: passes.sources = DuplicateDetector().flagDuplicates(articles, sentences: sentences)
                }
            }
        }
        group.wait()
        let (people, peopleDiagnostics) = passes.people!
        let (figures, figureDiagnostics) = passes.figures!
        // Diagnostics in the order the passes ran in when they ran one after the other.
        let diagnostics = peopleDiagnostics + figureCurationDiagnostics + figureDiagnostics + topicDiagnostics
        let extraction = Extraction(sources: passes.sources!, people: people, figures: figures, topics: passes.topics!, events: passes.events!)
        return (extraction, diagnostics)
    }

    /// The figure extractor, with `figures.yml` when the user has one.
    private func figureExtractor(_ diagnostics: inout [Diagnostic]) -> FigureExtractor {
        guard let (url, shown) = curation.file("figures.yml") else { return FigureExtractor(lexicon: lexicon) }
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            diagnostics.append(.error("could not read the file as UTF-8 text", at: SourceLocation(file: shown)))
            return FigureExtractor(lexicon: lexicon)
        }
        let (extractor, found) = FigureExtractor.curated(by: text, shownAs: shown, lexicon: lexicon)
        diagnostics += found
        return extractor
    }

    /// `people.yml` when the content folder has one.
    private func peopleCuration() -> PeopleCuration {
        guard let (url, shown) = curation.file("people.yml"), let text = try? String(contentsOf: url, encoding: .utf8) else {
            return PeopleCuration()
        }
        return PeopleCuration(yaml: text, file: shown)
    }
}

/// The extract passes, in the order they are started: the costliest first, so that the cheap ones fill in at the end.
private enum Pass: CaseIterable {
    case people, figures, topics, timeline, duplicates
}

/// The results of the extract passes, each set once by its own pass and read after all have ended.
private final class ExtractionPasses: @unchecked Sendable {
    var people: ([Person], [Diagnostic])?
    var figures: ([Figure], [Diagnostic])?
    var topics: [Topic]?
    var events: [Event]?
    var sources: [Article]?
}
