import DossierLanguage
import Testing
import DossierCore
import DossierCorpus
@testable import DossierExtraction

@Suite struct DuplicateDetectorTests {
    static let story = """
    The envoy met officials of the group in Doha over several weeks to discuss the release of the remaining hostages. \
    The talks were the first direct contact between the two sides in decades and were not announced in advance. \
    Officials said the discussions had also touched on a broader deal to end the war and a long truce. \
    A spokesman declined to say whether the allies had been told about the meetings before they took place. \
    The envoy is expected to travel to the region again next week to continue the negotiations with mediators.
    """

    func article(_ id: String, _ text: String) -> Article {
        ArticleReader(tokenizer: TestLanguage.tokenizer).read(SourceFile(path: "content/\(id).txt", body: text), id: id)
    }

    @Test func bothCopiesAreFlaggedWithTheOther() {
        let articles = [
            article("a", "Envoy met the group in Doha\n\n" + Self.story + "\n"),
            article("b", "Secret talks in Doha\n\nReporting from the capital.\n" + Self.story + "\nCategory:\n"),
            article("c", "Markets rise\n\nShares rose on Monday as investors welcomed figures showing that inflation had slowed again.\n"),
        ]
        let flagged = DuplicateDetector().flagDuplicates(articles)
        let duplicates = flagged.map { $0.flags.filter { $0.kind == "duplicate-of" } }
        #expect(duplicates[0].map(\.relatedSource) == ["b"])
        #expect(duplicates[1].map(\.relatedSource) == ["a"])
        #expect(duplicates[2].isEmpty)
        #expect(duplicates[0].first?.evidence == "shares long passages with another source: about 100% of this text is also in b.txt")
    }

    @Test func sharedBackgroundSentenceIsNoDuplicate() {
        let background = "The group has been designated a terrorist organisation by the United States since 1997."
        let articles = [
            article("a", "Talks begin\n\n\(background) The first round of talks began in Doha on Monday with mediators from two countries present at the table.\n"),
            article("b", "Aid halted\n\n\(background) Aid deliveries were halted on Sunday after the first phase of the ceasefire expired without an agreement on the next.\n"),
        ]
        let flagged = DuplicateDetector().flagDuplicates(articles)
        #expect(flagged.allSatisfy { !$0.flags.contains { $0.kind == "duplicate-of" } })
    }

    @Test func extractorReturnsTheFlaggedSources() {
        let articles = [article("a", Self.story), article("b", Self.story)]
        let (extraction, _) = CorpusExtractor(curation: CurationFolder(folder: nil, displayPath: "content"), lexicon: TestLanguage.lexicon).extract(articles)
        #expect(extraction.sources.map { $0.flags.last?.relatedSource } == ["b", "a"])
    }

    /// FNV-1a word by word, each word's bytes then a space, as the runs were hashed before they were read from one buffer.
    static func referenceHash(_ words: ArraySlice<String>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for word in words {
            for byte in word.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            hash = (hash ^ 0x20) &* 0x100_0000_01b3
        }
        return hash
    }

    /// What a sampled run is known by: `runHash` of its words' mixed FNV-1a hashes.
    static func runIdentity(_ words: ArraySlice<String>) -> UInt64 {
        let hashes = words.map { word in FNV1a.mixed(Array(word.utf8).withUnsafeBufferPointer(FNV1a.hash(of:))) }
        return hashes.withUnsafeBufferPointer(DuplicateDetector.runHash)
    }

    /// The runs of `lowers` whose text's FNV-1a (`referenceHash`) is a multiple of `sampling`, by `runIdentity`, sorted.
    static func expectedRuns(_ lowers: [String]) -> [UInt64] {
        Set((0...(lowers.count - DuplicateDetector.shingleWords)).map { lowers[$0..<($0 + DuplicateDetector.shingleWords)] }
            .filter { referenceHash($0) % DuplicateDetector.sampling == 0 }.map(runIdentity)).sorted()
    }

    @Test func runIdentitiesTellWordsAndTheirOrder() {
        let words = ["the", "envoy", "met", "officials", "café", "in", "doha", "’s", "1,200"]
        // Other words, the same words in another order, the same bytes cut into other words: each run its own.
        let runs: [[String]] = [Array(words[0..<8]), Array(words[1..<9]), ["envoy", "the"] + words[2..<8], ["theenvoy", ""] + words[2..<8]]
        let identities = runs.map { Self.runIdentity($0[...]) }
        #expect(Set(identities).count == identities.count)
    }

    @Test func runsAreSampledByTheHashOfTheirText() {
        // The published FNV-1a value of `a`, then the same bytes read as a word with its space.
        #expect(Array("a".utf8).withUnsafeBufferPointer(FNV1a.hash(of:)) == 0xaf63_dc4c_8601_ec8c)
        let words = ["the", "envoy", "met", "officials", "café", "in", "doha", "’s", "1,200"]
        let run = Array(words.map { $0 + " " }.joined().utf8)
        #expect(run.withUnsafeBufferPointer(FNV1a.hash(of:)) == Self.referenceHash(words[...]))
        // Every sampled run of an article is the hash of its eight words.
        let story = article("a", Self.story)
        let lowers = story.sentences.flatMap { $0.tokens.filter { !$0.isPunctuation }.map(\.lower) }
        let expected = Self.expectedRuns(lowers)
        #expect(!expected.isEmpty)
        // Sorted, each once.
        #expect(Self.sampledRuns(story.sentences) == expected)
    }

    @Test func everyCountOfRunsIsHashed() {
        // Texts of 8 to 17 words (1 to 10 runs) each give the sampled runs of all their runs, the first and the last included.
        let words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett",
                     "kilo", "lima", "mike", "november", "oscar", "papa", "quebec"]
        for count in 8...17 {
            let text = words.prefix(count).joined(separator: " ") + "."
            let lowers = article("n\(count)", text).sentences.flatMap { $0.tokens.filter { !$0.isPunctuation }.map(\.lower) }
            #expect(lowers.count == count)
            #expect(Self.sampledRuns(article("n\(count)", text).sentences) == Self.expectedRuns(lowers))
        }
    }

    /// `DuplicateDetector.sampledRuns` with a memo of its own.
    static func sampledRuns(_ sentences: [Sentence]) -> [UInt64] {
        var memo = WordTypeMemo<DuplicateDetector.WordRead>(unknown: .unknown)
        return DuplicateDetector.sampledRuns(of: sentences, memo: &memo)
    }

    @Test func aWordsReadingStepsItsBitsAsItsBytesDo() {
        // What the bytes then a space do to FNV-1a's low bits and the length's parity, byte by byte.
        func stepped(_ word: String, after bits: UInt8) -> UInt8 {
            var low = bits & 3
            for byte in word.utf8 + [0x20] { low = FNV1aLowBits.step(low, byte) }
            return low | ((bits >> 2) ^ UInt8((word.utf8.count + 1) & 1)) << 2
        }
        for word in ["", "a", "of", "the", "envoy", "café", "’s", "1,200", "officials"] {
            let read = DuplicateDetector.WordRead(word)
            #expect(read.hash == FNV1a.mixed(Array(word.utf8).withUnsafeBufferPointer(FNV1a.hash(of:))))
            for bits in UInt8(0)..<8 { #expect(read.bits(after: bits) == stepped(word, after: bits), "\(word) after \(bits)") }
        }
    }

    @Test func aMemoSharedByArticlesChangesNoRuns() {
        // One memo read through several articles (tokens of the tokenizer, with word type numbers), and tokens made
        // by the public initializer (no type, read by their bytes): the runs of each, as with a memo of its own.
        let texts = [Self.story, "Markets rise as the envoy met officials of the group in Doha over several weeks to discuss the release.", Self.story]
        var memo = WordTypeMemo<DuplicateDetector.WordRead>(unknown: .unknown)
        for text in texts {
            let sentences = [TestLanguage.sentence(text)]
            #expect(sentences.contains { $0.tokens.contains { $0.wordType != 0 } })
            #expect(DuplicateDetector.sampledRuns(of: sentences, memo: &memo) == Self.sampledRuns(sentences))
        }
        let made = Self.story.split(separator: " ").enumerated().map { index, word in
            Token(text: String(word), range: 0..<word.count, kind: .word, shape: .lower, lower: word.lowercased(), index: index)
        }
        let sentence = Sentence(id: "s", text: Self.story, range: 0..<Self.story.count, line: 1, tokens: made)
        #expect(made.allSatisfy { $0.wordType == 0 })
        #expect(DuplicateDetector.sampledRuns(of: [sentence], memo: &memo) == Self.expectedRuns(made.map(\.lower)))
    }

    /// Each article's partners as `[other, shared runs]`.
    static func partners(_ runs: [[UInt64]]) -> [[[Int]]] {
        DuplicateDetector().partners(runs: runs).map { $0.map { [$0.0, $0.1] } }
    }

    @Test func partnersAreCountedPerPairInOrder() {
        // Articles 0 and 2 share four runs, each shares three with 1; 3 shares nothing.
        #expect(Self.partners([[1, 2, 3, 4], [1, 2, 3, 9], [1, 2, 3, 4], [7]]) == [[[1, 3], [2, 4]], [[0, 3], [2, 3]], [[0, 4], [1, 3]], []])
        // Two runs are too few; three of eight runs each are less than half of the shorter text.
        #expect(Self.partners([[1, 2, 5], [1, 2, 6]]) == [[], []])
        #expect(Self.partners([[1, 2, 3, 4, 5, 6, 7, 8], [1, 2, 3, 14, 15, 16, 17, 18]]) == [[], []])
    }

    @Test func runsInVeryManySourcesAreCommonPhrases() {
        let held = Array(repeating: [UInt64]([5, 6, 7]), count: DuplicateDetector.commonRuns)
        let partners = Self.partners(held)
        #expect(partners[0] == (1..<DuplicateDetector.commonRuns).map { [$0, 3] })
        #expect(partners.allSatisfy { $0.count == DuplicateDetector.commonRuns - 1 })
        #expect(Self.partners(held + [[5, 6, 7]]).allSatisfy { $0.isEmpty })
    }

    /// The held runs come in order of run, then of article, as one sort of all of them would put them: runs spread
    /// over many buckets, runs sharing a bucket, and runs held by several articles.
    @Test func heldRunsAreInOrderOfRunThenArticle() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
        let shared = (0..<40).map { _ in next() }
        // Two runs in one bucket at most sizes: the same top bits, lower bits apart.
        let sameBucket: [UInt64] = [0xFFFF_0000_0000_0004, 0xFFFF_0000_0000_0000, 0xFFFF_8000_0000_0000]
        var runs: [[UInt64]] = []
        for article in 0..<30 {
            var hashes = Set((0..<(article * 7 % 50)).map { _ in next() })
            hashes.formUnion(shared.prefix(article % 9 * 4))
            if article % 4 == 1 { hashes.formUnion(sameBucket) }
            runs.append(hashes.sorted())
        }
        runs.append([])
        var expected: [(run: UInt64, article: Int)] = []
        for (article, hashes) in runs.enumerated() { expected += hashes.map { ($0, article) } }
        expected.sort { ($0.run, $0.article) < ($1.run, $1.article) }
        let held = DuplicateDetector.heldRuns(runs)
        #expect(held.map(\.run) == expected.map(\.run))
        #expect(held.map(\.article) == expected.map(\.article))
        #expect(DuplicateDetector.heldRuns([[], []]).isEmpty)
        #expect(DuplicateDetector.heldRuns([[7]]).map(\.run) == [7])
    }
}
