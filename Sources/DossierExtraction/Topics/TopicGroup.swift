import DossierCore

/// A topic while it is being built: its keyword keys (the first names it), score and sentences.
struct TopicGroup: Sendable {
    var keys: [String]
    var score: Double
    var sentences: [SentenceReference] = []
    /// Set by `topics.yml`.
    var fixedName: String?
    /// Set from the topic's phrases (`TopicNamer`).
    var discoveredName: String?
    var description: String?
    var isDefined = false

    var sources: Set<String> { Set(sentences.map(\.source)) }
    /// Its sentences come from two sources or more (found without the set of its sources).
    var hasSeveralSources: Bool { sentences.contains { $0.source != sentences[0].source } }

    init(keys: [String], score: Double) {
        self.keys = keys
        self.score = score
    }

    init(definition: TopicCuration.Definition, scanner: PhraseScanner) {
        keys = definition.keywords.map(scanner.key(ofKeyword:)).filter { !$0.isEmpty }
        score = 0
        fixedName = definition.name
        description = definition.description
        isDefined = true
    }

    /// The topic's name: the user's, else the one found from its phrases, else how the first keyword is written.
    func name(_ statistics: PhraseStatistics) -> String {
        fixedName ?? discoveredName ?? Self.display(keys[0], statistics)
    }

    func keywordNames(_ statistics: PhraseStatistics) -> [String] {
        var seen = Set<String>()
        // Lower-case unless the phrase is written with capitals (`ID cards`).
        return keys.map { key in
            let shown = Self.display(key, statistics)
            return shown.dropFirst().contains(where: \.isUppercase) ? shown : shown.lowercased()
        }.filter { seen.insert($0.lowercased()).inserted }
    }

    /// The commonest surface, lower-case forms first, with a capital first letter.
    static func display(_ key: String, _ statistics: PhraseStatistics) -> String {
        let best = surface(key, statistics)
        return best.prefix(1).uppercased() + best.dropFirst()
    }

    /// The commonest way the phrase is written, lower-case forms first.
    static func surface(_ key: String, _ statistics: PhraseStatistics) -> String {
        guard let surfaces = statistics[key]?.surfaces, !surfaces.isEmpty else { return key }
        return surfaces.max { lhs, rhs in
            let l = ((lhs.key.first?.isLowercase ?? false) ? 1 : 0, lhs.value, rhs.key)
            let r = ((rhs.key.first?.isLowercase ?? false) ? 1 : 0, rhs.value, lhs.key)
            return l < r
        }!.key
    }

    /// Groups the best candidates: variants of one thing join the strongest of them (`hunting` and `hunt`,
    /// `talks` and `negotiations`); a phrase mostly used inside a longer one gives way to it (`humanitarian`
    /// to `humanitarian aid`); a longer phrase that is a small part of a broader one joins it
    /// (`ceasefire agreement` to `ceasefire`).
    static func grouping(_ ranked: [TopicCandidate], pool: Int, statistics: PhraseStatistics) -> [TopicGroup] {
        let considered = Array(ranked.prefix(pool))
        let variants = TopicVariants(statistics: statistics)
        var joins: [String: String] = [:]
        var strongest: [String: String] = [:]
        for candidate in considered {
            let canonical = variants.canonical(candidate.key)
            if let target = strongest[canonical] { joins[candidate.key] = target } else { strongest[canonical] = candidate.key }
        }
        let inPool = Set(considered.map(\.key)).subtracting(joins.keys)
        var dropped = Set<String>()
        for candidate in considered where inPool.contains(candidate.key) {
            guard let entry = statistics[candidate.key], entry.wordCount > 1 else { continue }
            for part in subPhrases(entry.words) where inPool.contains(part) {
                if let inner = statistics[part], Double(entry.occurrences) > TopicRules.innerPhraseShare * Double(inner.occurrences) {
                    dropped.insert(part)
                }
            }
        }
        for candidate in considered where inPool.contains(candidate.key) && !dropped.contains(candidate.key) {
            guard let entry = statistics[candidate.key], entry.wordCount > 1 else { continue }
            // A compound belongs to its head, the last words (`council tax` → `tax`, `home secretary` → `secretary`).
            let broader = headPhrases(entry.words).filter { inPool.contains($0) && !dropped.contains($0) }
            if let target = broader.max(by: { (statistics[$0]?.occurrences ?? 0, $1) < (statistics[$1]?.occurrences ?? 0, $0) }) {
                joins[candidate.key] = target
            }
        }
        var groups: [TopicGroup] = []
        var position: [String: Int] = [:]
        for candidate in considered where !dropped.contains(candidate.key) && joins[candidate.key] == nil {
            position[candidate.key] = groups.count
            groups.append(TopicGroup(keys: [candidate.key], score: candidate.score))
        }
        for candidate in considered {
            guard let target = joins[candidate.key] else { continue }
            // The target may itself have joined a broader phrase: follow to the group.
            var head = target
            while let next = joins[head] { head = next }
            if let index = position[head] { groups[index].keys.append(candidate.key) }
        }
        for index in groups.indices {
            let known = Set(groups[index].keys)
            groups[index].keys += groups[index].keys.flatMap(variants.others).filter { !known.contains($0) }.uniqued()
        }
        return groups
    }

    /// Keys of the shorter endings of a phrase (`second phase` → `phase`).
    static func headPhrases(_ words: String) -> [String] {
        let parts = words.split(separator: " ").map(String.init)
        return (1..<parts.count).map { parts[$0...].joined() }
    }

    /// Keys of the shorter runs of words inside a phrase (`first phase` → `first`, `phase`).
    static func subPhrases(_ words: String) -> [String] {
        let parts = words.split(separator: " ").map(String.init)
        var keys: [String] = []
        for length in 1..<parts.count {
            for start in 0...(parts.count - length) {
                keys.append(parts[start..<start + length].joined())
            }
        }
        return keys
    }

    /// Applies `topics.yml`'s drop, merge and rename to discovered topics, matched by id, name or keyword.
    static func curated(_ groups: [TopicGroup], with curation: TopicCuration, statistics: PhraseStatistics) -> [TopicGroup] {
        var result: [TopicGroup] = []
        var pendingMerges: [(TopicGroup, String)] = []
        for var group in groups {
            let handles = group.handles(statistics)
            if !group.isDefined, !handles.isDisjoint(with: curation.drops) { continue }
            if !group.isDefined, let target = handles.sorted().lazy.compactMap({ curation.merges[$0] }).first {
                pendingMerges.append((group, target.lowercased()))
                continue
            }
            if let rename = handles.sorted().lazy.compactMap({ curation.renames[$0] }).first { group.fixedName = rename }
            result.append(group)
        }
        for (group, target) in pendingMerges {
            if let index = result.firstIndex(where: { $0.handles(statistics).contains(target) }) {
                result[index].absorb(group)
            } else {
                result.append(group)
            }
        }
        return result
    }

    /// What a user may type to mean this topic: its name, id or a keyword, lower-cased.
    func handles(_ statistics: PhraseStatistics) -> Set<String> {
        let names = [name(statistics)] + keywordNames(statistics)
        return Set(names.map { $0.lowercased() } + names.map { Slug.make($0) } + keys)
    }

    mutating func absorb(_ other: TopicGroup) {
        keys.append(contentsOf: other.keys)
        score = max(score, other.score)
        sentences = Array(Set(sentences + other.sentences)).sorted()
    }
}
