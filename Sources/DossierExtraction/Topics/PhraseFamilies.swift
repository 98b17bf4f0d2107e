import DossierCore

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

    /// Looks only at phrases in two or more sources that end in, or open with, one of `heads`. The phrases are read on
    /// all cores, a table at a time (`PhraseStatistics.mapTables`): the sums and the sorted members do not depend on
    /// their order.
    init(_ statistics: PhraseStatistics, heads: Set<String>) {
        let heads = WordSet(heads)
        let found = statistics.mapTables { keys, entries in
            var found: [(opens: String?, member: (head: String, member: Member)?, occurrences: Int)] = []
            // The fields of each entry read in place; only the few phrases that pass are cut into words.
            for place in entries.indices where entries[place].wordCount > 1 && entries[place].documents >= 2 {
                guard let (first, rest) = Self.firstAndRest(of: entries[place].words) else { continue }
                let opens = entries[place].wordCount == 2 && heads.contains(first) ? first : nil
                let member = heads.contains(rest) && entries[place].commonOccurrences > entries[place].nameOccurrences
                    ? (head: rest, member: Member(key: keys[place], occurrences: entries[place].occurrences)) : nil
                if opens != nil || member != nil { found.append((opens, member, entries[place].occurrences)) }
            }
            return found
        }.joined()
        for (opens, member, occurrences) in found {
            if let opens { opened[opens, default: 0] += occurrences }
            if let member { members[member.head, default: []].append(member.member) }
        }
        for head in members.keys {
            members[head]!.sort { ($0.occurrences, $1.key) > ($1.occurrences, $0.key) }
        }
    }

    /// A phrase's first word and the words after it without spaces (`direct talk` → `direct`, `talk`); nil for one
    /// word. ASCII words (nearly all) are cut by their bytes; others by characters, as a space that a combining mark
    /// follows is no character of its own.
    static func firstAndRest(of words: String) -> (first: String, rest: String)? {
        if words.isAllASCII {
            let bytes = words.utf8
            guard let space = bytes.firstIndex(of: UInt8(ascii: " ")) else { return nil }
            let tail = bytes[bytes.index(after: space)...]
            let rest = tail.contains(UInt8(ascii: " "))
                ? String(decoding: tail.lazy.filter { $0 != UInt8(ascii: " ") }, as: UTF8.self) : String(Substring(tail))
            return (String(Substring(bytes[..<space])), rest)
        }
        guard let space = words.firstIndex(of: " ") else { return nil }
        return (String(words[..<space]), words[words.index(after: space)...].filter { $0 != " " })
    }

    /// A single word mostly written as the first part of longer phrases is no theme on its own:
    /// `home` in `home secretary`, `home office`, `home affairs`.
    func isMostlyModifier(_ key: String, occurrences: Int) -> Bool {
        Double(opened[key] ?? 0) >= TopicRules.modifierShare * Double(max(1, occurrences))
    }
}
