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

        /// One more use of the phrase in an article.
        mutating func count(_ occurrence: PhraseScanner.Occurrence) {
            occurrences += 1
            if occurrence.isName { nameOccurrences += 1 }
            if occurrence.isCommon { commonOccurrences += 1 }
            if occurrence.isNounLike { nounLikeOccurrences += 1 }
            if occurrence.isQuoted { quotedOccurrences += 1 }
            surfaces[occurrence.surface, default: 0] += 1
        }

        /// More uses in the same article: the counts of another run of its sentences.
        mutating func merge(_ other: Entry) {
            occurrences += other.occurrences
            nameOccurrences += other.nameOccurrences
            commonOccurrences += other.commonOccurrences
            nounLikeOccurrences += other.nounLikeOccurrences
            quotedOccurrences += other.quotedOccurrences
            addSurfaces(other.surfaces)
        }

        /// One more source: the counts of the phrase in it.
        mutating func add(_ counted: Entry) {
            documents += 1
            occurrences += counted.occurrences
            weight += 1 + log(Double(counted.occurrences))
            nameOccurrences += counted.nameOccurrences
            commonOccurrences += counted.commonOccurrences
            nounLikeOccurrences += counted.nounLikeOccurrences
            quotedOccurrences += counted.quotedOccurrences
            addSurfaces(counted.surfaces)
        }

        private mutating func addSurfaces(_ other: [String: Int]) {
            // The first counts are taken whole (shared, not copied): most phrases occur in one source only.
            if surfaces.isEmpty { surfaces = other; return }
            for (surface, count) in other { surfaces[surface, default: 0] += count }
        }
    }

    private(set) var entries: [String: Entry] = [:]
    private(set) var documentCount = 0

    /// `maximumBatches`: how many runs a long article is cut into at most (`SentenceBatches`), the core count unless a
    /// test asks for cuts on any machine.
    init(articles: [Article], scanner: PhraseScanner, maximumBatches: Int = SentenceBatches.coreCount) {
        let perArticle = SentenceBatches.map(articles, maximumBatches: maximumBatches) { _, sentences in Self.count(sentences, scanner: scanner) }
        for batches in perArticle { add(Self.merged(batches)) }
    }

    /// The counts of some sentences of one article (each entry has `documents == 1`).
    private static func count(_ sentences: ArraySlice<Sentence>, scanner: PhraseScanner) -> [String: Entry] {
        var entries: [String: Entry] = [:]
        for sentence in sentences {
            for occurrence in scanner.candidates(in: sentence) {
                // Changed in place: a copy taken out and put back would copy its `surfaces` at every occurrence.
                entries[occurrence.key, default: Entry(words: occurrence.words, wordCount: occurrence.wordCount, documents: 1)]
                    .count(occurrence)
            }
        }
        return entries
    }

    /// The counts of a whole article from those of its runs of sentences.
    private static func merged(_ batches: [[String: Entry]]) -> [String: Entry] {
        guard var total = batches.first else { return [:] }
        for batch in batches.dropFirst() {
            for (key, counted) in batch {
                if total[key] == nil { total[key] = counted } else { total[key]!.merge(counted) }
            }
        }
        return total
    }

    private mutating func add(_ counts: [String: Entry]) {
        documentCount += 1
        if entries.isEmpty {
            // The first source's counts become the entries as they are, without hashing every phrase again
            // (all of them, when the corpus is one long article).
            entries = counts.mapValues { counted in
                var entry = Entry(words: counted.words, wordCount: counted.wordCount)
                entry.add(counted)
                return entry
            }
            return
        }
        for (key, counted) in counts {
            entries[key, default: Entry(words: counted.words, wordCount: counted.wordCount)].add(counted)
        }
    }

    subscript(key: String) -> Entry? { entries[key] }
}
