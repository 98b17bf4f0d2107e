import DossierCore
import Foundation
import Testing
import TestSupport
@testable import DossierSite

@Suite struct SearchIndexTests {
    static let dossier: Dossier = {
        let source = Article(
            id: "a-one", path: "content/articles/a.txt", body: "",
            metadata: SourceMetadata(title: "Talks in Doha", outlet: "Wire", published: "2025-03-05"),
            paragraphs: [Paragraph(sentences: [
                Sentence(id: "s1", text: "Bibi said \"no\" to <b>talks</b>.", range: 0..<1, line: 1),
                Sentence(id: "s2", text: "Hostages remain.", range: 0..<1, line: 2),
            ])])
        let person = Person(id: "benjamin-netanyahu", name: "Benjamin Netanyahu", aliases: ["Bibi"],
                            quotes: [Quote(text: "no", reference: SentenceReference(source: "a-one", sentence: "s1"))])
        let figure = Figure(id: "hostages-held", measure: "hostages held", unit: "people",
                            values: [FigureValue(value: 59, text: "59", qualifier: nil, sentence: "",
                                                 reference: SentenceReference(source: "a-one", sentence: "s2"))],
                            agreement: .single)
        return Dossier(configuration: DossierConfiguration(title: "T"), sources: [source], people: [person],
                       topics: [Topic(id: "talks", name: "Direct talks", keywords: ["negotiations"])], figures: [figure])
    }()

    @Test func documentsComeInRankingOrder() {
        let documents = SearchDocuments.documents(for: Self.dossier)
        #expect(documents.map(\.kind) == [.person, .topic, .figure, .source, .quote, .sentence])
        #expect(documents.map(\.url) == ["people/benjamin-netanyahu.html", "topics/talks.html", "figures.html#hostages-held",
                                         "sources/a-one.html", "sources/a-one.html#s1", "sources/a-one.html#s2"])
        #expect(documents[0].indexed == "Benjamin Netanyahu\nBibi")
        #expect(documents[2].snippet == "59")
        #expect(documents[4].speaker == "Benjamin Netanyahu")
    }

    /// A document's snippet and indexed text hold the parts there are, each separator only between two of them.
    @Test func documentsJoinThePartsThereAre() {
        let reference = SentenceReference(source: "a", sentence: "s1")
        let people = [Person(id: "p", name: "P", aliases: ["Q", "R"], roles: [Role(text: "mayor", reference: reference)]),
                      Person(id: "q", name: "Q", roles: [Role(text: "chief", reference: reference)]),
                      Person(id: "r", name: "R", aliases: ["S"]),
                      Person(id: "s", name: "S", aliases: ["T"], roles: [Role(text: "", reference: reference)])]
        let sources = [Article(id: "a", path: "a.txt", body: "", metadata: SourceMetadata(title: "A", origin: "X", authors: ["Ann", "Bo"])),
                       Article(id: "b", path: "b.txt", body: "", metadata: SourceMetadata(outlet: "Wire", published: "2025")),
                       Article(id: "c", path: "c.txt", body: "")]
        func value(_ text: String) -> FigureValue { FigureValue(value: 1, text: text, qualifier: nil, sentence: "", reference: reference) }
        let figures = [Figure(id: "f", measure: "dead", unit: nil, values: ["1", "2", "3", "4", "5"].map(value), agreement: .conflict),
                       Figure(id: "g", measure: "hurt", unit: "people", values: [value("7")], agreement: .single)]
        let topics = [Topic(id: "t", name: "T", keywords: ["k1", "k2"]), Topic(id: "u", name: "U", summary: "Sum")]
        let documents = SearchDocuments.documents(for: Dossier(configuration: DossierConfiguration(title: "T"), sources: sources,
                                                               people: people, topics: topics, figures: figures))
        let byURL = Dictionary(uniqueKeysWithValues: documents.filter { $0.kind != .sentence }.map { ($0.url, $0) })
        #expect(byURL["people/p.html"]?.snippet == "mayor · also Q, R")
        #expect(byURL["people/p.html"]?.indexed == "P\nQ\nR")
        #expect(byURL["people/q.html"]?.snippet == "chief")
        #expect(byURL["people/q.html"]?.indexed == "Q")
        #expect(byURL["people/r.html"]?.snippet == "also S")
        #expect(byURL["people/s.html"]?.snippet == " · also T")
        #expect(byURL["topics/t.html"]?.snippet == "k1, k2")
        #expect(byURL["topics/t.html"]?.indexed == "T\nk1\nk2")
        #expect(byURL["topics/u.html"]?.snippet == "Sum")
        #expect(byURL["topics/u.html"]?.indexed == "U")
        #expect(byURL["figures.html#f"]?.snippet == "sources disagree: 1 · 2 · 3 · 4 · …")
        #expect(byURL["figures.html#f"]?.indexed == "dead")
        #expect(byURL["figures.html#g"]?.snippet == "7")
        #expect(byURL["figures.html#g"]?.indexed == "hurt\npeople")
        #expect(byURL["sources/a.html"]?.snippet == "Ann, Bo")
        #expect(byURL["sources/a.html"]?.indexed == "A\nX\nAnn\nBo")
        #expect(byURL["sources/b.html"]?.snippet == "Wire · 2025")
        #expect(byURL["sources/b.html"]?.indexed == "Wire")
        #expect(byURL["sources/c.html"]?.snippet == "")
        #expect(byURL["sources/c.html"]?.indexed == "")
    }

    /// The quotes of every source come before any other sentence, each kind in source order and then sentence order.
    @Test func quotesOfAllSourcesComeBeforeTheOtherSentences() {
        func article(_ id: String) -> Article {
            Article(id: id, path: "content/articles/\(id).txt", body: "", metadata: SourceMetadata(title: id),
                    paragraphs: [Paragraph(sentences: ["s1", "s2", "s3"].map { Sentence(id: $0, text: "\(id) \($0)", range: 0..<1, line: 1) })])
        }
        let quoted = [SentenceReference(source: "b", sentence: "s1"), SentenceReference(source: "a", sentence: "s3"),
                      SentenceReference(source: "a", sentence: "s2")]
        let dossier = Dossier(configuration: DossierConfiguration(title: "T"), sources: [article("a"), article("b"), article("c")],
                              people: [Person(id: "x", name: "X", quotes: quoted.map { Quote(text: "q", reference: $0) })])
        let sentences = SearchDocuments.documents(for: dossier).filter { $0.kind == .quote || $0.kind == .sentence }
        #expect(sentences.map(\.kind) == [.quote, .quote, .quote] + Array(repeating: .sentence, count: 6))
        #expect(sentences.map(\.indexed) == ["a s2", "a s3", "b s1", "a s1", "b s2", "b s3", "c s1", "c s2", "c s3"])
        #expect(sentences.map(\.url).prefix(4) == ["sources/a.html#s2", "sources/a.html#s3", "sources/b.html#s1", "sources/a.html#s1"])
        #expect(sentences.map(\.speaker) == ["X", "X", "X"] + Array(repeating: nil, count: 6))
    }

    /// A sentence two people are quoted in is the first's quote (in the dossier's order); a sentence of another
    /// source with the same id is no one's.
    @Test func aQuotedSentenceNamesTheFirstSpeaker() {
        let s1 = SentenceReference(source: "a-one", sentence: "s1")
        let people = [Person(id: "x", name: "X", quotes: [Quote(text: "no", reference: s1)]),
                      Person(id: "y", name: "Y", quotes: [Quote(text: "no", reference: s1),
                                                          Quote(text: "yes", reference: SentenceReference(source: "b-two", sentence: "s2"))])]
        let speakers = SearchDocuments.speakersBySentence(people)
        #expect(speakers == ["a-one": ["s1": "X"], "b-two": ["s2": "Y"]])
        #expect(speakers["b-two"]?["s1"] == nil)
    }

    /// The JSON inside `dossierSearch.CALL"…");`: base64, raw DEFLATE.
    static func unpacked(_ file: String?, call: String) throws -> String {
        let file = try #require(file)
        let prefix = "dossierSearch." + call + "\"", suffix = "\");\n"
        #expect(file.hasPrefix(prefix) && file.hasSuffix(suffix), "\(file)")
        let packed = try #require(Data(base64Encoded: String(file.dropFirst(prefix.count).dropLast(suffix.count))))
        return String(decoding: try #require(Deflate.decompress(packed)), as: UTF8.self)
    }

    /// The JSON of one shard in the term file of its first letter: `dossierSearch.terms("b",{\n"b":"…",\n"bi":"…"});`.
    static func shard(_ key: String, in byPath: [String: String]) throws -> String {
        let file = try #require(byPath["search/t-\(key.prefix(1)).js"])
        #expect(file.hasPrefix("dossierSearch.terms(\"\(key.prefix(1))\",{\n") && file.hasSuffix("\"});\n"), "\(file)")
        let entry = try #require(file.split(separator: "\n").first { $0.hasPrefix("\"\(key)\":\"") })
        let base64 = entry.dropFirst(key.count + 4).prefix { $0 != "\"" }
        let packed = try #require(Data(base64Encoded: String(base64)))
        return String(decoding: try #require(Deflate.decompress(packed)), as: UTF8.self)
    }

    /// A document file numbers each source page once, in the order first met, whether a page comes back right after
    /// itself or after another page; a page that only starts like another (`a.html` and `a.html2`) is a page of its own.
    @Test func documentFileNumbersEachSourcePageOnce() throws {
        func sentence(_ url: String, _ title: String) -> SearchDocument {
            SearchDocument(kind: .sentence, title: title, url: url, snippet: "x", indexed: "x", source: title)
        }
        let documents = [sentence("a.html#s1", "A"), sentence("a.html#s2", "A"), sentence("b.html#s1", "B"),
                         sentence("a.html#s3", "A"), sentence("a.html2#s1", "A2"), sentence("b.html#s2", "B")]
        let file = SearchIndex().chunk(number: 3, documents[...])
        #expect(file.path == "search/d3.js")
        #expect(try Self.unpacked(String(decoding: file.data, as: UTF8.self), call: "docs(3,") == """
            [[["a.html","A"],["b.html","B"],["a.html2","A2"]],[
            [5,0,"s1","x"],
            [5,0,"s2","x"],
            [5,1,"s1","x"],
            [5,0,"s3","x"],
            [5,2,"s1","x"],
            [5,1,"s2","x"]]]
            """)
    }

    @Test func writesTheExactFiles() throws {
        let files = Self.files(SearchIndex(), SearchDocuments.documents(for: Self.dossier))
        let byPath = Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.data, as: UTF8.self)) })
        #expect(try Self.shard("bi", in: byPath) == "{\"bibi\":\"0,4\"}")
        #expect(try Self.shard("ta", in: byPath) == "{\"talk\":\"1,2,1\"}")
        #expect(try Self.shard("ho", in: byPath) == "{\"hostage\":\"2,3\"}")
        // One term file per first letter, with a shard per two-letter key: `b`, `be` (`benjamin`), `bi`.
        let termFile = try #require(byPath["search/t-b.js"])
        #expect(termFile.split(separator: "\n").map { $0.prefix { $0 != ":" } } == ["dossierSearch.terms(\"b\",{", "\"b\"", "\"be\"", "\"bi\""])
        #expect(byPath["search/t-bi.js"] == nil)
        #expect(try Self.unpacked(byPath["search/d0.js"], call: "docs(0,") == """
            [[["sources/a-one.html","Talks in Doha"]],[
            [0,"Benjamin Netanyahu","people/benjamin-netanyahu.html","also Bibi"],
            [1,"Direct talks","topics/talks.html","negotiations"],
            [2,"hostages held","figures.html#hostages-held","59"],
            [3,"Talks in Doha","sources/a-one.html","Wire · 2025-03-05"],
            [4,0,"s1","Bibi said \\"no\\" to <b>talks</b>.","Benjamin Netanyahu"],
            [5,0,"s2","Hostages remain."]]]
            """)
        let meta = try #require(byPath["search/index.js"])
        #expect(meta.hasPrefix("dossierSearch.meta({\"documents\":6,\"chunk\":128,\"kinds\":[\"person\",\"topic\",\"figure\",\"source\",\"quote\",\"sentence\"],\"shards\":[\"b\",\"be\",\"bi\","))
    }

    /// Each word is indexed as itself and as its lemma's term; a word whose lemma is another term names it.
    @Test func lemmasAreIndexedAndNamed() throws {
        let lemmas = ["said": "say", "remain": "remain", "hostages": "hostage"]
        let index = SearchIndex(lemma: { lemmas[$0] ?? $0 })
        let files = Self.files(index, SearchDocuments.documents(for: Self.dossier))
        let byPath = Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.data, as: UTF8.self)) })
        #expect(try Self.shard("sa", in: byPath) == "{\"said\":\"4>say\",\n\"say\":\"4\"}")
        #expect(try Self.shard("ho", in: byPath) == "{\"hostage\":\"2,3\"}")
    }

    /// A term is given each document once, in ascending order, whether the document has it as a word, as the lemma of
    /// another word, or both.
    @Test func postingsListEachDocumentOnce() {
        let documents = ["ran run ran", "run", "ran", "walk"].map { SearchDocument(kind: .sentence, title: "", url: "", snippet: "", indexed: $0) }
        let postings = SearchPostings(documents, normaliser: SearchNormaliser(), lemma: { $0 == "ran" ? "run" : $0 })
        #expect(postings.documents == ["ran": [0, 2], "run": [0, 1, 2], "walk": [3]])
        #expect(postings.lemmas == ["ran": ["run"]])
        #expect(postings.terms == [SearchPostings.Term(name: "ran", documents: [0, 2], lemmas: ["run"]),
                                   SearchPostings.Term(name: "run", documents: [0, 1, 2], lemmas: []),
                                   SearchPostings.Term(name: "walk", documents: [3], lemmas: [])])
    }

    /// Terms' documents side by side: word 0 has terms 0 and 1, word 1 term 1 alone, word 2 term 2 and 0.
    @Test func termDocumentsAreLaidOutByTerm() {
        let words = [[0, 1], [1], [2], [], [1, 2, 0]]
        let laidOut = SearchPostings.documents(of: 4, documentWords: words, terms: [(0, 1), (1, -1), (2, 0)])
        #expect(laidOut.starts == [0, 3, 6, 8, 8])
        #expect(laidOut.documents == [0, 2, 4, /* 1: */ 0, 1, 4, /* 2: */ 2, 4])
    }

    /// Read in parts (on all cores), the terms' documents are laid out as read in one: random documents of random words.
    @Test func termDocumentsReadInPartsAreLaidOutAsInOne() {
        var random = SplitMix64(seed: 13)
        let wordTerms = (0..<50).map { _ in (random.next(below: 30), random.next(below: 3) == 0 ? random.next(below: 30) : -1) }
        for documentCount in [0, 1, 7, 64, 301] {
            let words = (0..<documentCount).map { _ in (0..<random.next(below: 12)).map { _ in random.next(below: 50) } }
            let whole = SearchPostings.documents(of: 30, documentWords: words, documentsPerPart: documentCount + 1, terms: wordTerms)
            for perPart in [1, 2, 5, 40] {
                let parts = SearchPostings.documents(of: 30, documentWords: words, documentsPerPart: perPart, terms: wordTerms)
                #expect(parts.documents == whole.documents)
                #expect(parts.starts == whole.starts)
            }
            // Each term's documents ascending and distinct, and every term of every document's words there.
            for term in 0..<30 {
                let documents = whole.documents[whole.starts[term]..<whole.starts[term + 1]].map(Int.init)
                #expect(documents == Array(Set(documents)).sorted())
                let expected = words.indices.filter { document in
                    words[document].contains { wordTerms[$0].0 == term || wordTerms[$0].1 == term }
                }
                #expect(documents == expected)
            }
        }
    }

    /// Every file of the index, as the build makes it: the term files, then the document files.
    static func files(_ index: SearchIndex, _ documents: [SearchDocument]) -> [SiteFile] {
        index.termFiles(for: documents) + index.documentFiles(for: documents)
    }

    /// The files are made in two parts a caller may make side by side: the meta file and the term files, which need the
    /// postings, and the document files, which need only the documents.
    @Test func termFilesAndDocumentFilesAreTheIndexInTwoParts() {
        let documents = (0..<300).map { SearchDocument(kind: .sentence, title: "T\($0)", url: "u\($0)", snippet: "s", indexed: "word\($0 % 7) common") }
        let index = SearchIndex()
        let terms = index.termFiles(for: documents)
        let chunks = index.documentFiles(for: documents)
        #expect(terms.first?.path == "search/index.js")
        #expect(terms.dropFirst().allSatisfy { $0.path.hasPrefix("search/t-") })
        #expect(chunks.map(\.path) == ["search/d0.js", "search/d1.js", "search/d2.js"])
    }

    @Test func sameDossierSameBytes() {
        let documents = SearchDocuments.documents(for: Self.dossier)
        #expect(Self.files(SearchIndex(), documents) == Self.files(SearchIndex(), documents))
    }

    @Test func shardKeysAreSafeFileNames() {
        #expect(SearchShards.key(for: "netanyahu") == "ne")
        #expect(SearchShards.key(for: "a") == "a")
        #expect(SearchShards.key(for: "مصر") == "__")
        #expect(SearchShards.key(for: "9x") == "9x")
        #expect(SearchShards.key(for: "aéb") == "a_")
        #expect(SearchShards.key(for: "") == "")
    }

    @Test func postingsAreBase36Gaps() {
        #expect(SearchShards.postings([0, 5, 41, 1000]) == "0,5,10,qn")
        let large = [0, 35, 36, 1295, 1296, Int(Int32.max), Int.max]
        let gaps = zip(large, [0] + large).map { $0 - $1 }
        #expect(SearchShards.postings(large) == gaps.map { String($0, radix: 36) }.joined(separator: ","))
    }

    @Test func entriesNameTheirLemmasAfterThePostings() {
        #expect(SearchShards.entry([3, 4], lemmas: ["run", "running"]) == "3,1>run>running")
        var bytes = Array("x".utf8)
        var room: [UInt8] = []
        SearchShards.writeLiteralBody(entry: [3, 4], lemmas: ["run"], into: &bytes, room: &room)
        #expect(String(decoding: bytes, as: UTF8.self) == "x3,1>run")
    }

    /// The entry written through a reused room into a literal's body is the entry's string literal without its quotes:
    /// random ascending postings (gaps of one to five base-36 digits, numbers up to `Int.max`) and lemmas to escape.
    @Test func entryBodiesAreTheEscapedEntries() {
        var random = SplitMix64(seed: 31)
        var room: [UInt8] = []
        let lemmas = [[], ["say"], ["a\"b", "x\u{2028}y", "caf\u{E9}"], ["\u{1}"]]
        for round in 0..<400 {
            var documents: [Int] = []
            var next = random.next(below: 3)
            for _ in 0..<random.next(below: 300) {
                documents.append(next)
                let digits = random.next(below: 5)
                next += 1 + random.next(below: [36, 1296, 46656, 1_679_616, 60_466_176][digits])
            }
            if round % 50 == 0 { documents.append(Int.max) }
            let termLemmas = lemmas[round % lemmas.count]
            var bytes = Array("[".utf8)
            SearchShards.writeLiteralBody(entry: documents[...], lemmas: termLemmas, into: &bytes, room: &room)
            let literal = ScriptLiteral.string(SearchShards.entry(documents, lemmas: termLemmas))
            #expect(String(decoding: bytes, as: UTF8.self) == "[" + literal.dropFirst().dropLast(), "round \(round)")
        }
    }

    @Test func scriptStringsEscapeWhatJavaScriptNeeds() {
        #expect(ScriptLiteral.string("a\"b\\c\nd\u{2028}\u{1}</script>") == "\"a\\\"b\\\\c\\nd\\u2028\\u0001</script>\"")
        // Curly quotes and other punctuation share U+2028's first byte and are written as they are.
        #expect(ScriptLiteral.string("“a” ’b’ x\u{2029}\u{2027}\u{1F}\t") == "\"“a” ’b’ x\\u2029\u{2027}\\u001f\\t\"")
        // Written into bytes after others, the same literal.
        for text in ["plain", "a\"b\\c\nd\u{2028}\u{1}", "“a” x\u{2029}", "", "end\u{2027}"] {
            var bytes = Array("[".utf8)
            ScriptLiteral.write(text, into: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == "[" + ScriptLiteral.string(text), "\(text)")
        }
    }

    @Test func longSentencesAreCutInTheirSnippet() {
        let long = String(repeating: "word ", count: 100)
        #expect(SearchIndex.shortened(long).unicodeScalars.count == SearchIndex.snippetLength + 1)
        #expect(SearchIndex.shortened("short") == "short")
        // Scalars are counted, not bytes: 320 four-byte scalars stay whole, 321 are cut.
        let emoji = String(repeating: "😀", count: SearchIndex.snippetLength)
        #expect(SearchIndex.shortened(emoji) == emoji)
        #expect(SearchIndex.shortened(emoji + "😀") == emoji + "…")
    }
}
