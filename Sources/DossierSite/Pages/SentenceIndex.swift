import DossierCore

/// Every sentence of the dossier by its reference, with its position in its source's reading order: made once for all
/// pages, so that a page linking to many sentences of one long article stays linear in its links (looking each one up
/// in the article, or making a table per page, made the Markdown stage quadratic on a book-length article).
/// An entry says where the sentence stands in the dossier, by index, and the sentence is read there in place: the
/// table holds no copy of a sentence (its strings and tokens retained for every sentence of the dossier).
struct SentenceIndex: Sendable {
    struct Entry: Sendable, Equatable {
        /// Where the sentence is: `sources[source].paragraphs[paragraph].sentences[sentence]`.
        var source: Int
        var paragraph: Int
        var sentence: Int
        /// 0-based, among all the sentences of its source.
        var position: Int
    }

    /// One source's entries by sentence id: an id as the parse stage writes them (`s12`: `s`, then digits without a
    /// leading zero) up to the source's sentence count by its number, in an array (no String hashed to make or to read
    /// it: a book-length article has hundreds of thousands), any other id in a table.
    struct SourceEntries: Sendable {
        fileprivate var numbered: [Entry?]
        fileprivate var named: [String: Entry] = [:]

        init(sentenceCount: Int) {
            numbered = [Entry?](repeating: nil, count: sentenceCount + 1)
        }

        subscript(id: String) -> Entry? {
            if let number = SentenceReference.number(ofSentence: id), number < numbered.count { return numbered[number] }
            return named[id]
        }

        /// Keeps the entry unless the id has one (the first of two sentences with one id wins).
        fileprivate mutating func add(_ entry: Entry, id: String) {
            if let number = SentenceReference.number(ofSentence: id), number < numbered.count {
                if numbered[number] == nil { numbered[number] = entry }
            } else if named[id] == nil {
                named[id] = entry
            }
        }
    }

    private let sources: [Article]
    private let bySource: [String: SourceEntries]

    init(_ dossier: Dossier) {
        sources = dossier.sources
        var bySource: [String: SourceEntries] = [:]
        bySource.reserveCapacity(dossier.sources.count)
        // Sources and sentences are read in place, by index: a `for … in` copy of each retains all its strings and arrays.
        for sourceIndex in dossier.sources.indices where bySource[dossier.sources[sourceIndex].id] == nil {
            var byID = SourceEntries(sentenceCount: dossier.sources[sourceIndex].paragraphs.reduce(0) { $0 + $1.sentences.count })
            var position = 0
            for (paragraphIndex, paragraph) in dossier.sources[sourceIndex].paragraphs.enumerated() {
                for sentenceIndex in paragraph.sentences.indices {
                    byID.add(Entry(source: sourceIndex, paragraph: paragraphIndex, sentence: sentenceIndex, position: position),
                             id: paragraph.sentences[sentenceIndex].id)
                    position += 1
                }
            }
            bySource[dossier.sources[sourceIndex].id] = byID
        }
        self.bySource = bySource
    }

    func entry(_ reference: SentenceReference) -> Entry? {
        bySource[reference.source]?[reference.sentence]
    }

    /// The entries of one source's sentences by id: `entry` of its references, the source looked up once.
    func entries(ofSource source: String) -> SourceEntries? {
        bySource[source]
    }

    func sentence(at entry: Entry) -> Sentence {
        sources[entry.source].paragraphs[entry.paragraph].sentences[entry.sentence]
    }

    /// The sentence's text, read in place.
    func text(at entry: Entry) -> String {
        withSentence(at: entry) { $0.text }
    }

    /// The sentence's line in its file, read in place.
    func line(at entry: Entry) -> Int {
        withSentence(at: entry) { $0.line }
    }

    /// `body` of the sentence where it is, through its arrays' buffers: read by subscript, its source (or the sentence)
    /// was copied whole to read one field (person and topic pages read a line and a text per link).
    private func withSentence<Result>(at entry: Entry, _ body: (borrowing Sentence) -> Result) -> Result {
        sources.withUnsafeBufferPointer { sources in
            sources[entry.source].paragraphs.withUnsafeBufferPointer { paragraphs in
                paragraphs[entry.paragraph].sentences.withUnsafeBufferPointer { sentences in body(sentences[entry.sentence]) }
            }
        }
    }
}
