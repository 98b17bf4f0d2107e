import DossierCore
import DossierLanguage
import Foundation

/// Discovers the topics of a corpus from phrase statistics across sources: phrases that recur in several
/// sources and are more frequent in some than in all, written as common words rather than names.
/// Variants meet through their keys (plurals, hyphens), a phrase mostly used inside a longer one gives way
/// to it, a longer phrase joins the broader one it belongs to, and topics that share most of their
/// sentences merge. The user's `topics.yml` adds, renames, merges and drops topics.
public struct TopicExtractor: Sendable {
    public var curation: TopicCuration
    let scanner: PhraseScanner
    let senses: TopicWordSenses

    public init(curation: TopicCuration = TopicCuration(), lexicon: Lexicon) {
        self.curation = curation
        scanner = PhraseScanner(lexicon: lexicon)
        senses = TopicWordSenses(wordNet: lexicon.wordNet)
    }

    /// The topics, most covered first. `sentences`: each article's sentences, gathered once for all the passes.
    public func topics(in articles: [Article], sentences articleSentences: [[Sentence]]) -> [Topic] {
        guard !articles.isEmpty else { return [] }
        let statistics = PhraseStatistics(articles: articles, sentences: articleSentences, scanner: scanner)
        // The corpus's phrase table is freed beside what follows the pass (see `BackgroundRelease`).
        defer { BackgroundRelease.release(consume statistics) }
        let pool = Self.poolSize(articles.count)
        // Twice the pool is looked at, so that words dropped as modifiers leave room for others.
        let ranked = Array(candidates(statistics).lazy.filter { self.endsInNoun(statistics[$0.key]!) }.prefix(2 * pool))
        let families = PhraseFamilies(statistics, heads: Set(ranked.map(\.key)))
        let themes = ranked.filter { candidate in
            guard let entry = statistics[candidate.key], entry.wordCount == 1 else { return true }
            return !families.isMostlyModifier(candidate.key, occurrences: entry.occurrences)
        }
        var groups = TopicGroup.grouping(themes, pool: pool, statistics: statistics)
        groups = TopicGroup.mergingSynonyms(groups, statistics: statistics, senses: senses)
        groups.append(contentsOf: curation.definitions.map { TopicGroup(definition: $0, scanner: scanner) })
        // The sentences are read by the words the phrase counts kept, not tokenized again.
        let sentences = TopicSentences(articles: articles, sentences: articleSentences, words: statistics.words, groups: groups, scanner: scanner)
        groups = sentences.mergingOverlaps(groups)
        let namer = TopicNamer(statistics: statistics, families: families, senses: senses)
        var unnamed = Set<Int>()
        for index in groups.indices where !groups[index].isDefined {
            var (name, keys) = namer.naming(namer.nameKey(of: groups[index]))
            if keys.count == 1, statistics[keys[0]]?.wordCount == 1, senses.needsQualifier(keys[0]) {
                // A lone common noun (`Decision`) tells a reader nothing: the phrase the sources use for it, else the
                // group's next keyword that says more (`miners`, merged for sharing its sentences), else no topic.
                let specific = groups[index].keys.first { key in
                    key != keys[0] && statistics[key].map { $0.wordCount > 1 || !senses.needsQualifier($0.words) } ?? false
                }
                guard let headline = namer.headlineNaming(ofGeneric: keys[0]) ?? specific.map({ namer.naming($0) }) else {
                    unnamed.insert(index)
                    continue
                }
                (name, keys) = headline
            }
            groups[index].discoveredName = name
            // The phrases the name comes from lead the keywords.
            groups[index].keys = keys + groups[index].keys.filter { !keys.contains($0) }
        }
        groups = TopicGroup.mergingSameNames(groups.indices.filter { !unnamed.contains($0) }.map { groups[$0] }, statistics: statistics)
        groups = TopicGroup.curated(groups, with: curation, statistics: statistics)
        let discovered = groups.filter { !$0.isDefined && $0.hasSeveralSources }.prefix(Self.topicCount(articles.count))
        let defined = groups.filter { $0.isDefined && !$0.sentences.isEmpty }
        return Self.topics(from: Array(discovered) + defined, statistics: statistics)
    }

    /// Phrases that may be topics, best first. The phrase tables are read in place on all cores
    /// (`PhraseStatistics.mapTables`): most phrases occur in one source and are passed over without copying their entry
    /// (its strings and surface counts retained and released). The order they are found in does not matter: no two
    /// candidates have the same key, and they are sorted by score, then key.
    func candidates(_ statistics: PhraseStatistics) -> [TopicCandidate] {
        let total = statistics.documentCount
        let minimum = max(2, Int((Double(total) * TopicRules.minimumDocumentShare).rounded(.up)))
        let maximum = total >= TopicRules.broadCorpusSize ? Int(Double(total) * TopicRules.maximumDocumentShare) : total
        let found = statistics.mapTables { keys, entries in
            var found: [TopicCandidate] = []
            for place in entries.indices where entries[place].documents >= minimum && entries[place].documents <= maximum
                && entries[place].commonOccurrences > entries[place].nameOccurrences
                && (entries[place].wordCount > 1 || isThemeWord(keys[place], entries[place], statistics)) {
                let entry = entries[place]
                let spread = log(1 + Double(total) / Double(entry.documents))
                let length = 1 + TopicRules.extraWordWeight * Double(entry.wordCount - 1)
                // A phrase the sources only ever quote is someone's words (`beautiful hookers`), not a theme they name;
                // one use in their own prose makes it theirs (`demand for loyalty` beside `I need loyalty`).
                guard entry.quotedOccurrences < entry.occurrences else { continue }
                // Topic words come in bursts: many times in the sources that have them (`tax`), not once in many (`claims`).
                let burst = Double(entry.occurrences) / Double(entry.documents)
                found.append(TopicCandidate(key: keys[place], score: entry.weight * spread * length * burst))
            }
            return found
        }.joined()
        return found.sorted { ($0.score, $1.key) > ($1.score, $0.key) }
    }

    /// The phrase is a noun phrase (`TopicWordSenses.isNounPhrase`), so a topic is never named by a clause.
    func endsInNoun(_ entry: PhraseStatistics.Entry) -> Bool { senses.isNounPhrase(entry.words) }

    /// A single word that may be a theme: it stands as a noun (`the talks were`) often enough, is no adverb
    /// or past tense of a word the corpus has (`directly`, `agreed`), and says more than a change or a rank
    /// (`rise`, `top`).
    private func isThemeWord(_ key: String, _ entry: PhraseStatistics.Entry, _ statistics: PhraseStatistics) -> Bool {
        guard entry.nounLikeOccurrences * TopicRules.nounUseRatio >= entry.occurrences, !StopWords.isWeakAlone(key) else { return false }
        return !WordForm.isPastTense(key) && !WordForm.verbOrAdverbBases(key).contains { statistics[$0] != nil }
    }

    static func topicCount(_ documents: Int) -> Int {
        documents < 10 ? TopicRules.baseTopicCount
            : min(TopicRules.maximumTopicCount, TopicRules.baseTopicCount + documents / TopicRules.sourcesPerExtraTopic)
    }
    static func poolSize(_ documents: Int) -> Int { topicCount(documents) * TopicRules.poolPerTopic }

    /// The topics, most sources first, then most sentences, then by name. Each group's sources and name are worked
    /// out once, not at every comparison of the sort (a group's sources are a set of its thousands of sentences').
    private static func topics(from groups: [TopicGroup], statistics: PhraseStatistics) -> [Topic] {
        let ranked = groups.map { (group: $0, sources: $0.sources.count, name: $0.name(statistics)) }
        let ordered = ranked.sorted { lhs, rhs in
            (lhs.sources, lhs.group.sentences.count, rhs.name) > (rhs.sources, rhs.group.sentences.count, lhs.name)
        }
        return zip(Slug.unique(ordered.map(\.name), fallback: "topic"), ordered).map { id, ranked in
            Topic(id: id, name: ranked.name, summary: ranked.group.description,
                  keywords: ranked.group.keywordNames(statistics), sentences: ranked.group.sentences)
        }
    }
}

/// A phrase that may be a topic, and how strongly.
struct TopicCandidate: Sendable, Hashable {
    var key: String
    var score: Double
}
