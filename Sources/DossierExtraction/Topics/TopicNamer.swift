/// Names a discovered topic by its most informative recurring phrase: a longer phrase ending in the topic's
/// word when one dominates its uses (`services` → `Public services`), both of two that share them
/// (`phase` → `First and second phase`), else the word itself.
struct TopicNamer: Sendable {
    let statistics: PhraseStatistics
    let families: PhraseFamilies
    let senses: TopicWordSenses

    /// Share of the word's uses the leading phrase needs.
    static let dominantShare = TopicRules.dominantShare

    /// The key a group is named from: its strongest, or the plainest word of news prose for it when the group
    /// holds that word too (`talks` rather than `discussions`).
    func nameKey(of group: TopicGroup) -> String {
        let strongest = group.keys[0]
        let base = TopicVariants(statistics: statistics).base(of: strongest)
        let root = NewsSynonyms.root(of: base)
        guard root != base, group.keys.contains(root), (statistics[root]?.documents ?? 0) >= 2 else { return strongest }
        return root
    }

    func name(of key: String) -> String { naming(key).name }

    /// The name, and the keys of the phrases it comes from.
    func naming(_ key: String) -> (name: String, keys: [String]) {
        let plain = (TopicGroup.display(key, statistics), [key])
        guard let occurrences = statistics[key]?.occurrences, occurrences > 0 else { return plain }
        let longer = nounPhrases(endingIn: key, first: 3)
        let enough = Self.dominantShare * Double(occurrences)
        guard let top = longer.first, Double(top.occurrences) >= enough else { return plain }
        let second = longer.dropFirst().first?.occurrences ?? 0
        if top.occurrences >= 2 * second { return (TopicGroup.display(top.key, statistics), [top.key]) }
        let third = longer.dropFirst(2).first?.occurrences ?? 0
        if Double(second) >= enough, 2 * third < second, let pair = paired(top.key, longer[1].key) {
            return (pair, [top.key, longer[1].key])
        }
        return plain
    }

    /// A longer name for a word too common to name a topic alone: its commonest recurring phrase
    /// (`decision` → `Trump's decision`, `agreement` → `Nuclear agreement`); nil when none recurs.
    func headlineNaming(ofGeneric key: String) -> (name: String, keys: [String])? {
        guard let top = nounPhrases(endingIn: key, first: 1).first, top.occurrences >= Self.headlineOccurrences else { return nil }
        return (TopicGroup.display(top.key, statistics), [top.key])
    }

    /// The first `count` recurring longer phrases ending in the key that are noun phrases (not `reached agreements`),
    /// commonest first. Naming reads at most three, so no more are asked of WordNet: a common word heads hundreds.
    private func nounPhrases(endingIn key: String, first count: Int) -> [PhraseFamilies.Member] {
        Array((families.members[key] ?? []).lazy.filter { member in
            statistics[member.key].map { senses.isNounPhrase($0.words) } ?? false
        }.prefix(count))
    }

    /// Uses a phrase needs to name a topic in place of a generic word: once per source in two sources.
    static let headlineOccurrences = TopicRules.headlineOccurrences

    /// `first phase` and `second phase` → `First and second phase`.
    private func paired(_ first: String, _ second: String) -> String? {
        let lead = TopicGroup.surface(first, statistics).split(separator: " ")
        guard let word = lead.first else { return nil }
        let named = word + " and " + TopicGroup.surface(second, statistics)
        return named.prefix(1).uppercased() + named.dropFirst()
    }
}
