import DossierCore
import Foundation // PQDEBUG

/// Finds the people of a corpus: name runs per article (in parallel), the corpus-wide agreement of evidence,
/// alias merging, then the user's curation, roles, quotes and the people mentioned alongside.
public struct PeopleExtractor: Sendable {
    let givenNames: GivenNames

    public init(givenNames: GivenNames = .bundled()) {
        self.givenNames = givenNames
    }

    /// The people of the corpus in order of prominence, and warnings about the curation file.
    public func extract(_ articles: [Article], curation: PeopleCuration = PeopleCuration()) -> ([Person], [Diagnostic]) {
        let finder = NameRunFinder(givenNames: givenNames)
        let scans = ParallelMap.map(Array(articles.enumerated())) { ArticleScan(article: $0.element, index: $0.offset, finder: finder) }
        let raw = scans.flatMap(\.occurrences)
        let (lowercase, capitalised) = ArticleScan.wordCounts(scans)
        let firstPass = NameEvidence(occurrences: raw, lowercaseArticles: lowercase, capitalisedArticles: capitalised, givenNames: givenNames)
        let occurrences = raw.map { occurrence in
            var stripped = occurrence
            stripped.words = firstPass.strippingNonPersonLead(occurrence.words)
            return stripped
        }
        let evidence = NameEvidence(occurrences: occurrences, lowercaseArticles: lowercase, capitalisedArticles: capitalised, givenNames: givenNames)
        var drafts = PersonDrafts(occurrences: occurrences, evidence: evidence, givenNames: givenNames,
                                  authorKeys: Self.authorKeys(articles))
        let diagnostics = curation.apply(to: &drafts)
        if ProcessInfo.processInfo.environment["PQ_DEBUG"] != nil {  // PQDEBUG
            for (key, form) in evidence.forms.sorted(by: { $0.key < $1.key }) {  // PQDEBUG
                let names = NameOccurrence.nameWords(of: form.words)  // PQDEBUG
                let st = names.isEmpty ? 0 : evidence.staticScore(form.words, names: names)  // PQDEBUG
                FileHandle.standardError.write("PQ\t\(key)\t\(form.count)\t\(form.bestScore)\t\(st)\t\(form.personContexts)\t\(form.nonPersonContexts)\t\(form.strongCount)\t\(form.thingContexts)\t\(evidence.verdict(forKey: key))\n".data(using: .utf8)!)  // PQDEBUG
            }  // PQDEBUG
        }  // PQDEBUG
        let people = PersonAssembler(articles: articles, drafts: drafts).people()
        return (people, diagnostics)
    }

    /// Folded names of the articles' authors: they are on source pages, not in the who's who.
    static func authorKeys(_ articles: [Article]) -> Set<String> {
        Set(articles.flatMap(\.metadata.authors).map { NameOccurrence.key(of: $0.split(separator: " ").map(String.init)) })
    }
}

/// What one article gives the corpus pass: its name occurrences and which words it writes in lowercase or capitalised.
struct ArticleScan: Sendable {
    var occurrences: [NameOccurrence] = []
    var lowercaseWords = Set<String>()
    var capitalisedWords = Set<String>()

    init(article: Article, index: Int, finder: NameRunFinder) {
        for (position, sentence) in article.sentences.enumerated() {
            let tokens = SentenceTokenizer.tokens(sentence.text)
            let found = finder.occurrences(in: tokens, article: index, sentence: position)
            if ProcessInfo.processInfo.environment["PQ_DEBUG"] != nil { for o in found where o.cues.namedAsThing { FileHandle.standardError.write("TH\t\(o.key)\t\(sentence.text)\n".data(using: .utf8)!) } }  // PQDEBUG
            occurrences += found
            var first = true
            for token in tokens where token.isWord {
                if token.isCapitalised {
                    if !first { capitalisedWords.insert(NameKey.fold(token.lower)) }
                } else if token.text.first?.isLowercase == true {
                    lowercaseWords.insert(NameKey.fold(token.lower))
                }
                first = false
            }
        }
    }

    /// In how many articles each word is written in lowercase, and capitalised inside a sentence.
    static func wordCounts(_ scans: [ArticleScan]) -> ([String: Int], [String: Int]) {
        var lowercase: [String: Int] = [:], capitalised: [String: Int] = [:]
        for scan in scans {
            for word in scan.lowercaseWords { lowercase[word, default: 0] += 1 }
            for word in scan.capitalisedWords { capitalised[word, default: 0] += 1 }
        }
        return (lowercase, capitalised)
    }
}
