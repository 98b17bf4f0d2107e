import DossierCore
import Foundation

/// The terms of the index and the documents each is found in, with the language layer's lemmas.
///
/// Every word of a document is indexed twice: as its folded surface form (`said`, `children`) and as the folded
/// lemma of that form (`say`, `child`), so that a query for a lemma finds all its inflections. A surface term whose
/// word has another lemma keeps that lemma (`lemmas`): the page follows it, so a query in any inflected form the
/// corpus uses (`ran`) finds the lemma's documents (`run`, `runs`, `ran`) without shipping WordNet.
struct SearchPostings: Sendable {
    /// One term of the index: its documents and, for a surface term whose words have another lemma term, those terms.
    struct Term: Sendable, Equatable {
        var name: String
        /// Ascending: the term's stretch of the documents of all terms, read in place.
        var documents: ArraySlice<UInt32>
        /// Sorted: `said` → [`say`].
        var lemmas: [String]
    }

    /// The terms (none empty), in the order their words first occur.
    var terms: [Term]

    /// Each term's documents, ascending.
    var documents: [String: [Int]] { Dictionary(uniqueKeysWithValues: terms.map { ($0.name, $0.documents.map(Int.init)) }) }
    /// Surface terms whose words have another lemma term, with those terms (sorted): `said` → [`say`].
    var lemmas: [String: [String]] {
        Dictionary(uniqueKeysWithValues: terms.filter { !$0.lemmas.isEmpty }.map { ($0.name, $0.lemmas) })
    }

    /// Words given their terms by one core at a time.
    static let wordsPerTask = 2048

    /// The postings of these documents' indexed texts. `lemma` is the language layer's lemma of a lower-case word
    /// (nil: surface forms only).
    init(_ documents: [SearchDocument], normaliser: SearchNormaliser, lemma: (@Sendable (String) -> String)?) {
        // Each document's distinct words, numbered on all cores; each distinct word of the corpus is then read once.
        let vocabulary = SearchVocabulary(documents.map(\.indexed)) { normaliser.forEachSurfaceWord(in: $0, $1) }
        let documentWords = vocabulary.documentWords
        let words = vocabulary.words
        let terms = ParallelMap.map(Array(stride(from: 0, to: words.count, by: Self.wordsPerTask))) { start in
            words[start..<min(start + Self.wordsPerTask, words.count)].map { word -> WordTerms in
                let surface = normaliser.fold(word)
                let lemmaTerm = lemma.map { normaliser.fold($0(word)) }
                return WordTerms(surface: surface, lemma: lemmaTerm == surface || lemmaTerm?.isEmpty == true ? nil : lemmaTerm)
            }
        }.flatMap { $0 }
        // Terms by number, so that a document's terms are gathered without hashing a String per word.
        var termNumbers = Numbering<String>()
        let wordTermNumbers = terms.map { (surface: termNumbers.number(of: $0.surface).number, lemma: $0.lemma.map { termNumbers.number(of: $0).number }) }
        let termNames = termNumbers.keys
        let termDocuments = Self.documents(of: termNames.count, documentWords: documentWords,
                                           terms: wordTermNumbers.map { ($0.surface, $0.lemma ?? -1) })
        var termLemmas = [[Int]](repeating: [], count: termNames.count)
        for numbers in wordTermNumbers {
            if let lemma = numbers.lemma, !termLemmas[numbers.surface].contains(lemma) { termLemmas[numbers.surface].append(lemma) }
        }
        self.terms = termNames.indices.compactMap { number in
            termNames[number].isEmpty ? nil
                : Term(name: termNames[number], documents: termDocuments.documents[termDocuments.starts[number]..<termDocuments.starts[number + 1]],
                       lemmas: termLemmas[number].map { termNames[$0] }.sorted())
        }
    }

    /// Each term's documents, ascending, side by side in one array (term `n`'s from `starts[n]` to `starts[n + 1]`):
    /// the documents are read twice, once to count each term's documents and once to place them, instead of appending
    /// to an array per term. `terms` are each word's two term numbers (the second -1 for none), read from an array
    /// (a closure passed in was called, not inlined, from the parts' closures).
    ///
    /// Both readings run on all cores, each core on a stretch of the documents (`documentsPerPart` or more): at the
    /// end of the index nothing else is left to run beside them. A part counts its own documents per term; each term's
    /// documents are then its documents of the first part, of the second, … (ascending, as the parts are), so each
    /// part places its documents from its own first place in each term's stretch, which no other part writes.
    static func documents<Documents: RandomAccessCollection & Sendable>(of termCount: Int, documentWords: Documents,
                                                                        documentsPerPart: Int = 4096,
                                                                        terms: [(Int, Int)])
        -> (documents: [UInt32], starts: [Int]) where Documents.Index == Int, Documents.Element: Collection<Int> {
        let first = documentWords.startIndex
        let partCount = max(1, min(maximumParts, documentWords.count / max(1, documentsPerPart)))
        let parts = (0..<partCount).map { part in
            first + documentWords.count * part / partCount..<first + documentWords.count * (part + 1) / partCount
        }
        // Each part reads its documents in ascending order and keeps the last document each term was given: a term
        // met twice in a document (two words fold to it, or it is one word's surface and another's lemma) takes the
        // document once.
        @Sendable func read(_ part: Range<Int>, _ give: (_ term: Int, _ document: Int) -> Void) {
            var lastDocument = [Int](repeating: -1, count: termCount)
            for index in part {
                let document = index - first
                for word in documentWords[index] {
                    let (surface, lemma) = terms[word]
                    if lastDocument[surface] != document {
                        lastDocument[surface] = document
                        give(surface, document)
                    }
                    if lemma >= 0, lastDocument[lemma] != document {
                        lastDocument[lemma] = document
                        give(lemma, document)
                    }
                }
            }
        }
        let counts = ParallelMap.map(parts) { part -> [Int] in
            var count = [Int](repeating: 0, count: termCount)
            read(part) { term, _ in count[term] += 1 }
            return count
        }
        // Each term's start, and each part's first place in each term's stretch.
        var starts = [Int](repeating: 0, count: termCount + 1)
        var places = counts
        for term in 0..<termCount {
            var place = starts[term]
            for part in 0..<partCount {
                let count = places[part][term]
                places[part][term] = place
                place += count
            }
            starts[term + 1] = place
        }
        // Every place is written once by the second reading (it places what the first counted), so the array is not
        // filled with zeros first: on BBC 1.6 M postings, a pass over 6 MB of memory touched for the first time.
        // Documents are numbered in `UInt32` (half the memory of `Int`); a corpus has far fewer than four billion.
        precondition(documentWords.count <= Int(UInt32.max), "documents are numbered in UInt32")
        let (firstPlaces, termStarts) = (places, starts)
        let documents = [UInt32](unsafeUninitializedCapacity: starts[termCount]) { buffer, initialized in
            let output = PartsOutput(buffer: buffer)
            _ = ParallelMap.map(Array(parts.indices)) { part in
                var next = firstPlaces[part]
                read(parts[part]) { term, document in
                    output.put(UInt32(truncatingIfNeeded: document), at: next[term])
                    next[term] += 1
                }
                // Each part ends where the next part's places in each term start: every place was written.
                for term in 0..<termCount {
                    precondition(next[term] == (part + 1 < partCount ? firstPlaces[part + 1][term] : termStarts[term + 1]),
                                 "a part fills its places")
                }
            }
            initialized = buffer.count
        }
        return (documents, starts)
    }

    /// Parts of the documents read at once, at most: one per core (each part has two arrays of a number per term).
    static let maximumParts = ProcessInfo.processInfo.activeProcessorCount

    /// The array the parts place their documents into, each at places no other part writes.
    private struct PartsOutput: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<UInt32>

        func put(_ document: UInt32, at place: Int) {
            precondition(place < buffer.count, "a part places its documents inside the array")
            buffer[place] = document
        }
    }

    /// A word's two terms: its folded form and, when different, its lemma's.
    struct WordTerms: Sendable {
        var surface: String
        var lemma: String?
    }
}
