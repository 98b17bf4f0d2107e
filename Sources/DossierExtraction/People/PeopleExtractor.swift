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
    /// The article's words (folded, each once) written in lowercase, and capitalised inside a sentence: places, not
    /// sets, as every word of every article is hashed in (`StringPlaces` hashes by FNV-1a, a `Set` by SipHash).
    var lowercaseWords = StringPlaces()
    var capitalisedWords = StringPlaces()

    /// The scan of some sentences of the article at `article` (positions in the article's sentences).
    init(_ sentences: ArraySlice<Sentence>, article: Int, finder: NameRunFinder) {
        // The words as the tokens give them, folded once each at the end rather than at every use; kept as places
        // (`StringPlaces`), whose hash of a word is cheaper than a `Set`'s, as every word of the article is added.
        var lowercase = StringPlaces(), capitalised = StringPlaces()
        for (position, sentence) in zip(sentences.indices, sentences) {
            let tokens = sentence.tokens
            finder.appendOccurrences(in: tokens, article: article, sentence: position, to: &occurrences)
            var first = true
            // The tokens' kind and shape are read in place first: a loop over the tokens copied each one (retaining and
            // releasing its strings), punctuation included. (`startsLowercase` still copies the token it is asked of:
            // `isPossessive` reads a static of the language module through a call, which the token is copied across.)
            for index in tokens.indices where tokens[index].kind != .punctuation {
                if Token.isCapitalised(tokens, at: index) {
                    if !first { _ = capitalised.place(adding: tokens[index].lower) }
                } else if tokens[index].startsLowercase {
                    _ = lowercase.place(adding: tokens[index].lower)
                }
                first = false
            }
        }
        lowercaseWords = Self.folded(lowercase)
        capitalisedWords = Self.folded(capitalised)
    }

    /// The words folded (`NameKey.fold`), each once, in the order first met. Where every word folds to itself (lower-case
    /// ASCII: the tokens' `lower` of nearly every article) the places are those already made, not every word hashed again.
    private static func folded(_ words: StringPlaces) -> StringPlaces {
        if words.keys.allSatisfy(NameKey.foldsToItself) { return words }
        var folded = StringPlaces()
        for word in words.keys { _ = folded.place(adding: NameKey.fold(word)) }
        return folded
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

    /// In how many articles each word is written in lowercase, and capitalised inside a sentence.
    /// (Counted by place, so that the dictionaries hash each distinct word of the corpus once, not once per article;
    /// the places take each article's word with the hash its scan kept, so no word is hashed again per article.)
    static func wordCounts(_ scans: [ArticleScan]) -> ([String: Int], [String: Int]) {
        (counts(scans.map(\.lowercaseWords)), counts(scans.map(\.capitalisedWords)))
    }

    private static func counts(_ perArticle: [StringPlaces]) -> [String: Int] {
        var words = CountedPlaces()
        for article in perArticle {
            for (articlePlace, word) in article.keys.enumerated() { words.add(word, hash: article.hash(at: articlePlace)) }
        }
        return Dictionary(uniqueKeysWithValues: zip(words.places.keys, words.counts))
    }
}
