/// Why values were put in one row, in words a reader can check: the kind of value, what it measures, and the words
/// the sentences of two or more sources share (`count of page; shared words: memo, release`).
enum FigureBasis {

    /// Nil for a row of one source: nothing was compared. `members`: the row's mentions, by position in `mentions`
    /// (read in place, not copied).
    static func basis(of members: [Int], in mentions: [FigureMention]) -> String? {
        guard let first = members.first, members.contains(where: { mentions[$0].sourceIndex != mentions[first].sourceIndex }) else {
            return nil
        }
        var nouns: [String] = []
        for member in members {
            if let noun = mentions.measuredNoun(at: member), !nouns.contains(noun) { nouns.append(noun) }
        }
        var measure = kind(of: first, in: mentions)
        if !nouns.isEmpty { measure += " of " + nouns.sorted().joined(separator: " / ") }
        // How many sources use each word: the members walked source by source (a row's are, already), each word
        // counted when its last source differs, instead of a set of sources made for every word.
        let bySource = members.indices.dropFirst().allSatisfy { mentions[members[$0 - 1]].sourceIndex <= mentions[members[$0]].sourceIndex }
            ? members : members.sorted { mentions[$0].sourceIndex < mentions[$1].sourceIndex }
        var sources: [String: SourceCount] = [:]
        for member in bySource {
            let source = mentions[member].sourceIndex
            for word in mentions[member].reading.context { sources[word, default: SourceCount()].count(source) }
            if mentions[member].quantity.kind == .year {
                for word in mentions[member].reading.sentenceWords { sources[word, default: SourceCount()].count(source) }
            }
        }
        let shared = sources.filter { $0.value.sources > 1 && !nouns.contains($0.key) }
            .sorted { $0.value.sources != $1.value.sources ? $0.value.sources > $1.value.sources : $0.key < $1.key }
            .prefix(FigureRules.sharedWordsShown).map(\.key)
        var parts = [measure]
        // One number stated by all that state one, as a set of them would count (asked in place, not made into a set).
        // (The quantity's number, which the value states too: the extractor moves the values out of the mentions first.)
        let numbers = members.lazy.compactMap { mentions[$0].quantity.value }
        if let number = numbers.first, numbers.dropFirst().allSatisfy({ $0 == number }) { parts.append("the same number") }
        if !shared.isEmpty { parts.append("shared words: " + shared.joined(separator: ", ")) }
        return parts.joined(separator: "; ")
    }

    /// How many sources use a word, counted as the sources come in order: a source is new when it is not the last one.
    private struct SourceCount {
        private var last = -1
        private(set) var sources = 0

        mutating func count(_ source: Int) {
            if source != last { sources += 1 }
            last = source
        }
    }

    /// The kind of value of `mentions[index]` (read in place: passing the mention copied it).
    private static func kind(of index: Int, in mentions: [FigureMention]) -> String {
        let unit = mentions[index].quantity.unit
        switch mentions[index].quantity.kind {
        case .count, .vague: return mentions.unit(at: index) == "people" ? "count of people" : "count"
        case .money: return "sum of money"
        case .percent: return unit == "percentage points" ? "change in percentage points" : "percentage"
        case .duration: return "duration in " + (unit ?? "time")
        case .age: return "age"
        case .year: return "year"
        case .physical: return "measure in " + (unit ?? "units")
        }
    }
}
