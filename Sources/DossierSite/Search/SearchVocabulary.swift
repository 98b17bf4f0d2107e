import DossierCore

/// The distinct words of each document, as numbers into one list of the corpus's words. Chunks of documents are
/// numbered on all cores, each with numbers of its own, and the chunks' lists are then joined on one: a word is hashed
/// once where it occurs and once more per chunk it occurs in, not once per document.
struct SearchVocabulary: Sendable {
    /// The corpus's distinct words, by number, in the order they first occur.
    var words: [String]
    /// Each document's distinct words, by number (in no particular order).
    var documentWords: [[Int]]

    /// Documents numbered by one core at the least, and how many chunks at the most: a chunk's words are hashed again
    /// when it is joined, so few large chunks, while the cores still share them.
    static let smallestChunk = 256
    static let mostChunks = 16

    /// The words of `texts` as `split` finds them.
    init(_ texts: [String], split: @escaping @Sendable (String) -> [String]) {
        let size = max(Self.smallestChunk, (texts.count + Self.mostChunks - 1) / Self.mostChunks)
        let chunks = ParallelMap.map(Array(stride(from: 0, to: texts.count, by: size))) { start in
            Chunk(texts[start..<min(start + size, texts.count)], split: split)
        }
        var words = Numbering<String>()
        var documentWords: [[Int]] = []
        documentWords.reserveCapacity(texts.count)
        for chunk in chunks {
            let global = chunk.words.map { words.number(of: $0).number }
            documentWords += chunk.documentWords.map { $0.map { global[$0] } }
        }
        self.words = words.keys
        self.documentWords = documentWords
    }

    /// One chunk's documents, numbered on their own.
    private struct Chunk: Sendable {
        var words: [String] = []
        var documentWords: [[Int]] = []

        init(_ texts: ArraySlice<String>, split: (String) -> [String]) {
            var numbers = Numbering<String>()
            // The last document each word was counted in: a document's repeats are skipped without a set per document.
            var lastDocument: [Int] = []
            documentWords.reserveCapacity(texts.count)
            for (document, text) in texts.enumerated() {
                var distinct: [Int] = []
                for word in split(text) {
                    let (number, isNew) = numbers.number(of: word)
                    if isNew { lastDocument.append(-1) }
                    if lastDocument[number] != document {
                        lastDocument[number] = document
                        distinct.append(number)
                    }
                }
                documentWords.append(distinct)
            }
            words = numbers.keys
        }
    }
}
