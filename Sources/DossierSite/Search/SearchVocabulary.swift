import DossierCore

/// The distinct words of each document, as numbers into one list of the corpus's words. Chunks of documents are
/// numbered on all cores, each with numbers of its own, and the chunks' lists are then joined on one: a word is hashed
/// once where it occurs (as bytes, see `WordNumbering`) and looked up once more per chunk it occurs in, with the hash
/// its chunk kept, not once per document.
struct SearchVocabulary: Sendable {
    /// The corpus's distinct words, by number, in the order they first occur.
    var words: [String]
    /// Each document's distinct words, by number (in no particular order).
    var documentWords: DocumentWords

    /// Documents numbered by one core at the least, and how many chunks at the most: a chunk's words are looked up
    /// again when it is joined, so few large chunks, while the cores still share them.
    static let smallestChunk = 256
    static let mostChunks = 16

    /// Hands each word of a text, as UTF-8, to a body, in order (see `SearchNormaliser.forEachSurfaceWord`).
    typealias WordReader = @Sendable (String, (UnsafeBufferPointer<UInt8>) -> Void) -> Void

    /// The words of `texts` as `split` finds them.
    init(_ texts: [String], split: @escaping @Sendable (String) -> [String]) {
        self.init(texts, eachWord: { text, body in
            for word in split(text) {
                var word = word
                word.withUTF8(body)
            }
        })
    }

    /// The words of `texts` as `eachWord` reads them.
    init(_ texts: [String], eachWord: @escaping WordReader) {
        let size = max(Self.smallestChunk, (texts.count + Self.mostChunks - 1) / Self.mostChunks)
        let chunks = ParallelMap.map(Array(stride(from: 0, to: texts.count, by: size))) { start in
            Chunk(texts[start..<min(start + size, texts.count)], eachWord: eachWord)
        }
        var numbering = WordNumbering()
        var words: [String] = []
        var documentWords = DocumentWords()
        documentWords.reserveCapacity(documents: texts.count, numbers: chunks.reduce(0) { $0 + $1.documentWords.numbers.count })
        // A chunk's numbers in the corpus's list, by the chunk's number: one array per chunk, reused.
        var global: [Int] = []
        for chunk in chunks {
            global.removeAll(keepingCapacity: true)
            for number in 0..<chunk.words.count {
                chunk.words.withBytes(of: number) { bytes in
                    let (corpusNumber, isNew) = numbering.number(of: bytes, hash: chunk.words.hashes[number])
                    if isNew { words.append(String(decoding: bytes, as: UTF8.self)) }
                    global.append(corpusNumber)
                }
            }
            documentWords.append(chunk.documentWords) { global[$0] }
        }
        self.words = words
        self.documentWords = documentWords
    }

    /// One chunk's documents, numbered on their own.
    private struct Chunk: Sendable {
        var words = WordNumbering()
        var documentWords = DocumentWords()

        init(_ texts: ArraySlice<String>, eachWord: WordReader) {
            // The last document each word was counted in: a document's repeats are skipped without a set per document.
            var lastDocument: [Int] = []
            // Room for the numbers at once, a quarter of the texts' bytes (prose has about one distinct word in six or
            // more bytes; a chunk past it grows as before): grown by doubling from empty, the array was copied and its
            // memory touched anew at each step.
            documentWords.reserveCapacity(documents: texts.count, numbers: texts.reduce(0) { $0 + $1.utf8.count } / 4)
            // The texts are handed over from the slice's buffer: a `for … in` copy retained each one, an atomic write to
            // a string another thread made (its count's cache line moves to this core).
            texts.withUnsafeBufferPointer { texts in
                for document in texts.indices {
                    eachWord(texts[document]) { word in
                        let (number, isNew) = words.number(of: word)
                        if isNew { lastDocument.append(-1) }
                        if lastDocument[number] != document {
                            lastDocument[number] = document
                            documentWords.append(number)
                        }
                    }
                    documentWords.endDocument()
                }
            }
        }
    }
}
