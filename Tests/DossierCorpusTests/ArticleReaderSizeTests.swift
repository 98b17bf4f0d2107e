import DossierCore
import DossierLanguage
import Foundation
import Testing
@testable import DossierCorpus

/// The size guard of the parse stage, by counting, not timing: the work done on a generated article grows as the
/// article does. (`scripts/large-article.sh` times a 200,000-word article.)
@Suite struct ArticleReaderSizeTests {
    /// An article of `paragraphs` paragraphs of three sentences each, under a headline, with no byline or date:
    /// the readers look for metadata and find none, the case where a reader scanning too far costs most.
    static func article(paragraphs: Int) -> SourceFile {
        var lines = ["Council Approves The New Bridge Over The River", ""]
        for index in 0..<paragraphs {
            lines.append("The council met on day \(index + 1) to discuss the bridge. Members asked how much it would cost. "
                         + "The engineer said the work would take \(index % 9 + 2) weeks.")
            lines.append("")
        }
        return SourceFile(path: "large.txt", body: lines.joined(separator: "\n"))
    }

    /// Sentences the tokenizer was given, from any thread.
    final class Count: @unchecked Sendable {
        private let lock = NSLock()
        private var sentences = 0
        var value: Int { lock.withLock { sentences } }
        func add() { lock.withLock { sentences += 1 } }
    }

    static func tokenizations(paragraphs: Int) -> (calls: Int, sentences: Int) {
        let count = Count()
        let reader = ArticleReader(tokenizer: Tokenizer(lexicon: TestLanguage.lexicon, observer: { _ in count.add() }))
        let article = reader.read(article(paragraphs: paragraphs), id: "large")
        return (count.value, article.sentences.count)
    }

    @Test func eachSentenceIsTokenizedOnceHoweverLongTheArticle() {
        let small = Self.tokenizations(paragraphs: 1_000)
        let large = Self.tokenizations(paragraphs: 2_000)
        #expect(small == (calls: 3_000, sentences: 3_000))
        #expect(large == (calls: 6_000, sentences: 6_000))
    }

    /// A dateline stands among the first lines: one further down is story text, and is not looked for there.
    @Test func aDatelineIsReadOnlyAmongTheFirstLines() {
        var file = Self.article(paragraphs: 20)
        file.body += "\nLEEDS, March 3 (Reuters) - The council approved the bridge on Tuesday.\n"
        let article = ArticleReader(tokenizer: TestLanguage.tokenizer).read(file, id: "late-dateline")
        #expect(article.metadata.origin == nil)
        #expect(article.metadata.published == nil)
    }
}
