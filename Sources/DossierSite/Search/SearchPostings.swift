import DossierCore

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
        var documents: ArraySlice<Int>
        /// Sorted: `said` → [`say`].
        var lemmas: [String]
    }

    /// The terms (none empty), in the order their words first occur.
    var terms: [Term]

    /// Each term's documents, ascending.
    var documents: [String: [Int]] { Dictionary(uniqueKeysWithValues: terms.map { ($0.name, Array($0.documents)) }) }
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
        let termDocuments = Self.documents(of: termNames.count, documentWords: documentWords) { word in
            (wordTermNumbers[word].surface, wordTermNumbers[word].lemma ?? -1)
        }
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
    /// to an array per term. `terms` gives a word's two term numbers (the second -1 for none).
    static func documents<Documents: Collection>(of termCount: Int, documentWords: Documents, terms: (Int) -> (Int, Int))
        -> (documents: [Int], starts: [Int]) where Documents.Element: Collection<Int> {
        // The last document each term was given: a term met twice in a document (two words fold to it, or it is
        // one word's surface and another's lemma) takes the document once. Documents are read in ascending order.
        var lastDocument = [Int](repeating: -1, count: termCount)
        var starts = [Int](repeating: 0, count: termCount + 1)
        for (document, words) in documentWords.enumerated() {
            for word in words {
                let (surface, lemma) = terms(word)
                if lastDocument[surface] != document {
                    lastDocument[surface] = document
                    starts[surface + 1] += 1
                }
                if lemma >= 0, lastDocument[lemma] != document {
                    lastDocument[lemma] = document
                    starts[lemma + 1] += 1
                }
            }
        }
        for term in 0..<termCount { starts[term + 1] += starts[term] }
        var next = starts
        var documents = [Int](repeating: 0, count: starts[termCount])
        lastDocument = [Int](repeating: -1, count: termCount)
        for (document, words) in documentWords.enumerated() {
            for word in words {
                let (surface, lemma) = terms(word)
                if lastDocument[surface] != document {
                    lastDocument[surface] = document
                    documents[next[surface]] = document
                    next[surface] += 1
                }
                if lemma >= 0, lastDocument[lemma] != document {
                    lastDocument[lemma] = document
                    documents[next[lemma]] = document
                    next[lemma] += 1
                }
            }
        }
        return (documents, starts)
    }

    /// A word's two terms: its folded form and, when different, its lemma's.
    struct WordTerms: Sendable {
        var surface: String
        var lemma: String?
    }
}
