import DossierCore
import DossierLanguage
import Foundation

/// Finds the people of a corpus: name runs per article (in parallel), the corpus-wide agreement of evidence,
/// alias merging, then the user's curation, roles, quotes and the people mentioned alongside.
public struct PeopleExtractor: Sendable {
    let givenNames: GivenNames
    /// WordNet's word classes, which tell demonyms, groups and places from names; without it those rules are off.
    let wordClasses: NameWordClasses

    public init(givenNames: GivenNames = .bundled(), wordNet: WordNet? = nil) {
        self.givenNames = givenNames
        wordClasses = NameWordClasses(wordNet: wordNet)
    }

    /// The people of the corpus in order of prominence, and warnings about the curation file. `maximumBatches`: how
    /// many runs a long article's name scan is cut into at most (`SentenceBatches`). `sentences`: each article's
    /// sentences, gathered once for all the passes.
    public func extract(
        _ articles: [Article], sentences: [[Sentence]], curation: PeopleCuration = PeopleCuration(),
        maximumBatches: Int = ProcessInfo.processInfo.activeProcessorCount
    ) -> ([Person], [Diagnostic]) {
        let finder = NameRunFinder(givenNames: givenNames, wordClasses: wordClasses)
        let runWords = WordTypeMemoPool<NameRunFinder.RunWord>(unknown: .unknown)
        let scans = SentenceBatches.map(sentences, maximumBatches: maximumBatches) { article, sentences in
            runWords.withMemo { ArticleScan(sentences, article: article, finder: finder, words: &$0) }
        }.map(ArticleScan.init(joining:))
        var occurrences = scans.flatMap(\.occurrences)
        let words = NameWordCounts(occurrences: occurrences, sentences: sentences, maximumBatches: maximumBatches)
        // What the first look at the names is asked: whether a name's first word is a group's or a place's.
        let firstPass = NonPersonUses(occurrences: occurrences, givenNames: givenNames, wordClasses: wordClasses)
        let authors = Self.authorKeys(articles)
        // Stripped and filtered in place: a copy of each occurrence (an array of them made anew) retained and released
        // its strings and arrays.
        for index in occurrences.indices {
            let words = firstPass.strippingNonPersonLead(occurrences[index].words)
            // Set only when changed (words were taken off the front): setting the words makes the occurrence's key again.
            if words.count != occurrences[index].words.count { occurrences[index].words = words }
        }
        occurrences.removeAll { Self.isAuthor($0, authors: authors) }
        let evidence = NameEvidence(occurrences: occurrences, wordArticles: words.articles, givenNames: givenNames, wordClasses: wordClasses)
        var drafts = PersonDrafts(occurrences: occurrences, evidence: evidence, givenNames: givenNames, articleCount: articles.count)
        let diagnostics = curation.apply(to: &drafts)
        let people = PersonAssembler(articles: articles, sentences: sentences, drafts: drafts, givenNames: givenNames).people()
        return (people, diagnostics)
    }

    /// For each article, the folded full names and surnames of its authors.
    static func authorKeys(_ articles: [Article]) -> [Int: Set<String>] {
        var keys: [Int: Set<String>] = [:]
        for (index, article) in articles.enumerated() {
            for author in article.metadata.authors {
                let words = author.split(separator: " ").map(String.init)
                guard let last = NameOccurrence.nameWords(of: words).last else { continue }
                keys[index, default: []].formUnion([NameOccurrence.key(of: words), NameOccurrence.key(of: [last])])
            }
        }
        return keys
    }

    /// An author named in their own article (a signature, `Jane Doe reports from Gaza`) is on the source page,
    /// not in the who's who; the same name in another source is a mention like any other.
    static func isAuthor(_ occurrence: NameOccurrence, authors: [Int: Set<String>]) -> Bool {
        authors[occurrence.article]?.contains(occurrence.key) == true
    }
}

/// What one article gives the corpus pass: its name occurrences (the words it writes are counted once all are found:
/// `NameWordCounts`).
struct ArticleScan: Sendable {
    var occurrences: [NameOccurrence] = []

    /// The scan of some sentences of the article at `article` (positions in the article's sentences). `words`: what
    /// each word type is to a run's start, kept from run to run (`NameRunFinder.RunWord`).
    init(_ sentences: ArraySlice<Sentence>, article: Int, finder: NameRunFinder, words: inout WordTypeMemo<NameRunFinder.RunWord>) {
        // Through the run's buffer: a sentence of the slice, read by its position, was copied (its strings and tokens
        // retained and released) to pass its tokens.
        sentences.withUnsafeBufferPointer { buffer in
            for offset in buffer.indices {
                finder.appendOccurrences(in: buffer[offset].tokens, article: article, sentence: sentences.startIndex + offset,
                                         to: &occurrences, words: &words)
            }
        }
    }

    /// The scan with a memo of its own (for the tests).
    init(_ sentences: ArraySlice<Sentence>, article: Int, finder: NameRunFinder) {
        var words = WordTypeMemo<NameRunFinder.RunWord>(unknown: .unknown)
        self.init(sentences, article: article, finder: finder, words: &words)
    }

    /// The scan of a whole article from the scans of its runs of sentences, in reading order.
    init(joining runs: [ArticleScan]) {
        guard let first = runs.first else { return }
        self = first
        for run in runs.dropFirst() { occurrences += run.occurrences }
    }
}
