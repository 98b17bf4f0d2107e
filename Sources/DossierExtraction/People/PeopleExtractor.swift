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
        let scans = SentenceBatches.map(sentences, maximumBatches: maximumBatches) { article, sentences in ArticleScan(sentences, article: article, finder: finder) }
            .map(ArticleScan.init(joining:))
        var occurrences = scans.flatMap(\.occurrences)
        let (lowercase, capitalised) = ArticleScan.wordCounts(scans)
        let firstPass = NameEvidence(occurrences: occurrences, lowercaseArticles: lowercase, capitalisedArticles: capitalised, givenNames: givenNames,
                                     wordClasses: wordClasses)
        let authors = Self.authorKeys(articles)
        // Stripped and filtered in place: a copy of each occurrence (an array of them made anew) retained and released
        // its strings and arrays.
        for index in occurrences.indices {
            let words = firstPass.strippingNonPersonLead(occurrences[index].words)
            // Set only when changed (words were taken off the front): setting the words makes the occurrence's key again.
            if words.count != occurrences[index].words.count { occurrences[index].words = words }
        }
        occurrences.removeAll { Self.isAuthor($0, authors: authors) }
        let evidence = NameEvidence(occurrences: occurrences, lowercaseArticles: lowercase, capitalisedArticles: capitalised, givenNames: givenNames,
                                    wordClasses: wordClasses, earlier: firstPass)
        var drafts = PersonDrafts(occurrences: occurrences, evidence: evidence, givenNames: givenNames)
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

/// What one article gives the corpus pass: its name occurrences and which words it writes in lowercase or capitalised.
struct ArticleScan: Sendable {
    var occurrences: [NameOccurrence] = []
    /// The article's words (as the tokens' `lower` gives them, each once) written in lowercase, and capitalised inside a
    /// sentence: places, not sets, as every word of every article is hashed in (`StringPlaces` hashes an ASCII word eight
    /// bytes at a time, `ASCIIWordHash`; a `Set` by SipHash). They are folded (`NameKey.fold`) when counted, once per distinct word of the corpus (`counts`).
    var lowercaseWords = StringPlaces()
    var capitalisedWords = StringPlaces()

    /// The scan of some sentences of the article at `article` (positions in the article's sentences).
    init(_ sentences: ArraySlice<Sentence>, article: Int, finder: NameRunFinder) {
        // The words as the tokens give them; kept as places (`StringPlaces`), whose hash of a word is cheaper than a
        // `Set`'s, as every word of the article is added.
        for (position, sentence) in zip(sentences.indices, sentences) {
            let tokens = sentence.tokens
            finder.appendOccurrences(in: tokens, article: article, sentence: position, to: &occurrences)
            var first = true
            // The tokens' kind and shape are read in place first: a loop over the tokens copied each one (retaining and
            // releasing its strings), punctuation included. (`startsLowercase` still copies the token it is asked of:
            // `isPossessive` reads a static of the language module through a call, which the token is copied across.)
            for index in tokens.indices where tokens[index].kind != .punctuation {
                if Token.isCapitalised(tokens, at: index) {
                    if !first { _ = capitalisedWords.place(adding: tokens[index].lower) }
                } else if tokens[index].startsLowercase {
                    _ = lowercaseWords.place(adding: tokens[index].lower)
                }
                first = false
            }
        }
    }

    /// The scan of a whole article from the scans of its runs of sentences, in reading order.
    init(joining runs: [ArticleScan]) {
        guard let first = runs.first else { return }
        self = first
        for run in runs.dropFirst() {
            occurrences += run.occurrences
            lowercaseWords.formUnion(run.lowercaseWords)
            capitalisedWords.formUnion(run.capitalisedWords)
        }
    }

    /// In how many articles each word (folded: `NameKey.fold`) is written in lowercase, and capitalised inside a sentence.
    static func wordCounts(_ scans: [ArticleScan]) -> ([String: Int], [String: Int]) {
        (counts(scans.map(\.lowercaseWords)), counts(scans.map(\.capitalisedWords)))
    }

    /// Counted by place, so that the dictionary hashes each distinct word of the corpus once, not once per article;
    /// the places take each article's word with the hash its scan kept, so no word is hashed again per article. Each
    /// distinct word of the corpus is folded once, when first met (every article's words were each asked whether they
    /// fold to themselves); an article counts once for a folded word however many of its words fold to it (`café`,
    /// `cafe`).
    private static func counts(_ perArticle: [StringPlaces]) -> [String: Int] {
        var written = StringPlaces()
        // By place of a written word: the place of its folded form in `folded`.
        var foldedPlaceOfWritten: [Int] = []
        var folded = StringPlaces()
        // By place of a folded word: in how many articles, and the last article counted.
        var counts: [Int] = [], lastArticle: [Int] = []
        for (position, article) in perArticle.enumerated() {
            for (articlePlace, word) in article.keys.enumerated() {
                let hash = article.hash(at: articlePlace)
                let (place, isNew) = written.place(adding: word, hash: hash)
                if isNew {
                    let (foldedPlace, isNewFolded) = NameKey.foldsToItself(word) ? folded.place(adding: word, hash: hash)
                                                                                 : folded.place(adding: NameKey.fold(word))
                    if isNewFolded {
                        counts.append(0)
                        lastArticle.append(-1)
                    }
                    foldedPlaceOfWritten.append(foldedPlace)
                }
                let foldedPlace = foldedPlaceOfWritten[place]
                if lastArticle[foldedPlace] != position {
                    lastArticle[foldedPlace] = position
                    counts[foldedPlace] += 1
                }
            }
        }
        return Dictionary(uniqueKeysWithValues: zip(folded.keys, counts))
    }
}
