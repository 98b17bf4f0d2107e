import DossierBuild
@testable import DossierServer
import Foundation
import Testing

@Suite("Serve rebuilds redo only what the change needs", .timeLimit(.minutes(1)))
struct IncrementalRebuildTests {
    @Test("A template edit re-renders without parsing or extracting again; unchanged files are linked, not written")
    func templateEditDoesNotParse() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let (loop, sentences) = rebuildLoop(for: site)
        let first = await loop.buildNow()
        #expect(first.wroteOutput)
        #expect(first.articlesParsed == 1)
        #expect(first.reusedStages.isEmpty)
        #expect(first.filesLinked == 0)
        let tokenized = sentences.count
        #expect(tokenized > 0)
        let dataBefore = try inode(site.output.appendingPathComponent("dossier.json"))
        let pageBefore = try inode(site.output.appendingPathComponent("index.html"))

        try site.writeBase(marker: "version-two")
        let second = await loop.buildNow()
        #expect(second.wroteOutput)
        #expect(second.articlesParsed == 0)
        #expect(sentences.count == tokenized)
        #expect(second.reusedStages == [.extract, .assemble, .markdown])
        #expect(try String(contentsOf: site.output.appendingPathComponent("index.html"), encoding: .utf8).contains("version-two"))
        // The data and Markdown files did not change: the same files on disk, linked into the new output.
        #expect(try inode(site.output.appendingPathComponent("dossier.json")) == dataBefore)
        #expect(try inode(site.output.appendingPathComponent("index.html")) != pageBefore)
        #expect(second.filesLinked > 0)
        #expect(second.filesLinked < second.filesWritten)
    }

    @Test("An article edit parses that article alone and extracts again")
    func articleEditParsesOne() async throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.write("content/articles/ferry.txt", """
        Ferry Service Resumes

        The ferry service resumed on Tuesday, the operator said.

        """)
        let (loop, sentences) = rebuildLoop(for: site)
        let first = await loop.buildNow()
        #expect(first.articlesParsed == 2)
        let tokenized = sentences.count

        try site.write("content/articles/ferry.txt", """
        Ferry Service Resumes

        The ferry service resumed on Wednesday, the harbourmaster said.

        """)
        let second = await loop.buildNow()
        #expect(second.wroteOutput)
        #expect(second.articlesParsed == 1)
        #expect(second.reusedStages.isEmpty)
        let reparsed = sentences.all.dropFirst(tokenized)
        #expect(!reparsed.isEmpty)
        #expect(reparsed.allSatisfy { !$0.contains("bridge") })
        #expect(reparsed.contains { $0.contains("harbourmaster") })
        let json = try String(contentsOf: site.output.appendingPathComponent("dossier.json"), encoding: .utf8)
        #expect(json.contains("harbourmaster"))
        #expect(!json.contains("the operator said"))
    }

    @Test("A file changed by hand in the output is written again, not linked")
    func handEditedOutputIsRewritten() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let (loop, _) = rebuildLoop(for: site)
        _ = await loop.buildNow()
        let data = site.output.appendingPathComponent("dossier.json")
        let built = try Data(contentsOf: data)
        try Data("tampered".utf8).write(to: data)
        let again = await loop.buildNow()
        #expect(again.wroteOutput)
        #expect(again.articlesParsed == 0)
        #expect(try Data(contentsOf: data) == built)
    }

    @Test("Rebuilds after template, stylesheet and article edits each leave the site a fresh build makes, byte for byte")
    func rebuildsEqualFreshBuilds() async throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.write("content/articles/ferry.txt", "Ferry Service Resumes\n\nThe ferry service resumed on Tuesday, the operator said.\n")
        let (loop, _) = rebuildLoop(for: site)
        _ = await loop.buildNow()
        try await expectFreshBuild(of: site)

        try site.writeBase(marker: "version-two")
        let template = await loop.buildNow()
        #expect(template.pagesRendered == template.pagesWritten && template.pagesFromMarkdown == 0)
        try await expectFreshBuild(of: site)

        try site.write("templates/style.css", "body { color: navy; }\n")
        let stylesheet = await loop.buildNow()
        #expect(stylesheet.pagesRendered == 0 && stylesheet.filesKept + stylesheet.filesLinked + stylesheet.filesCopied == stylesheet.filesWritten - 1)
        try await expectFreshBuild(of: site)

        try site.write("content/articles/ferry.txt", "Ferry Service Resumes\n\nThe ferry service resumed on Wednesday, the harbourmaster said.\n")
        let article = await loop.buildNow()
        #expect(article.articlesParsed == 1 && article.pagesFromMarkdown > 0 && article.pagesFromMarkdown < article.pagesRendered)
        #expect(article.filesKept > 0)
        try await expectFreshBuild(of: site)

        try site.write("content/articles/tunnel.txt", "Tunnel Opens\n\nThe new tunnel opened on Friday, the mayor said.\n")
        _ = await loop.buildNow()
        try await expectFreshBuild(of: site)

        try FileManager.default.removeItem(at: site.content.appendingPathComponent("articles/ferry.txt"))
        try site.writeBase(marker: "version-three")
        _ = await loop.buildNow()
        try await expectFreshBuild(of: site)
        // The served site and the spare are the only folders beside the content.
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.root.path).sorted()
                == [".output.spare-\(getpid())", "content", "output", "templates"])
    }

    @Test("After the first build a spare is copied from the output, and the first rebuild keeps its unchanged files")
    func firstRebuildRewritesACopiedSpare() async throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.write("templates/style.css", "body { color: black; }\n")
        let (loop, _) = rebuildLoop(for: site, preparesSpare: true)
        let first = await loop.buildNow()
        #expect(first.wroteOutput && first.filesKept == 0 && first.filesLinked == 0)
        let spare = site.root.appendingPathComponent(".output.spare-\(getpid())")
        #expect(try await eventually { FileManager.default.fileExists(atPath: spare.path) })
        #expect(!FileManager.default.fileExists(atPath: spare.appendingPathComponent("dossier-files.json").path))

        try site.write("templates/style.css", "body { color: navy; }\n")
        let stylesheet = await loop.buildNow()
        #expect(stylesheet.wroteOutput)
        #expect(stylesheet.filesKept > 0 && stylesheet.filesLinked == 0)
        #expect(stylesheet.filesKept == stylesheet.filesWritten - 1)
        try await expectFreshBuild(of: site)
        loop.stop()
    }

    /// Builds the site from scratch into another folder and expects the served output to hold exactly the same files.
    private func expectFreshBuild(of site: TestSite, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        var options = site.options
        options.output = site.root.appendingPathComponent("fresh").path
        let fresh = Pipeline(options: options).build()
        #expect(fresh.wroteOutput, sourceLocation: sourceLocation)
        #expect(try snapshot(site.output) == snapshot(site.root.appendingPathComponent("fresh")), sourceLocation: sourceLocation)
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("fresh"))
    }

    private func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return files }
        for case let path as String in enumerator {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory)
            files[path] = isDirectory.boolValue ? Data() : try Data(contentsOf: folder.appendingPathComponent(path))
        }
        return files
    }

    @Test("Serve's line after a build says what it redid and how long it took against the first build")
    func summaryLine() {
        var report = BuildReport()
        report.seconds = 0.5
        report.articlesRead = 2225
        report.articlesParsed = 1
        report.reusedStages = [.assemble]
        report.wroteOutput = true
        report.filesWritten = 15374
        report.filesKept = 9000
        report.filesLinked = 6000
        report.pagesRendered = 6553
        report.pagesFromMarkdown = 12
        #expect(RebuildSummary.line(for: report, firstBuildSeconds: 10)
                == "Build took 0.50 s, 0.05× the first build: parsed 1 of 2225 articles; kept assemble; rendered 6553 pages (12 from Markdown); wrote 374 files, kept 9000 and linked 6000 unchanged.")
        report.filesKept = 2000
        report.filesCopied = 7000
        #expect(RebuildSummary.line(for: report, firstBuildSeconds: 10)
                == "Build took 0.50 s, 0.05× the first build: parsed 1 of 2225 articles; kept assemble; rendered 6553 pages (12 from Markdown); wrote 374 files, kept 2000, copied 7000 and linked 6000 unchanged.")
        report.wroteOutput = false
        report.articlesRead = 1
        report.reusedStages = []
        #expect(RebuildSummary.line(for: report, firstBuildSeconds: nil) == "Build took 0.50 s: parsed 1 of 1 article.")
    }

    private func rebuildLoop(for site: TestSite, preparesSpare: Bool = false) -> (RebuildLoop, SentenceLog) {
        let sentences = SentenceLog()
        var pipeline = Pipeline(options: site.options)
        pipeline.memory = BuildMemory()
        pipeline.tokenizationObserver = { sentences.append($0) }
        return (RebuildLoop(pipeline: pipeline, liveReload: LiveReload(), observer: SilentServeObserver(), preparesSpare: preparesSpare), sentences)
    }

    private func inode(_ url: URL) throws -> UInt64 {
        var info = stat()
        guard stat(url.path, &info) == 0 else { throw CocoaError(.fileNoSuchFile) }
        return UInt64(info.st_ino)
    }
}

/// The sentences the tokenizer saw, in order (the seam that counts parses).
final class SentenceLog: @unchecked Sendable {
    private let lock = NSLock()
    private var sentences: [String] = []

    func append(_ sentence: String) { lock.withLock { sentences.append(sentence) } }
    var all: [String] { lock.withLock { sentences } }
    var count: Int { lock.withLock { sentences.count } }
}
