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

    @Test("Serve's line after a build says what it redid and how long it took against the first build")
    func summaryLine() {
        var report = BuildReport()
        report.seconds = 0.5
        report.articlesRead = 2225
        report.articlesParsed = 1
        report.reusedStages = [.assemble]
        report.wroteOutput = true
        report.filesWritten = 15374
        report.filesLinked = 15000
        #expect(RebuildSummary.line(for: report, firstBuildSeconds: 10)
                == "Build took 0.50 s, 0.05× the first build: parsed 1 of 2225 articles; kept assemble; wrote 374 files, linked 15000 unchanged.")
        report.wroteOutput = false
        report.articlesRead = 1
        report.reusedStages = []
        #expect(RebuildSummary.line(for: report, firstBuildSeconds: nil) == "Build took 0.50 s: parsed 1 of 1 article.")
    }

    private func rebuildLoop(for site: TestSite) -> (RebuildLoop, SentenceLog) {
        let sentences = SentenceLog()
        var pipeline = Pipeline(options: site.options)
        pipeline.memory = BuildMemory()
        pipeline.tokenizationObserver = { sentences.append($0) }
        return (RebuildLoop(pipeline: pipeline, liveReload: LiveReload(), observer: SilentServeObserver()), sentences)
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
