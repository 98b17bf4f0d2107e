import DossierCore
@testable import DossierExtraction

/// A sentence's phrases as the phrase counts read them (`PhraseStatistics.count`): its words and clauses, the
/// candidates among them by their words' numbers, and each candidate's strings.
extension PhraseScanner {
    func candidates(in sentence: Sentence) -> [Occurrence] {
        var words = PhraseWordCache()
        return candidates(in: sentence, words: &words)
    }

    /// Each distinct word read once for all the sentences given the same `words`.
    func candidates(in sentence: Sentence, words cache: inout PhraseWordCache) -> [Occurrence] {
        var all: [ClauseWord] = [], clauses: [Range<Int>] = [], found: [Candidate] = []
        self.clauses(of: sentence, words: &cache, into: &all, clauses: &clauses)
        numberedCandidates(all, clauses: clauses, into: &found)
        return found.map { occurrence($0, words: cache) }
    }
}
