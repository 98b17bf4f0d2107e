import DossierCore

/// The terms of the index and the documents each is found in, with the language layer's lemmas.
///
/// Every word of a document is indexed twice: as its folded surface form (`said`, `children`) and as the folded
/// lemma of that form (`say`, `child`), so that a query for a lemma finds all its inflections. A surface term whose
/// word has another lemma keeps that lemma (`lemmas`): the page follows it, so a query in any inflected form the
/// corpus uses (`ran`) finds the lemma's documents (`run`, `runs`, `ran`) without shipping WordNet.
struct SearchPostings: Sendable {
    /// Each term's documents, ascending.
    var documents: [String: [Int]]
    /// Surface terms whose words have another lemma term, with those terms (sorted): `said` → [`say`].
    var lemmas: [String: [String]]

    /// The postings of these documents' indexed texts. `lemma` is the language layer's lemma of a lower-case word
    /// (nil: surface forms only).
    init(_ documents: [SearchDocument], normaliser: SearchNormaliser, lemma: (@Sendable (String) -> String)?) {
        // Each document's distinct words, numbered on all cores; each distinct word of the corpus is then read once.
        let vocabulary = SearchVocabulary(documents.map(\.indexed)) { normaliser.forEachSurfaceWord(in: $0, $1) }
        let documentWords = vocabulary.documentWords
        let terms = ParallelMap.map(vocabulary.words) { word -> WordTerms in
            let surface = normaliser.fold(word)
            let lemmaTerm = lemma.map { normaliser.fold($0(word)) }
            return WordTerms(surface: surface, lemma: lemmaTerm == surface || lemmaTerm?.isEmpty == true ? nil : lemmaTerm)
        }
        // Terms by number, so that a document's terms are gathered without hashing a String per word.
        var termNumbers = Numbering<String>()
        let wordTermNumbers = terms.map { (surface: termNumbers.number(of: $0.surface).number, lemma: $0.lemma.map { termNumbers.number(of: $0).number }) }
        let termNames = termNumbers.keys
        var termDocuments = [[Int]](repeating: [], count: termNames.count)
        // Documents are read in ascending order: a term already given this document has it last.
        for (document, words) in documentWords.enumerated() {
            for word in words {
                let numbers = wordTermNumbers[word]
                if termDocuments[numbers.surface].last != document { termDocuments[numbers.surface].append(document) }
                if let lemma = numbers.lemma, termDocuments[lemma].last != document { termDocuments[lemma].append(document) }
            }
        }
        var postings: [String: [Int]] = [:]
        postings.reserveCapacity(termNames.count)
        for (term, documents) in zip(termNames, termDocuments) { postings[term] = documents }
        var lemmas: [String: Set<String>] = [:]
        for wordTerms in terms {
            if let lemma = wordTerms.lemma { lemmas[wordTerms.surface, default: []].insert(lemma) }
        }
        self.documents = postings.filter { !$0.key.isEmpty }
        self.lemmas = lemmas.mapValues { $0.sorted() }
    }

    /// A word's two terms: its folded form and, when different, its lemma's.
    struct WordTerms: Sendable {
        var surface: String
        var lemma: String?
    }
}
