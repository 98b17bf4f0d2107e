import DossierCore
import DossierCorpus
import DossierLanguage
import DossierExtraction
import DossierSite
import Foundation

/// The build, written down in one place: load → parse → extract → assemble → markdown → render → write.
/// Only load and write touch the disk; `site(report:)` runs the stages in memory.
/// With a `memory` (the dev server keeps one), each build keeps its stages' results and the next reruns only what
/// its changes need: an unchanged article is not parsed again, an unchanged corpus is not extracted again, an
/// unchanged page is not converted from Markdown again (nor put into its template while the templates are unchanged),
/// and the site the previous build replaced is rewritten in place, where a file whose bytes did not change is left
/// alone or hard-linked from the output instead of written.
public struct Pipeline: Sendable {
    public var options: BuildOptions
    public var progress: any BuildProgress
    /// What the previous build of this process left for this one; nil builds everything from scratch.
    public var memory: BuildMemory?
    /// Sees each sentence the tokenizer analyses (tests prove with it that a build tokenizes each sentence once).
    public var tokenizationObserver: (@Sendable (String) -> Void)?
    /// For a process that exits after this build: its articles, extraction and pages are left in memory rather than
    /// freed object by object when the build returns (see `LeftResults`).
    public var leavesResults = false
    /// For a process that exits after this build: a large site this build replaces is deleted by a detached process
    /// (see `ReplacedSiteHandOff`) rather than before the build returns.
    public var handsOffReplacedSite = false

    public init(options: BuildOptions, progress: any BuildProgress = SilentProgress()) {
        self.options = options
        self.progress = progress
    }

    /// Runs every stage and replaces the output folder when the build can be trusted.
    public func build() -> BuildReport {
        let start = Date()
        var report = BuildReport()
        let writer = self.writer
        // Even a build that fails puts back an output that a killed build left renamed aside.
        writer.recoverInterruptedBuilds()
        var remembered = memory?.take() ?? RememberedBuild()
        var site: PreparedSite?
        defer {
            if leavesResults { LeftResults.leave((remembered, site)) }
            memory?.keep(remembered)
        }
        // A build of its own (not the dev server's, which rewrites its spare) writes the originals beside extract.
        var originals: OriginalsInAdvance?
        site = prepare(report: &report, remembered: &remembered, whenParsed: memory != nil ? nil : { articles, texts in
            originals = OriginalsInAdvance(writer: writer, files: SiteData.originalCopies(of: articles, texts: texts))
        })
        if let site, !report.diagnostics.failsBuild(strict: options.strict) {
            do throws(Diagnostic) {
                try write(site, with: writer, originals: originals, report: &report, remembered: &remembered)
            } catch {
                report.diagnostics.append(error)
            }
        } else {
            originals?.abandon()
            if site != nil { report.diagnostics.append(.error("the build has errors; the previous output was left unchanged")) }
        }
        report.seconds = Date().timeIntervalSince(start)
        return report
    }

    /// For the dev server between builds: when the last build left no spare (it replaced no site), starts copying the
    /// output into one in the background, so the next rebuild rewrites it in place (see `BuildMemory.prepareSpare`).
    /// The next build cancels a copy that has not finished.
    public func prepareSpare() {
        memory?.prepareSpare(with: writer)
    }

    /// Cancels a spare being copied and waits for the copy to stop (before the server deletes its folders).
    public func stopPreparingSpare() {
        memory?.stopCopyingSpare()
    }

    private var writer: OutputWriter {
        var writer = OutputWriter(output: options.outputURL, displayPath: ContentLoader.normalizedDisplayPath(options.output))
        writer.handsOffReplacedSites = handsOffReplacedSite
        return writer
    }

    /// Stages render and write: each page's files go into the build folder as soon as they are made, so the site is
    /// never all in memory; the other files follow, then the list of files, and the folder is swapped in.
    /// With `originals`, the build folder is the one they were written into.
    private func write(_ site: PreparedSite, with writer: OutputWriter, originals: OriginalsInAdvance?, report: inout BuildReport,
                       remembered: inout RememberedBuild) throws(Diagnostic) {
        let folder: BuildFolder
        if let originals {
            folder = try originals.folder()
        } else {
            try writer.checkReplaceable()
            let spare = remembered.spare
            remembered.spare = nil
            folder = try writer.open(fingerprinting: memory != nil, previous: remembered.written, spare: spare)
        }
        var rest: [SiteFile] = []
        var failure: Diagnostic?
        run(.render, count: { rest.count + site.pages.count * 2 }) {
            do throws(Diagnostic) {
                rest = try render(site, into: folder, originalsWritten: originals?.paths, remembered: &remembered, report: &report)
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
        run(.write, releasingFreedMemory: memory != nil, count: { folder.fileCount }) {
            do throws(Diagnostic) {
                try folder.add(rest)
                rest = []
                let finished = try folder.finish()
                if memory != nil {
                    remembered.written = finished.written
                    remembered.spare = finished.spare
                    remembered.renderedOutput = RenderedOutput(pages: site.pagesGeneration, templates: site.templates.sources)
                }
                report.wroteOutput = true
                report.filesWritten = finished.fileCount
                report.filesLinked = finished.linked
                report.filesCopied = finished.copied
                report.filesKept = finished.kept
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
    }

    /// The files of the site, or nil when a stage found errors it cannot go past.
    public func site(report: inout BuildReport) -> [SiteFile]? {
        var remembered = RememberedBuild()
        return site(report: &report, remembered: &remembered)
    }

    /// The stages before write, in memory, taking what they can from `remembered` and leaving their results in it.
    func site(report: inout BuildReport, remembered: inout RememberedBuild) -> [SiteFile]? {
        guard let site = prepare(report: &report, remembered: &remembered) else { return nil }
        let list = SiteFileList()
        var rest: [SiteFile] = []
        run(.render, count: { list.files.count + rest.count }) {
            // Files in memory cannot fail to be written.
            rest = (try? render(site, into: list, originalsWritten: nil, remembered: &remembered, report: &report)) ?? []
        }
        list.add(rest)
        return list.files
    }

    /// The stages before render, taking what they can from `remembered` and leaving their results in it; nil when a
    /// stage found errors it cannot go past. `whenParsed` is given the articles, with their ids, and their files' texts as
    /// soon as they are parsed.
    private func prepare(report: inout BuildReport, remembered: inout RememberedBuild,
                         whenParsed: ((_ articles: [Article], _ texts: [String]) -> Void)? = nil) -> PreparedSite? {
        // The language data is read beside the templates and the articles (a BBC build: about 0.02 s on one core).
        let loadingLexicon = BackgroundWork { [kept = remembered.lexicon] in
            kept.map { .success($0) } ?? Result { () throws(WordNetUnavailable) in try Lexicon.load() }
        }
        let loader = ContentLoader(folder: options.contentURL, displayPath: options.content)
        let templateFolder = options.templatesURL
        let templates: TemplateLibrary?
        do throws(DiagnosticList) {
            templates = try TemplateLibrary(folder: templateFolder, displayPath: ContentLoader.normalizedDisplayPath(options.templates))
        } catch {
            report.diagnostics.append(contentsOf: error.diagnostics)
            templates = nil
        }

        // load
        progress.stageStarted(.load)
        let paths: [String]
        do {
            let listing = try loader.listArticles()
            paths = listing.paths
            report.diagnostics.append(contentsOf: listing.warnings)
            report.articlesSkipped += listing.warnings.count
        } catch {
            report.diagnostics.append(error)
            return nil
        }
        let (configuration, configDiagnostics) = ConfigurationLoader.load(contentFolder: options.contentURL, displayPath: loader.displayPath)
        report.diagnostics.append(contentsOf: configDiagnostics)
        let loaded = ParallelMap.map(paths) { loader.load(relativePath: $0) }
        var files: [SourceFile] = []
        for result in loaded {
            switch result {
            case .success(let file): files.append(file)
            case .failure(let diagnostic):
                report.diagnostics.append(diagnostic)
                report.articlesSkipped += 1
            }
        }
        progress.stageFinished(.load, count: files.count)
        report.articlesRead = files.count
        guard !files.isEmpty else {
            report.diagnostics.append(.error("no articles found: add .txt or .md files under the content folder", at: SourceLocation(file: loader.displayPath.isEmpty ? "." : loader.displayPath)))
            return nil
        }
        guard let templates else { return nil }
        // The language data, loaded once and shared by the parse and extract stages.
        let lexicon: Lexicon
        switch loadingLexicon.value {
        case .success(let loaded): lexicon = loaded
        case .failure(let error):
            report.diagnostics.append(.error(error.description))
            return nil
        }
        remembered.lexicon = lexicon

        // The list of given names the extract stage starts with, read beside the parse stage rather than by one thread
        // while the others wait for it (it is read once per process).
        _ = BackgroundWork { GivenNames.bundled() }

        // parse
        var articles: [Article] = []
        run(.parse, count: { articles.count }) {
            let reader = ArticleReader(tokenizer: Tokenizer(lexicon: lexicon, observer: tokenizationObserver))
            let parsed = ParsedArticles.read(files, reader: reader, remembered: remembered.articles)
            report.articlesParsed = parsed.count
            remembered.articles = parsed.byPath
            articles = ArticleIDs.assign(parsed.articles, paths: files.map(\.path))
        }
        let texts = files.map(\.original)
        whenParsed?(articles, texts)

        // extract: again only when an article or a curation file changed
        let inputs = ExtractionInputs(paths: files.map(\.path), contentFolder: options.contentURL)
        let keptExtraction = remembered.extraction.flatMap { report.articlesParsed == 0 && $0.inputs == inputs ? $0 : nil }
        if keptExtraction != nil { report.reusedStages.append(.extract) }
        var extraction = Extraction()
        run(.extract, count: { extraction.people.count + extraction.figures.count + extraction.topics.count + extraction.events.count }) {
            if let keptExtraction {
                extraction = keptExtraction.extraction
                report.diagnostics.append(contentsOf: keptExtraction.diagnostics)
                return
            }
            let extractor = CorpusExtractor(curation: CurationFolder(folder: options.contentURL, displayPath: loader.displayPath), lexicon: lexicon)
            let (found, diagnostics) = extractor.extract(articles)
            extraction = found
            report.diagnostics.append(contentsOf: diagnostics)
            remembered.extraction = RememberedExtraction(inputs: inputs, extraction: found, diagnostics: diagnostics)
        }

        // assemble, markdown and the data files: again only when the extraction or the configuration changed
        let keptPages = remembered.pages.flatMap { keptExtraction != nil && $0.configuration == configuration ? $0 : nil }
        if keptPages != nil { report.reusedStages += [.assemble, .markdown] }
        var dossier = keptPages?.dossier ?? Dossier(configuration: configuration, sources: [])
        run(.assemble, releasingFreedMemory: true, count: { dossier.sources.count }) {
            guard keptPages == nil else { return }
            dossier = DossierAssembler.assemble(configuration: configuration, articles: extraction.sources, extraction: extraction)
        }

        var pages: [MarkdownPage] = keptPages?.pages ?? []
        // Each source's words, counted once for its pages and for `dossier.json` (nil when the pages are kept).
        var sourceWords: [Int]?
        run(.markdown, count: { pages.count }) {
            guard keptPages == nil else { return }
            let words = SitePages.sourceWords(dossier)
            sourceWords = words
            pages = SitePages.pages(for: dossier, sourceWords: words)
        }
        report.pagesWritten = pages.count
        let generation = keptPages?.generation ?? (remembered.pages?.generation ?? 0) + 1
        remembered.pages = RememberedPages(configuration: configuration, dossier: dossier, pages: pages, generation: generation,
                                           data: keptPages?.data, searchIndex: keptPages?.searchIndex)
        return PreparedSite(templates: templates, configuration: configuration, dossier: dossier, pages: pages,
                            pagesGeneration: generation, originals: texts, lexicon: lexicon, sourceWords: sourceWords)
    }

    /// Stage render: puts the Markdown and HTML of every page into `sink` as they are made, then makes the search index
    /// and the data files side by side (the index is made from the dossier alone, so both are kept with the pages);
    /// returns the files the write stage adds after the pages: the templates' assets, the search page and its
    /// index, and the data files. In a rebuild, a page's HTML is taken from the output when neither the pages nor the
    /// templates changed since the output was written, and its body from the previous build when its Markdown did not.
    /// `originalsWritten` are the paths of the originals when they are in the sink already (see `OriginalsInAdvance`).
    private func render<Sink: SiteFileSink>(_ site: PreparedSite, into sink: Sink, originalsWritten: Set<String>?,
                                            remembered: inout RememberedBuild, report: inout BuildReport) throws(Diagnostic) -> [SiteFile] {
        let configuration = site.configuration
        let kept = remembered.pages
        var renderer = SiteRenderer(templates: site.templates, configuration: configuration, sourceCount: site.dossier.sources.count)
        let bodies = memory == nil ? nil : PageBodies(previous: remembered.bodies)
        renderer.bodies = bodies
        var reused = Set<String>()
        if remembered.renderedOutput == RenderedOutput(pages: site.pagesGeneration, templates: site.templates.sources) {
            let paths = site.pages.map(SiteRenderer.htmlPath)
            reused = Set(paths).subtracting(try sink.addUnchanged(paths))
        }
        let rendering = PageRendering(renderer: renderer, reusedHTML: reused)
        try sink.add(site.pages, paths: rendering.paths, cost: { $0.markdown.utf8.count }, making: rendering.files)
        report.pagesRendered = site.pages.count - reused.count
        report.pagesFromMarkdown = bodies?.convertedCount ?? report.pagesRendered
        remembered.bodies = bodies
        // Then the data files on a thread of their own (`dossier.json` is encoded on one core) beside the search index
        // (on all cores); not beside the pages, whose largest would sit on both of their temporaries at the peak.
        SystemAllocator.releaseFreedMemory()
        let data = kept?.data == nil ? BackgroundWork { [dossier = site.dossier, originals = originalsWritten == nil ? site.originals : nil,
                                                         sourceWords = site.sourceWords] in
            SiteData.files(for: dossier, originals: originals, sourceWords: sourceWords ?? SitePages.sourceWords(dossier))
        } : nil
        let index = configuration.search && kept?.searchIndex == nil ? searchIndex(for: site) : kept?.searchIndex
        let dataFiles = data?.value ?? kept?.data ?? []
        remembered.pages?.searchIndex = index
        remembered.pages?.data = dataFiles
        var rest = site.templates.assets.sorted { $0.key < $1.key }
            .filter { (configuration.search || $0.key != SearchPage.script) && originalsWritten?.contains($0.key) != true }
            .map { SiteFile(path: $0.key, data: $0.value) }
        if configuration.search, let index {
            rest.append(SearchPage.html(renderer: renderer))
            rest += index
        }
        return rest + dataFiles
    }

    /// The search index's files, made from the dossier alone (a build whose dossier has not changed can keep them): its
    /// document files are made on a thread of their own beside its term files, whose postings have stretches on one
    /// core (numbering the vocabulary, placing each term's documents) that the document files, needing no postings, fill.
    private func searchIndex(for site: PreparedSite) -> [SiteFile] {
        let index = SearchIndex(lemma: { [lexicon = site.lexicon] in lexicon.lemma(of: $0) })
        let documents = SearchDocuments.documents(for: site.dossier)
        let documentFiles = BackgroundWork { [documents] in index.documentFiles(for: documents) }
        let files = index.termFiles(for: documents) + documentFiles.value
        // Freed on another thread: one document per sentence, each with its strings (a BBC build's took ~10 ms on one
        // core at the end of the index, with nothing left beside it).
        BackgroundRelease.release(consume documents)
        return files
    }

    /// Runs one stage between its progress reports; with `releasingFreedMemory`, gives what it freed back to the system
    /// before the next (`SystemAllocator.releaseFreedMemory`).
    ///
    /// Only the stages after which the build holds most freed memory release it: after assemble (extract's and
    /// assemble's temporaries, ahead of the pages' peak) and, in `render`, before the data files. The dev server also
    /// releases after write, so that it idles small between builds.
    private func run(_ stage: Stage, releasingFreedMemory: Bool = false, count: () -> Int, _ body: () -> Void) {
        progress.stageStarted(stage)
        body()
        if releasingFreedMemory { SystemAllocator.releaseFreedMemory() }
        progress.stageFinished(stage, count: count())
    }
}

/// What the stages before render leave for it.
struct PreparedSite: Sendable {
    var templates: TemplateLibrary
    var configuration: DossierConfiguration
    var dossier: Dossier
    var pages: [MarkdownPage]
    /// Which making of the pages these are (see `RememberedPages.generation`).
    var pagesGeneration: Int
    /// The articles' files as given, in the order of `dossier.sources`.
    var originals: [String]
    var lexicon: Lexicon
    /// Each source's words, in the order of `dossier.sources`, when the markdown stage counted them (see
    /// `SitePages.sourceWords`); nil when the pages were kept from the build before.
    var sourceWords: [Int]?
}

