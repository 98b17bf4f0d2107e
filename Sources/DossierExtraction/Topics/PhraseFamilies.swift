/// How the recurring phrases of a corpus relate to some words: which longer phrases end in a word
/// (`public services`, `security services` end in `services`) and how often a word opens a longer phrase
/// (`home` in `home secretary`, `home office`). Built in one pass over the phrase statistics.
struct PhraseFamilies: Sendable {
    /// A longer phrase ending in a word, and how often it occurs.
    struct Member: Sendable, Hashable {
        var key: String
        var occurrences: Int
    }

    /// Head key → recurring common-word phrases one word longer that end in it, commonest first.
    private(set) var members: [String: [Member]] = [:]
    /// Word key → occurrences of the recurring two-word phrases it opens.
    private(set) var opened: [String: Int] = [:]

    /// Looks only at phrases in two or more sources that end in, or open with, one of `heads`.
    init(_ statistics: PhraseStatistics, heads: Set<String>) {
        for (key, entry) in statistics.entries where entry.wordCount > 1 && entry.documents >= 2 {
            guard let space = entry.words.firstIndex(of: " ") else { continue }
            if entry.wordCount == 2 {
                let first = String(entry.words[..<space])
                if heads.contains(first) { opened[first, default: 0] += entry.occurrences }
            }
            let rest = entry.words[entry.words.index(after: space)...].filter { $0 != " " }
            if heads.contains(rest), entry.commonOccurrences > entry.nameOccurrences {
                members[rest, default: []].append(Member(key: key, occurrences: entry.occurrences))
            }
        }
        for head in members.keys {
            members[head]!.sort { ($0.occurrences, $1.key) > ($1.occurrences, $0.key) }
        }
    }

    /// A single word mostly written as the first part of longer phrases is no theme on its own:
    /// `home` in `home secretary`, `home office`, `home affairs`.
    func isMostlyModifier(_ key: String, occurrences: Int) -> Bool {
        Double(opened[key] ?? 0) >= TopicRules.modifierShare * Double(max(1, occurrences))
    }
}
