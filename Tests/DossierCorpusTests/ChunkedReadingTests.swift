import DossierCore
import DossierLanguage
import Testing
@testable import DossierCorpus

/// A long article is read in chunks of paragraphs on all cores: the result must be the article read in one piece,
/// sentence ids, lines, scalar offsets, tokens, metadata, boilerplate and flags included.
@Suite struct ChunkedReadingTests {
    /// Metadata at both ends, hard-wrapped lines, a quotation over two sentences, non-ASCII text, boilerplate, and
    /// signs of machine translation spread over the article (in different paragraphs, one of them twice).
    static let body = """
    Council Approves The New Bridge Over The River

    By Jane Doe and John Smith

    LEEDS, March 3, 2025 (Reuters) - The council approved the bridge on Monday. It will cost £4.5m.

    “We are delighted. The town needs it,” said Mayor Anna Kowalska, who confirmed That Plan was ready.
    The engineer said the long -term work
    would take 12 weeks and use 1,200 tonnes of steel.

    Residents of Ørsted Street were consulted. Mr. Brown, a cafe owner, said the café would stay open.

    Critics said the cross -border traffic was und heavy, and Kowalsky disagreed with the mayor's long -term plan.

    Share this article

    Read more: council news
    """

    static func read(chunkBytes: Int) -> Article {
        ArticleReader(tokenizer: TestLanguage.tokenizer, chunkBytes: chunkBytes)
            .read(SourceFile(path: "content/articles/bridge.txt", body: body, bodyStartLine: 4), id: "bridge")
    }

    @Test func anArticleReadInChunksIsTheArticleReadWhole() {
        let whole = Self.read(chunkBytes: ArticleReader.defaultChunkBytes)
        for chunkBytes in [1, 40, 150] {
            let chunked = Self.read(chunkBytes: chunkBytes)
            #expect(chunked == whole)
            // Sentences compare without their tokens: the tokens are compared on their own.
            #expect(chunked.sentences.map(\.tokens) == whole.sentences.map(\.tokens))
        }
        #expect(whole.sentences.map(\.id) == (1...whole.sentences.count).map { "s\($0)" })
        #expect(whole.paragraphs.count == 5)
        #expect(whole.metadata.authors == ["Jane Doe", "John Smith"])
        #expect(whole.flags.first { $0.kind == "machine-translated" }?.evidence
            == "hyphens cut off their word: “long -term”, “cross -border”; capitalised words inside a sentence: “confirmed That Plan”; "
            + "a name spelled two ways: Kowalska / Kowalsky; words of another language: “und”")
    }

    /// Hard-wrapped paragraphs (one line ending mid-sentence, one inside a quotation of three sentences, which stays one
    /// sentence with its attribution),
    /// a quoted paragraph of its own and words met again in later paragraphs: read with every chunk size up to the
    /// whole text, so that the byte budget runs out at every place in turn (inside a line, a sentence, a quotation, a
    /// paragraph). Chunks hold whole paragraphs, and the article is the one read in one piece.
    static let wrapped = """
    Council Approves The New Bridge Over The River

    The council approved the bridge on Monday after a vote that ran late into the
    night, and the mayor said the work would start in May. “We are delighted. The town
    needs it. It will cost £4.5m,” said Mayor Anna Kowalska, who added that the engineer had
    signed off the plans.

    “The bridge will carry 1,200 cars a day. It opens in 2026.”

    Mr. Brown, a café owner on Ørsted Street, said the council had listened. The mayor
    said the café would stay open, and the council said the bridge would open in 2026.
    """

    @Test func chunkBoundariesFallingAnywhereGiveTheArticleReadWhole() {
        let file = SourceFile(path: "content/articles/wrapped.txt", body: Self.wrapped, bodyStartLine: 1)
        let whole = ArticleReader(tokenizer: TestLanguage.tokenizer).read(file, id: "wrapped")
        #expect(whole.paragraphs.count == 3)
        #expect(whole.paragraphs.map(\.sentences.count) == [2, 1, 2])
        #expect(whole.paragraphs[0].sentences[1].text.hasPrefix("“We are delighted. The town needs it."))
        var differing: [Int] = []
        for chunkBytes in 1...Self.wrapped.utf8.count {
            // A new tokenizer each time: its table of word types starts empty, and fills in the chunks' order.
            let reader = ArticleReader(tokenizer: Tokenizer(lexicon: TestLanguage.lexicon), chunkBytes: chunkBytes)
            let chunked = reader.read(file, id: "wrapped")
            if chunked != whole || chunked.sentences.map(\.tokens) != whole.sentences.map(\.tokens) { differing.append(chunkBytes) }
        }
        #expect(differing.isEmpty)
    }

    @Test func chunksAreRunsOfWholePiecesInOrder() {
        let chunks = TextChunks(bytes: 10)
        #expect(chunks.ranges(sizes: [4, 4, 4, 20, 1, 1]) == [0..<3, 3..<4, 4..<6])
        #expect(chunks.ranges(sizes: [3]) == [0..<1])
        #expect(chunks.ranges(sizes: []) == [0..<0])
        #expect(chunks.map([1, 2, 3, 4, 5, 6, 7], size: { _ in 4 }) { $0 * 10 } == [10, 20, 30, 40, 50, 60, 70])
    }
}
