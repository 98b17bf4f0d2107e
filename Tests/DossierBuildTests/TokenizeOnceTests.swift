import DossierBuild
import DossierCore
import DossierCorpus
import DossierLanguage
import Foundation
import Testing

/// The parse stage analyses each sentence once; no later stage tokenizes text again.
@Suite struct TokenizeOnceTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func eachSentenceOfTheSampleCorpusIsTokenizedOncePerBuild() throws {
        let content = Self.repository.appendingPathComponent("content")
        let log = TokenizedSentences()
        var pipeline = Pipeline(options: BuildOptions(content: content.path, templates: Self.repository.appendingPathComponent("templates").path,
                                                      output: "/nonexistent/never-written"))
        pipeline.tokenizationObserver = { log.append($0) }
        var report = BuildReport()
        #expect(pipeline.site(report: &report) != nil)

        // The sentences of the sample corpus, read apart from the build with a tokenizer it does not observe.
        let loader = ContentLoader(folder: content, displayPath: "content")
        let reader = ArticleReader(tokenizer: Tokenizer(lexicon: try Lexicon.load()))
        let sentences = try loader.articlePaths().compactMap { try? loader.load(relativePath: $0).get() }
            .flatMap { reader.read($0, id: "").sentences.map(\.text) }
        #expect(sentences.count > 100)
        #expect(log.sentences.sorted() == sentences.sorted())
    }
}

/// Sentences the build's tokenizer was given, from any thread.
final class TokenizedSentences: @unchecked Sendable {
    private let lock = NSLock()
    private var seen: [String] = []
    var sentences: [String] { lock.withLock { seen } }
    func append(_ sentence: String) { lock.withLock { seen.append(sentence) } }
}
