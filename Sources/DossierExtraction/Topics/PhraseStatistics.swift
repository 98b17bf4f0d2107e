import DossierCore
import Foundation

/// How often each candidate phrase occurs across the corpus: in how many sources, how many times, and
/// whether it is written as a name or as common words. Built per article in parallel, then summed.
struct PhraseStatistics: Sendable {
    struct Entry: Sendable {
        /// Word keys with spaces (`direct talk`), for finding sub-phrases.
        var words: String
        var wordCount: Int
        /// Sources the phrase occurs in.
        var documents = 0
        var occurrences = 0
        /// Σ over sources of 1 + ln(occurrences in that source): repetition counts, but less than spread.
        var weight = 0.0
        var nameOccurrences = 0
        var commonOccurrences = 0
        var nounLikeOccurrences = 0
        /// Uses inside quotation marks (every word quoted).
        var quotedOccurrences = 0
        var surfaces: [String: Int] = [:]
    }

    private(set) var entries: [String: Entry] = [:]
    private(set) var documentCount = 0

    init(articles: [Article], scanner: PhraseScanner) {
        let perArticle = ParallelMap.map(articles) { article in Self.count(article, scanner: scanner) }
        for counts in perArticle { add(counts) }
    }

    /// The counts of one article (each entry has `documents == 1`).
    private static func count(_ article: Article, scanner: PhraseScanner) -> [String: Entry] {
        var entries: [String: Entry] = [:]
        for sentence in article.sentences {
            for occurrence in scanner.candidates(in: sentence) {
                var entry = entries[occurrence.key] ?? Entry(words: occurrence.words, wordCount: occurrence.wordCount, documents: 1)
                entry.occurrences += 1
                if occurrence.isName { entry.nameOccurrences += 1 }
                if occurrence.isCommon { entry.commonOccurrences += 1 }
                if occurrence.isNounLike { entry.nounLikeOccurrences += 1 }
                if occurrence.isQuoted { entry.quotedOccurrences += 1 }
                entry.surfaces[occurrence.surface, default: 0] += 1
                entries[occurrence.key] = entry
            }
        }
        return entries
    }

    private mutating func add(_ counts: [String: Entry]) {
        documentCount += 1
        for (key, counted) in counts {
            var entry = entries[key] ?? Entry(words: counted.words, wordCount: counted.wordCount)
            entry.documents += 1
            entry.occurrences += counted.occurrences
            entry.weight += 1 + log(Double(counted.occurrences))
            entry.nameOccurrences += counted.nameOccurrences
            entry.commonOccurrences += counted.commonOccurrences
            entry.nounLikeOccurrences += counted.nounLikeOccurrences
            entry.quotedOccurrences += counted.quotedOccurrences
            for (surface, count) in counted.surfaces { entry.surfaces[surface, default: 0] += count }
            entries[key] = entry
        }
    }

    subscript(key: String) -> Entry? { entries[key] }
}
